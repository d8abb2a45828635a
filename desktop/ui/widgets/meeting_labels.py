"""Short texts the meeting views share: presence, nature, timers, and invitee concerns.

Every concern is shown as a symbol *and* words, never as a colour alone. Strings are written
out as ``QCoreApplication.translate("MeetingLabels", "…")`` at each call: ``pyside6-lupdate``
only finds literal calls, under the context they name.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.core.entities import Mission, Nature, Presence, Professional
from desktop.core.policy import ConditionKind, Policy
from desktop.ui.i18n import fill_in

SYMBOL_OK = "✓"
SYMBOL_NO = "✗"
SYMBOL_WARN = "⚠"
SYMBOL_CURRENT = "▶"


def clock_text(seconds: int) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) for a non-negative duration."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def presence_symbol(presence: Presence) -> str:
    """A one-character mark for where someone is."""
    return {
        Presence.PRESENT: SYMBOL_OK,
        Presence.EXCUSED: SYMBOL_NO,
        Presence.STEPPED_OUT: "↷",
        Presence.LEFT: "⇥",
        Presence.INVITED: "?",
    }[presence]


def presence_text(presence: Presence) -> str:
    """Where someone is, in words."""
    return {
        Presence.PRESENT: QCoreApplication.translate("MeetingLabels", "present"),
        Presence.EXCUSED: QCoreApplication.translate("MeetingLabels", "excused"),
        Presence.STEPPED_OUT: QCoreApplication.translate("MeetingLabels", "stepped out"),
        Presence.LEFT: QCoreApplication.translate("MeetingLabels", "left"),
        Presence.INVITED: QCoreApplication.translate("MeetingLabels", "not called yet"),
    }[presence]


def nature_text(nature: Nature, statement_of: str = "") -> str:
    """Fact, opinion, or whose statement."""
    if nature is Nature.FACT:
        return QCoreApplication.translate("MeetingLabels", "fact")
    if nature is Nature.OPINION:
        return QCoreApplication.translate("MeetingLabels", "opinion")
    if statement_of.strip():
        return fill_in(
            QCoreApplication.translate("MeetingLabels", "statement of {who}"),
            who=statement_of.strip(),
        )
    return QCoreApplication.translate("MeetingLabels", "statement")


def person_line(professional: Professional) -> str:
    """``A. Martin · social worker``."""
    if professional.role:
        return f"{professional.name} · {professional.role}"
    return professional.name


def secrecy_text(professional: Professional) -> str:
    """Whether someone is bound by secrecy, and on what basis, with a symbol."""
    if not professional.bound_by_secrecy:
        return QCoreApplication.translate("MeetingLabels", "{mark} not bound by secrecy").format(
            mark=SYMBOL_NO
        )
    if not professional.secrecy_basis.strip():
        return QCoreApplication.translate(
            "MeetingLabels", "{mark} bound, no basis recorded"
        ).format(mark=SYMBOL_WARN)
    return QCoreApplication.translate("MeetingLabels", "{mark} bound ({basis})").format(
        mark=SYMBOL_OK, basis=professional.secrecy_basis
    )


def mission_text(professional: Professional, mission: Mission | None) -> str:
    """Whether someone works in the meeting's mission, with a symbol."""
    if mission is None:
        return "—"
    if mission.id in professional.missions:
        return QCoreApplication.translate("MeetingLabels", "{mark} {mission}").format(
            mark=SYMBOL_OK, mission=mission.name
        )
    return QCoreApplication.translate("MeetingLabels", "{mark} not in {mission}").format(
        mark=SYMBOL_NO, mission=mission.name
    )


def asked_of_the_room(policy: Policy, mission: Mission | None) -> tuple[Mission | None, bool]:
    """What ``policy`` asks of everyone in the room: the mission they must work in (``None``
    when it asks none: a case consultation) and whether they must be bound by secrecy (not under
    Caldicott), as :func:`concerns` takes them."""
    kinds = {condition.kind for condition in policy.conditions}
    return (
        mission if ConditionKind.WITHIN_MISSION in kinds else None,
        ConditionKind.BOUND_BY_SECRECY in kinds,
    )


def concerns(
    professional: Professional, mission: Mission | None, *, secrecy: bool = True
) -> list[str]:
    """Why this attendee would block sharing: not bound, no basis (when the framework asks for
    ``secrecy``), outside the ``mission`` (when there is one to work in)."""
    found: list[str] = []
    if secrecy and not professional.bound_by_secrecy:
        found.append(
            QCoreApplication.translate("MeetingLabels", "not bound by professional secrecy")
        )
    elif secrecy and not professional.secrecy_basis.strip():
        found.append(QCoreApplication.translate("MeetingLabels", "no secrecy basis recorded"))
    if mission is not None and mission.id not in professional.missions:
        found.append(
            QCoreApplication.translate("MeetingLabels", "does not work in {mission}").format(
                mission=mission.name
            )
        )
    return found


def concern_lines(
    professionals: Iterable[Professional], mission: Mission | None, *, secrecy: bool = True
) -> list[str]:
    """One line per attendee with a concern: ``⚠ S. Peeters (police): not bound by …``."""
    lines = []
    for professional in professionals:
        found = concerns(professional, mission, secrecy=secrecy)
        if found:
            lines.append(
                QCoreApplication.translate("MeetingLabels", "{mark} {who}: {concerns}").format(
                    mark=SYMBOL_WARN, who=professional.label(), concerns="; ".join(found)
                )
            )
    return lines


def concern_warning(
    professionals: Iterable[Professional], mission: Mission | None, *, secrecy: bool = True
) -> str:
    """The warning shown before the meeting starts, or an empty string when nobody blocks."""
    lines = concern_lines(professionals, mission, secrecy=secrecy)
    if not lines:
        return ""
    head = QCoreApplication.translate(
        "MeetingLabels",
        "These attendees block sharing while they are in the room; they may be asked to step "
        "out for an item:",
    )
    return "\n".join([head, *lines])
