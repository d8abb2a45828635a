"""The demo's own texts in French, so a French-speaking team sees a French demo.

Keys are the English texts of :mod:`desktop.demo`; names of people and places stay as they are.
"""

from __future__ import annotations

FRENCH: dict[str, str] = {
    # Institution and missions
    "Les Tilleuls — family support service (fictional)": (
        "Les Tilleuls — service d'aide aux familles (fictif)"
    ),
    "We share only what is strictly necessary for the person, with professionals bound by "
    "secrecy who work within the same mission, with the person's consent or — when it cannot be "
    "obtained — asking ourselves what they would have wanted. The person is told what was shared, "
    "with whom and why.": (
        "Nous ne partageons que ce qui est strictement nécessaire pour la personne, avec des "
        "professionnels tenus au secret qui poursuivent la même mission, avec l'accord de la "
        "personne ou — quand il ne peut être obtenu — en nous demandant ce qu'elle aurait voulu. "
        "La personne est informée de ce qui a été partagé, avec qui et pourquoi."
    ),
    "Youth care": "Aide à la jeunesse",
    "Mental health": "Santé mentale",
    "Housing support": "Accompagnement au logement",
    # Roles and secrecy bases
    "team lead": "responsable d'équipe",
    "social worker": "assistant·e social·e",
    "psychologist": "psychologue",
    "educator": "éducateur·rice",
    "school nurse": "infirmier·ère scolaire",
    "police": "police",
    "psychiatrist": "psychiatre",
    "housing officer": "agent·e logement",
    "Social worker (function)": "Assistant·e social·e (fonction)",
    "Psychologist (profession)": "Psychologue (profession)",
    "Educator (function)": "Éducateur·rice (fonction)",
    "Nurse (profession)": "Infirmier·ère (profession)",
    "Physician (profession)": "Médecin (profession)",
    # Persons and consents
    "Wants the school to know she is tired, not why.": (
        "Veut que l'école sache qu'elle est fatiguée, pas pourquoi."
    ),
    "signed form": "formulaire signé",
    "in hospital, cannot be reached": "hospitalisé, injoignable",
    "said so to his social worker": "l'a dit à son assistante sociale",
    # Meetings
    "Keep J. at home safely": "Maintenir J. à la maison en sécurité",
    "Prepare M.V.'s return home after hospital": "Préparer le retour de M.V. après l'hôpital",
    "Opening": "Ouverture",
    "School": "École",
    "Health": "Santé",
    "Housing": "Logement",
    "Decisions": "Décisions",
    "phone call": "appel téléphonique",
    "letter": "courrier",
    # The closed meeting
    "J. arrives late most mornings and falls asleep in class.": (
        "J. arrive en retard la plupart des matins et s'endort en classe."
    ),
    "For J.: the school can adapt her mornings.": "Pour J. : l'école peut adapter ses matinées.",
    "The school plan needs it.": "Le plan scolaire en a besoin.",
    "She asked us to tell the school she is tired, not why.": (
        "Elle nous a demandé de dire à l'école qu'elle est fatiguée, pas pourquoi."
    ),
    "The plan depends on her mornings.": "Le plan dépend de ses matinées.",
    "Her tiredness seems linked to worry about her mother; a follow-up is planned.": (
        "Sa fatigue semble liée à de l'inquiétude pour sa mère ; un suivi est prévu."
    ),
    "For J.: the team understands the mornings.": "Pour J. : l'équipe comprend ses matinées.",
    "To choose who supports the family.": "Pour choisir qui soutient la famille.",
    "She would accept that the team knows a follow-up exists.": (
        "Elle accepterait que l'équipe sache qu'un suivi existe."
    ),
    "Who visits depends on it.": "Le choix de qui fait les visites en dépend.",
    "Two talks with J. and one with her mother since September.": (
        "Deux entretiens avec J. et un avec sa mère depuis septembre."
    ),
    "Should the school be told why J. is tired?": (
        "Faut-il dire à l'école pourquoi J. est fatiguée ?"
    ),
    "The school hears only that J. is tired; J. chooses with A. Martin what else to say.": (
        "L'école apprend seulement que J. est fatiguée ; J. choisit avec A. Martin ce qu'elle "
        "veut dire de plus."
    ),
    "Ask J.D. whether the team may discuss her own follow-up": (
        "Demander à J.D. si l'équipe peut parler de son propre suivi"
    ),
    "J. stays at home; the school adapts her mornings.": (
        "J. reste à la maison ; l'école adapte ses matinées."
    ),
    "Visit the school with J.'s mother": "Rencontrer l'école avec la mère de J.",
    "Meet J.'s mother about the family's support": (
        "Rencontrer la mère de J. au sujet du soutien à la famille"
    ),
}
