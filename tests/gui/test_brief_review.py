"""Review decides what goes in the brief, through the real window: struck-through and
unreviewed items, the export's questions, B on an item already placed, the draft's
length, several articles' details at once, one announcement per brief change."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QInputDialog

from briefer.core import brief
from briefer.core.brief_checks import ITEM_REJECTED, ITEM_UNREVIEWED, item_statuses
from briefer.core.store import Project
from briefer.gui.brief.drop_list import ID_ROLE
from briefer.gui.brief.export_check import DROP_REJECTED, EXPORT_AS_IS, ExportProblemsDialog
from briefer.gui.dialogs import ArticleDetailsDialog
from tests.gui.conftest import wait_for_analysis


@pytest.fixture()
def drafted(make_window, qtbot, seed_path, second_path, draft_default_length):
    """A window on two analysed articles whose brief was drafted from pending quotes."""
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path), str(second_path)])
    wait_for_analysis(qtbot, window, 2)
    window.draft_action.trigger()
    assert window.centre_tabs.currentIndex() == 1
    return window


def _rows(builder) -> dict[int, object]:
    return {builder.items.item(r).data(ID_ROLE): builder.items.item(r)
            for r in range(builder.items.count())}


def _show_section_of(builder, item_id: int):
    builder.show_item(item_id)
    return _rows(builder)[item_id]


def _placed_quote_items(project) -> list[brief.BriefItem]:
    return [i for i in brief.load_brief(project).items()
            if i.kind == "quote" and i.quote_id is not None]


def _reject(window, quote_id: int) -> None:
    panel = window.review_panel
    window.centre_tabs.setCurrentIndex(0)
    panel.setCurrentIndex(1)
    panel.current_article_only.setChecked(False)
    panel.select_quote(quote_id)
    window.reject_action.trigger()


def test_rejected_items_are_struck_through_and_drafted_pending_ones_marked(drafted):
    window, project = drafted, drafted.project
    builder = window.brief_builder
    items = _placed_quote_items(project)
    assert items, "the draft placed no quote"
    # Nothing is reviewed yet: the draft used pending quotes and says so on each.
    statuses = item_statuses(project)
    assert all(statuses[i.id] == ITEM_UNREVIEWED for i in items)
    row = _show_section_of(builder, items[0].id)
    assert row.text().startswith("Unreviewed · ")
    assert row.font().italic() and not row.font().strikeOut()
    assert "nobody has reviewed" in row.toolTip()

    _reject(window, items[0].quote_id)
    window.centre_tabs.setCurrentIndex(1)
    row = _show_section_of(builder, items[0].id)
    assert item_statuses(project)[items[0].id] == ITEM_REJECTED
    assert row.text().startswith("Rejected · ") and row.font().strikeOut()
    window.undo_action.trigger()  # the rejection undone: the mark follows
    row = _show_section_of(builder, items[0].id)
    assert row.text().startswith("Unreviewed · ") and not row.font().strikeOut()


def test_export_lists_the_problems_and_drops_rejected_items(drafted, qtbot, tmp_path,
                                                           monkeypatch):
    window, project = drafted, drafted.project
    rejected = _placed_quote_items(project)[0]
    _reject(window, rejected.quote_id)
    shown: list[dict[str, list[str]]] = []

    def answer(choice):
        def exec_(dialog: ExportProblemsDialog) -> int:
            shown.append(dialog.groups())
            assert dialog.list.count() == sum(len(rows) + 1 for rows in shown[-1].values())
            if choice is None:
                dialog.cancel_button.click()
            else:
                {DROP_REJECTED: dialog.drop_button,
                 EXPORT_AS_IS: dialog.export_button}[choice].click()
            return dialog.result()
        return exec_

    target = tmp_path / "brief.docx"
    monkeypatch.setattr(ExportProblemsDialog, "exec", answer(None))
    assert window.export_to(str(target)) is None  # Cancel: nothing written
    assert not target.exists()
    groups = shown[-1]
    headings = list(groups)
    assert headings[0].startswith("Rejected by review") and headings[0].endswith(": 1")
    assert headings[1].startswith("Not yet reviewed")
    assert any(h.startswith("Sources lacking an outlet or date") for h in headings)
    assert any("no outlet or date" in row for row in groups[headings[-1]])

    monkeypatch.setattr(ExportProblemsDialog, "exec", answer(DROP_REJECTED))
    job = window.export_to(str(target))
    qtbot.waitUntil(lambda: job.done.is_set() and not window.is_busy, timeout=30000)
    assert rejected.id not in [i.id for i in brief.load_brief(project).items()]
    assert window.undo_stack.command(window.undo_stack.count() - 1).text() == \
        "Drop Rejected Items"
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert rejected.text[:40] not in text
    window.undo_action.trigger()  # dropping is one undo step
    assert rejected.id in [i.id for i in brief.load_brief(project).items()]


def test_b_on_a_quote_already_in_the_brief_selects_it_and_names_its_section(
        make_window, qtbot, seed_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    panel = window.review_panel
    panel.setCurrentIndex(1)
    quote = window.project.quotes()[0]
    panel.select_quote(quote.id)
    window.brief_action.trigger()
    (item,) = _placed_quote_items(window.project)
    section = brief.load_brief(window.project).section(item.section_id).title
    steps = window.undo_stack.count()

    window.centre_tabs.setCurrentIndex(0)
    panel.select_quote(quote.id)
    window.brief_action.trigger()
    assert len(_placed_quote_items(window.project)) == 1
    assert window.undo_stack.count() == steps
    assert window.centre_tabs.currentIndex() == 1
    assert window.brief_builder.current_item_id() == item.id
    assert window.statusBar().currentMessage() == (
        f"This quote is already in the brief, in “{section}”")


def test_b_on_an_actor_already_in_the_brief_selects_its_card(make_window, qtbot, seed_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    panel = window.review_panel
    panel.setCurrentIndex(0)
    actor = window.project.actors()[0]
    panel.select_actor(actor.id)
    window.brief_action.trigger()
    window.centre_tabs.setCurrentIndex(0)
    panel.select_actor(actor.id)
    window.brief_action.trigger()
    cards = [i for i in brief.load_brief(window.project).items() if i.kind == "actor"]
    assert [c.actor_id for c in cards] == [actor.id]
    assert window.brief_builder.current_item_id() == cards[0].id
    assert "This actor is already in the brief, in “" in window.statusBar().currentMessage()


def test_draft_asks_the_length_and_calls_the_command_lines_draft(make_window, qtbot, seed_path,
                                                                 monkeypatch):
    import briefer.core.draft as core_draft

    calls: list[str] = []
    real = core_draft.draft_brief
    monkeypatch.setattr(core_draft, "draft_brief",
                        lambda project, length="two", template=None:
                        calls.append(length) or real(project, length, template))
    offered: list[tuple[list[str], int]] = []
    answers = ["One page", None]

    def get_item(parent, title, label, items, current=0, editable=True, *args, **kwargs):
        offered.append((list(items), current, label))
        answer = answers.pop(0)
        return (answer, True) if answer else ("", False)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)

    window.draft_action.trigger()
    labels, current, question = offered[0]
    assert labels == ["One page", "Two pages (default)", "Full length"]
    assert labels[current] == "Two pages (default)"
    assert "replaces" not in question  # the brief was empty
    assert calls == ["one"] and brief.brief_length(window.project) == "one"
    assert window.undo_action.text().replace("&", "") == "Undo Draft Brief"

    before = brief.load_brief(window.project)
    window.draft_action.trigger()  # cancelled: nothing changes
    labels, current, question = offered[1]
    assert labels[current] == "One page"  # the brief's own length is offered first
    assert "replaces the current brief" in question
    assert calls == ["one"] and brief.load_brief(window.project) == before


def test_article_details_sets_a_field_on_several_articles_in_one_step(
        make_window, qtbot, seed_path, second_path, monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path), str(second_path)])
    wait_for_analysis(qtbot, window, 2)
    before = {a.id: a for a in window.project.article_summaries()}
    seen = {}

    def type_outlet(dialog: ArticleDetailsDialog) -> int:
        seen["title"] = dialog.windowTitle()
        seen["fields"] = sorted(dialog.edits)
        seen["placeholder"] = dialog.edits["author"].placeholderText()
        qtbot.keyClicks(dialog.edits["outlet"], "Wire Service")
        return int(dialog.DialogCode.Accepted)

    monkeypatch.setattr(ArticleDetailsDialog, "exec", type_outlet)
    view = window.article_view
    view.selectAll()
    assert len(view.selectionModel().selectedRows()) == 2
    window.edit_article_action.trigger()

    assert seen["title"] == "Details of 2 Articles"
    assert seen["fields"] == ["author", "outlet", "published"]  # title and URL are each's own
    after = {a.id: a for a in window.project.article_summaries()}
    assert {a.outlet for a in after.values()} == {"Wire Service"}
    for article_id, article in after.items():  # nothing else was written
        old = before[article_id]
        assert (article.title, article.author, article.published, article.url) == (
            old.title, old.author, old.published, old.url)
    assert window.undo_action.text().replace("&", "") == "Undo Edit Details of 2 Articles"
    window.undo_action.trigger()
    assert {a.outlet for a in window.project.article_summaries()} == {
        a.outlet for a in before.values()}
    view.selectionModel().select(view.model().index(0, 0),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect
                                 | QItemSelectionModel.SelectionFlag.Rows)
    assert len(view.selectionModel().selectedRows()) == 1


def test_a_brief_change_is_announced_once_and_the_builder_refreshes_once(drafted,
                                                                         monkeypatch):
    window = drafted
    builder = window.brief_builder
    announced: list[str] = []
    window.session.projectChanged.connect(announced.append)
    refreshes = []
    real_refresh = builder.refresh
    monkeypatch.setattr(builder, "refresh", lambda: refreshes.append(1) or real_refresh())
    other_views = []
    monkeypatch.setattr(window.article_model, "update",
                        lambda *a, **k: other_views.append("articles"))

    builder.add_paragraph("Our own assessment.")
    assert announced == ["brief"]
    assert len(refreshes) == 1
    assert other_views == []  # the article list, quotes and reader are not redrawn
    window.undo_action.trigger()
    assert announced == ["brief", "brief"] and len(refreshes) == 2


def test_export_without_problems_asks_nothing(make_window, qtbot, seed_path, tmp_path,
                                              monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    builder = window.brief_builder
    builder.add_paragraph("Only our own words here.")
    from briefer.core import review

    article_id = window.project.article_ids()[0]
    window.session.apply("Edit Article", lambda: review.update_article(
        window.project, article_id, outlet="Wire", published="2025-01-02"))
    asked = []
    monkeypatch.setattr(ExportProblemsDialog, "exec", lambda d: asked.append(d) or 0)
    target = tmp_path / "clean.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    job = window.export_to(str(target))
    qtbot.waitUntil(lambda: job.done.is_set() and not window.is_busy, timeout=30000)
    assert asked == [] and target.exists()
