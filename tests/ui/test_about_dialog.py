"""The About box names the licence (EUPL-1.2) and shows its text and the third-party notices."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.storage.workspace import Workspace
from desktop.ui.about_dialog import AboutDialog, app_version, licence_text, notices_text
from desktop.ui.main_window import MainWindow


def test_the_installed_app_carries_the_eupl_text_and_the_notices() -> None:
    assert licence_text().startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    notices = notices_text()
    for name in ("PySide6", "Qt 6", "reportlab", "SQLCipher", "sqlite-utils", "pypdf", "DejaVu"):
        assert name in notices
    assert app_version()


def test_the_about_box_names_the_licence_and_shows_both_texts(qtbot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "EUPL-1.2" in dialog.licence_label.text()
    assert dialog.licence_view.toPlainText() == licence_text()
    assert dialog.notices_view.toPlainText() == notices_text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&About",
        "&Licence",
        "&Third-party notices",
    ]
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_help_about_opens_it_from_the_main_window(qtbot, workspace: Workspace) -> None:
    window = MainWindow(workspace, "en")
    qtbot.addWidget(window)
    window.about_action.trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    about.close()
