"""The Coverage tab: the project's outlets side by side and whom each lets speak.

One row per outlet: its articles, its quotes, a bar of the voice groups its
quotes come from (registry colours, each segment with its count) and the
group it quotes most, flagged when one group dominates (`core.coverage`).
Below, for the chosen outlet: its quotes by voice group with the speakers,
and the actors no other outlet quoted. The view reads the core's `Coverage`
and refreshes only while it shows; a double click on an actor asks the
window to show that actor's articles (`actorActivated`), on an outlet that
outlet's articles (`outletActivated`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefer.core import registry
from briefer.core.coverage import Coverage, OutletCoverage, project_coverage
from briefer.core.store import Project
from briefer.gui.models import ID_ROLE, SORT_ROLE
from briefer.gui.table_views import read_only_table
from briefer.gui.verbatim import verbatim

COUNTS_ROLE = Qt.ItemDataRole.UserRole + 10  # [(voice group key, count)] for a bar
SCALE_ROLE = Qt.ItemDataRole.UserRole + 11  # the count a full-width bar stands for
ONE_SIDED_COLOUR = "#b3261e"
REFRESH_DELAY_MS = 300
SPEAKERS_SHOWN = 4  # the most quoted of a voice group named in its row; all in the tooltip


def _text_on(colour: str) -> QColor:
    """Black or white, whichever reads better on `colour`."""
    background = QColor(colour)
    luminance = (0.299 * background.red() + 0.587 * background.green()
                 + 0.114 * background.blue())
    return QColor("#000000" if luminance > 140 else "#ffffff")


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


class VoiceBarDelegate(QStyledItemDelegate):
    """A stacked bar of voice-group counts, each segment labelled with its count."""

    def sizeHint(self, option, index) -> QSize:
        return QSize(160, option.fontMetrics.height() + 10)

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        counts = index.data(COUNTS_ROLE) or []
        total = sum(n for _g, n in counts)
        if not total:
            return
        rect = option.rect.adjusted(4, 4, -4, -4)
        scale = index.data(SCALE_ROLE) or total
        width = rect.width() * total / max(scale, total)
        painter.save()
        left = float(rect.left())
        metrics = option.fontMetrics
        for group, count in counts:
            segment = width * count / total
            box = QRect(round(left), rect.top(), max(1, round(left + segment) - round(left)),
                        rect.height())
            colour = registry.VOICE_GROUPS[group].colour
            painter.fillRect(box, QColor(colour))
            label = str(count)
            if metrics.horizontalAdvance(label) + 4 <= box.width():
                painter.setPen(_text_on(colour))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            left += segment
        painter.restore()


class _RowsModel(QAbstractTableModel):
    """A flat table over `self.rows`, with `headers` as its column titles."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class OutletTableModel(_RowsModel):
    """One row per outlet: articles, quotes, the voice bar, the main voice, only-here count."""

    headers = ("Outlet", "Articles", "Quotes", "Voices quoted", "Main voice", "Only here")
    OUTLET, ARTICLES, QUOTES, VOICES, MAIN, ONLY = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[OutletCoverage] = []
        self.widest = 0

    def set_coverage(self, coverage: Coverage | None) -> None:
        self.beginResetModel()
        self.rows = list(coverage.outlets) if coverage else []
        self.widest = max((o.attributed for o in self.rows), default=0)
        self.endResetModel()

    @staticmethod
    def main_voice(outlet: OutletCoverage) -> str:
        leading = outlet.leading_voices
        if not leading:
            return ""
        share = _percent(outlet.share(leading[0]))
        if len(leading) > 1:
            return f"{len(leading)} voices tie at {share}"
        return f"{registry.VOICE_GROUPS[leading[0]].label} {share}"

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        outlet = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            values = (outlet.label, len(outlet.article_ids), outlet.quote_count,
                      "" if role == Qt.ItemDataRole.DisplayRole else outlet.attributed,
                      self.main_voice(outlet), len(outlet.only_here))
            value = values[column]
            if role == SORT_ROLE and column == self.OUTLET:
                return f"{int(outlet.key == '')}{outlet.label.casefold()}"  # no outlet last
            if role == SORT_ROLE and column == self.MAIN:
                leading = outlet.leading_voices
                return outlet.share(leading[0]) if leading else 0.0
            if (role == Qt.ItemDataRole.DisplayRole and column == self.MAIN
                    and outlet.one_sided):
                return f"⚠ {value}"
            return value
        if role == ID_ROLE:
            return outlet.key
        if role == COUNTS_ROLE and column == self.VOICES:
            return [(g, outlet.voices[g]) for g in registry.VOICE_GROUPS if outlet.voices[g]]
        if role == SCALE_ROLE:
            return self.widest
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MAIN and outlet.one_sided:
            return QBrush(QColor(ONE_SIDED_COLOUR))
        if role == Qt.ItemDataRole.FontRole and (
                column == self.OUTLET or (column == self.MAIN and outlet.one_sided)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
                self.ARTICLES, self.QUOTES, self.ONLY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return verbatim(self.tooltip(outlet))
        return None

    def tooltip(self, outlet: OutletCoverage) -> str:
        lines = [f"{outlet.label}: {len(outlet.article_ids)} article(s), "
                 f"{outlet.quote_count} quote(s)"]
        if outlet.first_day:
            span = outlet.first_day if outlet.first_day == outlet.last_day else (
                f"{outlet.first_day} to {outlet.last_day}")
            lines.append(f"Published {span}")
        for group in registry.VOICE_GROUPS:
            if outlet.voices[group]:
                lines.append(f"{registry.VOICE_GROUPS[group].label}: {outlet.voices[group]} "
                             f"({_percent(outlet.share(group))})")
        if outlet.unattributed:
            lines.append(f"No speaker: {outlet.unattributed}")
        if outlet.one_sided:
            lines.append("One-sided: most of its quotes come from one voice group")
        if not outlet.key:
            lines.append("Give these articles their outlet in Review › Article Details…")
        return "\n".join(lines)


class VoiceDetailModel(_RowsModel):
    """The chosen outlet's quotes by voice group: count, share and the speakers."""

    headers = ("Voice", "Quotes", "Speakers")
    VOICE, QUOTES, SPEAKERS = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, int, float, list[str]]] = []

    def set_outlet(self, coverage: Coverage | None, outlet: OutletCoverage | None) -> None:
        self.beginResetModel()
        self.rows = []
        if coverage is not None and outlet is not None:
            for group in registry.VOICE_GROUPS:
                count = outlet.voices[group]
                if not count:
                    continue
                speakers = sorted(
                    (a for a in outlet.speakers if coverage.voice_of.get(a) == group),
                    key=lambda a: (-outlet.speakers[a], coverage.actors[a].name.casefold()))
                names = [f"{coverage.actors[a].name} ({outlet.speakers[a]})" for a in speakers]
                self.rows.append((group, count, outlet.share(group), names))
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        group, count, share, names = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            label = registry.VOICE_GROUPS[group].label
            shown = ", ".join(names[:SPEAKERS_SHOWN])
            if len(names) > SPEAKERS_SHOWN:
                shown += f" and {len(names) - SPEAKERS_SHOWN} more"
            return (label, f"{count} ({_percent(share)})", shown)[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.VOICE:
            return QColor(registry.VOICE_GROUPS[group].colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return verbatim(f"{registry.VOICE_GROUPS[group].label}: {count} quote(s)\n"
                            + "\n".join(names))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.QUOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class OnlyHereModel(_RowsModel):
    """The actors only the chosen outlet quoted, most quoted first."""

    headers = ("Actor", "Voice", "Quotes")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[int, str, str, int]] = []  # actor id, name, voice group, quotes

    def set_outlet(self, coverage: Coverage | None, outlet: OutletCoverage | None) -> None:
        self.beginResetModel()
        self.rows = [(a.id, a.name, coverage.voice_of[a.id], outlet.speakers[a.id])
                     for a in outlet.only_here] if coverage and outlet else []
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        actor_id, name, group, count = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return (name, registry.VOICE_GROUPS[group].label, count)[index.column()]
        if role == ID_ROLE:
            return actor_id
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 1:
            return QColor(registry.VOICE_GROUPS[group].colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return verbatim(f"{name}: double-click to show the articles where {name} speaks")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _table(model, name: str) -> QTableView:
    view = read_only_table(model, row_padding=12)
    view.setObjectName(name)
    view.setShowGrid(False)
    return view


def legend_html() -> str:
    """A swatch and the label of every voice group, in registry order."""
    items = []
    for group in registry.VOICE_GROUP_LIST:
        label = escape(group.label).replace(" ", "&nbsp;")  # a label never breaks
        items.append(f'<span style="background:{group.colour};">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                     f"&nbsp;{label}")
    return "&nbsp;&nbsp; ".join(items)


class CoverageView(QWidget):
    """Outlets side by side, with the chosen outlet's voices and its only-here actors."""

    actorActivated = Signal(int)  # an actor id the user wants to see the articles of
    outletActivated = Signal(list)  # the article ids of the outlet the user opened

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("coverageView")
        self.project: Project | None = None
        self.coverage: Coverage | None = None
        self._stale = True
        # Imports and analyses arrive one by one: count once they pause.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self.refresh)

        self.outlet_model = OutletTableModel(self)
        self.outlet_view = _table(self.outlet_model, "coverageOutlets")
        self.outlet_view.setSortingEnabled(True)
        self.outlet_view.setItemDelegateForColumn(OutletTableModel.VOICES,
                                                  VoiceBarDelegate(self.outlet_view))
        header = self.outlet_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OutletTableModel.VOICES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)
        self.outlet_view.sortByColumn(OutletTableModel.ARTICLES, Qt.SortOrder.DescendingOrder)
        self.outlet_view.doubleClicked.connect(self._outlet_activated)
        self.outlet_view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._show_outlet())

        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names outlets
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.voice_model = VoiceDetailModel(self)
        self.voice_view = _table(self.voice_model, "coverageVoices")
        self.voice_view.setWordWrap(True)  # every speaker's name, on as many lines as needed
        self.voice_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        header = self.voice_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(VoiceDetailModel.SPEAKERS, QHeaderView.ResizeMode.Stretch)
        self.voice_view.setColumnWidth(VoiceDetailModel.VOICE, 190)
        self.voice_view.setColumnWidth(VoiceDetailModel.QUOTES, 64)

        self.only_model = OnlyHereModel(self)
        self.only_view = _table(self.only_model, "coverageOnlyHere")
        self.only_view.setSortingEnabled(True)
        self.only_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        header = self.only_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.only_view.setColumnWidth(2, 60)
        self.only_view.doubleClicked.connect(self._actor_activated)

        self.voice_heading = self._heading("")
        self.only_heading = self._heading("")
        voices = QWidget()
        column = QVBoxLayout(voices)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.voice_heading)
        column.addWidget(self.voice_view, 1)
        only = QWidget()
        column = QVBoxLayout(only)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.only_heading)
        column.addWidget(self.only_view, 1)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.setChildrenCollapsible(False)
        details.addWidget(voices)
        details.addWidget(only)
        details.setStretchFactor(0, 4)  # the speakers wrap; the only-here names do not
        details.setStretchFactor(1, 5)

        outlets = QWidget()
        column = QVBoxLayout(outlets)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._heading("Outlets side by side"))
        column.addWidget(self.summary)
        column.addWidget(self.outlet_view, 1)
        column.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(outlets)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    # -- the project ------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.mark_stale()

    def mark_stale(self, *_args) -> None:
        """The project changed: recount soon if the tab shows, else when it next shows."""
        self._stale = True
        if self.isVisible():
            self.refresh_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count again, keeping the chosen outlet."""
        self.refresh_timer.stop()
        self._stale = False
        chosen = self.current_outlet_key()
        self.coverage = project_coverage(self.project) if self.project is not None else None
        self.outlet_model.set_coverage(self.coverage)
        self._write_summary()
        if not self.select_outlet(chosen) and self.outlet_model.rowCount():
            self.outlet_view.selectRow(0)
        self._show_outlet()

    def _write_summary(self) -> None:
        coverage = self.coverage
        if coverage is None or not coverage.outlets:
            self.summary.setText("Import articles to compare their outlets.")
            return
        articles = sum(len(o.article_ids) for o in coverage.outlets)
        one_sided = [o.label for o in coverage.outlets if o.one_sided]
        text = (f"{len(coverage.outlets)} outlet(s), {articles} article(s). "
                "Bars show whom each outlet quotes (rejected quotes left out).")
        if one_sided:
            text += f" One-sided source mix: {', '.join(one_sided)}."
        self.summary.setText(text)

    # -- selection ----------------------------------------------------------

    def current_outlet_key(self) -> str | None:
        index = self.outlet_view.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_outlet(self, key: str | None) -> bool:
        if key is None:
            return False
        model = self.outlet_view.model()
        for row in range(model.rowCount()):
            if model.index(row, 0).data(ID_ROLE) == key:
                self.outlet_view.selectRow(row)
                return True
        return False

    def _show_outlet(self) -> None:
        key = self.current_outlet_key()
        outlet = next((o for o in self.coverage.outlets if o.key == key),
                      None) if self.coverage else None
        self.voice_model.set_outlet(self.coverage, outlet)
        self.only_model.set_outlet(self.coverage, outlet)
        if outlet is None:
            self.voice_heading.setText("Voices")
            self.only_heading.setText("Quoted by this outlet only")
            return
        self.voice_heading.setText(f"Whom {outlet.label} quotes")
        self.only_heading.setText(f"Quoted by {outlet.label} only")

    def _outlet_activated(self, _index: QModelIndex) -> None:
        key = self.current_outlet_key()
        outlet = next((o for o in self.coverage.outlets if o.key == key),
                      None) if self.coverage else None
        if outlet is not None:
            self.outletActivated.emit(list(outlet.article_ids))

    def _actor_activated(self, index: QModelIndex) -> None:
        actor_id = index.siblingAtColumn(0).data(ID_ROLE)
        if actor_id is not None:
            self.actorActivated.emit(actor_id)
