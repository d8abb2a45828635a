"""``emptychair policy check``: what a policy author runs before shipping a framework."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main, untranslated
from desktop.core.policy import available_policies


def test_every_shipped_policy_checks(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(path) for path in available_policies().values()]
    assert main(["policy", "check", *files]) == 0
    out = capsys.readouterr().out
    assert out.count(": valid — ") == len(files)
    assert "Legal basis (legal_basis)" in out and "Decision recorded (decision_recorded)" in out
    assert "warning" not in out  # every text in every language


def test_a_wrong_file_is_named_with_its_field_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(available_policies()["fr-care-team"].read_text(encoding="utf-8"))
    data["conditions"][0]["team"] = "family"
    wrong = tmp_path / "ours.json"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    good = available_policies()["uk-caldicott"]
    assert main(["policy", "check", str(wrong), str(good)]) == 1
    captured = capsys.readouterr()
    assert f"{wrong}: conditions[0].team: must be one of: organisation, mission" in captured.err
    assert "1 policy file was refused." in captured.err
    assert f"{good}: valid" in captured.out


def test_a_missing_language_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(available_policies()["be-shared-secrecy"].read_text(encoding="utf-8"))
    del data["conditions"][1]["title"]["nl"]
    path = tmp_path / "partial.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert untranslated(path) == [("conditions[1].title", "nl")]
    assert main(["policy", "check", str(path)]) == 0
    assert (
        "warning: conditions[1].title has no text in nl (English shows)" in capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("language", "refusal", "summary"),
    [
        (
            "nl_BE",
            "conditions[0].team: moet een van deze waarden zijn: organisation, mission",
            "2 kaderbestanden werden geweigerd.",
        ),
        (
            "fr_BE",
            "conditions[0].team\u00a0: doit être l'une de ces valeurs\u00a0: organisation, mission",
            "refusé",
        ),
    ],
)
def test_a_wrong_file_is_refused_in_the_users_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    refusal: str,
    summary: str,
) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    data = json.loads(available_policies()["fr-care-team"].read_text(encoding="utf-8"))
    data["conditions"][0]["team"] = "family"
    wrong = tmp_path / "ours.json"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    assert main(["policy", "check", str(wrong), str(tmp_path / "gone.json")]) == 1
    err = capsys.readouterr().err
    assert f"{wrong}" in err and refusal in err and summary in err
    assert "must be" not in err and "does not exist" not in err  # no English left
