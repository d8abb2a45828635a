"""What the documents print of issue 15's two ways to slow down: opinions, printed visibly as
opinions and attributed with what they rest on, and the conclusions of structured deliberations,
each linked to the decision it led to — never the notes taken at each step (they were never
kept). Used by the minutes, the recipients' copies and the person's copy.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from desktop.core.deliberation import DeliberationConclusion
from desktop.core.entities import Nature, SharedItem
from desktop.minutes.document import Writer
from desktop.minutes.people import colon
from desktop.minutes.texts import clock, tr


def opinion_mark(w: Writer, item: SharedItem, where: str) -> list[Flowable]:
    """For an opinion: *Opinion of B. Leroy — based on: …*, in bold before its wording, so no
    reader takes it for a fact. Nothing for a fact or a statement."""
    if item.nature is not Nature.OPINION:
        return []
    head = tr("opinion.of", w.lang, name=w.label(item.discloser_id))
    if not item.opinion_basis:  # shared before the basis was asked for
        return [w.line(head, where, "field", bold=True)]
    basis = tr("opinion.basis", w.lang, basis=item.opinion_basis)
    return w.block(basis, where, "field", label=head)


def opinion_sentence(w: Writer, item: SharedItem) -> str:
    """The person's copy, in plain words: whose opinion it is, and what it rests on."""
    name = w.name(item.discloser_id)
    if item.opinion_basis:
        return tr("copy.opinion_basis", w.lang, name=name, basis=item.opinion_basis)
    return tr("copy.opinion", w.lang, name=name)


def deliberation_section(w: Writer) -> list[Flowable]:
    """The minutes' *Deliberations*: for each concluded deliberation its question, method and
    time, the conclusion, and the decision it led to. Nothing when there was none, nor in the
    copy of someone not bound by secrecy (a conclusion weighs the person's situation)."""
    conclusions = w.record.deliberations
    if w.recipient_id is not None and not w.professional(w.recipient_id).bound_by_secrecy:
        return []
    if not conclusions:
        return []
    lang = w.lang
    heading = tr("heading.deliberations", lang)
    story: list[Flowable] = [
        w.line(heading, heading, "h1"),
        w.line(tr("deliberation.notes", lang), heading, "small"),
    ]
    for number, conclusion in enumerate(conclusions, start=1):
        story.append(KeepTogether(_deliberation(w, number, conclusion)))
    return story


def _deliberation(w: Writer, number: int, conclusion: DeliberationConclusion) -> list[Flowable]:
    lang = w.lang
    method = conclusion.method_name.text(lang) or conclusion.method_id
    title = tr("deliberation.title", lang, number=str(number), method=method)
    story: list[Flowable] = [w.line(title, title, "item")]
    when = tr(
        "deliberation.when",
        lang,
        start=clock(conclusion.started_at),
        end=clock(conclusion.concluded_at),
    )
    decision = next((d for d in w.record.decisions if d.id == conclusion.decision_id), None)
    led_to = decision.text if decision else tr("deliberation.decision_gone", lang)
    rows = [
        (tr("label.question", lang), conclusion.question),
        (tr("label.when", lang), when),
        (tr("label.conclusion", lang), conclusion.conclusion),
        (tr("label.led_to", lang), led_to),
    ]
    story += w.fields(
        [(colon(w, label), value, f"{title} — {label}") for label, value in rows], "field"
    )
    return story


def deliberation_lines(w: Writer) -> list[str]:
    """The person's copy, in plain words: each hard question the team weighed, and what it
    concluded (before the decisions it led to)."""
    lines: list[str] = []
    for conclusion in w.record.deliberations:
        lines.append(tr("copy.deliberated", w.lang, question=conclusion.question))
        lines.append(tr("copy.concluded", w.lang, conclusion=conclusion.conclusion))
    return lines
