"""Headless commands: demo, verify (and a tampered audit log), known errors as one line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import given
from hypothesis import strategies as st

from desktop.cli import COMMANDS, environment_language, is_cli_command, main, minute, say
from desktop.core.entities import MeetingState
from desktop.core.lists import MeetingOrder, MeetingSearch
from desktop.core.session_record import describe
from desktop.storage import lists
from desktop.storage.connection import open_connection
from desktop.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A demo workspace made by ``emptychair demo`` with the default passphrase."""
    monkeypatch.delenv("EMPTYCHAIR_PASSPHRASE", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):  # an English terminal
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "demo.ecw"
    assert main(["demo", str(path)]) == 0  # no terminal in tests: the default "demo"
    return path


def test_demo_builds_the_promised_situations(demo: Path) -> None:
    with Workspace.open(demo, "demo") as ws:
        settings = ws.settings()
        assert settings.conduct_rule and len(settings.missions) == 3
        pros = ws.professionals()
        assert 7 <= len(pros) <= 10
        assert any(not p.bound_by_secrecy for p in pros)
        assert any("youth" not in p.missions and p.missions for p in pros)
        persons = ws.persons()
        assert len(persons) == 6
        kinds = {c.kind.value for p in persons for c in ws.consents(p.id)}
        assert kinds == {"given", "refused", "not_obtainable"}
        states = sorted(m.state.value for m in ws.meetings())
        assert states == ["closed", "prepared", "prepared", "prepared"]
        # A family case conference: four persons of one household, each with their own say.
        family = ws.meeting("m-fam-1")
        assert len(family.person_ids) == 4
        assert len({ws.person(pid).household for pid in family.person_ids}) == 1
        assert {ws.person(pid).relationship.value for pid in family.person_ids} == {
            "parent",
            "child",
        }
        policies = {m.id: m.policy_id for m in ws.meetings()}
        assert policies["m-jd-2"] == "be-case-consultation"  # a second framework
        assert ws.meeting("m-jd-2").legal_basis_id == "prosecutor"
        closed = next(m for m in ws.meetings() if m.state is MeetingState.CLOSED)
        record = ws.meeting_record(closed.id)
        assert record.shared and record.decisions and record.actions
        assert {w.outcome.value for w in record.withheld} == {"not_shared", "postponed"}


def test_demo_takes_the_passphrase_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "an 'odd' one")
    assert main(["demo", str(tmp_path / "d.ecw")]) == 0
    Workspace.open(tmp_path / "d.ecw", "an 'odd' one").close()


def test_verify_passes_on_a_sound_workspace(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["verify", str(demo)]) == 0
    out, err = capsys.readouterr()
    assert "the file is sound" in out and err == ""


def _tamper(path: Path, sql: str) -> None:
    """Change the audit log behind the app's back, dropping its guard triggers first."""
    conn = open_connection(path, "demo")
    try:
        with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
            conn.execute("UPDATE audit_log SET kind = 'x' WHERE seq = 1")
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_a_tampered_event_is_named(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(demo, "demo") as ws:
        event = next(e for e in ws.audit_events() if e.kind == "attendance_changed")
    _tamper(
        demo,
        f"UPDATE audit_log SET details = replace(details, 'present', 'excused') "
        f"WHERE seq = {event.seq}",
    )
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["verify", str(demo)]) == 1
    out, err = capsys.readouterr()
    assert f"event {event.seq} (attendance_changed)" in err
    assert "changed" in err and out == ""


