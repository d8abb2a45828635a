"""No raw errors (issue 13): each case that used to end in a traceback or a misleading message
gets a documented error type and a clear sentence, and leaves the files as they were."""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.core.entities import (
    ConsentKind,
    ConsentRecord,
    Participation,
    Person,
    Professional,
)
from desktop.core.session import SessionError
from desktop.storage.connection import SCHEMA_VERSION, key_pragma
from desktop.storage.errors import (
    CorruptWorkspace,
    InvalidText,
    NewerVersion,
    UnreadableWorkspace,
    WrongPassphrase,
)
from desktop.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
BROKEN = "a\ud800b"  # a lone surrogate, as a copy and paste can leave


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def closed_workspace(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
    return workspace_path


# --- Opening never merges a WAL into a file it then refuses --------------------------------------


def test_a_newer_version_only_in_a_wal_is_refused_without_merging_it(
    workspace_path: Path, tmp_path: Path
) -> None:
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    seed(ws)
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws._conn.execute("PRAGMA wal_autocheckpoint = 0")
    ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")  # in the WAL only
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what a crash leaves behind
        source = workspace_path.with_name(workspace_path.name + suffix)
        shutil.copyfile(source, crashed / source.name)
    ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ws.close()
    before = snapshot(crashed)
    assert len(before["team.ecw-wal"]) > 0
    with pytest.raises(NewerVersion):
        Workspace.open(crashed / workspace_path.name, PASSPHRASE)
    assert snapshot(crashed) == before  # the WAL was read, never merged into the file


def test_a_wal_the_shm_does_not_match_is_still_checked_without_writing(
    workspace_path: Path, tmp_path: Path
) -> None:
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    seed(ws)
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws._conn.execute("PRAGMA wal_autocheckpoint = 0")
    ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        source = workspace_path.with_name(workspace_path.name + suffix)
        shutil.copyfile(source, crashed / source.name)
    ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ws.close()
    shm = crashed / "team.ecw-shm"
    shm.write_bytes(os.urandom(32768))  # an index that matches nothing
    before = snapshot(crashed)
    with pytest.raises(NewerVersion):
        Workspace.open(crashed / workspace_path.name, PASSPHRASE)
    after = snapshot(crashed)
    assert (
        after["team.ecw"] == before["team.ecw"] and after["team.ecw-wal"] == before["team.ecw-wal"]
    )
    assert sorted(after) == sorted(before)  # the private copy checked is gone


def test_a_crash_in_the_middle_of_a_checkpoint_opens_through_its_wal(
    workspace_path: Path, tmp_path: Path
) -> None:
    """kill -9 while SQLite copies the WAL into the file: the file alone is half old, half new
    (malformed on its own), the file and its WAL together are whole. The passphrase is right and
    the workspace opens as the WAL says (test_kill found this at random)."""
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws._conn.execute("PRAGMA wal_autocheckpoint = 0")
    seed(ws)  # professionals, persons, consents, meetings: in the WAL only
    for n in range(40):  # and a schema that no longer fits its first page
        columns = ", ".join(f"column_{c}_of_a_long_name TEXT" for c in range(12))
        ws._conn.execute(f"CREATE TABLE scratch_{n} ({columns})")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):  # the file before the checkpoint, and its WAL
        source = workspace_path.with_name(workspace_path.name + suffix)
        shutil.copyfile(source, crashed / source.name)
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    after = workspace_path.read_bytes()  # the file once the checkpoint is done
    page = 4096
    file = crashed / workspace_path.name
    before = file.read_bytes()
    assert len(after) > len(before)
    # The checkpoint had written the first page (the schema, the new page count) and no other.
    file.write_bytes(after[:page] + before[page:])
    conn = sqlcipher3.connect(f"file:{file}?immutable=1", uri=True)
    try:
        conn.execute(key_pragma(PASSPHRASE))
        with pytest.raises(sqlcipher3.DatabaseError, match="malformed"):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    with (
        Workspace.open(file, PASSPHRASE) as reopened,
        Workspace.open(workspace_path, PASSPHRASE) as whole,
    ):
        assert reopened.professionals() == whole.professionals()
        assert reopened.persons() == whole.persons()


# --- Damaged first pages, told apart from a wrong passphrase -------------------------------------


def _damage(path: Path, start: int, data: bytes) -> bytes:
    content = bytearray(path.read_bytes())
    content[start : start + len(data)] = data
    path.write_bytes(bytes(content))
    return bytes(content)


def test_a_flipped_byte_in_the_first_page_is_damage_not_a_wrong_passphrase(
    closed_workspace: Path,
) -> None:
    byte = closed_workspace.read_bytes()[100]
    damaged = _damage(closed_workspace, 100, bytes([byte ^ 0x01]))
    with pytest.raises(CorruptWorkspace, match="first page") as caught:
        Workspace.open(closed_workspace, PASSPHRASE)
    assert "passphrase, which opens the rest" in caught.value.message
    assert snapshot(closed_workspace.parent) == {closed_workspace.name: damaged}
    with pytest.raises(WrongPassphrase):  # and a wrong passphrase is still one
        Workspace.open(closed_workspace, "not the passphrase")


