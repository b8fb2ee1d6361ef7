"""A small painted timeline: one mark per quote at its article's publication date.

Quotes of one day stack upwards. A mark's shape tells the quote kind (the
registry's order: circle, diamond, square...), its fill the review state
(filled: accepted, hollow: pending, a grey cross: rejected), so neither
depends on telling colours apart. Quotes from undated articles cannot be
placed: a note at the top right counts them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from briefer.core.dossier import Dossier, DossierQuote, TimelinePoint
from briefer.core.registry import QUOTE_KIND_LIST, QUOTE_KINDS
from briefer.gui.verbatim import verbatim

MARK_RADIUS = 5.0
STACK_STEP = 11.0
SIDE_MARGIN = 14.0
AXIS_BOTTOM = 22.0  # room under the axis for the date labels
TOP_MARGIN = 18.0  # room above the marks for the undated note
HIT_DISTANCE = 9.0
LABEL_SPACING = 72  # pixels between date labels at least
SHAPES = ("circle", "diamond", "square", "triangle")
REJECTED_GREY = "#8a8a8a"
SHORT_HEIGHT = 92
TALL_MAX_HEIGHT = 260
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def kind_shape(kind: str) -> str:
    keys = [k.key for k in QUOTE_KIND_LIST]
    return SHAPES[keys.index(kind) % len(SHAPES)] if kind in keys else SHAPES[0]


GLYPHS = {"circle": "●", "diamond": "◆", "square": "■", "triangle": "▲"}


def legend_text() -> str:
    """What the marks mean, in the marks' own shapes."""
    kinds = "   ".join(f"{GLYPHS[kind_shape(k.key)]} {k.label}" for k in QUOTE_KIND_LIST)
    return f"{kinds}\nfilled: accepted   hollow: pending   ×: rejected"


def kind_colour(kind: str) -> QColor:
    """A kind's mark colour: its accepted highlight, deep enough to see on white."""
    entry = QUOTE_KINDS.get(kind)
    return QColor(entry.highlight_accepted if entry else "#999999").darker(135)


def date_label(day: date, span_days: int) -> str:
    if span_days <= 75:
        return f"{day.day} {MONTHS[day.month - 1]}"
    if span_days <= 800:
        return f"{MONTHS[day.month - 1]} {day.year}"
    return str(day.year)


