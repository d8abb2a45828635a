"""The home page of a workspace with no meeting yet: the four steps before a first case
conference (the team, the person concerned, their consent, the meeting), each with its button
and a tick once done.

It only shows and asks: the main window tells it what is done and answers its requests.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.messages import make_plain

DONE_MARK = "✓"
TODO_MARK = "○"


@dataclass(frozen=True, slots=True)
class Progress:
    """Which steps are done."""

    team: bool = False
    person: bool = False
    consent: bool = False
    meeting: bool = False

    def steps(self) -> tuple[bool, bool, bool, bool]:
        """Done or not, step by step."""
        return (self.team, self.person, self.consent, self.meeting)


class GettingStarted(QFrame):
    """A short checklist with a button per step.

    Signals: ``addProfessionalRequested()``, ``importRequested()`` (the team, from a
    spreadsheet), ``addPersonRequested()``, ``consentRequested()``, ``prepareRequested()``.
    """

    addProfessionalRequested = Signal()
    importRequested = Signal()
    addPersonRequested = Signal()
    consentRequested = Signal()
    prepareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gettingStarted")
        title = make_plain(QLabel(self.tr("Before your first case conference")))
        title.setObjectName("subTitle")
        intro = make_plain(
            QLabel(
                self.tr(
                    "Four steps, in this order. Each one is saved as soon as it is done; "
                    "come back here whenever you like."
                )
            )
        )
        intro.setWordWrap(True)
        self.add_professional_button = QPushButton(self.tr("&Add a professional…"))
        self.import_button = QPushButton(self.tr("&Import from a spreadsheet…"))
        self.add_person_button = QPushButton(self.tr("Add the person co&ncerned…"))
        self.consent_button = QPushButton(self.tr("Record their &consent…"))
        self.prepare_button = QPushButton(self.tr("Prepare the mee&ting…"))
        self.add_professional_button.clicked.connect(self.addProfessionalRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.add_person_button.clicked.connect(self.addPersonRequested)
        self.consent_button.clicked.connect(self.consentRequested)
        self.prepare_button.clicked.connect(self.prepareRequested)
        steps = (
            (
                self.tr("Your team: the professionals who may attend, and their secrecy basis."),
                (self.add_professional_button, self.import_button),
            ),
            (
                self.tr("The person concerned: who the team meets about, and their wishes."),
                (self.add_person_button,),
            ),
            (
                self.tr("Their consent: what they agreed to share, with whom (or why not)."),
                (self.consent_button,),
            ),
            (
                self.tr("The meeting: its purpose, agenda and who is invited."),
                (self.prepare_button,),
            ),
        )
        self._progress = Progress()
        self.marks: list[QLabel] = []
        self.texts: list[QLabel] = []
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for row, (text, buttons) in enumerate(steps):
            mark = make_plain(QLabel(TODO_MARK))
            mark.setObjectName("stepMark")
            label = make_plain(QLabel(self.tr("{n}. {step}").format(n=row + 1, step=text)))
            label.setWordWrap(True)
            box = QHBoxLayout()
            for button in buttons:
                box.addWidget(button)
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addLayout(box, row, 2)
            self.marks.append(mark)
            self.texts.append(label)
        card = QFrame()
        card.setObjectName("stepsCard")
        inside = QVBoxLayout(card)
        inside.setContentsMargins(16, 12, 16, 16)
        inside.addWidget(title)
        inside.addWidget(intro)
        inside.addSpacing(6)
        inside.addLayout(grid)
        # The card keeps its natural height at the top of the page, at a readable width.
        card.setMaximumWidth(980)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(card)
        layout.addStretch(1)
        self.set_progress(Progress())

    def set_progress(self, progress: Progress) -> None:
        """Tick the steps done; a step that needs an earlier one waits for it."""
        for mark, text, done in zip(self.marks, self.texts, progress.steps(), strict=True):
            mark.setText(DONE_MARK if done else TODO_MARK)
            mark.setProperty("done", done)
            mark.style().unpolish(mark)
            mark.style().polish(mark)
            state = self.tr("done") if done else self.tr("to do")
            text.setAccessibleName(
                self.tr("{step} ({state})").format(step=text.text(), state=state)
            )
        self.consent_button.setEnabled(progress.person)
        self.prepare_button.setEnabled(progress.person and progress.team)
        self._progress = progress

    def progress(self) -> Progress:
        """The steps as last shown."""
        return self._progress
