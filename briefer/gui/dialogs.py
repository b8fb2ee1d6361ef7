"""Small dialogs of the main window: an article's details, pasting an article, and the
second look a save dialog's answer needs once its suffix is added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from briefer.gui.verbatim import verbatim


def with_suffix_confirmed(parent: QWidget | None, typed: str, suffix: str) -> Path | None:
    """The file a save dialog's answer means, with `suffix` added; None if the user keeps
    an existing file.

    The file dialog asks before replacing only the name as typed: "Budget" passes
    though "Budget.briefer" exists. So when adding the suffix lands on an existing
    file, ask here.
    """
    path = Path(typed)
    if path.suffix.lower() == suffix.lower():
        return path
    path = path.with_name(path.name + suffix)
    if path.exists():
        answer = QMessageBox.question(
            parent, "Replace File?",
            verbatim(f"“{path.name}” already exists in {path.parent}. Replace it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


class ArticleDetailsDialog(QDialog):
    """Edit the metadata the citations use: title, outlet, author, date, URL."""

    FIELDS = (("title", "Title"), ("outlet", "Outlet"), ("author", "Author"),
              ("published", "Date (YYYY-MM-DD)"), ("url", "URL"))

    def __init__(self, article, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Article Details")
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        for name, label in self.FIELDS:
            edit = QLineEdit(getattr(article, name))
            self.edits[name] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}


class PasteArticleDialog(QDialog):
    """Paste an article's text (and give it a title) when there is no file or URL."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Paste Article")
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.title = QLineEdit()
        self.title.setPlaceholderText("Title (optional)")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the article's text here")
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
