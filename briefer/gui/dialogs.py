"""Small dialogs of the main window: an article's details, pasting an article, and the
second look a save dialog's answer needs once its suffix is added."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
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
    """Edit the metadata the citations use (title, outlet, author, date, URL) of one
    article or of several at once (set the outlet of five).

    For several articles a field shows their common value, or is empty when they
    differ; only the fields the user edits are written (`changed_values`), so the
    others keep each article's own. Title and URL belong to one article alone:
    they are shown for one.
    """

    FIELDS = (("title", "Title"), ("outlet", "Outlet"), ("author", "Author"),
              ("published", "Date (YYYY-MM-DD)"), ("url", "URL"))
    SINGLE_ONLY = ("title", "url")

    def __init__(self, articles, parent=None):
        super().__init__(parent)
        articles = list(articles)
        several = len(articles) > 1
        self.setWindowTitle(f"Details of {len(articles)} Articles" if several
                            else "Article Details")
        self.setObjectName("articleDetails")
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        if several:
            names = "\n".join(f"• {_short_title(a)}" for a in articles[:6])
            more = f"\n…and {len(articles) - 6} more" if len(articles) > 6 else ""
            note = QLabel(f"Editing {len(articles)} articles:\n{names}{more}\n\nA field "
                          "you change is set on every one; fields you leave keep each "
                          "article's own value.")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(note)
        self.edits: dict[str, QLineEdit] = {}
        self._edited: set[str] = set()  # typed in by the user (even back to the start)
        self._shown: dict[str, str] = {}
        for name, label in self.FIELDS:
            if several and name in self.SINGLE_ONLY:
                continue
            values = {getattr(a, name) for a in articles}
            edit = QLineEdit(values.pop() if len(values) == 1 else "")
            if values:
                edit.setPlaceholderText("Several values: type one to set it on all")
            edit.textEdited.connect(lambda _text, n=name: self._edited.add(n))
            self._shown[name] = edit.text()
            self.edits[name] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def changed_values(self) -> dict[str, str]:
        """The fields the user edited, with their new values."""
        return {name: value for name, value in self.values().items()
                if name in self._edited or value != self._shown[name].strip()}


def _short_title(article, limit: int = 70) -> str:
    title = " ".join(article.title.split())
    if not title:
        return f"Article {article.id}"
    return f"“{title}”" if len(title) <= limit else f"“{title[:limit - 1].rstrip()}…”"


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
