"""The actor dossier driven through the real window, on four articles from three outlets.

The project is `tests/core/_comey.py` (analyses written by the test, so the
expected names, quotes, dates and co-mentions are known exactly); one test
imports real articles and reads a real analysis' speaker through the dossier.
"""

import importlib.util
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from briefer.core import brief
from briefer.gui.dossier.timeline import date_label, tick_days
from briefer.gui.models import ID_ROLE
from tests.gui.conftest import wait_for_analysis

COMEY_PATH = Path(__file__).parents[1] / "core" / "_comey.py"


def _load_comey():
    spec = importlib.util.spec_from_file_location("_comey", COMEY_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


comey_module = _load_comey()


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    window.set_project(comey_module.build_comey_project())
    qtbot.waitUntil(lambda: window.article_proxy.rowCount() == 4)
    yield window
    # The window saves its layout on closing: the tests after these start without the dock.
    window.dossier.dock.hide()


def _actor(window, name):
    return comey_module.actor_id(window.project, name)


def _open_dossier(window, qtbot, name="James Comey"):
    window.review_panel.setCurrentIndex(0)
    assert window.review_panel.select_actor(_actor(window, name))
    window.dossier_action.trigger()
    qtbot.waitUntil(lambda: window.dossier.dock.isVisible())
    return window.dossier.panel


def _double_click(view, index):
    """A double click as a hand makes it: a click, then the second click."""
    centre = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def _shown_column(view, column):
    proxy = view.model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_dossier_shows_names_roles_quotes_articles_and_company(window, qtbot):
    panel = _open_dossier(window, qtbot)
    assert panel.name_label.text() == "James Comey"
    assert "5 quotes in 3 articles" in panel.summary_label.text()
    assert _shown_column(panel.quote_view, 0) == [
        "2017-06-08", "2017-06-09", "2017-06-09", "undated", "undated"]
    assert _shown_column(panel.quote_view, 1) == [
        "Capitol Daily", "Wire One", "Wire One", "—", "—"]
    assert _shown_column(panel.quote_view, 3) == [
        "Accepted", "Accepted", "Pending", "Pending", "Rejected"]
    assert _shown_column(panel.names_view, 0) == ["Comey", "James Comey"]
    assert _shown_column(panel.roles_view, 0) == ["FBI Director", "former FBI Director"]
    assert _shown_column(panel.roles_view, 2) == ["2017-05-10 – 2017-06-08", "2017-06-08"]
    assert _shown_column(panel.articles_view, 1) == [
        "Wire One", "Capitol Daily", "Wire One", "—"]
    assert _shown_column(panel.co_view, 0)[:2] == ["Donald Trump", "Mark Warner"]
    assert panel.tabs.tabText(0) == "Quotes (5)"


def test_the_timeline_has_a_mark_per_dated_quote_and_counts_the_undated(window, qtbot):
    panel = _open_dossier(window, qtbot)
    timeline = panel.timeline
    assert [(p.day, p.stack) for p in timeline.points] == [
        (date(2017, 6, 8), 0), (date(2017, 6, 9), 0), (date(2017, 6, 9), 1)]
    assert (timeline.undated, timeline.undated_articles) == (2, 1)
    marks = timeline.mark_positions()
    first, second, third = (marks[p.quote_id] for p in timeline.points)
    assert first.x() < second.x() == third.x()
    assert third.y() < second.y()  # the day's second quote stacks above the first
    assert all(0 <= m.x() <= timeline.width() and 0 <= m.y() <= timeline.height()
               for m in marks.values())
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=third.toPoint())
    assert panel.selected_quote_ids() == [timeline.points[2].quote_id]


def test_filters_narrow_the_quotes_and_the_timeline(window, qtbot):
    panel = _open_dossier(window, qtbot)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("direct"))
    assert _shown_column(panel.quote_view, 2) == ["Direct quote", "Direct quote"]
    assert len(panel.timeline.points) == 2 and panel.timeline.undated == 0
    panel.kind_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("pending"))
    assert _shown_column(panel.quote_view, 4) == [
        "he had kept memos of every meeting",
        "they would speak again after the recess (joint)"]
    assert panel.tabs.tabText(0) == "Quotes (2 of 5)"


