"""Every keyboard shortcut of the app, in one list: Help ▸ Keyboard shortcuts shows it, and the
main window takes its own keys from it.

The meeting console, the roll call, the room, the gate and the shared screen create their keys
where they live; a test builds those windows and checks that each key they answer is listed
here, so the list cannot fall behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# The main window's keys (portable text, as QKeySequence reads it).
SECTION_KEYS = ("Ctrl+1", "Ctrl+2", "Ctrl+3")
NEW_WORKSPACE = "Ctrl+Shift+N"
OPEN_WORKSPACE = "Ctrl+O"
SETTINGS = "Ctrl+,"
QUIT = "Ctrl+Q"
PREPARE_MEETING = "Ctrl+N"
PRESENTATION = "Ctrl+Shift+P"
LOCK = "Ctrl+L"
SHORTCUTS_HELP = "F1"


def add_shortcut(
    keys: str | QKeySequence | Qt.Key,
    parent: QWidget,
    slot: Callable[[], object],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
) -> QShortcut:
    """A key of ``parent`` that calls ``slot``, working only where ``context`` says.

    PySide6's ``QShortcut(keys, parent, callable, context=...)`` silently ignores ``context`` (the
    key then works window-wide): the context is set here after construction, and ``activated``
    connected by hand.
    """
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


class Place(Enum):
    """Where a key works."""

    EVERYWHERE = "everywhere"
    LISTS = "lists"
    CONSOLE = "console"
    ROLL_CALL = "roll_call"
    ROOM = "room"
    SHARED_LIST = "shared_list"
    RECORDS = "records"
    GATE = "gate"
    DELIBERATION = "deliberation"
    SHARED_SCREEN = "shared_screen"
    LOCK_SCREEN = "lock_screen"


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One key (or a few that do the same) and what it does, in English (translated when
    shown, in the ``Shortcuts`` context)."""

    place: Place
    keys: tuple[str, ...]
    what: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        Place.EVERYWHERE,
        SECTION_KEYS,
        QT_TRANSLATE_NOOP("Shortcuts", "Show Meetings, Directory or People"),
    ),
    Shortcut(
        Place.EVERYWHERE, (PREPARE_MEETING,), QT_TRANSLATE_NOOP("Shortcuts", "Prepare a meeting")
    ),
    Shortcut(
        Place.EVERYWHERE,
        (PRESENTATION,),
        QT_TRANSLATE_NOOP("Shortcuts", "Show the shared screen (during a meeting)"),
    ),
    Shortcut(Place.EVERYWHERE, (LOCK,), QT_TRANSLATE_NOOP("Shortcuts", "Lock Empty Chair now")),
    Shortcut(
        Place.EVERYWHERE, (NEW_WORKSPACE,), QT_TRANSLATE_NOOP("Shortcuts", "Create a new workspace")
    ),
    Shortcut(
        Place.EVERYWHERE,
        (OPEN_WORKSPACE,),
        QT_TRANSLATE_NOOP("Shortcuts", "Open another workspace"),
    ),
    Shortcut(Place.EVERYWHERE, (SETTINGS,), QT_TRANSLATE_NOOP("Shortcuts", "Settings")),
    Shortcut(
        Place.EVERYWHERE,
        (SHORTCUTS_HELP,),
        QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts"),
    ),
    Shortcut(
        Place.EVERYWHERE,
        (QUIT,),
        QT_TRANSLATE_NOOP("Shortcuts", "Quit (a meeting in progress resumes next time)"),
    ),
    Shortcut(
        Place.LISTS, ("Return",), QT_TRANSLATE_NOOP("Shortcuts", "Open or edit the selected row")
    ),
    Shortcut(Place.LISTS, ("Ctrl+F",), QT_TRANSLATE_NOOP("Shortcuts", "Filter the directory")),
    Shortcut(
        Place.LISTS,
        ("Del",),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected prepared meeting"),
    ),
    Shortcut(
        Place.CONSOLE,
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Shortcuts", "Propose a disclosure (opens the gate)"),
    ),
    Shortcut(Place.CONSOLE, ("Ctrl+Right",), QT_TRANSLATE_NOOP("Shortcuts", "Next agenda item")),
    Shortcut(
        Place.CONSOLE,
        ("F12",),
        QT_TRANSLATE_NOOP("Shortcuts", "Blank the shared screen, or show it again"),
    ),
    Shortcut(
        Place.CONSOLE,
        ("F11",),
        QT_TRANSLATE_NOOP("Shortcuts", "Shared screen: full screen, or back to a window"),
    ),
    Shortcut(
        Place.CONSOLE,
        ("Ctrl+W",),
        QT_TRANSLATE_NOOP("Shortcuts", "Close the meeting (shows the summary first)"),
    ),
    Shortcut(
        Place.ROLL_CALL, ("P",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected person present")
    ),
    Shortcut(
        Place.ROLL_CALL, ("E",), QT_TRANSLATE_NOOP("Shortcuts", "Mark the selected person excused")
    ),
    Shortcut(
        Place.ROLL_CALL, ("Space",), QT_TRANSLATE_NOOP("Shortcuts", "Present or not, in turn")
    ),
    Shortcut(
        Place.ROLL_CALL,
        ("U",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "The selected person confirms the undertaking (when the meeting asks)"
        ),
    ),
    Shortcut(Place.ROOM, ("A",), QT_TRANSLATE_NOOP("Shortcuts", "The selected person arrives")),
    Shortcut(Place.ROOM, ("O",), QT_TRANSLATE_NOOP("Shortcuts", "The selected person steps out")),
    Shortcut(Place.ROOM, ("B",), QT_TRANSLATE_NOOP("Shortcuts", "The selected person comes back")),
    Shortcut(Place.ROOM, ("L",), QT_TRANSLATE_NOOP("Shortcuts", "The selected person leaves")),
    Shortcut(
        Place.ROOM,
        ("N",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Someone arrives: from the directory, or a new professional"
        ),
    ),
    Shortcut(
        Place.ROOM,
        ("Menu", "Shift+F10"),
        QT_TRANSLATE_NOOP("Shortcuts", "All moves for the selected person"),
    ),
    Shortcut(
        Place.SHARED_LIST,
        ("F2",),
        QT_TRANSLATE_NOOP("Shortcuts", "Correct the wording of the selected item"),
    ),
    Shortcut(
        Place.SHARED_LIST,
        ("Del",),
        QT_TRANSLATE_NOOP("Shortcuts", "Withdraw the selected item (it becomes not shared)"),
    ),
    Shortcut(
        Place.RECORDS,
        ("Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected decision or action"),
    ),
    Shortcut(
        Place.RECORDS,
        ("Del",),
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected decision or action"),
    ),
    Shortcut(
        Place.GATE,
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Share (when every condition is met)"),
    ),
    Shortcut(
        Place.GATE, ("Esc",), QT_TRANSLATE_NOOP("Shortcuts", "Close the gate without deciding")
    ),
    Shortcut(
        Place.CONSOLE,
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Deliberate on a question (the team disagrees on what to do)"
        ),
    ),
    Shortcut(
        Place.DELIBERATION,
        ("Ctrl+PgDown",),
        QT_TRANSLATE_NOOP("Shortcuts", "Next step of the method"),
    ),
    Shortcut(
        Place.DELIBERATION,
        ("Ctrl+PgUp",),
        QT_TRANSLATE_NOOP("Shortcuts", "Previous step of the method"),
    ),
    Shortcut(
        Place.DELIBERATION,
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Shortcuts", "Take the note (or its selected part) as the conclusion"),
    ),
    Shortcut(
        Place.DELIBERATION,
        ("Ctrl+Return", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Conclude: link the conclusion to a decision"),
    ),
    Shortcut(
        Place.DELIBERATION,
        ("Esc",),
        QT_TRANSLATE_NOOP("Shortcuts", "End the deliberation without a conclusion"),
    ),
    Shortcut(
        Place.SHARED_SCREEN,
        ("F11",),
        QT_TRANSLATE_NOOP("Shortcuts", "Full screen, or back to a window"),
    ),
    Shortcut(
        Place.LOCK_SCREEN,
        ("Return",),
        QT_TRANSLATE_NOOP("Shortcuts", "Unlock with the passphrase typed"),
    ),
)


