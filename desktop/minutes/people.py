"""Who was at the meeting: the attendees table, and the person concerned with their consents."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from desktop.core.entities import ConsentKind, ConsentRecord, Person, Presence
from desktop.core.policy import ConditionKind
from desktop.core.text import format_date
from desktop.minutes.document import Writer
from desktop.minutes.fonts import REGULAR
from desktop.minutes.layout import BODY_WIDTH, RULE, fit_columns
from desktop.minutes.texts import clock, tr

BODY_SIZE = 10
OUTSIZED_ROW = 1000  # characters in one attendee's row beyond which it leaves the table


def colon(w: Writer, label: str) -> str:
    """``label:`` as the language writes it (``label :`` in French); a question keeps its
    question mark alone."""
    if label.rstrip().endswith("?"):
        return label
    return tr("label.colon", w.lang, label=label)


def semicolons(lang: str) -> str:
    """What separates the parts of a list with semicolons: French puts a space before « ; »."""
    return " ; " if lang == "fr" else "; "


def field(w: Writer, label: str, value: str) -> list[Paragraph]:
    """A *label: value* line (any length)."""
    return w.block(value, label, "field", label=colon(w, label))


def _presence(w: Writer, professional_id: str) -> str:
    entry = w.record.attendance[professional_id]
    lang, opened = w.lang, w.record.meeting.opened_at
    arrivals = [at for at, presence in entry.changes if presence is Presence.PRESENT]
    if entry.presence is Presence.LEFT:
        left = [at for at, presence in entry.changes if presence is Presence.LEFT]
        return tr("presence.left", lang, time=clock(left[-1]))
    if entry.presence in (Presence.PRESENT, Presence.STEPPED_OUT) and arrivals:
        late = opened is not None and (arrivals[0] - opened).total_seconds() > 10 * 60
        return (
            tr("presence.arrived", lang, time=clock(arrivals[0]))
            if late
            else (tr("presence.present", lang))
        )
    if entry.presence is Presence.EXCUSED:
        return tr("presence.excused", lang)
    return tr("presence.invited", lang)


def _stepped_out(w: Writer, professional_id: str, numbers: dict[str, int]) -> str:
    out_of = w.record.attendance[professional_id].stepped_out_of
    shared = sorted(numbers[i] for i in out_of if i in numbers)
    withheld = len([i for i in out_of if i not in numbers])
    parts = []
    if shared:
        parts.append(w.refs(shared))
    if withheld:
        parts.append(tr("stepped.withheld", w.lang, withheld))
    return semicolons(w.lang).join(parts) or "—"


def attendees(w: Writer) -> list[Flowable]:
    """The attendees table: name, role, organisation, secrecy basis, presence, steps out."""
    lang = w.lang
    heading = tr("heading.attendees", lang)
    numbers = w.item_numbers()
    columns = ("col.name", "col.role", "col.organisation", "col.secrecy", "col.presence")
    head = [w.line(tr(key, lang), heading, "cell_head") for key in columns]
    head.append(w.line(tr("col.stepped_out", lang), heading, "cell_head"))
    rows: list[list[Flowable]] = [head]
    texts: list[list[str]] = [[tr(key, lang) for key in (*columns, "col.stepped_out")]]
    outsized: list[Flowable] = []
    for pid in w.record.attendance:
        person = w.professional(pid)
        where = f"{heading} — {person.name}"
        secrecy = (
            person.secrecy_basis or "—"
            if person.bound_by_secrecy
            else tr("attendee.not_bound", lang)
        )
        cells = (
            person.name,
            person.role,
            person.organisation or "—",
            secrecy,
            _presence(w, pid),
            _stepped_out(w, pid, numbers),
        )
        if sum(map(len, cells)) > OUTSIZED_ROW:
            # A table row is laid out again at every page it spans: an attendee with an
            # enormous text is printed as paragraphs after the table, which flow in one pass.
            labels = [tr(key, lang) for key in (*columns, "col.stepped_out")]
            outsized += [
                p
                for label, value in zip(labels, cells, strict=True)
                for p in field(w, label, value)
            ]
            outsized.append(Spacer(1, BODY_SIZE * 0.6))
            continue
        rows.append([_cell(w, value, where) for value in cells])
        texts.append(list(cells))
    # Each column as wide as its content: short roles and presences leave the room to names
    # and secrecy bases.
    widths = fit_columns(texts, BODY_WIDTH, BODY_SIZE * 0.85, unbroken=(0, 4))
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE * 0.85),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [
        w.line(heading, heading, "h1"),
        table,
        Spacer(1, BODY_SIZE * 0.6),
        *outsized,
        *_undertakings(w),
    ]


def _undertakings(w: Writer) -> list[Flowable]:
    """Who gave the confidentiality undertaking at check-in, and when (in the order given)."""
    given = sorted(w.record.undertakings.items(), key=lambda pair: (pair[1], pair[0]))
    if not given:
        return []
    lang = w.lang
    heading = tr("heading.undertaking", lang)
    story: list[Flowable] = [w.line(heading, heading, "h2")]
    story += w.block(tr("undertaking.intro", lang), heading, "body")
    for pid, at in given:
        line = tr("undertaking.given", lang, name=w.label(pid), time=clock(at))
        story.append(Paragraph(w.text(line, heading), w.styles["bullet"], bulletText="•"))
    return story


def _cell(w: Writer, value: str, where: str) -> Flowable | list[Flowable]:
    paragraphs = w.block(value, where, "cell")
    return paragraphs[0] if len(paragraphs) == 1 else paragraphs


def person_concerned(w: Writer) -> list[Flowable]:
    """The person's participation, whether they were informed, and the consents on record; for
    a family, each person's own participation and consents, in the meeting's order."""
    record, lang = w.record, w.lang
    if w.is_family:
        return _persons_concerned(w)
    meeting, name = record.meeting, w.person_name()
    heading = tr("heading.person", lang)
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    own = meeting.taking_part_of(record.person.id)
    key = f"participation.{own.participation.value}"
    story += w.block(tr(key, lang, name=name, advocate=own.advocate), heading, "body")
    story += minor_lines(w, record.person, heading)
    informed = "informed.yes" if meeting.informed_beforehand else "informed.no"
    story += w.block(tr(informed, lang, name=name), heading, "body")
    if meeting.informed_beforehand and meeting.informed_how:
        story += w.block(tr("informed.how", lang, how=meeting.informed_how), heading, "field")
    story += _prior_information(w, heading)
    consents = tr("heading.consents", lang)
    story.append(w.line(consents, consents, "h2"))
    if not record.consents:
        story.append(w.line(tr("consents.none", lang), consents, "body"))
    for consent in record.consents:
        story += _consent(w, consent, consents)
    return story


def minor_lines(w: Writer, person: Person, where: str) -> list[Flowable]:
    """For a minor on the day of the meeting: their age, who holds parental authority, and how
    they were informed according to age and maturity (the assessment, its date and author)."""
    lang = w.lang
    age = person.age_on(w.meeting_day())
    majority = w.record.policy.minors.age_of_majority if w.record.policy.minors else 18
    if age is None or age >= majority:
        return []
    holders = person.parental_authority or tr("minor.not_recorded", lang)
    story = w.block(tr("minor.line", lang, age=str(age), holders=holders), where, "body")
    if person.capacity_assessment:
        day = person.capacity_assessed_on
        line = tr(
            "minor.capacity",
            lang,
            date=format_date(day, lang) if day else "—",
            who=person.capacity_assessed_by or "—",
            assessment=person.capacity_assessment,
        )
        story += w.block(line, where, "field")
    return story


def _persons_concerned(w: Writer) -> list[Flowable]:
    """A family: for each person, their place in it, their participation and their consents."""
    record, lang, meeting = w.record, w.lang, w.record.meeting
    heading = tr("heading.persons", lang)
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    names = w.persons_names()
    informed = "informed.yes_several" if meeting.informed_beforehand else "informed.no_several"
    story += w.block(tr(informed, lang, names=names), heading, "body")
    if meeting.informed_beforehand and meeting.informed_how:
        story += w.block(tr("informed.how", lang, how=meeting.informed_how), heading, "field")
    story += _prior_information(w, heading)
    for person in record.concerned:
        name = w.name_of(person)
        title = tr(
            "person.heading",
            lang,
            name=name,
            relationship=tr(f"relationship.{person.relationship.value}", lang),
        )
        story.append(w.para(w.text(title, heading), "h2"))
        own = meeting.taking_part_of(person.id)
        key = f"participation.{own.participation.value}"
        story += w.block(tr(key, lang, name=name, advocate=own.advocate), title, "body")
        story += minor_lines(w, person, title)
        consents = [c for c in record.consents if c.person_id == person.id]
        if not consents:
            story.append(w.para(w.text(tr("consents.none", lang), title), "body"))
        for consent in consents:
            story += _consent(w, consent, title)
    return story


def _prior_information(w: Writer, where: str) -> list[Flowable]:
    """Who else was informed beforehand, when the framework asks for it (child protection): the
    holders of parental authority, the child too young to be, or why informing them would be
    contrary to the child's interest (that reason in the full record only)."""
    record, lang, name = w.record, w.lang, w.person_name()
    condition = record.policy.condition_of_kind(ConditionKind.PRIOR_INFORMATION)
    if condition is None:
        return []
    info = record.meeting.prior_information
    lines = []
    if "holders" in condition.parties:
        lines.append(tr("prior.holders_yes" if info.holders_informed else "prior.holders_no", lang))
    if condition.by_maturity and info.person_not_of_age:
        lines.append(tr("prior.not_of_age", lang, name=name))
    if info.contrary_reason:
        if w.recipient_id is None:
            lines.append(tr("prior.contrary", lang, name=name, reason=info.contrary_reason))
        else:
            lines.append(tr("prior.contrary_elsewhere", lang, name=name))
    story: list[Flowable] = []
    for line in lines:
        story += w.block(line, where, "body")
    return story


