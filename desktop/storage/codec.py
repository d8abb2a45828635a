"""Entities to table rows and back. Plain functions, no SQL.

Times are ISO 8601 text (with their UTC offset), lists are JSON text, booleans are 0/1.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from desktop.core.deliberation import DeliberationConclusion
from desktop.core.entities import (
    Action,
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Decision,
    InstitutionSettings,
    Localized,
    Meeting,
    MeetingState,
    Mission,
    Nature,
    Outcome,
    Participation,
    Person,
    PersonNaming,
    PersonTakingPart,
    PriorInformation,
    Professional,
    Relationship,
    SharedItem,
    WithheldItem,
)
from desktop.core.messages import CATALOG, Message, Value

Row = dict[str, Any]


# One encoder of each kind, made once: ``json.dumps`` with options builds a new one per call,
# and a shared item writes several JSON values.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
_IDS = json.JSONEncoder(ensure_ascii=False)


def dumps(value: object) -> str:
    """Canonical JSON: sorted keys, no spaces, unicode kept."""
    return _CANONICAL.encode(value)


def ids_json(values: Iterable[str]) -> str:
    """A list of ids as stored in a row (e.g. a meeting's invitees)."""
    return _IDS.encode(list(values))


_ids = ids_json


def _time(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- Settings and directory ----------------------------------------------------------------------


def settings_row(s: InstitutionSettings) -> Row:
    """The single row of the ``settings`` table."""
    return {
        "id": 1,
        "name": s.name,
        "conduct_rule": s.conduct_rule,
        "missions": json.dumps([[m.id, m.name] for m in s.missions], ensure_ascii=False),
        "policy_id": s.policy_id,
        "person_naming": s.person_naming.value,
        "retention_days": s.retention_days,
        "lock_minutes": s.lock_minutes,
        "meeting_lock_minutes": s.meeting_lock_minutes,
        "language": s.language,
        "contact": s.contact,
        "deliberation_method": s.deliberation_method,
        "undertaking": s.undertaking,
        "undertaking_text": s.undertaking_text,
    }


def settings_from(row: Row) -> InstitutionSettings:
    """Institution settings from their row."""
    return InstitutionSettings(
        name=row["name"],
        conduct_rule=row["conduct_rule"],
        missions=tuple(Mission(i, n) for i, n in json.loads(row["missions"])),
        policy_id=row["policy_id"],
        person_naming=PersonNaming(row["person_naming"]),
        retention_days=row["retention_days"],
        lock_minutes=row["lock_minutes"],
        meeting_lock_minutes=row["meeting_lock_minutes"],
        language=row["language"],
        contact=row.get("contact") or "",
        deliberation_method=row["deliberation_method"],
        undertaking=row.get("undertaking") or "",
        undertaking_text=row.get("undertaking_text") or "",
    )


def professional_row(p: Professional) -> Row:
    """A directory entry as a row."""
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role,
        "organisation": p.organisation,
        "bound_by_secrecy": int(p.bound_by_secrecy),
        "secrecy_basis": p.secrecy_basis,
        "missions": _ids(sorted(p.missions)),
        "active": int(p.active),
    }


def professional_from(row: Row) -> Professional:
    """A directory entry from its row."""
    return Professional(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        organisation=row["organisation"],
        bound_by_secrecy=bool(row["bound_by_secrecy"]),
        secrecy_basis=row["secrecy_basis"],
        missions=frozenset(json.loads(row["missions"])),
        active=bool(row["active"]),
    )


def person_row(p: Person) -> Row:
    """A person concerned as a row."""
    return {
        "id": p.id,
        "name": p.name,
        "alias": p.alias,
        "reference": p.reference,
        "known_wishes": p.known_wishes,
        "household": p.household,
        "relationship": p.relationship.value,
        "birth_date": _date(p.birth_date),
        "parental_authority": p.parental_authority,
        "capacity_assessment": p.capacity_assessment,
        "capacity_assessed_on": _date(p.capacity_assessed_on),
        "capacity_assessed_by": p.capacity_assessed_by,
    }


def person_from(row: Row) -> Person:
    """A person concerned from their row (a row from before families has no household)."""
    return Person(
        row["id"],
        row["name"],
        row["alias"],
        row["reference"],
        row["known_wishes"],
        household=row.get("household") or "",
        relationship=Relationship(row.get("relationship") or Relationship.OTHER.value),
        birth_date=_parse_date(row.get("birth_date")),
        parental_authority=row.get("parental_authority") or "",
        capacity_assessment=row.get("capacity_assessment") or "",
        capacity_assessed_on=_parse_date(row.get("capacity_assessed_on")),
        capacity_assessed_by=row.get("capacity_assessed_by") or "",
    )


def consent_row(c: ConsentRecord) -> Row:
    """A consent record as a row."""
    return {
        "id": c.id,
        "person_id": c.person_id,
        "kind": c.kind.value,
        "categories": _ids(sorted(c.categories)),
        "missions": _ids(sorted(c.missions)),
        "professionals": _ids(sorted(c.professionals)),
        "valid_from": c.valid_from.isoformat(),
        "valid_until": _date(c.valid_until),
        "obtained_how": c.obtained_how,
        "reason": c.reason,
        "revoked_on": _date(c.revoked_on),
        "recorded_on": _date(c.recorded_on),
        "replaces": c.replaces,
        "replaced_by": c.replaced_by,
        "given_by": c.given_by,
    }


def consent_from(row: Row) -> ConsentRecord:
    """A consent record from its row."""
    return ConsentRecord(
        id=row["id"],
        person_id=row["person_id"],
        kind=ConsentKind(row["kind"]),
        categories=frozenset(json.loads(row["categories"])),
        missions=frozenset(json.loads(row["missions"])),
        professionals=frozenset(json.loads(row["professionals"])),
        valid_from=dt.date.fromisoformat(row["valid_from"]),
        valid_until=_parse_date(row["valid_until"]),
        obtained_how=row["obtained_how"],
        reason=row["reason"],
        revoked_on=_parse_date(row["revoked_on"]),
        recorded_on=_parse_date(row["recorded_on"]),
        given_by=row.get("given_by") or "",
        replaces=row["replaces"],
        replaced_by=row["replaced_by"],
    )


# --- Meetings ------------------------------------------------------------------------------------


def meeting_row(m: Meeting) -> Row:
    """A meeting's own row (its live record is in other tables)."""
    return {
        "id": m.id,
        # The first person named: what a list shows first, and what the foreign key ties.
        "person_id": m.person_id,
        "persons": persons_json(m),
        "mission_id": m.mission_id,
        "policy_id": m.policy_id,
        "purpose": m.purpose,
        "scheduled_at": m.scheduled_at.isoformat(),
        "facilitator_id": m.facilitator_id,
        "agenda": json.dumps([[a.id, a.title, a.minutes] for a in m.agenda], ensure_ascii=False),
        "invitees": _ids(m.invitees),
        "participation": m.participation.value,
        "advocate": m.advocate,
        "informed_beforehand": int(m.informed_beforehand),
        "informed_how": m.informed_how,
        "place": m.place,
        "next_meeting": _date(m.next_meeting),
        "legal_basis_id": m.legal_basis_id,
        "legal_basis_text": m.legal_basis_text,
        "holders_informed": int(m.prior_information.holders_informed),
        "person_not_of_age": int(m.prior_information.person_not_of_age),
        "not_informed_reason": m.prior_information.contrary_reason,
        "state": m.state.value,
        "opened_at": _time(m.opened_at),
        "closed_at": _time(m.closed_at),
        "show_wording": int(m.show_wording_on_shared_screen),
    }


def persons_json(m: Meeting) -> str:
    """The persons a meeting concerns, in order, with each one's own participation when the
    meeting is about several: ``[{"id": ..., "participation": ..., "advocate": ...}, ...]``."""
    entries: list[dict[str, str]] = []
    for person_id in m.person_ids:
        entry = {"id": person_id}
        own = next((t for t in m.taking_part if t.person_id == person_id), None)
        if own is not None:
            entry |= {"participation": own.participation.value, "advocate": own.advocate}
        entries.append(entry)
    return dumps(entries)


def _persons_from(row: Row) -> tuple[tuple[str, ...], tuple[PersonTakingPart, ...]]:
    """The persons of a meeting row; a row from before families names one, in ``person_id``."""
    entries = json.loads(row.get("persons") or "[]")
    if not entries:
        return (row["person_id"],), ()
    ids = tuple(entry["id"] for entry in entries)
    taking_part = tuple(
        PersonTakingPart(e["id"], Participation(e["participation"]), e.get("advocate", ""))
        for e in entries
        if "participation" in e
    )
    return ids, taking_part


def meeting_from(row: Row) -> Meeting:
    """A meeting from its row."""
    person_ids, taking_part = _persons_from(row)
    return Meeting(
        id=row["id"],
        person_ids=person_ids,
        taking_part=taking_part,
        mission_id=row["mission_id"],
        policy_id=row["policy_id"],
        purpose=row["purpose"],
        scheduled_at=dt.datetime.fromisoformat(row["scheduled_at"]),
        facilitator_id=row["facilitator_id"],
        agenda=tuple(AgendaItem(i, t, n) for i, t, n in json.loads(row["agenda"])),
        invitees=tuple(json.loads(row["invitees"])),
        participation=Participation(row["participation"]),
        advocate=row["advocate"],
        informed_beforehand=bool(row["informed_beforehand"]),
        informed_how=row["informed_how"],
        place=row["place"],
        next_meeting=_parse_date(row["next_meeting"]),
        legal_basis_id=row["legal_basis_id"],
        legal_basis_text=row["legal_basis_text"],
        prior_information=PriorInformation(
            holders_informed=bool(row["holders_informed"]),
            person_not_of_age=bool(row["person_not_of_age"]),
            contrary_reason=row["not_informed_reason"],
        ),
        state=MeetingState(row["state"]),
        opened_at=_parse_time(row["opened_at"]),
        closed_at=_parse_time(row["closed_at"]),
        show_wording_on_shared_screen=bool(row["show_wording"]),
    )


# --- Messages (the consent basis of a shared item) -----------------------------------------------


def message_json(message: Message) -> str:
    """A :class:`Message` as JSON: its key, and each value with its kind (text, names,
    localized, date, count, or a message of the core's catalogue)."""
    return dumps(_message_data(message))


def _message_data(message: Message) -> dict[str, object]:
    values: list[list[object]] = []
    for name, value in message.values:
        if isinstance(value, Message):
            values.append([name, "message", _message_data(value)])
        elif isinstance(value, Localized):
            values.append([name, "localized", dict(value)])
        elif isinstance(value, tuple):
            values.append([name, "names", list(value)])
        elif isinstance(value, dt.date):
            values.append([name, "date", value.isoformat()])
        elif isinstance(value, int):
            values.append([name, "count", value])
        else:
            values.append([name, "text", value])
    return {"key": message.key, "values": values}


def message_from(text: str) -> Message:
    """A :class:`Message` from :func:`message_json` (a key of the core's catalogue)."""
    return _message_from(json.loads(text))


def _message_from(data: dict[str, Any]) -> Message:
    values: list[tuple[str, Value]] = []
    for name, kind, value in data["values"]:
        if kind == "message":
            values.append((name, _message_from(value)))
        elif kind == "localized":
            values.append((name, Localized(value)))
        elif kind == "names":
            values.append((name, tuple(value)))
        elif kind == "date":
            values.append((name, dt.date.fromisoformat(value)))
        elif kind == "count":
            values.append((name, int(value)))
        else:
            values.append((name, value))
    return Message(CATALOG[data["key"]], tuple(values))


# --- What a meeting decided ----------------------------------------------------------------------


def shared_row(i: SharedItem) -> Row:
    """A shared item, every field."""
    return {
        "id": i.id,
        "meeting_id": i.meeting_id,
        "agenda_item_id": i.agenda_item_id,
        "discloser_id": i.discloser_id,
        "category_id": i.category_id,
        "nature": i.nature.value,
        "statement_of": i.statement_of,
        "wording": i.wording,
        "good_for_whom": i.good_for_whom,
        "with_whom": _ids(i.with_whom),
        "why": i.why,
        "empty_chair_answer": i.empty_chair_answer,
        "necessity_reason": i.necessity_reason,
        "consent_basis": message_json(i.consent_basis),
        "exception_id": i.exception_id,
        "exception_justification": i.exception_justification,
        "stepped_out": _ids(i.stepped_out),
        "proposed_at": i.proposed_at.isoformat(),
        "shared_at": i.shared_at.isoformat(),
        "sequence": i.sequence,
        "opinion_basis": i.opinion_basis,
        "purpose_id": i.purpose_id,
        "about": _ids(i.about),
    }


def shared_from(row: Row) -> SharedItem:
    """A shared item from its row."""
    return SharedItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        agenda_item_id=row["agenda_item_id"],
        discloser_id=row["discloser_id"],
        category_id=row["category_id"],
        nature=Nature(row["nature"]),
        statement_of=row["statement_of"],
        wording=row["wording"],
        good_for_whom=row["good_for_whom"],
        with_whom=tuple(json.loads(row["with_whom"])),
        why=row["why"],
        empty_chair_answer=row["empty_chair_answer"],
        necessity_reason=row["necessity_reason"],
        consent_basis=message_from(row["consent_basis"]),
        exception_id=row["exception_id"],
        exception_justification=row["exception_justification"],
        stepped_out=tuple(json.loads(row["stepped_out"])),
        proposed_at=dt.datetime.fromisoformat(row["proposed_at"]),
        shared_at=dt.datetime.fromisoformat(row["shared_at"]),
        sequence=row["sequence"],
        opinion_basis=row["opinion_basis"],
        purpose_id=row["purpose_id"],
        about=tuple(json.loads(row.get("about") or "[]")),
    )