def test_a_zeroed_first_page_is_damage_not_another_kind_of_file(closed_workspace: Path) -> None:
    damaged = _damage(closed_workspace, 0, bytes(4096))
    with pytest.raises(CorruptWorkspace, match="first page was overwritten"):
        Workspace.open(closed_workspace, PASSPHRASE)
    assert closed_workspace.read_bytes() == damaged


def test_a_damaged_salt_says_both_causes_are_possible(closed_workspace: Path) -> None:
    byte = closed_workspace.read_bytes()[3]
    _damage(closed_workspace, 3, bytes([byte ^ 0x01]))  # the salt the key is derived from
    with pytest.raises(WrongPassphrase) as caught:
        Workspace.open(closed_workspace, PASSPHRASE)
    assert "or the start of the file is damaged" in caught.value.message


# --- A file this user may not read ---------------------------------------------------------------


def test_an_unreadable_file_is_a_known_error(closed_workspace: Path) -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root reads any file: see the test run as another user below")
    os.chmod(closed_workspace, 0)
    try:
        with pytest.raises(UnreadableWorkspace, match="may not be read"):
            Workspace.open(closed_workspace, PASSPHRASE)
    finally:
        os.chmod(closed_workspace, 0o600)


def _python_for_another_user() -> str | None:
    """A Python of this version that another account may run (the venv's may live in /root)."""
    for candidate in (f"/usr/bin/python{sys.version_info.major}.{sys.version_info.minor}",):
        if os.path.isfile(candidate) and os.stat(candidate).st_mode & 0o001:
            return candidate
    return None


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or _python_for_another_user() is None,
    reason="needs root, to run a command as nobody",
)
def test_an_unreadable_file_gives_one_line_and_no_traceback(closed_workspace: Path) -> None:
    import sysconfig

    folder = Path("/tmp") / f"emptychair-unreadable-{os.getpid()}"
    folder.mkdir(mode=0o777, exist_ok=True)
    os.chmod(folder, 0o777)  # another user may write the lock file here, not read the file
    try:
        target = folder / "team.ecw"
        shutil.copyfile(closed_workspace, target)
        os.chmod(target, 0o600)  # root's own file: nobody may not read it
        # The venv's packages, with their .pth files (the editable install maps the resources).
        run_cli = (
            f"import site, sys; site.addsitedir({sysconfig.get_paths()['purelib']!r}); "
            "from desktop.cli import main; sys.exit(main())"
        )
        # A checkout in a private folder (mktemp -d makes it 0700) is out of nobody's reach.
        probe = subprocess.run(
            [str(_python_for_another_user()), "-c", run_cli.replace("sys.exit(main())", "")],
            cwd=folder,
            capture_output=True,
            check=False,
            timeout=60,
            user=65534,
        )
        if probe.returncode != 0:
            pytest.skip("another account cannot read this checkout (a private folder)")
        result = subprocess.run(
            [str(_python_for_another_user()), "-c", run_cli, "verify", str(target)],
            cwd=folder,
            env=os.environ | {"EMPTYCHAIR_PASSPHRASE": PASSPHRASE, "HOME": str(folder)},
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
            user=65534,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("emptychair: The workspace")
    assert "may not be read by this user account" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_sqlite_cannot_open_is_a_known_error(tmp_path: Path) -> None:
    from desktop.storage.errors import known_error

    error = sqlcipher3.OperationalError("unable to open database file")
    error.sqlite_errorcode = 14  # type: ignore[attr-defined]
    assert isinstance(known_error(error, tmp_path), UnreadableWorkspace)


# --- Lone surrogates are refused at the boundary, naming the field -------------------------------


@pytest.mark.parametrize(
    ("save", "field"),
    [
        (lambda ws: ws.save_settings(dataclasses.replace(make_settings(), name=BROKEN)), "name"),
        (lambda ws: ws.save_person(Person("q", "Quinn", BROKEN, "R")), "alias"),
        (
            lambda ws: ws.save_professional(Professional("z", "Zed", "nurse", BROKEN)),
            "organisation",
        ),
        (
            lambda ws: ws.save_professionals([Professional("z", BROKEN, "nurse")]),
            "name",
        ),
        (
            lambda ws: ws.save_consent(
                ConsentRecord("c9", "x", ConsentKind.GIVEN, frozenset(), obtained_how=BROKEN)
            ),
            "obtained_how",
        ),
        (
            lambda ws: ws.save_meeting(dataclasses.replace(ws.meeting("m1"), purpose=BROKEN)),
            "purpose",
        ),
    ],
)
def test_a_broken_text_is_refused_and_nothing_is_saved(
    seeded: Workspace, save: object, field: str
) -> None:
    events = len(seeded.audit_events())
    with pytest.raises(InvalidText) as caught:
        save(seeded)  # type: ignore[operator]
    assert caught.value.field == field
    assert "broken character" in caught.value.message
    assert len(seeded.audit_events()) == events


@pytest.fixture
def running(seeded: Workspace) -> object:
    session = seeded.start_session("m1")
    session.open()
    session.mark_present("a")
    session.mark_present("b")
    session.set_participation(Participation.ABSENT)
    return session


def _draft(session: object, **texts: str) -> None:
    answers = {
        "wording": "w",
        "good_for_whom": "g",
        "why": "y",
        "empty_chair_answer": "e",
        "necessity_reason": "n",
    }
    session.propose("a", "school")  # type: ignore[attr-defined]
    session.update_draft(could_decide_without=False, **(answers | texts))  # type: ignore[attr-defined]


def _nothing(session: object) -> None:
    """No preparation."""


@pytest.mark.parametrize(
    ("prepare", "act", "words"),
    [
        (lambda s: _draft(s, wording=BROKEN), lambda s: s.share(), "The wording holds"),
        (lambda s: _draft(s, why=BROKEN), lambda s: s.share(), "answer to “why?”"),
        (_nothing, lambda s: s.add_decision(BROKEN), "The decision holds"),
        (_nothing, lambda s: s.add_action("a", BROKEN), "The action holds"),
        (
            _nothing,
            lambda s: s.set_participation(Participation.REPRESENTED, BROKEN),
            "The advocate holds",
        ),
    ],
)
def test_a_broken_text_in_a_meeting_is_a_session_error_and_nothing_changes(
    seeded: Workspace, running: object, prepare: object, act: object, words: str
) -> None:
    prepare(running)  # type: ignore[operator]
    events = len(seeded.audit_events())
    before = (running.shared, running.decisions, running.meeting)  # type: ignore[attr-defined]
    with pytest.raises(SessionError) as caught:
        act(running)  # type: ignore[operator]
    assert words in caught.value.text("en")
    assert "caractère cassé" in caught.value.text("fr")
    assert len(seeded.audit_events()) == events  # nothing written...
    after = (running.shared, running.decisions, running.meeting)  # type: ignore[attr-defined]
    assert after == before  # ...and nothing changed in memory


def test_postponing_with_a_broken_text_is_refused(seeded: Workspace, running: object) -> None:
    running.propose("a", "school")  # type: ignore[attr-defined]
    with pytest.raises(SessionError, match="action"):
        running.postpone("a", BROKEN)  # type: ignore[attr-defined]
    assert running.draft is not None  # the gate is still open: nothing lost  # type: ignore[attr-defined]
    assert running.withheld == ()  # type: ignore[attr-defined]


def test_a_plain_sqlite_key_pragma_is_unchanged() -> None:
    assert key_pragma("x") == "PRAGMA key = 'x'"


def _crashed_copy(workspace_path: Path, tmp_path: Path, *, newer: bool) -> Path:
    """A copy of the workspace as a crash leaves it: file, WAL and SHM (the WAL holding a newer
    schema version when ``newer``)."""
    ws = Workspace.create(workspace_path, PASSPHRASE, make_settings())
    seed(ws)
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws._conn.execute("PRAGMA wal_autocheckpoint = 0")
    ws.save_person(Person("w", "Wren", "W.", "R"))
    if newer:
        ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = workspace_path.with_name(workspace_path.name + suffix)
        shutil.copyfile(source, crashed / source.name)
    ws._conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    ws.close()
    return crashed / workspace_path.name


@pytest.mark.parametrize("keep_header", [False, True])
def test_a_damaged_wal_never_ends_in_a_raw_error(
    workspace_path: Path, tmp_path: Path, keep_header: bool
) -> None:
    path = _crashed_copy(workspace_path, tmp_path, newer=False)
    wal = path.with_name(path.name + "-wal")
    data = wal.read_bytes()
    keep = 32 if keep_header else 0
    wal.write_bytes(data[:keep] + os.urandom(len(data) - keep))
    with Workspace.open(path, PASSPHRASE) as reopened:  # the WAL's frames are not valid: ignored
        assert [p.id for p in reopened.persons()] == ["x"]


def test_when_only_a_writer_could_read_the_wal_a_private_copy_is_checked(
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.storage import connection

    path = _crashed_copy(workspace_path, tmp_path, newer=True)

    def refused(*args: object, **kwargs: object) -> None:
        error = sqlcipher3.OperationalError("locking protocol")
        error.sqlite_errorcode = 15  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(connection, "_check_through_wal", refused)
    before = snapshot(path.parent)
    with pytest.raises(NewerVersion):  # found on the copy, whose WAL SQLite could recover
        Workspace.open(path, PASSPHRASE)
    assert snapshot(path.parent) == before  # the copy is gone; the file and its WAL untouched
