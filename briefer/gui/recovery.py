"""The start-up offer of recovery copies: every copy a crashed session left, one list.

The copies themselves are the store's (`briefer.core.store.recovery`): it
offers only copies of sessions that no longer run, so a second window never
sees, restores or deletes the first window's live copy. This dialog lists
them with the project's name, its file and when the copy was written; the
user restores one (the window holds one project), discards any, or keeps
the rest for the next start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefer.core.store.recovery import RecoveryCopy, discard_recovery_copy
from briefer.gui.verbatim import verbatim

COPY_ROLE = Qt.ItemDataRole.UserRole + 1


def written_label(copy: RecoveryCopy) -> str:
    """When a copy was written, as the list shows it (local time)."""
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(copy.written)) if copy.written else "?"


class RecoveryDialog(QDialog):
    """Restore one copy, discard any, or keep them for later; `chosen` is the one to restore."""

    def __init__(self, copies: list[RecoveryCopy], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Restore Unsaved Work")
        self.setObjectName("recoveryDialog")
        self.chosen: RecoveryCopy | None = None
        layout = QVBoxLayout(self)
        intro = QLabel("Briefer did not close normally. Unsaved work was kept for these "
                       "projects: restore one, or discard what you no longer need. Copies "
                       "you keep are offered again at the next start.")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("recoveryCopies")
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(["Project", "Written", "File"])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for copy in copies:
            where = str(copy.project_path) if copy.project_path else "never saved"
            row = QTreeWidgetItem([copy.name, written_label(copy), where])
            row.setToolTip(2, where)
            row.setData(0, COPY_ROLE, copy)
            self.list.addTopLevelItem(row)
        self.list.itemDoubleClicked.connect(lambda _row, _column: self.restore_selected())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.list, 1)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton("Restore")
        self.restore_button.setToolTip("Open the selected copy's work (unsaved, as you left it)")
        self.discard_button = QPushButton("Discard")
        self.discard_button.setToolTip("Delete the selected copies for good")
        self.later_button = QPushButton("Keep for Later")
        self.later_button.setToolTip("Close; the copies are offered again at the next start")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 140 + 24 * min(len(copies), 8))
        if copies:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._selection_changed()

    def copies(self) -> list[RecoveryCopy]:
        """The copies still listed (not discarded)."""
        return [self.list.topLevelItem(i).data(0, COPY_ROLE)
                for i in range(self.list.topLevelItemCount())]

    def _selected_rows(self) -> list[QTreeWidgetItem]:
        return self.list.selectedItems()

    def _selection_changed(self) -> None:
        count = len(self._selected_rows())
        self.restore_button.setEnabled(count == 1)
        self.discard_button.setEnabled(count > 0)

    def select(self, copy: RecoveryCopy) -> None:
        """Select the row of `copy` alone."""
        self.list.clearSelection()
        for i in range(self.list.topLevelItemCount()):
            row = self.list.topLevelItem(i)
            if row.data(0, COPY_ROLE) == copy:
                row.setSelected(True)
                self.list.setCurrentItem(row)

    def restore_selected(self) -> None:
        rows = self._selected_rows()
        if len(rows) == 1:
            self.chosen = rows[0].data(0, COPY_ROLE)
            self.accept()

    def discard_selected(self) -> None:
        """Delete the selected copies (after asking); the dialog closes when none is left."""
        rows = self._selected_rows()
        if not rows:
            return
        names = ", ".join(f"“{row.text(0)}” ({row.text(1)})" for row in rows[:4])
        more = f" and {len(rows) - 4} more" if len(rows) > 4 else ""
        answer = QMessageBox.question(
            self, "Discard Unsaved Work",
            verbatim(f"Discard the unsaved work of {names}{more}? This cannot be undone."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        for row in rows:
            discard_recovery_copy(row.data(0, COPY_ROLE))
            self.list.takeTopLevelItem(self.list.indexOfTopLevelItem(row))
        if not self.list.topLevelItemCount():
            self.reject()
