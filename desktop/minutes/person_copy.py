"""The person's own copy: what was shared about them, by whom, with whom and why, in plain words.

Large type (14 pt), short sentences, no legal terms, addressed to the person by their name and
then as "you" throughout: it is their document. Like the minutes, it prints only shared items,
and only the number of the others. It ends with whom to ask and how (the facilitator, the
institution, its contact when the settings give one) and the person's rights: to see what is
written, to have it corrected, to complain — to the authority the policy names, when it names
one (Belgian bodies live in the Belgian policy file, not here).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from desktop.core.entities import Nature, Participation, SharedItem
from desktop.core.gate import is_override
from desktop.core.messages import Message
from desktop.core.record import MeetingRecord
from desktop.core.text import format_date
from desktop.minutes.deliberations import deliberation_lines, opinion_sentence
from desktop.minutes.document import MinutesResult, Writer, printed_label, shorten
from desktop.minutes.layout import Metadata, PageFurniture, build_pdf, make_styles
from desktop.minutes.texts import clock, seal_text, tr

BODY_SIZE = 14
CHILD_BODY_SIZE = 17  # a child's copy: larger type still


def is_child_copy(record: MeetingRecord) -> bool:
    """The copy's person was a minor on the day of the meeting: their copy is written for a
    child (larger type, the framework's own words for children)."""
    person = record.person
    age = person.age_on(record.meeting.scheduled_at.date())
    if age is None:
        return False
    minors = record.policy.minors
    return age < (minors.age_of_majority if minors is not None else 18)


def render_person_copy(record: MeetingRecord, lang: str) -> MinutesResult:
    """The person's copy as a PDF in ``lang`` (a code of ``LANGUAGES``). Pure: same record,
    same bytes. A minor's copy is written for a child: larger type, opened and closed with the
    framework's own words for children.

    In a meeting about a family, the copy is ``record.person``'s and holds only the items about
    them, even when given the whole record: another person's items never reach it."""
    if len(record.concerned) > 1 and record.person in record.concerned:
        record = record.for_person(record.person.id)
    child = is_child_copy(record)
    w = Writer(record, lang, make_styles(CHILD_BODY_SIZE if child else BODY_SIZE))
    lang = w.lang
    who = _who(w)
    intro = _child_text(w, "child_copy_intro") if child else []
    if intro:  # the framework's own words for a child, in place of the general opening
        who = [*who[:2], *intro, *who[3:]]
    # A child's copy ends with the framework's words of help, kept on the page of the rights:
    # never a last page holding only their end.
    help_text = _child_text(w, "child_copy_help") if child else []
    story = [*who, *_shared(w), *_next(w), *_rights(w, help_text)]
    day = format_date(w.meeting_day(), lang)
    running = f"{_addressee(w)} — {tr('copy.running', lang, date=day)}"
    furniture = PageFurniture(
        header_left=w.text(shorten(running), tr("where.header", lang)),
        header_right=w.text(shorten(record.settings.name), tr("where.header", lang)),
        footer=w.text(tr("copy.footer", lang), tr("where.footer", lang)),
        page_label=lambda page, pages: tr("page", lang, page=str(page), pages=str(pages)),
        last_page_note=seal_text(record.seal, lang),
    )
    metadata = Metadata(
        title=f"{tr('copy.title', lang)} — {tr('copy.subtitle', lang, date=day)}",
        author=record.settings.name,
        subject=tr("copy.subject", lang),
        lang=lang,
    )
    pdf, pages = build_pdf(story, furniture, metadata)
    return MinutesResult(pdf, pages, w.glyphs.missing())


def _child_text(w: Writer, key: str) -> list[Flowable]:
    """One of the framework's texts for children (nothing if it has none)."""
    text = w.record.policy.texts.get(key)
    if text is None:
        return []
    return _line(w, text.text(w.lang), key, "aside" if key == "child_copy_help" else "body")


def _addressee(w: Writer) -> str:
    """The person, by their name: the copy is theirs, whatever name the minutes use."""
    person = w.record.person
    return person.name.strip() or person.alias


def _heading(w: Writer, key: str) -> Paragraph:
    text = tr(key, w.lang)
    return w.line(text, text, "h1")


def _line(w: Writer, text: str, where: str, style: str = "body") -> list[Paragraph]:
    return w.block(text, where, style)


def _who(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    meeting = record.meeting
    day = format_date(w.meeting_day(), lang)
    title = tr("copy.title", lang)
    name = _addressee(w)
    story: list[Flowable] = [
        w.line(tr("copy.hello", lang, name=name), title, "title"),
        w.line(tr("copy.subtitle", lang, date=day), title, "subtitle"),
        *_line(w, tr("copy.intro", lang, date=day), title),
        _heading(w, "copy.who_heading"),
    ]
    where = tr("copy.who_heading", lang)
    met = tr(
        "copy.met",
        lang,
        date=day,
        start=clock(meeting.opened_at or meeting.scheduled_at),
        end=clock(meeting.closed_at) or "…",
    )
    story += _line(w, met, where)
    numbers = _numbers(w)
    for professional in w.present():
        line = printed_label(professional)
        if professional.organisation:
            line = f"{line}, {professional.organisation}"
        # Whoever left the room for some items is said so here, and under those items.
        out_of = sorted(n for i, n in numbers.items() if professional.id in _stepped(w, i))
        if out_of:
            listed = ", ".join(map(str, out_of))
            line = f"{line} — {tr('copy.left_for', lang, len(out_of), numbers=listed)}"
        story.append(w.line(line, where, "bullet", bullet="•"))
    story += _line(w, tr("copy.led", lang, name=w.name(meeting.facilitator_id)), where)
    you = {
        Participation.PRESENT: "copy.you_present",
        Participation.REPRESENTED: "copy.you_represented",
        Participation.ABSENT: "copy.you_absent",
    }[meeting.participation_of(record.person.id)]
    own = meeting.taking_part_of(record.person.id)
    story += _line(w, tr(you, lang, advocate=own.advocate), where)
    story.append(_heading(w, "copy.why_heading"))
    story += _line(w, meeting.purpose, tr("copy.why_heading", lang))
    return story


def _numbers(w: Writer) -> dict[str, int]:
    """Item id -> its number in this copy (1, 2, 3... in the order the copy prints them)."""
    items = [item for _, group in w.shared_by_agenda() for _, item in group]
    return {item.id: number for number, item in enumerate(items, start=1)}


def _stepped(w: Writer, item_id: str) -> tuple[str, ...]:
    item = next(i for i in w.record.shared if i.id == item_id)
    return item.stepped_out


def _shared(w: Writer) -> list[Flowable]:
    lang = w.lang
    story: list[Flowable] = [_heading(w, "copy.shared_heading")]
    items = [item for _, group in w.shared_by_agenda() for _, item in group]
    if not items:
        story += _line(w, tr("copy.shared_none", lang), "shared")
    for number, item in enumerate(items, start=1):
        story += _item(w, number, item)
    count = len(w.record.withheld)
    if count:
        story += _line(w, tr("copy.withheld", lang, count), "withheld", "aside")
    return story


def _item(w: Writer, number: int, item: SharedItem) -> list[Flowable]:
    lang, policy = w.lang, w.record.policy
    where = f"{tr('copy.shared_heading', lang)} {number}"
    said = tr("copy.said", lang, who=w.name(item.discloser_id))
    head = [
        w.line(f"{number}. {said}", where, "item"),
        *w.block(tr("quote", lang, text=item.wording), where, "quote"),
    ]
    story: list[Flowable] = [KeepTogether(head)] if len(head) <= 3 else head
    lines = [tr("copy.topic", lang, category=policy.category_name(item.category_id, lang))]
    others = [p for p in w.record.whose(item) if p.id != w.record.person.id]
    if others:  # a family: the item is about them too
        lines.append(tr("copy.also_about", lang, names=w.persons_names(tuple(others))))
    if item.nature is Nature.OPINION:
        lines.append(opinion_sentence(w, item))
    if item.statement_of:
        lines.append(tr("copy.statement_of", lang, who=item.statement_of))
    heard = ", ".join(w.name(p) for p in item.with_whom) or tr("copy.nobody", lang)
    lines.append(tr("copy.heard", lang, names=heard))
    if item.stepped_out:
        names = ", ".join(w.name(p) for p in item.stepped_out)
        lines.append(tr("copy.stepped_out", lang, names=names))
    if item.why:
        lines.append(tr("copy.why", lang, why=item.why))
    if item.good_for_whom:
        lines.append(tr("copy.good", lang, good=item.good_for_whom))
    lines += _consent_lines(w, item)
    for line in lines:
        story += _line(w, line, where, "field")
    return story


def own_basis(basis: Message, alias: str) -> Message:
    """What stood for one person's say in the basis of an item about several (a family's
    ``whose.join`` of ``whose.reason`` parts); the basis itself for an item about one."""
    parts: list[Message] = []
    pending = [basis]
    while pending:
        message = pending.pop(0)
        values = dict(message.values)
        if message.key == "whose.join":
            pending[:0] = [v for v in (values.get("first"), values.get("rest")) if v]  # type: ignore[misc]
        else:
            parts.append(message)
    if len(parts) < 2 and basis.key != "whose.reason":
        return basis
    for part in parts:
        values = dict(part.values)
        if values.get("alias") == alias:
            inner = values.get("reason")
            return inner if isinstance(inner, Message) else part
    return basis


def _consent_lines(w: Writer, item: SharedItem) -> list[str]:
    lang, policy = w.lang, w.record.policy
    if item.exception_id:
        exception = policy.exception(item.exception_id)
        ground = exception.label.text(lang) if exception else item.exception_id
        because = item.exception_justification or ground
        lines = [tr("copy.exception", lang, reason=because)]
        if is_override(item.consent_basis):
            lines.append(tr("copy.exception_refused", lang))
        lines.append(tr("copy.exception_ground", lang, ground=ground))
        return lines
    key = own_basis(item.consent_basis, w.record.person.alias).key
    if key == "consent.agrees_now":
        lines = [tr("copy.consent_now", lang)]
    elif key.startswith("consent.not_obtainable"):
        lines = [tr("copy.consent_unasked", lang)]
    elif key == "consent.informed":
        lines = [tr("copy.consent_informed", lang)]
    elif key == "consent.implied":
        lines = [tr("copy.consent_implied", lang)]
    elif key in ("minor.parents_consented", "minor.parents_implied"):
        lines = [tr("copy.consent_parents", lang)]
    elif key == "minor.parents_informed":
        lines = [tr("copy.parents_informed", lang)]
    elif key == "minor.parents_contrary":
        lines = [tr("copy.parents_contrary", lang)]
    elif key.startswith("basis."):
        lines = [tr("copy.consent_law", lang)]
    elif key == "informed.contrary":
        lines = [tr("copy.informed_contrary", lang)]
    elif key.startswith("informed."):
        lines = [tr("copy.informed_before", lang)]
    else:
        lines = [tr("copy.consent_given", lang)]
    if item.empty_chair_answer:
        lines.append(tr("copy.wanted", lang, answer=item.empty_chair_answer))
    return lines


def _next(w: Writer) -> list[Flowable]:
    record, lang = w.record, w.lang
    story: list[Flowable] = [_heading(w, "copy.decided_heading")]
    where = tr("copy.decided_heading", lang)
    for line in deliberation_lines(w):
        story += _line(w, line, where)
    # A family member's copy leaves out what rests on the others only: never "nothing".
    family = len(record.concerned) > 1
    if not record.decisions:
        none = "copy.decided_none_yours" if family else "copy.decided_none"
        story += _line(w, tr(none, lang), where)
    for decision in record.decisions:
        paragraphs = w.block(decision.text, where, "bullet")
        if paragraphs:
            first = paragraphs[0]
            story += [type(first)(first.text, first.style, bulletText="•"), *paragraphs[1:]]
    story.append(_heading(w, "copy.next_heading"))
    where = tr("copy.next_heading", lang)
    if record.meeting.next_meeting is not None:
        day = format_date(record.meeting.next_meeting, lang)
        story += _line(w, tr("copy.next_meeting", lang, date=day), where)
    if not record.actions:
        story += _line(w, tr("copy.next_none_yours" if family else "copy.next_none", lang), where)
    for action in record.actions:
        who = w.name(action.who) if action.who else action.who_name
        block: list[Flowable] = [w.line(who, where, "bullet", bold=True, bullet="•")]
        block += w.block(action.what, where, "field")
        if action.due:
            due = tr("copy.next_due", lang, date=format_date(action.due, lang))
            block += _line(w, due, where, "field")
        story.append(KeepTogether(block))
    return story


def _rights(w: Writer, closing: list[Flowable]) -> list[Flowable]:
    """Whom to ask, how to reach them, and what the person may ask for; then ``closing`` (a
    child's words of help), on the same page."""
    record, lang = w.record, w.lang
    where = tr("copy.contact_heading", lang)
    story: list[Flowable] = [_heading(w, "copy.contact_heading")]
    facilitator = w.name(record.meeting.facilitator_id)
    institution = record.settings.name
    story += _line(w, tr("copy.contact", lang, name=facilitator, institution=institution), where)
    if record.settings.contact.strip():
        story += _line(w, tr("copy.contact_details", lang, details=record.settings.contact), where)
    rights = [tr("copy.right_access", lang), tr("copy.right_correction", lang)]
    policy = record.policy
    if "complaint_authority" in policy.texts:
        authority = policy.text("complaint_authority", lang)
        rights.append(tr("copy.right_complaint", lang, authority=authority))
    else:
        rights.append(tr("copy.right_complaint_any", lang))
    story += [w.line(right, where, "bullet", bullet="•") for right in rights]
    return [KeepTogether([*story, *closing])]