def what_it_does(shortcut: Shortcut) -> str:
    """What the key does, in the user's language."""
    return QCoreApplication.translate("Shortcuts", shortcut.what)


def place_name(place: Place) -> str:
    """Where a key works, in words."""
    names = {
        Place.EVERYWHERE: QCoreApplication.translate("Shortcuts", "Main window"),
        Place.LISTS: QCoreApplication.translate("Shortcuts", "Lists (Meetings, Directory, People)"),
        Place.CONSOLE: QCoreApplication.translate("Shortcuts", "Meeting console"),
        Place.ROLL_CALL: QCoreApplication.translate("Shortcuts", "Roll call (list of invitees)"),
        Place.ROOM: QCoreApplication.translate("Shortcuts", "In the room (list of attendees)"),
        Place.SHARED_LIST: QCoreApplication.translate(
            "Shortcuts", "Shared so far (list, until the meeting closes)"
        ),
        Place.RECORDS: QCoreApplication.translate(
            "Shortcuts", "Decisions and actions (list, until the meeting closes)"
        ),
        Place.GATE: QCoreApplication.translate("Shortcuts", "Disclosure gate"),
        Place.DELIBERATION: QCoreApplication.translate("Shortcuts", "Deliberation"),
        Place.SHARED_SCREEN: QCoreApplication.translate("Shortcuts", "Shared screen window"),
        Place.LOCK_SCREEN: QCoreApplication.translate("Shortcuts", "Lock screen"),
    }
    return names[place]


def key_text(keys: tuple[str, ...]) -> str:
    """The keys as this system writes them (``Ctrl+→`` …), joined by "or"."""
    shown = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) or k for k in keys]
    return QCoreApplication.translate("Shortcuts", " or ").join(shown)


def listed_keys() -> set[str]:
    """Every key sequence of the list, in Qt's portable text (for the completeness test)."""
    return {QKeySequence(k).toString() for s in SHORTCUTS for k in s.keys}


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: the whole list, grouped by where the keys work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts — Empty Chair"))
        intro = QLabel(
            self.tr(
                "Everything can be done from the keyboard. Letters underlined in menus and "
                "buttons work with Alt."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Keys"),
                self.tr("What they do"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        place: Place | None = None
        for shortcut in SHORTCUTS:
            if shortcut.place is not place:
                place = shortcut.place
                self._add_heading(place_name(place))
            self._add_row(key_text(shortcut.keys), what_it_does(shortcut))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def _add_heading(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)

    def _add_row(self, keys: str, what: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(keys))
        self.table.setItem(row, 1, QTableWidgetItem(what))

    def rows(self) -> list[tuple[str, str]]:
        """The table as shown: (keys, what) per row; a heading has an empty second cell."""
        rows = []
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            second = self.table.item(row, 1)
            rows.append((first.text() if first else "", second.text() if second else ""))
        return rows
