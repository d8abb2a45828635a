"""Fixtures of the minutes' tests: one record, built once (the session run is deterministic)."""

from __future__ import annotations

import pytest

from desktop.core.record import MeetingRecord

from .records import build_record


@pytest.fixture(scope="session")
def record() -> MeetingRecord:
    """The standard fictional meeting (see :mod:`tests.minutes.records`)."""
    return build_record()
