"""`emptychair minutes` and `emptychair meetings` on the demo workspace."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop import cli
from desktop.demo import create_demo_workspace
from desktop.storage.workspace import Workspace

from .reading import all_text, reader

PASSPHRASE = "minutes-test"
CLOSED, PREPARED, FAMILY = "m-jd-1", "m-mv-1", "m-fam-1"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.ecw"
    create_demo_workspace(path, PASSPHRASE)
    return path


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cli.PASSPHRASE_VARIABLE, PASSPHRASE)


def test_meetings_lists_ids_states_dates_and_aliases(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["meetings", str(workspace)]) == cli.EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "STATE", "DATE", "PERSON", "PURPOSE"]
    assert lines[1].split()[:4] == [CLOSED, "closed", "2026-10-14", "14:00"]
    assert lines[1].endswith("Keep J. at home safely")
    assert lines[2].split()[:2] == ["m-jd-2", "prepared"]  # a case consultation, 3 Dec
    assert lines[3].split()[:2] == [PREPARED, "prepared"]
    assert lines[4].split()[:2] == ["m-fam-1", "prepared"]
    assert lines[4].split()[4] == "S.M.,D.M.,L.M.,T.M."  # a family: every alias


def test_minutes_of_a_closed_meeting(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "minutes.pdf"
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--out", str(out)]
    assert cli.main(argv) == cli.EXIT_OK
    assert f"{out} (3 pages)" in capsys.readouterr().out
    text = all_text(out.read_bytes())
    assert "Minutes of the case conference" in text
    assert "J. arrives late most mornings and falls asleep in class." in text
    with Workspace.open(workspace, PASSPHRASE) as ws:
        event = ws.audit_events()[-1]
    assert event.kind == "minutes_exported"
    assert event.details == {
        "meeting_id": CLOSED,
        "person_copy": False,
        "encrypted": False,
        "pages": 3,
    }


def test_person_copy_in_french_with_a_password(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINUTES_PASSWORD", "s3cret")
    out = tmp_path / "copy.pdf"
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--out", str(out), "--person-copy"]
    argv += ["--password-env", "MINUTES_PASSWORD", "--lang", "fr"]
    assert cli.main(argv) == cli.EXIT_OK
    assert reader(out.read_bytes()).is_encrypted
    assert "Votre exemplaire" in all_text(out.read_bytes(), password="s3cret")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--meeting", "nope"], "There is no meeting nope"),
        (["--meeting", PREPARED], f"The meeting {PREPARED} is prepared"),
        (["--meeting", CLOSED, "--password-env", "UNSET_VARIABLE_X"], "UNSET_VARIABLE_X is empty"),
    ],
)
def test_known_problems_are_one_line_and_exit_2(
    workspace: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "minutes.pdf"
    assert cli.main(["minutes", str(workspace), "--out", str(out), *extra]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_an_unwritable_destination_is_a_clear_message(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "minutes.pdf"
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--out", str(out)]
    assert cli.main(argv) == cli.EXIT_ERROR
    assert "does not exist" in capsys.readouterr().err


def test_minutes_per_recipient_writes_the_full_record_and_one_copy_each(
    workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "copies"
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--per-recipient", "--out", str(out)]
    assert cli.main(argv) == cli.EXIT_OK
    printed = capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 7  # the full record and the six attendees present
    assert "Full record (for the facilitator's file)" in printed
    assert "Copy for Sam Peeters (police): no item (not bound by secrecy)" in printed
    assert re.search(r"Copy for .*: items? S\d", printed)  # the numbers the documents print
    school = "J. arrives late most mornings and falls asleep in class."
    for name in names:
        text = all_text((out / name).read_bytes())
        # The police officer and the psychiatrist stepped out of both items.
        assert (school in text) == (
            "Peeters" not in name and "Janssens" not in name and "Martin" not in name
        )
    with Workspace.open(workspace, PASSPHRASE) as ws:
        event = ws.audit_events()[-1]
    assert event.kind == "minutes_exported" and event.details["per_recipient"] is True
    assert len(event.details["recipients"]) == 6


def test_minutes_per_recipient_with_a_password_and_a_file_in_the_way(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPIES_PASSWORD", "correct horse")
    out = tmp_path / "locked"
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--per-recipient", "--out", str(out)]
    assert cli.main([*argv, "--password-env", "COPIES_PASSWORD"]) == cli.EXIT_OK
    for path in out.iterdir():
        assert reader(path.read_bytes()).is_encrypted
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    argv[-1] = str(blocker)
    assert cli.main(argv) == cli.EXIT_ERROR


def test_per_recipient_and_person_copy_exclude_each_other(workspace: Path, tmp_path: Path) -> None:
    argv = ["minutes", str(workspace), "--meeting", CLOSED, "--per-recipient", "--person-copy"]
    with pytest.raises(SystemExit):
        cli.main([*argv, "--out", str(tmp_path)])


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with its family conference closed: one item about the mother and the girl,
    one about the boy alone."""
    path = tmp_path_factory.mktemp("family") / "demo.ecw"
    create_demo_workspace(path, PASSPHRASE)
    with Workspace.open(path, PASSPHRASE) as ws:
        session = ws.start_session(FAMILY)
        session.open()
        for pid in ("hw", "am", "bl", "cd"):
            session.mark_present(pid)
        session.start_agenda_item(1)
        mother, _father, girl, boy = (p.id for p in session.persons)
        for discloser, category, about, wording in (
            ("am", "school", [mother, girl], "ITEM-MOTHER-AND-GIRL"),
            ("bl", "family", [boy], "ITEM-BOY-ALONE"),
        ):
            session.propose(discloser, category)
            session.update_draft(
                about=about,
                wording=wording,
                good_for_whom="For the children",
                why="The school plan",
                empty_chair_answer="They would want help",
                in_persons_interest=True,
                could_decide_without=False,
                necessity_reason="The plan depends on it",
            )
            session.share()
        session.close()
    return path