def test_accepting_from_the_dossier_is_the_windows_one_undo_step(window, qtbot):
    panel = _open_dossier(window, qtbot)
    pending = [q.id for q in panel.dossier.quotes_where(statuses=["pending"])]
    panel.select_quote(pending[0])
    panel.select_quote(pending[1], add=True)
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert [window.project.quote(q).status for q in pending] == ["accepted", "accepted"]
    assert window.undo_stack.undoText() == "Accept Quotes"
    assert _shown_column(panel.quote_view, 3).count("Accepted") == 4
    assert set(panel.selected_quote_ids()) == set(pending)  # the selection survives
    statuses = {r.id: r.status for r in window.review_panel.quote_model.records}
    assert statuses[pending[0]] == "accepted"  # the review panel shows it too
    window.undo_action.trigger()  # from the menu: shown once the keys pause
    qtbot.waitUntil(lambda: _shown_column(panel.quote_view, 3).count("Accepted") == 2)


def test_review_keys_act_on_the_dossier_while_it_has_the_keyboard(window, qtbot):
    panel = _open_dossier(window, qtbot)
    pending = panel.dossier.quotes_where(statuses=["pending"])[0].id
    window.review_panel.setCurrentIndex(1)
    window.review_panel.quote_view.clearSelection()
    panel.select_quote(pending)
    window.activateWindow()
    panel.quote_view.setFocus()
    qtbot.waitUntil(lambda: window.dossier.has_focus())
    qtbot.keyClick(panel.quote_view, Qt.Key.Key_R)
    assert window.project.quote(pending).status == "rejected"
    assert window.undo_stack.undoText() == "Reject Quote"
    assert panel.selected_quote_ids() == [pending]  # the dossier does not step on
    window.review_panel.setCurrentIndex(0)  # even with the Actors tab showing, B adds the quote
    qtbot.keyClick(panel.quote_view, Qt.Key.Key_B)
    quoted = [i.quote_id for s in brief.load_brief(window.project).sections for i in s.items]
    assert quoted == [pending]


def test_quotes_go_to_the_brief_from_the_dossier(window, qtbot):
    panel = _open_dossier(window, qtbot)
    chosen = panel.dossier.quotes[0].id
    panel.select_quote(chosen)
    qtbot.mouseClick(panel.brief_button, Qt.MouseButton.LeftButton)
    quoted = [i.quote_id for s in brief.load_brief(window.project).sections for i in s.items]
    assert quoted == [chosen]
    assert window.undo_stack.undoText() == "Add Quote to Brief"


def test_an_actor_chosen_in_the_reader_or_the_brief_shows_its_dossier(window, qtbot):
    panel = _open_dossier(window, qtbot)
    trump = _actor(window, "Donald Trump")
    mention = window.project.mentions(actor_id=trump)[0]
    window.reader.view.item_clicked.emit("mention", mention.id)
    assert panel.name_label.text() == "Donald Trump"

    warner_quote = next(q for q in window.project.quotes()
                        if q.text == "Comey's account was credible")
    window.reader.view.item_clicked.emit("quote", warner_quote.id)
    assert panel.name_label.text() == "Mark Warner"
    assert panel.selected_quote_ids() == [warner_quote.id]

    window.centre_tabs.setCurrentIndex(1)
    builder = window.brief_builder
    card = builder.add_actor(_actor(window, "James Comey"))
    section = next(s.id for s in brief.load_brief(window.project).sections
                   if any(i.id == card for i in s.items))
    builder.sections.setCurrentRow([s.id for s in builder.brief.sections].index(section))
    builder.items.setCurrentRow(0)
    assert builder.current_item_id() == card
    qtbot.waitUntil(lambda: panel.name_label.text() == "James Comey")


