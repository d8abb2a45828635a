"""What some frameworks ask of a meeting, as fields: its legal basis (a case consultation) and who
was informed beforehand (child protection).

Shared by the preparation dialog and the running meeting (when the facilitator records them
after opening, from a fix of the gate), so both ask the same questions the same way. Each widget
shows only what the meeting's policy asks for; the words come from the policy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import PriorInformation
from desktop.core.policy import ConditionKind, Policy, PolicyCondition
from desktop.ui.i18n import fill_in
from desktop.ui.widgets.fields import ok_cancel_buttons

TYPED = "__typed__"  # the combo's entry for a basis the facilitator types


class LegalBasisFields(QWidget):
    """The legal basis: one of the policy's bases, or one typed (when the policy allows it),
    with a reference (the authorisation's date, a decree's title...).

    Signals:
        changed(): the choice or the words changed.
    """

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Legal basis"))
        # A basis's name can be long: the combo takes the form's width, never more.
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(16)
        self.words = QLineEdit(self)
        self.words.setAccessibleName(self.tr("Reference of the legal basis"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.choice)
        layout.addWidget(self.words)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.choice.currentIndexChanged.connect(self.changed)
        self.words.textChanged.connect(self.changed)

    def set_policy(self, policy: Policy) -> None:
        """Offer the bases of ``policy`` (keeping the choice when the new policy has it)."""
        current = self.choice.currentData()
        condition = policy.condition_of_kind(ConditionKind.LEGAL_BASIS)
        self.choice.blockSignals(True)
        self.choice.clear()
        self.choice.addItem(self.tr("Choose…"), "")
        for basis in policy.legal_bases:
            self.choice.addItem(basis.label.text(self._lang), basis.id)
            # The citation shows on hover: the law itself, as the policy file writes it.
            index = self.choice.count() - 1
            self.choice.setItemData(index, basis.citation, Qt.ItemDataRole.ToolTipRole)
        if condition is not None and condition.typed:
            self.choice.addItem(self.tr("Another basis: type it below"), TYPED)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)
        self._choice_changed()

    def set_values(self, basis_id: str, text: str) -> None:
        """Show a meeting's basis (a basis the policy does not list shows as typed)."""
        index = self.choice.findData(basis_id) if basis_id else self.choice.findData(TYPED)
        if basis_id and index < 0:
            index, text = self.choice.findData(TYPED), text or basis_id
        if not basis_id and not text:
            index = 0
        self.choice.setCurrentIndex(max(0, index))
        self.words.setText(text)
        self._choice_changed()

    def values(self) -> tuple[str, str]:
        """``(basis id, words)``: the id is empty for a typed basis."""
        choice = self.choice.currentData() or ""
        words = " ".join(self.words.text().split())
        return ("" if choice == TYPED else choice), words

    def problem(self) -> str:
        """What is missing, or ``""``."""
        choice = self.choice.currentData() or ""
        if not choice:
            return self.tr("Choose the legal basis of the meeting, or type it.")
        if choice == TYPED and not self.words.text().strip():
            return self.tr("Type the legal basis: the law, decree or authorisation.")
        return ""

    def _choice_changed(self, *_args: object) -> None:
        typed = self.choice.currentData() == TYPED
        self.words.setPlaceholderText(
            self.tr("Title and date of the law, decree or authorisation")
            if typed
            else self.tr("Reference, if any (e.g. date of the authorisation)")
        )
        self.choice.setToolTip(self.choice.currentData(Qt.ItemDataRole.ToolTipRole) or "")