@pytest.mark.parametrize(
    ("person", "holds", "lacks", "name"),
    [
        ("p-tm", "ITEM-BOY-ALONE", "ITEM-MOTHER-AND-GIRL", "Tom Marchal"),
        ("L.M.", "ITEM-MOTHER-AND-GIRL", "ITEM-BOY-ALONE", "Léa Marchal"),  # by alias
    ],
)
def test_a_family_members_copy_holds_only_the_items_about_them(
    family: Path, tmp_path: Path, person: str, holds: str, lacks: str, name: str
) -> None:
    out = tmp_path / "copy.pdf"
    argv = ["minutes", str(family), "--meeting", FAMILY, "--out", str(out), "--person", person]
    assert cli.main(argv) == cli.EXIT_OK
    text = all_text(out.read_bytes())
    assert f"{name} — Your copy" in text
    assert holds in text and lacks not in text
    with Workspace.open(family, PASSPHRASE) as ws:
        assert ws.audit_events()[-1].details["person_copy"] is True


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--person-copy"], "is about several persons, each with their own copy: say whose with "
         "--person (p-sm (S.M.), p-dm (D.M.), p-lm (L.M.) and p-tm (T.M.))"),
        (["--person", "p-jd"], "The meeting m-fam-1 is not about p-jd: it is about p-sm (S.M.)"),
        (["--person", "p-tm", "--per-recipient"], "--person goes with --person-copy"),
    ],
)  # fmt: skip
def test_a_family_copy_that_does_not_say_whose_is_refused(
    family: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "copy.pdf"
    argv = ["minutes", str(family), "--meeting", FAMILY, "--out", str(out), *extra]
    assert cli.main(argv) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_dutch_minutes_per_recipient_told_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "nl.ecw"
    create_demo_workspace(path, PASSPHRASE, "nl")
    monkeypatch.setenv("LANGUAGE", "nl")
    out = tmp_path / "kopieen"
    argv = ["minutes", str(path), "--meeting", CLOSED, "--per-recipient", "--out", str(out)]
    assert cli.main(argv) == cli.EXIT_OK  # the workspace's language: Dutch
    printed = capsys.readouterr().out
    assert "Volledig verslag (voor het dossier van de gespreksleider)" in printed
    assert "Exemplaar voor Sam Peeters (politie): geen punt (niet gebonden door" in printed
    assert "pagina's)." in printed
    full = next(out.glob("*-volledig-verslag.pdf"))
    text = all_text(full.read_bytes())
    assert "Verslag van het casusoverleg" in text
    assert "J. komt de meeste ochtenden te laat en valt in de klas in slaap." in text
    assert "14 oktober 2026" in text