def test_going_from_the_dossier_to_the_reader_and_to_another_actor(window, qtbot):
    panel = _open_dossier(window, qtbot)
    quote = panel.dossier.quotes[0]
    proxy = panel.quote_view.model()
    index = next(proxy.index(r, 0) for r in range(proxy.rowCount())
                 if proxy.index(r, 0).data(ID_ROLE) == quote.id)
    _double_click(panel.quote_view, index)
    assert window.current_article_id == quote.article_id
    assert window.centre_tabs.currentIndex() == 0
    later = panel.dossier.quotes[1]  # another article: Enter shows it too
    panel.select_quote(later.id)
    window.activateWindow()
    panel.quote_view.setFocus()
    qtbot.keyClick(panel.quote_view, Qt.Key.Key_Return)
    assert window.current_article_id == later.article_id

    panel.tabs.setCurrentIndex(3)
    co_proxy = panel.co_view.model()
    _double_click(panel.co_view, co_proxy.index(0, 0))
    assert panel.name_label.text() == "Donald Trump"


def test_an_actor_merged_away_is_no_longer_shown_and_undo_brings_it_back(window, qtbot):
    from briefer.core import review

    panel = _open_dossier(window, qtbot, "Mark Warner")
    comey, warner = _actor(window, "James Comey"), _actor(window, "Mark Warner")
    window.session.apply("Merge Actors",
                         lambda: review.merge_actors(window.project, comey, [warner]))
    qtbot.waitUntil(lambda: window.dossier.actor_id != warner)
    assert panel.pages.currentIndex() == 0 or panel.name_label.text() != "Mark Warner"
    window.review_panel.select_actor(comey)
    assert "Comey's account was credible" in _shown_column(panel.quote_view, 4)
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: "Comey's account was credible" not in _shown_column(panel.quote_view, 4))
    window.review_panel.select_actor(warner)
    assert _shown_column(panel.quote_view, 4) == [
        "Comey's account was credible", "they would speak again after the recess"]


def test_the_dossier_lays_out_side_by_side_only_along_the_bottom(window, qtbot):
    panel = _open_dossier(window, qtbot)
    assert panel.wide and panel.head.x() < panel.tabs.x()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.dossier.dock)
    qtbot.waitUntil(lambda: not panel.wide)
    qtbot.waitUntil(lambda: panel.head.y() < panel.tabs.y())
    window.dossier.dock.setFloating(True)
    assert not panel.wide
    window.dossier.dock.setFloating(False)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.dossier.dock)
    qtbot.waitUntil(lambda: panel.wide)


def test_a_closed_dossier_catches_up_when_opened(window, qtbot):
    panel = _open_dossier(window, qtbot)
    window.dossier.dock.close()
    pending = [q.id for q in window.project.quotes() if q.status == "pending"]
    from briefer.core import review

    window.session.apply("Accept Quotes",
                         lambda: review.set_quote_status(window.project, pending, "accepted"))
    window.dossier_action.trigger()
    qtbot.waitUntil(lambda: window.dossier.dock.isVisible())
    assert "Pending" not in _shown_column(panel.quote_view, 3)


BONN = {
    "a1.txt": ("Climate talks open in Bonn\n\"We need far more money for adaptation,\" said Jane "
               "Okafor, a climate economist at the London School of Economics.\nOfficials from "
               "the European Commission said that a deal on loss and damage was within reach.\n"),
    "a2.txt": ("Funding gap dominates Bonn talks\nJane Okafor, a climate economist at the London "
               "School of Economics, said that rich countries had missed their targets again.\n"
               "\"The gap is getting wider every year,\" Okafor said. Teresa Ribera, the Spanish "
               "minister, said Europe would pay its share.\n"),
    "a3.txt": ("Negotiators leave Bonn without a deal\n\"This is a missed opportunity for the "
               "poorest countries,\" Okafor told reporters on Friday.\nTeresa Ribera said talks "
               "would resume in November.\n"),
}


