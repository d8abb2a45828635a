"""Unlocking costs one key derivation and no full-file check; the workspace's other connections
share its key, its writes and its chain (issue 12)."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
import sqlcipher3
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.core.entities import Person
from desktop.storage import connection, keys
from desktop.storage.audit import check_chain, iter_event_rows
from desktop.storage.backup import backup_workspace
from desktop.storage.errors import (
    Cancelled,
    CorruptWorkspace,
    InvalidText,
    NotAWorkspace,
    WorkspaceError,
)
from desktop.storage.keys import WorkspaceKey, derive_key, key_pragma
from desktop.storage.workspace import Workspace


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The salts every key derivation of the test was made for."""
    made: list[bytes] = []
    derive = keys._derive

    def counted(passphrase: str, salt: bytes) -> bytes:
        made.append(salt)
        return derive(passphrase, salt)

    monkeypatch.setattr(keys, "_derive", counted)
    return made


def test_the_derived_key_is_the_one_sqlcipher_derives(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(key_pragma(PASSPHRASE))
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (42)")
    conn.commit()
    conn.close()
    key = derive_key(path, PASSPHRASE)
    assert key.raw and PASSPHRASE not in key.pragma() and PASSPHRASE not in repr(key)
    raw = sqlcipher3.connect(str(path))
    raw.execute(key.pragma())
    assert raw.execute("SELECT x FROM t").fetchall() == [(42,)]
    raw.close()


def test_unlocking_derives_the_key_once_and_reads_no_whole_file(
    seeded: Workspace, derivations: list[bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    seeded.close()

    def no_full_check(*args: object, **kwargs: object) -> tuple[str, ...]:
        raise AssertionError("the unlock ran a full-file check")

    monkeypatch.setattr(connection, "full_check", no_full_check)
    statements: list[str] = []
    connect = connection._raw_connect

    def traced(*args: object, **kwargs: object) -> sqlcipher3.Connection:
        conn = connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.set_trace_callback(statements.append)
        return conn

    monkeypatch.setattr(connection, "_raw_connect", traced)
    derivations.clear()
    with Workspace.open(seeded.path, PASSPHRASE) as ws:
        assert not ws.unclean_shutdown
        assert [p.id for p in ws.persons()] == ["x"]
    assert len(derivations) == 1  # three connections opened it: one derivation
    assert not any("quick_check" in s or "integrity_check" in s for s in statements)


def test_a_file_keyed_other_than_the_derivation_expects_opens_with_the_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "other.ecw"
    conn = sqlcipher3.connect(str(path))
    conn.execute(key_pragma(PASSPHRASE))  # SQLCipher's own derivation, its own settings
    conn.execute("CREATE TABLE settings (id INTEGER PRIMARY KEY)")
    conn.execute("CREATE TABLE audit_log (seq INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    monkeypatch.setattr(keys, "KDF_ITERATIONS", 64_000)  # settings that do not match the file's
    opened = connection.open_keyed(path, PASSPHRASE)
    try:
        assert not opened.key.raw  # the passphrase itself: SQLCipher derives as it wrote
        assert opened.conn.execute("SELECT count(*) FROM settings").fetchone() == (0,)
    finally:
        opened.conn.close()
    with pytest.raises(WorkspaceError, match="passphrase does not open"):
        connection.open_keyed(path, "not the passphrase")


def _crashed_copy(ws: Workspace, folder: Path) -> Path:
    """The workspace's files as a crash leaves them (its WAL not merged)."""
    ws._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws._conn.execute("PRAGMA wal_autocheckpoint = 0")
    ws.save_person(Person("w", "Wren Quill", "W.Q."))
    folder.mkdir()
    for suffix in ("", "-wal", "-shm"):
        source = ws.path.with_name(ws.path.name + suffix)
        shutil.copyfile(source, folder / source.name)
    return folder / ws.path.name


def test_after_an_unclean_shutdown_the_full_check_is_left_to_the_background(
    seeded: Workspace, tmp_path: Path, derivations: list[bytes]
) -> None:
    path = _crashed_copy(seeded, tmp_path / "crashed")
    derivations.clear()
    with Workspace.open(path, PASSPHRASE) as ws:
        assert ws.unclean_shutdown
        assert {p.id for p in ws.persons()} == {"x", "w"}  # what the WAL held
        assert ws.check_file() == ("ok",)
    assert len(derivations) == 1


def test_a_damaged_page_is_accepted_at_unlock_and_found_by_the_check_and_the_backup(
    seeded: Workspace, tmp_path: Path
) -> None:
    for n in range(40):  # the last pages of the file: people's names, which unlock never reads
        seeded.save_person(Person(f"p{n}", f"Person {n} " + "lorem ipsum " * 80, f"P{n}"))
    seeded.close()
    data = bytearray(seeded.path.read_bytes())
    damaged = len(data) - 3 * 4096 + 100
    data[damaged : damaged + 32] = bytes(b ^ 0x5A for b in data[damaged : damaged + 32])
    seeded.path.write_bytes(bytes(data))
    with Workspace.open(seeded.path, PASSPHRASE) as ws:  # the pages unlock reads are sound
        try:
            problems = ws.check_file()
        except CorruptWorkspace:
            problems = ("damaged",)
        assert problems != ("ok",)
        with pytest.raises(WorkspaceError):
            backup_workspace(ws, tmp_path / "b")
    assert not list((tmp_path / "b").glob("*.ecbackup"))


def test_the_check_can_be_stopped(seeded: Workspace) -> None:
    for n in range(200):  # enough pages that the check takes more than one turn of the handler
        seeded.save_person(Person(f"p{n}", f"Person {n} " + "lorem ipsum " * 80, f"P{n}"))
    with pytest.raises(Cancelled):
        seeded.check_file(cancelled=lambda: True)
    assert seeded.check_file() == ("ok",)


def test_a_workspace_file_gone_meanwhile_is_said_so_and_never_made_again(
    seeded: Workspace, tmp_path: Path
) -> None:
    # Moved away while open (its folder renamed, say): work on a connection of its own, such as
    # the full check from the Safety menu, must not leave an empty file where it was.
    path = seeded.path
    moved = tmp_path / "moved.emptychair"
    path.rename(moved)
    with pytest.raises(NotAWorkspace), seeded.on_own_connection():
        pass
    assert not path.exists()
    with pytest.raises(NotAWorkspace):
        connection.connect_again(path, seeded._shared.key)
    assert not path.exists()
    moved.rename(path)
    with seeded.on_own_connection() as own:  # back in its place: it opens again
        assert own.person("x").alias == "X.Q."


def test_reads_go_on_while_another_connection_writes(seeded: Workspace) -> None:
    inside, release = threading.Event(), threading.Event()

    def long_write() -> None:
        with seeded.on_own_connection() as own, own.transaction() as tx:
            tx.execute("UPDATE persons SET alias = 'Z.Z.' WHERE id = 'x'")
            inside.set()
            release.wait(5)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert inside.wait(5)
        start = time.monotonic()
        assert seeded.person("x").alias == "X.Q."  # the last committed state, at once
        assert time.monotonic() - start < 1
    finally:
        release.set()
        writer.join()
    assert seeded.person("x").alias == "Z.Z."


def test_events_from_every_connection_make_one_chain(seeded: Workspace) -> None:
    with seeded.on_own_connection() as own:
        own.save_person(Person("o", "Olga Own", "O.O."))
        own.log_event("minutes_exported", meeting_id="m1")
    seeded.save_person(Person("g", "Gus Main", "G.M."))
    with seeded.on_own_connection() as own:
        own.save_person(Person("h", "Hal Own", "H.O."))
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None
    assert seeded.seal().seq == len(seeded.audit_events())


def test_a_rolled_back_write_leaves_the_chain_where_it_was(seeded: Workspace) -> None:
    before = seeded.seal()
    with pytest.raises(InvalidText):
        seeded.save_person(Person("bad", "Broken \ud800 name", "B."))
    assert seeded.seal() == before
    with seeded.transaction():  # a savepoint rolled back inside a transaction that commits
        seeded.save_person(Person("k", "Kept", "K."))
        with pytest.raises(InvalidText):
            seeded.save_person(Person("bad", "Broken \ud800 name", "B."))
    seeded.save_person(Person("n", "Next", "N."))
    with seeded.reading() as conn:
        assert check_chain(iter_event_rows(conn)) is None
    assert seeded.seal().seq == before.seq + 2


def test_after_a_new_passphrase_other_connections_still_open(seeded: Workspace) -> None:
    from desktop.storage.maintenance import change_passphrase

    change_passphrase(seeded, PASSPHRASE, "a brand new passphrase")
    with seeded.on_own_connection() as own:
        assert own.person("x").alias == "X.Q."


def test_a_new_workspace_is_keyed_with_its_own_salt(
    workspace_path: Path, derivations: list[bytes]
) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=None) as ws:
        seed(ws)
    assert len(derivations) == 1
    assert derivations[0] == workspace_path.read_bytes()[:16]
    key = WorkspaceKey.derived(PASSPHRASE, derivations[0])
    conn = sqlcipher3.connect(str(workspace_path))
    conn.execute(key.pragma())
    assert conn.execute("SELECT count(*) FROM persons").fetchone() == (1,)
    conn.close()
