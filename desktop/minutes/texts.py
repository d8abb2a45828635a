"""The sentences of the minutes and of the person's copy, in English and French.

Values are substituted in one pass and literally (a name containing ``{page}`` stays as typed).
The result is plain text; the document builders escape it for platypus.
"""

from __future__ import annotations

import datetime as dt

from desktop.core.record import AuditSeal
from desktop.core.text import fill

LANGUAGES = ("en", "fr")

TEXTS: dict[str, dict[str, str]] = {
    # --- Minutes: the header ---------------------------------------------------------------------
    "minutes.title": {
        "en": "Minutes of the case conference",
        "fr": "Procès-verbal de la concertation de cas",
    },
    "minutes.about": {"en": "About {person}", "fr": "Concernant {person}"},
    "minutes.full_record": {
        "en": "Full record, for the file: kept by {name}. It lists every shared item with who "
        "received it; each attendee receives only their own copy.",
        "fr": "Dossier complet, pour le dossier : conservé par {name}. Il reprend chaque "
        "information partagée avec les personnes qui l'ont reçue ; chaque participant ne reçoit "
        "que son propre exemplaire.",
    },
    "minutes.copy_for": {"en": "Copy for {name}", "fr": "Exemplaire de {name}"},
    "minutes.copy_note": {
        "en": "This copy holds only the items shared with you. They keep the numbers of the "
        "full record (S1, S2…), kept by the facilitator.",
        "fr": "Cet exemplaire ne contient que les informations partagées avec vous. Elles gardent "
        "les numéros du dossier complet (I1, I2…), conservé par l'animation.",
    },
    "minutes.copy_unbound": {
        "en": "You are not bound by professional secrecy: this copy holds no shared item.",
        "fr": "Vous n'êtes pas tenu·e au secret professionnel : cet exemplaire ne contient aucun "
        "point partagé.",
    },
    "minutes.running_for": {"en": "{running} · for {name}", "fr": "{running} · pour {name}"},
    "label.institution": {"en": "Institution", "fr": "Institution"},
    "label.purpose": {"en": "Purpose", "fr": "Objet"},
    "label.mission": {"en": "Mission", "fr": "Mission"},
    "label.date": {"en": "Date", "fr": "Date"},
    "label.facilitator": {"en": "Facilitator", "fr": "Animation"},
    "label.policy": {"en": "Framework", "fr": "Cadre"},
    "value.date": {"en": "{date}, {start}–{end}", "fr": "{date}, de {start} à {end}"},
    "value.policy": {"en": "{name}, version {version}", "fr": "{name}, version {version}"},
    "heading.conduct": {"en": "Rule of conduct", "fr": "Règle de conduite"},
    # --- Attendees -------------------------------------------------------------------------------
    "heading.attendees": {"en": "Attendees", "fr": "Participants"},
    "col.name": {"en": "Name", "fr": "Nom"},
    "col.role": {"en": "Role", "fr": "Fonction"},
    "col.organisation": {"en": "Organisation", "fr": "Organisation"},
    "col.secrecy": {"en": "Secrecy basis", "fr": "Fondement du secret"},
    "col.presence": {"en": "Presence", "fr": "Présence"},
    "col.stepped_out": {"en": "Stepped out of", "fr": "Sorti·e pour"},
    "presence.present": {"en": "Present", "fr": "Présent·e"},
    "presence.arrived": {"en": "Present from {time}", "fr": "Présent·e dès {time}"},
    "presence.left": {"en": "Left at {time}", "fr": "Parti·e à {time}"},
    "presence.excused": {"en": "Excused", "fr": "Excusé·e"},
    "presence.invited": {"en": "Did not attend", "fr": "Absent·e"},
    "secrecy.not_bound": {"en": "Not bound by secrecy", "fr": "Non tenu·e au secret"},
    "stepped.items": {"en": "{numbers}", "fr": "{numbers}"},
    "stepped.items_many": {"en": "{numbers}", "fr": "{numbers}"},
    "stepped.withheld": {"en": "{count} not shared", "fr": "{count} non partagé(s)"},
    # --- The person ------------------------------------------------------------------------------
    "heading.person": {"en": "The person concerned", "fr": "La personne concernée"},
    "participation.present": {"en": "{name} was present.", "fr": "{name} était présent·e."},
    "participation.represented": {
        "en": "{name} was represented by {advocate}.",
        "fr": "{name} était représenté·e par {advocate}.",
    },
    "participation.absent": {
        "en": "{name} was not present: the empty chair stood for them throughout the meeting.",
        "fr": "{name} n'était pas présent·e : la chaise vide l'a représenté·e tout au long de "
        "la réunion.",
    },
    "informed.yes": {
        "en": "{name} was informed of the meeting beforehand.",
        "fr": "{name} a été informé·e de la réunion au préalable.",
    },
    "informed.how": {"en": "How: {how}", "fr": "Comment : {how}"},
    "informed.no": {
        "en": "{name} was not informed of the meeting beforehand.",
        "fr": "{name} n'a pas été informé·e de la réunion au préalable.",
    },
    "heading.consents": {"en": "Consent on record", "fr": "Accords enregistrés"},
    "consents.none": {"en": "No consent on record.", "fr": "Aucun accord enregistré."},
    "consent.given": {"en": "Consent given", "fr": "Accord donné"},
    "consent.refused": {"en": "Refusal", "fr": "Refus"},
    "consent.not_obtainable": {
        "en": "Consent could not be obtained",
        "fr": "Accord impossible à obtenir",
    },
    "consent.reason": {"en": "Why: {reason}", "fr": "Pourquoi : {reason}"},
    "consent.categories": {"en": "Categories: {items}", "fr": "Catégories : {items}"},
    "consent.recipients": {"en": "Recipients: {items}", "fr": "Destinataires : {items}"},
    "consent.anyone_in": {
        "en": "anyone working in {mission}",
        "fr": "toute personne de la mission « {mission} »",
    },
    "consent.valid": {"en": "valid from {start}", "fr": "valable dès le {start}"},
    "consent.valid_until": {
        "en": "valid from {start} until {end}",
        "fr": "valable du {start} au {end}",
    },
    "consent.always": {"en": "no start date", "fr": "sans date de début"},
    "consent.revoked": {"en": "revoked on {date}", "fr": "révoqué le {date}"},
    "consent.obtained": {"en": "Obtained: {how}", "fr": "Recueilli : {how}"},
    "consent.not_in_force": {
        "en": "not in force on the day of the meeting",
        "fr": "pas en vigueur le jour de la réunion",
    },
    # --- Shared items ----------------------------------------------------------------------------
    "heading.shared": {"en": "What was shared", "fr": "Ce qui a été partagé"},
    "shared.none": {"en": "Nothing was shared.", "fr": "Rien n'a été partagé."},
    "shared.none_for_you": {
        "en": "No item was shared with you.",
        "fr": "Aucune information n'a été partagée avec vous.",
    },
    "agenda.none": {"en": "Outside the agenda", "fr": "Hors ordre du jour"},
    "item.title": {"en": "Shared item {number}", "fr": "Information partagée {number}"},
    "nature.fact": {"en": "fact", "fr": "fait"},
    "nature.opinion": {"en": "opinion", "fr": "opinion"},
    "nature.statement": {"en": "statement of {who}", "fr": "propos de {who}"},
    "label.wording": {"en": "wording", "fr": "formulation"},
    "where.header": {"en": "page header", "fr": "en-tête"},
    "where.footer": {"en": "page footer", "fr": "pied de page"},
    "label.shared_by": {"en": "Shared by", "fr": "Partagé par"},
    "label.with_whom": {"en": "Received by", "fr": "Reçu par"},
    "label.stepped_out": {"en": "Stepped out", "fr": "Sorti·e·s"},
    "label.necessity": {"en": "Needed because", "fr": "Nécessaire parce que"},
    "label.consent": {"en": "Consent", "fr": "Accord"},
    "exception.mark": {
        "en": "SHARED UNDER A POLICY EXCEPTION, without the person's consent",
        "fr": "PARTAGÉ AU TITRE D'UNE EXCEPTION, sans l'accord de la personne",
    },
    "exception.ground": {"en": "Ground: {ground}", "fr": "Motif : {ground}"},
    "exception.over_refusal": {
        "en": "The person had refused this sharing; the exception overrode the refusal.",
        "fr": "La personne avait refusé ce partage ; l'exception a passé outre ce refus.",
    },
    "exception.justification": {"en": "Justification: {text}", "fr": "Justification : {text}"},
    "withheld.zero": {
        "en": "No item was considered and left unshared.",
        "fr": "Aucune information examinée n'est restée non partagée.",
    },
    "withheld.one": {
        "en": "1 item was considered and not shared; its content was not recorded.",
        "fr": "1 information a été examinée et non partagée ; son contenu n'a pas été consigné.",
    },
    "withheld.many": {
        "en": "{count} items were considered and not shared; their content was not recorded.",
        "fr": "{count} informations ont été examinées et non partagées ; leur contenu n'a pas été "
        "consigné.",
    },
    # --- Decisions, actions, distribution --------------------------------------------------------
    "heading.decisions": {"en": "Decisions", "fr": "Décisions"},
    "decisions.none": {"en": "No decision was recorded.", "fr": "Aucune décision consignée."},
    "rests_on": {"en": "Rests on {items}", "fr": "Fondée sur : {items}"},
    "heading.actions": {"en": "Actions", "fr": "Actions"},
    "actions.none": {"en": "No action was recorded.", "fr": "Aucune action consignée."},
    "action.due": {"en": "by {date}", "fr": "pour le {date}"},
    "action.no_due": {"en": "no date set", "fr": "sans échéance"},
    "action.postponed": {
        "en": "follows an item postponed to ask {name} first",
        "fr": "suite à une information reportée pour demander d'abord à {name}",
    },
    "heading.distribution": {"en": "Distribution", "fr": "Diffusion"},
    "distribution.full": {
        "en": "This full record stays with {name}. Each attendee who was present receives a "
        "copy holding only the items shared with them:",
        "fr": "Ce dossier complet reste auprès de {name}. Chaque participant présent reçoit un "
        "exemplaire qui ne contient que les informations partagées avec lui :",
    },
    "distribution.copy": {
        "en": "This copy is for this person only:",
        "fr": "Cet exemplaire est destiné à cette seule personne :",
    },
    "distribution.no_item": {"en": "no shared item", "fr": "aucune information partagée"},
    "distribution.unbound": {
        "en": "not bound by secrecy: no shared item",
        "fr": "non tenu·e au secret : aucune information partagée",
    },
    "distribution.none": {"en": "Nobody was present.", "fr": "Personne n'était présent."},
    "page": {"en": "Page {page} of {pages}", "fr": "Page {page} sur {pages}"},
    "seal": {
        "en": "Audit seal: event {seq}, {hash}…",
        "fr": "Sceau du journal d'audit : événement {seq}, {hash}…",
    },
    "file.full_record": {"en": "full-record", "fr": "dossier-complet"},
    "file.copy": {"en": "copy", "fr": "exemplaire"},
    "minutes.running": {"en": "Minutes · {person} · {date}", "fr": "PV · {person} · {date}"},
    "minutes.subject": {
        "en": "Case conference minutes: {purpose}",
        "fr": "Procès-verbal de concertation : {purpose}",
    },
    # --- The person's copy -----------------------------------------------------------------------
    "copy.title": {"en": "Your copy", "fr": "Votre exemplaire"},
    "copy.subtitle": {
        "en": "What your team said about you on {date}",
        "fr": "Ce que votre équipe a dit de vous le {date}",
    },
    "copy.for": {"en": "For {name}", "fr": "Pour {name}"},
    "copy.who_heading": {"en": "Who met", "fr": "Qui s'est réuni"},
    "copy.met": {
        "en": "On {date}, from {start} to {end}, these people met to talk about you:",
        "fr": "Le {date}, de {start} à {end}, ces personnes se sont réunies pour parler de vous :",
    },
    "copy.led": {"en": "{name} led the meeting.", "fr": "{name} a animé la réunion."},
    "copy.why_heading": {"en": "Why they met", "fr": "Pourquoi"},
    "copy.you_present": {"en": "You were there.", "fr": "Vous étiez là."},
    "copy.you_represented": {
        "en": "You were not there. {advocate} spoke for you.",
        "fr": "Vous n'étiez pas là. {advocate} a parlé pour vous.",
    },
    "copy.you_absent": {
        "en": "You were not there. An empty chair stood for you. Before sharing anything, the "
        "team asked: what would you want?",
        "fr": "Vous n'étiez pas là. Une chaise vide vous représentait. Avant de partager quoi "
        "que ce soit, l'équipe s'est demandé : que voudriez-vous ?",
    },
    "copy.shared_heading": {"en": "What was shared about you", "fr": "Ce qui a été dit sur vous"},
    "copy.shared_none": {
        "en": "Nothing was shared about you.",
        "fr": "Rien n'a été partagé à votre sujet.",
    },
    "copy.said": {"en": "{who} said:", "fr": "{who} a dit :"},
    "copy.topic": {"en": "Topic: {category}", "fr": "Sujet : {category}"},
    "copy.statement_of": {
        "en": "These are the words of {who}.",
        "fr": "Ce sont les mots de {who}.",
    },
    "copy.heard": {"en": "Who heard it: {names}.", "fr": "Qui l'a entendu : {names}."},
    "copy.nobody": {"en": "nobody else", "fr": "personne d'autre"},
    "copy.stepped_out": {
        "en": "Asked to leave the room while this was said: {names}.",
        "fr": "Sorti·e·s de la salle pendant que cela a été dit : {names}.",
    },
    "copy.left_for": {
        "en": "left the room for point {numbers} below",
        "fr": "est sorti·e pour le point {numbers} ci-dessous",
    },
    "copy.left_for_many": {
        "en": "left the room for points {numbers} below",
        "fr": "est sorti·e pour les points {numbers} ci-dessous",
    },
    "copy.why": {"en": "Why: {why}", "fr": "Pourquoi : {why}"},
    "copy.good": {"en": "It helps: {good}", "fr": "À quoi cela sert : {good}"},
    "copy.consent_given": {
        "en": "You had agreed to this.",
        "fr": "Vous aviez donné votre accord.",
    },
    "copy.consent_now": {
        "en": "You agreed during the meeting.",
        "fr": "Vous avez donné votre accord pendant la réunion.",
    },
    "copy.consent_unasked": {
        "en": "Nobody could ask you.",
        "fr": "Personne n'a pu vous le demander.",
    },
    "copy.wanted": {
        "en": "What the team thought you would want: {answer}",
        "fr": "Ce que l'équipe a pensé que vous voudriez : {answer}",
    },
    "copy.exception": {
        "en": "This was shared without your agreement because: {reason}",
        "fr": "Ceci a été partagé sans votre accord parce que : {reason}",
    },
    "copy.exception_refused": {
        "en": "You had said no to this. Your no was set aside for this reason only.",
        "fr": "Vous aviez dit non. Votre refus a été écarté pour cette seule raison.",
    },
    "copy.exception_ground": {
        "en": "The law allows this in one case: {ground}.",
        "fr": "La loi le permet dans un cas : {ground}.",
    },
    "copy.withheld_one": {
        "en": "The team also thought about 1 other thing. They decided not to share it. Nothing "
        "about it was written down.",
        "fr": "L'équipe a aussi pensé à 1 autre chose. Elle a décidé de ne pas la partager. Rien "
        "n'en a été écrit.",
    },
    "copy.withheld_many": {
        "en": "The team also thought about {count} other things. They decided not to share "
        "them. Nothing about them was written down.",
        "fr": "L'équipe a aussi pensé à {count} autres choses. Elle a décidé de ne pas les "
        "partager. Rien n'en a été écrit.",
    },
    "copy.decided_heading": {"en": "What was decided", "fr": "Ce qui a été décidé"},
    "copy.decided_none": {"en": "Nothing was decided.", "fr": "Rien n'a été décidé."},
    "copy.next_heading": {"en": "What happens next", "fr": "Et maintenant ?"},
    "copy.next_none": {"en": "Nothing is planned yet.", "fr": "Rien n'est encore prévu."},
    "copy.next_due": {"en": "By {date}.", "fr": "Pour le {date}."},
    "copy.questions": {
        "en": "Do you have a question about this meeting? You can ask {name}.",
        "fr": "Vous avez une question sur cette réunion ? Vous pouvez la poser à {name}.",
    },
    "copy.footer": {
        "en": "This document is about you and it is yours. Keep it in a safe place.",
        "fr": "Ce document parle de vous et il vous appartient. Gardez-le en lieu sûr.",
    },
    "copy.running": {"en": "Your copy · {date}", "fr": "Votre exemplaire · {date}"},
    "copy.subject": {
        "en": "Plain-language copy for the person concerned",
        "fr": "Exemplaire en langage clair pour la personne concernée",
    },
    # --- Issue 11: numbering, place, next meeting, actions table, the person's rights ----------
    "item.ref": {"en": "S{number}", "fr": "I{number}"},
    "agenda.title": {"en": "{number}. {title}", "fr": "{number}. {title}"},
    "quote": {"en": "“{text}”", "fr": "« {text} »"},
    "label.place": {"en": "Place", "fr": "Lieu"},
    "label.next_meeting": {"en": "Next meeting", "fr": "Prochaine réunion"},
    "col.who": {"en": "Who", "fr": "Qui"},
    "col.what": {"en": "What", "fr": "Quoi"},
    "col.due": {"en": "By", "fr": "Pour le"},
    "col.based_on": {"en": "Based on", "fr": "Fondée sur"},
    "action.no_item": {"en": "—", "fr": "—"},
    "action.postponed_short": {
        "en": "an item postponed to ask {name} first",
        "fr": "une information reportée pour demander d'abord à {name}",
    },
    "copy.hello": {"en": "{name},", "fr": "{name},"},
    "copy.next_meeting": {
        "en": "Your team meets again on {date}.",
        "fr": "Votre équipe se réunira à nouveau le {date}.",
    },
    "copy.intro": {
        "en": "This document is yours. It tells you what your team said about you at the "
        "meeting of {date}: who was there, what they shared and why, and what happens next.",
        "fr": "Ce document est à vous. Il vous dit ce que votre équipe a dit de vous lors de la "
        "réunion du {date} : qui était là, ce qui a été partagé et pourquoi, et ce qui va suivre.",
    },
    "copy.contact_heading": {
        "en": "Your questions, your rights",
        "fr": "Vos questions, vos droits",
    },
    "copy.contact": {
        "en": "You can ask {name} about this meeting, at {institution}.",
        "fr": "Vous pouvez poser vos questions sur cette réunion à {name}, à {institution}.",
    },
    "copy.contact_details": {
        "en": "How to reach us: {details}",
        "fr": "Pour nous joindre : {details}",
    },
    "copy.right_access": {
        "en": "You may see everything written about you here, and ask for a copy.",
        "fr": "Vous pouvez voir tout ce qui est écrit sur vous ici, et en demander une copie.",
    },
    "copy.right_correction": {
        "en": "If something is wrong, you may ask us to correct it.",
        "fr": "Si quelque chose est faux, vous pouvez nous demander de le corriger.",
    },
    "copy.right_complaint": {
        "en": "If you are not satisfied with our answer, you may complain to {authority}.",
        "fr": "Si notre réponse ne vous satisfait pas, vous pouvez porter plainte auprès de "
        "{authority}.",
    },
    "copy.right_complaint_any": {
        "en": "If you are not satisfied with our answer, you may complain to the authority that "
        "protects personal data.",
        "fr": "Si notre réponse ne vous satisfait pas, vous pouvez porter plainte auprès de "
        "l'autorité qui protège les données personnelles.",
    },
}


def tr(key: str, lang: str, **values: str) -> str:
    """The text ``key`` in ``lang`` (English when missing), values filled in literally."""
    templates = TEXTS[key]
    return fill(templates.get(lang) or templates["en"], values)


def item_ref(number: int, lang: str) -> str:
    """A shared item's number as the documents print it (``S3``; ``I3`` in French), so that it
    reads apart from the agenda's numbers."""
    return tr("item.ref", lang, number=str(number))


def seal_text(seal: AuditSeal | None, lang: str) -> str:
    """``Audit seal: event 1,234, 9f3a…`` for the foot of the last page; empty without a seal.

    It lets a printed copy prove later what the audit log held: ``emptychair verify --anchor
    1234:9f3a…`` checks the log against it.
    """
    if seal is None:
        return ""
    number = f"{seal.seq:,}"
    if lang == "fr":
        number = number.replace(",", "\u202f")  # French groups digits with a narrow space
    return tr("seal", lang, seq=number, hash=seal.short_hash())


def clock(moment: dt.datetime | None) -> str:
    """``14:05``; empty when unknown."""
    return moment.strftime("%H:%M") if moment else ""
