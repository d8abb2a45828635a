"""Write ``resources/licenses/THIRD-PARTY-NOTICES.txt`` from the installed dependencies.

``make notices`` runs it in ``.venv``; the result is committed, shipped in the wheel and the
bundle, and shown by the About box. It lists every distribution Empty Chair needs at run time
(the requirement closure of ``emptychair``, read from the installed metadata), with its version
and licence, then each one's licence files verbatim, then what those packages carry inside them
(Qt, SQLCipher, OpenSSL) and what only the bundled app adds (Python, PyInstaller's bootloader).

Texts that no installed package carries come from Debian's ``/usr/share/common-licenses`` (the
GNU and Apache licences, verbatim) and ``packaging/third_party`` (SQLCipher's LICENSE.md, as
published upstream). Identical texts are printed once and referred to afterwards.

``tests/packaging/test_notices.py`` fails when a run-time dependency is missing from the file.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "licenses" / "THIRD-PARTY-NOTICES.txt"
COMMON = Path("/usr/share/common-licenses")
THIRD_PARTY = Path(__file__).resolve().parent / "third_party"
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
RULE = "=" * 78
# Distributions whose metadata names no licence; the text printed below is theirs all the same.
KNOWN_LICENCES = {"sqlcipher3": "Zlib (pysqlite's licence)"}


@dataclass
class Component:
    """One piece of third-party software and where its licence texts come from."""

    name: str
    version: str
    licence: str
    url: str
    note: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (title, text)


def runtime_closure(root: str = "emptychair") -> list[metadata.Distribution]:
    """The installed distributions ``root`` needs at run time, with the extras it asks of them
    (``pypdf[crypto]``), sorted by name."""
    environment = default_environment()
    seen: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, str]] = set()
    todo: list[tuple[str, str]] = [(root, "")]
    while todo:
        name, extra = todo.pop()
        key = (canonicalize_name(name), extra)
        if key in done:
            continue
        done.add(key)
        distribution = seen.setdefault(key[0], metadata.distribution(name))
        for line in distribution.requires or []:
            requirement = Requirement(line)
            marker = requirement.marker
            if marker is None or marker.evaluate({**environment, "extra": extra}):
                todo += [(requirement.name, "")]
                todo += [(requirement.name, wanted) for wanted in requirement.extras]
    del seen[canonicalize_name(root)]
    return sorted(seen.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _licence(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    known = KNOWN_LICENCES.get(canonicalize_name(meta["Name"]))
    if known:
        return known
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")
    ]
    if classifiers:
        return ", ".join(classifiers)
    first_line = (meta.get("License") or "").strip().splitlines()
    return first_line[0] if first_line else "see its licence file below"


def _url(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    urls = dict(
        (part.strip() for part in entry.split(",", 1))
        for entry in meta.get_all("Project-URL") or []
    )
    for key in ("Homepage", "homepage", "Source", "source", "Repository", "Code"):
        if key in urls:
            return urls[key]
    return meta.get("Home-page") or next(iter(urls.values()), "")


def _licence_texts(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    texts = []
    for path in distribution.files or []:
        in_metadata = ".dist-info" in str(path)
        if in_metadata and LICENCE_FILE.search(path.name) and path.suffix != ".py":
            texts.append((path.name, distribution.read_text(str(path).split("/", 1)[1]) or ""))
    return texts


def _common(name: str) -> str:
    path = COMMON / name
    if not path.is_file():
        sys.exit(f"{path} is missing: run this on Debian or Ubuntu (package base-files).")
    return path.read_text(encoding="utf-8")


def _python_licence() -> str:
    path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if not path.is_file():
        sys.exit(f"{path} is missing: run this with a python.org (or pyenv) build of Python.")
    return path.read_text(encoding="utf-8")


def components() -> list[Component]:
    """Every dependency with its licence texts, then what they carry, then the bundle's extras."""
    found = []
    for distribution in runtime_closure():
        name = distribution.metadata["Name"]
        component = Component(
            name, distribution.version, _licence(distribution), _url(distribution)
        )
        component.texts = _licence_texts(distribution)
        if canonicalize_name(name) in {"pyside6-essentials", "shiboken6"}:
            component.note = "Used under the LGPL-3.0 (texts under Qt 6 below)."
        found.append(component)
    lgpl = [
        ("GNU Lesser General Public License, version 3", _common("LGPL-3")),
        ("GNU General Public License, version 3", _common("GPL-3")),
    ]
    apache = [("Apache License, version 2.0", _common("Apache-2.0"))]
    found += [
        Component(
            "Qt 6 (inside PySide6-Essentials)",
            "",
            "LGPL-3.0-only",
            "https://www.qt.io/",
            "Qt's own third-party parts are listed at "
            "https://doc.qt.io/qt-6/licenses-used-in-qt.html. The bundled app keeps Qt's "
            "libraries as separate files (folder _internal/PySide6), so they can be replaced.",
            lgpl,
        ),
        Component(
            "SQLCipher (inside sqlcipher3)",
            "4",
            "BSD-3-Clause",
            "https://www.zetetic.net/sqlcipher/",
            "SQLCipher is based on SQLite, which is in the public domain.",
            [("LICENSE.md", (THIRD_PARTY / "SQLCipher-LICENSE.md").read_text(encoding="utf-8"))],
        ),
        Component(
            "OpenSSL (inside sqlcipher3 and cryptography)",
            "3",
            "Apache-2.0",
            "https://www.openssl.org/",
            "",
            apache,
        ),
        Component(
            "Python (bundled app only)",
            sysconfig.get_python_version(),
            "PSF-2.0",
            "https://www.python.org/",
            "",
            [("LICENSE.txt", _python_licence())],
        ),
        Component(
            "PyInstaller bootloader (bundled app only)",
            "6",
            "GPL-2.0-or-later WITH Bootloader-exception",
            "https://pyinstaller.org/",
            "The exception allows the bootloader to be distributed with programs under any "
            "licence; PyInstaller itself is not shipped.",
        ),
    ]
    return found


