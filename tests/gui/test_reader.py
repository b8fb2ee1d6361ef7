"""The reader: highlights at the right offsets, hover, click-to-select, and marking by hand."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from briefer.core.records import Actor, Article, Mention, Quote
from briefer.core.store import Project
from briefer.gui.reader import ArticleView, _TextMap
from tests.gui.conftest import wait_for_analysis
from tests.gui.dialog_answers import answer_speaker

TEXT = "Aid 😀 talks: “We will pay,” said Anna Weiss, the minister.\nNext paragraph."


def _article_view(qtbot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    start = TEXT.index("Anna Weiss")
    quote_start = TEXT.index("We will pay")
    view.set_article(
        Article(text=TEXT, title="Aid", id=1),
        mentions=[Mention(1, 1, 7, start, start + 10, "Anna Weiss")],
        quotes=[Quote(3, 1, quote_start, quote_start + 11, "We will pay", "direct",
                      speaker_id=7, status="accepted")],
        actors={7: Actor(7, "Anna Weiss", "person", ["minister"], "Treasury", True)},
    )
    return view


def test_offsets_survive_characters_outside_the_basic_plane():
    mapping = _TextMap(TEXT)
    index = TEXT.index("talks")
    assert mapping.to_qt(index) == index + 1  # the emoji takes two UTF-16 units
    assert mapping.to_py(mapping.to_qt(index)) == index
    assert mapping.to_py(mapping.to_qt(2)) == 2


def test_highlights_cover_exactly_the_stored_spans(qtbot):
    view = _article_view(qtbot)
    selections = view.extraSelections()
    shown = sorted(s.cursor.selectedText() for s in selections)
    assert shown == ["Anna Weiss", "We will pay"]
    quote = next(s for s in selections if s.cursor.selectedText() == "We will pay")
    assert quote.format.fontOverline()  # an expert's quote
    assert quote.format.underlineStyle().name == "SingleUnderline"  # accepted, besides colour
    assert view.toPlainText() == TEXT


def test_a_line_is_found_for_any_offset_even_outside_the_text(qtbot):
    # A damaged project's negative offset once made the margin crash on every paint.
    view = _article_view(qtbot)
    for index in (-5, 0, len(TEXT), 10**9):
        top, bottom = view._line_extent(index)
        assert bottom >= top


def test_tooltip_names_speaker_and_role(qtbot):
    view = _article_view(qtbot)
    index = TEXT.index("will")
    items = view.items_at(index)
    assert [h.kind for h in items] == ["quote"]
    assert "Speaker: Anna Weiss, minister, Treasury (expert)" in items[0].tooltip
    assert "Direct quote — accepted" in items[0].tooltip
    mention = view.items_at(TEXT.index("Weiss"))[0]
    assert mention.tooltip.startswith("Anna Weiss — person, expert")


def test_clicking_a_highlight_reports_it(qtbot):
    view = _article_view(qtbot)
    cursor = QTextCursor(view.document())
    cursor.setPosition(_TextMap(TEXT).to_qt(TEXT.index("Weiss")))
    point: QPoint = view.cursorRect(cursor).center() + QPoint(2, 0)
    with qtbot.waitSignal(view.item_clicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["mention", 1]


def test_context_menu_offers_marking_only_with_a_selection(qtbot):
    view = _article_view(qtbot)
    labels = {a.text(): a.isEnabled() for a in view.build_context_menu(0).actions()}
    assert labels["Mark as Quote by…"] is False
    start = TEXT.index("Next")
    view.select_span(start - 1, len(TEXT))  # the leading newline is trimmed off
    assert view.selected_span() == (start, len(TEXT))
    menu = view.build_context_menu(TEXT.index("Weiss"))
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Mark as Quote by…"].isEnabled()
    assert "Split Mention Off into New Actor…" in actions
    with qtbot.waitSignal(view.mark_actor_requested) as blocker:
        actions["Mark as Actor…"].trigger()
    assert blocker.args == [start, len(TEXT)]


def test_marking_a_quote_by_a_new_speaker_in_the_window(make_window, qtbot, seed_path,
                                                        monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    text = window.project.articles()[0].text
    start = text.index("such a deployment could strain")
    end = text.index(", potentially diverting")
    window.reader.view.select_span(start, end)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    answer_speaker(monkeypatch, "Defence analysts")
    quote_id = window.review.mark_quote(*window.reader.view.selected_span())
    quote = window.project.quote(quote_id)
    assert quote.text == text[start:end]
    assert window.project.actor(quote.speaker_id).name == "Defence analysts"
    assert window.review_panel.current_id(window.review_panel.quote_view) == quote_id
    assert window.reader.view.highlight("quote", quote_id) is not None

    window.undo_action.trigger()  # one step removes the quote and the new actor
    assert quote_id not in [q.id for q in window.project.quotes()]
    assert "Defence analysts" not in [a.name for a in window.project.actors()]


def test_selecting_in_the_panel_emphasises_in_the_reader(make_window, qtbot, seed_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    quote = window.project.quotes()[-1]
    window.review_panel.setCurrentIndex(1)
    window.review_panel.select_quote(quote.id)
    view = window.reader.view
    emphasis = view.extraSelections()[-1]
    assert emphasis.cursor.selectedText() == quote.text.replace("\n", "\u2029")
    assert view.textCursor().position() == quote.start

    window.views._reader_item_clicked("quote", window.project.quotes()[0].id)
    assert window.review_panel.current_id(window.review_panel.quote_view) == \
        window.project.quotes()[0].id
