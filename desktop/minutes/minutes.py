"""The minutes of a closed meeting (DESIGN.md §6): only what was shared, by whom, with whom, why.

Everything printed comes from a :class:`~desktop.core.record.MeetingRecord`, which never holds a
draft nor the content of an item not shared: of those, the minutes print only their number.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.core.entities import ConsentKind, ConsentRecord, Nature, Presence, SharedItem
from desktop.core.record import MeetingRecord
from desktop.minutes.document import MinutesResult, Writer, shorten
from desktop.minutes.fonts import REGULAR
from desktop.minutes.layout import (
    MARGIN,
    PAGE_WIDTH,
    RULE,
    Metadata,
    PageFurniture,
    build_pdf,
    make_styles,
)
from desktop.minutes.texts import clock, long_date, tr

BODY_SIZE = 10
OUTSIZED_ROW = 1000  # characters in one attendee's row beyond which it leaves the table


def render_minutes(record: MeetingRecord, lang: str) -> MinutesResult:
    """The minutes as a PDF in ``lang`` ("en" or "fr"). Pure: same record, same bytes."""
    w = Writer(record, lang, make_styles(BODY_SIZE))
    lang = w.lang
    story = [
        *_header(w),
        *_attendees(w),
        *_person(w),
        *_shared(w),
        *_decisions(w),
        *_actions(w),
        *_distribution(w),
    ]
    policy, meeting = record.policy, record.meeting
    day = long_date(w.meeting_day(), lang)
    furniture = PageFurniture(
        header_left=w.text(
            tr("minutes.running", lang, person=shorten(w.person_name()), date=day),
            tr("where.header", lang),
        ),
        header_right=w.text(shorten(record.settings.name), tr("where.header", lang)),
        footer=w.text(policy.text("confidentiality_notice", lang), tr("where.footer", lang)),
        page_label=lambda page, pages: tr("page", lang, page=str(page), pages=str(pages)),
    )
    metadata = Metadata(
        title=f"{tr('minutes.title', lang)} — {w.person_name()} — {day}",
        author=record.settings.name,
        subject=tr("minutes.subject", lang, purpose=meeting.purpose),
        lang=lang,
    )
    pdf, pages = build_pdf(story, furniture, metadata)
    return MinutesResult(pdf, pages, w.glyphs.missing())


def _field(w: Writer, label: str, value: str) -> list[Paragraph]:
    return w.block(value, label, "field", label=_colon(w, label))


def _header(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    meeting, policy = record.meeting, record.policy
    facilitator = w.label(meeting.facilitator_id)
    when = tr(
        "value.date",
        lang,
        date=long_date(w.meeting_day(), lang),
        start=clock(meeting.opened_at or meeting.scheduled_at),
        end=clock(meeting.closed_at) or "…",
    )
    title = tr("minutes.title", lang)
    story: list[Flowable] = [
        w.para(w.text(title, title), "title"),
        w.para(w.text(tr("minutes.about", lang, person=w.person_name()), title), "subtitle"),
    ]
    fields = [
        (tr("label.institution", lang), record.settings.name),
        (tr("label.purpose", lang), meeting.purpose),
        (tr("label.mission", lang), record.mission.name),
        (tr("label.date", lang), when),
        (tr("label.facilitator", lang), facilitator),
        (
            tr("label.policy", lang),
            tr("value.policy", lang, name=policy.name.text(lang), version=policy.version),
        ),
    ]
    story += w.fields([(_colon(w, label), value, label) for label, value in fields], "field")
    conduct = tr("heading.conduct", lang)
    story.append(w.para(w.text(conduct, conduct), "h1"))
    story += w.block(record.settings.conduct_rule, conduct, "body")
    return story


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
        key = "stepped.items" if len(shared) == 1 else "stepped.items_many"
        parts.append(tr(key, w.lang, numbers=", ".join(map(str, shared))))
    if withheld:
        parts.append(tr("stepped.withheld", w.lang, count=str(withheld)))
    return "; ".join(parts) or "—"


def _attendees(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.attendees", lang)
    numbers = w.item_numbers()
    columns = ("col.name", "col.role", "col.organisation", "col.secrecy", "col.presence")
    head = [w.para(w.text(tr(key, lang), heading), "cell_head") for key in columns]
    head.append(w.para(w.text(tr("col.stepped_out", lang), heading), "cell_head"))
    rows: list[list[Flowable]] = [head]
    outsized: list[Flowable] = []
    for pid in w.record.attendance:
        person = w.professional(pid)
        where = f"{heading} — {person.name}"
        secrecy = (
            person.secrecy_basis or "—"
            if person.bound_by_secrecy
            else tr("secrecy.not_bound", lang)
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
                for p in _field(w, label, value)
            ]
            outsized.append(Spacer(1, BODY_SIZE * 0.6))
            continue
        rows.append([_cell(w, value, where) for value in cells])
    width = PAGE_WIDTH - 2 * MARGIN
    shares = (0.2, 0.15, 0.17, 0.18, 0.14, 0.16)
    table = Table(rows, colWidths=[width * s for s in shares], repeatRows=1, splitInRow=1)
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
    return [w.para(w.text(heading, heading), "h1"), table, Spacer(1, BODY_SIZE * 0.6), *outsized]


def _cell(w: Writer, value: str, where: str) -> Flowable | list[Flowable]:
    paragraphs = w.block(value, where, "cell")
    return paragraphs[0] if len(paragraphs) == 1 else paragraphs


def _person(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    meeting, name = record.meeting, w.person_name()
    heading = tr("heading.person", lang)
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    key = f"participation.{meeting.participation.value}"
    story += w.block(tr(key, lang, name=name, advocate=meeting.advocate), heading, "body")
    informed = "informed.yes" if meeting.informed_beforehand else "informed.no"
    story += w.block(tr(informed, lang, name=name), heading, "body")
    if meeting.informed_beforehand and meeting.informed_how:
        story += w.block(tr("informed.how", lang, how=meeting.informed_how), heading, "field")
    consents = tr("heading.consents", lang)
    story.append(w.para(w.text(consents, consents), "h2"))
    if not record.consents:
        story.append(w.para(w.text(tr("consents.none", lang), consents), "body"))
    for consent in record.consents:
        story += _consent(w, consent, consents)
    return story


def _consent(w: Writer, consent: ConsentRecord, where: str) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    kind = {
        ConsentKind.GIVEN: "consent.given",
        ConsentKind.REFUSED: "consent.refused",
        ConsentKind.NOT_OBTAINABLE: "consent.not_obtainable",
    }[consent.kind]
    if consent.valid_from.year <= 1:
        validity = tr("consent.always", lang)
    elif consent.valid_until:
        validity = tr(
            "consent.valid_until",
            lang,
            start=long_date(consent.valid_from, lang),
            end=long_date(consent.valid_until, lang),
        )
    else:
        validity = tr("consent.valid", lang, start=long_date(consent.valid_from, lang))
    notes = [validity]
    if consent.revoked_on:
        notes.append(tr("consent.revoked", lang, date=long_date(consent.revoked_on, lang)))
    if not consent.is_valid_on(w.meeting_day()):
        notes.append(tr("consent.not_in_force", lang))
    head = f"{tr(kind, lang)} ({'; '.join(notes)})"
    categories = sorted(policy.category_name(c, lang) for c in consent.categories)
    recipients = [
        tr("consent.anyone_in", lang, mission=_mission_name(w, m)) for m in sorted(consent.missions)
    ]
    recipients += sorted(w.label(p) for p in consent.professionals)
    story = [Paragraph(w.text(head, where), w.styles["bullet"], bulletText="•")]
    story += w.block(tr("consent.categories", lang, items=", ".join(categories)), where, "field")
    story += w.block(tr("consent.recipients", lang, items="; ".join(recipients)), where, "field")
    if consent.kind is ConsentKind.NOT_OBTAINABLE and consent.reason:
        story += w.block(tr("consent.reason", lang, reason=consent.reason), where, "field")
    if consent.obtained_how:
        story += w.block(tr("consent.obtained", lang, how=consent.obtained_how), where, "field")
    return story


def _mission_name(w: Writer, mission_id: str) -> str:
    mission = w.record.settings.mission(mission_id)
    if mission is None and w.record.mission.id == mission_id:
        mission = w.record.mission
    return mission.name if mission else mission_id


def _shared(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    heading = tr("heading.shared", lang)
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    titles = {item.id: item.title for item in record.meeting.agenda}
    groups = w.shared_by_agenda()
    if not groups:
        story.append(w.para(w.text(tr("shared.none", lang), heading), "body"))
    for agenda_id, items in groups:
        title = titles.get(agenda_id) or tr("agenda.none", lang)
        story.append(w.para(w.text(title, heading), "h2"))
        for number, item in items:
            story += _item(w, number, item)
    count = len(record.withheld)
    key = "withheld.zero" if count == 0 else "withheld.one" if count == 1 else "withheld.many"
    story.append(w.para(f"<b>{w.text(tr(key, lang, count=str(count)), heading)}</b>", "h2"))
    return story


def _nature(w: Writer, item: SharedItem) -> str:
    if item.nature is Nature.STATEMENT:
        return tr("nature.statement", w.lang, who=item.statement_of)
    return tr(f"nature.{item.nature.value}", w.lang)


def _item(w: Writer, number: int, item: SharedItem) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    where = tr("item.title", lang, number=str(number))
    category = policy.category_name(item.category_id, lang)
    title = f"{where} · {category} · {_nature(w, item)}"
    story: list[Flowable] = [w.para(w.text(title, where), "item")]
    if item.exception_id:
        story += _exception_mark(w, item, where)
    story += w.block(item.wording, f"{where} — {tr('label.wording', lang)}", "quote")
    alias = w.person_name()
    with_whom = ", ".join(w.label(p) for p in item.with_whom) or "—"
    fields = [
        (tr("label.shared_by", lang), w.label(item.discloser_id)),
        (tr("label.with_whom", lang), with_whom),
    ]
    if item.stepped_out:
        fields.append(
            (tr("label.stepped_out", lang), ", ".join(w.label(p) for p in item.stepped_out))
        )
    fields += [
        (policy.text("good_for_whom", lang), item.good_for_whom),
        (policy.text("why", lang), item.why),
        (policy.text("empty_chair_question", lang, alias=alias), item.empty_chair_answer),
        (tr("label.necessity", lang), item.necessity_reason),
        (tr("label.consent", lang), w.consent_basis(item)),
    ]
    story += w.fields(
        [
            (_colon(w, label), value, f"{where} — {label}")
            for label, value in fields
            if value.strip()
        ],
        "field",
    )
    return story


def _colon(w: Writer, label: str) -> str:
    if label.rstrip().endswith("?"):
        return label
    return f"{label} :" if w.lang == "fr" else f"{label}:"


def _exception_mark(w: Writer, item: SharedItem, where: str) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    exception = policy.exception(item.exception_id)
    ground = exception.label.text(lang) if exception else item.exception_id
    reference = policy.legal_reference(exception.legal_reference) if exception else None
    if reference:
        ground = f"{ground} ({reference.citation})"
    lines = [
        f"<b>⚠ {w.text(tr('exception.mark', lang), where)}</b>",
        w.text(tr("exception.ground", lang, ground=ground), where),
    ]
    justification = tr("exception.justification", lang, text=item.exception_justification)
    # The justification can be long: it joins the box as further paragraphs of the same style.
    rest = w.block(justification, where, "exception")
    first = rest[0].text if rest else ""
    box = [w.para("<br/>".join([*lines, first]), "exception")]
    return box + rest[1:]


def _decisions(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.decisions", lang)
    numbers = w.item_numbers()
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    if not w.record.decisions:
        story.append(w.para(w.text(tr("decisions.none", lang), heading), "body"))
    for decision in w.record.decisions:
        paragraphs = w.block(decision.text, heading, "bullet")
        block: list[Flowable] = [_bullet(paragraphs[0]), *paragraphs[1:]] if paragraphs else []
        linked = _items_ref(w, decision.item_ids, numbers)
        if linked:
            block.append(w.para(w.text(tr("rests_on", lang, items=linked), heading), "note"))
        story.append(KeepTogether(block))
    return story


def _bullet(paragraph: Paragraph) -> Paragraph:
    return Paragraph(paragraph.text, paragraph.style, bulletText="•")


def _items_ref(w: Writer, item_ids: tuple[str, ...], numbers: dict[str, int]) -> str:
    found = sorted(numbers[i] for i in item_ids if i in numbers)
    if not found:
        return ""
    key = "stepped.items" if len(found) == 1 else "stepped.items_many"
    return tr(key, w.lang, numbers=", ".join(map(str, found)))


def _actions(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.actions", lang)
    numbers = w.item_numbers()
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    if not w.record.actions:
        story.append(w.para(w.text(tr("actions.none", lang), heading), "body"))
    for action in w.record.actions:
        due = (
            tr("action.due", lang, date=long_date(action.due, lang))
            if action.due
            else tr("action.no_due", lang)
        )
        head = f"<b>{w.text(w.label(action.who), heading)}</b> — {w.text(due, heading)}"
        block: list[Flowable] = [Paragraph(head, w.styles["bullet"], bulletText="•")]
        block += w.block(action.what, heading, "field")
        notes = []
        linked = _items_ref(w, action.item_ids, numbers)
        if linked:
            notes.append(tr("rests_on", lang, items=linked))
        if action.postponed_item_id:
            notes.append(tr("action.postponed", lang, name=w.person_name()))
        block += [w.para(w.text(note, heading), "note") for note in notes]
        story.append(KeepTogether(block))
    return story


def _distribution(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.distribution", lang)
    present = w.present()
    story: list[Flowable] = [w.para(w.text(heading, heading), "h1")]
    if not present:
        story.append(w.para(w.text(tr("distribution.none", lang), heading), "body"))
        return story
    story.append(w.para(w.text(tr("distribution.note", lang), heading), "body"))
    for professional in present:
        line = professional.label()
        if professional.organisation:
            line = f"{line}, {professional.organisation}"
        story.append(Paragraph(w.text(line, heading), w.styles["bullet"], bulletText="•"))
    return story
