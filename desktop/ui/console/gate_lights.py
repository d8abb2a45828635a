"""The condition lights of the gate, one per condition of the meeting's policy and one for the
questions, each with its reason and fixes.

A light is a symbol *and* a word (met / not met / to answer), never a colour alone. Fix buttons
are rebuilt only when the fixes change, so typing in the gate never moves the keyboard focus.

When several conditions fail, the lights *compact* (:meth:`ConditionLights.set_compact`): one line
per light, its first reason elided (all of them in the tooltip), its fixes on the same line under
short names. The gate panel compacts them when the full lights would push its questions out of
sight.
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
from desktop.ui.widgets.elided_label import ElidedLabel
from desktop.ui.widgets.mnemonics import with_mnemonic

_MARK = {Status.MET: "✓", Status.NOT_MET: "✗", Status.NEEDS_ANSWER: "…"}
_COLOUR = {Status.MET: "#1e7e34", Status.NOT_MET: "#b3261e", Status.NEEDS_ANSWER: "#8a5a00"}
MARK_STYLE = "font-size: {size}pt; font-weight: bold; color: {colour}"
MARK_SIZE = {False: 15, True: 12}  # points: in full, or on a compact light


class _Light(QObject):
    """The widgets of one condition's row."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.mark = QLabel(parent)
        self.mark.setFixedWidth(parent.fontMetrics().height() * 2)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(parent)
        self.reason = QLabel(parent)
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.short = ElidedLabel(parent)  # the compact form of the reason: one line
        self.short.hide()
        self.fixes = QWidget(parent)
        # As wide as its buttons: on a compact light, the reason keeps the rest of the line.
        self.fixes.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.fix_layout = QHBoxLayout(self.fixes)
        self.fix_layout.setContentsMargins(0, 0, 0, 0)
        self.fix_list: list[Fix] = []
        self.shown: tuple[object, ...] | None = None
        self.fix_key: tuple[tuple[str, tuple[str, ...], str], ...] = ()
        self.row = 0  # its place among the lights


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
        self._compact = False
        self._reserved: set[str] = set()
        self.setAccessibleName(self.tr("Conditions"))
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(2, 1)
        self._lights: dict[str, _Light] = {}
        for row, condition in enumerate(policy.condition_ids):
            light = _Light(self)
            light.row = row
            light.title.setText(policy.condition_title(condition, lang))
            light.title.setStyleSheet("font-weight: bold; font-size: 10pt")
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(light.mark, row * 2, 0, 2, 1, alignment=top)
            grid.addWidget(light.title, row * 2, 1, alignment=top | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(light.reason, row * 2, 2)
            grid.addWidget(light.short, row * 2, 2)
            grid.addWidget(light.fixes, row * 2 + 1, 2, alignment=Qt.AlignmentFlag.AlignLeft)
            light.fixes.hide()
            self._lights[condition] = light

    def set_alias(self, alias: str) -> None:
        """The person's alias, for the "agrees now" fix button."""
        self._alias = alias

    def set_reserved(self, letters: set[str]) -> None:
        """The Alt+letter keys taken elsewhere in the window; fix buttons get others."""
        if letters != self._reserved:
            self._reserved = set(letters)
            self._name_fixes()

    def status_text(self, status: Status) -> str:
        """A light's state in words."""
        return {
            Status.MET: self.tr("met"),
            Status.NOT_MET: self.tr("not met"),
            Status.NEEDS_ANSWER: self.tr("to answer"),
        }[status]

    # --- Painting --------------------------------------------------------------------------------

    def show_result(self, result: GateResult) -> bool:
        """Paint every light from the gate's verdicts; True when anything shown changed."""
        seen: set[tuple[str, tuple[str, ...]]] = set()
        changed = False
        for condition in self._lights:
            verdict = result.verdicts.get(condition)
            if verdict is not None:
                changed |= self._paint(self._lights[condition], verdict, seen)
        return changed

    def _paint(
        self, light: _Light, verdict: Verdict, seen: set[tuple[str, tuple[str, ...]]]
    ) -> bool:
        reason = verdict.reason(self._lang)
        key = (verdict.status, reason)
        changed = False
        if light.shown != key:
            changed = True
            light.shown = key
            status = verdict.status
            light.mark.setText(_MARK[status])
            light.mark.setProperty("colour", _COLOUR[status])
            self._style_mark(light)
            light.reason.setText(reason)
            lines = reason.splitlines()
            more = len(lines) - 1
            first = lines[0] if lines else ""
            light.short.set_full_text(
                self.tr("{first} (+{n})").format(first=first, n=more) if more > 0 else first
            )
            light.short.setToolTip(reason)
            title = self._policy.condition_title(verdict.condition, self._lang)
            light.mark.setAccessibleName(
                self.tr("{condition}: {status}").format(
                    condition=title, status=self.status_text(status)
                )
            )
            light.mark.setToolTip(light.mark.accessibleName())
            light.reason.setAccessibleName(reason)
        fixes = []
        for fix in verdict.fixes:
            fix_id = (fix.kind.value, fix.professional_ids)
            if fix.kind is FixKind.RECORD_BASIS or fix_id in seen:
                continue
            seen.add(fix_id)
            fixes.append(fix)
        # The label too: the same way forward may name someone else now (postpone and ask
        # D.M. first, no longer L.M.), and a button must never name the wrong person.
        fix_key = tuple((f.kind.value, f.professional_ids, self._fix_label(f)) for f in fixes)
        if fix_key != light.fix_key:
            changed = True
            light.fix_key = fix_key
            light.fix_list = fixes
            self._rebuild_fixes(light, fixes)
        return changed

    def _rebuild_fixes(self, light: _Light, fixes: list[Fix]) -> None:
        while light.fix_layout.count():
            widget = light.fix_layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for fix in fixes:
            full = self._fix_label(fix)
            button = QPushButton(light.fixes)
            button.setProperty("full", full)
            button.setProperty("short", self._short_label(fix))
            button.setAccessibleName(full)
            button.setToolTip(full)
            button.clicked.connect(lambda _=False, f=fix: self.fixRequested.emit(f))
            light.fix_layout.addWidget(button)
        light.fixes.setVisible(bool(fixes))
        self._place_short(light)
        self._name_fixes()

    def _place_short(self, light: _Light) -> None:
        """A compact light's reason takes the fixes' column too when it has no fix: the column
        is as wide as the widest fix of any light, and left every other reason a word or two."""
        span = 1 if light.fix_list else 2
        self._grid.removeWidget(light.short)
        self._grid.addWidget(light.short, light.row * 2, 2, 1, span)

    def _name_fixes(self) -> None:
        """Each fix button's text for the current mode, with an Alt+letter key of its own."""
        taken = set(self._reserved)
        for light in self._lights.values():
            for button in light.fixes.findChildren(QPushButton):
                if button.property("full") is None:
                    continue
                text = button.property("short" if self._compact else "full")
                button.setText(with_mnemonic(str(text), taken))
            light.fix_layout.invalidate()  # its size follows the new texts now, not later

    def _style_mark(self, light: _Light) -> None:
        colour = light.mark.property("colour") or _COLOUR[Status.NEEDS_ANSWER]
        light.mark.setStyleSheet(MARK_STYLE.format(size=MARK_SIZE[self._compact], colour=colour))

    def _fix_label(self, fix: Fix) -> str:
        if fix.kind is FixKind.PERSON_AGREES:
            return self.tr("{alias} is here and agrees").format(alias=self._alias)
        return fix.message.render(self._lang)

    def _short_label(self, fix: Fix) -> str:
        """A fix's name on a compact light (its full sentence is the tooltip)."""
        if fix.kind is FixKind.STEP_OUT:
            return self.tr("Ask to step out")
        if fix.kind is FixKind.POSTPONE:
            return self.tr("Postpone")
        if fix.kind is FixKind.PERSON_AGREES:
            return self.tr("{alias} agrees").format(alias=self._alias)
        if fix.kind is FixKind.GIVE_UNDERTAKING:  # the names, a whole list, are in the tooltip
            return self.tr("Confirm the undertaking")
        return self._fix_label(fix)

    # --- Compact ---------------------------------------------------------------------------------

    def is_compact(self) -> bool:
        """One line per light."""
        return self._compact

    def set_compact(self, compact: bool) -> None:
        """One line per light (True) or every reason in full with its fixes below (False)."""
        if compact == self._compact:
            return
        self._compact = compact
        for row, light in enumerate(self._lights.values()):
            light.reason.setVisible(not compact)
            light.short.setVisible(compact)
            self._style_mark(light)
            # The same buttons move (the keyboard's focus stays on them): beside or below.
            self._grid.removeWidget(light.fixes)
            if compact:
                self._grid.addWidget(light.fixes, row * 2, 3)
            else:
                left = Qt.AlignmentFlag.AlignLeft
                self._grid.addWidget(light.fixes, row * 2 + 1, 2, alignment=left)
            self._place_short(light)
        self._name_fixes()
        self._grid.invalidate()
        self._grid.activate()  # invalidate() alone leaves the old geometry until something asks
        self.updateGeometry()

    def full_height(self, width: int) -> int:
        """The height every light needs in full at ``width``, whatever the mode shown now."""
        compact = self._compact
        self.set_compact(False)
        height = self._grid.totalHeightForWidth(width)
        if height < 0:
            height = self._grid.sizeHint().height()
        self.set_compact(compact)
        return height

    # --- For tests and keyboard users ------------------------------------------------------------

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
        """The reason shown for a condition (all of it, even on a compact light)."""
        return self._lights[condition].reason.text()
