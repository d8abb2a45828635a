"""The command line's own words in the reader's language: ``--help`` and argparse's messages.

``emptychair`` picks French or Dutch from LANGUAGE/LC_ALL/LC_MESSAGES/LANG; its help texts come
from the gettext catalogue (``cli.HELP``) and argparse's messages (``usage:``, ``error:``, ``the
following arguments are required``...) from ``cli.ARGPARSE``. English stays as argparse prints it.
"""

from __future__ import annotations

import argparse
import gettext
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import ARGPARSE, COMMAND_TABLE, HELP, argparse_speaks, build_parser, main
from desktop.core.catalogue import Text

ROOT = Path(__file__).resolve().parents[1]
PERCENT = re.compile(r"%(?:\(\w+\))?[sr]")


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """argparse wraps to $COLUMNS: the same lines on every terminal the tests run in."""
    monkeypatch.setenv("COLUMNS", "80")


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The environment of a user whose locale is ``lang`` (LANG only, as on most desktops)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(
        "LANG", {"en": "en_GB.UTF-8", "fr": "fr_BE.UTF-8", "nl": "nl_BE.UTF-8"}[lang]
    )


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``emptychair ARGV`` stopped by argparse: its exit status, stdout and stderr."""
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    out, err = capsys.readouterr()
    return int(stopped.value.code or 0), out, err


def flat(text: str) -> str:
    """``text`` with its line breaks and indents as single spaces (argparse wraps the help, also
    after the hyphen of *procès-verbal*)."""
    return " ".join(re.sub(r"-\n\s*", "-", text).split())


def translated(text: Text, lang: str) -> bool:
    return text.template(lang) != text.english


def sentences(lang: str) -> list[Text]:
    """The texts of ``--help`` that are sentences (several words) and read differently in
    ``lang``: none of their English may show. One-word texts (``dest``, ``ACTION``) are left
    out: the English can be part of the translation (*destination*)."""
    return [t for t in HELP.values() if " " in t.english and translated(t, lang)]


def assert_speaks(shown: str, keys: list[str], lang: str) -> None:
    """``shown`` holds the translation of each of ``keys`` (of HELP or ARGPARSE) and none of
    the English sentences of ``--help`` or argparse's translated headings."""
    shown = flat(shown)
    for key in keys:
        text = HELP.get(key) or ARGPARSE[key]
        assert flat(text.template(lang)) in shown, key
    english = [t.english for t in sentences(lang)]
    english += ["usage:", "positional arguments", "show this help message and exit"]
    assert [sentence for sentence in english if flat(sentence) in shown] == []


# --- --help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_the_main_help_speaks_the_reader_s_language(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, lang)
    status, out, err = run(["--help"], capsys)
    assert (status, err) == (0, "")
    summaries = [f"cli.help.{command.name}" for command in COMMAND_TABLE]
    keys = ["cli.help.description", "cli.metavar.COMMAND", "argparse.help", *summaries]
    assert_speaks(out, keys, lang)
    usage = ARGPARSE["argparse.usage"].template(lang)
    assert out.startswith(f"{usage}emptychair [-h] {HELP['cli.metavar.COMMAND'].template(lang)}")


