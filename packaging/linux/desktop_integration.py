"""Desktop integration on Linux, per user and without root: the menu entry, the icon, the AppStream
metainfo and the workspace file type.

- ``stage BUNDLE``: put the files into the bundle's ``share/`` (the usual XDG layout), with the
  icon's PNG sizes drawn from its SVG by Qt. ``make package`` runs it with the build's Python.
- ``install BUNDLE``: copy the bundle to ``~/.local/opt/emptychair`` and its ``share/`` files to
  ``$XDG_DATA_HOME`` (``~/.local/share``), the menu entry's ``Exec`` pointing at the copy; then
  refresh the menu, file-type and icon caches. Standard library only.
- ``uninstall``: remove exactly those files. The user's workspaces, backups and settings
  (``~/.local/share/emptychair``, ``~/.config/emptychair``) are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.emptychair.EmptyChair"
MIME_TYPE = "application/x-emptychair-workspace"
EXECUTABLE = "emptychair"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent

DESKTOP_FILE = Path("applications") / f"{APP_ID}.desktop"
METAINFO = Path("metainfo") / f"{APP_ID}.metainfo.xml"
MIME_XML = Path("mime") / "packages" / f"{APP_ID}.xml"
SVG_ICON = Path("icons") / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def png_icon(size: int) -> Path:
    """Where the ``size`` x ``size`` PNG icon goes, under a ``share`` folder."""
    return Path("icons") / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def shared_files() -> list[Path]:
    """Every file the integration puts under ``share``, relative to it."""
    return [DESKTOP_FILE, METAINFO, MIME_XML, SVG_ICON, *(png_icon(s) for s in ICON_SIZES)]


def data_home() -> Path:
    """``$XDG_DATA_HOME``, by default ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def opt_folder() -> Path:
    """Where the bundle is installed: ``~/.local/opt/emptychair``."""
    return Path.home() / ".local" / "opt" / "emptychair"


# --- stage (build time, needs PySide6) -------------------------------------------------------


def render_pngs(svg: Path, share: Path) -> None:
    """Draw the icon at every size of :data:`ICON_SIZES` with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = share / png_icon(size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: cannot be written")
    del app


def stage(bundle: Path, svg: Path) -> None:
    """Put the integration files into ``bundle/share``."""
    share = bundle / "share"
    for source, target in (
        (HERE / f"{APP_ID}.desktop", DESKTOP_FILE),
        (HERE / f"{APP_ID}.metainfo.xml", METAINFO),
        (HERE / f"{APP_ID}.mime.xml", MIME_XML),
        (svg, SVG_ICON),
    ):
        (share / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, share / target)
    render_pngs(svg, share)


# --- install and uninstall (standard library only) --------------------------------------------


def desktop_entry(template: str, executable: Path) -> str:
    """The menu entry with ``Exec`` and ``TryExec`` pointing at the installed ``executable``."""
    quoted = str(executable).replace("%", "%%")  # % starts a field code
    if any(c in quoted for c in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in quoted)
        quoted = f'"{escaped}"'.replace("\\", "\\\\")  # the file format escapes the backslashes
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quoted} %f"
            lines.append(f"TryExec={executable}")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _refresh_caches(share: Path) -> None:
    """Menus, file types and icons pick the change up at once where their tools are present."""
    hicolor = share / "icons" / "hicolor"
    commands = [
        ["update-desktop-database", "-q", str(share / "applications")],
        ["update-mime-database", str(share / "mime")],
    ]
    if (hicolor / "icon-theme.cache").is_file():  # keep an existing icon cache up to date
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    elif hicolor.is_dir():
        hicolor.touch()  # without a cache, a newer folder is what tells GTK to look again
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True)


def install(bundle: Path) -> list[Path]:
    """Install ``bundle`` (built and staged by ``make package``) for this user; the files put."""
    executable = bundle / EXECUTABLE
    if not executable.is_file() or not (bundle / "share" / DESKTOP_FILE).is_file():
        raise SystemExit(f"{bundle} is not a built bundle: run `make package` first.")
    opt = opt_folder()
    opt.parent.mkdir(parents=True, exist_ok=True)
    incoming, outgoing = opt.with_name(".emptychair.new"), opt.with_name(".emptychair.old")
    for leftover in (incoming, outgoing):
        shutil.rmtree(leftover, ignore_errors=True)
    # Copy aside, then swap: an interrupted install never leaves a half-copied app in place.
    shutil.copytree(bundle, incoming, symlinks=True)
    if opt.exists():
        opt.rename(outgoing)
    incoming.rename(opt)
    shutil.rmtree(outgoing, ignore_errors=True)

    share = data_home()
    put = [opt]
    for relative in shared_files():
        target = share / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        source = opt / "share" / relative
        if relative == DESKTOP_FILE:
            template = source.read_text(encoding="utf-8")
            target.write_text(desktop_entry(template, opt / EXECUTABLE), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        put.append(target)
    _refresh_caches(share)
    return put


def uninstall() -> list[Path]:
    """Remove what :func:`install` put; the files removed. Data and settings stay."""
    share = data_home()
    removed = []
    opt = opt_folder()
    if opt.exists():
        shutil.rmtree(opt)
        removed.append(opt)
    for relative in shared_files():
        target = share / relative
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh_caches(share)
    return removed


def main(argv: list[str] | None = None) -> int:
    """``stage BUNDLE SVG``, ``install BUNDLE`` or ``uninstall``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    staging = commands.add_parser("stage", help="put the integration files into BUNDLE/share")
    staging.add_argument("bundle", type=Path)
    staging.add_argument("svg", type=Path, help="the application icon")
    installing = commands.add_parser("install", help="install BUNDLE for this user")
    installing.add_argument("bundle", type=Path)
    commands.add_parser("uninstall", help="remove it (workspaces and settings stay)")
    args = parser.parse_args(argv)
    if args.command == "stage":
        stage(args.bundle, args.svg)
        print(f"{args.bundle / 'share'}: menu entry, icons, metainfo, file type")
    elif args.command == "install":
        put = install(args.bundle.resolve())
        print(f"Installed {put[0]}; menu entry {data_home() / DESKTOP_FILE}")
    else:
        removed = uninstall()
        print(f"Removed {len(removed)} item(s). Workspaces, backups and settings are kept.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
