"""Process hardening, checked in a fresh subprocess (it cannot be undone in the test process)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PROBE = textwrap.dedent(
    """
    import ctypes, ctypes.util, json, resource
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    dumpable_before = libc.prctl(3, 0, 0, 0, 0)
    from desktop.hardening import harden_process
    report = harden_process()
    status = open("/proc/self/status").read()
    print(json.dumps({
        "report": [report.core_dumps_off, report.not_dumpable],
        "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
        "dumpable": [dumpable_before, libc.prctl(3, 0, 0, 0, 0)],
    }))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux's")
def test_no_core_dumps_and_not_dumpable_after_hardening() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout)
    assert result["report"] == [True, True]
    assert result["core"] == [0, 0]
    assert result["dumpable"][1] == 0  # no longer dumpable (it usually was before)


def test_hardening_never_raises_and_needs_no_qt() -> None:
    code = (
        "import sys; from desktop.hardening import harden_process; harden_process(); "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_after_hardening_every_new_file_is_private(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os, stat
        os.umask(0o022)
        from desktop.hardening import harden_process
        assert harden_process().private_files
        open({str(tmp_path / "settings.conf")!r}, "w").close()
        os.mkdir({str(tmp_path / "folder")!r})
        """
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    assert (tmp_path / "settings.conf").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "folder").stat().st_mode & 0o777 == 0o700
