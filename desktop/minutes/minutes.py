"""The minutes of a closed meeting (DESIGN.md §6): only what was shared, by whom, with whom, why.

Everything printed comes from a :class:`~desktop.core.record.MeetingRecord`, which never holds a
draft nor the content of an item not shared: of those, the minutes print only their number.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.core.entities import (
    Action,
    Nature,
    Outcome,
    Participation,
    Professional,
    SharedItem,
    WithheldItem,
)
from desktop.core.gate import is_override
from desktop.core.policy import PERSON_KINDS, ConditionKind
from desktop.core.record import MeetingRecord
from desktop.core.text import format_date
from desktop.minutes.bidi import BidiParagraph
from desktop.minutes.deliberations import deliberation_section, opinion_mark
from desktop.minutes.document import MinutesError, MinutesResult, Writer, printed_label, shorten
from desktop.minutes.fonts import REGULAR
from desktop.minutes.layout import (
    BODY_WIDTH,
    RULE,
    Metadata,
    PageFurniture,
    build_pdf,
    fit_columns,
    make_styles,
)
from desktop.minutes.people import OUTSIZED_ROW, attendees, colon, field, person_concerned
from desktop.minutes.texts import clock, item_ref, seal_text, tr

BODY_SIZE = 10
KEEP_WHOLE = 2500  # characters of an item beyond which it may start at a page's foot


def render_minutes(
    record: MeetingRecord, lang: str, recipient_id: str | None = None
) -> MinutesResult:
    """The minutes as a PDF in ``lang`` (a code of ``LANGUAGES``). Pure: same record, same
    bytes.

    Without ``recipient_id``: the full record, kept by the facilitator, every item with who
    received it. With it: that attendee's copy, addressed to them, holding only the items shared
    with them (none if they are not bound by secrecy) and naming only them for distribution.
    """
    if recipient_id is not None and recipient_id not in {p.id for p in record.present_attendees()}:
        raise MinutesError("error.not_present", name=recipient_id)
    w = Writer(record, lang, make_styles(BODY_SIZE), recipient_id)
    lang = w.lang
    story = [
        *_header(w),
        *attendees(w),
        *person_concerned(w),
        *_shared(w),
        *deliberation_section(w),
        *_decisions(w),
        *_end(w),
    ]
    policy, meeting = record.policy, record.meeting
    day = format_date(w.meeting_day(), lang)
    # A family sharing one household is named by it in the running header (short enough to fit).
    households = {p.household.strip() for p in record.concerned}
    family = households.pop() if w.is_family and len(households) == 1 else ""
    running = tr("minutes.running", lang, person=shorten(family or w.persons_names()), date=day)
    if recipient_id is not None:  # every page says whose copy it is
        running = tr("minutes.running_for", lang, running=running, name=w.name(recipient_id))
    furniture = PageFurniture(
        header_left=w.text(running, tr("where.header", lang)),
        header_right=w.text(shorten(record.settings.name), tr("where.header", lang)),
        footer=w.text(policy.text("confidentiality_notice", lang), tr("where.footer", lang)),
        page_label=lambda page, pages: tr("page", lang, page=str(page), pages=str(pages)),
        last_page_note=seal_text(record.seal, lang),
    )
    title = f"{tr('minutes.title', lang)} — {w.person_name()} — {day}"
    if recipient_id is not None:
        title = f"{title} — {tr('minutes.copy_for', lang, name=w.name(recipient_id))}"
    metadata = Metadata(
        title=title,
        author=record.settings.name,
        subject=tr("minutes.subject", lang, purpose=meeting.purpose),
        lang=lang,
    )
    pdf, pages = build_pdf(story, furniture, metadata)
    return MinutesResult(pdf, pages, w.glyphs.missing())


def _header(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    meeting, policy = record.meeting, record.policy
    facilitator = w.label(meeting.facilitator_id)
    when = tr(
        "value.date",
        lang,
        date=format_date(w.meeting_day(), lang),
        start=clock(meeting.opened_at or meeting.scheduled_at),
        end=clock(meeting.closed_at) or "…",
    )
    title = tr("minutes.title", lang)
    story: list[Flowable] = [
        w.line(title, title, "title"),
        w.line(tr("minutes.about", lang, person=w.persons_names()), title, "subtitle"),
        *_addressed(w, title),
    ]
    fields = [
        (tr("label.institution", lang), record.settings.name),
        (tr("label.purpose", lang), meeting.purpose),
        (tr("label.mission", lang), record.mission.name),
        (tr("label.date", lang), when),
    ]
    if meeting.place.strip():
        fields.append((tr("label.place", lang), meeting.place))
    fields += [
        (tr("label.facilitator", lang), facilitator),
        (
            tr("label.policy", lang),
            tr("value.policy", lang, name=policy.name.text(lang), version=policy.version),
        ),
        *_legal_basis(w),
    ]
    if meeting.next_meeting is not None:
        next_day = format_date(meeting.next_meeting, lang)
        fields.append((tr("label.next_meeting", lang), next_day))
    story += w.fields([(colon(w, label), value, label) for label, value in fields], "field")
    conduct = tr("heading.conduct", lang)
    story.append(w.line(conduct, conduct, "h1"))
    story += w.block(record.settings.conduct_rule, conduct, "body")
    return story


def _legal_basis(w: Writer) -> list[tuple[str, str]]:
    """The law the meeting rests on, cited, when its framework asks for one (a case
    consultation): the basis chosen with its citation, and the words the facilitator typed."""
    policy, meeting, lang = w.record.policy, w.record.meeting, w.lang
    condition = policy.condition_of_kind(ConditionKind.LEGAL_BASIS)
    if condition is None:
        return []
    parts = []
    basis = policy.legal_basis(meeting.legal_basis_id)
    if basis is not None:
        parts.append(
            tr("value.legal_basis", lang, basis=basis.label.text(lang), citation=basis.citation)
        )
    elif meeting.legal_basis_id:
        parts.append(meeting.legal_basis_id)
    if meeting.legal_basis_text:
        parts.append(meeting.legal_basis_text)
    return [(condition.title.text(lang), " — ".join(parts) or "—")]


def _addressed(w: Writer, where: str) -> list[Flowable]:
    """Whose document this is: the full record for the file, or one attendee's copy."""
    lang, record = w.lang, w.record
    if w.recipient_id is None:
        note = tr("minutes.full_record", lang, name=w.label(record.meeting.facilitator_id))
        return [w.line(note, where, "body", bold=True)]
    recipient = w.professional(w.recipient_id)
    line = tr("minutes.copy_for", lang, name=printed_label(recipient))
    if not recipient.bound_by_secrecy:
        note = tr("minutes.copy_unbound", lang)
    else:
        note = tr("minutes.copy_note", lang)
    return [w.line(line, where, "body", bold=True), *w.block(note, where, "note")]


