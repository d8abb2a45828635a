"""The disclosure gate panel: who shares what, the questions, and the live condition lights.

The panel is a view of the session's draft: every keystroke goes to ``session.update_draft``; the
lights are painted from the bridge's ``gateEvaluated`` signal, so arrivals and departures (which
make the session re-evaluate) repaint them the same way. The wording typed here never leaves the
session unless the item is shared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
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

from desktop.core.entities import Nature, Participation, Presence
from desktop.core.events import GateEvaluated
from desktop.core.gate import Fix, FixKind, GateResult
from desktop.core.policy import EXCEPTION_KINDS, ConditionKind
from desktop.core.session import MeetingSession, SessionError
from desktop.core.text import join_names
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.gate_lights import ConditionLights
from desktop.ui.console.not_share import NotShareReasonDialog
from desktop.ui.console.postpone import PostponeDialog
from desktop.ui.widgets.fields import line_edit
from desktop.ui.widgets.framework_fields import MeetingDetailsDialog
from desktop.ui.widgets.meeting_labels import person_line

# The reasons that name a recorded refusal or objection (dated or not).
_REFUSALS = ("consent.refused", "consent.objected")


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
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Propose a disclosure"))
        self._build()
        bridge.gateEvaluated.connect(self._on_evaluated)
        bridge.attendanceChanged.connect(self.refresh_room)
        bridge.participationChanged.connect(self.refresh_room)

    # --- Building --------------------------------------------------------------------------------

    def _build(self) -> None:
        policy, alias = self._session.policy, self._session.person.alias
        text = policy.text
        lang = self._lang
        title = QLabel(self.tr("Propose a disclosure"), self)
        title.setStyleSheet("font-weight: bold")

        self.discloser = QComboBox(self)
        self.discloser.setAccessibleName(self.tr("Who shares"))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        for category in policy.categories:
            name = category.name.text(lang)
            label = self.tr("{name} ⚠ special").format(name=name) if category.special else name
            self.category.addItem(label, category.id)
        self.fact = QRadioButton(self.tr("&fact"), self)
        self.opinion = QRadioButton(self.tr("o&pinion"), self)
        self.statement = QRadioButton(self.tr("&statement of"), self)
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

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Who shares"), self))
        top.addWidget(self.discloser, 2)
        top.addWidget(QLabel(self.tr("Category"), self))
        top.addWidget(self.category, 2)
        nature_row = QHBoxLayout()
        for widget in (self.fact, self.opinion, self.statement):
            nature_row.addWidget(widget)
        nature_row.addWidget(self.statement_of, 1)

        self.wording = QPlainTextEdit(self)
        self.wording.setTabChangesFocus(True)
        self.wording.setAccessibleName(self.tr("Wording to minute"))
        self.wording.setPlaceholderText(self.tr("Only what the team strictly needs"))
        self.wording.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.good_for_whom = line_edit(text("good_for_whom", lang), parent=self)
        self.with_whom = QLabel(self)
        self.with_whom.setWordWrap(True)
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

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Nature"), nature_row)
        form.addRow(self.tr("What is this opinion based on?"), self.opinion_basis)
        form.setRowVisible(self.opinion_basis, False)
        self._form = form
        form.addRow(self.tr("Wording to minute"), self.wording)
        form.addRow(text("good_for_whom", lang), self.good_for_whom)
        form.addRow(text("with_whom", lang), self.with_whom)
        form.addRow(text("why", lang), self.why)
        if policy.purposes:
            form.addRow(self.tr("Shared for"), self.purpose)
        else:
            self.purpose.hide()

        # The empty chair: asked when the person is not in the room.
        self.chair_box = QGroupBox(text("empty_chair_question", lang, alias=alias), self)
        self.chair_answer = QLineEdit(self.chair_box)
        self.chair_answer.setAccessibleName(text("empty_chair_question", lang, alias=alias))
        wishes = self._session.person.known_wishes.strip() or self.tr("(none recorded)")
        self.wishes = QLabel(
            self.tr("Known wishes of {alias}: {wishes}").format(alias=alias, wishes=wishes),
            self.chair_box,
        )
        self.wishes.setWordWrap(True)
        self.wishes.setTextFormat(Qt.TextFormat.PlainText)
        guidance = QLabel(text("empty_chair_guidance", lang, alias=alias), self.chair_box)
        guidance.setWordWrap(True)
        guidance.setStyleSheet("color: #5f6368")
        self.interest = QCheckBox(
            self.tr("Sharing this is in {alias}'s interest").format(alias=alias), self.chair_box
        )
        chair = QVBoxLayout(self.chair_box)
        chair.setContentsMargins(6, 4, 6, 4)
        chair.setSpacing(2)
        chair.addWidget(self.wishes)
        chair.addWidget(self.chair_answer)
        chair.addWidget(guidance)
        chair.addWidget(self.interest)
        self.chair_answer.setToolTip(guidance.text())

        self.agrees_now = QCheckBox(
            self.tr("{alias} is here and agrees now").format(alias=alias), self
        )
        # Agreeing now means something only where consent is a condition.
        consent_kinds = EXCEPTION_KINDS - {ConditionKind.PRIOR_INFORMATION}
        self._asks_consent = any(c.kind in consent_kinds for c in policy.conditions)
        # "In the person's interest" stands in for a consent that could not be obtained, only
        # where the framework lets the empty chair do so.
        self.interest.setVisible(
            any(c.kind in consent_kinds and c.empty_chair for c in policy.conditions)
        )
        mission = policy.condition_of_kind(ConditionKind.WITHIN_MISSION)
        self.need_to_know = QCheckBox(self.tr("Everyone in the room needs to know this"), self)
        self.need_to_know.setVisible(mission is not None and mission.need_to_know)
        necessity_condition = policy.condition_of_kind(ConditionKind.NECESSITY)
        self.minimum = QCheckBox(self.tr("The wording holds only the minimum necessary"), self)
        self.minimum.setVisible(necessity_condition is not None and necessity_condition.minimum)

        self.without_yes = QRadioButton(self.tr("yes"), self)
        self.without_no = QRadioButton(self.tr("no — because"), self)
        self.without = QButtonGroup(self)
        self.without.addButton(self.without_yes)
        self.without.addButton(self.without_no)
        self.necessity_reason = line_edit(self.tr("Why the team needs it"), parent=self)
        necessity = QHBoxLayout()
        self.necessity_question = QLabel(policy.necessity_question(lang), self)
        self.necessity_question.setWordWrap(True)
        necessity.addWidget(self.necessity_question, 2)
        necessity.addWidget(self.without_yes)
        necessity.addWidget(self.without_no)
        necessity.addWidget(self.necessity_reason, 1)

        self.exception_box = QCheckBox(
            self.tr("Share without consent under a policy exception"), self
        )
        self.exception_fields = QWidget(self)
        self.exception_ground = QComboBox(self.exception_fields)
        self.exception_ground.setAccessibleName(self.tr("Ground of the exception"))
        self.exception_ground.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.exception_ground.setMinimumContentsLength(24)
        for exception in policy.exceptions:
            self.exception_ground.addItem(exception.label.text(lang), exception.id)
        self.exception_why = QLineEdit(self.exception_fields)
        self.exception_why.setAccessibleName(self.tr("Written justification"))
        self.exception_why.setPlaceholderText(self.tr("Written justification"))
        # Against a recorded refusal, the exception needs one explicit confirmation that names
        # the refusal; it appears only then, and is unticked whenever the refusal changes.
        self.override = QCheckBox(self.exception_fields)
        self.override.setAccessibleName(self.tr("Confirm overriding the refusal"))
        self.override.setStyleSheet("color: #b3261e")
        self.override.setVisible(False)
        self._override_ids: tuple[str, ...] = ()
        exception = QGridLayout(self.exception_fields)
        exception.setContentsMargins(20, 0, 0, 0)
        exception.addWidget(self.exception_ground, 0, 0)
        exception.addWidget(self.exception_why, 0, 1)
        exception.addWidget(self.override, 1, 0, 1, 2)
        exception.setColumnStretch(1, 1)
        # Kept discreet: the ground and justification show only once the box is ticked.
        self.exception_fields.setVisible(False)
        self.exception_box.toggled.connect(self.exception_fields.setVisible)
        self.exception_box.toggled.connect(lambda _on: self._scroll.updateGeometry())
        self.exception_box.setVisible(bool(policy.exceptions))

        self.lights = ConditionLights(policy, lang, self)
        self.lights.set_alias(alias)
        self.lights.fixRequested.connect(self.apply_fix)

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(top)
        inner.addLayout(form)
        inner.addWidget(self.chair_box)
        inner.addWidget(self.agrees_now)
        if necessity_condition is not None:
            inner.addLayout(necessity)
        else:  # a framework without the necessity question
            for widget in (self.without_yes, self.without_no, self.necessity_reason):
                widget.hide()
            self.necessity_question.hide()
        checks = QHBoxLayout()
        checks.addWidget(self.need_to_know)
        checks.addWidget(self.minimum)
        checks.addStretch(1)
        inner.addLayout(checks)
        inner.addWidget(self.exception_box)
        inner.addWidget(self.exception_fields)
        scroll = _FittingScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._scroll = scroll

        self.share_button = QPushButton(self.tr("Share  Ctrl+Enter"), self)
        self.share_button.setAccessibleName(self.tr("Share"))
        self.not_share_button = QPushButton(self.tr("Not share"), self)
        self.postpone_button = QPushButton(
            self.tr("Postpone — ask {alias} first").format(alias=alias), self
        )
        self.cancel_button = QPushButton(self.tr("Cancel  Esc"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        buttons = QHBoxLayout()
        for button in (self.share_button, self.not_share_button, self.postpone_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)

        # The lights stay in view whatever the window's height: only the questions scroll.
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(scroll)
        layout.addWidget(rule)
        layout.addWidget(self.lights)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.share_button.clicked.connect(self.share)
        self.not_share_button.clicked.connect(self.not_share)
        self.postpone_button.clicked.connect(self.postpone)
        self.cancel_button.clicked.connect(self.cancel)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.share, context=context)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel, context=context)
        self._connect_fields()

    def _connect_fields(self) -> None:
        self.discloser.currentIndexChanged.connect(self._discloser_changed)
        self.category.currentIndexChanged.connect(
            lambda _: self._update(category_id=self.category.currentData())
        )
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
        self.necessity_reason.textChanged.connect(lambda t: self._update(necessity_reason=t))
        self.exception_box.toggled.connect(self._exception_changed)
        self.exception_ground.currentIndexChanged.connect(self._exception_changed)
        self.exception_why.textChanged.connect(lambda t: self._update(exception_justification=t))
        self.override.toggled.connect(self._override_changed)
        self.purpose.currentIndexChanged.connect(
            lambda _: self._update(purpose_id=self.purpose.currentData() or "")
        )
        self.need_to_know.toggled.connect(lambda on: self._update(need_to_know=on))
        self.minimum.toggled.connect(lambda on: self._update(minimum_necessary=on))

    # --- Opening and filling ---------------------------------------------------------------------

    def begin(self) -> bool:
        """Open the gate: propose an item from the first person in the room. False if refused."""
        room = self._session.room()
        if not room:
            self.problem.emit(self.tr("Nobody is in the room: call the roll first."))
            return False
        discloser = room[0].id
        current = self.discloser.currentData()
        if current in {p.id for p in room}:
            discloser = current
        try:
            self._session.propose(discloser, self.category.itemData(0))
        except SessionError as error:
            self.problem.emit(error.text(self._lang))
            return False
        self._reset()
        self.discloser.setFocus(Qt.FocusReason.ShortcutFocusReason)
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
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.natures.blockSignals(True)
        self.without.blockSignals(True)
        try:
            for line in (self.statement_of, self.good_for_whom, self.why, self.chair_answer):
                line.clear()
            self.opinion_basis.clear()
            self._form.setRowVisible(self.opinion_basis, False)
            for line in (self.necessity_reason, self.exception_why):
                line.clear()
            self.wording.clear()
            self.category.setCurrentIndex(0)
            self.fact.setChecked(True)
            self.statement_of.setEnabled(False)
            self.interest.setChecked(False)
            self.agrees_now.setChecked(False)
            self.without.setExclusive(False)
            self.without_yes.setChecked(False)
            self.without_no.setChecked(False)
            self.without.setExclusive(True)
            self.exception_box.setChecked(False)
            self.exception_ground.setCurrentIndex(0)
            self.override.setChecked(False)
            self.override.setVisible(False)
            self._override_ids = ()
            self._refresh_purposes()
            self.purpose.setCurrentIndex(0)
            self.need_to_know.setChecked(False)
            self.minimum.setChecked(False)
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
        participation = self._session.meeting.participation
        self.chair_box.setVisible(participation is not Participation.PRESENT)
        self.agrees_now.setVisible(participation is Participation.PRESENT and self._asks_consent)
        self.agrees_now.blockSignals(True)
        self.agrees_now.setChecked(draft.person_agrees_now)
        self.agrees_now.blockSignals(False)
        self._scroll.updateGeometry()

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

    def _nature_changed(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            statement = button is self.statement
            opinion = button is self.opinion
            self.statement_of.setEnabled(statement)
            if self._form.isRowVisible(self.opinion_basis) != opinion:
                self._form.setRowVisible(self.opinion_basis, opinion)
                self._scroll.updateGeometry()
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
            self._update(could_decide_without=button is self.without_yes)

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
        self.lights.show_result(result)
        self.share_button.setEnabled(result.allows_share)
        self._show_override(result)

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
                self.tr("I confirm sharing despite this refusal: {refusal}").format(refusal=refusal)
            )
        if self.override.isVisibleTo(self) != wanted:
            self.override.setVisible(wanted)
            self._scroll.updateGeometry()

    # --- Fixes and decisions ---------------------------------------------------------------------

    def apply_fix(self, fix: Fix) -> None:
        """Carry out a fix offered by a light."""
        try:
            if fix.kind is FixKind.STEP_OUT:
                for pid in fix.professional_ids:
                    if self._session.presence(pid) is Presence.PRESENT:
                        self._session.step_out(pid)
            elif fix.kind is FixKind.PERSON_AGREES:
                self.agrees_now.setChecked(True)
            elif fix.kind is FixKind.POSTPONE:
                self.postpone()
            elif fix.kind is FixKind.NOT_SHARE:
                self.not_share()
            elif fix.kind is FixKind.COME_BACK:
                for pid in fix.professional_ids:
                    if self._session.presence(pid) is Presence.STEPPED_OUT:
                        self._session.come_back(pid)
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
            alias=session.person.alias,
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
                person = dialog.person.isChecked() if dialog.person is not None else False
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
        choice = PostponeDialog.get(
            self,
            people=people,
            default_who=facilitator if facilitator in session.attendance() else draft.discloser_id,
            alias=session.person.alias,
            category=session.policy.category_name(draft.category_id, self._lang),
            wording=draft.wording,
            today=self._clock().date(),
        )
        if choice is not None:
            self._decide(lambda: session.postpone(choice.who, choice.what, choice.due), "postponed")

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
