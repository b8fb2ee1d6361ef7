"""The brief builder: drag quotes in, reorder, edit, undo/redo, preview and export."""

import json
import os
import re
import shutil
import subprocess

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QUndoStack
from PySide6.QtWidgets import QMessageBox

from briefer.core import brief
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.settings import Settings
from briefer.core.store import Project
from briefer.gui.brief.actions import BriefActions
from briefer.gui.brief.builder import BriefBuilder
from briefer.gui.brief.drop_list import ACTOR_MIME, ITEM_MIME, QUOTE_MIME, SECTION_MIME
from briefer.gui.jobs import JobRunner
from briefer.gui.session import ProjectSession

# Drafts take the length offered; exports write whatever review says (the dialogs
# that ask have tests of their own, in test_brief_review.py).
pytestmark = pytest.mark.usefixtures("draft_default_length", "export_as_is")

TEXT = (
    "Ministers met in Vienna on Tuesday to discuss a 12 billion euro aid package.\n"
    "\"The package is the largest we have ever agreed,\" said Finance Minister Anna Weiss. "
    "Analyst Tom Reyes of the Danube Institute warned that the money would arrive too late. "
    "\"Speed matters more than size,\" Reyes said.\n"
)


def _span(phrase):
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _quote(key, phrase, kind, speaker, cue):
    where = _span(phrase)
    return ExtractedQuote(key, phrase, where.start, where.end, kind, speaker, [speaker], cue)


@pytest.fixture
def project():
    project = Project.new()
    article = project.add_article(Article(text=TEXT, title="Vienna agrees aid package",
                                          outlet="Danube Daily", published="2026-03-03",
                                          url="https://example.org/vienna"))
    project.store_analysis(article.id, Analysis(
        actors=[
            ExtractedActor("a1", "Anna Weiss", "person", ["Finance Minister"], "", False,
                           [_span("Anna Weiss")]),
            ExtractedActor("a2", "Tom Reyes", "person", ["Analyst"], "Danube Institute", True,
                           [_span("Tom Reyes")]),
        ],
        quotes=[
            _quote("q1", "The package is the largest we have ever agreed,", "direct", "a1",
                   "said"),
            _quote("q2", "the money would arrive too late", "indirect", "a2", "warned"),
            _quote("q3", "Speed matters more than size,", "direct", "a2", "said"),
        ],
    ))
    brief.ensure_default_sections(project)
    brief.set_front_matter(project, title="Vienna aid package", marking="DRAFT")
    project.mark_clean()
    yield project
    project.close()


def new_builder(stack: QUndoStack | None = None) -> BriefBuilder:
    """A builder on its own, with the session and actions (changes, draft, export) the
    window gives it."""
    runner = JobRunner(None)
    session = ProjectSession(stack or QUndoStack(), runner, Settings(), None)
    return BriefBuilder(BriefActions(session, runner))


def show(builder: BriefBuilder, project: Project | None) -> None:
    """Open `project` in the builder's session and show it, as the window does."""
    builder.actions.session.replace(project)
    builder.set_project(project)


def export(builder, qtbot, path) -> bool:
    """Export as the Export button does (in the worker); True once the file is written."""
    job = builder.actions.export_to(str(path))
    if job is None:
        return False
    qtbot.waitUntil(lambda: job.done.is_set() and not builder.actions.runner.is_busy,
                    timeout=30000)
    qtbot.waitUntil(lambda: job not in builder.actions.runner.jobs)
    return path.exists()


@pytest.fixture
def builder(qtbot, project):
    stack = QUndoStack()
    widget = new_builder(stack)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    show(widget, project)
    widget.stack = stack
    yield widget
    show(widget, None)


def quote_id(project, start):
    return next(q.id for q in project.quotes() if q.text.startswith(start))


def mime(fmt, ids):
    data = QMimeData()
    data.setData(fmt, json.dumps(ids).encode())
    return data


def drop(view, data, row=None):
    """Drop `data` on a list view, on `row` (its upper half) or below the last row."""
    if row is None:
        point = QPoint(10, view.viewport().height() - 3)
    else:
        rect = view.visualItemRect(view.item(row))
        point = QPoint(rect.left() + 5, rect.top() + 2)
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)
    return event