def test_a_removed_event_is_named(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tamper(demo, "DELETE FROM audit_log WHERE seq = 5")
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "verify", str(demo)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"EMPTYCHAIR_PASSPHRASE": "demo"},
        check=False,
    )
    assert result.returncode == 1
    assert "event 6 (professional_saved)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "passphrase", "expected"),
    [
        (["verify", "{demo}"], "wrong", "The passphrase does not open the workspace"),
        (["verify", "{missing}"], "demo", "There is no workspace at"),
        (["verify", "{folder}"], "demo", "is a folder, not an Empty Chair workspace"),
        (["verify", "/dev/null"], "demo", "/dev/null is not an Empty Chair workspace"),
        (["demo", "{demo}"], "demo", "already exists"),
        (["verify", "{demo}"], "", "No passphrase: set EMPTYCHAIR_PASSPHRASE"),
    ],
)
def test_known_errors_are_one_line_and_exit_2(
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    passphrase: str,
    expected: str,
) -> None:
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", passphrase)
    before = demo.read_bytes()
    argv = [
        a.format(demo=demo, missing=demo.with_name("nope.ecw"), folder=demo.parent) for a in args
    ]
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("emptychair: ") and expected in err
    assert err.count("\n") == 1
    assert demo.read_bytes() == before


def test_cli_commands_are_recognised_for_the_gui_entry_point() -> None:
    assert {"demo", "verify"} <= COMMANDS
    assert is_cli_command(["verify", "x.ecw"])
    assert not is_cli_command(["--demo"])
    assert not is_cli_command([])


def test_the_demo_can_be_french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.storage.workspace import Workspace

    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["demo", str(tmp_path / "fr.emptychair"), "--lang", "fr"]) == 0
    with Workspace.open(tmp_path / "fr.emptychair", "demo") as workspace:
        settings = workspace.settings()
        assert "Aide à la jeunesse" in {m.name for m in settings.missions}
        assert settings.language == "fr"
        roles = {p.role for p in workspace.professionals()}
        assert "psychologue" in roles and "psychologist" not in roles
        names = {p.name for p in workspace.professionals()}
        assert "Bruno Leroy" in names  # people keep their names
        closed = next(m for m in workspace.meetings() if m.state.value == "closed")
        record = workspace.meeting_record(closed.id)
        assert record.meeting.purpose == "Maintenir J. à la maison en sécurité"
        assert [a.title for a in record.meeting.agenda][1] == "École"
        assert any("s'endort en classe" in item.wording for item in record.shared)
        assert record.consents and record.consents[0].kind.value == "given"


def test_the_demo_can_be_dutch_with_flemish_colleagues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["demo", str(tmp_path / "nl.emptychair"), "--lang", "nl"]) == 0
    with Workspace.open(tmp_path / "nl.emptychair", "demo") as workspace:
        settings = workspace.settings()
        assert settings.language == "nl"
        assert settings.name == "De Linde — dienst gezinsondersteuning (fictief)"
        assert "Jeugdhulp" in {m.name for m in settings.missions}
        professionals = {p.name: p for p in workspace.professionals()}
        assert {"An Maes", "Bram Verhoeven", "Lies De Smet", "Hanna Wouters"} <= set(professionals)
        assert professionals["Sam Peeters"].organisation == "Politiezone Noord"
        assert professionals["Bram Verhoeven"].role == "psycholoog"
        closed = next(m for m in workspace.meetings() if m.state.value == "closed")
        record = workspace.meeting_record(closed.id)
        assert record.meeting.purpose == "J. veilig thuis laten wonen"
        assert [a.title for a in record.meeting.agenda][1] == "School"
        assert any("valt in de klas in slaap" in item.wording for item in record.shared)
        aliases = {p.alias for p in workspace.persons()}
        assert aliases == {"J.D.", "M.V.", "S.M.", "D.M.", "L.M.", "T.M."}  # aliases stay
        assert workspace.person("p-sm").household == "Gezin Maes"
        # M.V. has no known wishes: an empty text stays empty in every language.
        assert {p.known_wishes for p in workspace.persons() if p.alias == "M.V."} == {""}


