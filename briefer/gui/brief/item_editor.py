"""The builder's item editor: a paragraph in rich text (kept as Markdown), a quote as text.

It only edits; the builder stores what `text_for` returns as one undoable change.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QTextCharFormat, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QTextEdit, QToolBar, QVBoxLayout

from briefer.core.brief import BriefItem

PARAGRAPH_MARKDOWN = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                      | QTextDocument.MarkdownFeature.MarkdownNoHTML)
RICH_KINDS = ("text", "figure")


class ParagraphEditor(QTextEdit):
    """The paragraph editor: formatting comes from its own buttons; a paste is text.

    Pasted HTML (from a web page, say) could carry images that Qt would load
    from the disk; the brief keeps only Markdown text anyway.
    """

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.insertPlainText(source.text())


class ItemEditor(QGroupBox):
    """The box under the items: formatting buttons, the text, Apply and Cancel."""

    applyRequested = Signal()
    cancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__("Edit item", parent)
        column = QVBoxLayout(self)
        self.format_bar = QToolBar()
        self.bold_action = QAction("Bold", self)
        self.bold_action.setShortcut("Ctrl+B")
        self.bold_action.triggered.connect(self.toggle_bold)
        self.italic_action = QAction("Italic", self)
        self.italic_action.setShortcut("Ctrl+I")
        self.italic_action.triggered.connect(self.toggle_italic)
        self.bullets_action = QAction("Bullets", self)
        self.bullets_action.triggered.connect(self.toggle_bullets)
        for action in (self.bold_action, self.italic_action, self.bullets_action):
            self.format_bar.addAction(action)
        # The formatting keys work in the editor only (Ctrl+I is Import elsewhere).
        for action in (self.bold_action, self.italic_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        column.addWidget(self.format_bar)
        self.editor = ParagraphEditor()
        self.editor.setObjectName("briefItemEditor")
        self.editor.setAcceptRichText(True)
        column.addWidget(self.editor)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton("Apply")
        self.apply_button.clicked.connect(self.applyRequested.emit)
        cancel = QPushButton("Cancel")
        cancel.clicked.connect(self.cancelRequested.emit)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.apply_button)
        column.addLayout(buttons)

    def load(self, item: BriefItem) -> None:
        """Show an item's text: a paragraph formatted, a quote as plain text."""
        rich = item.kind in RICH_KINDS
        self.format_bar.setVisible(rich)
        if rich:
            # Raw HTML in a paragraph stays text: Qt's Markdown would treat it as markup
            # (and drop the rest of the paragraph, which Apply would then lose).
            self.editor.document().setMarkdown(item.text, PARAGRAPH_MARKDOWN)
            self.setTitle("Edit paragraph")
        else:
            self.editor.setPlainText(item.text)
            self.setTitle("Edit quote (checked against its source at export)")

    def markdown(self) -> str:
        return self.editor.toMarkdown().strip()

    def text_for(self, kind: str) -> str:
        """What to store for an item of `kind`: Markdown, or a quote's words on one line."""
        if kind in RICH_KINDS:
            return self.markdown()
        return " ".join(self.editor.toPlainText().split())

    def clear(self) -> None:
        self.editor.clear()

    def _merge_format(self, fmt: QTextCharFormat) -> None:
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.editor.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.textCursor().charFormat().fontWeight() > 500
        fmt.setFontWeight(400 if bold else 700)
        self._merge_format(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.textCursor().charFormat().fontItalic())
        self._merge_format(fmt)

    def toggle_bullets(self) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            for index in reversed(range(current.count())):
                block = current.item(index)
                if cursor.selectionStart() <= block.position() + block.length() and \
                        block.position() <= max(cursor.selectionEnd(), cursor.position()):
                    current.remove(block)
            block_format = cursor.blockFormat()
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
            return
        cursor.createList(QTextListFormat.Style.ListDisc)
