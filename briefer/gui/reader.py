"""The reader: an article's text with its actors and quotes highlighted.

The text is shown as plain text (an article is never rendered as HTML) and
the highlights are extra selections over it, in layers: quotes and mentions,
the search filter's words, find-in-article hits, then the item selected.
Who said each quote is written in a margin beside the text
(`speaker_margin`), so the text and its offsets stay the article's own.
Offsets from the store are Python string indices; Qt counts UTF-16 units, so
every offset goes through `_TextMap` on its way in and out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QStackedWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from briefer.core.records import Actor, Article, Mention, Quote
from briefer.core.registry import ACTOR_TYPE_LIST, QUOTE_KIND_LIST, QUOTE_KINDS
from briefer.core.text_find import search_term_spans
from briefer.gui.find_bar import FindBar
from briefer.gui.first_steps import FirstSteps
from briefer.gui.palette import actor_colour, quote_colour, style
from briefer.gui.speaker_margin import (
    MARGIN_WIDTH,
    NARROW_MARGIN_WIDTH,
    SpeakerLabel,
    SpeakerMargin,
)
from briefer.gui.verbatim import verbatim

# Characters a plain-text view would turn into line breaks or drop; replaced
# one for one by a space so offsets stay valid.
_UNSHOWN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")
WIDE_READER = 640  # pixels: narrower, the speakers' margin narrows too


@dataclass(frozen=True)
class Highlight:
    """One highlighted stretch: a mention of an actor or a quote."""

    kind: str  # "mention" or "quote"
    id: int
    start: int
    end: int
    description: str  # plain text: who speaks or who this is

    @property
    def tooltip(self) -> str:
        """The description for a tooltip, shown as written (names may contain markup)."""
        return verbatim(self.description)


class _TextMap:
    """Python str index <-> Qt document position (UTF-16 units)."""

    def __init__(self, text: str):
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # Where each of those characters starts in Qt's positions: each earlier one
        # took two units.
        self._wide_qt = [index + count for count, index in enumerate(self._wide)]

    def to_qt(self, index: int) -> int:
        return index + bisect_right(self._wide, index - 1)

    def to_py(self, position: int) -> int:
        return position - bisect_left(self._wide_qt, position)


class ArticleView(QTextEdit):
    """Read-only article text with highlights, tooltips and a review context menu."""

    item_clicked = Signal(str, int)  # "mention"/"quote", id
    mark_quote_requested = Signal(int, int)  # start, end (Python offsets)
    mark_actor_requested = Signal(int, int)
    add_to_brief_requested = Signal(int, int)
    split_mention_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.document().setDocumentMargin(14)
        self.viewport().setMouseTracking(True)
        self.article: Article | None = None
        self.highlights: list[Highlight] = []
        self._map = _TextMap("")
        self._base: list[QTextEdit.ExtraSelection] = []
        self._emphasised: tuple[str, int] | None = None
        self._press_position: int | None = None
        self._search_query = ""
        self.term_spans: list[tuple[int, int]] = []
        self.find_hits: list[tuple[int, int]] = []
        self.current_hit = -1
        self.margin = SpeakerMargin(self)
        self.setViewportMargins(MARGIN_WIDTH, 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self.margin.update)
        self.document().documentLayout().documentSizeChanged.connect(self.margin.update)

    # -- content --------------------------------------------------------

    def set_article(self, article: Article | None, mentions: list[Mention] = (),
                    quotes: list[Quote] = (), actors: dict[int, Actor] | None = None,
                    show_rejected: bool = True) -> None:
        """Show an article with its highlights; keeps the scroll position on refresh."""
        same = (article is not None and self.article is not None
                and article.id == self.article.id and article.text == self.article.text)
        scroll = self.verticalScrollBar().value()
        self.article = article
        if not same:
            text = _UNSHOWN.sub(" ", article.text) if article else ""
            self._map = _TextMap(text)
            self.setPlainText(text)
            self._space_paragraphs()
            self._emphasised = None
        actors = actors or {}
        self.highlights = []
        self._base = []
        labels = []
        for quote in quotes:
            if quote.status == "rejected" and not show_rejected:
                continue
            speaker = actors.get(quote.speaker_id)
            labels.append(SpeakerLabel(quote.id, quote.start, quote.end,
                                       speaker.name if speaker else "", quote.kind,
                                       quote.status))
            self.highlights.append(Highlight("quote", quote.id, quote.start, quote.end,
                                             _quote_tooltip(quote, speaker)))
            self._base.append(self._selection(quote.start, quote.end,
                                              _quote_format(quote, speaker)))
        for mention in mentions:
            actor = actors.get(mention.actor_id)
            if actor is None:
                continue
            self.highlights.append(Highlight("mention", mention.id, mention.start, mention.end,
                                             _actor_tooltip(actor)))
            self._base.append(self._selection(mention.start, mention.end,
                                              _mention_format(actor)))
        self.margin.set_labels(labels)
        self.term_spans = (search_term_spans(article.text, self._search_query)
                           if article is not None else [])
        if not same:
            self.find_hits, self.current_hit = [], -1
        self._show_selections()
        if same:
            self.verticalScrollBar().setValue(scroll)

    # -- the speaker margin ----------------------------------------------

    def show_speakers(self, on: bool) -> None:
        """Show or hide the speakers' names beside the text."""
        self.margin.setVisible(on)
        self._place_margin()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_margin()

    def _place_margin(self) -> None:
        """A narrower margin in a narrow reader, so the text keeps most of the width."""
        width = MARGIN_WIDTH if self.width() >= WIDE_READER else NARROW_MARGIN_WIDTH
        self.setViewportMargins(0 if self.margin.isHidden() else width, 0, 0, 0)
        rect = self.contentsRect()
        self.margin.setGeometry(QRect(rect.left(), rect.top(), width, rect.height()))

    def emphasised_quote_id(self) -> int | None:
        """The quote set apart (selected in the review panel), if one is."""
        if self._emphasised is not None and self._emphasised[0] == "quote":
            return self._emphasised[1]
        return None

    def first_index_in_sight(self) -> int:
        """The character at the top left of the view (Python offset)."""
        return self._map.to_py(self.cursorForPosition(self.viewport().rect().topLeft())
                               .position())

    def quote_line_top(self, index: int) -> int:
        """The top of the line holding character `index`, in the viewport's coordinates."""
        return self._line_extent(index)[0]

    def quote_line_bottom(self, index: int) -> int:
        """The bottom of the line holding the character before `index` (a quote's end)."""
        return self._line_extent(max(index - 1, 0))[1]

    def _line_extent(self, index: int) -> tuple[int, int]:
        """Top and bottom of a character's line, read from the layout (the margin asks
        on every paint: no cursor is made or moved)."""
        document = self.document()
        position = max(0, min(self._map.to_qt(index), document.characterCount() - 1))
        block = document.findBlock(position)
        box = document.documentLayout().blockBoundingRect(block)
        scroll = self.verticalScrollBar().value()
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout else None
        if line is None or not line.isValid():  # not laid out yet
            return int(box.top()) - scroll, int(box.bottom()) - scroll
        top = box.top() + line.y() - scroll
        return int(top), int(top + line.height())

    # -- search words and find hits ---------------------------------------

    def set_search_terms(self, query: str) -> None:
        """Highlight the words the article filter's query matched in this text."""
        self._search_query = query
        self.term_spans = (search_term_spans(self.article.text, query)
                           if self.article is not None else [])
        self._show_selections()

    def set_find_hits(self, hits: list[tuple[int, int]], current: int) -> None:
        """Highlight every find hit, the current one set apart and scrolled into sight."""
        self.find_hits, self.current_hit = list(hits), current
        self._show_selections()
        if 0 <= current < len(hits):  # the cursor goes there; a selection would hide the mark
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(hits[current][0]))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def _space_paragraphs(self) -> None:
        """Leave room between paragraphs (a block format: character positions do not move)."""
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(self.fontMetrics().height() * 0.6)
        fmt.setLineHeight(115, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(fmt)

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _show_selections(self) -> None:
        """The layers, later ones on top: highlights, search words, the item selected, find
        hits. (An extra selection cannot change the font: every mark is a colour or a line.)"""
        selections = list(self._base)
        term = QTextCharFormat()
        term.setBackground(QColor(style("search_term_background")))
        term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        term.setUnderlineColor(QColor(style("search_term_underline")))
        selections.extend(self._selection(start, end, term) for start, end in self.term_spans)
        item = self.highlight(*self._emphasised) if self._emphasised else None
        if item is not None:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(style("emphasis_background")))
            fmt.setForeground(QColor(style("emphasis_text")))
            selections.append(self._selection(item.start, item.end, fmt))
        hit = QTextCharFormat()
        hit.setBackground(QColor(style("find_hit_background")))
        hit.setForeground(QColor("#ffffff"))
        current = QTextCharFormat(hit)
        current.setBackground(QColor(style("find_current_background")))
        selections.extend(self._selection(start, end, current if i == self.current_hit else hit)
                          for i, (start, end) in enumerate(self.find_hits))
        self.setExtraSelections(selections)
        self.margin.update()

    # -- lookup ---------------------------------------------------------

    def highlight(self, kind: str, item_id: int) -> Highlight | None:
        return next((h for h in self.highlights if h.kind == kind and h.id == item_id), None)

    def items_at(self, index: int) -> list[Highlight]:
        """Highlights covering a character, innermost (shortest) first."""
        found = [h for h in self.highlights if h.start <= index < h.end]
        return sorted(found, key=lambda h: h.end - h.start)

    def _index_at(self, pos) -> int:
        return self._map.to_py(self.cursorForPosition(pos).position())

    def selected_span(self) -> tuple[int, int] | None:
        """The selected stretch in Python offsets, trimmed of surrounding spaces."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.article is None:
            return None
        start = self._map.to_py(cursor.selectionStart())
        end = self._map.to_py(cursor.selectionEnd())
        text = self.article.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    # -- emphasis -------------------------------------------------------

    def emphasise(self, kind: str, item_id: int) -> bool:
        """Scroll to an item and set it apart; False when it is not shown."""
        item = self.highlight(kind, item_id)
        self._emphasised = (kind, item_id) if item else None
        self._show_selections()
        if item is None:
            return False
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(item.start))
        self.setTextCursor(cursor)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - self.viewport().height() // 2)
        return True

    # -- events ---------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            viewport_pos = self.viewport().mapFromGlobal(event.globalPos())
            items = self.items_at(self._index_at(viewport_pos))
            if items:
                QToolTip.showText(event.globalPos(),
                                  verbatim("\n\n".join(h.description for h in items)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)

    def mousePressEvent(self, event) -> None:
        self._press_position = self._index_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        index = self._index_at(event.position().toPoint())
        if index == self._press_position:
            items = self.items_at(index)
            if items:
                self.item_clicked.emit(items[0].kind, items[0].id)

    def contextMenuEvent(self, event) -> None:
        menu = self.build_context_menu(self._index_at(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def build_context_menu(self, index: int) -> QMenu:
        """The menu for a right click at `index`: mark the selection, split a mention."""
        menu = self.createStandardContextMenu()
        span = self.selected_span()
        menu.addSeparator()
        for label, signal in (("Mark as Quote by…", self.mark_quote_requested),
                              ("Mark as Actor…", self.mark_actor_requested),
                              ("Add to Brief", self.add_to_brief_requested)):
            action = QAction(label, menu)
            action.setEnabled(span is not None)
            if span is not None:
                action.triggered.connect(lambda _=False, s=signal, sp=span: s.emit(*sp))
            menu.addAction(action)
        mention = next((h for h in self.items_at(index) if h.kind == "mention"), None)
        if mention is not None:
            action = QAction("Split Mention Off into New Actor…", menu)
            action.triggered.connect(
                lambda _=False, m=mention.id: self.split_mention_requested.emit(m))
            menu.addAction(action)
        return menu


def _mention_format(actor: Actor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(actor_colour(actor.type)))
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def _quote_format(quote: Quote, speaker: Actor | None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if quote.status == "rejected":
        fmt.setForeground(QColor(style("rejected_text")))
        fmt.setFontStrikeOut(True)
        return fmt
    accepted = quote.status == "accepted"
    fmt.setBackground(QColor(quote_colour(quote.kind, accepted)))
    if accepted:  # a cue besides the colour: accepted quotes are underlined
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor("#000000"))
    if speaker is not None and speaker.is_expert:
        fmt.setFontOverline(True)
    return fmt


def _actor_tooltip(actor: Actor) -> str:
    lines = [f"{actor.name} — {actor.type}" + (", expert" if actor.is_expert else "")]
    if actor.roles:
        lines.append("; ".join(actor.roles))
    if actor.affiliation:
        lines.append(actor.affiliation)
    return "\n".join(lines)


def _quote_tooltip(quote: Quote, speaker: Actor | None) -> str:
    if speaker is None:
        who = "Speaker: (unattributed)"
    else:
        who = f"Speaker: {speaker.name}"
        if speaker.roles:
            who += f", {'; '.join(speaker.roles)}"
        if speaker.affiliation:
            who += f", {speaker.affiliation}"
        who += " (expert)" if speaker.is_expert else " (official/other)"
    kind = QUOTE_KINDS.get(quote.kind)
    label = kind.label if kind is not None else f"{quote.kind.capitalize()} quote"
    return f"{label} — {quote.status}\n{who}"


def legend_html() -> str:
    """The colour legend (our own markup: no article text ever goes in here)."""

    def swatch(text: str, css: str) -> str:
        words = "&nbsp;".join(escape(word) for word in text.split())
        return f'<span style="{css}">&nbsp;{words}&nbsp;</span>'

    actors = " ".join(
        swatch(entry.label, f"color:{entry.colour};font-weight:bold")
        for entry in ACTOR_TYPE_LIST
    )
    kinds = " ".join(
        swatch(entry.label, f"background:{entry.highlight_pending}")
        for entry in QUOTE_KIND_LIST
    )
    states = " ".join([
        swatch("✓ Accepted: deeper, underlined",
               f"background:{QUOTE_KIND_LIST[0].highlight_accepted};"
               "text-decoration:underline"),
        swatch("Expert: line above", "text-decoration:overline"),
        swatch("Rejected", f"color:{style('rejected_text')};text-decoration:line-through"),
        swatch("Search words", f"background:{style('search_term_background')};"
                               "text-decoration:underline"),
    ])
    return (f"<b>Actors</b> {actors} &nbsp;&nbsp; <b>Quotes</b> {kinds}"
            f" &nbsp;&nbsp; {states}")


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to fit, full text in the tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumWidth(50)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(verbatim(text))
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight,
                                        max(self.width() - 2, 20)))


class Reader(QWidget):
    """The article view with its title line, find bar and colour legend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = ElidedLabel()
        self.title.setObjectName("readerTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.meta = ElidedLabel()
        self.meta.setObjectName("readerMeta")
        self.legend = QLabel(legend_html())
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setToolTip(
            "Actors are coloured by type; quotes are shaded by kind, deeper and underlined "
            "once accepted, with the speaker's name in the margin (✓ accepted, dashed frame "
            "pending); experts' quotes have a line above; rejected quotes are struck through; "
            "the article filter's search words are grey with a dotted underline."
        )
        self.view = ArticleView()
        self.find_bar = FindBar(self.view)
        self.first_steps = FirstSteps()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.first_steps)
        self._has_project = False
        self._article_count = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        header = QVBoxLayout()
        header.setContentsMargins(8, 6, 8, 0)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.meta)
        layout.addLayout(header)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.pages, 1)
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(8, 0, 8, 6)
        legend_row.addWidget(self.legend, 1)
        layout.addLayout(legend_row)
        self.pages.setCurrentWidget(self.first_steps)
        self.first_steps.show_state(False, 0)

    def set_project_state(self, has_project: bool, article_count: int) -> None:
        """What the empty reader suggests: open a project, or import the first articles."""
        self._has_project, self._article_count = has_project, article_count
        self.first_steps.show_state(has_project, article_count)

    def set_article(self, article: Article | None, **highlights) -> None:
        if article is None:
            self.title.set_full_text("No article selected" if self._article_count
                                     else "No articles")
            self.meta.set_full_text("")
            self.pages.setCurrentWidget(self.first_steps)
        else:
            meta = " · ".join(v for v in (article.outlet, article.author, article.published,
                                          article.url) if v)
            self.title.set_full_text(article.title or "(untitled)")
            self.meta.set_full_text(meta or "No outlet or date yet: Review > Article Details…")
            self.pages.setCurrentWidget(self.view)
        shown = self.view.article.id if self.view.article is not None else None
        self.view.set_article(article, **highlights)
        if article is None or article.id != shown:
            self.find_bar.refresh()  # the same words, found in the article now shown
