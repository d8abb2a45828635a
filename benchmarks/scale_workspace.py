"""Workspaces of many years of fictional meetings, built through the real API and cached.

Not a benchmark itself (``make bench`` runs ``bench_*.py`` only): :mod:`bench_scale` builds its
workspaces here. Each meeting is prepared with :meth:`Workspace.save_meeting` and run through a
real :class:`~desktop.core.session.MeetingSession` with the workspace's recorder: 5 attendees,
25 items proposed (20 shared, 5 not shared), 2 decisions, then closed — about 70 audit events
and 46 KB of file per meeting, one person concerned for every five meetings. The only shortcut
is the one the API allows: each meeting runs inside one outer transaction (the recorder's own
transactions become savepoints), so a workspace of 10,000 meetings takes minutes, not hours.

Everything is invented. Built workspaces are kept under ``~/.cache/emptychair-bench`` (or
``$EMPTYCHAIR_BENCH_CACHE``), keyed by :data:`GENERATOR_VERSION` and the schema version, and
copied to a scratch folder for each run, so runs do not change the cached file. After a schema
change, the same generator's workspace of an older schema is migrated once (opened by this
version, as a user's file is) rather than built again.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from desktop.core.entities import (
    AgendaItem,
    ConsentKind,
    ConsentRecord,
    InstitutionSettings,
    Meeting,
    Mission,
    Person,
    Professional,
)
from desktop.storage.connection import SCHEMA_VERSION
from desktop.storage.workspace import Workspace

#: Bump when the generated content changes: cached workspaces of another version are not used.
GENERATOR_VERSION = 1
PASSPHRASE = "bench scale passphrase"
FILE_NAME = "team.emptychair"
MISSION = Mission("youth", "Youth care")
CATEGORIES = ("school", "family", "health", "housing", "work")
TEAM = 60
ATTENDEES = 5
SHARED, WITHHELD, DECISIONS = 20, 5, 2
MEETINGS_PER_PERSON = 5
UPCOMING = 12  # prepared meetings still ahead
START = dt.datetime(2016, 1, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))

_WORDS = [
    "school",
    "morning",
    "tired",
    "appointment",
    "follow-up",
    "mother",
    "father",
    "teacher",
    "plan",
    "housing",
    "rent",
    "visit",
    "doctor",
    "sleep",
    "homework",
    "transport",
    "weekend",
    "week",
    "month",
    "since",
    "agreed",
    "asked",
    "worried",
    "better",
    "report",
    "meeting",
    "together",
    "support",
    "contact",
    "team",
    "calm",
    "progress",
    "difficult",
]


def cache_root() -> Path:
    """Where built workspaces are kept between runs."""
    configured = os.environ.get("EMPTYCHAIR_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "emptychair-bench"


@dataclass(frozen=True, slots=True)
class BuiltWorkspace:
    """A workspace ready to measure: its file, its size, and the ``XDG_CONFIG_HOME`` under which
    its anchors are kept (``config``: the app's folder there, as the storage API takes it)."""

    path: Path
    xdg: Path
    meetings: int

    @property
    def config(self) -> Path:
        """The app's configuration folder: where the workspace's anchors are."""
        return self.xdg / "emptychair"


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."


def _settings() -> InstitutionSettings:
    return InstitutionSettings(
        "Fictional family support service",
        "We share only what is strictly necessary, with professionals bound by secrecy.",
        (MISSION, Mission("mental", "Mental health")),
    )


def _team() -> list[Professional]:
    return [
        Professional(
            f"pro{i:03d}",
            f"Professional {i:03d}",
            "social worker" if i % 3 else "psychologist",
            "Fictional service",
            True,
            "Social worker (function)",
            frozenset({MISSION.id}),
        )
        for i in range(TEAM)
    ]


def _person(index: int, rng: random.Random) -> tuple[Person, ConsentRecord]:
    person = Person(
        f"person{index:05d}",
        f"Fictional Person {index:05d}",
        f"F.P.{index:05d}",
        f"REF-{index:05d}",
        _text(rng, 12),
    )
    consent = ConsentRecord(
        f"consent{index:05d}",
        person.id,
        ConsentKind.GIVEN,
        frozenset(CATEGORIES),
        missions=frozenset({MISSION.id}),
        valid_from=dt.date(2015, 1, 1),
        obtained_how="signed form",
    )
    return person, consent


def _meeting(index: int, person: Person, when: dt.datetime, rng: random.Random) -> Meeting:
    invitees = tuple(rng.sample([f"pro{i:03d}" for i in range(TEAM)], ATTENDEES))
    agenda = tuple(AgendaItem(f"a{n}", _text(rng, 3), 10) for n in range(4))
    return Meeting(
        id=f"meeting{index:06d}",
        person_ids=(person.id,),
        mission_id=MISSION.id,
        policy_id="be-shared-secrecy",
        purpose=_text(rng, 10),
        scheduled_at=when,
        facilitator_id=invitees[0],
        agenda=agenda,
        invitees=invitees,
    )


def _run(ws: Workspace, meeting: Meeting, when: dt.datetime, rng: random.Random) -> None:
    """Open, run and close the meeting through its session (and the workspace's recorder)."""
    clock = [when]

    def tick() -> dt.datetime:
        clock[0] += dt.timedelta(seconds=40)
        return clock[0]

    session = ws.start_session(meeting.id, clock=tick)
    session.open()
    for professional_id in meeting.invitees:
        session.mark_present(professional_id)
    shared: list[str] = []
    for n in range(SHARED + WITHHELD):
        if n % 7 == 0:
            session.start_agenda_item(min(n // 7, len(meeting.agenda) - 1))
        discloser = meeting.invitees[n % ATTENDEES]
        if n == 10:  # someone steps out for one item (and comes back once it is decided)
            session.step_out(meeting.invitees[-1])
        session.propose(discloser, CATEGORIES[n % len(CATEGORIES)])
        if n % 5 == 4:
            session.not_share()
            continue
        session.update_draft(
            wording=_text(rng, 45),
            good_for_whom=_text(rng, 8),
            why=_text(rng, 8),
            empty_chair_answer=_text(rng, 8),
            could_decide_without=False,
            necessity_reason=_text(rng, 8),
        )
        shared.append(session.share().id)
    for n in range(DECISIONS):
        session.add_decision(_text(rng, 20), shared[n * 3 : n * 3 + 2])
    session.leave(meeting.invitees[-1])
    session.close()


def build(path: Path, config: Path, meetings: int, *, progress: bool = True) -> None:
    """Create the workspace at ``path`` (anchors in ``config``) with ``meetings`` meetings: the
    last :data:`UPCOMING` prepared for the coming weeks, one left open, the others closed."""
    rng = random.Random(20261201)
    config.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with Workspace.create(path, PASSPHRASE, _settings(), config=config) as ws:
        ws.save_professionals(_team())
        past = max(meetings - UPCOMING, 0)
        spacing = dt.timedelta(days=3650) / max(past, 1)
        now = dt.datetime.now(START.tzinfo).replace(minute=0, second=0, microsecond=0)
        person: Person | None = None
        for index in range(meetings):
            if index % MEETINGS_PER_PERSON == 0:
                person, consent = _person(index // MEETINGS_PER_PERSON, rng)
                with ws._transaction():  # the person and their consent: one commit
                    ws.save_person(person)
                    ws.save_consent(consent)
            assert person is not None
            if index < past:
                when = now - dt.timedelta(days=3650) + spacing * index
            else:
                when = now + dt.timedelta(days=2 + index - past, hours=rng.randrange(8))
            meeting = _meeting(index, person, when, rng)
            # One outer transaction per meeting: the recorder's transactions become savepoints.
            with ws._transaction():
                ws.save_meeting(meeting)
                if index < past:
                    _run(ws, meeting, when, rng)
            if progress and index % 200 == 199:
                rate = (index + 1) / (time.monotonic() - started)
                print(f"  built {index + 1}/{meetings} meetings ({rate:.0f}/s)", flush=True)
        # One meeting left open by a crash, as the resume offer expects it.
        if past:
            left = _meeting(meetings, person or _person(0, rng)[0], now, rng)
            with ws._transaction():
                ws.save_meeting(left)
            session = ws.start_session(left.id)
            session.open()
            session.mark_present(left.invitees[0])


def workspace(meetings: int, *, progress: bool = True) -> BuiltWorkspace:
    """The cached workspace of ``meetings`` meetings (built the first time), copied to a
    scratch folder of its own for this run."""
    key = f"v{GENERATOR_VERSION}-schema{SCHEMA_VERSION}"
    cached = cache_root() / key / str(meetings)
    if not (cached / FILE_NAME).exists():
        _upgrade_older(meetings, cached, progress=progress)
    if not (cached / FILE_NAME).exists():
        if progress:
            print(f"Building a workspace of {meetings} meetings in {cached} (once)…", flush=True)
        partial = cached.with_name(cached.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        build(partial / FILE_NAME, partial / "xdg" / "emptychair", meetings, progress=progress)
        shutil.rmtree(cached, ignore_errors=True)
        partial.rename(cached)
    scratch = cache_root() / "scratch" / str(meetings)
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(cached, scratch)
    return BuiltWorkspace(scratch / FILE_NAME, scratch / "xdg", meetings)


def _upgrade_older(meetings: int, cached: Path, *, progress: bool) -> None:
    """The same generator's workspace cached under an older schema, opened once by this version
    (its migrations, as a user's file gets them) and kept under the current key: a schema change
    costs a migration, not a rebuild of ten years of meetings."""
    for version in range(SCHEMA_VERSION - 1, 0, -1):
        older = cache_root() / f"v{GENERATOR_VERSION}-schema{version}" / str(meetings)
        if not (older / FILE_NAME).exists():
            continue
        if progress:
            print(f"Migrating the workspace of {meetings} meetings from schema {version}…")
        partial = cached.with_name(cached.name + ".part")
        shutil.rmtree(partial, ignore_errors=True)
        partial.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(older, partial)
        with Workspace.open(partial / FILE_NAME, PASSPHRASE, config=partial / "xdg" / "emptychair"):
            pass
        shutil.rmtree(cached, ignore_errors=True)
        partial.rename(cached)
        return
