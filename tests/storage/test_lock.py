"""One process at a time per workspace; a lock left by a dead process is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings

from desktop.storage.errors import WorkspaceLocked
from desktop.storage.lock import lock_path
from desktop.storage.workspace import Workspace, verify_workspace

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys
    from desktop.storage.workspace import Workspace
    ws = Workspace.open(sys.argv[1], sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    ws.close()
    """
)


@pytest.fixture
def closed(workspace_path: Path) -> Path:
    """A new workspace, closed."""
    Workspace.create(workspace_path, PASSPHRASE, make_settings()).close()
    return workspace_path


def test_a_workspace_open_in_another_process_is_refused(closed: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(closed), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        before = closed.read_bytes()
        with pytest.raises(WorkspaceLocked) as caught:
            Workspace.open(closed, PASSPHRASE)
        assert caught.value.pid == holder.pid
        assert f"process {holder.pid} on {socket.gethostname()}" in caught.value.message
        with pytest.raises(WorkspaceLocked):
            verify_workspace(closed, PASSPHRASE)
        assert closed.read_bytes() == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=20)
        assert holder.stdout is not None
        holder.stdout.close()
    assert not lock_path(closed).exists()  # removed by its holder
    Workspace.open(closed, PASSPHRASE).close()


def test_a_killed_holder_leaves_a_lock_that_is_taken_over(closed: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(closed), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "open\n"
    holder.kill()
    holder.wait(timeout=20)
    holder.stdout.close()
    assert holder.stdin is not None
    holder.stdin.close()
    assert json.loads(lock_path(closed).read_text())["pid"] == holder.pid  # stale file left
    with Workspace.open(closed, PASSPHRASE) as ws:
        assert json.loads(lock_path(closed).read_text())["pid"] == os.getpid()
        assert ws.settings() == make_settings()


def test_a_stale_lock_file_of_a_dead_pid_is_taken_over(closed: Path) -> None:
    lock_path(closed).write_text(json.dumps({"pid": 999_999_999, "host": "elsewhere"}))
    with Workspace.open(closed, PASSPHRASE):
        assert json.loads(lock_path(closed).read_text())["pid"] == os.getpid()
    assert not lock_path(closed).exists()


def test_the_same_workspace_cannot_be_opened_twice_in_one_process(closed: Path) -> None:
    with (
        Workspace.open(closed, PASSPHRASE),
        pytest.raises(WorkspaceLocked, match=f"process {os.getpid()}"),
    ):
        Workspace.open(closed, PASSPHRASE)
    Workspace.open(closed, PASSPHRASE).close()


def test_a_failed_open_releases_the_lock(closed: Path) -> None:
    with pytest.raises(Exception, match="passphrase"):
        Workspace.open(closed, "wrong")
    assert not lock_path(closed).exists()
    Workspace.open(closed, PASSPHRASE).close()