def tick_days(first: date, last: date, room: int) -> list[date]:
    """At most `room` round days between `first` and `last`: every n days for a short
    span, the first of every n months for a longer one, New Year's days beyond two years."""
    span = (last - first).days
    if span <= 75:
        step = next(s for s in (1, 2, 5, 7, 14, 30) if span // s + 1 <= room or s == 30)
        return [first + timedelta(days=d) for d in range(0, span + 1, step)]
    if span <= 800:
        months = [date(y, m, 1) for y in range(first.year, last.year + 1) for m in range(1, 13)
                  if first <= date(y, m, 1) <= last]
        step = next(s for s in (1, 2, 3, 4, 6, 12) if len(months[::s]) <= room or s == 12)
        return months[::step]
    years = [date(y, 1, 1) for y in range(first.year + 1, last.year + 1)]
    step = max(1, -(-len(years) // room))
    return years[::step]


class QuoteTimeline(QWidget):
    """When an actor was quoted; click a mark to select its quote."""

    quote_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dossierTimeline")
        self.setAccessibleName("Quote timeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)
        self.points: list[TimelinePoint] = []
        self.quotes: dict[int, DossierQuote] = {}
        self.undated = 0
        self.undated_articles = 0
        self.selected_id: int | None = None
        self.first: date | None = None
        self.last: date | None = None

    def set_tall(self, tall: bool) -> None:
        """Grow with the space given (a column of its own) or keep the small fixed height."""
        vertical = QSizePolicy.Policy.Expanding if tall else QSizePolicy.Policy.Fixed
        self.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        self.setMaximumHeight(TALL_MAX_HEIGHT if tall else SHORT_HEIGHT)

    def sizeHint(self) -> QSize:
        return QSize(360, SHORT_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, SHORT_HEIGHT)

    def set_quotes(self, dossier: Dossier | None, quotes: list[DossierQuote]) -> None:
        """Show these quotes of the dossier (the ones its filters let through)."""
        self.quotes = {q.id: q for q in quotes}
        self.points = dossier.timeline(quotes) if dossier is not None else []
        self.undated = sum(1 for q in quotes if q.day is None)
        self.undated_articles = len({q.article_id for q in quotes if q.day is None})
        days = [p.day for p in self.points]
        self.first, self.last = (min(days), max(days)) if days else (None, None)
        if self.first is not None and self.last is not None and (self.last - self.first).days < 6:
            middle = self.first + (self.last - self.first) / 2
            self.first, self.last = middle - timedelta(days=3), middle + timedelta(days=3)
        if self.selected_id not in self.quotes:
            self.selected_id = None
        span = (f", {min(days).isoformat()} to {max(days).isoformat()}" if days else "")
        self.setAccessibleDescription(
            f"{len(self.points)} dated quotes{span}; {self.undated} undated")
        self.update()

    def select(self, quote_id: int | None) -> None:
        self.selected_id = quote_id
        self.update()

    # -- geometry ---------------------------------------------------------------

    def _axis_y(self) -> float:
        return self.height() - AXIS_BOTTOM

    def _x_of(self, day: date) -> float:
        assert self.first is not None and self.last is not None
        width = max(1.0, self.width() - 2 * SIDE_MARGIN)
        span = max(1, (self.last - self.first).days)
        return SIDE_MARGIN + width * (day - self.first).days / span

    def _max_stack(self) -> int:
        return max(0, int((self._axis_y() - TOP_MARGIN - MARK_RADIUS * 2) // STACK_STEP))

    def mark_positions(self) -> dict[int, QPointF]:
        """Where each quote's mark is drawn (quotes above the day's visible stack share
        the top mark's place)."""
        top = self._max_stack()
        return {p.quote_id: QPointF(self._x_of(p.day),
                                    self._axis_y() - MARK_RADIUS - 3 - min(p.stack, top)
                                    * STACK_STEP)
                for p in self.points}

    def quote_at(self, position: QPointF) -> int | None:
        best, best_distance = None, HIT_DISTANCE
        for quote_id, centre in self.mark_positions().items():
            distance = (centre - position).manhattanLength()
            if distance <= best_distance:
                best, best_distance = quote_id, distance
        return best

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(self.foregroundRole())
        muted = QColor(text_colour)
        muted.setAlpha(150)
        painter.fillRect(self.rect(), palette.base())
        metrics = QFontMetrics(self.font())
        if self.undated:
            note = (f"{plural(self.undated, 'quote')} from "
                    f"{plural(self.undated_articles, 'undated article')} not shown")
            painter.setPen(muted)
            painter.drawText(QRectF(0, 1, self.width() - SIDE_MARGIN, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, note)
        if not self.points:
            painter.setPen(muted)
            message = ("No dated quotes: the articles have no publication date"
                       if self.undated else "No quotes to show")
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)
            return
        self._paint_axis(painter, metrics, muted)
        top = self._max_stack()
        hidden: dict[date, int] = {}
        positions = self.mark_positions()
        for point in self.points:
            if point.stack > top:
                hidden[point.day] = hidden.get(point.day, 0) + 1
                continue
            self._paint_mark(painter, positions[point.quote_id], point)
        painter.setPen(text_colour)
        free_from = 0.0  # a "+n" note never covers the one before it
        for day, count in sorted(hidden.items()):
            note = f"+{count}"
            width = metrics.horizontalAdvance(note) + 2
            left = self._x_of(day) - width / 2
            if left < free_from:
                continue
            y = self._axis_y() - MARK_RADIUS - 3 - top * STACK_STEP - MARK_RADIUS - 2
            painter.drawText(QRectF(left, y - metrics.height(), width, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, note)
            free_from = left + width + 2
        if self.selected_id in positions:
            centre = positions[self.selected_id]
            pen = QPen(palette.color(palette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, MARK_RADIUS + 3.5, MARK_RADIUS + 3.5)

    def _paint_axis(self, painter: QPainter, metrics: QFontMetrics, muted: QColor) -> None:
        assert self.first is not None and self.last is not None
        y = self._axis_y()
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(SIDE_MARGIN, y), QPointF(self.width() - SIDE_MARGIN, y))
        span = (self.last - self.first).days
        room = max(1, int((self.width() - 2 * SIDE_MARGIN) // LABEL_SPACING))
        for day in tick_days(self.first, self.last, room):
            label = date_label(day, span)
            x = self._x_of(day)
            painter.drawLine(QPointF(x, y), QPointF(x, y + 3))
            width = metrics.horizontalAdvance(label)
            left = min(max(0.0, x - width / 2), self.width() - width)
            painter.drawText(QRectF(left, y + 4, width + 1, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft, label)

    def _paint_mark(self, painter: QPainter, centre: QPointF, point: TimelinePoint) -> None:
        colour = kind_colour(point.kind)
        r = MARK_RADIUS
        if point.status == "rejected":
            painter.setPen(QPen(QColor(REJECTED_GREY), 2))
            painter.drawLine(centre + QPointF(-r + 1, -r + 1), centre + QPointF(r - 1, r - 1))
            painter.drawLine(centre + QPointF(-r + 1, r - 1), centre + QPointF(r - 1, -r + 1))
            return
        painter.setPen(QPen(colour.darker(150), 1.5))
        painter.setBrush(colour if point.status == "accepted" else QColor("white"))
        shape = kind_shape(point.kind)
        if shape == "circle":
            painter.drawEllipse(centre, r, r)
            return
        path = QPainterPath()
        if shape == "square":
            path.addRect(QRectF(centre.x() - r + 0.5, centre.y() - r + 0.5, 2 * r - 1, 2 * r - 1))
        elif shape == "diamond":
            corners = [(0, -r - 1), (r + 1, 0), (0, r + 1), (-r - 1, 0)]
            path.moveTo(centre + QPointF(*corners[0]))
            for corner in corners[1:]:
                path.lineTo(centre + QPointF(*corner))
            path.closeSubpath()
        else:
            path.moveTo(centre + QPointF(0, -r - 1))
            path.lineTo(centre + QPointF(r + 1, r))
            path.lineTo(centre + QPointF(-r - 1, r))
            path.closeSubpath()
        painter.drawPath(path)

    # -- the mouse --------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        quote_id = self.quote_at(event.position())
        if quote_id is None:
            QToolTip.hideText()
            return
        quote = self.quotes[quote_id]
        kind = QUOTE_KINDS[quote.kind].label if quote.kind in QUOTE_KINDS else quote.kind
        text = quote.text if len(quote.text) <= 240 else quote.text[:239] + "…"
        where = ", ".join(p for p in (quote.outlet, quote.day.isoformat() if quote.day else "")
                          if p)
        QToolTip.showText(event.globalPosition().toPoint(),
                          verbatim(f"{where}\n{kind}, {quote.status}\n{text}"), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        quote_id = self.quote_at(event.position())
        if quote_id is not None:
            self.select(quote_id)
            self.quote_clicked.emit(quote_id)