def withheld_row(i: WithheldItem) -> Row:
    """A withheld item: category, outcome, failed conditions, proposer, times. No content."""
    return {
        "id": i.id,
        "meeting_id": i.meeting_id,
        "agenda_item_id": i.agenda_item_id,
        "category_id": i.category_id,
        "outcome": i.outcome.value,
        "failed_conditions": _ids(i.failed_conditions),
        "chose_not_to_share": int(i.chose_not_to_share),
        "proposed_by": i.proposed_by,
        "proposed_at": i.proposed_at.isoformat(),
        "decided_at": i.decided_at.isoformat(),
        "reason_id": i.reason_id,
        "about": _ids(i.about),
    }


def withheld_from(row: Row) -> WithheldItem:
    """A withheld item from its row."""
    return WithheldItem(
        id=row["id"],
        meeting_id=row["meeting_id"],
        agenda_item_id=row["agenda_item_id"],
        category_id=row["category_id"],
        outcome=Outcome(row["outcome"]),
        # Ids of the meeting's policy's conditions; rows from before policies were data hold
        # the Belgian ids ("consent", "secrecy"...), which that policy still uses.
        failed_conditions=tuple(json.loads(row["failed_conditions"])),
        chose_not_to_share=bool(row["chose_not_to_share"]),
        proposed_by=row["proposed_by"],
        proposed_at=dt.datetime.fromisoformat(row["proposed_at"]),
        decided_at=dt.datetime.fromisoformat(row["decided_at"]),
        reason_id=row["reason_id"],
        about=tuple(json.loads(row.get("about") or "[]")),
    )


