"""What is kept outside the file (issue 13): the configuration folder found the platform's way,
the anchor file, the migration that gives an older workspace its id and its rows' digests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from safety_helpers import add_meeting
from storage_helpers import PASSPHRASE, make_settings, seed
from tamper_helpers import events, tamper

from desktop.storage import connection, schema
from desktop.storage.anchors import Anchor, AnchorStore, DamagedLine, RestoreMark
from desktop.storage.user_config import (
    USER_CONFIG,
    platform_config_folder,
    resolve_config_folder,
    user_config_disabled,
)
from desktop.storage.verify import verify_workspace
from desktop.storage.workspace import Workspace

DAY0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def test_the_configuration_folder_is_found_the_platforms_way(tmp_path: Path) -> None:
    home = tmp_path / "home"
    linux = platform_config_folder({"XDG_CONFIG_HOME": "/xdg"}, "linux", home)
    assert linux == Path("/xdg/emptychair")
    assert platform_config_folder({}, "linux", home) == home / ".config" / "emptychair"
    relative = platform_config_folder({"XDG_CONFIG_HOME": "rel"}, "linux", home)
    assert relative == home / ".config" / "emptychair"  # XDG: a relative value is ignored
    windows = platform_config_folder({"APPDATA": r"C:\Users\a\AppData\Roaming"}, "win32", home)
    assert windows == Path(r"C:\Users\a\AppData\Roaming") / "emptychair"
    mac = platform_config_folder({}, "darwin", home)
    assert mac == home / "Library" / "Application Support" / "emptychair"


def test_the_test_suite_never_uses_the_real_configuration_folder(tmp_path: Path) -> None:
    assert user_config_disabled()
    assert resolve_config_folder(USER_CONFIG) is None
    assert resolve_config_folder(tmp_path) == tmp_path
    assert resolve_config_folder(None) is None


def test_nothing_is_written_outside_the_file_without_a_folder(
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
        assert ws.anchors is None and ws.register is None
    assert not (tmp_path / "home").exists() and not (tmp_path / "xdg").exists()
    assert not any(kind == "anchor" for _, kind, _ in events(workspace_path))


def test_the_user_folder_is_used_when_allowed(
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EMPTYCHAIR_NO_USER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        workspace_id = ws.workspace_id
    assert (tmp_path / "xdg" / "emptychair" / "anchors" / f"{workspace_id}.jsonl").is_file()


def test_the_anchor_file_reads_back_what_was_written(tmp_path: Path) -> None:
    store = AnchorStore(tmp_path, "b" * 32)
    anchor = Anchor(3, "h" * 64, "p" * 64, DAY0.isoformat(), "workspace_opened", store.store_id)
    store.record(anchor)
    store.record(RestoreMark(3, "h" * 64, DAY0.isoformat()))
    store.path.write_text(store.path.read_text() + "{cut by a crash\n")
    assert list(store.entries()) == [
        anchor,
        RestoreMark(3, "h" * 64, DAY0.isoformat()),
        DamagedLine(3),
    ]
    with pytest.raises(ValueError):
        AnchorStore(tmp_path, "../escape")


def test_taking_back_an_anchor_whose_event_did_not_commit(tmp_path: Path) -> None:
    store = AnchorStore(tmp_path, "c" * 32)
    first = Anchor(1, "a" * 64, "0" * 64, DAY0.isoformat(), "workspace_created", "s")
    second = Anchor(2, "b" * 64, "a" * 64, DAY0.isoformat(), "backup", "s")
    store.record(first)
    store.record(second)
    store.forget(first)  # not the last line: left alone
    store.forget(second)
    assert list(store.entries()) == [first]


def test_a_damaged_anchor_line_is_said_and_a_lost_anchor_named(
    workspace_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=config).close()
    (anchors,) = (config / "anchors").glob("*.jsonl")
    anchors.write_text(anchors.read_text() + "not json\n")
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.ok and "line 3 of the anchor file cannot be read" in report.summary()
    lines = anchors.read_text().splitlines()
    anchors.write_text("\n".join([lines[0], "{garbled", *lines[2:]]) + "\n")
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert [f.kind for f in report.findings] == ["anchors_deleted"]


def test_an_older_workspace_gets_an_id_and_its_rows_in_the_chain(
    workspace_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = list(schema.migrations._migrations)
    with monkeypatch.context() as old:
        # Every migration but the one that brings ids and digests: the app before issue 13.
        older = connection.SCHEMA_VERSION - 1
        old.setattr(connection, "SCHEMA_VERSION", older)
        old.setattr(schema, "SCHEMA_VERSION", older)
        schema.migrations._migrations = [
            m for m in kept if m.name != "0003_identity_and_row_digests"
        ]
        try:
            ws = Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=None)
            seed(ws)
            add_meeting(ws, "m2", "x", DAY0, "OKAPI")
            ws.close()
        finally:
            schema.migrations._migrations = kept
    config = tmp_path / "config"
    with Workspace.open(workspace_path, PASSPHRASE, config=config) as ws:
        assert len(ws.workspace_id) == 32
        kinds = [e.kind for e in ws.audit_events()]
    assert "workspace_identified" in kinds and "rows_digested" in kinds
    rows = [d for _, kind, d in events(workspace_path) if kind == "rows_digested"]
    assert {d["table"] for d in rows} == {
        "shared_items",
        "withheld_items",
        "decisions",
        "actions",
        "consents",
    }
    sound = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert sound.ok, sound.summary()
    tamper(workspace_path, "UPDATE shared_items SET wording = 'rewritten later'")
    # Rows recorded before the checkpoint the first check left: the full check compares them.
    report = verify_workspace(workspace_path, PASSPHRASE, config=config, full=True)
    assert [f.kind for f in report.findings] == ["row_changed"]
    assert json.dumps(rows).count("OKAPI") == 0  # digests, never the content


def test_a_line_cut_by_a_power_loss_is_not_an_attack_and_spoils_nothing(
    workspace_path: Path, tmp_path: Path
) -> None:
    config = tmp_path / "config"
    Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=config).close()
    (anchors,) = (config / "anchors").glob("*.jsonl")
    anchors.write_text(anchors.read_text() + '{"type": "anchor", "seq": 9')  # no end of line
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.ok and "cannot be read (cut or edited)" in report.summary()
    Workspace.open(workspace_path, PASSPHRASE, config=config).close()  # appends after it
    report = verify_workspace(workspace_path, PASSPHRASE, config=config)
    assert report.ok, report.summary()
    assert anchors.read_text().count("\n") == len(anchors.read_text().splitlines())