class PriorInformationFields(QWidget):
    """Who else was informed beforehand, as the policy's prior-information condition asks: the
    holders of parental authority, the child too young to be, or why informing them would be
    contrary to the child's interest.

    Signals:
        changed(): a field changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holders = QCheckBox(self.tr("Holders of parental authority informed"), self)
        self.not_of_age = QCheckBox(self)
        self.contrary_label = QLabel(self)
        self.contrary_label.setWordWrap(True)
        self.contrary = QLineEdit(self)
        self.contrary_label.setBuddy(self.contrary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.holders, self.not_of_age, self.contrary_label, self.contrary):
            layout.addWidget(widget)
        self.holders.toggled.connect(self.changed)
        self.not_of_age.toggled.connect(self.changed)
        self.contrary.textChanged.connect(self.changed)

    def set_condition(self, condition: PolicyCondition, alias: str) -> None:
        """Ask what ``condition`` asks about the person ``alias`` (none yet chosen: "the
        person")."""
        self.holders.setVisible("holders" in condition.parties)
        self.not_of_age.setText(
            self.tr("{alias}: too young to be informed (age, maturity)").format(
                alias=alias or self.tr("The person")
            )
        )
        self.not_of_age.setVisible("person" in condition.parties and condition.by_maturity)
        text = self.tr(
            "If not informed: why informing them would be contrary to {alias}'s interest"
        )
        self.contrary_label.setText(fill_in(text, alias=alias or self.tr("the person")))
        self.contrary.setAccessibleName(self.contrary_label.text())
        for widget in (self.contrary_label, self.contrary):
            widget.setVisible(condition.unless_contrary_to_interest)

    def set_contrary_only(self, alias: str) -> None:
        """Ask only why informing the parents would be contrary to the child's interest: what a
        framework without a prior-information condition asks about a minor (its ``minors``
        rule, e.g. a French care team)."""
        for widget in (self.holders, self.not_of_age):
            widget.setVisible(False)
        text = self.tr(
            "If not informed: why informing them would be contrary to {alias}'s interest"
        )
        self.contrary_label.setText(fill_in(text, alias=alias))
        self.contrary.setAccessibleName(self.contrary_label.text())
        for widget in (self.contrary_label, self.contrary):
            widget.setVisible(True)

    def set_values(self, information: PriorInformation) -> None:
        """Show what a meeting recorded."""
        self.holders.setChecked(information.holders_informed)
        self.not_of_age.setChecked(information.person_not_of_age)
        self.contrary.setText(information.contrary_reason)

    def values(self) -> PriorInformation:
        """What the fields say (only what the policy asks for)."""
        return PriorInformation(
            holders_informed=self.holders.isChecked() and not self.holders.isHidden(),
            person_not_of_age=self.not_of_age.isChecked() and not self.not_of_age.isHidden(),
            contrary_reason=(
                " ".join(self.contrary.text().split()) if not self.contrary.isHidden() else ""
            ),
        )


class MeetingDetailsDialog(QDialog):
    """Record, while the meeting runs, the legal basis or who was informed beforehand: the fix
    a gate offers when the framework asks for them and preparation left them out."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        policy: Policy,
        lang: str,
        alias: str,
        legal_basis: tuple[str, str] | None = None,
        informed_beforehand: bool = False,
        information: PriorInformation | None = None,
    ) -> None:
        """Show the legal basis (when ``legal_basis`` is given) or the prior information."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("The meeting's framework"))
        layout = QVBoxLayout(self)
        self.basis: LegalBasisFields | None = None
        self.person: QCheckBox | None = None
        self.information: PriorInformationFields | None = None
        if legal_basis is not None:
            condition = policy.condition_of_kind(ConditionKind.LEGAL_BASIS)
            title = QLabel(condition.title.text(lang) if condition else "", self)
            title.setStyleSheet("font-weight: bold")
            self.basis = LegalBasisFields(lang, self)
            self.basis.set_policy(policy)
            self.basis.set_values(*legal_basis)
            layout.addWidget(title)
            layout.addWidget(self.basis)
        else:
            condition = policy.condition_of_kind(ConditionKind.PRIOR_INFORMATION)
            if condition is not None:
                title = QLabel(condition.title.text(lang), self)
                title.setStyleSheet("font-weight: bold")
                layout.addWidget(title)
                self.person = QCheckBox(self.tr("{alias} was informed").format(alias=alias), self)
                self.person.setChecked(informed_beforehand)
                self.person.setVisible("person" in condition.parties)
                layout.addWidget(self.person)
                self.information = PriorInformationFields(self)
                self.information.set_condition(condition, alias)
                self.information.set_values(information or PriorInformation())
                layout.addWidget(self.information)
            elif policy.minors is not None and policy.minors.unless_contrary_to_interest:
                # No prior-information condition, but a minor's parents must be informed unless
                # that is contrary to the child's interest: only that reason is asked.
                title = QLabel(self.tr("The parents were not informed"), self)
                title.setStyleSheet("font-weight: bold")
                layout.addWidget(title)
                self.information = PriorInformationFields(self)
                self.information.set_contrary_only(alias)
                self.information.set_values(information or PriorInformation())
                layout.addWidget(self.information)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = ok_cancel_buttons(self, on_ok=self._try_accept, ok_text=self.tr("Record"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def problem(self) -> str:
        """What must be filled before recording, or ``""``."""
        return self.basis.problem() if self.basis is not None else ""

    def _try_accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if not problem:
            self.accept()
