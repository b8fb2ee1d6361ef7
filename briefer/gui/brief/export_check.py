"""What the user sees before a brief is written: items review rejected or never saw, and
sources a reader could not find (no outlet or no date).

The problems are the core's (`brief_checks.export_problems`, the same the
command line warns about); this dialog lists them and asks. With rejected
items it offers to drop them (one undo step) before writing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core.brief_checks import ExportProblems
from briefer.core.store import Project
from briefer.gui.brief.drop_list import WrappedRows
from briefer.gui.brief.labels import item_label, shorten

ROW_CHARS = 240

# What the dialog's answer means.
DROP_REJECTED, EXPORT_AS_IS, CANCEL = "drop", "as-is", "cancel"


class ExportProblemsDialog(QDialog):
    """The problems grouped (rejected, unreviewed, sources), and the choice; see `choice`."""

    def __init__(self, project: Project, problems: ExportProblems,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Before Exporting the Brief")
        self.setObjectName("exportProblems")
        self.choice = CANCEL
        layout = QVBoxLayout(self)
        intro = QLabel(self._intro(problems))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)

        self.list = QListWidget()
        self.list.setObjectName("exportProblemList")
        self.list.setWordWrap(True)  # a quote item reads whole: its words, speaker, source
        self.list.setItemDelegate(WrappedRows(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        articles = {a.id: a for a in project.article_summaries()}
        self._groups: dict[str, list[str]] = {}
        for heading, rows in (
            ("Rejected by review (struck through in the builder)",
             [item_label(project, item, articles) for item in problems.rejected]),
            ("Not yet reviewed (marked “Unreviewed”)",
             [item_label(project, item, articles) for item in problems.unreviewed]),
            ("Sources lacking an outlet or date (Review › Article Details)",
             [f"{_article_name(article)}: no {' or '.join(missing)}"
              for article, missing in problems.sources_missing]),
        ):
            if not rows:
                continue
            title = f"{heading}: {len(rows)}"
            self._groups[title] = [shorten(" ".join(text.split()), ROW_CHARS) for text in rows]
            group = QListWidgetItem(title)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            self.list.addItem(group)
            for text in self._groups[title]:
                self.list.addItem(QListWidgetItem(f"    • {text}"))
        layout.addWidget(self.list, 1)

        buttons = QDialogButtonBox()
        self.drop_button = QPushButton("Drop Rejected Items and Export")
        self.drop_button.setToolTip("Remove the rejected items from the brief (undoable), "
                                    "then write the document")
        self.export_button = QPushButton("Export As Is" if problems.rejected else "Export")
        self.cancel_button = QPushButton("Cancel")
        if problems.rejected:
            buttons.addButton(self.drop_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.drop_button.setDefault(True)
        else:
            self.drop_button.hide()
            self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.drop_button.clicked.connect(lambda: self._choose(DROP_REJECTED))
        self.export_button.clicked.connect(lambda: self._choose(EXPORT_AS_IS))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        rows = sum(len(r) + 1 for r in self._groups.values())
        self.resize(780, min(620, 180 + 30 * rows))

    def groups(self) -> dict[str, list[str]]:
        """What the dialog lists: "heading: count" -> the rows under it."""
        return {heading: list(rows) for heading, rows in self._groups.items()}

    @staticmethod
    def _intro(problems: ExportProblems) -> str:
        parts = []
        if problems.rejected:
            parts.append(f"{len(problems.rejected)} item(s) quote what review rejected")
        if problems.unreviewed:
            parts.append(f"{len(problems.unreviewed)} item(s) rest on quotes nobody has "
                         "reviewed")
        if problems.sources_missing:
            parts.append(f"{len(problems.sources_missing)} cited source(s) lack an outlet or "
                         "date, so their notes will be incomplete")
        return "The brief is not ready to leave: " + "; ".join(parts) + "."

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _article_name(article) -> str:
    title = " ".join(article.title.split())
    return f"“{shorten(title, 70)}”" if title else (article.outlet or f"Article {article.id}")
