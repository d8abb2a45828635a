"""Before choosing a CSV file: the columns an import reads, and a template to fill in.

Team lists live in spreadsheets; this says which column titles are understood (English, French
or Dutch), what to write in each, and saves a template whose example rows use the institution's
own missions, so a file made from it imports as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.directory_import import HEADERS, template_csv
from desktop.core.entities import Mission
from desktop.ui.widgets.messages import FormMessage, make_plain


class GuideChoice(Enum):
    """How the guide ended."""

    CHOOSE_FILE = "choose_file"
    CANCELLED = "cancelled"


class ImportGuideDialog(QDialog):
    """The expected columns; *Save a template…* and *Choose the CSV file…*."""

    def __init__(self, parent: QWidget | None, *, missions: Iterable[Mission], lang: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import professionals from a spreadsheet"))
        self._missions = tuple(missions)
        self._lang = lang
        self.choice = GuideChoice.CANCELLED
        intro = make_plain(
            QLabel(
                self.tr(
                    "Save your team list from the spreadsheet as CSV. Its first line holds the "
                    "column titles; each other line is one professional. Only the name is "
                    "required; titles may be in English, French or Dutch, in any order."
                )
            )
        )
        intro.setWordWrap(True)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setAccessibleName(self.tr("Columns read"))
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Titles understood"), self.tr("What to write")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns.setWordWrap(True)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        names = ", ".join(m.name for m in self._missions) or "-"
        rows = (
            ("name", self.tr("Name"), self.tr("First and last name (required).")),
            ("role", self.tr("Role"), self.tr("e.g. social worker, psychologist.")),
            ("organisation", self.tr("Organisation"), self.tr("Where they work.")),
            (
                "secrecy",
                self.tr("Bound by secrecy"),
                self.tr("yes or no (oui, non, ja, nee, 1, 0 and x are understood too)."),
            ),
            ("basis", self.tr("Basis"), self.tr("The profession, function or law that binds.")),
            (
                "missions",
                self.tr("Missions"),
                self.tr(
                    "The institution's missions they work in, separated by “|”: {missions}."
                ).format(missions=names),
            ),
        )
        for field, column, what in rows:
            titles = ", ".join(word for word, target in HEADERS.items() if target == field)
            self._add_row(column, titles, what)
        self.columns.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents  # wrapped rows as tall as they need, no more
        )
        self.message = FormMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.template_button = buttons.addButton(
            self.tr("&Save a template…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.choose_button = buttons.addButton(
            self.tr("&Choose the CSV file…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.choose_button.setDefault(True)
        self.template_button.setAutoDefault(False)
        self.template_button.clicked.connect(self._save_template)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _add_row(self, *cells: str) -> None:
        row = self.columns.rowCount()
        self.columns.insertRow(row)
        for column, text in enumerate(cells):
            self.columns.setItem(row, column, QTableWidgetItem(text))

    def template(self) -> str:
        """The template's text: titles in the user's language, two fictional examples."""
        return template_csv(self._lang, self._missions)

    def save_template(self, path: Path) -> bool:
        """Write the template to ``path`` (with a byte-order mark, so spreadsheets read its
        accents right); say where, or why not."""
        try:
            path.write_bytes(self.template().encode("utf-8-sig"))
        except OSError as error:
            self.message.show_error(
                self.tr("The template was not saved: {reason}").format(
                    reason=error.strerror or str(error)
                )
            )
            return False
        self.message.show_info(
            self.tr(
                "Template saved as {file}. Replace the two examples with your team, keep the "
                "first line, save as CSV, then choose the file here."
            ).format(file=str(path))
        )
        return True

    def _save_template(self) -> None:
        name = self.tr("team-template.csv")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a template"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_template(path if path.suffix else path.with_suffix(".csv"))

    def _choose(self) -> None:
        self.choice = GuideChoice.CHOOSE_FILE
        self.accept()

    @classmethod
    def run(cls, parent: QWidget | None, *, missions: Iterable[Mission], lang: str) -> GuideChoice:
        """Show the guide; whether the user went on to choose a file."""
        dialog = cls(parent, missions=missions, lang=lang)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice
