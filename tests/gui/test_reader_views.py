"""Issue 12's reader, review comfort and first steps, driven through the real window.

The project holds three articles from three outlets (`outlet_articles`); the
tests read speakers in the margin, find within an article, see the search
filter's words, complete a speaker by a middle name, choose the kind of a
quote marked by hand, narrow the Actors tab to one article, and walk every
action for a key bound twice.
"""

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from briefer.core.store import Project
from briefer.gui.help import ShortcutsDialog, shortcut_clashes, shortcuts
from briefer.gui.models import ID_ROLE, QuoteTableModel
from tests.gui.conftest import wait_for_analysis
from tests.gui.dialog_answers import answer_speaker
from tests.gui.outlet_articles import ARTICLES, write_articles


@pytest.fixture()
def outlets_window(make_window, qtbot, tmp_path):
    """A window on a project of three analysed articles, each with its outlet."""
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(p) for p in write_articles(tmp_path)])
    wait_for_analysis(qtbot, window, len(ARTICLES))
    for article in window.project.articles():
        outlet = next(o for o, (title, _text) in ARTICLES.items() if title == article.title)
        window.review.edit_article_fields(article.id, {"outlet": outlet})
    return window


def _article(window, outlet: str):
    return next(a for a in window.project.articles() if a.outlet == outlet)


def _show(window, outlet: str):
    article = _article(window, outlet)
    assert window.select_article(article.id)
    return article


def _quote(window, article_id: int, words: str):
    return next(q for q in window.project.quotes(article_id) if words in q.text)


def test_margin_names_each_quotes_speaker_and_leaves_the_text_alone(outlets_window, qtbot):
    window = outlets_window
    article = _show(window, "Daily Ledger")
    view = window.reader.view
    assert view.toPlainText() == article.text
    labels = {label.quote_id: label for label in view.margin.labels}
    quotes = window.project.quotes(article.id)
    assert set(labels) == {q.id for q in quotes}
    actors = {a.id: a.name for a in window.project.actors()}
    for quote in quotes:
        assert labels[quote.id].speaker == actors.get(quote.speaker_id, "")
    # The labels sit in the margin, left of the text, in reading order, never overlapping.
    placed = view.margin.placed()
    assert len(placed) == len(quotes)
    assert view.margin.geometry().right() < view.viewport().geometry().left()
    tops = [rect.top() for rect, _label in placed]
    assert tops == sorted(tops)
    for (upper, _a), (lower, _b) in itertools.pairwise(placed):
        assert not upper.intersects(lower)
    # A click on a label selects its quote.
    rect, label = placed[-1]
    qtbot.mouseClick(view.margin, Qt.MouseButton.LeftButton, pos=rect.center())
    panel = window.review_panel
    assert panel.currentIndex() == 1
    assert panel.current_id(panel.quote_view) == label.quote_id
    # Accepting a quote ticks its label (a cue that needs no colour).
    window.review_panel.setCurrentIndex(1)
    said = _quote(window, article.id, "far from over")
    window.review_panel.select_quote(said.id)
    window.accept_action.trigger()
    label = next(label for label in view.margin.labels if label.quote_id == said.id)
    assert label.status == "accepted" and label.text.startswith("✓ ")
    # The margin can be folded away.
    window.show_speakers_action.setChecked(False)
    assert view.margin.isHidden() and view.viewportMargins().left() == 0
    window.show_speakers_action.setChecked(True)


def test_find_in_article_highlights_every_hit_and_steps(outlets_window, qtbot):
    window = outlets_window
    article = _show(window, "Daily Ledger")
    view, bar = window.reader.view, window.reader.find_bar
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.find_next_action.shortcut().toString() == "F3"
    assert window.find_previous_action.shortcut().toString() == "Shift+F3"
    window.centre_tabs.setCurrentIndex(1)  # from the Brief tab too
    window.find_action.trigger()
    assert window.centre_tabs.currentIndex() == 0
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "budget")
    expected = article.text.lower().count("budget")
    assert expected == 2
    assert len(view.find_hits) == expected
    assert [article.text[s:e].lower() for s, e in view.find_hits] == ["budget"] * expected
    hit_texts = [s.cursor.selectedText().lower() for s in view.extraSelections()]
    assert hit_texts.count("budget") >= expected
    assert bar.count.text() == "1 of 2"
    assert view.textCursor().position() == view.find_hits[0][0]  # ASCII: Qt's offsets too
    window.find_next_action.trigger()
    assert bar.count.text() == "2 of 2"
    assert view.textCursor().position() == view.find_hits[1][0]
    window.find_next_action.trigger()  # wraps round
    assert bar.count.text() == "1 of 2"
    window.find_previous_action.trigger()
    assert bar.count.text() == "2 of 2"
    # Another article: the same words are found in it.
    other = _show(window, "Morning Post")
    assert len(view.find_hits) == other.text.lower().count("budget") == 2
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and view.find_hits == []