def _consent(w: Writer, consent: ConsentRecord, where: str) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    kind = {
        ConsentKind.GIVEN: "consents.given",
        ConsentKind.REFUSED: "consents.refused",
        ConsentKind.NOT_OBTAINABLE: "consents.not_obtainable",
        ConsentKind.INFORMED: "consents.informed",
        ConsentKind.OBJECTED: "consents.objected",
    }[consent.kind]
    if consent.valid_from.year <= 1:
        validity = tr("consents.always", lang)
    elif consent.valid_until:
        validity = tr(
            "consents.valid_until",
            lang,
            start=format_date(consent.valid_from, lang),
            end=format_date(consent.valid_until, lang),
        )
    else:
        validity = tr("consents.valid", lang, start=format_date(consent.valid_from, lang))
    notes = [validity]
    if consent.revoked_on:
        notes.append(tr("consents.revoked", lang, date=format_date(consent.revoked_on, lang)))
    if not consent.is_valid_on(w.meeting_day()):
        notes.append(tr("consents.not_in_force", lang))
    if consent.given_by:  # a minor's parents gave it, not the child
        notes.insert(0, tr("consents.by_parents", lang))
    head = f"{tr(kind, lang)} ({semicolons(lang).join(notes)})"
    categories = sorted(policy.category_name(c, lang) for c in consent.categories)
    recipients = [
        tr("consents.anyone_in", lang, mission=_mission_name(w, m))
        for m in sorted(consent.missions)
    ]
    recipients += sorted(w.label(p) for p in consent.professionals)
    story: list[Flowable] = [w.line(head, where, "bullet", bullet="•")]
    story += w.block(tr("consents.categories", lang, items=", ".join(categories)), where, "field")
    story += w.block(
        tr("consents.recipients", lang, items=semicolons(lang).join(recipients)), where, "field"
    )
    if consent.kind is ConsentKind.NOT_OBTAINABLE and consent.reason:
        story += w.block(tr("consents.reason", lang, reason=consent.reason), where, "field")
    if consent.obtained_how:
        story += w.block(tr("consents.obtained", lang, how=consent.obtained_how), where, "field")
    return story


def _mission_name(w: Writer, mission_id: str) -> str:
    mission = w.record.settings.mission(mission_id)
    if mission is None and w.record.mission.id == mission_id:
        mission = w.record.mission
    return mission.name if mission else mission_id
