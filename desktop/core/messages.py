"""Human sentences produced by the core (gate reasons and fixes, the session's refusals).

The core has no Qt, so it cannot use Qt's translator; the gate returns :class:`Message` values (a
text of the catalogue and named values) that any layer renders later, in the reader's language
(:mod:`desktop.core.catalogue`: the English is declared here, the translations are in
``resources/translations/texts_<lang>.po``). Values are substituted literally: a name containing
``{`` or ``%`` is shown as typed, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeAlias

from desktop.core.catalogue import N_, NP_, Text, texts
from desktop.core.entities import Localized
from desktop.core.text import format_count, format_date, join_names

# A value: a text as typed, a list of names, a policy's text in several languages, a date, a
# number (the count of a plural text), or another message (a word the catalogue translates).
Value: TypeAlias = "str | tuple[str, ...] | Localized | dt.date | int | Message"

CATALOG: dict[str, Text] = texts(
    # C1 consent
    N_("consent.refused", "{alias} refused sharing {category} with {names} (recorded {date})"),
    N_("consent.refused_undated", "{alias} refused sharing {category} with {names}"),
    N_("consent.agrees_now", "{alias} is here and agrees"),
    N_("consent.given", "Consent given {date} covers {category} for everyone in the room"),
    N_("consent.given_undated", "Consent on record covers {category} for everyone in the room"),
    N_("consent.not_covered", "{alias}'s consent does not cover sharing {category} with {names}"),
    N_("consent.none", "No consent of {alias} on record covers {category}"),
    N_("consent.lapsed", "A consent covering {category} is no longer valid (expired or revoked)"),
    N_(
        "consent.not_obtainable_met",
        "Consent could not be obtained ({reason}); the team said what {alias} would have wanted "
        "and confirmed sharing is in their interest",
    ),
    N_(
        "consent.not_obtainable_chair",
        "Consent could not be obtained ({reason}): say what {alias} would have wanted",
    ),
    N_(
        "consent.not_obtainable_interest",
        "Consent could not be obtained ({reason}): confirm sharing is in {alias}'s interest",
    ),
    N_("consent.exception_met", "Shared without consent under an exception: {exception}"),
    N_("consent.exception_justify", "Write why the exception applies: {exception}"),
    N_(
        "consent.exception_confirm",
        "An exception can override this refusal only if you confirm it explicitly: {exception}",
    ),
    N_(
        "consent.exception_over_refusal",
        "{alias} refused sharing {category} with {names} (recorded {date}); shared all the same "
        "under an exception: {exception}",
    ),
    N_(
        "consent.exception_over_refusal_undated",
        "{alias} refused sharing {category} with {names}; shared all the same under an exception: "
        "{exception}",
    ),
    N_("consent.exception_unknown", "The exception '{exception}' is not in this policy"),
    N_(
        "consent.objected",
        "{alias} objected to sharing {category} with {names} (recorded {date})",
    ),
    N_("consent.objected_undated", "{alias} objected to sharing {category} with {names}"),
    N_(
        "consent.exception_over_objection",
        "{alias} objected to sharing {category} with {names} (recorded {date}); shared all the "
        "same under an exception: {exception}",
    ),
    N_(
        "consent.exception_over_objection_undated",
        "{alias} objected to sharing {category} with {names}; shared all the same under an "
        "exception: {exception}",
    ),
    # Informed without objection (within the team), consent outside it
    N_("consent.informed", "{alias} was informed of sharing within the team and did not object"),
    N_(
        "consent.not_informed",
        "{alias} was not informed of sharing {category} with {names}, nor of the right to object",
    ),
    N_(
        "consent.outside_team",
        "{names}: outside the team, sharing needs {alias}'s prior consent",
    ),
    N_("consent.outside_team_met", "Outside the team ({names}):"),
    # Implied consent for some purposes, explicit otherwise
    N_(
        "consent.choose_purpose", "Choose the purpose: it says whether {alias}'s consent is implied"
    ),
    N_(
        "consent.implied",
        "Consent implied, as {alias} has not objected, for this purpose: {purpose}",
    ),
    N_(
        "consent.explicit_needed",
        "Consent is not implied for this purpose, {alias}'s explicit consent is needed: {purpose}",
    ),
    # A legal basis instead of consent
    N_("basis.named", "{basis} (the person's consent is not needed)"),
    N_(
        "basis.missing",
        "Name the legal basis of this meeting: the law, decree or prosecutor's authorisation "
        "that organises it",
    ),
    N_("basis.unknown", "The legal basis '{basis}' is not in this framework"),
    N_("basis.not_asked", "This framework does not ask for the person's consent"),
    # Prior information (of the holders of parental authority, of the child)
    N_(
        "informed.met_both",
        "The holders of parental authority and {alias} were informed beforehand",
    ),
    N_("informed.met_holders", "The holders of parental authority were informed beforehand"),
    N_("informed.met_person", "{alias} was informed beforehand"),
    N_("informed.not_of_age", "{alias} is too young to be informed (age and maturity)"),
    N_(
        "informed.contrary",
        "Not informed beforehand: informing them would be contrary to {alias}'s interest "
        "(the reason is recorded)",
    ),
    N_(
        "informed.missing_holders",
        "The holders of parental authority were not informed beforehand",
    ),
    N_("informed.missing_person", "{alias} was not informed beforehand"),
    N_(
        "informed.missing_both",
        "Neither the holders of parental authority nor {alias} were informed beforehand",
    ),
    N_(
        "informed.or_contrary",
        "Record that they were informed, or why informing them would be contrary to "
        "{alias}'s interest",
    ),
    N_("exception.met", "Set aside under an exception: {exception}"),
    # C2 secrecy
    N_("secrecy.met", "Everyone in the room is bound by professional secrecy"),
    N_("secrecy.not_bound", "{who} is not bound by professional secrecy"),
    N_("secrecy.no_basis", "{who}: no basis recorded for professional secrecy"),
    # C3 mission
    N_("mission.met", "Everyone in the room works in {mission}"),
    N_("mission.outside", "{who} does not work in {mission}"),
    N_(
        "need.confirm",
        "Confirm that everyone in the room needs to know this; ask anyone who does not to step out",
    ),
    N_("need.met", "Everyone in the room works in {mission} and needs to know this"),
    # Listed purposes
    N_("purpose.choose", "Choose the purpose of sharing this, among those the framework lists"),
    N_("purpose.unknown", "The purpose '{purpose}' is not in this framework"),
    N_("purpose.not_listed", "{purpose}: not a purpose the legal basis allows ({basis})"),
    N_("purpose.met", "Shared for a purpose the framework lists: {purpose}"),
    # C4 necessity
    # No {reason} here: verdicts travel in events during drafting, answers must not.
    N_("necessity.met", "The team could not decide without this, and said why"),
    N_("necessity.wording", "Write the minimal wording to minute"),
    N_("necessity.unanswered", "Answer: {question}"),
    N_("necessity.minimum", "Confirm the wording holds only the minimum necessary"),
    N_(
        "necessity.minimum_met",
        "The team needs this, said why, and the wording holds only the minimum necessary",
    ),
    # The decision and its reasons
    N_("decision.why", "Say why: the decision is recorded with its reasons, shared or not"),
    N_("decision.met", "The decision and its reasons are recorded"),
    N_("necessity.not_needed", "The team could decide without this: it is not strictly necessary"),
    N_("necessity.reason", "Say why the team needs this"),
    # The ethical questions and the item itself
    N_("questions.met", "The questions are answered"),
    N_("questions.good_for_whom", "Answer: what is good for whom?"),
    N_("questions.why", "Answer: why?"),
    N_("questions.empty_chair", "Answer: what would {alias} have wanted?"),
    N_("questions.statement_of", "Say whose statement this is"),
    N_("questions.discloser_absent", "{who} is not in the room and cannot share"),
    N_("questions.nobody", "Nobody would receive this: share nothing, or bring someone back"),
    N_("questions.unknown_category", "The category '{category}' is not in this policy"),
    # Fixes
    N_("fix.step_out", "Ask {names} to step out for this item"),
    N_("fix.person_agrees", "{alias} is here: ask them, and tick 'agrees now' if they agree"),
    N_(
        "fix.record_basis",
        "Record the secrecy basis of {names} in the directory, or ask them to step out",
    ),
    N_("fix.not_share", "Share nothing"),
    N_("fix.come_back", "Bring {names} back"),
    N_("fix.postpone", "Postpone and ask {alias} first"),
    N_("fix.name_legal_basis", "Name the legal basis"),
    N_("fix.record_information", "Record who was informed, or why not"),
    N_("fix.postpone_inform", "Postpone and inform them first"),
    # The meeting session's refusals
    N_("session.wrong_state", "Cannot {doing}: the meeting is {state}"),
    N_("session.wrong_mission", "The meeting's mission is {meeting}, not {mission}"),
    N_("session.no_agenda_item", "There is no agenda item {number}"),
    N_("session.not_in_directory", "{who} is not in the directory"),
    N_("session.not_invited", "{who} is not invited to this meeting"),
    N_("session.bad_move", "{who} is {now}: cannot become {to}"),
    N_("session.inactive", "{who} is no longer active in the directory"),
    N_("session.draft_open", "Decide the item under discussion first"),
    N_("session.discloser_not_in_room", "Only someone in the room can propose a disclosure"),
    N_("session.no_draft", "No disclosure is under discussion"),
    NP_("session.unknown_fields", "Unknown field: {fields}", "Unknown fields: {fields}"),
    N_("session.unknown_nature", "Unknown nature: {nature}"),
    N_("session.bad_argument", "{what} must be {expected}"),
    N_("session.gate_closed", "The item cannot be shared: not every condition is met"),
    N_("session.postpone_who", "Choose who will ask the person"),
    N_("session.postpone_what", "Say what will be asked of the person"),
    N_(
        "session.broken_text",
        "The {field} holds a broken character (half of an emoji or symbol, often left by a copy "
        "and paste) and cannot be saved: retype that part. Nothing was saved",
    ),
    N_("session.decision_text", "A decision needs a text"),
    N_("session.action_who", "Choose who will carry out the action"),
    N_("session.action_text", "An action needs a text"),
    N_("session.only_shared", "Decisions and actions can only rest on shared items"),
    # Structured deliberation and avoiding a priori (issue 15)
    N_("questions.opinion_basis", "Answer: what is this opinion based on?"),
    # Several persons concerned (a family)
    N_("questions.whose", "Say whose information this is"),
    # Minors: the parents' say (the holders of parental authority), by the policy's age bands
    N_("minor.parents_refused", "{alias}'s parents refused sharing {category} with {names}"),
    N_("minor.parents_consented", "{alias}'s parents consented to sharing {category}"),
    N_(
        "minor.parents_no_consent",
        "{alias} is a minor: {alias}'s parents' consent is needed, and none on record covers "
        "{category}",
    ),
    N_("minor.parents_informed", "{alias}'s parents were informed and did not object"),
    N_(
        "minor.parents_not_informed",
        "{alias}'s parents were not informed; record why informing them would be contrary to "
        "{alias}'s interest, or postpone",
    ),
    N_("minor.parents_not_told", "{alias}'s parents were not informed of sharing {category}"),
    N_(
        "minor.parents_contrary",
        "{alias}'s parents were not informed: informing them would be contrary to {alias}'s "
        "interest (the reason is recorded)",
    ),
    N_(
        "minor.parents_implied",
        "{alias}'s parents have not objected: consent implied for this purpose: {purpose}",
    ),
    N_("fix.postpone_parents", "Postpone and ask {alias}'s parents first"),
    # The confidentiality undertaking at check-in
    N_(
        "secrecy.no_undertaking",
        "{who} has not confirmed the confidentiality undertaking: not bound until they do",
    ),
    NP_(
        "fix.give_undertaking",
        "{names} confirms the undertaking now",
        "{names} confirm the undertaking now",
    ),
    N_(
        "session.undertaking_not_present",
        "{who} is not in the room: the undertaking is given on arrival",
    ),
    N_(
        "session.undertaking_not_asked", "This meeting does not ask for the undertaking at check-in"
    ),
    N_("whose.reason", "{alias}: {reason}"),
    N_("whose.join", "{first}; {rest}"),
    N_("session.unknown_person", "{who} is not one of the persons this meeting concerns"),
    N_("deliberation.running", "A deliberation is under way: conclude it or end it first"),
    N_("deliberation.none", "No deliberation is under way"),
    N_("deliberation.question", "Write the question the team deliberates on"),
    N_("deliberation.question_long", "Keep the question short: {limit} characters at most"),
    N_("deliberation.no_step", "The method has no step {number}"),
    N_("deliberation.conclusion", "Write the conclusion the team reached first"),
    N_(
        "deliberation.decision",
        "Link the conclusion to a decision: a new one, or one already taken",
    ),
    N_("deliberation.unknown_decision", "That decision was not taken in this meeting"),
    N_("term.doing.deliberate", "deliberate"),
    N_("term.expected.method", "a deliberation method"),
    N_("session.reason_needed", "Choose why the team does not share this, from the list"),
    N_("session.unknown_reason", "'{reason}' is not one of this framework's reasons"),
    N_("session.unknown_basis", "The legal basis '{basis}' is not in this framework"),
    # Words the refusals above put in their sentences
    N_("term.state.prepared", "prepared"),
    N_("term.state.open", "open"),
    N_("term.state.closed", "closed"),
    N_("term.presence.invited", "invited"),
    N_("term.presence.present", "present"),
    N_("term.presence.excused", "excused"),
    N_("term.presence.stepped_out", "stepped out"),
    N_("term.presence.left", "gone"),
    N_("term.doing.open", "open the meeting"),
    N_("term.doing.close", "close the meeting"),
    N_("term.doing.participation", "change the person's participation"),
    N_("term.doing.details", "change the meeting's details"),
    N_("term.doing.agenda", "move through the agenda"),
    N_("term.doing.attendance", "change attendance"),
    N_("term.doing.propose", "propose a disclosure"),
    N_("term.doing.decide", "decide on a disclosure"),
    N_("term.doing.decision", "add a decision"),
    N_("term.doing.action", "add an action"),
    N_("term.doing.wishes", "show the person's wishes"),
    N_("term.expected.text", "a text"),
    N_("term.expected.id", "an identifier (text)"),
    N_("term.expected.flag", "yes or no (true or false)"),
    N_("term.expected.answer", "yes, no, or not answered (true, false or None)"),
    N_("term.expected.number", "a whole number"),
    N_("term.expected.date", "a date, or nothing"),
    N_("term.expected.ids", "a list of identifiers"),
    N_("term.expected.professional", "a directory entry"),
    N_("term.expected.consents", "a list of consent records"),
    N_("term.expected.participation", "present, represented or absent"),
    N_("term.expected.information", "who was informed beforehand"),
    # Corrections before the meeting closes, and the category chosen by nobody else (issue 11)
    N_("consent.choose_category", "Choose a category: consent depends on it"),
    N_("session.no_shared_item", "There is no such shared item in this meeting"),
    N_(
        "session.correct_who",
        "Only the one who shared the item, or the facilitator, can correct or withdraw it",
    ),
    N_("session.correct_empty", "The corrected wording is empty: to erase the item, withdraw it"),
    N_("session.no_decision", "There is no such decision in this meeting"),
    N_("session.no_action", "There is no such action in this meeting"),
    N_("term.doing.correct", "correct a shared item"),
    N_("term.doing.withdraw", "withdraw a shared item"),
    N_("term.doing.change_decision", "change a decision"),
    N_("term.doing.change_action", "change an action"),
)


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence to show a user: a text of the catalogue and the values to fill in.

    Rendered only when shown, in the reader's language, so the same message reads in French on
    the console and in Dutch in a PDF.
    """

    text: Text
    values: tuple[tuple[str, Value], ...] = ()

    @property
    def key(self) -> str:
        """The text's stable key (what a stored message keeps)."""
        return self.text.key

    @classmethod
    def of(cls, key: str, **values: Value) -> Message:
        """A message of the core's :data:`CATALOG`. A tuple value is a list of names, joined in
        the reader's language; a :class:`Localized` value or a message is shown in the reader's
        language; ``count`` chooses the form of a plural text.

        Raises ``KeyError`` for a key the catalogue lacks.
        """
        return cls.about(CATALOG[key], **values)

    @classmethod
    def about(cls, text: Text, **values: Value) -> Message:
        """A message of any declared text (storage's, the CLI's...)."""
        if text.plural and not isinstance(values.get("count"), int):
            raise ValueError(f"{text.key} depends on a number: give count=")
        return cls(text, tuple(values.items()))

    def with_values(self, **values: Value) -> Message:
        """The same message with some values replaced."""
        changed = dict(self.values)
        changed.update(values)
        return Message(self.text, tuple(changed.items()))

    def render(self, lang: str = "en", *, isolate: bool = False) -> str:
        """The sentence in ``lang`` (English when the language is unknown). With ``isolate``,
        each filled-in value is a Unicode isolate (for documents, see :func:`fill`)."""
        count = dict(self.values).get("count")
        # One pass over the template, so a value containing "{alias}" stays literal; French
        # elides before a value that needs it ("d'Anne").
        return self.text.render(
            lang,
            {name: _in_language(value, lang) for name, value in self.values},
            count=count if isinstance(count, int) else None,
            isolate=isolate,
        )


def _in_language(value: Value, lang: str) -> str:
    if isinstance(value, Message):
        return value.render(lang)
    if isinstance(value, Localized):
        return value.text(lang)
    if isinstance(value, tuple):
        return join_names(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    if isinstance(value, int):
        return format_count(value, lang)
    return value
