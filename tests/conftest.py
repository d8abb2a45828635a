"""Test configuration shared by the whole suite.

Qt runs offscreen; tests that start Qt (through the ``qapp`` or ``qtbot`` fixtures) are marked
``gui`` automatically, so ``pytest -m "not gui"`` runs the Qt-free part of the suite.
"""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The test suite must never touch the user's real settings or data folders.
os.environ.setdefault("EMPTYCHAIR_NO_USER_CONFIG", "1")
# The CLI speaks the environment's language (LANGUAGE first, as gettext reads it): English here,
# whatever the developer's locale; tests of another language set it themselves.
os.environ["LANGUAGE"] = "en"

_QT_FIXTURES = {"qapp", "qtbot", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses a Qt fixture as ``gui``."""
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)