def test_a_real_analysis_of_three_outlets_in_the_dossier(make_window, qtbot, tmp_path):
    """Imported and analysed by the window; outlets and dates typed as Article Details."""
    from briefer.core.store import Project

    for name, text in BONN.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(tmp_path / name) for name in BONN])
    wait_for_analysis(qtbot, window, 3)
    by_file = {Path(a.source_path).name: a.id for a in window.project.articles()}
    for name, outlet, day in (("a1.txt", "Wire One", "2025-06-16"),
                              ("a2.txt", "Climate Desk", "2025-06-18"),
                              ("a3.txt", "Bonn Daily", "2025-06-27")):
        window.review.edit_article_fields(by_file[name], {"outlet": outlet, "published": day})
    panel = _open_dossier(window, qtbot, "Jane Okafor")
    panel.quote_view.setFocus()  # changes made while the dossier has the keyboard show at once
    qtbot.waitUntil(window.dossier.has_focus)
    # Okafor speaks once in a1 and a3 and twice in a2 (reported, then "… ,” Okafor said).
    assert _shown_column(panel.quote_view, 1) == [
        "Wire One", "Climate Desk", "Climate Desk", "Bonn Daily"]
    assert {u.text for u in panel.dossier.names} >= {"Jane Okafor", "Okafor"}
    assert [p.day for p in panel.timeline.points] == [
        date(2025, 6, 16), date(2025, 6, 18), date(2025, 6, 18), date(2025, 6, 27)]
    # A date typed later re-sorts the open dossier at once.
    window.review.edit_article_fields(by_file["a3.txt"], {"published": "2025-06-01"})
    assert _shown_column(panel.quote_view, 1) == [
        "Bonn Daily", "Wire One", "Climate Desk", "Climate Desk"]
    window.review.edit_article_fields(by_file["a3.txt"], {"published": ""})
    assert _shown_column(panel.quote_view, 0)[-1] == "undated"
    assert panel.timeline.undated == 1
    window.dossier.dock.hide()  # the next tests start without it (the layout is saved)


@pytest.mark.parametrize(("first", "last", "room", "ticks"), [
    (date(2017, 6, 5), date(2017, 6, 11), 3, ["2017-06-05", "2017-06-10"]),
    (date(2017, 6, 5), date(2017, 6, 11), 9, [f"2017-06-{d:02d}" for d in range(5, 12)]),
    (date(2016, 9, 8), date(2016, 10, 4), 4, ["2016-09-08", "2016-09-15", "2016-09-22",
                                               "2016-09-29"]),
    (date(2016, 1, 20), date(2016, 12, 2), 4, ["2016-02-01", "2016-05-01", "2016-08-01",
                                                "2016-11-01"]),
    (date(2009, 3, 1), date(2016, 3, 1), 3, ["2010-01-01", "2013-01-01", "2016-01-01"]),
])
def test_timeline_ticks_are_round_days_within_the_room(first, last, room, ticks):
    found = tick_days(first, last, room)
    assert [d.isoformat() for d in found] == ticks
    assert len(found) <= room


def test_timeline_labels_say_as_much_as_the_span_needs():
    assert date_label(date(2017, 6, 8), 6) == "8 Jun"
    assert date_label(date(2017, 6, 1), 300) == "Jun 2017"
    assert date_label(date(2017, 1, 1), 2000) == "2017"


def _shots_dir() -> Path:
    path = Path(os.environ.get("BRIEFER_SCREENSHOTS", "/tmp/shots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.parametrize("size", [(1600, 1000), (1280, 800)])
def test_screenshots_of_the_dossier(window, qtbot, size):
    window.resize(*size)
    qtbot.wait(50)
    panel = _open_dossier(window, qtbot)
    panel.select_quote(panel.dossier.quotes[2].id)
    qtbot.wait(100)
    folder = _shots_dir()
    for tab, name in ((0, "quotes"), (1, "names-roles"), (3, "named-with")):
        panel.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
        path = folder / f"views-dossier-{name}-{size[0]}x{size[1]}.png"
        assert window.grab().save(str(path))
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == size
    # Nothing in the dossier is squeezed below what it needs to be read.
    assert panel.width() >= panel.minimumSizeHint().width()
    assert panel.timeline.width() >= panel.timeline.minimumSizeHint().width()
