"""Smoke test of an installed Empty Chair, as a new user would run it, away from the checkout.

    python packaging/smoke.py wheel VENV      # a virtual environment the wheel was installed into
    python packaging/smoke.py bundle FOLDER   # the bundled app (dist/emptychair)

Both check that every resource of the source tree's ``resources/`` was installed (so a file
type left out of the package data, or out of the bundle, fails here even if no command trips
on it), that the licence and the notices came along, then run, from a temporary folder with a
temporary home: ``demo``, ``verify``, ``meetings``, ``minutes`` in English, French and Dutch
(the PDFs read back, in their language and set in the shipped fonts: the gettext catalogues came
along), and the GUI's first windows offscreen in the three languages (the Qt catalogues too).
For the bundle, also that the unused Qt parts were left out.

Exit status 0 when all holds; otherwise each failure is printed. Needs pypdf (in ``.venv``).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
SOURCE_RESOURCES = ROOT / "resources"
# Files of resources/ that are not data files once installed: the translators' sources (compiled
# into .qm) and Python code (imported; the bundle keeps it in its archive).
NOT_SHIPPED = re.compile(r"(^|/)__pycache__/|\.ts$|\.po$|\.py$")
UNUSED_QT = re.compile(
    r"Qt6?(Network|Qml|Quick|WebEngine)|/qml/|plugins/(tls|networkinformation)/", re.IGNORECASE
)
PASSPHRASE = "smoke test passphrase"
# The locale each language is tried in (the GUI follows the system language).
LOCALES = {"en": "en_GB.UTF-8", "fr": "fr_BE.UTF-8", "nl": "nl_BE.UTF-8"}


def expected_resources() -> set[str]:
    """Paths (relative, with ``/``) of every file of ``resources/`` the app must carry."""
    found = set()
    for path in SOURCE_RESOURCES.rglob("*"):
        relative = path.relative_to(SOURCE_RESOURCES).as_posix()
        if path.is_file() and not NOT_SHIPPED.search(relative):
            found.add(relative)
    return found


def missing_resources(installed: Path) -> list[str]:
    """The resources absent from the installed folder ``installed``."""
    return sorted(r for r in expected_resources() if not (installed / r).is_file())


@dataclass
class Install:
    """How to reach one installation: its commands and where its files landed."""

    kind: str
    cli: list[str]
    gui: list[str]
    resources: Path
    licence: Path | None
    extra_files: list[Path] = field(default_factory=list)
    folder: Path | None = None


@dataclass
class Smoke:
    """Runs the checks in a private temporary folder and home; collects failures."""

    install: Install
    work: Path
    failures: list[str] = field(default_factory=list)
    passed: int = 0

    def env(self, lang: str = "en") -> dict[str, str]:
        """A clean environment: temporary home, no user configuration, Qt offscreen."""
        keep = ("PATH", "TMPDIR", "SYSTEMROOT", "XDG_RUNTIME_DIR")
        env = {k: v for k, v in os.environ.items() if k in keep}
        home = self.work / "home"
        env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            EMPTYCHAIR_NO_USER_CONFIG="1",
            EMPTYCHAIR_PASSPHRASE=PASSPHRASE,
            QT_QPA_PLATFORM="offscreen",
            PYTHONNOUSERSITE="1",
            LANG=LOCALES[lang],
        )
        return env

    def check(self, condition: bool, message: str) -> bool:
        """Record ``message`` as a failure unless ``condition``."""
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
        return condition

    def run(self, what: str, command: list[str], lang: str = "en", **env: str) -> str | None:
        """Run ``command`` in the work folder (``env`` added to its environment); its output, or
        ``None`` (a failure) if it failed."""
        start = time.perf_counter()
        try:
            done = subprocess.run(
                command,
                cwd=self.work,
                env={**self.env(lang), **env},
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            self.failures.append(f"{what}: {error}")
            return None
        seconds = time.perf_counter() - start
        if done.returncode != 0:
            self.failures.append(f"{what}: exit {done.returncode}\n{done.stdout}{done.stderr}")
            return None
        self.passed += 1
        print(f"  ok  {what} ({seconds:.1f} s)")
        return done.stdout

    def files(self) -> None:
        """Every resource, the licence and the notices are installed; nothing from the checkout."""
        install = self.install
        self.check(
            not install.resources.resolve().is_relative_to(ROOT) or install.kind == "bundle",
            f"resources are read from the checkout ({install.resources}), not the installation",
        )
        missing = missing_resources(install.resources)
        if self.check(not missing, f"resources missing from the {install.kind}: {missing}"):
            print(f"  ok  {len(expected_resources())} resources installed")
        for path in [install.licence, *install.extra_files]:
            self.check(path is not None and path.is_file(), f"missing: {path}")
        if install.licence is not None and install.licence.is_file():
            text = install.licence.read_text(encoding="utf-8")
            self.check(text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2"), "not the EUPL")
        if install.folder is not None:
            unused = [
                str(p.relative_to(install.folder))
                for p in install.folder.rglob("*")
                if UNUSED_QT.search(p.as_posix())
            ]
            self.check(not unused, f"unused Qt parts in the bundle: {unused[:10]}")

    def headless(self) -> None:
        """demo, verify, meetings, minutes (EN, FR, NL) and the person's copy (FR, NL)."""
        workspace = self.work / "demo.emptychair"
        cli = self.install.cli
        if self.run("demo", [*cli, "demo", str(workspace)]) is None:
            return
        verified = self.run("verify", [*cli, "verify", str(workspace)])
        self.check(verified is not None and "sound" in verified, f"verify said: {verified}")
        listing = self.run("meetings", [*cli, "meetings", str(workspace)]) or ""
        closed = [line.split()[0] for line in listing.splitlines() if " closed " in line]
        if not self.check(bool(closed), f"no closed meeting listed:\n{listing}"):
            return
        for lang, extra, words in (
            ("en", [], "Minutes of the case conference"),
            ("fr", [], "Procès-verbal de la concertation de cas"),
            ("fr", ["--person-copy"], "Votre exemplaire"),
            ("nl", [], "Verslag van het casusoverleg"),
            ("nl", ["--person-copy"], "Uw exemplaar"),
        ):
            pdf = self.work / f"minutes-{lang}{'-copy' if extra else ''}.pdf"
            command = [*cli, "minutes", str(workspace), "--meeting", closed[0]]
            command += ["--out", str(pdf), "--lang", lang, *extra]
            if self.run(f"minutes --lang {lang} {' '.join(extra)}".rstrip(), command) is None:
                continue
            self.pdf(pdf, words)

    def pdf(self, pdf: Path, words: str) -> None:
        """The PDF reads back, in its language, set in the shipped DejaVu fonts."""
        reader = PdfReader(pdf)
        text = " ".join(page.extract_text() or "" for page in reader.pages)
        self.check(words in text, f"{pdf.name}: {words!r} not found")
        fonts = {
            str(font.get_object().get("/BaseFont"))
            for page in reader.pages
            for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
        }
        self.check(any("DejaVuSans" in f for f in fonts), f"{pdf.name}: fonts {fonts}")

    def windows(self) -> None:
        """The GUI's first window offscreen: the demo's main window and the unlock dialog, in
        English, French and Dutch (the translated title proves the translations were found)."""
        workspace = self.work / "demo.emptychair"
        for lang, title in (
            ("en", "Empty Chair"),
            ("fr", "La chaise vide"),
            ("nl", "De lege stoel"),
        ):
            for what, arguments in (("main window", ["--demo"]), ("unlock", [str(workspace)])):
                if what == "unlock" and not workspace.exists():
                    continue
                command = [*self.install.gui, *arguments]
                shown = self.first_window(f"GUI {what} ({lang})", command, lang)
                if shown is not None:
                    self.check(shown.endswith(title), f"GUI {what} ({lang}): title {shown!r}")

    def first_window(self, what: str, command: list[str], lang: str) -> str | None:
        """The title of the first window ``command`` shows, or ``None`` (a failure)."""
        out = self.run(what, command, lang, EMPTYCHAIR_EXIT_AFTER_SHOW="1")
        if out is None:
            return None
        shown = [line.split(" ", 2) for line in out.splitlines() if line.startswith("shown ")]
        if not self.check(bool(shown), f"{what}: no window shown\n{out}"):
            return None
        return shown[0][2] if len(shown[0]) == 3 else ""


