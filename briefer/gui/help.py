"""Help: the keyboard shortcuts, read from the window's own actions, and a short guide.

The shortcuts list is built each time from the actions the window holds
(menus first, then the panels' and the brief's own actions), so it never
drifts from what the keys do. `shortcut_clashes` finds a key bound to two
actions that can fire at the same time, which Qt would silently ignore as
ambiguous; a test walks every action with it. The guide is a Markdown file
in `resources/help/`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefer.core.paths import resources_dir

GUIDE_FILE = "guide.md"
HELP_NAME = "helpName"  # an action property: its name in the list of keys


@dataclass(frozen=True)
class Shortcut:
    where: str  # the menu or the part of the window the action belongs to
    action: str  # its name as the user reads it (no mnemonic ampersand)
    keys: str  # its key sequences, in the platform's notation
    action_object: QAction


def plain(text: str) -> str:
    """A menu text as read: the mnemonic "&" gone, "&&" a single "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText)
                     for s in action.shortcuts() if not s.isEmpty())


def _menu_paths(menu: QMenu, prefix: str) -> dict[int, str]:
    paths: dict[int, str] = {}
    for action in menu.actions():
        if action.menu() is not None:
            paths.update(_menu_paths(action.menu(), f"{prefix} › {plain(action.text())}"))
        elif not action.isSeparator():
            paths.setdefault(id(action), prefix)
    return paths


def _place(action: QAction) -> str:
    """Where an action that is in no menu lives: its tool bar's or group box's title."""
    parent = action.parent()
    while isinstance(parent, QWidget):
        if isinstance(parent, QToolBar) and parent.windowTitle():
            return parent.windowTitle()
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        parent = parent.parentWidget()
    return "Other"


def shortcuts(window) -> list[Shortcut]:
    """Every action of the window with a key, menus in their order first."""
    paths: dict[int, str] = {}
    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            for key, where in _menu_paths(menu_action.menu(), plain(menu_action.text())).items():
                paths.setdefault(key, where)  # an action in two menus: the first one
    seen: set[int] = set()
    rows: list[Shortcut] = []
    menu_order = list(paths)
    actions = sorted(window.findChildren(QAction),
                     key=lambda a: menu_order.index(id(a)) if id(a) in paths else len(paths))
    for action in actions:
        keys = _keys(action)
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        where = paths.get(id(action)) or _place(action)
        # An action whose text changes (Undo names the change) gives its lasting name.
        name = action.property(HELP_NAME) or plain(action.text()).rstrip("…").strip()
        rows.append(Shortcut(where, name, keys, action))
    return rows


def _scope(action: QAction) -> list[QWidget] | None:
    """The widgets an action's keys work in (None: the whole window)."""
    if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut,
                                    Qt.ShortcutContext.ApplicationShortcut):
        return None
    return [w for w in action.associatedObjects() if isinstance(w, QWidget)]


def _overlap(first: QAction, second: QAction) -> bool:
    """True when both actions can be asked to fire by the same key press."""
    a, b = _scope(first), _scope(second)
    if a is None or b is None:
        return True
    return any(left is right or left.isAncestorOf(right) or right.isAncestorOf(left)
               for left in a for right in b)


def shortcut_clashes(window) -> list[str]:
    """Each key sequence two different actions answer in one place, described."""
    holders: dict[str, list[QAction]] = {}
    for action in {id(a): a for a in window.findChildren(QAction)}.values():
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                holders.setdefault(sequence.toString(), []).append(action)
    clashes = []
    for keys, actions in sorted(holders.items()):
        for i, first in enumerate(actions):
            for second in actions[i + 1:]:
                if _overlap(first, second):
                    clashes.append(f"{keys}: {plain(first.text())} and {plain(second.text())}")
    return clashes


class ShortcutsDialog(QDialog):
    """Help › Keyboard Shortcuts: a table of every key the window answers."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle("Keyboard Shortcuts")
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels(["Where", "Action", "Keys"])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, entry in enumerate(rows):
            for column, text in enumerate((entry.where, entry.action, entry.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 640)


class GuideDialog(QDialog):
    """Help › Guide: the short guide to a first brief, shown in the app."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle("Briefer Guide")
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenExternalLinks(False)
        self.text.setMarkdown((resources_dir() / "help" / GUIDE_FILE).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 680)
