"""How brief items read in the builder's list: one line of text per item, marked by review.

A quote item whose quote review rejected is struck through and says so; one
drafted from a quote nobody has reviewed yet says "Unreviewed". The mark is
words at the start of the row (not colour alone), and the tooltip says what
the export will do about it.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidgetItem

from briefer.core.brief import BriefItem, enclose_in_quotes
from briefer.core.brief_checks import ITEM_REJECTED, ITEM_UNREVIEWED
from briefer.core.errors import BrieferError
from briefer.core.records import ArticleSummary
from briefer.core.store import Project
from briefer.core.voices import affiliation_types
from briefer.export.layout import actor_standing, role_phrase
from briefer.export.markdown import parse_markdown
from briefer.gui.palette import status_colour
from briefer.gui.verbatim import verbatim

SOURCE_LABEL_CHARS = 60


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,;:") + "…"


def plain_text(markdown: str) -> str:
    """A paragraph's Markdown as one line of text for lists and labels."""
    lines = []
    for paragraph in parse_markdown(markdown):
        text = "".join(r.text for r in paragraph.runs)
        lines.append(("• " if paragraph.kind != "body" else "") + text)
    return " ".join(lines)


def item_label(project: Project, item: BriefItem, articles: dict[int, ArticleSummary]) -> str:
    """How an item reads in the list: the quote with its speaker and source, a card...

    `articles`: the project's article summaries by id (a label never reads a text).
    """
    if item.kind == "quote":
        speakers = ", ".join(item.data.get("speakers", [])) or "unattributed"
        details = ""
        try:
            quote = project.quote(item.quote_id)
            if quote.speaker_id:
                actor = project.actor(quote.speaker_id)
                speakers = actor.name
                details = role_phrase(actor)
        except BrieferError:
            pass
        source = ""
        if item.article_id is not None:
            try:
                article = project.article(item.article_id)
                source = article.outlet or shorten(article.title, SOURCE_LABEL_CHARS)
            except BrieferError:
                source = "source removed"
        who = f"{speakers} ({details})" if details else speakers
        return f"{enclose_in_quotes(item.text)} — {who}" + (f" · {source}" if source else "")
    if item.kind == "actor":
        try:
            actor = project.actor(item.actor_id)
        except BrieferError:
            return f"Actor: {item.data.get('name', 'removed')}"
        standing = actor_standing(actor, affiliation_types(project.actors()))
        details = ", ".join(p for p in (role_phrase(actor), standing) if p)
        return f"Actor: {actor.name} — {details}"
    if item.kind == "figure":
        return f"Figure: {plain_text(item.text)}"
    return plain_text(item.text) or "(empty paragraph)"


# The item's status: (the word that marks it, the review status whose colour it takes, why).
REVIEW_MARKS = {
    ITEM_REJECTED: ("Rejected", "rejected",
                    "Review rejected this quote after it was placed here: export lists it "
                    "and offers to drop it."),
    ITEM_UNREVIEWED: ("Unreviewed", "pending",
                      "Drafted from a quote nobody has reviewed yet: accept or reject it in "
                      "the Quotes tab; export lists unreviewed items."),
}


def show_review_status(row: QListWidgetItem, label: str, status: str) -> None:
    """Give a list row its label, marked by what review says of the item (`item_statuses`)."""
    mark = REVIEW_MARKS.get(status)
    if mark is None:
        row.setText(label)
        row.setToolTip(verbatim(label))
        return
    word, review_status, explanation = mark
    row.setText(f"{word} · {label}")
    row.setToolTip(verbatim(f"{explanation}\n\n{label}"))
    row.setForeground(QBrush(QColor(status_colour(review_status))))
    font = QFont(row.font())
    font.setStrikeOut(status == ITEM_REJECTED)
    font.setItalic(status == ITEM_UNREVIEWED)
    row.setFont(font)