def test_search_filter_words_are_highlighted_in_the_text(outlets_window, qtbot):
    window = outlets_window
    assert window.search_all_action.shortcut().toString() == "Ctrl+K"
    window.search_all_action.trigger()
    assert window.search_box.hasFocus()
    window.search_box.setText("inquiry budg")
    article = _show(window, "Daily Ledger")
    words = [article.text[s:e].lower() for s, e in window.reader.view.term_spans]
    assert words == ["inquiry", "inquiry", "budget", "budget", "inquiry"]
    window.search_box.clear()
    assert window.reader.view.term_spans == []


def test_speaker_completion_by_a_middle_name_nearest_first(outlets_window, qtbot, monkeypatch):
    window = outlets_window
    article = _show(window, "Daily Ledger")
    panel = window.review_panel
    panel.setCurrentIndex(1)
    quote = _quote(window, article.id, "would rise")
    assert panel.select_quote(quote.id)
    seen = []
    answer_speaker(monkeypatch, "Brien", seen=seen)
    window.reassign_action.trigger()
    dialog = seen[0]
    comey = window.project.quote(_quote(window, article.id, "far from over").id).speaker_id
    assert window.project.quote(quote.id).speaker_id == comey
    assert dialog.candidates()[0].startswith("James Brien Comey")
    # Nothing typed: the actors named in this article come first, nearest first.
    dialog.field.setText("")
    named_here = {window.project.actor(m.actor_id).name
                  for m in window.project.mentions(article_id=article.id)}
    first = [c.rsplit(" (", 1)[0] for c in dialog.candidates()[:len(named_here)]]
    assert set(first) == named_here
    outside = [m for m in window.project.mentions(article_id=article.id)
               if m.end <= quote.start or m.start >= quote.end]
    nearest = min(outside, key=lambda m: quote.start - m.end if m.end <= quote.start
                  else m.start - quote.end)
    assert first[0] == window.project.actor(nearest.actor_id).name
    dialog.field.setText("com")
    assert all("com" in c.lower() for c in dialog.candidates()[:-1])
    assert dialog.candidates()[-1] == "New actor “com”"


def test_a_typed_name_no_actor_has_asks_before_making_one(outlets_window, monkeypatch):
    window = outlets_window
    article = _show(window, "Daily Ledger")
    panel = window.review_panel
    panel.setCurrentIndex(1)
    quote = _quote(window, article.id, "would rise")
    panel.select_quote(quote.id)
    asked = []

    def answer(reply):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return reply
        return staticmethod(question)

    actors_before = len(window.project.actors())
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    answer_speaker(monkeypatch, "Budget Officer")
    window.reassign_action.trigger()
    assert asked and "Budget Officer" in asked[0]
    assert window.project.quote(quote.id).speaker_id == quote.speaker_id  # unchanged
    assert len(window.project.actors()) == actors_before
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.reassign_action.trigger()
    speaker = window.project.actor(window.project.quote(quote.id).speaker_id)
    assert speaker.name == "Budget Officer"


def test_marking_a_quote_proposes_the_sentences_speaker_and_takes_the_kind(
        outlets_window, monkeypatch):
    window = outlets_window
    article = _show(window, "Evening Courier")
    text = article.text
    start = text.index("the bureau would follow")
    end = text.index(" wherever")
    window.reader.view.select_span(start, end)
    seen = []
    answer_speaker(monkeypatch, "", kind="mixed", cue="pledged", seen=seen)
    quote_id = window.review.mark_quote(*window.reader.view.selected_span())
    dialog = seen[0]
    named = next(m for m in window.project.mentions(article_id=article.id)
                 if m.start == text.index("James Comey"))
    comey = window.project.actor(named.actor_id).name  # the project's one Comey
    assert "Comey" in comey
    assert dialog.candidates()[0].startswith(comey)
    assert dialog.kind_box.itemData(0) == "direct"  # the registry's kinds, in order
    quote = window.project.quote(quote_id)
    assert quote.speaker_id == named.actor_id
    assert (quote.kind, quote.cue, quote.text) == ("mixed", "pledged", text[start:end])
    window.undo_action.trigger()
    assert quote_id not in {q.id for q in window.project.quotes()}
    # Left as proposed: reported speech (no quote marks), cued by the sentence's verb.
    answer_speaker(monkeypatch, "", seen=seen)
    quote = window.project.quote(window.review.mark_quote(start, end))
    assert (quote.kind, quote.cue) == ("indirect", "said")


