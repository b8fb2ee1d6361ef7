"""Undo commands for the brief: each user action is one step on the shared stack.

A change runs once, between two snapshots of the brief's tables; the command
then only swaps those snapshots. A change that fails is rolled back to the
first snapshot and never reaches the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from briefer.core import brief
from briefer.core.store import Project


class BriefCommand(QUndoCommand):
    """A recorded brief change, named for the Edit menu ("Move Section")."""

    def __init__(self, project: Project, text: str, before: dict, after: dict,
                 on_change: Callable[[], None]):
        super().__init__(text)
        self.project = project
        self.before = before
        self.after = after
        self.on_change = on_change
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        brief.restore(self.project, self.after)
        self._done = True
        self.on_change()

    def undo(self) -> None:
        brief.restore(self.project, self.before)
        self._done = False
        self.on_change()


def run_brief_change(stack: QUndoStack, project: Project, text: str,
                     change: Callable[[Project], object],
                     on_change: Callable[[], None]) -> object:
    """Apply `change` to the brief and push it as one undoable step; returns its result."""
    before = brief.snapshot(project)
    try:
        with project.transaction():
            result = change(project)
    except BaseException:
        brief.restore(project, before)
        raise
    after = brief.snapshot(project)
    if after != before:
        stack.push(BriefCommand(project, text, before, after, on_change))
    on_change()
    return result
