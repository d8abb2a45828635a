"""Pictures of the shared screen in every state a reviewer should look at.

Writes PNGs to a folder (default ``/tmp/emptychair-shared-screen``): 1280×720 and 1920×1080,
light and dark themes, the person absent and present, the gate open and closed, and the
"Meeting paused" curtain. Fictional demo data, offscreen; nothing is written to the repository.

    .venv/bin/python docs/make_shared_screen_shots.py [FOLDER] [--lang fr|nl]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core.entities import Participation
from desktop.core.languages import LANGUAGES
from desktop.demo import create_demo_workspace
from desktop.storage.workspace import Workspace
from desktop.ui.bridge import SessionBridge
from desktop.ui.i18n import install_translators
from desktop.ui.shared_screen.window import SharedScreenWindow

SIZES = ((1280, 720), (1920, 1080))
THEMES = ("light", "dark")


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/emptychair-shared-screen")
    parser.add_argument("--lang", default="en", choices=LANGUAGES)
    args = parser.parse_args(argv)
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_translators(args.lang, app)
    written = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.emptychair"
        create_demo_workspace(path, lang=args.lang, config=None)  # a throwaway, in the language
        with Workspace.open(path, "demo", config=None) as workspace:
            session = workspace.start_session("m-mv-1")
            bridge = SessionBridge(session)
            window = SharedScreenWindow(bridge, args.lang)
            window.show()
            session.open()
            for professional in list(session.attendance()):
                session.mark_present(professional)
            session.start_agenda_item(1)
            for person in ("absent", "present"):
                if person == "present":
                    session.set_participation(Participation.PRESENT)
                for gate in ("closed", "open"):
                    if gate == "open":
                        session.propose(session.room()[0].id, "health")
                    for theme in THEMES:
                        window.set_theme(theme)
                        for width, height in SIZES:
                            window.resize(width, height)
                            settle(app)
                            name = f"{width}x{height}-{theme}-person-{person}-gate-{gate}.png"
                            window.grab().save(str(out / name))
                            written += 1
                    if gate == "open":
                        session.cancel_draft()
            window.set_blank(True)
            settle(app)
            window.grab().save(str(out / "blank.png"))
            written += 1
            bridge.detach()
    print(f"{written} pictures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
