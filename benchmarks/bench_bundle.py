"""The bundled app (``make package``) next to the source install: size on disk and start time.

- *size*: the bundle folder (``dist/emptychair``, everything it needs but the system's basic
  libraries) against what ``pip install`` puts into a virtual environment: the files of Empty
  Chair and of every distribution it needs at run time, as listed in their metadata (the Python
  interpreter itself, which the bundle carries, is not counted there).
- *first window*: seconds from starting the program to its first window shown, offscreen: the
  unlock dialog of a prepared demo workspace, as a user starts it (``EMPTYCHAIR_EXIT_AFTER_SHOW``).
- *headless command*: seconds for ``verify`` on the same workspace (the CLI's start, the key
  derivation and the check).

Medians of several runs, each program started the same way in the same run. Without a bundle,
only the source install is measured and the line says how to build one.
"""

from __future__ import annotations

import importlib.metadata
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "emptychair"
SOURCE = Path(sys.executable).parent / "emptychair"
RUNS = 5
PASSPHRASE = "demo"


def folder_size(folder: Path) -> int:
    """Bytes of the files under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def installed_size() -> int:
    """Bytes of Empty Chair and its run-time dependencies as installed in this environment."""
    sys.path.insert(0, str(ROOT / "packaging"))
    from notices import runtime_closure

    distributions = [importlib.metadata.distribution("emptychair"), *runtime_closure()]
    total = 0
    for distribution in distributions:
        for file in distribution.files or []:
            path = Path(str(distribution.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    total += folder_size(ROOT / "desktop") + folder_size(ROOT / "resources")  # editable install
    return total


def _env() -> dict[str, str]:
    env = dict(os.environ, EMPTYCHAIR_NO_USER_CONFIG="1", EMPTYCHAIR_PASSPHRASE=PASSPHRASE)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def first_window(program: Path, workspace: Path) -> float:
    """Seconds from starting ``program workspace`` to its first window shown."""
    start = time.time()
    done = subprocess.run(
        [str(program), str(workspace)],
        env=dict(_env(), EMPTYCHAIR_EXIT_AFTER_SHOW="1"),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    shown = next(line for line in done.stdout.splitlines() if line.startswith("shown "))
    return float(shown.split()[1]) - start


def command_time(program: Path, workspace: Path) -> float:
    """Seconds for ``program verify workspace``."""
    start = time.perf_counter()
    subprocess.run(
        [str(program), "verify", str(workspace)],
        env=_env(),
        capture_output=True,
        timeout=60,
        check=True,
    )
    return time.perf_counter() - start


def measure(gui: Path, cli: Path, workspace: Path) -> tuple[float, float]:
    """Median first-window and headless-command times."""
    first_window(gui, workspace)  # warm the file cache
    windows = [first_window(gui, workspace) for _ in range(RUNS)]
    commands = [command_time(cli, workspace) for _ in range(RUNS)]
    return statistics.median(windows), statistics.median(commands)


def main() -> int:
    """Print the figures (a benchmark reports; it does not fail)."""
    sys.path.insert(0, str(ROOT))
    from desktop.demo import create_demo_workspace

    have_bundle = (BUNDLE / "emptychair").is_file()
    with tempfile.TemporaryDirectory(prefix="emptychair-bench-") as folder:
        workspace = Path(folder) / "demo.emptychair"
        create_demo_workspace(workspace, PASSPHRASE)
        source = measure(SOURCE, SOURCE, workspace)
        bundle = (
            measure(BUNDLE / "emptychair", BUNDLE / "emptychair-cli", workspace)
            if have_bundle
            else None
        )
    mib = 1024 * 1024
    print(f"{'':24}{'size':>10}{'first window':>16}{'verify':>10}  (medians of {RUNS})")
    print(
        f"{'source install (pip)':24}{installed_size() / mib:8.0f} MiB"
        f"{source[0] * 1000:13.0f} ms{source[1] * 1000:7.0f} ms"
    )
    if bundle is None:
        print(f"{'bundled app':24}  not built: run `make package` first")
    else:
        print(
            f"{'bundled app':24}{folder_size(BUNDLE) / mib:8.0f} MiB"
            f"{bundle[0] * 1000:13.0f} ms{bundle[1] * 1000:7.0f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
