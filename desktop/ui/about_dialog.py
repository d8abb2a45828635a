"""About Empty Chair: what it is, its version, its licence (EUPL-1.2) and the third-party notices.

The licence text is the ``LICENSE`` file the wheel and the bundle carry in the package's metadata
(``licenses/LICENSE``); the notices are ``resources/licenses/THIRD-PARTY-NOTICES.txt``.
"""

from __future__ import annotations

import importlib.metadata
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import resource_path

DISTRIBUTION = "emptychair"
LICENCE_ID = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"
NOTICES = ("licenses", "THIRD-PARTY-NOTICES.txt")


def app_version() -> str:
    """The installed version of Empty Chair, or ``""`` when it is not installed."""
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return ""


def licence_text() -> str:
    """The full EUPL-1.2 text shipped with the app, or ``""`` when it cannot be found."""
    # Every copy of the metadata: in a source checkout a build's egg-info may come first.
    for distribution in importlib.metadata.distributions(name=DISTRIBUTION):
        text = distribution.read_text("licenses/LICENSE")
        if text:
            return text
    return ""


def notices_text() -> str:
    """The third-party notices shipped with the app."""
    return resource_path(*NOTICES).read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Three tabs: About (what, version, licence in short), Licence (the full EUPL-1.2 text) and
    Third-party notices; an "About Qt" button, as the LGPL asks to tell people Qt is used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Empty Chair"))
        self.resize(760, 560)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._summary(), self.tr("&About"))
        licence = licence_text() or self.tr(
            "The licence text is missing from this installation. Read it at {url}"
        ).format(url=LICENCE_URL)
        self.licence_view = self._text_view(licence, self.tr("Licence text"), wrap=True)
        self.tabs.addTab(self.licence_view, self.tr("&Licence"))
        self.notices_view = self._text_view(
            notices_text(), self.tr("Third-party notices"), wrap=False
        )
        self.tabs.addTab(self.notices_view, self.tr("&Third-party notices"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        self.about_qt_button = buttons.addButton(
            self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.about_qt_button.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _summary(self) -> QWidget:
        page = QWidget(self)
        icon = QLabel(page)
        icon.setPixmap(QIcon(str(resource_path("icons", "emptychair.svg"))).pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        version = app_version()
        title = QLabel(self.tr("Empty Chair {version}").format(version=version).strip(), page)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(
            self.tr(
                "Empty Chair (La chaise vide) runs case conferences under shared professional "
                "secrecy: every item shared about a person passes a short, visible check first.\n\n"
                "All data stays on this computer, encrypted. Keys: Ctrl+1/2/3 sections, "
                "Ctrl+N prepare a meeting, Ctrl+, settings, Ctrl+Q quit."
            ),
            page,
        )
        text.setWordWrap(True)
        self.licence_label = QLabel(
            self.tr(
                "Free software under the European Union Public Licence, version 1.2 "
                "({licence}): you may use, study, share and improve it. It comes with no "
                "warranty. The Licence tab has the full text; the Third-party notices tab "
                "lists the software it is built with and their licences."
            ).format(licence=LICENCE_ID),
            page,
        )
        self.licence_label.setWordWrap(True)
        versions = QLabel(
            self.tr("Qt {qt}, PySide {pyside}, Python {python}").format(
                qt=qVersion(), pyside=pyside_version, python=platform.python_version()
            ),
            page,
        )
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout()
        for label in (title, text, self.licence_label, versions):
            column.addWidget(label)
        column.addStretch(1)
        row = QHBoxLayout(page)
        row.addWidget(icon)
        row.addLayout(column, 1)
        return page

    def _text_view(self, text: str, name: str, *, wrap: bool) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setPlainText(text)
        view.setAccessibleName(name)
        if not wrap:  # the notices align columns: a fixed-width font, lines as written
            view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        return view
