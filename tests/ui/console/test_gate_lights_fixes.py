"""A light's fix buttons always say what the gate says now: the same way forward about another
person (a family: "postpone and ask D.M. first", no longer L.M.) is relabelled at once."""

from __future__ import annotations

from desktop.core.gate import Fix, FixKind, GateResult, Status, Verdict
from desktop.core.messages import Message
from desktop.core.policy import load_policy
from desktop.ui.console.gate_lights import ConditionLights


def _refused_by(alias: str) -> GateResult:
    postpone = Fix(FixKind.POSTPONE, Message.of("fix.postpone", alias=alias))
    reason = Message.of("consent.refused_undated", alias=alias, category="Health", names=("A.",))
    verdict = Verdict("consent", Status.NOT_MET, (reason,), (postpone,))
    return GateResult({"consent": verdict})


def test_a_fix_about_another_person_is_relabelled(qtbot) -> None:
    lights = ConditionLights(load_policy(), "en")
    qtbot.addWidget(lights)
    lights.show()
    lights.show_result(_refused_by("L.M."))
    qtbot.wait(1)
    assert [b.accessibleName() for b in lights.fix_buttons()] == ["Postpone and ask L.M. first"]
    lights.show_result(_refused_by("D.M."))
    qtbot.wait(1)  # a button added to a shown light appears once events run
    buttons = lights.fix_buttons()
    assert [b.accessibleName() for b in buttons] == ["Postpone and ask D.M. first"]
    assert "D.M." in buttons[0].text() and "L.M." not in buttons[0].toolTip()