def wheel_install(venv: Path) -> Install:
    """The commands and files of a virtual environment the wheel was installed into."""
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    script = venv / ("Scripts/emptychair.exe" if os.name == "nt" else "bin/emptychair")
    probe = (
        "import importlib.metadata as m, desktop.resources as r; "
        "print(r.resource_path()); "
        "print(m.distribution('emptychair').locate_file("
        "'emptychair-' + m.version('emptychair') + '.dist-info/licenses/LICENSE'))"
    )
    done = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, check=True
    )
    resources, licence = done.stdout.splitlines()[:2]
    return Install("wheel", [str(script)], [str(script)], Path(resources), Path(licence))


def bundle_install(folder: Path) -> Install:
    """The commands and files of the bundled app."""
    suffix = ".exe" if os.name == "nt" else ""
    internal = folder / "_internal"
    licences = sorted(internal.glob("emptychair-*.dist-info/licenses/LICENSE"))
    return Install(
        "bundle",
        [str(folder / f"emptychair-cli{suffix}")],
        [str(folder / f"emptychair{suffix}")],
        internal / "desktop" / "resources",
        licences[0] if licences else None,
        [folder / "LICENSE", folder / "THIRD-PARTY-NOTICES.txt"],
        folder,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the smoke test; 0 when everything holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("wheel", "bundle"))
    parser.add_argument("path", type=Path, help="the virtual environment, or the bundle folder")
    args = parser.parse_args(argv)
    path = args.path.resolve()
    install = wheel_install(path) if args.kind == "wheel" else bundle_install(path)
    print(f"Smoke test of the {args.kind} at {path}")
    with tempfile.TemporaryDirectory(prefix="emptychair-smoke-") as folder:
        smoke = Smoke(install, Path(folder))
        smoke.files()
        smoke.headless()
        smoke.windows()
    for failure in smoke.failures:
        print(f"FAILED {failure}", file=sys.stderr)
    print(f"{args.kind}: {smoke.passed} passed, {len(smoke.failures)} failed")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main())
