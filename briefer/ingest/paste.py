"""Text the user pasted: it becomes the article as it is, made safe to store."""

from __future__ import annotations

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import clean_text, require_text, title_from_text, without_stray_markup

PASTE_LABEL = "Pasted text"


def from_text(text: str, title: str = "") -> Article:
    """An article from pasted text; its title is the first line unless one is given.

    Line endings become `\\n`, characters XML forbids and markup tags left in it
    are dropped: pasted text has no file whose offsets must be kept.
    """
    if not isinstance(text, str):
        raise ImportError_(f"{PASTE_LABEL}: not text")
    cleaned = require_text(without_stray_markup(clean_text(text)), PASTE_LABEL,
                           "there is no text to import")
    given = " ".join(clean_text(title or "").split())
    return Article(text=cleaned, title=given or title_from_text(cleaned))
