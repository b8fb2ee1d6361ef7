"""The brief model: sections, items, front matter, where additions go, undo records."""

import pytest

from briefer.core import brief, review
from briefer.core.errors import BrieferError
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.registry import ACTOR_TYPES, VOICE_GROUPS
from briefer.core.store import Project

TEXT = ('Analyst Mia Berg said: "The talks will fail without guarantees." '
        "Officials disagreed.\n")


@pytest.fixture
def project(tmp_path):
    project = Project.new()
    article = project.add_article(Article(text=TEXT, title="Talks", outlet="Wire"))
    start = TEXT.index("The talks")
    end = TEXT.index('."') + 1
    project.store_analysis(article.id, Analysis(
        actors=[ExtractedActor("a1", "Mia Berg", "person", ["Analyst"], "", True,
                               [Span(8, 16, "Mia Berg")])],
        quotes=[ExtractedQuote("q1", TEXT[start:end], start, end, "direct", "a1", ["a1"],
                               "said")],
    ))
    brief.ensure_default_sections(project)
    yield project
    project.close()


def titles(project):
    return [s.title for s in brief.load_brief(project).sections]


def test_default_sections_come_from_the_template_file(project):
    assert titles(project) == [
        "Summary", "Background", "Key actors", "Expert assessments", "Official positions",
        "Key facts and figures", "Options and recommendations", "Sources"]
    roles = [s.role for s in brief.load_brief(project).sections]
    assert roles[0] == "summary" and roles[-1] == "sources"


def test_ensure_default_sections_leaves_an_existing_brief_alone(project):
    brief.rename_section(project, brief.load_brief(project).sections[0].id, "Bottom line")
    brief.ensure_default_sections(project)
    assert titles(project)[0] == "Bottom line"
    assert len(titles(project)) == 8


def test_unknown_template_is_a_user_error(project):
    with pytest.raises(BrieferError, match="Unknown brief template"):
        brief.section_template("no_such_template")
    with pytest.raises(BrieferError):
        brief.section_template("../etc/passwd")


def test_front_matter_round_trip_and_partial_update(project):
    brief.set_front_matter(project, brief.FrontMatter(
        title="Ukraine guarantees", subtitle="After Paris", author="A. Analyst",
        organisation="Desk", date="2025-09-05", marking="OFFICIAL"))
    brief.set_front_matter(project, marking="DRAFT")
    front = brief.load_brief(project).front
    assert front.title == "Ukraine guarantees"
    assert front.marking == "DRAFT"
    assert front.organisation == "Desk"
    with pytest.raises(ValueError):
        brief.set_front_matter(project, colour="red")


def test_add_rename_move_remove_sections(project):
    new_id = brief.add_section(project, "  Annex  ", position=1)
    assert titles(project)[1] == "Annex"
    brief.move_section(project, new_id, 99)
    assert titles(project)[-1] == "Annex"
    brief.move_section(project, new_id, 0)
    assert titles(project)[0] == "Annex"
    brief.rename_section(project, new_id, "Annex A")
    assert titles(project)[0] == "Annex A"
    brief.remove_section(project, new_id)
    assert "Annex A" not in titles(project)
    positions = [s.position for s in brief.load_brief(project).sections]
    assert positions == list(range(8))
    with pytest.raises(BrieferError):
        brief.rename_section(project, 12345, "x")


def test_quote_item_copies_the_quote_text_span_and_speaker(project):
    section = brief.load_brief(project).section_with_role("experts")
    quote = project.quotes()[0]
    item_id = brief.add_item(project, section.id, "quote", quote_id=quote.id)
    item = brief.load_item(project, item_id)
    assert item.text == "The talks will fail without guarantees."
    assert item.article_id == quote.article_id
    assert TEXT[item.data["start"]:item.data["end"]] == item.text
    assert item.data["speakers"] == ["Mia Berg"]
    assert brief.items_quoting(project, quote.id) == [item_id]


def test_items_reorder_within_and_across_sections(project):
    loaded = brief.load_brief(project)
    summary, options = loaded.section_with_role("summary"), loaded.section_with_role("options")
    first = brief.add_item(project, summary.id, "text", text="First")
    second = brief.add_item(project, summary.id, "text", text="Second")
    third = brief.add_item(project, summary.id, "text", text="Third", position=0)
    order = [i.id for i in brief.load_brief(project).section(summary.id).items]
    assert order == [third, first, second]
    brief.move_item(project, third, summary.id, 2)
    order = [i.id for i in brief.load_brief(project).section(summary.id).items]
    assert order == [first, second, third]
    brief.move_item(project, first, options.id, 0)
    loaded = brief.load_brief(project)
    assert [i.text for i in loaded.section(summary.id).items] == ["Second", "Third"]
    assert [i.position for i in loaded.section(summary.id).items] == [0, 1]
    assert [i.text for i in loaded.section(options.id).items] == ["First"]
    brief.update_item_text(project, first, "**First**, edited")
    assert brief.load_item(project, first).text == "**First**, edited"
    brief.remove_item(project, second)
    assert [i.text for i in brief.load_brief(project).section(summary.id).items] == ["Third"]


