"""Find in the article: a bar above the reader's text (Ctrl+F), F3 and Shift+F3 to step.

Every hit is highlighted in the text and the current one is set apart and
scrolled to; the count says where the user is ("3 of 12"). The bar only
asks the view to show hits: the offsets come from `briefer.core.text_find`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from briefer.core.text_find import find_spans

MAX_HITS = 2000  # highlighted at most: each hit is a selection the view paints


class FindBar(QWidget):
    """The find field, its count, previous/next and close; drives an `ArticleView`."""

    closed = Signal()

    def __init__(self, view, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find in this article")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.step_forward)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("8888 of 2000+") + 6)
        previous = QToolButton()
        previous.setText("▲")
        previous.setToolTip("Previous hit (Shift+F3)")
        previous.clicked.connect(self.step_back)
        following = QToolButton()
        following.setText("▼")
        following.setToolTip("Next hit (F3 or Enter)")
        following.clicked.connect(self.step_forward)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (previous, following, close):
            layout.addWidget(button)
        self.hide()

    def open(self) -> None:
        """Show the bar with the selected words (if any) and every hit highlighted."""
        span = self.view.selected_span()
        if span is not None and self.view.article is not None:
            words = self.view.article.text[span[0]:span[1]]
            if "\n" not in words and len(words) <= 100:
                self.field.setText(words)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.hits, self.current = [], -1
        self.view.set_find_hits([], -1)
        self.view.setFocus()
        self.closed.emit()

    def search(self, text: str = "") -> None:
        """Find the field's text again (after typing, or in a newly shown article)."""
        text = self.field.text()
        article = self.view.article
        self.hits = find_spans(article.text, text, MAX_HITS) if article is not None else []
        self.current = 0 if self.hits else -1
        self._show()

    def refresh(self) -> None:
        """The view shows another article: find the same words in it."""
        if self.isVisible():
            self.search()

    def step(self, delta: int) -> None:
        if not self.isVisible():
            self.open()
            return
        if not self.hits:
            return
        self.current = (self.current + delta) % len(self.hits)
        self._show()

    def step_forward(self) -> None:
        self.step(1)

    def step_back(self) -> None:
        self.step(-1)

    def _show(self) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not self.hits:
            self.count.setText("No hits")
        else:
            more = "+" if len(self.hits) == MAX_HITS else ""
            self.count.setText(f"{self.current + 1} of {len(self.hits)}{more}")
        self.view.set_find_hits(self.hits, self.current)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self.step_back()
                return True
        return super().eventFilter(watched, event)
