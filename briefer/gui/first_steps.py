"""The reader's page when there is no article to show: what to do first.

A new user meets an empty window; this page says where articles come from
(drop files or web addresses on the window, or the import actions, shown as
buttons) and, with no project open, how to start one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstSteps(QWidget):
    """What the reader shows with no article: where to drop or import articles."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.message = QLabel()
        self.message.setObjectName("firstStepsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(2)
        layout.addWidget(self.message)
        layout.addSpacing(12)
        layout.addLayout(self.buttons)
        layout.addStretch(3)
        self._groups: dict[str, list[QPushButton]] = {}

    def set_actions(self, group: str, actions: list[QAction]) -> None:
        """Buttons for `actions` (their menu text without the mnemonic), shown for `group`."""
        made = []
        for action in actions:
            button = QPushButton(action.text().replace("&", ""))
            button.setToolTip(action.toolTip())
            button.clicked.connect(lambda _=False, a=action: a.trigger())
            self.buttons.addWidget(button)
            made.append(button)
        self._groups[group] = made
        self.buttons.addStretch(1)

    def show_state(self, has_project: bool, article_count: int) -> None:
        if not has_project:
            group = "no project"
            text = ("No project is open.\nStart a new project or open one; you can also "
                    "drop a .briefer file here.")
        elif article_count == 0:
            group = "empty project"
            text = ("This project has no articles yet.\nDrop article files (text, Markdown, "
                    "HTML, PDF, Word) or web addresses anywhere on this window, or:")
        else:
            group = ""
            text = "Select an article in the list on the left to read it here."
        self.message.setText(text)
        for name, buttons in self._groups.items():
            for button in buttons:
                button.setVisible(name == group)