def test_remove_section_removes_its_items(project):
    summary = brief.load_brief(project).section_with_role("summary")
    brief.add_item(project, summary.id, "text", text="Gone with the section")
    brief.remove_section(project, summary.id)
    assert project.rows("brief_items") == []


def test_item_kinds_and_required_references_are_checked(project):
    section = brief.load_brief(project).sections[0]
    with pytest.raises(ValueError):
        brief.add_item(project, section.id, "chart")
    with pytest.raises(ValueError):
        brief.add_item(project, section.id, "quote")
    with pytest.raises(ValueError):
        brief.add_item(project, section.id, "actor")
    with pytest.raises(BrieferError):
        brief.add_item(project, 9999, "text", text="nowhere")


def test_actor_item_keeps_the_name(project):
    actors = brief.load_brief(project).section_with_role("actors")
    actor = project.actors()[0]
    item_id = brief.add_item(project, actors.id, "actor", actor_id=actor.id)
    assert brief.load_item(project, item_id).data["name"] == "Mia Berg"


def _brief_rows(project):
    return {t: sorted(project.rows(t), key=repr)
            for t in ("brief_meta", "brief_sections", "brief_items")}


def test_any_brief_change_is_one_recorded_change_undone_and_redone(project):
    before = _brief_rows(project)

    def edit() -> None:
        summary = brief.load_brief(project).section_with_role("summary")
        brief.add_item(project, summary.id, "text", text="New")
        brief.set_front_matter(project, title="Changed")
        brief.remove_section(project, brief.load_brief(project).sections[-1].id)

    _, change = review.record_brief_change(project, edit)
    after = _brief_rows(project)
    change.undo(project)
    assert _brief_rows(project) == before
    assert brief.load_brief(project).front.title == ""
    change.redo(project)
    assert _brief_rows(project) == after
    assert brief.load_brief(project).front.title == "Changed"


def test_the_template_decision_brief_then_settings_then_default(project):
    assert brief.template_for_export(project) is None
    assert brief.template_for_export(project, "/house/settings.docx") == "/house/settings.docx"
    brief.set_docx_template(project, "/house/brief.docx")
    assert brief.template_for_export(project, "/house/settings.docx") == "/house/brief.docx"


def test_emptiness_counts_items_not_sections_or_front_matter(project):
    brief.set_front_matter(project, title="Talks")
    assert brief.is_empty(project)
    summary = brief.load_brief(project).section_with_role("summary")
    brief.add_item(project, summary.id, "text", text="Talks will fail.")
    assert not brief.is_empty(project)


def test_a_quote_goes_to_its_voice_groups_section(project):
    quote = project.quotes()[0]
    assert brief.quote_section_role(project, quote) == "experts"
    berg = project.actor(quote.speaker_id)
    project.update_actor(berg.id, is_expert=False)
    assert brief.quote_section_role(project, quote) == VOICE_GROUPS[
        ACTOR_TYPES[berg.type].voice].section
    project.set_quote_speaker(quote.id, None)
    assert brief.quote_section_role(project, project.quote(quote.id)) is None


def test_target_section_prefers_given_then_role_then_current_then_notes(project):
    loaded = brief.load_brief(project)
    summary = loaded.section_with_role("summary").id
    experts = loaded.section_with_role("experts").id
    assert brief.target_section(project, summary, "experts") == summary
    assert brief.target_section(project, None, "experts", summary) == experts
    assert brief.target_section(project, None, "no such role", experts) == experts
    assert brief.target_section(project, None, None, None) == loaded.sections[0].id
    for section in loaded.sections:
        brief.remove_section(project, section.id)
    # ensure_default_sections refills an empty brief; Notes is the last resort of a
    # template without sections, which the shipped one never is.
    assert brief.target_section(project) == brief.load_brief(project).sections[0].id


def test_brief_survives_save_and_open(project, tmp_path):
    summary = brief.load_brief(project).section_with_role("summary")
    brief.add_item(project, summary.id, "text", text="Kept", data={"note": "é"})
    brief.set_front_matter(project, title="Saved brief")
    path = tmp_path / "saved.briefer"
    project.save_as(path)
    reopened = Project.open(path)
    try:
        loaded = brief.load_brief(reopened)
        assert loaded.front.title == "Saved brief"
        assert loaded.section(summary.id).items[0].data == {"note": "é"}
    finally:
        reopened.close()


def test_markdown_escape_keeps_plain_text_plain():
    from briefer.export.markdown import parse_markdown

    text = "A *starred* 3_000 [note] - not a list\n- 1. neither"
    paragraphs = parse_markdown(brief.markdown_escape(text))
    assert len(paragraphs) == 1
    assert paragraphs[0].kind == "body"
    assert "".join(r.text for r in paragraphs[0].runs) == " ".join(text.split("\n"))
    assert not any(r.bold or r.italic for r in paragraphs[0].runs)
