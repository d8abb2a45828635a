"""The roll call's Alt keys in the main window, menus included (audit of issue 11)."""

from __future__ import annotations

import pytest
from language_helpers import clashing_mnemonics

from desktop.storage.workspace import Workspace
from desktop.ui.console.console import MeetingConsole
from desktop.ui.i18n import install_translators
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WITH_UNDERTAKING = "m-jd-2"  # the demo's case consultation: each arrival confirms it


@pytest.mark.parametrize("lang", ["en", "fr", "nl"])
@pytest.mark.parametrize("demo_banner", [False, True], ids=["workspace", "demo"])
def test_the_roll_call_alt_keys_clash_with_nothing(
    qtbot, qapp, demo: Workspace, lang: str, demo_banner: bool
) -> None:
    """With the undertaking's buttons shown, every Alt key of the roll call is unique in the
    window, its menus included: an Alt key used twice only moves the focus between the two."""
    install_translators(lang, qapp)
    try:
        window = MainWindow(demo, lang, demo=demo_banner)
        qtbot.addWidget(window)
        window.resize(1229, 706)
        window.show()
        qtbot.waitExposed(window)
        assert window.running.open_meeting(WITH_UNDERTAKING)
        console = window.running.console
        assert isinstance(console, MeetingConsole)
        console.opening.start.click()
        assert console.roll_call.undertaking_button.isVisible()
        menus = [action.text() for action in window.menuBar().actions()]
        assert clashing_mnemonics(window, menus) == {}
        window.running.finish()
    finally:
        install_translators("en", qapp)