def _fonts() -> str:
    return (ROOT / "resources" / "fonts" / "LICENSE").read_text(encoding="utf-8")


def render(found: list[Component]) -> str:
    """The notices file."""
    out = [
        "Empty Chair (La chaise vide): third-party notices",
        RULE,
        "",
        "Empty Chair is licensed under the European Union Public Licence, version 1.2",
        "(EUPL-1.2; the file LICENSE). Its artwork, the application icon (icons/emptychair.svg)",
        "and the empty chair (empty-chair.svg), was drawn for Empty Chair and is licensed under",
        "the EUPL-1.2 as well.",
        "",
        "Empty Chair uses the software below; each part keeps its own licence. A wheel names",
        "them as dependencies; the bundled app contains them. Versions are those this file was",
        "made from (make notices).",
        "",
    ]
    width = max(len(c.name) for c in found)
    for component in found:
        version = component.version or "-"
        out.append(f"{component.name:<{width}}  {version:<10}  {component.licence}")
    out += [
        f"{'DejaVu Sans (PDF fonts)':<{width}}  {'2.37':<10}  Bitstream-Vera (fonts/LICENSE)",
        "",
    ]
    printed: dict[str, str] = {}
    for component in found:
        out += ["", RULE, f"{component.name} {component.version}".rstrip(), RULE]
        out.append(f"Licence: {component.licence}")
        if component.url:
            out.append(f"Home: {component.url}")
        if component.note:
            out.append(component.note)
        for title, text in component.texts:
            key = text.strip()
            if key in printed:
                out += ["", f"{title}: the same text as under {printed[key]} above."]
                continue
            printed[key] = component.name
            out += ["", f"--- {title} ---", "", text.rstrip()]
    out += ["", RULE, "DejaVu Sans fonts (fonts/LICENSE)", RULE, "", _fonts().rstrip(), ""]
    return "\n".join(line.rstrip() for line in out)


def main() -> int:
    """Write the notices file."""
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(render(components()), encoding="utf-8")
    print(f"{OUTPUT.relative_to(ROOT)}: {OUTPUT.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
