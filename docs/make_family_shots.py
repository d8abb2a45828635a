"""The demo's family case conference, as a reviewer reads it: preparation, the console with a gate
open about two of the family, the shared screen with an empty chair per absent person (and the
compact form beyond six), and every document: the full record, an attendee's copy and each
person's own copy.

Writes to a folder (default ``/tmp/emptychair-family``): PNGs of the prepare dialog, of the
console at 1366×768, of the shared screen at 1366×768 and 1920×1080, and the PDFs (turn them into
pictures with ``pdftoppm -png``). Fictional demo data, offscreen; nothing is written to the
repository.

    .venv/bin/python docs/make_family_shots.py [FOLDER] [--lang en|fr|nl]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop.core.deliberation_method import load_methods
from desktop.core.entities import MeetingState, Participation, Person, Presence, Relationship
from desktop.core.languages import LANGUAGES
from desktop.demo import create_demo_workspace
from desktop.minutes.minutes import render_minutes
from desktop.minutes.person_copy import render_person_copy
from desktop.resources import resource_path
from desktop.storage.workspace import Workspace
from desktop.ui.bridge import SessionBridge
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators
from desktop.ui.meetings.prepare import PrepareMeetingDialog
from desktop.ui.shared_screen.window import SharedScreenWindow

FAMILY_MEETING = "m-fam-1"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def shoot_prepare(app: QApplication, workspace: Workspace, out: Path, lang: str) -> None:
    dialog = PrepareMeetingDialog(
        None,
        settings=workspace.settings(),
        professionals=workspace.professionals(),
        persons=workspace.persons(),
        meeting=workspace.meeting(FAMILY_MEETING),
        lang=lang,
    )
    dialog.resize(1300, 740)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "0-prepare.png"))
    dialog.close()


def shoot_screens(shared: SharedScreenWindow, app: QApplication, out: Path, name: str) -> None:
    for width, height in ((1366, 768), (1920, 1080)):
        shared.resize(width, height)
        settle(app)
        shared.grab().save(str(out / f"{name}-{width}x{height}.png"))


def run(app: QApplication, workspace: Workspace, out: Path, lang: str) -> None:
    session = workspace.start_session(FAMILY_MEETING)
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
    console.show()
    shared.show()
    settle(app)
    console.grab().save(str(out / "1-console-opening.png"))
    console.start_roll_call()
    roll_call = console.roll_call
    roll_call.mark(Presence.PRESENT)
    roll_call.view.setCurrentIndex(roll_call.model.index(0))
    roll_call.confirm_undertaking()  # U: the first arrival confirms the undertaking
    roll_call.mark(Presence.PRESENT)
    settle(app)
    console.grab().save(str(out / "2-console-roll-call.png"))
    for professional in list(session.attendance()):
        if session.presence(professional) is not Presence.PRESENT:
            session.mark_present(professional)
    roll_call.confirm_undertaking_all()
    session.set_participation(Participation.PRESENT, person_id=session.persons[0].id)
    console.begin()
    session.next_agenda_item()
    persons = {p.alias: p.id for p in session.persons}
    mother, father, girl, boy = (p.id for p in session.persons)
    # An item about the mother and the girl: both consented to school information.
    session.propose("am", "school")
    session.update_draft(
        about=[mother, girl],
        wording="L. misses the first hour twice a week since the move.",
        good_for_whom="For L.: calmer mornings; for her mother: support",
        why="The school plan needs it",
        empty_chair_answer="L. said she wants the school to help, not to call home",
        could_decide_without=False,
        necessity_reason="The plan depends on her mornings",
    )
    session.share()
    # The gate open about the mother and the father's health: the father refused.
    console.propose()
    gate = console.gate
    gate.category.setCurrentIndex(gate.category.findData("health"))
    for box in gate.about_boxes:
        box.setChecked(box.property("person_id") in (mother, father))
    gate.wording.setPlainText("Both parents are exhausted since the move.")
    gate.good_for_whom.setText("For the children: parents who get support")
    settle(app)
    console.grab().save(str(out / "3-console-gate-family.png"))
    shoot_screens(shared, app, out, "4-shared-gate")
    session.not_share()
    # The boy alone: his consent could not be obtained; the empty chair speaks for him.
    session.propose("bl", "family")
    session.update_draft(
        about=[boy],
        wording="T. draws his old house every day.",
        good_for_whom="For T.: someone to talk to about the move",
        why="To offer him support at school",
        empty_chair_answer="T. would want his teacher to be gentle with him",
        in_persons_interest=True,
        could_decide_without=False,
        necessity_reason="The teacher needs to know to offer support",
    )
    session.share()
    settle(app)
    shoot_screens(shared, app, out, "5-shared-chairs")
    # The father arrives: one chair fewer.
    session.set_participation(Participation.PRESENT, person_id=father)
    settle(app)
    shoot_screens(shared, app, out, "6-shared-father-here")
    # The team disagrees about telling the father: a structured deliberation.
    method = load_methods().methods[0]
    session.start_deliberation("Should the school call the father about L.'s absences?", method)
    session.write_deliberation_note("A note of the first step: never stored")
    session.set_deliberation_conclusion(
        "The school does not call the father; the educator tells L. and her mother first."
    )
    session.conclude_deliberation(decision_text="The educator meets L. and her mother first.")
    session.add_decision("The school offers L. a later start on Tuesdays.")
    session.close()
    bridge.detach()
    console.close()
    shared.close()
    record = workspace.meeting_record(FAMILY_MEETING)
    (out / "7-minutes.pdf").write_bytes(render_minutes(record, lang).pdf)
    (out / "8-copy-attendee.pdf").write_bytes(render_minutes(record, lang, recipient_id="cd").pdf)
    for alias, person_id in persons.items():
        copy = render_person_copy(record.for_person(person_id), lang).pdf
        (out / f"9-copy-{alias.strip('.').replace('.', '')}.pdf").write_bytes(copy)


def run_large(app: QApplication, workspace: Workspace, out: Path, lang: str) -> None:
    """Eight persons, none here: the chairs' compact form."""
    extra = []
    for number in range(4):
        person = Person(
            f"p-x{number}",
            f"Child {number} Marchal",
            f"C{number}.M.",
            household="Marchal",
            relationship=Relationship.CHILD,
        )
        workspace.save_person(person)
        extra.append(person.id)
    meeting = workspace.meeting(FAMILY_MEETING)
    big = dataclasses.replace(
        meeting,
        id="m-big",
        person_ids=(*meeting.person_ids, *extra),
        taking_part=(),
        state=MeetingState.PREPARED,
        opened_at=None,
        closed_at=None,
    )
    workspace.save_meeting(big)
    session = workspace.start_session("m-big")
    bridge = SessionBridge(session)
    shared = SharedScreenWindow(bridge, lang)
    shared.show()
    session.open()
    shoot_screens(shared, app, out, "10-shared-eight")
    session.close()
    bridge.detach()
    shared.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="/tmp/emptychair-family")
    parser.add_argument("--lang", default="fr", choices=LANGUAGES)
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
            # The institution asks for the undertaking at check-in (MARAC-style).
            workspace.save_settings(dataclasses.replace(workspace.settings(), undertaking="on"))
            shoot_prepare(app, workspace, out, args.lang)
            run(app, workspace, out, args.lang)
            run_large(app, workspace, out, args.lang)
    print(f"saved in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
