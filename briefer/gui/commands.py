"""Undo commands: every change a user makes is one named step on the undo stack.

The change itself is done by `briefer.core.review` (Qt-free), which returns
the rows it touched before and after; the command only replays that record.
The command is pushed after the change happened, so its first `redo` (run by
`QUndoStack.push`) does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from briefer.core.review import RowChange
from briefer.core.store import Project


class ChangeCommand(QUndoCommand):
    """One recorded project change, named for the Edit menu ("Merge Actors")."""

    def __init__(self, project: Project, text: str, change: RowChange,
                 on_change: Callable[[], None]):
        super().__init__(text)
        self.project = project
        self.change = change
        self.on_change = on_change
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self.change.redo(self.project)
        self._done = True
        self.on_change()

    def undo(self) -> None:
        self.change.undo(self.project)
        self._done = False
        self.on_change()
