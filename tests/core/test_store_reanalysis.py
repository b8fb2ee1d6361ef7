"""Re-analysis keeps every user decision, one test per decision; actor types follow the registry.

Each test analyses an article, makes one decision the way the review panel
does (through `briefer.core.review`), analyses the article again with the
same findings, and checks the decision is still there and nothing doubled.
"""

from __future__ import annotations

import sqlite3

import pytest

from briefer.core import registry, review
from briefer.core.errors import ProjectError
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import SCHEMA_VERSION, Project

TEXT = ('Ana Lind, the finance minister, said the budget would pass. "We have the votes," '
        "Lind said. Professor Erik Berg of Oslo University disagreed. Berg said the plan "
        'was risky. Lind added that taxes would fall. Officials called it "a fair deal".')


def span(text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(start, start + len(text), text)


def analysis(lind_apart: bool = False) -> Analysis:
    """What the analysis finds; `lind_apart`: the bare "Lind" as an actor of its own."""
    lind_mentions = [span("Lind", 1), span("Lind", 2)]
    actors = [
        ExtractedActor("a1", "Ana Lind", "person", ["finance minister"],
                       mentions=[span("Ana Lind"), *([] if lind_apart else lind_mentions)]),
        ExtractedActor("a2", "Erik Berg", "person", ["professor"], "Oslo University",
                       is_expert=True, mentions=[span("Erik Berg"), span("Berg", 1)]),
        ExtractedActor("a3", "Oslo University", "organization",
                       mentions=[span("Oslo University")]),
    ]
    if lind_apart:
        actors.append(ExtractedActor("a4", "Lind", "person", mentions=lind_mentions))
    lind = "a4" if lind_apart else "a1"

    def quote(key: str, text: str, kind: str, speaker: str) -> ExtractedQuote:
        found = span(text)
        return ExtractedQuote(key, text, found.start, found.end, kind, speaker, [speaker],
                              cue="said")

    quotes = [
        quote("q1", "the budget would pass", "indirect", "a1"),
        quote("q2", '"We have the votes,"', "direct", lind),
        quote("q3", "the plan was risky", "indirect", "a2"),
        quote("q4", "taxes would fall", "indirect", lind),
    ]
    return Analysis(actors, quotes)


@pytest.fixture
def project():
    project = Project.new()
    project.add_article(Article(text=TEXT, title="Budget"))
    project.store_analysis(1, analysis())
    yield project
    project.close()


def reanalyse(project: Project, lind_apart: bool = False) -> None:
    project.store_analysis(1, analysis(lind_apart))


def actor_named(project: Project, name: str) -> int:
    (actor,) = [a for a in project.actors() if a.name == name]
    return actor.id


def quote_at(project: Project, text: str):
    found = span(text)
    matches = [q for q in project.quotes() if q.start < found.end and found.start < q.end]
    assert len(matches) == 1, matches
    return matches[0]


def mentions_at(project: Project, found: Span) -> list[int]:
    return [m.actor_id for m in project.mentions(1)
            if m.start < found.end and found.start < m.end]


def test_a_merge_survives(project):
    reanalyse(project, lind_apart=True)
    review.merge_actors(project, actor_named(project, "Ana Lind"), [actor_named(project, "Lind")])
    reanalyse(project, lind_apart=True)
    ana = actor_named(project, "Ana Lind")
    assert [a.name for a in project.actors()].count("Lind") == 0
    assert mentions_at(project, span("Lind", 2)) == [ana]
    assert quote_at(project, "taxes would fall").speaker_id == ana


def test_a_split_survives(project):
    (mention,) = [m for m in project.mentions(1) if m.start == span("Lind", 2).start]
    per, _change = review.split_mention(project, mention.id, name="Per Lind")
    reanalyse(project)
    assert mentions_at(project, span("Lind", 2)) == [per]
    assert mentions_at(project, span("Lind", 1)) == [actor_named(project, "Ana Lind")]


def test_a_rename_survives(project):
    ana = actor_named(project, "Ana Lind")
    review.update_actor(project, ana, name="Anna Lind-Holm")
    reanalyse(project)
    assert project.actor(ana).name == "Anna Lind-Holm"
    assert mentions_at(project, span("Ana Lind")) == [ana]
    assert "Ana Lind" not in [a.name for a in project.actors()]


def test_a_type_change_survives(project):
    oslo = actor_named(project, "Oslo University")
    review.update_actor(project, oslo, type="international")
    reanalyse(project)
    assert project.actor(oslo).type == "international"


def test_an_expert_change_survives(project):
    berg = actor_named(project, "Erik Berg")
    review.update_actor(project, berg, is_expert=False, roles=["economist"])
    reanalyse(project)
    assert not project.actor(berg).is_expert
    assert project.actor(berg).roles == ["economist"]


def test_a_speaker_reassignment_survives(project):
    berg = actor_named(project, "Erik Berg")
    review.reassign_speaker(project, quote_at(project, "taxes would fall").id, berg)
    reanalyse(project)
    assert quote_at(project, "taxes would fall").speaker_id == berg


@pytest.mark.parametrize("status", ["rejected", "accepted"])
def test_a_review_status_survives(project, status):
    review.set_quote_status(project, [quote_at(project, "the plan was risky").id], status)
    reanalyse(project)
    assert quote_at(project, "the plan was risky").status == status


def test_a_quote_kind_change_survives(project):
    review.set_quote_kind(project, quote_at(project, "the budget would pass").id, "mixed")
    reanalyse(project)
    assert quote_at(project, "the budget would pass").kind == "mixed"


def test_a_quote_span_edit_survives(project):
    narrower = span("risky")
    review.set_quote_span(project, quote_at(project, "the plan was risky").id,
                          narrower.start, narrower.end)
    reanalyse(project)
    assert quote_at(project, "the plan was risky").text == "risky"


def test_a_user_added_quote_survives(project):
    deal = span('"a fair deal"')
    ana = actor_named(project, "Ana Lind")
    quote_id, _change = review.add_quote(project, 1, deal.start, deal.end, ana)
    reanalyse(project)
    kept = quote_at(project, '"a fair deal"')
    assert (kept.id, kept.speaker_id, kept.status, kept.origin) == (
        quote_id, ana, "accepted", "user")


def test_a_user_added_mention_survives(project):
    minister = span("the finance minister")
    ana = actor_named(project, "Ana Lind")
    review.add_mention(project, 1, ana, minister.start, minister.end)
    reanalyse(project)
    assert mentions_at(project, minister) == [ana]


def test_a_user_mention_over_an_automatic_one_is_not_doubled(project):
    berg_span = span("Berg", 1)
    oslo = actor_named(project, "Oslo University")
    review.add_mention(project, 1, oslo, berg_span.start, berg_span.end)
    reanalyse(project)
    assert mentions_at(project, berg_span) == [oslo]


# -- actor types ---------------------------------------------------------------


def test_analysis_types_are_the_registrys():
    project = Project.new()
    project.add_article(Article(text=TEXT, title="Budget"))
    found = analysis()
    found.actors[2].type = "government"
    found.actors[1].type = "wizard"
    project.store_analysis(1, found)
    assert project.actor(actor_named(project, "Oslo University")).type == "government"
    assert project.actor(actor_named(project, "Erik Berg")).type == registry.DEFAULT_ACTOR_TYPE
    with pytest.raises(ValueError, match="unknown actor type"):
        project.add_actor("Someone", "wizard")


def _format_2_project(path, types: list[str]) -> None:
    project = Project.new()
    for number, type_ in enumerate(types):
        project.insert("actors", {"name": f"Actor {number}", "type": type_, "locked": 1})
    project.set_meta("schema_version", "2")
    project.save_as(path)
    project.close()


def test_format_2_types_migrate_to_the_registry(tmp_path):
    path = tmp_path / "old.briefer"
    old = ["organization", "person", "country", "group", "ngo"]
    _format_2_project(path, old)
    project = Project.open(path)
    assert project.meta("schema_version") == str(SCHEMA_VERSION) == "3"
    types = [a.type for a in sorted(project.actors(), key=lambda a: a.id)]
    assert types == ["organization", "person", "country", "group", "organization"]
    assert set(types) <= set(registry.ACTOR_TYPES)


def test_a_current_project_with_an_unknown_type_is_refused(tmp_path):
    path = tmp_path / "odd.briefer"
    project = Project.new()
    project.add_actor("Someone", "person")
    project.save_as(path)
    project.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE actors SET type = 'wizard'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match=r"damaged \(unreadable actors\.type of row 1\)"):
        Project.open(path)
