"""The sentences of the minutes, the recipients' copies, the person's copy and the person's record.

Declared here in English (:mod:`desktop.core.catalogue`); French, Dutch... are in
``resources/translations/texts_<lang>.po``. Values are substituted in one pass and literally (a
name containing ``{page}`` stays as typed), each as a Unicode isolate, so a name in Arabic or
Hebrew keeps the sentence's direction (the PDF's bidi obeys isolates and never draws them). The
result is plain text; the document builders escape it for platypus.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.catalogue import N_, NP_, Text, texts
from desktop.core.record import AuditSeal
from desktop.core.text import format_count, without_isolates

TEXTS: dict[str, Text] = texts(
    # --- Minutes: the header ------------------------------------------------------------------
    N_("minutes.title", "Minutes of the case conference"),
    N_("minutes.about", "About {person}"),
    N_(
        "minutes.full_record",
        "Full record, for the file: kept by {name}. It lists every shared item with who received "
        "it; each attendee receives only their own copy.",
    ),
    N_("minutes.copy_for", "Copy for {name}"),
    N_(
        "minutes.copy_note",
        "This copy holds only the items shared with you. They keep the numbers of the full record "
        "(S1, S2…), kept by the facilitator.",
    ),
    N_(
        "minutes.copy_unbound",
        "You are not bound by professional secrecy: this copy holds no shared item.",
    ),
    N_("minutes.running_for", "{running} · for {name}"),
    N_("label.institution", "Institution"),
    N_("label.purpose", "Purpose"),
    N_("label.mission", "Mission"),
    N_("label.date", "Date"),
    N_("label.facilitator", "Facilitator"),
    N_("label.policy", "Framework"),
    N_("label.colon", "{label}:"),
    N_("value.date", "{date}, {start}–{end}"),
    N_("value.policy", "{name}, version {version}"),
    N_("value.legal_basis", "{basis} ({citation})"),
    N_("heading.conduct", "Rule of conduct"),
    # --- Attendees ----------------------------------------------------------------------------
    N_("heading.attendees", "Attendees"),
    N_("col.name", "Name"),
    N_("col.role", "Role"),
    N_("col.organisation", "Organisation"),
    N_("col.secrecy", "Secrecy basis"),
    N_("col.presence", "Presence"),
    N_("col.stepped_out", "Stepped out of"),
    N_("presence.present", "Present"),
    N_("presence.arrived", "Present from {time}"),
    N_("presence.left", "Left at {time}"),
    N_("presence.excused", "Excused"),
    N_("presence.invited", "Did not attend"),
    N_("attendee.not_bound", "Not bound by secrecy"),
    NP_("stepped.withheld", "{count} not shared", "{count} not shared"),
    # --- The person ---------------------------------------------------------------------------
    N_("heading.undertaking", "Confidentiality undertaking"),
    N_(
        "undertaking.intro",
        "Each attendee below confirmed the confidentiality undertaking on arrival:",
    ),
    N_("undertaking.given", "{name}, at {time}"),
    N_("heading.person", "The person concerned"),
    N_("heading.persons", "The persons concerned"),
    N_("minor.line", "A minor, {age} on the day of the meeting. Parental authority: {holders}."),
    N_("minor.not_recorded", "not recorded"),
    N_(
        "minor.capacity",
        "Informed according to age and maturity, as assessed on {date} by {who}: {assessment}",
    ),
    N_("consents.by_parents", "by the parents, who hold parental authority"),
    N_("person.heading", "{name} ({relationship})"),
    N_("relationship.parent", "parent"),
    N_("relationship.child", "child"),
    N_("relationship.partner", "partner"),
    N_("relationship.other", "other"),
    N_("participation.present", "{name} was present."),
    N_("participation.represented", "{name} was represented by {advocate}."),
    N_(
        "participation.absent",
        "{name} was not present: the empty chair stood for them throughout the meeting.",
    ),
    N_("informed.yes", "{name} was informed of the meeting beforehand."),
    N_("informed.how", "How: {how}"),
    N_("informed.no", "{name} was not informed of the meeting beforehand."),
    N_("informed.yes_several", "{names} were informed of the meeting beforehand."),
    N_("informed.no_several", "{names} were not informed of the meeting beforehand."),
    N_(
        "prior.holders_yes",
        "The holders of parental authority were informed of the meeting beforehand.",
    ),
    N_(
        "prior.holders_no",
        "The holders of parental authority were not informed of the meeting beforehand.",
    ),
    N_("prior.not_of_age", "{name} is too young to be informed (age and maturity)."),
    N_(
        "prior.contrary",
        "Informing them beforehand would have been contrary to {name}'s interest: {reason}",
    ),
    N_(
        "prior.contrary_elsewhere",
        "Informing them beforehand would have been contrary to {name}'s interest; the reason "
        "is in the full record, kept by the facilitator.",
    ),
    N_("heading.consents", "Consent on record"),
    N_("consents.none", "No consent on record."),
    N_("consents.given", "Consent given"),
    N_("consents.refused", "Refusal"),
    N_("consents.not_obtainable", "Consent could not be obtained"),
    N_("consents.informed", "Informed, did not object"),
    N_("consents.objected", "Objection"),
    N_("consents.reason", "Why: {reason}"),
    N_("consents.categories", "Categories: {items}"),
    N_("consents.recipients", "Recipients: {items}"),
    N_("consents.anyone_in", "anyone working in {mission}"),
    N_("consents.valid", "valid from {start}"),
    N_("consents.valid_until", "valid from {start} until {end}"),
    N_("consents.always", "no start date"),
    N_("consents.revoked", "revoked on {date}"),
    N_("consents.obtained", "Obtained: {how}"),
    N_("consents.not_in_force", "not in force on the day of the meeting"),
    # --- Shared items -------------------------------------------------------------------------
    N_("heading.shared", "What was shared"),
    N_("shared.none", "Nothing was shared."),
    N_("shared.none_for_you", "No item was shared with you."),
    N_("agenda.none", "Outside the agenda"),
    N_("item.title", "Shared item {number}"),
    N_("nature.fact", "fact"),
    N_("nature.opinion", "opinion"),
    N_("nature.statement", "statement of {who}"),
    N_("label.wording", "wording"),
    N_("where.header", "page header"),
    N_("where.footer", "page footer"),
    N_("label.shared_by", "Shared by"),
    N_("label.with_whom", "Received by"),
    N_("label.stepped_out", "Stepped out"),
    N_("label.necessity", "Needed because"),
    N_("label.consent", "Consent"),
    N_("label.item_purpose", "Shared for"),
    N_("label.about", "About"),
    N_("exception.mark", "SHARED UNDER A POLICY EXCEPTION, without the person's consent"),
    N_("exception.mark_other", "SHARED UNDER A POLICY EXCEPTION"),
    N_("exception.ground", "Ground: {ground}"),
    N_(
        "exception.over_refusal",
        "The person had refused or objected to this sharing; the exception overrode it.",
    ),
    N_("exception.justification", "Justification: {text}"),
    N_("withheld.zero", "No item was considered and left unshared."),
    NP_(
        "withheld",
        "{count} item was considered and not shared; its content was not recorded.",
        "{count} items were considered and not shared; their content was not recorded.",
    ),
    N_("withheld.list", "Each decision not to share, with its reasons (never its content):"),
    N_("withheld.line", "{category}, proposed by {name} at {time}: {reasons}"),
    N_("withheld.chose", "the team chose not to share ({reason})"),
    N_("withheld.chose_no_reason", "the team chose not to share"),
    N_("withheld.failed", "not met: {conditions}"),
    N_("withheld.postponed", "postponed, to ask the person first"),
    # --- Decisions, actions, distribution -----------------------------------------------------
    N_("heading.decisions", "Decisions"),
    N_("decisions.none", "No decision was recorded."),
    N_("rests_on", "Rests on {items}"),
    N_("heading.actions", "Actions"),
    N_("actions.none", "No action was recorded."),
    N_("action.due", "by {date}"),
    N_("action.no_due", "no date set"),
    N_("action.postponed", "follows an item postponed to ask {name} first"),
    N_("heading.distribution", "Distribution"),
    N_(
        "distribution.full",
        "This full record stays with {name}. Each attendee who was present receives a copy "
        "holding only the items shared with them:",
    ),
    N_("distribution.copy", "This copy is for this person only:"),
    N_("distribution.no_item", "no shared item"),
    N_("distribution.unbound", "not bound by secrecy: no shared item"),
    N_("distribution.none", "Nobody was present."),
    N_("page", "Page {page} of {pages}"),
    N_("seal", "Audit seal: event {seq}, {hash}…"),
    N_("file.full_record", "full-record"),
    N_("file.copy", "copy"),
    N_("minutes.running", "Minutes · {person} · {date}"),
    N_("minutes.subject", "Case conference minutes: {purpose}"),
    # --- The person's copy --------------------------------------------------------------------
    N_("copy.title", "Your copy"),
    N_("copy.subtitle", "What your team said about you on {date}"),
    N_("copy.for", "For {name}"),
    N_("copy.who_heading", "Who met"),
    N_("copy.met", "On {date}, from {start} to {end}, these people met to talk about you:"),
    N_("copy.led", "{name} led the meeting."),
    N_("copy.why_heading", "Why they met"),
    N_("copy.you_present", "You were there."),
    N_("copy.you_represented", "You were not there. {advocate} spoke for you."),
    N_(
        "copy.you_absent",
        "You were not there. An empty chair stood for you. Before sharing anything, the team "
        "asked: what would you want?",
    ),
    N_("copy.shared_heading", "What was shared about you"),
    N_("copy.shared_none", "Nothing was shared about you."),
    N_("copy.said", "{who} said:"),
    N_("copy.topic", "Topic: {category}"),
    N_("copy.also_about", "This is also about: {names}"),
    N_("copy.statement_of", "These are the words of {who}."),
    N_("copy.heard", "Who heard it: {names}."),
    N_("copy.nobody", "nobody else"),
    N_("copy.stepped_out", "Asked to leave the room while this was said: {names}."),
    NP_(
        "copy.left_for",
        "left the room for point {numbers} below",
        "left the room for points {numbers} below",
    ),
    N_("copy.why", "Why: {why}"),
    N_("copy.good", "It helps: {good}"),
    N_("copy.consent_given", "You had agreed to this."),
    N_("copy.consent_parents", "Your parents had agreed to this."),
    N_("copy.parents_informed", "Your parents had been told about this, and did not say no."),
    N_(
        "copy.parents_contrary",
        "Your parents were not told: telling them would not have been good for you.",
    ),
    N_("copy.consent_now", "You agreed during the meeting."),
    N_("copy.consent_unasked", "Nobody could ask you."),
    N_("copy.consent_informed", "You had been told about this sharing, and you did not say no."),
    N_("copy.consent_implied", "This was shared for your care, and you had not said no."),
    N_("copy.consent_law", "Your agreement was not asked: the law organises this meeting."),
    N_("copy.informed_before", "The people who had to be told were told beforehand."),
    N_(
        "copy.informed_contrary",
        "Some people were not told beforehand, because the team thought it could harm you. "
        "The reason is written down.",
    ),
    N_("copy.wanted", "What the team thought you would want: {answer}"),
    N_("copy.exception", "This was shared without your agreement because: {reason}"),
    N_(
        "copy.exception_refused",
        "You had said no to this. Your no was set aside for this reason only.",
    ),
    N_("copy.exception_ground", "The law allows this in one case: {ground}."),
    NP_(
        "copy.withheld",
        "The team also thought about {count} other thing. They decided not to share it. Nothing "
        "about it was written down.",
        "The team also thought about {count} other things. They decided not to share them. "
        "Nothing about them was written down.",
    ),
    N_("copy.decided_heading", "What was decided"),
    N_("copy.decided_none", "Nothing was decided."),
    N_("copy.next_heading", "What happens next"),
    N_("copy.next_none", "Nothing is planned yet."),
    # A family member's copy holds only what rests on items about them: the team may still
    # have decided or planned something about the others.
    N_("copy.decided_none_yours", "No decision rests on what was said about you."),
    N_("copy.next_none_yours", "Nothing planned rests on what was said about you."),
    N_("copy.next_due", "By {date}."),
    N_("copy.questions", "Do you have a question about this meeting? You can ask {name}."),
    N_("copy.footer", "This document is about you and it is yours. Keep it in a safe place."),
    N_("copy.running", "Your copy · {date}"),
    N_("copy.subject", "Plain-language copy for the person concerned"),
    # --- Numbering, place, next meeting, actions table, the person's rights (issue 11) --------
    N_("item.ref", "S{number}"),
    N_("agenda.title", "{number}. {title}"),
    N_("quote", "“{text}”"),
    N_("label.place", "Place"),
    N_("label.next_meeting", "Next meeting"),
    N_("col.who", "Who"),
    N_("col.what", "What"),
    N_("col.due", "By"),
    N_("col.based_on", "Based on"),
    N_("action.no_item", "—"),
    N_("action.postponed_short", "an item postponed to ask {name} first"),
    N_("copy.hello", "{name},"),
    N_("copy.next_meeting", "Your team meets again on {date}."),
    N_(
        "copy.intro",
        "This document is yours. It tells you what your team said about you at the meeting of "
        "{date}: who was there, what they shared and why, and what happens next.",
    ),
    N_("copy.contact_heading", "Your questions, your rights"),
    N_("copy.contact", "You can ask {name} about this meeting, at {institution}."),
    N_("copy.contact_details", "How to reach us: {details}"),
    N_("copy.right_access", "You may see everything written about you here, and ask for a copy."),
    N_("copy.right_correction", "If something is wrong, you may ask us to correct it."),
    N_(
        "copy.right_complaint",
        "If you are not satisfied with our answer, you may complain to {authority}.",
    ),
    N_(
        "copy.right_complaint_any",
        "If you are not satisfied with our answer, you may complain to the authority that "
        "protects personal data.",
    ),
    # --- Opinions and deliberations (issue 15) --------------------------------------------------
    N_("opinion.of", "Opinion of {name}"),
    N_("opinion.basis", "— based on: {basis}"),
    N_("heading.deliberations", "Deliberations"),
    N_("deliberation.title", "Deliberation {number} · {method}"),
    N_("label.question", "Question"),
    N_("label.conclusion", "Conclusion"),
    N_("label.led_to", "Led to the decision"),
    N_("label.when", "When"),
    N_("deliberation.when", "from {start} to {end}"),
    N_("deliberation.decision_gone", "(a decision no longer in this record)"),
    N_(
        "deliberation.notes",
        "Only the conclusion is recorded: the notes taken at each step were not kept.",
    ),
    N_("copy.opinion", "This is the opinion of {name}, not a fact."),
    N_(
        "copy.opinion_basis",
        "This is the opinion of {name}, not a fact. It is based on: {basis}",
    ),
    N_(
        "copy.deliberated", "The team took time to think together about a hard question: {question}"
    ),
    N_("copy.concluded", "What they concluded: {conclusion}"),
    # --- The person's record (every meeting) ------------------------------------------------------
    N_("record.title", "Your record"),
    N_("record.subtitle", "Everything shared about you in case conferences, up to {date}"),
    N_("record.for", "For {name}"),
    N_(
        "record.intro",
        "Here is everything the team shared about you, in every meeting: what was said, when, by "
        "whom, who heard it and why. What the team talked about and chose not to share was not "
        "written down: only how many times it happened.",
    ),
    N_("record.meeting", "Meeting of {date}"),
    N_("record.purpose", "Why they met: {purpose}"),
    N_("record.nothing_meeting", "Nothing about you was shared in this meeting."),
    N_("record.none", "No meeting has shared anything about you."),
    N_("record.when", "When: {date} at {time}."),
    N_("record.running", "Your record · {date}"),
    N_("record.subject", "Everything shared about the person concerned (right of access)"),
    # --- Errors ---------------------------------------------------------------------------------
    N_("error.language", "Documents are available in {languages}, not '{lang}'."),
    N_("error.not_present", "{name} was not present: there is no copy for them."),
    N_("error.empty_password", "The password is empty: choose one, or export without a password."),
    N_(
        "error.no_cryptography",
        "Password protection needs the 'cryptography' package, which is not installed. Export "
        "without a password, or install it.",
    ),
    N_("error.disk_full", "The disk is full: {file} was not saved. Free some space and try again."),
    N_("error.forbidden", "You may not write in {folder}. Choose another folder."),
    N_("error.read_only", "{folder} is read-only. Choose another folder."),
    N_("error.no_folder", "The folder {folder} does not exist."),
    N_("error.not_a_folder", "{folder} is not a folder."),
    N_("error.is_a_folder", "{path} is a folder: choose a file name."),
    N_("error.not_saved", "{path} could not be saved: {problem}."),
)


def tr(key: str, lang: str, count: int | None = None, **values: str) -> str:
    """The text ``key`` in ``lang`` (English when missing), values filled in literally, each a
    Unicode isolate; French elides before a value that needs it ("Exemplaire d'Anne"). A plural
    text takes its form from ``count``, which fills ``{count}``."""
    text = TEXTS[key]
    if count is not None:
        values.setdefault("count", str(count))
    return text.render(lang, values, count=count, isolate=True)


def seal_text(seal: AuditSeal | None, lang: str) -> str:
    """``Audit seal: event 1,234, 9f3a…`` for the foot of the last page; empty without a seal.

    It lets a printed copy prove later what the audit log held: ``emptychair verify --anchor
    1234:9f3a…`` checks the log against it. Plain text, drawn as is (numbers and a hash: no
    isolates needed).
    """
    if seal is None:
        return ""
    number = format_count(seal.seq, lang)  # 1,234 · 1 234 · 1.234
    return without_isolates(tr("seal", lang, seq=number, hash=seal.short_hash()))


def clock(moment: dt.datetime | None) -> str:
    """``14:05``; empty when unknown."""
    return moment.strftime("%H:%M") if moment else ""


def item_ref(number: int, lang: str) -> str:
    """A shared item's number as the documents print it (``S3``; ``I3`` in French), so that it
    reads apart from the agenda's numbers. Plain text (a number needs no isolate), for the UI
    too."""
    return without_isolates(tr("item.ref", lang, number=str(number)))
