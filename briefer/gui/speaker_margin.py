"""The reader's margin: who said each highlighted quote, beside the text.

The speaker's name is drawn in a margin to the left of the article, level
with the line where the quote starts, never inside the text, so every
offset into the article stays as it is. Each label wears its quote's shade;
an accepted quote's label has a solid frame and a tick, a pending one a
dashed frame, a rejected one is grey and struck through: the review state
reads without colour. A bar beside the text spans the quote's lines. A click
on a label selects the quote.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from briefer.gui.palette import quote_colour, style
from briefer.gui.verbatim import verbatim

MARGIN_WIDTH = 124
NARROW_MARGIN_WIDTH = 92
BAR_WIDTH = 4
CHIP_GAP = 2
LOOK_BACK = 8  # labels before the first in sight that are still measured


@dataclass(frozen=True)
class SpeakerLabel:
    """One quote's label: what it says and the quote it belongs to."""

    quote_id: int
    start: int  # the quote's offsets, to place the label and the bar
    end: int
    speaker: str  # the speaker's name, or "" when nobody is attributed
    kind: str
    status: str

    @property
    def text(self) -> str:
        name = self.speaker or "(unattributed)"
        return f"✓ {name}" if self.status == "accepted" else name


class SpeakerMargin(QWidget):
    """The strip left of an `ArticleView`'s text; the view gives it the labels."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.labels: list[SpeakerLabel] = []
        self._starts: list[int] = []
        self._placed: list[tuple[QRect, SpeakerLabel]] = []
        font = QFont(view.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(MARGIN_WIDTH, 0)

    def set_labels(self, labels: list[SpeakerLabel]) -> None:
        self.labels = sorted(labels, key=lambda label: (label.start, label.end))
        self._starts = [label.start for label in self.labels]
        self.update()

    def _in_sight(self) -> list[SpeakerLabel]:
        """The labels from the first one that may show (a long article has hundreds
        above the view: none of them is measured)."""
        first = bisect_left(self._starts, self.view.first_index_in_sight())
        # Quotes that start above the view and reach into it, and labels stacked into it.
        first = max(first - LOOK_BACK, 0)
        return self.labels[first:]

    def placed(self) -> list[tuple[QRect, SpeakerLabel]]:
        """Each label's rectangle in this widget (those within sight), top to bottom.

        A label sits level with its quote's first line; labels that would
        overlap are stacked below one another.
        """
        metrics = QFontMetrics(self.font())
        height = metrics.height() + 4
        width = self.width() - BAR_WIDTH - 8
        placed: list[tuple[QRect, SpeakerLabel]] = []
        bottom = -10**9
        for label in self._in_sight():
            top = self.view.quote_line_top(label.start)
            top = max(top, bottom + CHIP_GAP)
            bottom = top + height
            if bottom < 0:
                continue
            if top > self.height():
                break
            placed.append((QRect(3, top, width, height), label))
        self._placed = placed
        return placed

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        metrics = QFontMetrics(self.font())
        for label in self._in_sight():
            top, bottom = self.view.quote_line_top(label.start), self.view.quote_line_bottom(
                label.end)
            if top > self.height():
                break  # labels are in text order: the rest are further down
            if bottom < 0:
                continue
            colour = (QColor(style("rejected_text")) if label.status == "rejected"
                      else QColor(quote_colour(label.kind, True)))
            painter.fillRect(QRect(self.width() - BAR_WIDTH - 1, top, BAR_WIDTH, bottom - top),
                             colour)
        selected = self.view.emphasised_quote_id()
        for rect, label in self.placed():
            rejected = label.status == "rejected"
            background = QColor("#ffffff") if rejected else QColor(
                quote_colour(label.kind, label.status == "accepted"))
            ink = QColor(style("rejected_text")) if rejected else QColor("#000000")
            if label.quote_id == selected:  # the quote selected in the panel, as in the text
                background, ink = (QColor(style("emphasis_background")),
                                   QColor(style("emphasis_text")))
            pen = QPen(QColor("#202020") if not rejected else QColor(style("rejected_text")))
            pen.setWidthF(1.8 if label.status == "accepted" else 1.0)
            if label.status == "pending":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(background)
            painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
            font = QFont(self.font())
            font.setStrikeOut(rejected)
            painter.setFont(font)
            painter.setPen(ink)
            text = _fitted(label, metrics, rect.width() - 8)
            painter.drawText(rect.adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()

    def label_at(self, pos) -> SpeakerLabel | None:
        return next((label for rect, label in self._placed if rect.contains(pos)), None)

    def mouseMoveEvent(self, event) -> None:
        label = self.label_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if label else Qt.CursorShape.ArrowCursor)
        self.setToolTip(verbatim(f"{label.speaker or '(unattributed)'} — {label.status}; "
                                 "click to select the quote") if label else "")

    def mousePressEvent(self, event) -> None:
        label = self.label_at(event.position().toPoint())
        if label is not None and event.button() == Qt.MouseButton.LeftButton:
            self.view.item_clicked.emit("quote", label.quote_id)


def _fitted(label: SpeakerLabel, metrics: QFontMetrics, width: int) -> str:
    """The label's text if it fits; else the name's last word ("✓ Comey") or "(nobody)" for an
    unattributed quote; else elided."""
    if metrics.horizontalAdvance(label.text) <= width:
        return label.text
    if not label.speaker and metrics.horizontalAdvance("(nobody)") <= width:
        return "(nobody)"
    words = label.speaker.split()
    if len(words) > 1:
        short = ("✓ " if label.status == "accepted" else "") + words[-1]
        if metrics.horizontalAdvance(short) <= width:
            return short
    return metrics.elidedText(label.text, Qt.TextElideMode.ElideRight, width)
