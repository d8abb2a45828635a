"""A meeting under each shipped framework, as a reviewer reads it: the opening, the console with a
gate open, the shared screen, and the minutes (full record and one copy) as PDFs.

Writes to a folder (default ``/tmp/emptychair-frameworks``): for each framework, PNGs of the
console at 1366×768 and of the shared screen at 1280×720, and the PDFs (turn them into pictures
with ``pdftoppm -png``). Fictional demo data, offscreen; nothing is written to the repository.

    .venv/bin/python docs/make_framework_shots.py [FOLDER] [--lang en|fr|nl]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    Meeting,
    Participation,
    PriorInformation,
)
from desktop.core.languages import LANGUAGES
from desktop.core.policy import shipped_policies
from desktop.demo import create_demo_workspace
from desktop.minutes.minutes import render_minutes
from desktop.resources import resource_path
from desktop.storage.workspace import Workspace
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators
from desktop.ui.shared_screen.window import SharedScreenWindow

_TZ = dt.timezone(dt.timedelta(hours=1))

# What each framework's meeting records, and what its items need on top of the usual answers.
MEETINGS: dict[str, dict[str, object]] = {
    "be-case-consultation": {"legal_basis_id": "prosecutor", "legal_basis_text": "PR-26-118"},
    "fr-child-protection": {
        "informed_beforehand": True,
        "prior_information": PriorInformation(holders_informed=True),
    },
}
ITEMS: dict[str, dict[str, object]] = {
    "be-case-consultation": {"purpose_id": "integrity"},
    "uk-caldicott": {
        "purpose_id": "individual_care",
        "need_to_know": True,
        "minimum_necessary": True,
    },
}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def meeting_under(policy_id: str, number: int) -> Meeting:
    """A prepared meeting about J.D. (the demo's person) under ``policy_id``."""
    return Meeting(
        id=f"m-shot-{number}",
        person_ids=("p-jd",),
        mission_id="youth",
        policy_id=policy_id,
        purpose="Keep J. at home safely",
        scheduled_at=dt.datetime(2026, 11, 2 + number, 14, 0, tzinfo=_TZ),
        facilitator_id="hw",
        agenda=(AgendaItem("s1", "School", 15), AgendaItem("s2", "Decisions", 10)),
        invitees=("hw", "am", "bl", "cd"),
        participation=Participation.ABSENT,
        **MEETINGS.get(policy_id, {}),  # type: ignore[arg-type]
    )


def run(app: QApplication, workspace: Workspace, policy_id: str, number: int, out: Path, lang: str):
    workspace.save_meeting(meeting_under(policy_id, number))
    session = workspace.start_session(f"m-shot-{number}")
    bridge = SessionBridge(session)
    console = MeetingConsole(
        session,
        bridge,
        lang,
        conduct_rule=workspace.settings().conduct_rule,
        directory=workspace.professionals(),
    )
    shared = SharedScreenWindow(bridge, lang)
    console.resize(1366, 768)
    shared.resize(1280, 720)
    console.show()
    shared.show()
    settle(app)
    console.grab().save(str(out / f"{policy_id}-0-opening.png"))
    console.start_roll_call()
    for professional in list(session.attendance()):
        session.mark_present(professional)
    if session.undertaking_required:  # the multi-agency frameworks ask it at check-in
        session.give_undertaking()
    console.begin()
    session.next_agenda_item()
    answers = {
        "wording": "Arrives late most mornings; a follow-up is planned.",
        "good_for_whom": "For J.: the school adapts her mornings",
        "why": "The school plan needs it",
        "empty_chair_answer": "She asked us to tell the school she is tired",
        "could_decide_without": False,
        "necessity_reason": "The plan depends on her mornings",
        **ITEMS.get(policy_id, {}),
    }
    session.propose("am", "school")
    result = session.update_draft(**answers)
    if not result.allows_share:
        raise SystemExit(f"{policy_id}: not met: {result.unmet} {result.basis.render('en')}")
    session.share()
    console.propose()
    gate = console.gate
    gate.category.setCurrentIndex(gate.category.findData("health"))
    gate.wording.setPlainText("Sleeps badly since March.")
    gate.good_for_whom.setText("For J.: her mornings")
    settle(app)
    console.grab().save(str(out / f"{policy_id}-1-console-gate.png"))
    shared.grab().save(str(out / f"{policy_id}-2-shared-screen.png"))
    reasons = session.policy.not_shared_reasons
    session.not_share(reasons[0].id if session.needs_not_share_reason() else "")
    session.close()
    bridge.detach()
    console.close()
    shared.close()
    record = workspace.meeting_record(f"m-shot-{number}")
    (out / f"{policy_id}-3-minutes.pdf").write_bytes(render_minutes(record, lang).pdf)
    copy = render_minutes(record, lang, recipient_id="cd").pdf
    (out / f"{policy_id}-4-copy.pdf").write_bytes(copy)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/emptychair-frameworks")
    parser.add_argument("--lang", default="nl", choices=LANGUAGES)
    args = parser.parse_args(argv)
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resource_path("styles", "console.qss").read_text(encoding="utf-8"))
    install_translators(args.lang, app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.emptychair"
        create_demo_workspace(path, lang=args.lang, config=None)
        with Workspace.open(path, "demo", config=None) as workspace:
            # The care team's colleagues work in one establishment; J.D. was told and did not
            # object (the French care team asks no more within the team).
            for professional in workspace.professionals():
                if professional.id in ("hw", "am", "bl", "cd"):
                    workspace.save_professional(
                        dataclasses.replace(professional, organisation="Les Tilleuls")
                    )
            workspace.save_consent(
                ConsentRecord(
                    "c-jd-informed",
                    "p-jd",
                    ConsentKind.INFORMED,
                    frozenset({"school", "health"}),
                    missions=frozenset({"youth"}),
                    valid_from=dt.date(2026, 3, 12),
                )
            )
            for number, policy_id in enumerate(shipped_policies(), start=1):
                run(app, workspace, policy_id, number, out, args.lang)
    print(f"saved in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
