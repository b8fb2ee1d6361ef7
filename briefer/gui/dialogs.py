"""Small dialogs of the main window: an article's details, pasting an article."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)


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