def _shared(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    heading = tr("heading.shared", lang)
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    titles = {
        item.id: tr("agenda.title", lang, number=str(number), title=item.title)
        for number, item in enumerate(record.meeting.agenda, start=1)
    }
    groups = w.shared_by_agenda()
    if not groups and w.recipient_id is not None and record.shared:
        story.append(w.line(tr("shared.none_for_you", lang), heading, "body"))
    elif not groups:
        story.append(w.line(tr("shared.none", lang), heading, "body"))
    for agenda_id, items in groups:
        title = titles.get(agenda_id) or tr("agenda.none", lang)
        story.append(w.line(title, heading, "h2"))
        for number, item in items:
            story += _item(w, number, item)
    count = len(record.withheld)
    withheld = tr("withheld", lang, count) if count else tr("withheld.zero", lang)
    story.append(w.line(withheld, heading, "h2", bold=True))
    if count and w.recipient_id is None and record.policy.not_shared_reasons:
        story += _decisions_not_to_share(w, heading)
    return story


def _decisions_not_to_share(w: Writer, where: str) -> list[Flowable]:
    """For a framework that records every decision with its reasons (Caldicott), the full record
    lists each item not shared: its category, who proposed it and when, and why — the
    conditions not met, or the reason chosen from the policy's list. Never its content."""
    lang, policy = w.lang, w.record.policy
    story: list[Flowable] = [w.line(tr("withheld.list", lang), where, "body")]
    for item in w.record.withheld:
        line = tr(
            "withheld.line",
            lang,
            category=policy.category_name(item.category_id, lang),
            name=w.label(item.proposed_by),
            time=clock(item.decided_at),
            reasons=_withheld_reasons(w, item),
        )
        story.append(w.line(line, where, "bullet", bullet="•"))
    return story


def _withheld_reasons(w: Writer, item: WithheldItem) -> str:
    lang, policy = w.lang, w.record.policy
    if item.outcome is Outcome.POSTPONED:
        return tr("withheld.postponed", lang)
    if item.chose_not_to_share:
        reason = policy.not_shared_reason(item.reason_id)
        if reason is None:
            return tr("withheld.chose_no_reason", lang)
        return tr("withheld.chose", lang, reason=reason.label.text(lang))
    titles = ", ".join(policy.condition_title(c, lang) for c in item.failed_conditions)
    return tr("withheld.failed", lang, conditions=titles)


def _nature(w: Writer, item: SharedItem) -> str:
    if item.nature is Nature.STATEMENT:
        return tr("nature.statement", w.lang, who=item.statement_of)
    return tr(f"nature.{item.nature.value}", w.lang)


def _item(w: Writer, number: int, item: SharedItem) -> list[Flowable]:
    """One shared item: its number and category, the wording in quotation marks, then who
    shared it, who received it, the answers. Kept on one page when it fits one, so that its
    heading never stays alone at a page's foot."""
    lang, policy = w.lang, w.record.policy
    where = tr("item.title", lang, number=item_ref(number, lang))
    category = policy.category_name(item.category_id, lang)
    title = f"{where} · {category} · {_nature(w, item)}"
    story: list[Flowable] = [w.line(title, where, "item")]
    if item.exception_id:
        story += _exception_mark(w, item, where)
    story += opinion_mark(w, item, where)
    wording = tr("quote", lang, text=item.wording)
    story += w.block(wording, f"{where} — {tr('label.wording', lang)}", "quote")
    whose = w.record.whose(item)
    # The empty chair spoke for those of them who were not there (all of them, if none).
    meeting = w.record.meeting
    absent = tuple(p for p in whose if meeting.participation_of(p.id) is not Participation.PRESENT)
    alias = w.persons_names(absent or whose)
    with_whom = ", ".join(w.label(p) for p in item.with_whom) or "—"  # the item's recipients
    fields = []
    if w.is_family:  # a family: whose information this is, first
        fields.append((tr("label.about", lang), w.persons_names(whose)))
    fields += [
        (tr("label.shared_by", lang), w.label(item.discloser_id)),
        (tr("label.with_whom", lang), with_whom),
    ]
    if item.stepped_out:
        fields.append(
            (tr("label.stepped_out", lang), ", ".join(w.label(p) for p in item.stepped_out))
        )
    purpose = policy.purpose(item.purpose_id)
    if purpose is not None:
        fields.append((tr("label.item_purpose", lang), purpose.label.text(lang)))
    fields += [
        (policy.text("good_for_whom", lang), item.good_for_whom),
        (policy.text("why", lang), item.why),
        (policy.text("empty_chair_question", lang, alias=alias), item.empty_chair_answer),
        (tr("label.necessity", lang), item.necessity_reason),
        (_basis_label(w), w.consent_basis(item)),
    ]
    story += w.fields(
        [
            (colon(w, label), value, f"{where} — {label}")
            for label, value in fields
            if value.strip()
        ],
        "field",
    )
    size = sum(len(text) for _, text in fields) + len(item.wording)
    # A very long item flows over pages (laying it out whole first would cost a great deal);
    # its heading still keeps with the wording's first lines.
    return [KeepTogether(story)] if size <= KEEP_WHOLE else story


def _basis_label(w: Writer) -> str:
    """What the item's basis is called in its framework: *Consent*, *Legal basis*, *Informed
    beforehand*... (the title of the condition that stands for the person's say)."""
    condition = w.record.policy.person_condition
    return condition.title.text(w.lang) if condition else tr("label.consent", w.lang)


def _exception_mark(w: Writer, item: SharedItem, where: str) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    exception = policy.exception(item.exception_id)
    satisfied = [policy.condition(c) for c in (exception.satisfies if exception else ())]
    consent = any(
        c is not None
        and c.kind in PERSON_KINDS - {ConditionKind.PRIOR_INFORMATION, ConditionKind.LEGAL_BASIS}
        for c in satisfied
    )
    ground = exception.label.text(lang) if exception else item.exception_id
    reference = policy.legal_reference(exception.legal_reference) if exception else None
    if reference:
        ground = f"{ground} ({reference.citation})"
    # Logical order throughout: the box is one BidiParagraph, like the justification it holds.
    mark = tr("exception.mark" if consent or exception is None else "exception.mark_other", lang)
    lines = [
        f"<b>⚠ {w.logical(mark, where)}</b>",
        w.logical(tr("exception.ground", lang, ground=ground), where),
    ]
    if is_override(item.consent_basis):
        lines.insert(1, f"<b>{w.logical(tr('exception.over_refusal', lang), where)}</b>")
    justification = tr("exception.justification", lang, text=item.exception_justification)
    # The justification can be long: it joins the box as further paragraphs of the same style.
    rest = w.block(justification, where, "exception")
    first = rest[0].text if rest else ""
    box = [BidiParagraph("<br/>".join([*lines, first]), w.styles["exception"])]
    return box + rest[1:]


def _decisions(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.decisions", lang)
    numbers = w.item_numbers()
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    if not w.record.decisions:
        story.append(w.line(tr("decisions.none", lang), heading, "body"))
    for decision in w.record.decisions:
        paragraphs = w.block(decision.text, heading, "bullet")
        block: list[Flowable] = [_bullet(paragraphs[0]), *paragraphs[1:]] if paragraphs else []
        linked = _items_ref(w, decision.item_ids, numbers)
        if linked:
            block.append(w.line(tr("rests_on", lang, items=linked), heading, "note"))
        story.append(KeepTogether(block))
    return story


def _bullet(paragraph: Paragraph) -> Paragraph:
    return type(paragraph)(paragraph.text, paragraph.style, bulletText="•")


def _items_ref(w: Writer, item_ids: tuple[str, ...], numbers: dict[str, int]) -> str:
    # A copy refers only to the items it holds.
    found = sorted(numbers[i] for i in item_ids if i in numbers and w.shows(i))
    if not found:
        return ""
    return w.refs(found)


def _who(w: Writer, action: Action) -> str:
    """Who carries out an action: a professional (name and role), or the name typed."""
    return w.label(action.who) if action.who else action.who_name


def _actions(w: Writer) -> list[Flowable]:
    """The actions as a table: who, what, by when, and the shared items it rests on."""
    lang = w.lang
    heading = tr("heading.actions", lang)
    numbers = w.item_numbers()
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    if not w.record.actions:
        story.append(w.line(tr("actions.none", lang), heading, "body"))
        return story
    columns = ("col.who", "col.what", "col.due", "col.based_on")
    texts: list[list[str]] = [[tr(key, lang) for key in columns]]
    outsized: list[Flowable] = []
    for action in w.record.actions:
        due = format_date(action.due, lang) if action.due else tr("action.no_due", lang)
        based = _items_ref(w, action.item_ids, numbers)
        if action.postponed_item_id:
            postponed = tr("action.postponed_short", lang, name=w.person_name())
            based = f"{based}; {postponed}" if based else postponed
        row = [_who(w, action), action.what, due, based or tr("action.no_item", lang)]
        if sum(map(len, row)) > OUTSIZED_ROW:
            # Laid out again at every page it spans, a huge row would be slow: as paragraphs.
            labels = [tr(key, lang) for key in columns]
            for label, value in zip(labels, row, strict=True):
                outsized += field(w, label, value)
            outsized.append(Spacer(1, BODY_SIZE * 0.6))
            continue
        texts.append(row)
    cells: list[list[Flowable | list[Flowable]]] = [
        [w.line(text, heading, "cell_head") for text in texts[0]]
    ]
    cells += [[_cell(w, text, heading) for text in row] for row in texts[1:]]
    widths = fit_columns(texts, BODY_WIDTH, BODY_SIZE * 0.85, unbroken=(2,))
    if len(cells) > 1:
        table = Table(cells, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(_TABLE_STYLE)
        story.append(table)
    return [*story, Spacer(1, BODY_SIZE * 0.6), *outsized]


_TABLE_STYLE = TableStyle(
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


def _cell(w: Writer, value: str, where: str) -> Flowable | list[Flowable]:
    paragraphs = w.block(value, where, "cell")
    return paragraphs[0] if len(paragraphs) == 1 else paragraphs


def _end(w: Writer) -> list[Flowable]:
    """The actions, then the distribution list, kept together when they fit a page: the last
    page never holds the distribution list alone."""
    actions, distribution = _actions(w), _distribution(w)
    if len(w.record.actions) + len(w.record.copies()) <= 24:
        return [KeepTogether([*actions, *distribution])]
    return [*actions, *distribution]


def _distribution(w: Writer) -> list[Flowable]:
    lang = w.lang
    heading = tr("heading.distribution", lang)
    story: list[Flowable] = [w.line(heading, heading, "h1")]
    if w.recipient_id is not None:
        # A copy names only the one it is for.
        story.append(w.line(tr("distribution.copy", lang), heading, "body"))
        story.append(_bullet_line(w, w.professional(w.recipient_id), "", heading))
        return story
    copies = w.record.copies()
    if not copies:
        story.append(w.line(tr("distribution.none", lang), heading, "body"))
        return story
    facilitator = w.label(w.record.meeting.facilitator_id)
    note = tr("distribution.full", lang, name=facilitator)
    story.append(w.line(note, heading, "body"))
    numbers = w.item_numbers()
    for copy in copies:
        found = sorted(numbers[i] for i in copy.item_ids if i in numbers)
        if not copy.bound:
            holds = tr("distribution.unbound", lang)
        elif not found:
            holds = tr("distribution.no_item", lang)
        else:
            holds = w.refs(found)
        story.append(_bullet_line(w, copy.professional, holds, heading))
    return story


def _bullet_line(w: Writer, professional: Professional, holds: str, where: str) -> Paragraph:
    line = printed_label(professional)
    if professional.organisation:
        line = f"{line}, {professional.organisation}"
    if holds:
        line = f"{line} — {holds}"
    return w.line(line, where, "bullet", bullet="•")