def select_section(builder, role):
    section = builder.brief.section_with_role(role)
    for row in range(builder.sections.count()):
        if builder.sections.item(row).data(Qt.ItemDataRole.UserRole) == section.id:
            builder.sections.setCurrentRow(row)
    return section


def item_texts(builder):
    return [builder.items.item(r).text() for r in range(builder.items.count())]


def test_without_a_project_the_builder_is_empty_and_disabled(qtbot):
    widget = new_builder()
    qtbot.addWidget(widget)
    assert not widget.isEnabled()
    assert widget.sections.count() == 0
    assert widget.add_quotes([1]) == []


def test_a_new_project_shows_the_template_sections_and_stays_clean(qtbot):
    project = Project.new()
    project.mark_clean()
    widget = new_builder()
    qtbot.addWidget(widget)
    show(widget, project)
    assert widget.sections.count() == 8
    assert widget.sections.item(0).text() == "Summary"
    assert not project.is_dirty
    show(widget, None)
    project.close()


def test_drop_quotes_into_the_current_section_as_one_undo_step(builder, project):
    section = select_section(builder, "experts")
    ids = [quote_id(project, "the money"), quote_id(project, "Speed")]
    event = drop(builder.items, mime(QUOTE_MIME, ids))
    assert event.isAccepted()
    assert event.dropAction() == Qt.DropAction.CopyAction
    assert builder.stack.count() == 1
    assert builder.stack.undoText() == "Add 2 Quotes to Brief"
    items = brief.load_brief(project).section(section.id).items
    assert [i.quote_id for i in items] == ids
    labels = item_texts(builder)
    # The quotes are pending: the builder marks them, in words, as not yet reviewed.
    assert labels[0] == ("Unreviewed · “the money would arrive too late” — Tom Reyes "
                         "(analyst, Danube Institute) · Danube Daily")
    builder.stack.undo()
    assert brief.load_brief(project).section(section.id).items == []
    assert builder.items.count() == 0
    builder.stack.redo()
    assert [i.quote_id for i in brief.load_brief(project).section(section.id).items] == ids
    assert builder.items.count() == 2


def test_drop_on_a_section_files_the_quote_there(builder, project):
    select_section(builder, "summary")
    officials = builder.brief.section_with_role("officials")
    row = next(r for r in range(builder.sections.count())
               if builder.sections.item(r).data(Qt.ItemDataRole.UserRole) == officials.id)
    drop(builder.sections, mime(QUOTE_MIME, [quote_id(project, "The package")]), row)
    items = brief.load_brief(project).section(officials.id).items
    assert [i.text for i in items] == ["The package is the largest we have ever agreed,"]
    assert builder.sections.item(row).text() == "Official positions  (1)"


def test_actors_drop_and_add_quotes_without_a_section_sort_by_standing(builder, project):
    weiss = next(a.id for a in project.actors() if a.name == "Anna Weiss")
    drop(builder.sections, mime(ACTOR_MIME, [weiss]))
    assert builder.stack.undoText() == "Add Actor to Brief"
    builder.add_quotes([quote_id(project, "The package"), quote_id(project, "Speed")])
    loaded = brief.load_brief(project)
    assert [i.actor_id for i in loaded.section_with_role("actors").items] == [weiss]
    assert [i.text for i in loaded.section_with_role("experts").items] == [
        "Speed matters more than size,"]
    assert [i.text for i in loaded.section_with_role("officials").items] == [
        "The package is the largest we have ever agreed,"]


def test_malformed_drops_change_nothing(builder, project):
    select_section(builder, "summary")
    bad = QMimeData()
    bad.setData(QUOTE_MIME, b"not json")
    assert not drop(builder.items, bad).isAccepted()
    assert not drop(builder.items, mime(QUOTE_MIME, {"id": 1})).isAccepted()
    other = QMimeData()
    other.setText("plain text")
    assert not drop(builder.items, other).isAccepted()
    assert builder.stack.count() == 0
    assert brief.load_brief(project).items() == []


