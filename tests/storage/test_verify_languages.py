"""The verification report in French and Dutch: every finding, the summary of a sound workspace,
the count of findings left unnamed, and a backup refused for being unsound."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from storage_helpers import PASSPHRASE
from tamper_helpers import query, tamper, used_normally

from desktop.storage.anchor_check import PaperSeal, _day
from desktop.storage.backup import restore_backup
from desktop.storage.errors import CorruptWorkspace
from desktop.storage.verify import VerifyReport, verify_workspace

# Words of the report's English sentences that neither translation uses (followed by a space, so
# a path's test_name_with_underscores does not count; Dutch says "is" and "was" too).
ENGLISH = re.compile(r"\b(the|were|are|its|been|event|events|audit log|anchor|no longer)\b ")


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """The user's configuration folder of the test (never the real one)."""
    return tmp_path / "config"


@pytest.fixture
def used(workspace_path: Path, config: Path) -> Path:
    """A workspace used normally, closed, with its anchors in ``config``."""
    used_normally(workspace_path, config)
    return workspace_path


def check(path: Path, config: Path, **options: object) -> VerifyReport:
    return verify_workspace(path, PASSPHRASE, config=config, **options)  # type: ignore[arg-type]


def _without_path(text: str, path: Path) -> str:
    return text.replace(str(path), "")


def test_every_kind_of_finding_reads_in_french_and_dutch(used: Path, config: Path) -> None:
    (item_id,) = query(used, "SELECT id FROM shared_items")[0]
    (file,) = (config / "anchors").glob("*.jsonl")
    file.write_text("\n".join(file.read_text().splitlines()[:2]) + "\n")  # anchors deleted
    tamper(
        used,
        "UPDATE shared_items SET wording = 'something else entirely'",
        "DELETE FROM withheld_items",
        "INSERT INTO decisions (id, meeting_id, text, item_ids, decided_at) "
        "VALUES ('forged', 'm2', 'a decision nobody took', '[]', NULL)",
        "UPDATE audit_log SET details = details || ' ' WHERE seq = 3",
        leave_triggers_dropped=True,
    )
    report = check(used, config)
    kinds = {finding.kind for finding in report.findings}
    assert {"row_changed", "row_missing", "row_unrecorded", "triggers_missing"} <= kinds
    assert "anchors_deleted" in kinds and report.chain_break is not None
    english = report.problems()
    assert f"the shared item {item_id} no longer matches event" in " ".join(english)
    assert any(problem.startswith("the audit log is broken at event 3 (") for problem in english)

    french, dutch = report.problems("fr"), report.problems("nl")
    assert len(french) == len(dutch) == len(english)
    assert f"le point partagé {item_id} ne correspond plus" in " ".join(french)
    assert "la décision forged figure dans sa table" in " ".join(french)
    assert any(p.startswith("le journal d'audit est rompu\u00a0: événement 3 (") for p in french)
    assert f"het gedeelde punt {item_id} komt niet meer overeen" in " ".join(dutch)
    assert any(p.startswith("het auditlogboek is gebroken bij gebeurtenis 3 (") for p in dutch)
    for translated in (french, dutch):
        for problem, original in zip(translated, english, strict=True):
            assert problem != original and "{" not in problem
            assert ENGLISH.search(problem) is None, problem
    summary = report.summary("fr")
    assert summary.startswith(f"{used}\u00a0: ") and "\u00a0; " in summary
    assert ENGLISH.search(_without_path(report.summary("nl"), used)) is None


def test_a_sound_workspace_s_summary_in_french_and_dutch(used: Path, config: Path) -> None:
    seq, digest = query(used, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    seal = PaperSeal(int(seq), str(digest)[:16])
    report = check(used, config, seals=[seal], full=True)
    assert report.ok and report.seals_matched == 1
    assert report.summary() == (
        f"{used}: the file is sound and the audit log's {report.events} events hold, matching "
        f"the seal given; anchored up to event {report.events} ({_anchored_day(report)})."
    )
    assert report.summary("fr") == (
        f"{used}\u00a0: le fichier est sain et le journal d'audit est intact ({report.events} "
        f"événements vérifiés), conforme au sceau fourni\u00a0; ancré jusqu'à l'événement "
        f"{report.events} ({_anchored_day(report)})."
    )
    assert report.summary("nl") == (
        f"{used}: het bestand is in orde en het auditlogboek klopt ({report.events} "
        "gebeurtenissen gecontroleerd), in overeenstemming met het opgegeven zegel; verankerd "
        f"tot gebeurtenis {report.events} ({_anchored_day(report)})."
    )
    routine = check(used, config)  # from the checkpoint the full check left
    assert routine.ok and not routine.full
    assert "(--full vérifie tout)" in routine.summary("fr")
    assert "(--full controleert alles)" in routine.summary("nl")
    assert ENGLISH.search(_without_path(routine.summary("nl"), used)) is None


def _anchored_day(report: VerifyReport) -> str:
    assert report.confirmed is not None
    return _day(report.confirmed.at)


@pytest.mark.parametrize(
    ("forged", "english", "french", "dutch"),
    [
        (21, "and 1 more like it", "et 1 autre semblable", "en nog 1 gelijkaardige"),
        (23, "and 3 more like these", "et 3 autres semblables", "en nog 3 gelijkaardige"),
    ],
)
def test_the_findings_left_unnamed_are_counted_in_each_language(
    used: Path, config: Path, forged: int, english: str, french: str, dutch: str
) -> None:
    tamper(
        used,
        *(
            "INSERT INTO decisions (id, meeting_id, text, item_ids, decided_at) "
            f"VALUES ('forged-{n}', 'm2', 'forged', '[]', NULL)"
            for n in range(forged)
        ),
    )
    report = check(used, config)
    assert len(report.findings) == 21  # twenty named, then the rest counted
    assert report.problems()[-1] == english
    assert report.problems("fr")[-1] == french
    assert report.problems("nl")[-1] == dutch


def test_an_unsound_backup_is_refused_in_the_reader_s_language(
    used: Path, config: Path, tmp_path: Path
) -> None:
    tamper(used, leave_triggers_dropped=True)
    backup = tmp_path / "team-20261102-090000.ecbackup"
    shutil.copyfile(used, backup)
    with pytest.raises(CorruptWorkspace) as caught:
        restore_backup(backup, tmp_path / "restored.ecw", PASSPHRASE, config=config)
    assert "append-only" in caught.value.message  # English stays the error's message
    french = caught.value.text("fr")
    assert french.startswith(f"La sauvegarde {backup} n'est pas saine")
    assert "les déclencheurs qui interdisent de modifier le journal d'audit" in french
    dutch = caught.value.text("nl")
    assert "de triggers die verhinderen dat het auditlogboek gewijzigd wordt" in dutch
    for text in (french, dutch):
        assert ENGLISH.search(_without_path(_without_path(text, backup), used)) is None