@pytest.mark.parametrize("lang", ["fr", "nl"])
@pytest.mark.parametrize(
    ("command", "keys"),
    [
        (
            ["minutes"],
            [
                "cli.help.minutes",
                "cli.help.workspace",
                "cli.help.minutes.meeting",
                "cli.help.minutes.out",
                "cli.help.minutes.person_copy",
                "cli.help.minutes.per_recipient",
                "cli.help.minutes.person",
                "cli.help.minutes.password_env",
                "cli.help.minutes.lang",
                "cli.metavar.FILE",
                "cli.metavar.PERSON",
                "cli.metavar.VAR",
            ],
        ),
        (["verify"], ["cli.help.verify", "cli.help.verify.anchor", "cli.help.verify.full"]),
        (["backup"], ["cli.help.backup.workspace", "cli.help.backup.dest", "cli.metavar.dest"]),
        (["policy", "check"], ["cli.help.policy.check.description", "cli.help.policy.file"]),
    ],
)
def test_a_command_s_help_speaks_the_reader_s_language(
    lang: str,
    command: list[str],
    keys: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    speak(monkeypatch, lang)
    status, out, err = run([*command, "--help"], capsys)
    assert (status, err) == (0, "")
    assert_speaks(out, [*keys, "argparse.positionals", "argparse.help"], lang)


def test_french_headings_have_the_space_before_the_colon(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "fr")
    _, out, _ = run(["rekey", "--help"], capsys)
    assert out == (
        "usage : emptychair rekey [-h] espace\n"
        "\n"
        "changer la phrase secrète d'un espace de travail\n"
        "\n"
        "arguments positionnels :\n"
        "  espace      le fichier de l'espace de travail à chiffrer à nouveau\n"
        "\n"
        "options :\n"
        "  -h, --help  afficher cette aide et quitter\n"
    )


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_help_of_every_parser_comes_from_the_catalogue(lang: str) -> None:
    """A new argument whose help is an English literal fails here, in every language."""
    with argparse_speaks(lang):
        parser = build_parser(lang)
    ours = {text.template(lang) for text in HELP.values()}
    ours |= {text.template(lang).replace("%", "%%") for text in HELP.values()}
    ours |= {ARGPARSE["argparse.help"].template(lang)}
    found: list[str] = []
    parsers = [parser]
    while parsers:
        current = parsers.pop()
        found.append(current.description or "")
        for action in current._actions:
            found.append(action.help or "")
            if isinstance(action.metavar, str) and action.metavar.isalpha():
                found.append(action.metavar)
            if isinstance(action, argparse._SubParsersAction):
                found += [choice.help or "" for choice in action._choices_actions]
                parsers += action.choices.values()
    assert len(found) > 40
    assert [text for text in found if text and text not in ours and text != "ID"] == []


# --- argparse's errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            "gebruik: emptychair backup [-h] werkruimte bestemming\n"
            "emptychair backup: fout: deze argumenten zijn verplicht: bestemming\n",
        ),
        (
            "fr",
            "usage : emptychair backup [-h] espace destination\n"
            "emptychair backup : erreur : les arguments suivants sont obligatoires : "
            "destination\n",
        ),
        (
            "en",
            "usage: emptychair backup [-h] workspace dest\n"
            "emptychair backup: error: the following arguments are required: dest\n",
        ),
    ],
    ids=["nl", "fr", "en"],
)
def test_a_missing_argument_is_named_in_the_reader_s_language(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, lang)
    assert run(["backup", "x.emptychair"], capsys) == (2, "", expected)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "usage : emptychair [-h] COMMANDE ...\n"
            "emptychair : erreur : arguments non reconnus : --bogus\n",
        ),
        (
            "nl",
            "gebruik: emptychair [-h] OPDRACHT ...\n"
            "emptychair: fout: onbekende argumenten: --bogus\n",
        ),
        (
            "en",
            "usage: emptychair [-h] COMMAND ...\n"
            "emptychair: error: unrecognized arguments: --bogus\n",
        ),
    ],
    ids=["fr", "nl", "en"],
)
def test_an_unknown_option_is_refused_in_the_reader_s_language(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, lang)
    assert run(["demo", "x.emptychair", "--bogus"], capsys) == (2, "", expected)


