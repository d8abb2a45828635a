"""The prepare dialog on a 1366×768 laptop (a title bar and a panel take their share): Save in
view without scrolling, no label or column cut; on a smaller screen the form scrolls and Save
still shows. In English and in French (issue 11)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QWidget

from desktop.storage.workspace import Workspace
from desktop.ui.i18n import install_translators
from desktop.ui.meetings.prepare import PrepareMeetingDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

LAPTOP = QSize(1366, 768 - 32)  # less a desktop panel; the dialog keeps its own title bar free
SMALL = QSize(1024, 560)


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    yield install_translators(request.param, qapp)
    install_translators("en", qapp)


def open_dialog(qtbot, demo: Workspace, screen: QSize) -> PrepareMeetingDialog:
    prepared = demo.meeting("m-mv-1")  # the demo's longest prepared meeting
    dialog = PrepareMeetingDialog(
        None,
        settings=demo.settings(),
        professionals=demo.professionals(include_inactive=False),
        persons=demo.persons(),
        meeting=prepared,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fit_to(screen)
    qtbot.waitUntil(lambda: dialog.size().height() <= screen.height())
    return dialog


def in_view(widget: QWidget, dialog: QWidget) -> bool:
    """The widget is shown whole inside the dialog."""
    top_left = widget.mapTo(dialog, QPoint(0, 0))
    return dialog.rect().contains(QRect(top_left, widget.size()))


def cut(dialog: PrepareMeetingDialog) -> list[str]:
    """Labels and buttons narrower than their text needs, and table columns narrower than
    their contents (the secrecy column, which stretches and elides, excepted)."""
    found = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        if not widget.isVisibleTo(dialog) or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.width() < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {widget.text()!r}")
    for table in (dialog.agenda, dialog.invitees):
        header = table.horizontalHeader()
        for section in range(header.count()):
            if header.sectionResizeMode(section) is QHeaderView.ResizeMode.Stretch:
                continue
            if header.sectionSize(section) < header.sectionSizeHint(section):
                found.append(f"{table.accessibleName()} column {section}")
    return found


def test_the_whole_form_fits_a_laptop_with_save_in_view(qtbot, demo: Workspace, lang: str) -> None:
    dialog = open_dialog(qtbot, demo, LAPTOP)
    assert dialog.height() <= LAPTOP.height() - 40 and dialog.width() <= LAPTOP.width()
    assert in_view(dialog.save_button, dialog) and dialog.save_button.isVisible()
    assert dialog.scroll.verticalScrollBar().maximum() == 0  # nothing to scroll to
    assert dialog.scroll.horizontalScrollBar().maximum() == 0
    assert in_view(dialog.invitees, dialog) and in_view(dialog.next_meeting, dialog)
    assert cut(dialog) == []


def test_a_smaller_screen_scrolls_the_form_and_keeps_save_in_view(
    qtbot, demo: Workspace, lang: str
) -> None:
    dialog = open_dialog(qtbot, demo, SMALL)
    assert dialog.height() <= SMALL.height() - 40
    assert in_view(dialog.save_button, dialog) and dialog.save_button.isVisible()
    assert dialog.scroll.verticalScrollBar().maximum() > 0  # the form scrolls instead
