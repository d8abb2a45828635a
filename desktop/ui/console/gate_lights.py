"""The condition lights of the gate, one per condition of the meeting's policy and one for the
questions, each with its reason and fixes.

A light is a symbol *and* a word (met / not met / to answer), never a colour alone. Fix buttons
are rebuilt only when the fixes change, so typing in the gate never moves the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from desktop.core.gate import Fix, FixKind, GateResult, Status, Verdict
from desktop.core.policy import Policy

_MARK = {Status.MET: "✓", Status.NOT_MET: "✗", Status.NEEDS_ANSWER: "…"}
_COLOUR = {Status.MET: "#1e7e34", Status.NOT_MET: "#b3261e", Status.NEEDS_ANSWER: "#8a5a00"}


class _Light(QObject):
    """The widgets of one condition's row."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.mark = QLabel(parent)
        self.title = QLabel(parent)
        self.reason = QLabel(parent)
        self.reason.setWordWrap(True)
        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.fixes = QWidget(parent)
        self.fix_layout = QHBoxLayout(self.fixes)
        self.fix_layout.setContentsMargins(0, 0, 0, 0)
        self.shown: tuple[object, ...] | None = None
        self.fix_key: tuple[tuple[str, tuple[str, ...]], ...] = ()


class ConditionLights(QWidget):
    """One row per condition of the policy (Belgian shared secrecy: consent, secrecy, mission,
    necessity), then the questions.

    Signals:
        fixRequested(object): a fix button was pressed; carries the core's :class:`Fix`.
    """

    fixRequested = Signal(object)

    def __init__(self, policy: Policy, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self._lang = lang
        self._alias = ""
        self.setAccessibleName(self.tr("Conditions"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(2, 1)
        self._lights: dict[str, _Light] = {}
        for row, condition in enumerate(policy.condition_ids):
            light = _Light(self)
            light.title.setText(policy.condition_title(condition, lang))
            light.title.setStyleSheet("font-weight: bold")
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(light.mark, row * 2, 0, alignment=top)
            grid.addWidget(light.title, row * 2, 1, alignment=top)
            grid.addWidget(light.reason, row * 2, 2)
            grid.addWidget(light.fixes, row * 2 + 1, 2)
            light.fixes.hide()
            self._lights[condition] = light

    def set_alias(self, alias: str) -> None:
        """The person's alias, for the "agrees now" fix button."""
        self._alias = alias

    def status_text(self, status: Status) -> str:
        """A light's state in words."""
        return {
            Status.MET: self.tr("met"),
            Status.NOT_MET: self.tr("not met"),
            Status.NEEDS_ANSWER: self.tr("to answer"),
        }[status]

    def show_result(self, result: GateResult) -> None:
        """Paint every light from the gate's verdicts."""
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for condition in self._lights:
            verdict = result.verdicts.get(condition)
            if verdict is not None:
                self._paint(self._lights[condition], verdict, seen)

    def _paint(
        self, light: _Light, verdict: Verdict, seen: set[tuple[str, tuple[str, ...]]]
    ) -> None:
        reason = verdict.reason(self._lang)
        key = (verdict.status, reason)
        if light.shown != key:
            light.shown = key
            status = verdict.status
            light.mark.setText(_MARK[status])
            light.mark.setStyleSheet(f"color: {_COLOUR[status]}; font-weight: bold")
            light.reason.setText(reason)
            title = self._policy.condition_title(verdict.condition, self._lang)
            light.mark.setAccessibleName(
                self.tr("{condition}: {status}").format(
                    condition=title, status=self.status_text(status)
                )
            )
            light.reason.setAccessibleName(reason)
        fixes = []
        for fix in verdict.fixes:
            fix_id = (fix.kind.value, fix.professional_ids)
            if fix.kind is FixKind.RECORD_BASIS or fix_id in seen:
                continue
            seen.add(fix_id)
            fixes.append(fix)
        fix_key = tuple((f.kind.value, f.professional_ids) for f in fixes)
        if fix_key != light.fix_key:
            light.fix_key = fix_key
            self._rebuild_fixes(light, fixes)

    def _rebuild_fixes(self, light: _Light, fixes: list[Fix]) -> None:
        while light.fix_layout.count():
            widget = light.fix_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for fix in fixes:
            button = QPushButton(self._fix_label(fix), light.fixes)
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, f=fix: self.fixRequested.emit(f))
            light.fix_layout.addWidget(button)
        light.fix_layout.addStretch(1)
        light.fixes.setVisible(bool(fixes))

    def _fix_label(self, fix: Fix) -> str:
        if fix.kind is FixKind.PERSON_AGREES:
            return self.tr("{alias} is here and agrees").format(alias=self._alias)
        return fix.message.render(self._lang)

    def fix_buttons(self) -> list[QPushButton]:
        """Every fix button shown now (for tests and keyboard users)."""
        return [b for b in self.findChildren(QPushButton) if b.isVisibleTo(self)]

    def conditions(self) -> tuple[str, ...]:
        """The condition ids shown, in order (the questions last)."""
        return tuple(self._lights)

    def title_text(self, condition: str) -> str:
        """The title shown for a condition."""
        return self._lights[condition].title.text()

    def mark_text(self, condition: str) -> str:
        """The symbol shown for a condition."""
        return self._lights[condition].mark.text()

    def reason_text(self, condition: str) -> str:
        """The reason shown for a condition."""
        return self._lights[condition].reason.text()