def test_actors_tab_narrows_to_this_article(outlets_window):
    window = outlets_window
    panel = window.review_panel
    article = _show(window, "Morning Post")
    everyone = panel.actor_proxy.rowCount()
    panel.actors_this_article_only.setChecked(True)
    shown = {panel.actor_proxy.index(r, 0).data(ID_ROLE)
             for r in range(panel.actor_proxy.rowCount())}
    named = {m.actor_id for m in window.project.mentions(article_id=article.id)}
    assert shown == named and len(shown) < everyone
    _show(window, "Evening Courier")
    assert panel.actor_proxy.rowCount() != len(shown)
    panel.actors_this_article_only.setChecked(False)
    assert panel.actor_proxy.rowCount() == everyone


def test_quote_text_takes_the_spare_width_and_shows_whole_in_a_tooltip(outlets_window):
    window = outlets_window
    panel = window.review_panel
    panel.setCurrentIndex(1)
    view = panel.quote_view
    before = view.columnWidth(QuoteTableModel.TEXT)
    window.splitter.setSizes([250, 500, 800])
    assert view.columnWidth(QuoteTableModel.TEXT) > before
    index = view.model().index(0, QuoteTableModel.TEXT)
    quote = window.project.quote(view.model().index(0, 0).data(ID_ROLE))
    assert quote.text in index.data(Qt.ItemDataRole.ToolTipRole)


def test_no_key_is_bound_twice_and_the_list_of_keys_comes_from_the_actions(outlets_window):
    window = outlets_window
    assert window.brief_builder is not None  # its actions (Italic: Ctrl+I) are made
    assert shortcut_clashes(window) == []
    rows = {(s.action, s.keys) for s in shortcuts(window)}
    assert ("Find in Article", "Ctrl+F") in rows
    assert ("Import Files", "Ctrl+Shift+I") in rows
    assert ("Italic", "Ctrl+I") in rows  # in the brief's editor only
    assert ("Undo", "Ctrl+Z") in rows  # not "Undo Edit Article Details"
    where = {s.action: s.where for s in shortcuts(window)}
    assert where["Export to Word"] == "File" and where["Italic"] == "Edit item"
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(shortcuts(window))
    # A new action with a taken key is caught.
    window.paste_action.setShortcut("Ctrl+F")
    assert shortcut_clashes(window) == ["Ctrl+F: Find in Article… and Paste Article…"] or \
        shortcut_clashes(window) == ["Ctrl+F: Paste Article… and Find in Article…"]
    window.paste_action.setShortcut("Ctrl+Shift+V")


def test_status_tips_show_no_mnemonic_ampersands(outlets_window):
    from PySide6.QtGui import QAction

    window = outlets_window
    tips = [a.statusTip() for a in window.findChildren(QAction) if a.statusTip()]
    assert "Accept Quote" in tips
    assert [t for t in tips if "&" in t.replace("&&", "")] == []


def test_an_empty_project_shows_where_articles_come_from(make_window):
    window = make_window()
    reader = window.reader

    def buttons() -> list[str]:
        return [b.text() for b in reader.first_steps.findChildren(QPushButton)
                if b.isVisibleTo(reader)]

    assert reader.pages.currentWidget() is reader.first_steps
    assert buttons() == ["New", "Open…"]
    window.set_project(Project.new())
    assert reader.pages.currentWidget() is reader.first_steps
    assert "no articles yet" in reader.first_steps.message.text()
    assert "Drop" in reader.first_steps.message.text()
    assert buttons() == ["Import Files…", "Import from URL…", "Paste Article…"]


def test_save_as_asks_before_the_added_suffix_replaces_a_file(make_window, tmp_path,
                                                              monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    existing = tmp_path / "Budget.briefer"
    existing.write_bytes(b"an earlier project")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "Budget"), "")))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    assert window.session.save_as() is False
    assert asked and "Budget.briefer" in asked[0]
    assert existing.read_bytes() == b"an earlier project"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert window.session.save_as() is True
    assert existing.read_bytes() != b"an earlier project"


def test_export_asks_before_the_added_suffix_replaces_a_file(make_window, tmp_path,
                                                             monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    existing = tmp_path / "Brief.docx"
    existing.write_bytes(b"an earlier brief")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "Brief"), "")))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    assert window.brief_actions.export_dialog() is None
    assert asked and "Brief.docx" in asked[0]
    assert existing.read_bytes() == b"an earlier brief"


def test_export_suggests_a_file_name_the_title_cannot_turn_into_a_path(make_window, tmp_path,
                                                                       monkeypatch):
    from briefer.core import brief

    window = make_window()
    project = Project.new()
    brief.set_front_matter(project, title="Trump/Khan: ../../x \u202eevil")
    window.set_project(project)
    suggested = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, caption, path, *a, **k: suggested.append(path) or ("", "")))
    assert window.brief_actions.export_dialog() is None
    assert Path(suggested[0]).name == "Trump Khan .. .. x evil.docx"
