"""First run (and Workspace ▸ New…): create an encrypted workspace for the institution, or try
the demo, or open a workspace that already exists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import InstitutionSettings
from desktop.storage.errors import WorkspaceError
from desktop.ui.entry.passphrase_strength import Strength, passphrase_strength
from desktop.ui.widgets.background import BusyIndicator, BusyWork
from desktop.ui.widgets.errors import describe_error
from desktop.ui.widgets.fields import action_cancel_buttons, line_edit
from desktop.ui.widgets.institution_form import InstitutionForm
from desktop.ui.widgets.messages import FormMessage

CreateWorkspace = Callable[[Path, str, InstitutionSettings], Any]

WORKSPACE_SUFFIX = ".emptychair"


class FirstRunChoice(Enum):
    """How the dialog ended."""

    CREATED = "created"
    DEMO = "demo"
    OPEN = "open"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class FirstRunResult:
    """The user's choice: the workspace created, or the file to open."""

    choice: FirstRunChoice
    workspace: Any = None
    path: Path | None = None


class CreateWorkspaceDialog(QDialog):
    """Where to keep the workspace, its passphrase, and the institution's settings.

    On *Create*, the dialog checks the fields, then calls ``create(path, passphrase, settings)``
    off the GUI thread (deriving the key takes a moment), saying *Creating…* meanwhile; a known
    storage error is shown in the dialog and nothing typed is lost. ``workspace`` holds what
    ``create`` returned once it succeeded. Once problems are listed, the list follows the fields
    as they are fixed. *Try the demo* (when ``offer_demo``) and *Open a workspace…* close the
    dialog with that choice.

    Signals: ``attemptFinished()`` after each try to create, whatever its outcome.
    """

    attemptFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        *,
        default_path: Path,
        lang: str,
        create: CreateWorkspace,
        offer_demo: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a workspace — Empty Chair"))
        self._create = create
        self._lang = lang
        self.workspace: Any = None
        self.choice = FirstRunChoice.CANCELLED
        self.open_path: Path | None = None

        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Workspace file"))
        self.path_edit.textChanged.connect(self._show_whole_path)
        self.path_edit.setText(str(default_path))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.passphrase_edit = line_edit(self.tr("Passphrase"), password=True)
        self.confirm_edit = line_edit(self.tr("Passphrase again"), password=True)
        self.strength_label = QLabel()
        self.strength_label.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label.setWordWrap(True)
        self.passphrase_edit.textChanged.connect(self._update_strength)
        warning = QLabel(
            self.tr(
                "Everything in the workspace is encrypted with this passphrase. If it is lost, "
                "the data is lost: nobody, not even the app's authors, can recover it. "
                "Write it down and keep it somewhere safe."
            )
        )
        warning.setWordWrap(True)
        warning.setObjectName("passphraseWarning")

        storage_box = QGroupBox(self.tr("Workspace"))
        storage_form = QFormLayout(storage_box)
        storage_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        storage_form.addRow(self.tr("&File:"), path_row)
        storage_form.labelForField(path_row).setBuddy(self.path_edit)
        storage_form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        storage_form.addRow(self.tr("&Again:"), self.confirm_edit)
        storage_form.addRow("", self.strength_label)
        storage_form.addRow(warning)

        self.institution = InstitutionForm(lang)
        institution_box = QGroupBox(self.tr("Institution"))
        QVBoxLayout(institution_box).addWidget(self.institution)

        self.message = FormMessage()
        self.busy_indicator = BusyIndicator()
        buttons, self.create_button = action_cancel_buttons(self, self.tr("&Create workspace"))
        self.create_button.setDefault(True)
        self.open_button = buttons.addButton(
            self.tr("Open a &workspace…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open_existing)
        self.demo_button = buttons.addButton(
            self.tr("Try the &demo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button.setAutoDefault(False)
        self.demo_button.setToolTip(
            self.tr("A workspace of fictional data to look around; nothing in it is kept.")
        )
        self.demo_button.clicked.connect(self.choose_demo)
        self.demo_button.setVisible(offer_demo)
        self.work = BusyWork(self, (storage_box, institution_box, buttons), self.busy_indicator)
        self.work.finished.connect(self.attemptFinished)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(storage_box)
        left.addStretch(1)
        columns.addLayout(left, 2)
        columns.addWidget(institution_box, 3)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welcome. A workspace keeps your team's directory, the people concerned and "
                "your case conferences, encrypted, on this computer only."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.busy_indicator)
        layout.addWidget(buttons)
        self._update_strength()
        for edit in (self.path_edit, self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._recheck)
        self.institution.changed.connect(self._recheck)
        self.resize(1000, 620)
        self.passphrase_edit.setFocus()

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        *,
        default_path: Path,
        lang: str,
        create: CreateWorkspace,
        offer_demo: bool = True,
    ) -> FirstRunResult:
        """Show the dialog; what the user chose (the workspace created, the demo, a file to
        open, or nothing)."""
        dialog = cls(
            parent, default_path=default_path, lang=lang, create=create, offer_demo=offer_demo
        )
        dialog.exec()
        result = FirstRunResult(dialog.choice, dialog.workspace, dialog.open_path)
        dialog.deleteLater()
        return result

    def choose_demo(self) -> None:
        """Close the dialog: the user wants to try the demo first."""
        if self.work.is_busy():
            return
        self.choice = FirstRunChoice.DEMO
        self.done(QDialog.DialogCode.Rejected)

    def _open_existing(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a workspace"),
            str(self.path().parent),
            self.tr("Empty Chair workspaces (*.emptychair);;All files (*)"),
        )
        if chosen:
            self.choose_open(Path(chosen))

    def choose_open(self, path: Path) -> None:
        """Close the dialog: the user wants to open the workspace at ``path``."""
        if self.work.is_busy():
            return
        self.choice, self.open_path = FirstRunChoice.OPEN, path
        self.done(QDialog.DialogCode.Rejected)

    def _show_whole_path(self) -> None:
        """Show the path from its start (the folder matters more than the file name, which the
        user typed or can see), the whole of it in the tooltip."""
        if not self.path_edit.hasFocus():
            self.path_edit.setCursorPosition(0)
        self.path_edit.setToolTip(self.path_edit.text())

    def _recheck(self) -> None:
        """Once problems are shown, keep the list true as fields are fixed."""
        if self.message.isHidden() or self.message.property("role") != "error":
            return
        problems = self.problems()
        if problems:
            self.message.show_error("\n".join(problems))
        else:
            self.message.clear_message()

    def path(self) -> Path:
        """The workspace file as typed, with the usual suffix when none was given."""
        path = Path(self.path_edit.text().strip()).expanduser()
        return path if path.suffix else path.with_suffix(WORKSPACE_SUFFIX)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the workspace"),
            self.path_edit.text(),
            self.tr("Empty Chair workspaces (*.emptychair)"),
        )
        if chosen:
            self.path_edit.setText(chosen)

    def _update_strength(self) -> None:
        texts = {
            Strength.EMPTY: self.tr("Choose a passphrase: a few ordinary words make a good one."),
            Strength.WEAK: self.tr("Weak: too short. Use at least 12 characters, or a few words."),
            Strength.FAIR: self.tr("Fair. A few more words would make it strong."),
            Strength.GOOD: self.tr("Good: long enough to be hard to guess."),
        }
        strength = passphrase_strength(self.passphrase_edit.text())
        self.strength_label.setText(texts[strength])
        self.strength_label.setProperty("strength", strength.name.lower())

    def problems(self) -> list[str]:
        """What must be fixed before creating the workspace."""
        problems = []
        if not self.path_edit.text().strip():
            problems.append(self.tr("Choose where to keep the workspace."))
        passphrase = self.passphrase_edit.text()
        if passphrase_strength(passphrase) < Strength.FAIR:
            problems.append(self.tr("Choose a passphrase of at least 12 characters."))
        elif passphrase != self.confirm_edit.text():
            problems.append(self.tr("The two passphrases differ. Type the same one twice."))
        return problems + self.institution.problems()

    def is_busy(self) -> bool:
        """The workspace is being created."""
        return self.work.is_busy()

    def accept(self) -> None:
        """Check the fields, create the workspace off the GUI thread, and close only if that
        worked."""
        if self.work.is_busy():
            return
        problems = self.problems()
        if problems:
            self.message.show_error("\n".join(problems))
            self._focus_first_problem()
            return
        self.message.clear_message()
        create, path = self._create, self.path()
        passphrase, settings = self.passphrase_edit.text(), self.institution.settings()
        self.work.start(
            self.tr("Creating the workspace…"),
            lambda: create(path, passphrase, settings),
            self._created,
            self._not_created,
        )

    def reject(self) -> None:
        """Close, except while the workspace is being created (it would be left open)."""
        if not self.work.is_busy():
            super().reject()

    def _created(self, workspace: Any) -> None:
        self.workspace = workspace
        self.choice = FirstRunChoice.CREATED
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        super().accept()

    def _not_created(self, error: WorkspaceError) -> None:
        self.message.show_error(describe_error(error, self._lang))
        self.path_edit.setFocus()

    def _focus_first_problem(self) -> None:
        passphrase = self.passphrase_edit.text()
        if not self.path_edit.text().strip():
            self.path_edit.setFocus()
        elif passphrase_strength(passphrase) < Strength.FAIR:
            self.passphrase_edit.setFocus()
        elif passphrase != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (field := self.institution.first_invalid_field()) is not None:
            field.setFocus()