def test_reorder_items_and_sections_by_drag(builder, project):
    section = select_section(builder, "experts")
    ids = [quote_id(project, "The package"), quote_id(project, "the money"),
           quote_id(project, "Speed")]
    builder.add_quotes(ids, section.id)
    item_ids = [i.id for i in brief.load_brief(project).section(section.id).items]
    drop(builder.items, mime(ITEM_MIME, [item_ids[2]]), row=0)
    order = [i.id for i in brief.load_brief(project).section(section.id).items]
    assert order == [item_ids[2], item_ids[0], item_ids[1]]
    assert builder.stack.undoText() == "Move Brief Item"
    assert item_texts(builder)[0].startswith("Unreviewed · “Speed matters")

    sources = builder.brief.section_with_role("sources")
    drop(builder.sections, mime(SECTION_MIME, [sources.id]), row=0)
    assert brief.load_brief(project).sections[0].title == "Sources"
    builder.stack.undo()
    assert brief.load_brief(project).sections[-1].title == "Sources"
    builder.stack.undo()
    assert [i.id for i in brief.load_brief(project).section(section.id).items] == item_ids


def test_move_an_item_to_another_section_by_dropping_it_on_the_section(builder, project):
    experts = select_section(builder, "experts")
    builder.add_quotes([quote_id(project, "Speed")], experts.id)
    item_id = brief.load_brief(project).section(experts.id).items[0].id
    summary = builder.brief.section_with_role("summary")
    drop(builder.sections, mime(ITEM_MIME, [item_id]), row=0)
    assert brief.load_item(project, item_id).section_id == summary.id


def test_delete_key_removes_the_selected_item_and_figures_are_bullets(builder, project, qtbot):
    select_section(builder, "facts")
    figure = builder.add_paragraph("Aid of **12 billion** euros", kind="figure")
    builder.apply_edit()
    assert builder.stack.undoText() == "Add Figure"
    assert item_texts(builder) == ["Figure: Aid of 12 billion euros"]
    assert brief.load_item(project, figure).kind == "figure"
    builder.items.setCurrentRow(0)
    builder.items.setFocus()
    qtbot.keyClick(builder.items, Qt.Key.Key_Delete)
    assert builder.items.count() == 0
    assert builder.stack.undoText() == "Remove from Brief"


def test_sections_add_rename_remove_and_shift(builder, project, monkeypatch):
    select_section(builder, "summary")
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *args, **kwargs: ("Annex", True))
    builder.add_section()
    titles = [s.title for s in brief.load_brief(project).sections]
    assert titles[:2] == ["Summary", "Annex"]
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText",
                        lambda *args, **kwargs: ("Annex A", True))
    builder.rename_current_section()
    builder.shift_current_section(-1)
    assert [s.title for s in brief.load_brief(project).sections][:2] == ["Annex A", "Summary"]
    builder.remove_current_section()
    assert "Annex A" not in [s.title for s in brief.load_brief(project).sections]
    assert builder.stack.count() == 4
    for _ in range(4):
        builder.stack.undo()
    assert [s.title for s in brief.load_brief(project).sections] == titles[:1] + titles[2:]


def test_builder_fits_the_brief_tab_with_every_control_shown(builder, project, qtbot):
    assert builder.minimumSizeHint().width() <= 850
    builder.resize(850, 800)
    select_section(builder, "experts")
    builder.add_quotes([quote_id(project, "The package"), quote_id(project, "Speed")],
                       builder.current_section_id)
    qtbot.waitUntil(lambda: "largest" in builder.preview.toPlainText(), timeout=3000)
    for bar in (builder.section_bar, builder.item_bar):
        for action in bar.actions():
            assert bar.widgetForAction(action).isVisible(), action.text()
            assert bar.widgetForAction(action).geometry().right() < bar.width()
    for widget in (builder.front_box, builder.sections, builder.items, builder.preview,
                   builder.draft_button, builder.export_button):
        assert widget.isVisible()
        assert builder.rect().contains(widget.mapTo(builder, widget.rect().bottomRight()))
    assert builder.preview.width() >= 400
    assert not builder.preview.horizontalScrollBar().isVisible()
    assert not builder.items.horizontalScrollBar().isVisible()


