"""The disclosure gate panel: who shares what, the questions, and the live condition lights.

The panel is a view of the session's draft: every keystroke goes to ``session.update_draft``; the
lights are painted from the bridge's ``gateEvaluated`` signal, so arrivals and departures (which
make the session re-evaluate) repaint them the same way. The wording typed here never leaves the
session unless the item is shared.

At 1366×768 the whole decision stays in view without scrolling: the questions, the necessity
question, the lights and the buttons. When several conditions fail the lights compact to a line
each rather than push the questions out of sight. The common path takes few keys: Ctrl+D puts
the keyboard on the category (none is chosen for the user), Tab goes from answer to answer and
skips what this item does not need (the nature, already "fact"; the person's interest unless
consent could not be obtained; "agrees now" unless consent is missing), typing the reason answers
"no" to "could the team decide without this?", and Ctrl+Enter shares. Every field and answer has
an Alt+letter key, chosen by the code so that it clashes with no other key of the window in any
language (:mod:`desktop.ui.widgets.mnemonics`).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import Nature, Participation, Person, Presence
from desktop.core.events import GateEvaluated
from desktop.core.gate import Fix, FixKind, GateResult
from desktop.core.messages import Message
from desktop.core.policy import EXCEPTION_KINDS, ConditionKind
from desktop.core.session import MeetingSession, SessionError
from desktop.core.text import join_names
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.gate_lights import ConditionLights
from desktop.ui.console.not_share import NotShareReasonDialog
from desktop.ui.console.postpone import PostponeDialog
from desktop.ui.i18n import fill_in
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.framework_fields import MeetingDetailsDialog
from desktop.ui.widgets.meeting_labels import person_line
from desktop.ui.widgets.mnemonics import mnemonics_in, with_mnemonic
from desktop.ui.widgets.shortcuts import add_shortcut
from desktop.ui.widgets.wrapping_check import WrappingCheckBox

LABEL_WIDTH = 220  # a question longer than this wraps, so the answers keep their width
SHARE_STYLE = (
    "QPushButton:enabled { background: #1f5fa8; color: #ffffff; font-weight: bold;"
    " border: 1px solid #174a84; border-radius: 3px; padding: 4px 12px }"
)
NOTE_STYLE = "color: #5f6368; font-size: 8.5pt"

# The reasons that name a recorded refusal or objection (dated or not).
_REFUSALS = ("consent.refused", "consent.objected")
# The conditions that ask for the person's consent (agreeing now answers them).
_CONSENT_KINDS = EXCEPTION_KINDS - {ConditionKind.PRIOR_INFORMATION}


class _FittingScrollArea(QScrollArea):
    """A scroll area that asks for its content's height, and scrolls only when space is short."""

    def sizeHint(self) -> QSize:
        """The content's own size hint."""
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        hint = widget.sizeHint()
        height = hint.height()
        width = self.viewport().width()
        if widget.hasHeightForWidth() and width > 0:
            # Wrapped labels: the height the content needs at the width it actually has.
            height = widget.heightForWidth(width)
        return QSize(hint.width(), height + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may change the content's height: ask the layout again."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class GatePanel(QFrame):
    """The gate, opened over the centre column with Ctrl+D.

    Signals:
        finished(str): the gate closed by a decision here: ``shared``, ``not_shared``,
            ``postponed`` or ``cancelled``.
        problem(str): the session refused an action; the sentence to show.
    """

    finished = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        session: MeetingSession,
        bridge: SessionBridge,
        lang: str,
        clock: Callable[[], dt.datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._lang = lang
        self._clock = clock
        self._result: GateResult | None = None
        self._keyed: list[tuple[QWidget, str]] = []  # widgets given an Alt key, and their text
        self._fitting = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Propose a disclosure"))
        self._build()
        bridge.gateEvaluated.connect(self._on_evaluated)
        bridge.attendanceChanged.connect(self.refresh_room)
        bridge.participationChanged.connect(self.refresh_room)

    # --- Building --------------------------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        """A question's label: wraps past :data:`LABEL_WIDTH`; its Alt key goes to ``buddy``."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setMaximumWidth(LABEL_WIDTH)
        label.setBuddy(buddy)
        self._keyed.append((label, text))
        return label

    def _keyed_button(self, button: QAbstractButton, text: str) -> QAbstractButton:
        self._keyed.append((button, text))
        return button

    def _build(self) -> None:
        policy, alias = self._session.policy, self._session.person.alias
        text, lang = policy.text, self._lang

        self.discloser = QComboBox(self)
        self.discloser.setAccessibleName(self.tr("Who shares"))
        self.discloser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.discloser.setMinimumContentsLength(12)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(12)
        # No category is chosen for the user: the first item says so, and the lights too.
        self.category.addItem(self.tr("Choose a category…"), "")
        special_note = self.special_category_note()
        for category in policy.categories:
            name = category.name.text(lang)
            label = self.tr("{name} ⚠ special").format(name=name) if category.special else name
            self.category.addItem(label, category.id)
            if category.special:
                index = self.category.count() - 1
                self.category.setItemData(index, special_note, Qt.ItemDataRole.ToolTipRole)
        who_label = self._label(self.tr("Who shares"), self.discloser)
        category_label = self._label(self.tr("Category"), self.category)
        self._category_label = category_label
        top = QHBoxLayout()
        top.addWidget(self.discloser, 1)
        top.addSpacing(12)
        top.addWidget(category_label)
        top.addWidget(self.category, 1)

        # A meeting about a family: whose information this item is (one box per person, in the
        # meeting's order). The gate checks each chosen person's own consent.
        self.about_boxes: list[QCheckBox] = []
        self.about_row = QWidget(self)
        about_layout = QHBoxLayout(self.about_row)
        about_layout.setContentsMargins(0, 0, 0, 0)
        if len(self._session.persons) > 1:
            for person in self._session.persons:
                box = QCheckBox(person.alias, self.about_row)
                box.setProperty("person_id", person.id)
                box.setAccessibleName(self.tr("About {alias}").format(alias=person.alias))
                about_layout.addWidget(box)
                self.about_boxes.append(box)
            about_layout.addStretch(1)
        self.about_label = QLabel(self.tr("Whose information"), self)
        if not self.about_boxes:  # a meeting about one person: never asked
            self.about_label.hide()
            self.about_row.hide()

        self.fact = QRadioButton(self.tr("fact"), self)
        self.opinion = QRadioButton(self.tr("opinion"), self)
        self.statement = QRadioButton(self.tr("statement of"), self)
        self.natures = QButtonGroup(self)
        for button, nature in (
            (self.fact, Nature.FACT),
            (self.opinion, Nature.OPINION),
            (self.statement, Nature.STATEMENT),
        ):
            self.natures.addButton(button)
            button.setProperty("nature", nature.value)
        self.statement_of = line_edit(
            self.tr("Whose statement"), self.tr("whose statement"), parent=self
        )
        # Avoiding a priori: an opinion says what it rests on. The row shows (and takes a Tab
        # stop) only while the item is an opinion.
        self.opinion_basis = line_edit(
            self.tr("What is this opinion based on?"),
            self.tr("what was seen or heard, when"),
            parent=self,
        )
        nature_row = QHBoxLayout()
        for widget in (self.fact, self.opinion, self.statement):
            nature_row.addWidget(widget)
        nature_row.addWidget(self.statement_of, 1)
        # One Alt key for the three (letters are few, in French especially): it takes the
        # keyboard to the nature chosen, and the arrows choose another.
        nature_label = self._label(self.tr("Nature"), self.fact)
        self.nature_label = nature_label
        self.opinion_basis_label = self._label(
            self.tr("What is this opinion based on?"), self.opinion_basis
        )

        self.wording = QPlainTextEdit(self)
        self.wording.setTabChangesFocus(True)
        self.wording.setAccessibleName(self.tr("Wording to minute"))
        self.wording.setPlaceholderText(self.tr("Only what the team strictly needs"))
        self.wording.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.good_for_whom = line_edit(text("good_for_whom", lang), parent=self)
        self.with_whom = QLabel(self)
        self.with_whom.setWordWrap(True)
        self.with_whom.setTextFormat(Qt.TextFormat.PlainText)
        self.with_whom.setAccessibleName(text("with_whom", lang))
        self.why = line_edit(text("why", lang), parent=self)
        # What some frameworks ask on top, shown only under them.
        self.purpose = QComboBox(self)
        self.purpose.setAccessibleName(self.tr("Shared for"))
        # Purposes are long sentences: the combo takes the form's width, never more.
        self.purpose.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.purpose.setMinimumContentsLength(16)
        self.purpose.addItem(self.tr("Choose the purpose…"), "")
        for purpose in policy.purposes_for(self._session.meeting.legal_basis_id):
            self.purpose.addItem(purpose.label.text(lang), purpose.id)

        # The empty chair: asked when the person is not in the room.
        question = text("empty_chair_question", lang, alias=alias)
        self.chair_answer = line_edit(question, parent=self)
        wishes = self._session.person.known_wishes.strip() or self.tr("(none recorded)")
        self.wishes = QLabel(
            fill_in(self.tr("Known wishes of {alias}: {wishes}"), alias=alias, wishes=wishes), self
        )
        self.wishes.setWordWrap(True)
        self.wishes.setTextFormat(Qt.TextFormat.PlainText)
        self.wishes.setStyleSheet(NOTE_STYLE)
        guidance = text("empty_chair_guidance", lang, alias=alias)
        self.guidance = QLabel(guidance, self)
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance.setStyleSheet(NOTE_STYLE)
        self.chair_answer.setToolTip(guidance)
        # Asked only when consent could not be obtained (the empty-chair path of C1).
        self.interest = WrappingCheckBox(parent=self)
        self._keyed.append(
            (self.interest, fill_in(self.tr("Sharing this is in {alias}'s interest"), alias=alias))
        )
        self.chair_box = QWidget(self)
        chair = QVBoxLayout(self.chair_box)
        chair.setContentsMargins(0, 0, 0, 0)
        chair.setSpacing(1)
        chair.addWidget(self.chair_answer)
        chair.addWidget(self.wishes)
        chair.addWidget(self.guidance)
        chair.addWidget(self.interest)
        self.chair_label = self._label(question, self.chair_answer)
        self.chair_label.setToolTip(guidance)

        # Asked only when the person is here and consent on file does not cover the item.
        self.agrees_now = WrappingCheckBox(parent=self)
        self._keyed.append(
            (self.agrees_now, self.tr("{alias} is here and agrees now").format(alias=alias))
        )
        # Agreeing now means something only where consent is a condition.
        self._asks_consent = any(c.kind in _CONSENT_KINDS for c in policy.conditions)
        # "In the person's interest" stands in for a consent that could not be obtained, only
        # where the framework lets the empty chair do so.
        self._interest_allowed = any(
            c.kind in _CONSENT_KINDS and c.empty_chair for c in policy.conditions
        )
        self.interest.setVisible(self._interest_allowed)
        mission = policy.condition_of_kind(ConditionKind.WITHIN_MISSION)
        self.need_to_know = QCheckBox(self.tr("Everyone in the room needs to know this"), self)
        self.need_to_know.setVisible(mission is not None and mission.need_to_know)
        necessity_condition = policy.condition_of_kind(ConditionKind.NECESSITY)
        self.minimum = QCheckBox(self.tr("The wording holds only the minimum necessary"), self)
        self.minimum.setVisible(necessity_condition is not None and necessity_condition.minimum)

        self.without_yes = self._keyed_button(QRadioButton(self), self.tr("yes"))
        self.without_no = self._keyed_button(QRadioButton(self), self.tr("no — because"))
        self.without = QButtonGroup(self)
        self.without.addButton(self.without_yes)
        self.without.addButton(self.without_no)
        necessity_question = policy.necessity_question(lang)
        self.necessity_reason = line_edit(
            self.tr("{question} No, because").format(question=necessity_question),
            self.tr("No — because… (typing the reason answers no)"),
            parent=self,
        )
        answers = QHBoxLayout()
        answers.addWidget(self.without_no)
        answers.addWidget(self.without_yes)
        answers.addStretch(1)
        # Not given an Alt key: "no — because" has one, and takes the keyboard to the reason.
        self.necessity_question = QLabel(necessity_question, self)
        self.necessity_question.setBuddy(self.necessity_reason)
        # Some frameworks ask these on top (the need to know, the minimum necessary).
        checks = QHBoxLayout()
        checks.addWidget(self.need_to_know)
        checks.addWidget(self.minimum)
        checks.addStretch(1)

        self.exception_box = WrappingCheckBox(parent=self)
        self._keyed.append(
            (self.exception_box, self.tr("Share without consent under a policy exception"))
        )
        self.exception_fields = QWidget(self)
        self.exception_ground = QComboBox(self.exception_fields)
        self.exception_ground.setAccessibleName(self.tr("Ground of the exception"))
        self.exception_ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.exception_ground.setMinimumContentsLength(16)
        for exception in policy.exceptions:
            self.exception_ground.addItem(exception.label.text(lang), exception.id)
            self.exception_ground.setItemData(
                self.exception_ground.count() - 1,
                exception.label.text(lang),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.exception_why = QLineEdit(self.exception_fields)
        self.exception_why.setAccessibleName(self.tr("Written justification"))
        self.exception_why.setPlaceholderText(self.tr("Written justification"))
        # Against a recorded refusal, the exception needs one explicit confirmation that names
        # the refusal; it appears only then, and is unticked whenever the refusal changes.
        self.override = WrappingCheckBox(parent=self.exception_fields)
        self.override.box.setAccessibleName(self.tr("Confirm overriding the refusal"))
        self.override.label.setStyleSheet("color: #b3261e")
        self.override.setVisible(False)
        self._override_ids: tuple[str, ...] = ()
        exception = QGridLayout(self.exception_fields)
        exception.setContentsMargins(20, 0, 0, 0)
        exception.setVerticalSpacing(2)
        exception.addWidget(self.exception_ground, 0, 0)
        exception.addWidget(self.exception_why, 0, 1)
        exception.addWidget(self.override, 1, 0, 1, 2)
        exception.setColumnStretch(0, 1)
        exception.setColumnStretch(1, 1)
        # Kept discreet: the ground and justification show only once the box is ticked.
        self.exception_fields.setVisible(False)
        self.exception_box.toggled.connect(self.exception_fields.setVisible)
        self.exception_box.toggled.connect(lambda _on: self._refit())
        self.exception_box.setVisible(bool(policy.exceptions))

        self.lights = ConditionLights(policy, lang, self)
        self.lights.set_alias(alias)
        self.lights.fixRequested.connect(self.apply_fix)

        body = QWidget(self)
        form = QGridLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(3)
        form.setColumnStretch(1, 1)
        self.purpose_label = self._label(self.tr("Shared for"), self.purpose)
        rows: list[tuple[QWidget | None, object]] = [
            (who_label, top),
            *([(self.about_label, self.about_row)] if self.about_boxes else []),
            (nature_label, nature_row),
            (self.opinion_basis_label, self.opinion_basis),
            (self._label(self.tr("Wording to minute"), self.wording), self.wording),
            (self._label(text("good_for_whom", lang), self.good_for_whom), self.good_for_whom),
            (QLabel(text("with_whom", lang), self), self.with_whom),
            (self._label(text("why", lang), self.why), self.why),
        ]
        if policy.purposes:
            rows.append((self.purpose_label, self.purpose))
        else:
            self.purpose_label.hide()
            self.purpose.hide()
        rows += [(self.chair_label, self.chair_box), (None, self.agrees_now)]
        if necessity_condition is not None:
            rows += [(self.necessity_question, answers), (None, self.necessity_reason)]
        else:  # a framework without the necessity question
            for widget in (self.without_yes, self.without_no, self.necessity_reason):
                widget.hide()
            self.necessity_question.hide()
        if self.need_to_know.isVisibleTo(self) or self.minimum.isVisibleTo(self):
            rows.append((None, checks))
        for row, (label, field) in enumerate(rows):
            if label is not None:
                label.setWordWrap(True)
                label.setMaximumWidth(LABEL_WIDTH)
                form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QWidget):
                form.addWidget(field, row, 1)
            else:
                form.addLayout(field, row, 1)  # type: ignore[arg-type]
        # The questions' column is as wide as its longest question, up to LABEL_WIDTH, and
        # narrower in a narrow panel (the questions wrap): see _fit_columns.
        metrics = self.fontMetrics()
        self._labels = [label for label, _ in rows if label is not None]
        self._widest_label = max(
            metrics.horizontalAdvance(label.text()) + 4 for label in self._labels
        )
        self._form = form
        self.opinion_basis_label.setVisible(False)  # shown for an opinion only
        self.opinion_basis.setVisible(False)
        form.addWidget(self.exception_box, len(rows), 0, 1, 2)
        form.addWidget(self.exception_fields, len(rows) + 1, 0, 1, 2)
        scroll = _FittingScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a Tab stop on it would land on nothing
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._scroll = scroll
        self._body = body

        self.share_button = QPushButton(self.tr("Share  Ctrl+Enter"), self)
        self.share_button.setAccessibleName(self.tr("Share"))
        self.share_button.setObjectName("primary")
        self.share_button.setStyleSheet(SHARE_STYLE)
        self.share_button.setDefault(True)
        self.not_share_button = self._keyed_button(QPushButton(self), self.tr("Do not share"))
        self.postpone_button = self._keyed_button(
            QPushButton(self), self.tr("Postpone — ask {alias} first").format(alias=alias)
        )
        self.cancel_button = QPushButton(self.tr("Cancel  Esc"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(6)
        buttons.setVerticalSpacing(4)
        for column, button in enumerate(
            (self.share_button, self.not_share_button, self.postpone_button)
        ):
            buttons.addWidget(button, 0, column)
        buttons.setColumnStretch(3, 1)
        buttons.addWidget(self.cancel_button, 0, 4)

        # The lights stay in view whatever the window's height: only the questions scroll.
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self._rule = rule
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(scroll)
        layout.addWidget(rule)
        layout.addWidget(self.lights)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._buttons = buttons
        self._fit_columns(LABEL_WIDTH * 4)

        self.share_button.clicked.connect(self.share)
        self.not_share_button.clicked.connect(self.not_share)
        self.postpone_button.clicked.connect(self.postpone)
        self.cancel_button.clicked.connect(self.cancel)
        # The gate's keys work only while the keyboard is in the gate.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.share_keys = [
            add_shortcut(keys, self, self.share, context) for keys in ("Ctrl+Return", "Ctrl+Enter")
        ]
        self.cancel_key = add_shortcut(Qt.Key.Key_Escape, self, self.cancel, context)
        self._set_keys(set())
        self._tab_order()
        self._connect_fields()

    def special_category_note(self) -> str:
        """What a special category means, in the policy's own words when it has them."""
        policy = self._session.policy
        if "special_category" in policy.texts:
            return policy.text("special_category", self._lang)
        return self.tr(
            "A special category: information that touches the person most closely. Share it only "
            "if the team cannot act without it, in the fewest words."
        )

    def _tab_order(self) -> None:
        """The common path first: who, category, the wording, the answers, the reason; then what
        is rarely needed (the answer "yes", the nature, the exception), then the buttons."""
        chain: list[QWidget] = [
            self.discloser,
            self.category,
            self.wording,
            self.good_for_whom,
            self.why,
            self.purpose,
            self.chair_answer,
            self.interest.box,
            self.agrees_now.box,
            self.necessity_reason,
            self.without_no,
            self.without_yes,
            self.need_to_know,
            self.minimum,
            self.fact,
            self.opinion,
            self.statement,
            self.statement_of,
            self.opinion_basis,
            self.exception_box.box,
            self.exception_ground,
            self.exception_why,
            self.override.box,
            self.lights,
            self.share_button,
            self.not_share_button,
            self.postpone_button,
            self.cancel_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _key_order(self) -> list[QWidget]:
        """Who chooses a letter first: the fields of every item, then the answers, then what is
        rarely needed (a widget not listed comes last)."""
        labels = {label.buddy(): label for label in self._labels}
        return [
            self._category_label,
            labels[self.discloser],
            labels[self.wording],
            labels[self.good_for_whom],
            labels[self.why],
            self.purpose_label,
            self.chair_label,
            self.without_no,
            self.without_yes,
            self.nature_label,
            self.opinion_basis_label,
            self.not_share_button,
            self.postpone_button,
            self.interest,
            self.exception_box,
        ]

    def _set_keys(self, taken: set[str]) -> None:
        """Give each field and answer an Alt+letter key that ``taken`` (the window's) lacks.
        "Agrees now" (asked only when the person is here) takes its letter among those the empty
        chair's question (asked only when they are not) leaves: the two never show together."""
        letters = set(taken)
        order = {id(widget): rank for rank, widget in enumerate(self._key_order())}
        ranked = sorted(self._keyed, key=lambda pair: order.get(id(pair[0]), len(order)))
        texts = dict((id(widget), text) for widget, text in self._keyed)
        for widget, text in ranked:
            if widget is self.agrees_now:
                continue
            if widget is self.purpose_label and not self._session.policy.purposes:
                continue  # never shown under this framework: its letter stays free
            if widget is self.chair_label:
                before = set(letters)
                self.agrees_now.setText(with_mnemonic(texts[id(self.agrees_now)], before))
            keyed = with_mnemonic(text, letters)
            if isinstance(widget, QLabel | QAbstractButton | WrappingCheckBox):
                widget.setText(keyed)
        self.lights.set_reserved(letters)

    def assign_keys(self) -> None:
        """Choose the Alt+letter keys again, around those the window uses outside the gate."""
        self._set_keys(mnemonics_in(self.window(), outside=[self]))

    def _connect_fields(self) -> None:
        self.discloser.currentIndexChanged.connect(self._discloser_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.natures.buttonToggled.connect(self._nature_changed)
        self.statement_of.textChanged.connect(lambda t: self._update(statement_of=t))
        self.opinion_basis.textChanged.connect(lambda t: self._update(opinion_basis=t))
        self.wording.textChanged.connect(lambda: self._update(wording=self.wording.toPlainText()))
        self.good_for_whom.textChanged.connect(lambda t: self._update(good_for_whom=t))
        self.why.textChanged.connect(lambda t: self._update(why=t))
        self.chair_answer.textChanged.connect(lambda t: self._update(empty_chair_answer=t))
        self.interest.toggled.connect(lambda on: self._update(in_persons_interest=on))
        self.agrees_now.toggled.connect(lambda on: self._update(person_agrees_now=on))
        self.without.buttonToggled.connect(self._necessity_changed)
        self.without_no.clicked.connect(lambda: self.necessity_reason.setFocus())
        self.necessity_reason.textChanged.connect(self._reason_changed)
        self.exception_box.toggled.connect(self._exception_changed)
        self.exception_ground.currentIndexChanged.connect(self._exception_changed)
        self.exception_why.textChanged.connect(lambda t: self._update(exception_justification=t))
        self.override.toggled.connect(self._override_changed)
        self.purpose.currentIndexChanged.connect(
            lambda _: self._update(purpose_id=self.purpose.currentData() or "")
        )
        self.need_to_know.toggled.connect(lambda on: self._update(need_to_know=on))
        self.minimum.toggled.connect(lambda on: self._update(minimum_necessary=on))
        for box in self.about_boxes:
            box.toggled.connect(self._about_changed)

    def _about_changed(self, _on: bool) -> None:
        chosen = [str(b.property("person_id")) for b in self.about_boxes if b.isChecked()]
        self._update(about=chosen)
        self.refresh_room()

    # --- Opening and filling ---------------------------------------------------------------------

    def begin(self) -> bool:
        """Open the gate: propose an item from the first person in the room (or whoever shared
        last, while in the room), with no category yet. False if refused."""
        room = self._session.room()
        if not room:
            self.problem.emit(self.tr("Nobody is in the room: call the roll first."))
            return False
        discloser = room[0].id
        current = self.discloser.currentData()
        if current in {p.id for p in room}:
            discloser = current
        try:
            self._session.propose(discloser, "")
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return False
        self._reset()
        self.assign_keys()
        # The category is the one choice made for every item: the keyboard starts there.
        self.category.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _reset(self) -> None:
        """Empty every field for the new draft, without sending updates."""
        widgets = (
            self.discloser,
            self.category,
            self.statement_of,
            self.opinion_basis,
            self.wording,
            self.good_for_whom,
            self.why,
            self.chair_answer,
            self.interest,
            self.agrees_now,
            self.necessity_reason,
            self.exception_box,
            self.exception_ground,
            self.exception_why,
            self.override,
            self.purpose,
            self.need_to_know,
            self.minimum,
            *self.about_boxes,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.natures.blockSignals(True)
        self.without.blockSignals(True)
        try:
            for line in (self.statement_of, self.good_for_whom, self.why, self.chair_answer):
                line.clear()
            self.opinion_basis.clear()
            self._show_opinion_basis(False)
            for line in (self.necessity_reason, self.exception_why):
                line.clear()
            self.wording.clear()
            self.category.setCurrentIndex(0)
            self.category.setToolTip("")
            self.fact.setChecked(True)
            self.nature_label.setBuddy(self.fact)
            self.statement_of.setEnabled(False)
            self.interest.setChecked(False)
            self.agrees_now.setChecked(False)
            self.without.setExclusive(False)
            self.without_yes.setChecked(False)
            self.without_no.setChecked(False)
            self.without.setExclusive(True)
            self.necessity_reason.setEnabled(True)
            self.exception_box.setChecked(False)
            self.exception_fields.setVisible(False)
            self.exception_ground.setCurrentIndex(0)
            self.override.setChecked(False)
            self.override.setVisible(False)
            self._override_ids = ()
            self._refresh_purposes()
            self.purpose.setCurrentIndex(0)
            self.need_to_know.setChecked(False)
            self.minimum.setChecked(False)
            for box in self.about_boxes:
                box.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            self.natures.blockSignals(False)
            self.without.blockSignals(False)
        self.refresh_room()
        if self._session.gate_result is not None:
            self.show_result(self._session.gate_result)

    def refresh_room(self, _event: object = None) -> None:
        """Redraw what depends on who is in the room: who shares, with whom, the empty chair."""
        draft = self._session.draft
        if draft is None:
            return
        room = self._session.room()
        self.discloser.blockSignals(True)
        self.discloser.clear()
        for professional in room:
            self.discloser.addItem(person_line(professional), professional.id)
        if draft.discloser_id not in {p.id for p in room}:
            gone = self._session.professional(draft.discloser_id)
            self.discloser.addItem(
                self.tr("{who} — not in the room").format(who=person_line(gone)),
                draft.discloser_id,
            )
        self.discloser.setCurrentIndex(self.discloser.findData(draft.discloser_id))
        self.discloser.blockSignals(False)
        others = [p.name for p in room if p.id != draft.discloser_id]
        self.with_whom.setText(
            self.tr("{names} (the room, automatic)").format(names=join_names(others, self._lang))
            if others
            else self.tr("nobody else is in the room")
        )
        absent, _here = self._item_persons()
        chair = bool(absent)
        if len(self._session.persons) > 1:
            self._name_item_persons()
        self.chair_label.setVisible(chair)
        self.chair_box.setVisible(chair)
        self.agrees_now.blockSignals(True)
        self.agrees_now.setChecked(draft.person_agrees_now)
        self.agrees_now.blockSignals(False)
        self._show_asked(self._session.gate_result)
        self._refit()

    # --- Live evaluation -------------------------------------------------------------------------

    def _update(self, **changes: object) -> None:
        if self._session.draft is None:
            return
        try:
            self._session.update_draft(**changes)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))

    def _discloser_changed(self, _index: int) -> None:
        self._update(discloser_id=self.discloser.currentData())
        self.refresh_room()

    def _category_changed(self, _index: int) -> None:
        category = self._session.policy.category(self.category.currentData() or "")
        self.category.setToolTip(
            self.special_category_note() if category and category.special else ""
        )
        self._update(category_id=self.category.currentData() or "")

    def _show_opinion_basis(self, visible: bool) -> None:
        """Show what an opinion is based on (and give it a Tab stop) only for an opinion."""
        self.opinion_basis_label.setVisible(visible)
        self.opinion_basis.setVisible(visible)
        self._scroll.updateGeometry()

    def _nature_changed(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.nature_label.setBuddy(button)
            statement = button is self.statement
            opinion = button is self.opinion
            self.statement_of.setEnabled(statement)
            if self.opinion_basis.isVisibleTo(self) != opinion:
                self._show_opinion_basis(opinion)
                self._refit()
            # The session keeps "statement of" only for a statement, and the basis only for an
            # opinion: send them again with the nature.
            extra: dict[str, object] = (
                {"statement_of": self.statement_of.text()} if statement else {}
            )
            if opinion:
                extra["opinion_basis"] = self.opinion_basis.text()
            self._update(nature=Nature(button.property("nature")), **extra)

    def _necessity_changed(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            # "Yes": the team could decide without it, so there is no reason to give.
            self.necessity_reason.setEnabled(button is not self.without_yes)
            self._update(could_decide_without=button is self.without_yes)

    def _reason_changed(self, text: str) -> None:
        # "No — because …": writing the reason is answering no.
        if text.strip() and self.without.checkedButton() is None:
            self.without_no.setChecked(True)
        self._update(necessity_reason=text)

    def _exception_changed(self, *_args: object) -> None:
        on = self.exception_box.isChecked()
        self._update(
            exception_id=self.exception_ground.currentData() if on else "",
            exception_justification=self.exception_why.text() if on else "",
        )

    def _override_changed(self, on: bool) -> None:
        self._update(refusal_override=self._override_ids if on else ())

    def _on_evaluated(self, event: GateEvaluated) -> None:
        self.show_result(event.result)

    def show_result(self, result: GateResult) -> None:
        """Paint the lights; Share is enabled only when every condition is met."""
        self._result = result
        changed = self.lights.show_result(result)
        self.share_button.setEnabled(result.allows_share)
        self._show_override(result)
        if self._show_asked(result) or changed:
            self._refit()

    def _show_asked(self, result: GateResult | None) -> bool:
        """Show "in the person's interest" and "agrees now" only when this item asks them;
        True when either appeared or went."""
        draft = self._session.draft
        if draft is None or result is None:
            return False
        consent = next((v for v in result.verdicts.values() if v.kind in _CONSENT_KINDS), None)
        key = consent.reasons[0].key if consent is not None and consent.reasons else ""
        present = bool(self._item_persons()[1])
        keys = [key]
        if consent is not None:  # a family: each person's reason, whoever's it is
            for reason in consent.reasons:
                inner = dict(reason.values).get("reason")
                keys.append(inner.key if isinstance(inner, Message) else reason.key)
        interest = self._interest_allowed and (
            draft.in_persons_interest or any(k.startswith("consent.not_obtainable") for k in keys)
        )
        missing = consent is not None and not consent.met and key != "consent.choose_category"
        agrees = present and self._asks_consent and (draft.person_agrees_now or missing)
        changed = False
        for widget, wanted in ((self.interest, interest), (self.agrees_now, agrees)):
            if widget.isVisibleTo(self) != wanted:
                widget.setVisible(wanted)
                changed = True
        return changed

    def _item_persons(self) -> tuple[list[Person], list[Person]]:
        """The persons the item is about who are not in the room, and those who are."""
        session, draft = self._session, self._session.draft
        persons = session.item_persons(draft.about if draft is not None else ())
        meeting = session.meeting
        absent = [p for p in persons if meeting.participation_of(p.id) is not Participation.PRESENT]
        here = [p for p in persons if meeting.participation_of(p.id) is Participation.PRESENT]
        return absent, here

    def _name_item_persons(self) -> None:
        """A family: the empty chair's question names the absent persons the item is about,
        "agrees now" those who are here, postponing whoever it is about (then the Alt keys are
        chosen again around the new words)."""
        session, text, lang = self._session, self._session.policy.text, self._lang
        absent, here = self._item_persons()
        draft = session.draft
        about = session.item_persons(draft.about if draft is not None else ())
        chair_alias = session.aliases(absent or about, lang)
        question = text("empty_chair_question", lang, alias=chair_alias)
        guidance = text("empty_chair_guidance", lang, alias=chair_alias)
        self.chair_answer.setAccessibleName(question)
        self.chair_answer.setToolTip(guidance)
        self.chair_label.setToolTip(guidance)
        self.guidance.setText(guidance)
        none = self.tr("(none recorded)")
        self.wishes.setText(
            "\n".join(
                fill_in(
                    self.tr("Known wishes of {alias}: {wishes}"),
                    alias=p.alias,
                    wishes=p.known_wishes.strip() or none,
                )
                for p in (absent or about)
            )
        )
        here_alias = session.aliases(here, lang)
        agrees = (
            self.tr("{aliases} are here and agree now").format(aliases=here_alias)
            if len(here) > 1
            else self.tr("{alias} is here and agrees now").format(alias=here_alias)
        )
        texts = {
            id(self.chair_label): question,
            id(self.interest): fill_in(
                self.tr("Sharing this is in {alias}'s interest"), alias=chair_alias
            ),
            id(self.agrees_now): agrees,
            id(self.postpone_button): self.tr("Postpone — ask {alias} first").format(
                alias=session.aliases(about, lang)
            ),
        }
        changed = False
        for index, (widget, old) in enumerate(self._keyed):
            new = texts.get(id(widget), old)
            if new != old:
                self._keyed[index] = (widget, new)
                changed = True
        if changed and self.isVisible():
            self.assign_keys()

    def _show_override(self, result: GateResult) -> None:
        """Offer the confirmation, naming the refusal, while an exception faces one."""
        draft = self._session.draft
        refused = [v for v in result.verdicts.values() if v.refusal_ids]
        verdict = refused[0] if refused else None
        refusal_ids = result.refusal_ids
        wanted = bool(refusal_ids and draft is not None and draft.exception_id)
        if refusal_ids != self._override_ids:
            # Another refusal (the room changed): an earlier confirmation does not carry over.
            self._override_ids = refusal_ids
            self.override.blockSignals(True)
            self.override.setChecked(
                draft is not None
                and bool(refusal_ids)
                and set(refusal_ids) <= set(draft.refusal_override)
            )
            self.override.blockSignals(False)
        if wanted and verdict is not None and verdict.reasons[0].key.startswith(_REFUSALS):
            # Once confirmed, the verdict speaks of the exception: the box keeps the refusal.
            refusal = verdict.reasons[0].render(self._lang)
            self.override.setText(
                self.tr("I confirm sharing despite this refusal: {refusal}")
                .format(refusal=refusal)
                .replace("&", "&&")
            )
        if self.override.isVisibleTo(self) != wanted:
            self.override.setVisible(wanted)
            self._refit()

    # --- Fitting the height ----------------------------------------------------------------------

    def _refit(self) -> None:
        """Compact the lights when, in full, they would not leave the questions in view."""
        if self._fitting or not self.isVisible():
            return
        self._fitting = True
        try:
            self._scroll.updateGeometry()
            margins = self.layout().contentsMargins()
            width = self.width() - margins.left() - margins.right()
            body = self._body.layout()
            form = body.totalHeightForWidth(width) if body.hasHeightForWidth() else -1
            if form < 0:
                form = self._body.sizeHint().height()
            spacing = self.layout().spacing()
            fixed = (
                margins.top()
                + margins.bottom()
                + self._rule.sizeHint().height()
                + self._buttons.sizeHint().height()
                + 4 * spacing
                + 4
            )
            needed = form + self.lights.full_height(width) + fixed
            compact = needed > self.height()
            self.lights.set_compact(compact)
            # Still short of room (a narrow console, in French, the worst case): the empty
            # chair's guidance goes to its question's tooltip, where it always is as well.
            if compact and self.chair_box.isVisibleTo(self):
                guidance = self.guidance.heightForWidth(max(1, self.chair_answer.width()))
                if self.guidance.isVisibleTo(self):
                    form -= guidance + 1
                lights = self.lights.layout().totalHeightForWidth(width)
                if lights < 0:
                    lights = self.lights.layout().totalSizeHint().height()
                tight = form + guidance + 1 + lights + fixed > self.height()
                self.guidance.setVisible(not tight)
            else:
                self.guidance.setVisible(True)
        finally:
            self._fitting = False

    def _fit_columns(self, width: int) -> None:
        """Give the questions at most a third of ``width``: the answers keep the rest. When the
        buttons do not fit on one line, Cancel goes to a line of its own (in French, say)."""
        column = max(110, min(self._widest_label, LABEL_WIDTH, width // 3))
        self._form.setColumnMinimumWidth(0, column)
        for label in self._labels:
            label.setMaximumWidth(column)
        buttons = (self.share_button, self.not_share_button, self.postpone_button)
        margins = self.layout().contentsMargins() if self.layout() else None
        inner = width - (margins.left() + margins.right() if margins else 16)
        row_width = sum(b.sizeHint().width() for b in (*buttons, self.cancel_button)) + 4 * 6
        row = 0 if row_width <= inner else 1
        grid = self._buttons
        index = grid.indexOf(self.cancel_button)
        if index >= 0 and grid.getItemPosition(index)[0] != row:
            grid.removeWidget(self.cancel_button)
            if row == 0:
                grid.addWidget(self.cancel_button, 0, 4)
            else:  # under the others, on the right, without widening their line
                grid.addWidget(self.cancel_button, 1, 0, 1, 5, Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new size may need narrower questions, the lights compact, or allow them in full
        again."""
        if event.size().width() != event.oldSize().width():
            self._fit_columns(event.size().width())
        super().resizeEvent(event)
        self._refit()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the lights to the room the panel is given."""
        super().showEvent(event)
        self._refit()

    def question_widgets(self) -> list[QWidget]:
        """What must stay in view without scrolling (for tests and the layout check): every
        question shown, the necessity question and its reason, the exception row, the lights
        and the three buttons."""
        widgets: list[QWidget] = [
            self.discloser,
            self.category,
            self.wording,
            self.good_for_whom,
            self.why,
            self.necessity_question,
            self.without_no,
            self.without_yes,
            self.necessity_reason,
            self.lights,
            self.share_button,
            self.not_share_button,
            self.postpone_button,
        ]
        optional = [
            self.purpose,
            self.need_to_know,
            self.minimum,
            self.opinion_basis,
            self.chair_answer,
            self.interest,
            self.agrees_now,
            self.exception_box,
            self.exception_ground,
            self.exception_why,
            self.override,
        ]
        return widgets + [w for w in optional if w.isVisibleTo(self)]

    # --- Fixes and decisions ---------------------------------------------------------------------

    def apply_fix(self, fix: Fix) -> None:
        """Carry out a fix offered by a light."""
        try:
            if fix.kind is FixKind.STEP_OUT:
                for pid in fix.professional_ids:
                    if self._session.presence(pid) is Presence.PRESENT:
                        self._session.step_out(pid)
            elif fix.kind is FixKind.PERSON_AGREES:
                self.agrees_now.setVisible(True)
                self.agrees_now.setChecked(True)
            elif fix.kind is FixKind.POSTPONE:
                self.postpone()
            elif fix.kind is FixKind.NOT_SHARE:
                self.not_share()
            elif fix.kind is FixKind.COME_BACK:
                for pid in fix.professional_ids:
                    if self._session.presence(pid) is Presence.STEPPED_OUT:
                        self._session.come_back(pid)
            elif fix.kind is FixKind.GIVE_UNDERTAKING:
                self._session.give_undertaking(fix.professional_ids)
            elif fix.kind in (FixKind.NAME_LEGAL_BASIS, FixKind.RECORD_INFORMATION):
                self.record_details(fix.kind)
        except SessionError as error:
            self.problem.emit(error.text(self._lang))

    def record_details(self, kind: FixKind) -> None:
        """Ask for the meeting's legal basis or prior information, then record it (the gate is
        re-evaluated at once)."""
        session = self._session
        meeting = session.meeting
        basis = kind is FixKind.NAME_LEGAL_BASIS
        dialog = MeetingDetailsDialog(
            self,
            policy=session.policy,
            lang=self._lang,
            alias=session.aliases(lang=self._lang),
            legal_basis=(meeting.legal_basis_id, meeting.legal_basis_text) if basis else None,
            informed_beforehand=meeting.informed_beforehand,
            information=meeting.prior_information,
        )
        try:
            if dialog.exec() != MeetingDetailsDialog.DialogCode.Accepted:
                return
            if dialog.basis is not None:
                session.set_legal_basis(*dialog.basis.values())
                self._refresh_purposes()
            elif dialog.information is not None:
                # No question about the person (a minors' rule alone): what was recorded stays.
                person = (
                    dialog.person.isChecked()
                    if dialog.person is not None
                    else meeting.informed_beforehand
                )
                session.set_prior_information(person, dialog.information.values())
        finally:
            dialog.deleteLater()

    def _refresh_purposes(self) -> None:
        """The purposes the meeting's legal basis allows (keeping the choice when still one)."""
        current = self.purpose.currentData() or ""
        self.purpose.blockSignals(True)
        while self.purpose.count() > 1:
            self.purpose.removeItem(1)
        meeting = self._session.meeting
        for purpose in self._session.policy.purposes_for(meeting.legal_basis_id):
            self.purpose.addItem(purpose.label.text(self._lang), purpose.id)
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(current)))
        self.purpose.blockSignals(False)

    def share(self) -> None:
        """Share the item (only when every condition is met)."""
        result = self._session.gate_result
        if self._session.draft is None or result is None or not result.allows_share:
            return
        self._decide(self._session.share, "shared")

    def not_share(self) -> None:
        """Do not share: only the category and the unmet conditions are kept (and, where the
        framework records every decision with its reasons, a reason from its list)."""
        session = self._session
        if session.draft is None:
            return
        reason = ""
        if session.needs_not_share_reason():
            chosen = NotShareReasonDialog.get(self, session.policy, self._lang)
            if chosen is None:
                return
            reason = chosen
        self._decide(lambda: session.not_share(reason), "not_shared")

    def postpone(self) -> None:
        """Ask who will ask the person first, and by when; then postpone with that action."""
        draft = self._session.draft
        if draft is None:
            return
        session = self._session
        people = [session.professional(pid) for pid in session.attendance()]
        facilitator = session.meeting.facilitator_id
        persons, parents = self._whom_to_ask()
        if not persons and not parents:  # the gate names nobody: the persons the item is about
            persons = [p.alias for p in session.item_persons(draft.about)]
        choice = PostponeDialog.get(
            self,
            people=people,
            default_who=facilitator if facilitator in session.attendance() else draft.discloser_id,
            alias=join_names(persons, self._lang),
            parents_of=join_names(parents, self._lang),
            category=session.policy.category_name(draft.category_id, self._lang),
            wording=draft.wording,
            today=self._clock().date(),
            lang=self._lang,
        )
        if choice is not None:
            self._decide(lambda: session.postpone(choice.who, choice.what, choice.due), "postponed")

    def _whom_to_ask(self) -> tuple[list[str], list[str]]:
        """Whom the gate's postpone fixes say to ask first: the aliases of the persons to ask
        themselves, and those of the minors whose parents must be asked."""
        result = self._session.gate_result
        persons: dict[str, None] = {}
        parents: dict[str, None] = {}
        for verdict in result.verdicts.values() if result is not None else ():
            for fix in verdict.fixes:
                alias = dict(fix.message.values).get("alias")
                if fix.kind is not FixKind.POSTPONE or not isinstance(alias, str):
                    continue
                if fix.message.key == "fix.postpone_parents":
                    parents[alias] = None
                elif fix.message.key == "fix.postpone":
                    persons[alias] = None
        return list(persons), list(parents)

    def _decide(self, decide: Callable[[], object], outcome: str) -> None:
        try:
            decide()
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return
        self.finished.emit(outcome)

    def has_typed(self) -> bool:
        """Something was typed or answered in the gate."""
        draft = self._session.draft
        if draft is None:
            return False
        texts = (
            draft.wording,
            draft.good_for_whom,
            draft.why,
            draft.empty_chair_answer,
            draft.necessity_reason,
            draft.statement_of,
            draft.opinion_basis,
            draft.exception_justification,
        )
        return any(t.strip() for t in texts) or draft.could_decide_without is not None

    def confirm_discard(self) -> bool:
        """Ask before dropping what was typed."""
        answer = QMessageBox.question(
            self,
            self.tr("Close the gate"),
            self.tr("Close the gate without a decision? What was typed will be forgotten."),
        )
        return answer == QMessageBox.StandardButton.Yes

    def cancel(self) -> None:
        """Close the gate without a decision (after a confirmation if something was typed)."""
        if self._session.draft is None:
            return
        if self.has_typed() and not self.confirm_discard():
            return
        self._session.cancel_draft()
        self.finished.emit("cancelled")
