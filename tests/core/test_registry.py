"""The registry is the one list of kinds, types, roles and voices: every reader of it
copes with every entry, so adding one is one edit there."""

import json

import pytest

from briefer.core import brief, registry
from briefer.core.paths import resources_dir
from briefer.core.records import Actor, Article
from briefer.core.store import Project
from briefer.core.voices import voice_group
from briefer.export.layout import layout_brief


def test_every_voice_group_drafts_into_a_section_role():
    for group in registry.VOICE_GROUP_LIST:
        assert group.section in registry.SECTION_ROLES, group.key


def test_every_actor_type_speaks_as_a_voice_group():
    for kind in registry.ACTOR_TYPE_LIST:
        assert kind.voice in registry.VOICE_GROUPS, kind.key
        actor = Actor(id=1, name="Someone", type=kind.key)
        assert voice_group(actor) in registry.VOICE_GROUPS


def test_the_brief_templates_name_only_registry_roles():
    for path in (resources_dir() / "templates").glob("*.json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
        for section in spec.get("sections", []):
            assert section.get("role", "") in ("", *registry.SECTION_ROLES), path.name


@pytest.mark.parametrize("kind", list(registry.QUOTE_KINDS))
def test_the_layout_sets_every_quote_kind_and_marks_only_verbatim_ones(kind):
    project = Project.new()
    text = "Officials met on Monday. The minister said the plan would cut costs by half."
    article = project.add_article(Article(text=text, title="Plan", outlet="Daily"))
    start = text.index("the plan")
    quote_id = project.add_quote(article.id, start, len(text) - 1, kind=kind)
    brief.ensure_default_sections(project)
    section = brief.load_brief(project).section_with_role("officials")
    brief.add_item(project, section.id, "quote", quote_id=quote_id,
                   text=text[start:len(text) - 1])
    shown = " ".join(b.text for b in layout_brief(project).blocks if "plan" in b.text)
    assert "the plan would cut costs by half" in shown
    assert ("“" in shown) == registry.QUOTE_KINDS[kind].verbatim
