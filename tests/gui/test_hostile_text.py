"""Names, titles, outlets and quotes with markup in them show as text everywhere in the GUI.

Qt renders any string that looks like HTML in a tooltip, a message box or a
label left in its default format; `<img src="file:///...">` would then load a
local file. Each test puts hostile text where a user or an article can put it
and checks what Qt would actually display.
"""

import pytest
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QWidget

from briefer.core import brief
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project
from briefer.gui.models import ActorTableModel, ArticleListModel, QuoteTableModel
from briefer.gui.verbatim import menu_text, verbatim

IMAGE = '<img src="file:///etc/hostname">'
NAME = f"{IMAGE}<b>Bobby</b> & Co"
TITLE = f"<h1>Breaking</h1>{IMAGE}"
OUTLET = "<i>Daily</i> & <a href='https://evil.example'>Sons</a>"
QUOTE = "<script>alert(1)</script> we <b>will</b> act"
TEXT = f"{NAME} said: “{QUOTE}”, adding more.\n"


def displayed(text: str) -> str:
    """What Qt shows for `text` where it guesses the format (tooltips, AutoText labels)."""
    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n")


def images(document: QTextDocument) -> list[str]:
    """The images the document would draw (and load)."""
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fmt = fragments.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            fragments += 1
        block = block.next()
    return found


def label_shows(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    return displayed(label.text())


@pytest.fixture
def hostile_project():
    project = Project.new()
    article = project.add_article(Article(text=TEXT, title=TITLE, outlet=OUTLET,
                                          author="<u>Me</u>", url="https://example.org/x"))
    q_start = TEXT.index(QUOTE)
    project.store_analysis(article.id, Analysis(
        actors=[ExtractedActor("a1", NAME, "person", ["<i>Minister</i>"],
                               "<a href='x'>Ministry</a>", False,
                               [Span(0, len(NAME), NAME)])],
        quotes=[ExtractedQuote("q1", QUOTE, q_start, q_start + len(QUOTE), "direct", "a1",
                               ["a1"], "said")],
    ))
    project.mark_clean()
    yield project
    project.close()


@pytest.mark.parametrize("text", [
    NAME, TITLE, OUTLET, QUOTE, "  <b>indented</b>", "<p>\n\nparagraphs</p>\n", "plain & simple",
    "line one\n<b>line two</b>",
])
def test_verbatim_text_displays_exactly_as_written(qapp, text):
    assert displayed(verbatim(text)) == text


def test_verbatim_leaves_text_qt_shows_as_plain_untouched():
    for text in ("Anna Weiss — person", "5 < 6 and 7 > 3", "R&D", "line\n<b>second</b>"):
        assert not Qt.mightBeRichText(text)
        assert verbatim(text) == text


def test_menu_text_keeps_ampersands():
    assert menu_text("R&D notes.briefer") == "R&&D notes.briefer"


def test_model_tooltips_show_names_titles_and_quotes_as_text(qapp, hostile_project):
    for model_class, needles in ((ArticleListModel, [TITLE, OUTLET, "<u>Me</u>"]),
                                 (ActorTableModel, [NAME, "<i>Minister</i>"]),
                                 (QuoteTableModel, [QUOTE, NAME, TITLE])):
        model = model_class()
        model.set_project(hostile_project)
        assert model.rowCount() == 1
        for column in range(model.columnCount()):
            tooltip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
            shown = displayed(tooltip)
            for needle in needles:
                assert needle in shown, (model_class.__name__, column, tooltip)


def test_main_window_labels_tooltips_and_questions_show_text(make_window, qtbot,
                                                             hostile_project, dialogs,
                                                             monkeypatch):
    window = make_window()
    window.set_project(hostile_project)
    qtbot.waitUntil(lambda: window.reader.title.full_text == TITLE)
    titles = [label_shows(label) for label in window.findChildren(QLabel)
              if "Breaking" in label_shows(label)]
    assert titles == [TITLE]
    tooltips = [displayed(widget.toolTip())
                for widget in [window, *window.findChildren(QWidget)]]
    assert TITLE in tooltips
    for shown in tooltips:
        assert "Breaking" not in shown or TITLE in shown

    window.show_error("Cannot Import", f"{TITLE}: not an article")
    assert displayed(dialogs[-1][1]) == f"{TITLE}: not an article"

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No))
    window.review.remove_article()
    assert f"Remove “{TITLE}”" in displayed(asked[-1])
    window.review_panel.select_actor(hostile_project.actors()[0].id)
    window.review.delete_actors()
    assert f"Delete {NAME}?" in displayed(asked[-1])

    window.jobs.show_progress(1, 2, f"Analysing {TITLE}")
    window.jobs.draw_progress()
    assert window.progress_label.textFormat() == Qt.TextFormat.PlainText
    assert window.progress_label.text() == f"Analysing {TITLE}"[:60]


def test_brief_builder_shows_titles_and_quotes_as_text(qtbot, hostile_project):
    from PySide6.QtGui import QUndoStack

    from briefer.core.settings import Settings
    from briefer.gui.brief.actions import BriefActions
    from briefer.gui.brief.builder import BriefBuilder
    from briefer.gui.brief.drop_list import ID_ROLE
    from briefer.gui.brief.labels import plain_text
    from briefer.gui.jobs import JobRunner
    from briefer.gui.session import ProjectSession

    brief.ensure_default_sections(hostile_project)
    section = brief.load_brief(hostile_project).sections[0]
    brief.rename_section(hostile_project, section.id, TITLE)
    brief.add_item(hostile_project, section.id, "quote",
                   quote_id=hostile_project.quotes()[0].id)
    notes = f"Notes {IMAGE} on <b>this</b>"
    paragraph = brief.add_item(hostile_project, section.id, "text", text=notes)
    brief.set_front_matter(hostile_project, title=TITLE)
    runner = JobRunner(None)
    session = ProjectSession(QUndoStack(), runner, Settings(), None)
    builder = BriefBuilder(BriefActions(session, runner))
    qtbot.addWidget(builder)
    session.replace(hostile_project)
    builder.set_project(hostile_project)
    builder.show()

    assert builder.section_heading.textFormat() == Qt.TextFormat.PlainText
    assert builder.section_heading.text() == TITLE
    renamed = next(builder.sections.item(r) for r in range(builder.sections.count())
                   if builder.sections.item(r).data(ID_ROLE) == section.id)
    assert displayed(renamed.toolTip()).startswith(f"{TITLE}: 2 item(s)")
    items = builder.findChild(QListWidget, "briefItems")
    quote_rows = [items.item(r) for r in range(items.count()) if QUOTE in items.item(r).text()]
    assert quote_rows and all(QUOTE in displayed(r.toolTip()) for r in quote_rows)

    builder.update_preview()
    preview = builder.preview.document()
    assert TITLE in preview.toPlainText() and QUOTE in preview.toPlainText()
    assert images(preview) == []

    builder.open_editor(paragraph)
    editor = builder.editor.document()
    assert editor.toPlainText() == notes
    assert images(editor) == []
    assert plain_text(builder.editor_markdown()) == notes
