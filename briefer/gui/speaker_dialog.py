"""Choosing a quote's speaker: type any part of a name, one Enter takes the first match.

The list under the name field holds the actors as `briefer.core.speakers`
ranks them for the quote (those named near it first) and narrows as the user
types. A name that matches no actor asks before a new actor is made. For a
quote marked by hand the dialog also asks its kind (from the registry) and
its cue, with the proposals of the quote's sentence filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from briefer.core.records import Actor, Mention
from briefer.core.registry import QUOTE_KIND_LIST, actor_type
from briefer.core.speakers import rank_speakers
from briefer.gui.verbatim import verbatim

UNATTRIBUTED = -1  # the list row for "no speaker"
NEW_ACTOR = -2  # the list row that makes a new actor of the typed name


@dataclass(frozen=True)
class SpeakerChoice:
    """What the user chose: an actor (or None), or a new actor's name; kind and cue."""

    actor_id: int | None
    new_name: str = ""
    kind: str = ""
    cue: str | None = None


class SpeakerDialog(QDialog):
    """The speaker field with its ranked list; with `ask_kind`, the kind and cue too."""

    def __init__(self, parent, title: str, actors: list[Actor], mentions: list[Mention],
                 start: int, end: int, current_id: int | None = None,
                 proposed_id: int | None = None, ask_kind: bool = False,
                 kind: str = "direct", cue: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("speakerDialog")
        self._actors, self._mentions, self._span = actors, mentions, (start, end)
        self._first = proposed_id if proposed_id is not None else current_id
        self.choice: SpeakerChoice | None = None
        self.field = QLineEdit()
        self.field.setObjectName("speakerField")
        self.field.setPlaceholderText("Type any part of a name")
        self.field.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("speakerList")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.field.textChanged.connect(self._fill)
        self.hint = QLabel("Actors named near the quote come first. Enter takes the "
                           "highlighted one.")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow("Speaker:", self.field)
        layout.addLayout(form)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.kind_box: QComboBox | None = None
        self.cue_field: QLineEdit | None = None
        if ask_kind:
            self.kind_box = QComboBox()
            self.kind_box.setObjectName("kindBox")
            for entry in QUOTE_KIND_LIST:
                self.kind_box.addItem(f"{entry.label} — {entry.description}", entry.key)
            self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
            self.cue_field = QLineEdit(cue or "")
            self.cue_field.setObjectName("cueField")
            self.cue_field.setPlaceholderText("the reporting word, e.g. said, warned")
            details = QFormLayout()
            details.addRow("Kind:", self.kind_box)
            details.addRow("Cue:", self.cue_field)
            layout.addLayout(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill("")
        self.field.setFocus()
        self.resize(460, 420)

    # -- the list ---------------------------------------------------------

    def _fill(self, typed: str) -> None:
        ranked = rank_speakers(self._actors, self._mentions, *self._span, typed)
        if not typed.strip() and self._first is not None:
            first = [a for a in ranked if a.id == self._first]
            ranked = first + [a for a in ranked if a.id != self._first]
        self.list.clear()
        for actor in ranked:
            item = QListWidgetItem(f"{actor.name} ({actor_type(actor.type).label})")
            item.setData(Qt.ItemDataRole.UserRole, actor.id)
            self.list.addItem(item)
        if not typed.strip():
            item = QListWidgetItem("(unattributed)")
            item.setData(Qt.ItemDataRole.UserRole, UNATTRIBUTED)
            self.list.addItem(item)
        else:
            item = QListWidgetItem(f"New actor “{' '.join(typed.split())}”")
            item.setData(Qt.ItemDataRole.UserRole, NEW_ACTOR)
            self.list.addItem(item)
        # Enter takes the first actor; with none matching it asks (the new-actor row is
        # taken only when the user picks it).
        if ranked or not typed.strip():
            self.list.setCurrentRow(0)

    def candidates(self) -> list[str]:
        """The list as shown, top first (for tests and accessibility)."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def eventFilter(self, watched, event) -> bool:
        """Up and Down in the name field move through the list."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step is not None and self.list.count():
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # -- the answer -------------------------------------------------------

    def accept(self) -> None:
        kind = self.kind_box.currentData() if self.kind_box is not None else ""
        cue = (self.cue_field.text().strip() or None) if self.cue_field is not None else None
        item = self.list.currentItem()
        typed = " ".join(self.field.text().split())
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == NEW_ACTOR:
            self.choice = SpeakerChoice(None, typed, kind, cue)
        elif item is not None:
            actor_id = item.data(Qt.ItemDataRole.UserRole)
            self.choice = SpeakerChoice(None if actor_id == UNATTRIBUTED else actor_id,
                                        "", kind, cue)
        elif typed:
            answer = QMessageBox.question(
                self, "New Actor",
                verbatim(f"No actor is called “{typed}”. Make a new person “{typed}”?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.choice = SpeakerChoice(None, typed, kind, cue)
        else:
            return
        super().accept()