def test_verify_full_checks_everything_and_draws_a_bar_on_a_terminal(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    from desktop import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    assert main(["verify", "--full", str(demo)]) == 0
    drawn = terminal.getvalue()
    assert "Checking the file" in drawn and "Audit log" in drawn and "100 %" in drawn
    assert "the file is sound" in capsys.readouterr().out


def test_the_commands_speak_the_environment_s_language(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANGUAGE", "nl_BE:nl")
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "wrong")
    assert main(["verify", str(demo)]) == 2
    assert capsys.readouterr().err == (
        f"emptychair: De wachtzin opent de werkruimte {demo} niet "
        "(of het begin van het bestand is beschadigd).\n"
    )
    monkeypatch.setenv("LANGUAGE", "fr_BE")
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["meetings", str(demo)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["ID", "ÉTAT", "DATE", "PERSONNE", "OBJET"]
    assert "close" in out and "en préparation" in out


def _meetings_table(path: Path, lang: str) -> str:
    """``emptychair meetings`` as it printed the list before it read it in one query: a page
    at a time, the time parsed then formatted, a ``print`` per row."""
    rows = []
    with Workspace.open(path, "demo") as ws, ws.reading() as conn:
        for m in lists.iter_meeting_rows(conn, MeetingSearch(order=MeetingOrder.DATE), page=2):
            alias = (m.person_aliases or m.person_alias or m.person_id).replace(", ", ",")
            when = m.when.strftime("%Y-%m-%d %H:%M")
            purpose = " ".join(m.purpose.split())
            rows.append((m.id, describe(m.state).render(lang), when, alias, purpose))
    columns = ("id", "state", "date", "person", "purpose")
    header = tuple(say(f"cli.column.{column}", lang) for column in columns)
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    lines = []
    for row in (header, *rows):
        padded = [cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True)]
        lines.append("  ".join([*padded, row[4]]) + "\n")
    return "".join(lines)


@pytest.mark.parametrize(("language", "lang"), [("en_GB", "en"), ("fr_BE", "fr"), ("nl_BE", "nl")])
def test_the_meetings_command_prints_the_list_as_it_did_page_by_page(
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    lang: str,
) -> None:
    with Workspace.open(demo, "demo") as ws:
        prepared = next(m for m in ws.meetings() if m.state is MeetingState.PREPARED)
        family = next(m for m in ws.meetings() if len(m.person_ids) > 1)
        west = dt.timezone(dt.timedelta(hours=-3))
        for n, (meeting, purpose) in enumerate(
            [(prepared, "Two\nlines,  spaced\tout "), (family, "A family, the same day")]
        ):
            ws.save_meeting(
                dataclasses.replace(
                    meeting,
                    id=f"m-extra-{n}",
                    purpose=purpose,
                    scheduled_at=dt.datetime(2027, 1, 2, 23, 5, 30, tzinfo=west),
                )
            )
    monkeypatch.setenv("LANGUAGE", language)
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["meetings", str(demo)]) == 0
    out = capsys.readouterr().out
    assert out == _meetings_table(demo, lang)
    assert "2027-01-02 23:05" in out and "Two lines, spaced out" in out
    assert out.count(family.id) == 1 and out.count("S.M.,D.M.,L.M.,T.M.") == 2


@given(
    when=st.datetimes(
        min_value=dt.datetime(1, 1, 1),
        timezones=st.one_of(
            st.none(),
            st.builds(dt.timezone, st.timedeltas(dt.timedelta(hours=-23), dt.timedelta(hours=23))),
        ),
    ),
    sep=st.sampled_from(["T", " "]),
    spec=st.sampled_from(["auto", "minutes", "seconds", "microseconds"]),
)
def test_a_stored_time_reads_as_strftime_prints_it(when: dt.datetime, sep: str, spec: str) -> None:
    stamp = when.isoformat(sep=sep, timespec=spec)
    assert minute(stamp) == when.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2026-12-03", "2026-12-03 00:00"),
        ("2026-12-03T09:30Z", "2026-12-03 09:30"),
        ("20261203T0930", "2026-12-03 09:30"),
        ("0999-01-02T03:04:00", dt.datetime(999, 1, 2, 3, 4).strftime("%Y-%m-%d %H:%M")),
    ],
)
def test_a_stored_time_in_another_form_is_parsed(stamp: str, expected: str) -> None:
    assert minute(stamp) == expected


