"""Short texts the meeting views share: presence, nature, timers, and invitee concerns.

Every concern is shown as a symbol *and* words, never as a colour alone. Strings go through
``QCoreApplication.translate`` under one context so that ``pyside6-lupdate`` finds them.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.core.entities import Mission, Nature, Presence, Professional

CONTEXT = "MeetingLabels"

SYMBOL_OK = "✓"
SYMBOL_NO = "✗"
SYMBOL_WARN = "⚠"
SYMBOL_CURRENT = "▶"
SYMBOL_WAIT = "…"


def tr(text: str) -> str:
    """Translate a source string of this module."""
    return QCoreApplication.translate(CONTEXT, text)


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
        Presence.PRESENT: tr("present"),
        Presence.EXCUSED: tr("excused"),
        Presence.STEPPED_OUT: tr("stepped out"),
        Presence.LEFT: tr("left"),
        Presence.INVITED: tr("not called yet"),
    }[presence]


def nature_text(nature: Nature, statement_of: str = "") -> str:
    """Fact, opinion, or whose statement."""
    if nature is Nature.FACT:
        return tr("fact")
    if nature is Nature.OPINION:
        return tr("opinion")
    if statement_of.strip():
        return tr("statement of {who}").format(who=statement_of.strip())
    return tr("statement")


def person_line(professional: Professional) -> str:
    """``A. Martin · social worker``."""
    if professional.role:
        return f"{professional.name} · {professional.role}"
    return professional.name


def secrecy_text(professional: Professional) -> str:
    """Whether someone is bound by secrecy, and on what basis, with a symbol."""
    if not professional.bound_by_secrecy:
        return tr("{mark} not bound by secrecy").format(mark=SYMBOL_NO)
    if not professional.secrecy_basis.strip():
        return tr("{mark} bound, no basis recorded").format(mark=SYMBOL_WARN)
    return tr("{mark} bound ({basis})").format(mark=SYMBOL_OK, basis=professional.secrecy_basis)


def mission_text(professional: Professional, mission: Mission | None) -> str:
    """Whether someone works in the meeting's mission, with a symbol."""
    if mission is None:
        return "—"
    if mission.id in professional.missions:
        return tr("{mark} {mission}").format(mark=SYMBOL_OK, mission=mission.name)
    return tr("{mark} not in {mission}").format(mark=SYMBOL_NO, mission=mission.name)


def concerns(professional: Professional, mission: Mission | None) -> list[str]:
    """Why this attendee would block sharing: not bound, no basis, outside the mission."""
    found: list[str] = []
    if not professional.bound_by_secrecy:
        found.append(tr("not bound by professional secrecy"))
    elif not professional.secrecy_basis.strip():
        found.append(tr("no secrecy basis recorded"))
    if mission is not None and mission.id not in professional.missions:
        found.append(tr("does not work in {mission}").format(mission=mission.name))
    return found


def concern_lines(professionals: Iterable[Professional], mission: Mission | None) -> list[str]:
    """One line per attendee with a concern: ``⚠ S. Peeters (police): not bound by …``."""
    lines = []
    for professional in professionals:
        found = concerns(professional, mission)
        if found:
            lines.append(
                tr("{mark} {who}: {concerns}").format(
                    mark=SYMBOL_WARN, who=professional.label(), concerns="; ".join(found)
                )
            )
    return lines


def concern_warning(professionals: Iterable[Professional], mission: Mission | None) -> str:
    """The warning shown before the meeting starts, or an empty string when nobody blocks."""
    lines = concern_lines(professionals, mission)
    if not lines:
        return ""
    head = tr(
        "These attendees block sharing while they are in the room; they may be asked to step "
        "out for an item:"
    )
    return "\n".join([head, *lines])
