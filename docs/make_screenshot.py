"""Make ``docs/screenshot.png``: the console and the shared screen side by side, mid-gate.

Run with ``.venv/bin/python docs/make_screenshot.py`` (offscreen; fictional demo data). The
README shows the result; run it again after changing either window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from desktop.demo import create_demo_workspace
from desktop.resources import resource_path
from desktop.storage.workspace import Workspace
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.shared_screen.window import SharedScreenWindow

OUT = Path(__file__).with_name("screenshot.png")


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resource_path("styles", "console.qss").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.emptychair"
        create_demo_workspace(path, config=None)  # a throwaway: nothing kept outside
        with Workspace.open(path, "demo", config=None) as workspace:
            session = workspace.start_session("m-mv-1")
            bridge = SessionBridge(session)
            console = MeetingConsole(
                session,
                bridge,
                "en",
                conduct_rule=workspace.settings().conduct_rule,
                directory=workspace.professionals(),
            )
            shared = SharedScreenWindow(bridge, "en")
            console.resize(1366, 768)
            shared.resize(1280, 720)
            console.show()
            shared.show()
            console.start_roll_call()
            for professional in list(session.attendance()):
                session.mark_present(professional)
            console.begin()
            session.next_agenda_item()
            console.propose()
            gate = console.gate
            gate.category.setCurrentIndex(gate.category.findData("health"))
            gate.wording.setPlainText("Takes her treatment regularly since October.")
            gate.good_for_whom.setText("For M.V.: a safe return home")
            gate.why.setText("The home-care plan depends on it")
            settle(app)
            console_image = console.grab()
            shared_image = shared.grab()
            session.cancel_draft()
            bridge.detach()

    gap, caption = 24, 40
    width = console_image.width() + gap + shared_image.width()
    height = max(console_image.height(), shared_image.height()) + caption
    canvas = QPixmap(width, height)
    canvas.fill(QColor("#e9ecef"))
    painter = QPainter(canvas)
    font = QFont()
    font.setPointSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#212529"))
    painter.drawText(
        0,
        0,
        console_image.width(),
        caption,
        Qt.AlignmentFlag.AlignCenter,
        "The console (team lead's laptop)",
    )
    left = console_image.width() + gap
    painter.drawText(
        left,
        0,
        shared_image.width(),
        caption,
        Qt.AlignmentFlag.AlignCenter,
        "The shared screen (projector): no draft, ever",
    )
    painter.drawPixmap(QPoint(0, caption), console_image)
    painter.drawPixmap(QPoint(left, caption), shared_image)
    painter.end()
    canvas.scaledToWidth(1800, Qt.TransformationMode.SmoothTransformation).save(str(OUT))
    print(f"saved {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
