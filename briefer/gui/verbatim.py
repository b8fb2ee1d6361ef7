"""Article- and user-derived text shown as text, never rendered as markup.

Tooltips, message boxes, input dialogs' labels and `QLabel`s in their default
`AutoText` format guess whether a string is HTML (`Qt.mightBeRichText`) and,
when it looks like it, render it: a title such as `<img src="file:///etc/passwd">`
would load a local file into the window. Every such place gets its text
through `verbatim`, which leaves what Qt shows as plain text untouched and
turns the rest into escaped markup that displays the original characters.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import Qt


def verbatim(text: str) -> str:
    """`text` for a place that auto-detects rich text, displayed exactly as written."""
    if not Qt.mightBeRichText(text):
        return text
    lines = escape(text, quote=False).split("\n")
    return '<p style="white-space:pre-wrap">' + "<br>".join(lines) + "</p>"


def menu_text(text: str) -> str:
    """`text` as a menu entry: an ampersand is a character, not a keyboard mnemonic."""
    return text.replace("&", "&&")