@pytest.mark.parametrize(
    ("language", "sound", "found", "words"),
    [
        (
            "fr_BE",
            "le fichier est sain et le journal d'audit est intact",
            "problèmes trouvés",
            ("le journal d'audit est rompu\u00a0: événement", "les déclencheurs qui interdisent"),
        ),
        (
            "nl_BE",
            "het bestand is in orde en het auditlogboek klopt",
            "problemen gevonden",
            ("het auditlogboek is gebroken bij gebeurtenis", "de triggers die verhinderen"),
        ),
    ],
)
def test_verify_reports_in_the_environment_s_language(
    demo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    language: str,
    sound: str,
    found: str,
    words: tuple[str, ...],
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    assert main(["verify", str(demo)]) == 0
    out = capsys.readouterr().out
    assert sound in out and "the file is sound" not in out

    with Workspace.open(demo, "demo") as ws:
        event = next(e for e in ws.audit_events() if e.kind == "attendance_changed")
    _tamper(demo, f"UPDATE audit_log SET details = details || ' ' WHERE seq = {event.seq}")
    assert main(["verify", str(demo)]) == 1
    err = capsys.readouterr().err
    assert found in err and f"{event.seq} (attendance_changed)" in err
    assert all(word in err for word in words)
    # Not one sentence of the report is left in English (the path is the test's own).
    english = ("the audit log", " event ", "was changed", "append-only", " the ", " were ")
    assert [word for word in english if word in err.replace(str(demo), "")] == []


def test_a_damaged_page_is_said_in_the_environment_s_language(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = bytearray(demo.read_bytes())
    data[4096 * 20 + 500] ^= 0xFF  # a page in the middle: the passphrase still opens the file
    demo.write_bytes(bytes(data))
    monkeypatch.setenv("EMPTYCHAIR_PASSPHRASE", "demo")
    monkeypatch.setenv("LANGUAGE", "fr_BE")
    assert main(["verify", str(demo)]) == 2
    err = capsys.readouterr().err
    # SQLite's own words are English only: they stay out of a French sentence.
    assert err == (
        f"emptychair: L'espace de travail {demo} est endommagé : "
        "certaines de ses pages sont illisibles.\n"
    )
    monkeypatch.setenv("LANGUAGE", "nl_BE")
    assert main(["verify", str(demo)]) == 2
    assert "sommige pagina's ervan zijn onleesbaar" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        # Python coerces LC_CTYPE to C.UTF-8 when the user's locale is not installed (PEP 538):
        # the messages' language still comes from LANG.
        ({"LANG": "nl_BE.UTF-8", "LC_CTYPE": "C.UTF-8"}, "nl"),
        ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "nl_BE.UTF-8", "LC_ALL": "fr_BE.UTF-8"}, "fr"),
        ({"LANG": "nl_BE.UTF-8", "LANGUAGE": "fr_BE:nl"}, "fr"),
        ({"LANG": "nl_BE.UTF-8", "LC_ALL": "C"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_environment_s_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: str
) -> None:
    assert environment_language(environ) == expected


@pytest.mark.parametrize(
    ("terminal", "option", "expected"),
    [("fr_BE.UTF-8", [], "fr"), ("nl_BE.UTF-8", [], "nl"), ("fr_BE.UTF-8", ["--lang", "en"], "")],
)
def test_the_demo_follows_the_terminals_language_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: str, option: list[str], expected: str
) -> None:
    """``emptychair demo`` in a French or Dutch terminal writes its texts in that language, as
    the other commands speak it; ``--lang`` still chooses."""
    monkeypatch.delenv("EMPTYCHAIR_PASSPHRASE", raising=False)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", terminal)
    path = tmp_path / "demo.ecw"
    assert main(["demo", str(path), *option]) == 0
    with Workspace.open(path, "demo") as ws:
        assert ws.settings().language == expected
