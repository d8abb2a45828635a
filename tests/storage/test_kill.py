"""kill -9 at random moments: every action a process confirmed is there on reopening."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE, make_settings, seed

from desktop.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

# Resumes meeting m1 (or opens it), then writes session actions as fast as it can, printing the id
# of each one after the action returned, i.e. after its transaction was committed.
WRITER = textwrap.dedent(
    """
    import sys
    from desktop.storage.workspace import Workspace
    ws = Workspace.open(sys.argv[1], sys.argv[2])
    session = ws.start_session("m1")
    if session.meeting.state.value == "prepared":
        session.open()
        for pid in ("a", "b", "p"):
            session.mark_present(pid)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        decision = session.add_decision(f"decision {sys.argv[3]}-{i}")
        print("decision", decision.id, flush=True)
        session.step_out("p")
        session.come_back("p")
        print("attendance", i, flush=True)
        session.propose("b", "justice")
        item = session.not_share()
        print("withheld", item.id, flush=True)
        action = session.add_action("a", f"action {i}")
        print("action", action.id, flush=True)
    """
)


@pytest.mark.slow
def test_confirmed_actions_survive_kill_9(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE, make_settings()) as ws:
        seed(ws)
    rng = random.Random(20261128)
    confirmed: dict[str, set[str]] = {"decision": set(), "withheld": set(), "action": set()}
    attendance_changes = 0
    deadline = time.monotonic() + 25
    rounds = 0
    while rounds < 15 and time.monotonic() < deadline:
        rounds += 1
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(workspace_path), PASSPHRASE, str(rounds)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.02, 0.5))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=20)
        output = writer.stdout.read()
        writer.stdout.close()
        for line in output.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # cut by the kill: not confirmed
            kind, value = line.split()
            if kind == "attendance":
                attendance_changes += 2
            else:
                confirmed[kind].add(value)

        with Workspace.open(workspace_path, PASSPHRASE) as ws:
            assert ws.pragma("integrity_check") == "ok"
            record = ws.meeting_record("m1")
            assert confirmed["decision"] <= {d.id for d in record.decisions}
            assert confirmed["withheld"] <= {w.id for w in record.withheld}
            assert confirmed["action"] <= {a.id for a in record.actions}
            changes = len(record.attendance["p"].changes) - 1  # minus the roll call
            assert changes >= attendance_changes
    assert rounds >= 5
    assert sum(len(ids) for ids in confirmed.values()) > 0


# Anchors as fast as it can (each export anchors the chain's head outside the file), between
# session writes: a kill lands anywhere in the anchor's two steps too.
ANCHORING_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from desktop.storage.workspace import Workspace
    ws = Workspace.open(sys.argv[1], sys.argv[2], config=Path(sys.argv[3]))
    session = ws.start_session("m1")
    if session.meeting.state.value == "prepared":
        session.open()
        session.mark_present("a")
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        session.add_decision(f"decision {i}")
        ws.log_event("minutes_exported", meeting_id="m1", documents=["minutes"])
        ws.anchor("backup")
    """
)


@pytest.mark.slow
def test_a_kill_9_never_leaves_anchors_that_look_like_tampering(
    workspace_path: Path, tmp_path: Path
) -> None:
    from desktop.storage.verify import verify_workspace

    config = tmp_path / "config"
    with Workspace.create(workspace_path, PASSPHRASE, make_settings(), config=config) as ws:
        seed(ws)
    rng = random.Random(20261130)
    deadline = time.monotonic() + 25
    rounds = 0
    while rounds < 12 and time.monotonic() < deadline:
        rounds += 1
        writer = subprocess.Popen(
            [sys.executable, "-c", ANCHORING_WRITER, str(workspace_path), PASSPHRASE, str(config)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.05, 0.6))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=20)
        writer.stdout.close()
        # The next opening completes an anchor the kill interrupted; then all holds.
        Workspace.open(workspace_path, PASSPHRASE, config=config).close()
        report = verify_workspace(workspace_path, PASSPHRASE, config=config)
        assert report.ok, f"round {rounds}: {report.summary()}"
    assert rounds >= 5