def decision_row(d: Decision) -> Row:
    """A decision as a row."""
    return {
        "id": d.id,
        "meeting_id": d.meeting_id,
        "text": d.text,
        "item_ids": _ids(d.item_ids),
        "decided_at": _time(d.decided_at),
    }


def decision_from(row: Row) -> Decision:
    """A decision from its row."""
    return Decision(
        id=row["id"],
        meeting_id=row["meeting_id"],
        text=row["text"],
        item_ids=tuple(json.loads(row["item_ids"])),
        decided_at=_parse_time(row["decided_at"]),
    )


def action_row(a: Action) -> Row:
    """An action as a row."""
    return {
        "id": a.id,
        "meeting_id": a.meeting_id,
        "who": a.who,
        "what": a.what,
        "due": _date(a.due),
        "item_ids": _ids(a.item_ids),
        "postponed_item_id": a.postponed_item_id,
        "who_name": a.who_name,
    }


def action_from(row: Row) -> Action:
    """An action from its row."""
    return Action(
        id=row["id"],
        meeting_id=row["meeting_id"],
        who=row["who"],
        what=row["what"],
        due=_parse_date(row["due"]),
        item_ids=tuple(json.loads(row["item_ids"])),
        postponed_item_id=row["postponed_item_id"],
        who_name=row.get("who_name") or "",
    )


def deliberation_row(c: DeliberationConclusion) -> Row:
    """A concluded deliberation: its question and conclusion, never the notes of its steps."""
    return {
        "id": c.id,
        "meeting_id": c.meeting_id,
        "method_id": c.method_id,
        "method_name": dumps(dict(c.method_name)),
        "question": c.question,
        "conclusion": c.conclusion,
        "decision_id": c.decision_id,
        "agenda_item_id": c.agenda_item_id,
        "started_at": c.started_at.isoformat(),
        "concluded_at": c.concluded_at.isoformat(),
    }


def deliberation_from(row: Row) -> DeliberationConclusion:
    """A concluded deliberation from its row."""
    return DeliberationConclusion(
        id=row["id"],
        meeting_id=row["meeting_id"],
        method_id=row["method_id"],
        method_name=Localized(json.loads(row["method_name"])),
        question=row["question"],
        conclusion=row["conclusion"],
        decision_id=row["decision_id"],
        agenda_item_id=row["agenda_item_id"],
        started_at=dt.datetime.fromisoformat(row["started_at"]),
        concluded_at=dt.datetime.fromisoformat(row["concluded_at"]),
    )