def test_long_item_labels_wrap_whole_and_the_editor_opens_beside_them(builder, project, qtbot):
    builder.resize(600, 800)
    select_section(builder, "experts")
    builder.add_quotes([quote_id(project, "the money"), quote_id(project, "Speed")],
                       builder.current_section_id)
    qtbot.wait(10)
    metrics = builder.items.fontMetrics()
    for row in range(builder.items.count()):
        item = builder.items.item(row)
        rect = builder.items.visualItemRect(item)
        needed = metrics.boundingRect(rect.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap,
                                      item.text())
        assert rect.height() >= needed.height(), item.text()
    builder.items.setCurrentRow(0)
    builder.edit_current_item()
    assert builder.editor_box.isVisible()
    assert builder.items.isVisible() and builder.preview.isVisible()
    assert builder.editor.toPlainText() == "the money would arrive too late"
    builder.close_editor()
    assert not builder.editor_box.isVisible()


def test_front_matter_folds_away_and_item_shortcuts_act_on_the_list(builder, project, qtbot):
    builder.front_toggle.setChecked(False)
    assert not builder.front_box.isVisible()
    builder.front_toggle.setChecked(True)
    assert builder.front_box.isVisible()
    select_section(builder, "experts")
    builder.add_quotes([quote_id(project, "Speed"), quote_id(project, "the money")],
                       builder.current_section_id)
    first, second = [i.id for i in brief.load_brief(project).section(
        builder.current_section_id).items]
    builder.items.setCurrentRow(1)
    builder.items.setFocus()
    qtbot.waitUntil(builder.items.hasFocus)
    qtbot.keyClick(builder.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [i.id for i in brief.load_brief(project).section(
        builder.current_section_id).items] == [second, first]
    assert builder.stack.undoText() == "Move Brief Item"
    tips = [a.toolTip() for a in builder.item_bar.actions()]
    assert any("Ctrl+Up" in tip for tip in tips)


def test_front_matter_edits_are_undoable(builder, project):
    builder.front_fields["title"].setText("A better title")
    builder.front_fields["title"].editingFinished.emit()
    assert brief.load_brief(project).front.title == "A better title"
    assert builder.stack.undoText() == "Edit Brief Title"
    builder.marking.setEditText("OFFICIAL")
    builder.marking.lineEdit().editingFinished.emit()
    assert brief.load_brief(project).front.marking == "OFFICIAL"
    builder.stack.undo()
    builder.stack.undo()
    assert builder.front_fields["title"].text() == "Vienna aid package"
    assert builder.marking.currentText() == "DRAFT"


def test_a_long_title_shows_its_start(builder, project):
    # A drafted title wider than the field showed only its tail (": Obama, Clinton and ...").
    long_title = "Paris attacks and refugees: Obama, Clinton, the Islamic State and the Senate"
    builder.front_fields["title"].setText(long_title)
    builder.front_fields["title"].editingFinished.emit()
    builder.stack.undo()
    builder.stack.redo()
    field = builder.front_fields["title"]
    assert field.text() == long_title
    assert field.cursorPosition() == 0


def test_rich_text_paragraph_with_bold_italic_and_bullets(builder, project):
    select_section(builder, "options")
    item_id = builder.add_paragraph()
    assert builder.editor_box.isVisible()
    builder.editor.setPlainText("Act fast now")
    cursor = builder.editor.textCursor()
    cursor.setPosition(4)
    cursor.setPosition(8, cursor.MoveMode.KeepAnchor)
    builder.editor.setTextCursor(cursor)
    builder.toggle_bold()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    builder.editor.setTextCursor(cursor)
    builder.toggle_italic()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertBlock()
    cursor.insertText("second point")
    builder.editor.setTextCursor(cursor)
    builder.toggle_bullets()
    builder.apply_edit()
    text = brief.load_item(project, item_id).text
    assert "*Act*" in text and "**fast**" in text
    assert re.search(r"^[-*] second point$", text, flags=re.MULTILINE)
    assert builder.stack.undoText() == "Edit Paragraph"
    builder.stack.undo()
    assert brief.load_item(project, item_id).text == ""


def test_live_preview_reads_like_the_document(builder, project, qtbot):
    builder.add_quotes([quote_id(project, "The package")])
    qtbot.waitUntil(lambda: "largest" in builder.preview.toPlainText(), timeout=3000)
    text = builder.preview.toPlainText()
    assert "Vienna aid package" in text
    assert "“The package is the largest we have ever agreed.”" in text
    assert "— Anna Weiss, finance minister" in text
    assert "“Vienna Agrees Aid Package,” Danube Daily, March 3, 2026" in text
    assert text.count("DRAFT") == 2


def test_edited_quote_asks_before_export(builder, project, tmp_path, monkeypatch, qtbot):
    builder.add_quotes([quote_id(project, "The package")])
    item_id = brief.load_brief(project).items()[0].id
    builder.open_editor(item_id)
    builder.editor.setPlainText("The package is the smallest we have ever agreed,")
    builder.apply_edit()
    asked = []

    def answer(reply):
        def question(parent, title, text, *args):
            asked.append(text)
            return reply
        return question

    path = tmp_path / "brief.docx"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not export(builder, qtbot, path)
    assert not path.exists()
    assert "smallest" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert export(builder, qtbot, path)


def test_export_errors_are_shown_not_raised(builder, tmp_path, monkeypatch, qtbot):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    assert not export(builder, qtbot, tmp_path / "missing" / "brief.docx")
    qtbot.waitUntil(lambda: bool(shown))
    assert "does not exist" in shown[0]


def test_draft_from_project_is_one_undo_step(builder, project, monkeypatch):
    builder.add_paragraph("My own notes")
    before = brief_rows(project)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    builder.draft_from_project()
    loaded = brief.load_brief(project)
    assert builder.stack.undoText() == "Draft Brief"  # the window's Draft Brief, the same call
    assert [i.text for i in loaded.section_with_role("officials").items] == [
        "**Government and officials**", "The package is the largest we have ever agreed,"]
    assert "My own notes" not in [i.text for i in loaded.items()]
    builder.stack.undo()
    assert brief_rows(project) == before


def brief_rows(project) -> dict:
    return {t: sorted(project.rows(t), key=repr)
            for t in ("brief_meta", "brief_sections", "brief_items")}


def build_by_dragging(builder, project, path, qtbot):
    """The hand-built brief of the issue: quotes dragged into sections, then exported."""
    select_section(builder, "officials")
    drop(builder.items, mime(QUOTE_MIME, [quote_id(project, "The package")]))
    select_section(builder, "experts")
    drop(builder.items, mime(QUOTE_MIME, [quote_id(project, "Speed"),
                                          quote_id(project, "the money")]))
    reyes = next(a.id for a in project.actors() if a.name == "Tom Reyes")
    select_section(builder, "actors")
    drop(builder.items, mime(ACTOR_MIME, [reyes]))
    select_section(builder, "summary")
    builder.add_paragraph()
    builder.editor.setMarkdown("Vienna agreed a **12 billion euro** package; experts doubt "
                               "it will *arrive in time*.")
    builder.apply_edit()
    assert export(builder, qtbot, path)


def test_brief_built_by_dragging_exports(builder, project, tmp_path, qtbot):
    path = tmp_path / "hand-built.docx"
    build_by_dragging(builder, project, path, qtbot)
    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "Summary", "Key actors", "Expert assessments", "Official positions", "Sources"]
    assert [p.text for p in document.paragraphs if p.style.name == "Quote"] == [
        "“Speed matters more than size.”", "“The package is the largest we have ever agreed.”"]
    summary = next(p for p in document.paragraphs if p.text.startswith("Vienna agreed"))
    assert [r.text for r in summary.runs if r.bold] == ["12 billion euro"]
    rows = [[c.text for c in r.cells] for r in document.tables[0].rows]
    assert rows[1] == ["Tom Reyes", "Analyst, Danube Institute", "Experts"]


@pytest.mark.soffice
def test_brief_built_by_dragging_renders_in_libreoffice(builder, project, tmp_path, qtbot):
    if shutil.which("soffice") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing in CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path / "hand-built.docx"
    build_by_dragging(builder, project, path, qtbot)
    profile = tmp_path / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", str(tmp_path / "hand-built.pdf"), "-"],
                          check=True, capture_output=True, timeout=60).stdout.decode()
    text = " ".join(text.split())
    assert "Vienna aid package" in text
    assert "“Speed matters more than size.”" in text
    # Named in full by the quote before it, then by surname.
    assert "Reyes warned that the money would arrive too late." in text
    assert "“Vienna Agrees Aid Package,” Danube Daily, March 3, 2026, https://example.org/vienna" \
        in text