@pytest.mark.parametrize(
    ("argv", "fr", "nl"),
    [
        (
            ["minutes", "w", "--meeting", "m", "--out", "o", "--lang", "de"],
            "argument --lang : choix non valide : 'de' (choisissez parmi 'en', 'fr', 'nl')",
            "argument --lang: ongeldige keuze: 'de' (kies uit 'en', 'fr', 'nl')",
        ),
        (
            ["minutes", "w", "--meeting"],
            "argument --meeting : une valeur est attendue",
            "argument --meeting: er wordt één waarde verwacht",
        ),
        (
            ["minutes", "w", "--meeting", "m", "--out", "o", "--person-copy", "--per-recipient"],
            "argument --per-recipient : incompatible avec l'argument --person-copy",
            "argument --per-recipient: kan niet samen met argument --person-copy",
        ),
        (
            ["minutes", "w", "--meeting", "m", "--out", "o", "--per"],
            "option ambiguë : --per peut désigner --person-copy, --per-recipient, --person",
            "onduidelijke optie: --per kan staan voor --person-copy, --per-recipient, --person",
        ),
        (
            ["verify", "w", "--full=yes"],
            "argument --full : cette option ne prend pas de valeur ('yes' donné)",
            "argument --full: deze optie neemt geen waarde ('yes' gegeven)",
        ),
        (
            ["policy"],
            "les arguments suivants sont obligatoires : ACTION",
            "deze argumenten zijn verplicht: ACTIE",
        ),
    ],
    ids=["invalid_choice", "expected_one", "not_allowed_with", "ambiguous", "explicit", "required"],
)
def test_argparse_s_other_errors_speak_the_reader_s_language(
    argv: list[str],
    fr: str,
    nl: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for lang, message in (("fr", fr), ("nl", nl)):
        speak(monkeypatch, lang)
        status, out, err = run(argv, capsys)
        assert (status, out) == (2, "")
        assert err.splitlines()[-1].endswith(message), err


def test_english_is_what_argparse_prints(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "en")
    status, out, _ = run(["backup", "--help"], capsys)
    assert status == 0
    assert out == (
        "usage: emptychair backup [-h] workspace dest\n"
        "\n"
        "write an encrypted, checked backup\n"
        "\n"
        "positional arguments:\n"
        "  workspace   the workspace file to back up\n"
        "  dest        a folder, or the new backup file (.ecbackup)\n"
        "\n"
        "options:\n"
        "  -h, --help  show this help message and exit\n"
    )
    # A language the app does not speak, or none: English, by the same parser as before.
    for environment in ({"LANG": "de_DE.UTF-8"}, {"LANG": "nl_BE.UTF-8", "LC_ALL": "C"}):
        speak(monkeypatch, "en")
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        assert run(["minutes", "w", "--meeting"], capsys)[2].endswith(
            "emptychair minutes: error: argument --meeting: expected one argument\n"
        )


def test_argparse_is_left_as_it_was(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = vars(argparse)["_"]
    speak(monkeypatch, "nl")
    run(["backup", "x"], capsys)  # an error: argparse exits from inside the block
    run(["--help"], capsys)
    assert vars(argparse)["_"] is before is gettext.gettext
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("needed")
    assert other.format_usage() == "usage: other [-h] needed\n"


# --- The catalogue's argparse texts ------------------------------------------------------------


def test_argparse_s_messages_are_the_msgids_this_python_s_argparse_asks_for() -> None:
    source = inspect.getsource(argparse)
    for text in ARGPARSE.values():
        literal = text.english.replace("\n", "\\n")
        assert f"_('{literal}')" in source or f'_("{literal}")' in source, text.key


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_argparse_translations_keep_their_placeholders(lang: str) -> None:
    for text in ARGPARSE.values():
        assert PERCENT.findall(text.template(lang)) == PERCENT.findall(text.english), text.key
        assert text.template(lang).endswith("\n") == text.english.endswith("\n"), text.key


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_a_usage_line_names_each_value_in_one_word(lang: str) -> None:
    for key, text in HELP.items():
        if key.startswith("cli.metavar."):
            assert text.template(lang).split() == [text.template(lang)], key
            assert translated(text, lang) or text.english == "ACTION", key


def test_the_command_line_speaks_dutch_from_the_real_entry_point() -> None:
    """``LANG=nl_BE.UTF-8 emptychair backup x.emptychair``, as a user types it."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    program = "import sys; from desktop.app import main; sys.exit(main())"
    done = subprocess.run(
        [sys.executable, "-c", program, "backup", "x.emptychair"],
        cwd=ROOT,
        env={**environment, "LANG": "nl_BE.UTF-8", "COLUMNS": "80"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "emptychair backup: fout: deze argumenten zijn verplicht: bestemming"
    )


def test_the_help_keys_are_their_own() -> None:
    from desktop import cli
    from desktop.core import broken_text, messages
    from desktop.minutes import texts
    from desktop.storage import errors, verify_texts

    others = [messages.CATALOG, broken_text.FIELD_NAMES, texts.TEXTS, errors.TEXTS]
    others += [verify_texts.TEXTS, cli.TEXTS]
    taken = {key for table in others for key in table}
    assert (
        taken.isdisjoint(HELP) and taken.isdisjoint(ARGPARSE) and HELP.keys().isdisjoint(ARGPARSE)
    )


# --- The GUI's own options: `emptychair --help` (desktop.app) ------------------------------------


def gui(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """``emptychair ARGV`` read by the GUI's parser and stopped by argparse."""
    from desktop.app import parse_arguments

    with pytest.raises(SystemExit) as stopped:
        parse_arguments(argv)
    out, err = capsys.readouterr()
    return int(stopped.value.code or 0), out, err


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_emptychair_help_speaks_the_reader_s_language(
    lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, lang)
    status, out, err = gui(["--help"], capsys)
    assert (status, err) == (0, "")
    summaries = [f"cli.help.{command.name}" for command in COMMAND_TABLE]
    keys = ["cli.help.gui.description", "cli.help.gui.demo", "cli.help.gui.workspace"]
    keys += ["cli.help.gui.commands", "cli.metavar.workspace", "argparse.help", *summaries]
    assert_speaks(out, keys, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "emptychair : erreur : arguments non reconnus : --bogus\n"),
        ("nl", "emptychair: fout: onbekende argumenten: --bogus\n"),
        ("en", "emptychair: error: unrecognized arguments: --bogus\n"),
    ],
)
def test_emptychair_refuses_an_unknown_option_in_the_reader_s_language(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, lang)
    status, out, err = gui(["--demo", "--bogus"], capsys)
    assert (status, out) == (2, "")
    assert err.splitlines()[-1] + "\n" == expected


def test_emptychair_help_in_english_is_as_it_was(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    speak(monkeypatch, "en")
    status, out, _ = gui(["--help"], capsys)
    assert status == 0
    assert out.startswith(
        "usage: emptychair [-h] [--demo] [workspace]\n"
        "\n"
        "Empty Chair: case conferences under shared professional secrecy.\n"
        "\n"
        "positional arguments:\n"
        "  workspace   the workspace file to unlock\n"
        "\n"
        "options:\n"
        "  -h, --help  show this help message and exit\n"
        "  --demo      open a fresh demo workspace\n"
        "\n"
        "headless commands (emptychair COMMAND --help):\n"
        "  demo      create a workspace of fictional demo data\n"
    )
