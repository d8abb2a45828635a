"""Human sentences produced by the core (gate reasons and fixes), in English and French.

The core has no Qt, so it cannot use Qt's translator; the gate returns :class:`Message` values
(a key and named values) that any layer renders in the user's language. Values are substituted
literally: a name containing ``{`` or ``%`` is shown as typed, never interpreted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.entities import Localized
from desktop.core.text import fill, format_date

Value = str | tuple[str, ...] | Localized | dt.date

LANGUAGES = ("en", "fr")

CATALOG: dict[str, dict[str, str]] = {
    # C1 consent
    "consent.refused": {
        "en": "{alias} refused sharing {category} with {names} (recorded {date})",
        "fr": "{alias} a refusé le partage de « {category} » avec {names} (enregistré le {date})",
    },
    "consent.refused_undated": {
        "en": "{alias} refused sharing {category} with {names}",
        "fr": "{alias} a refusé le partage de « {category} » avec {names}",
    },
    "consent.agrees_now": {
        "en": "{alias} is here and agrees",
        "fr": "{alias} est présent·e et donne son accord",
    },
    "consent.given": {
        "en": "Consent given {date} covers {category} for everyone in the room",
        "fr": "L'accord donné le {date} couvre « {category} » pour toutes les personnes présentes",
    },
    "consent.given_undated": {
        "en": "Consent on record covers {category} for everyone in the room",
        "fr": "L'accord enregistré couvre « {category} » pour toutes les personnes présentes",
    },
    "consent.not_covered": {
        "en": "{alias}'s consent does not cover sharing {category} with {names}",
        "fr": "L'accord de {alias} ne couvre pas le partage de « {category} » avec {names}",
    },
    "consent.none": {
        "en": "No consent of {alias} on record covers {category}",
        "fr": "Aucun accord de {alias} enregistré ne couvre « {category} »",
    },
    "consent.lapsed": {
        "en": "A consent covering {category} is no longer valid (expired or revoked)",
        "fr": "Un accord couvrant « {category} » n'est plus valable (expiré ou révoqué)",
    },
    "consent.not_obtainable_met": {
        "en": "Consent could not be obtained ({reason}); the team said what {alias} would have "
        "wanted and confirmed sharing is in their interest",
        "fr": "L'accord n'a pas pu être obtenu ({reason}) ; l'équipe a dit ce qu'aurait voulu "
        "{alias} et confirmé que le partage est dans son intérêt",
    },
    "consent.not_obtainable_chair": {
        "en": "Consent could not be obtained ({reason}): say what {alias} would have wanted",
        "fr": "L'accord n'a pas pu être obtenu ({reason}) : dites ce qu'aurait voulu {alias}",
    },
    "consent.not_obtainable_interest": {
        "en": "Consent could not be obtained ({reason}): confirm sharing is in {alias}'s interest",
        "fr": "L'accord n'a pas pu être obtenu ({reason}) : confirmez que le partage est dans "
        "l'intérêt de {alias}",
    },
    "consent.choose_category": {
        "en": "Choose a category: consent depends on it",
        "fr": "Choisissez une catégorie : l'accord en dépend",
    },
    "consent.exception_met": {
        "en": "Shared without consent under an exception: {exception}",
        "fr": "Partage sans accord au titre d'une exception : {exception}",
    },
    "consent.exception_justify": {
        "en": "Write why the exception applies: {exception}",
        "fr": "Écrivez pourquoi l'exception s'applique : {exception}",
    },
    "consent.exception_confirm": {
        "en": "An exception can override this refusal only if you confirm it explicitly: "
        "{exception}",
        "fr": "Une exception ne peut passer outre ce refus que si vous le confirmez "
        "explicitement : {exception}",
    },
    "consent.exception_over_refusal": {
        "en": "{alias} refused sharing {category} with {names} (recorded {date}); shared all "
        "the same under an exception: {exception}",
        "fr": "{alias} a refusé le partage de « {category} » avec {names} (enregistré le "
        "{date}) ; partagé malgré tout au titre d'une exception : {exception}",
    },
    "consent.exception_over_refusal_undated": {
        "en": "{alias} refused sharing {category} with {names}; shared all the same under an "
        "exception: {exception}",
        "fr": "{alias} a refusé le partage de « {category} » avec {names} ; partagé malgré tout "
        "au titre d'une exception : {exception}",
    },
    "consent.exception_unknown": {
        "en": "The exception '{exception}' is not in this policy",
        "fr": "L'exception « {exception} » ne figure pas dans ce cadre",
    },
    # C2 secrecy
    "secrecy.met": {
        "en": "Everyone in the room is bound by professional secrecy",
        "fr": "Toutes les personnes présentes sont tenues au secret professionnel",
    },
    "secrecy.not_bound": {
        "en": "{who} is not bound by professional secrecy",
        "fr": "{who} n'est pas tenu·e au secret professionnel",
    },
    "secrecy.no_basis": {
        "en": "{who}: no basis recorded for professional secrecy",
        "fr": "{who} : aucun fondement du secret professionnel n'est enregistré",
    },
    # C3 mission
    "mission.met": {
        "en": "Everyone in the room works in {mission}",
        "fr": "Toutes les personnes présentes travaillent dans la mission « {mission} »",
    },
    "mission.outside": {
        "en": "{who} does not work in {mission}",
        "fr": "{who} ne travaille pas dans la mission « {mission} »",
    },
    # C4 necessity
    # No {reason} here: verdicts travel in events during drafting, answers must not.
    "necessity.met": {
        "en": "The team could not decide without this, and said why",
        "fr": "L'équipe ne pourrait pas décider sans cela, et a dit pourquoi",
    },
    "necessity.wording": {
        "en": "Write the minimal wording to minute",
        "fr": "Écrivez la formulation minimale à inscrire au procès-verbal",
    },
    "necessity.unanswered": {
        "en": "Answer: could the team decide without this?",
        "fr": "Répondez : l'équipe pourrait-elle décider sans cela ?",
    },
    "necessity.not_needed": {
        "en": "The team could decide without this: it is not strictly necessary",
        "fr": "L'équipe pourrait décider sans cela : ce n'est pas strictement nécessaire",
    },
    "necessity.reason": {
        "en": "Say why the team needs this",
        "fr": "Dites pourquoi l'équipe en a besoin",
    },
    # The ethical questions and the item itself
    "questions.met": {
        "en": "The questions are answered",
        "fr": "Les questions ont une réponse",
    },
    "questions.good_for_whom": {
        "en": "Answer: what is good for whom?",
        "fr": "Répondez : qu'est-ce qui est bon pour qui ?",
    },
    "questions.why": {"en": "Answer: why?", "fr": "Répondez : pourquoi ?"},
    "questions.empty_chair": {
        "en": "Answer: what would {alias} have wanted?",
        "fr": "Répondez : qu'aurait voulu {alias} ?",
    },
    "questions.statement_of": {
        "en": "Say whose statement this is",
        "fr": "Précisez de qui est cette déclaration",
    },
    "questions.discloser_absent": {
        "en": "{who} is not in the room and cannot share",
        "fr": "{who} n'est pas dans la salle et ne peut pas partager",
    },
    "questions.nobody": {
        "en": "Nobody would receive this: share nothing, or bring someone back",
        "fr": "Personne ne le recevrait : ne partagez rien, ou faites revenir quelqu'un",
    },
    "questions.unknown_category": {
        "en": "The category '{category}' is not in this policy",
        "fr": "La catégorie « {category} » ne figure pas dans ce cadre",
    },
    # Fixes
    "fix.step_out": {
        "en": "Ask {names} to step out for this item",
        "fr": "Demandez à {names} de sortir pour ce point",
    },
    "fix.person_agrees": {
        "en": "{alias} is here: ask them, and tick 'agrees now' if they agree",
        "fr": "{alias} est là : posez-lui la question et cochez « accepte maintenant » "
        "si c'est le cas",
    },
    "fix.record_basis": {
        "en": "Record the secrecy basis of {names} in the directory, or ask them to step out",
        "fr": "Enregistrez le fondement du secret de {names} dans l'annuaire, ou demandez-leur de "
        "sortir",
    },
    "fix.not_share": {
        "en": "Share nothing",
        "fr": "Ne rien partager",
    },
    "fix.come_back": {
        "en": "Bring {names} back",
        "fr": "Faire revenir {names}",
    },
    "fix.postpone": {
        "en": "Postpone and ask {alias} first",
        "fr": "Reporter et demander d'abord à {alias}",
    },
    # The meeting session's refusals
    "session.wrong_state": {
        "en": "Cannot {doing}: the meeting is {state}",
        "fr": "Impossible {doing} : la réunion est {state}",
    },
    "session.wrong_mission": {
        "en": "The meeting's mission is {meeting}, not {mission}",
        "fr": "La mission de la réunion est {meeting}, pas {mission}",
    },
    "session.no_agenda_item": {
        "en": "There is no agenda item {number}",
        "fr": "Il n'y a pas de point {number} à l'ordre du jour",
    },
    "session.not_in_directory": {
        "en": "{who} is not in the directory",
        "fr": "{who} ne figure pas dans l'annuaire",
    },
    "session.not_invited": {
        "en": "{who} is not invited to this meeting",
        "fr": "{who} n'est pas invité·e à cette réunion",
    },
    "session.bad_move": {
        "en": "{who} is {now}: cannot become {to}",
        "fr": "{who} est {now} : impossible de passer à « {to} »",
    },
    "session.inactive": {
        "en": "{who} is no longer active in the directory",
        "fr": "{who} n'est plus actif·ve dans l'annuaire",
    },
    "session.draft_open": {
        "en": "Decide the item under discussion first",
        "fr": "Décidez d'abord du point en discussion",
    },
    "session.discloser_not_in_room": {
        "en": "Only someone in the room can propose a disclosure",
        "fr": "Seule une personne présente dans la salle peut proposer un partage",
    },
    "session.no_draft": {
        "en": "No disclosure is under discussion",
        "fr": "Aucun partage n'est en discussion",
    },
    "session.unknown_fields": {
        "en": "Unknown field(s): {fields}",
        "fr": "Champ(s) inconnu(s) : {fields}",
    },
    "session.unknown_nature": {
        "en": "Unknown nature: {nature}",
        "fr": "Nature inconnue : {nature}",
    },
    "session.bad_argument": {
        "en": "{what} must be {expected}",
        "fr": "{what} doit être {expected}",
    },
    "session.gate_closed": {
        "en": "The item cannot be shared: not every condition is met",
        "fr": "Ce point ne peut pas être partagé : toutes les conditions ne sont pas remplies",
    },
    "session.postpone_who": {
        "en": "Choose who will ask the person",
        "fr": "Choisissez qui posera la question à la personne",
    },
    "session.postpone_what": {
        "en": "Say what will be asked of the person",
        "fr": "Dites ce qui sera demandé à la personne",
    },
    "session.broken_text": {
        "en": "The {field} holds a broken character (half of an emoji or symbol, often left by a "
        "copy and paste) and cannot be saved: retype that part. Nothing was saved",
        "fr": "Le champ « {field} » contient un caractère cassé (la moitié d'un émoji ou d'un "
        "symbole, souvent laissée par un copier-coller) et ne peut pas être enregistré : "
        "retapez ce passage. Rien n'a été enregistré",
    },
    "session.decision_text": {
        "en": "A decision needs a text",
        "fr": "Une décision doit avoir un texte",
    },
    "session.action_who": {
        "en": "Choose who will carry out the action",
        "fr": "Choisissez qui réalisera l'action",
    },
    "session.action_text": {
        "en": "An action needs a text",
        "fr": "Une action doit avoir un texte",
    },
    "session.only_shared": {
        "en": "Decisions and actions can only rest on shared items",
        "fr": "Les décisions et actions ne peuvent s'appuyer que sur des points partagés",
    },
    # Corrections before the meeting closes (issue 11)
    "session.no_shared_item": {
        "en": "There is no such shared item in this meeting",
        "fr": "Ce point partagé n'existe pas dans cette réunion",
    },
    "session.correct_who": {
        "en": "Only the one who shared the item, or the facilitator, can correct or withdraw it",
        "fr": "Seule la personne qui a partagé le point, ou l'animation, peut le corriger ou le "
        "retirer",
    },
    "session.correct_empty": {
        "en": "The corrected wording is empty: to erase the item, withdraw it",
        "fr": "La formulation corrigée est vide : pour effacer le point, retirez-le",
    },
    "session.no_decision": {
        "en": "There is no such decision in this meeting",
        "fr": "Cette décision n'existe pas dans cette réunion",
    },
    "session.no_action": {
        "en": "There is no such action in this meeting",
        "fr": "Cette action n'existe pas dans cette réunion",
    },
    # Lists
    "list.and": {"en": " and ", "fr": " et "},
    "list.comma": {"en": ", ", "fr": ", "},
}


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence to show a user: a catalog key and the values to fill in."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, key: str, **values: Value) -> Message:
        """Build a message. A tuple value is a list of names, joined in the reader's language;
        a :class:`Localized` value is shown in the reader's language.

        Raises ``KeyError`` for a key the catalog lacks.
        """
        if key not in CATALOG:
            raise KeyError(key)
        return cls(key, tuple(values.items()))

    def render(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (English when the language is unknown)."""
        templates = CATALOG[self.key]
        text = templates.get(lang) or templates["en"]
        # One pass over the template, so a value containing "{alias}" stays literal.
        return fill(text, {name: _in_language(value, lang) for name, value in self.values})


def _in_language(value: Value, lang: str) -> str:
    if isinstance(value, Localized):
        return value.text(lang)
    if isinstance(value, tuple):
        return join_names(value, lang)
    if isinstance(value, dt.date):
        return format_date(value, lang)
    return value


def join_names(names: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """``A``, ``A and B``, ``A, B and C`` in ``lang``."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    comma = CATALOG["list.comma"].get(lang, ", ")
    conjunction = CATALOG["list.and"].get(lang, " and ")
    return comma.join(names[:-1]) + conjunction + names[-1]
