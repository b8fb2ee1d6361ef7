"""Review operations change the project and undo/redo back to the exact rows."""

import pytest

from briefer.core import review
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

TABLES = ("actors", "actor_aliases", "mentions", "quotes", "brief_sections", "brief_items")


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def _quote(text: str, key: str, needle: str, speaker: str) -> ExtractedQuote:
    span = _span(text, needle)
    return ExtractedQuote(key, span.text, span.start, span.end, "indirect",
                          speaker_key=speaker, speaker_keys=[speaker], cue="said")


def _analysis(seed_text: str) -> Analysis:
    """A hand-made analysis of the seed: two spellings of Arnold, Heisbourg."""
    return Analysis(
        actors=[
            ExtractedActor("a1", "Ed Arnold", "person", roles=["European security expert"],
                           affiliation="Royal United Services Institute", is_expert=True,
                           mentions=[_span(seed_text, "Ed Arnold")]),
            ExtractedActor("a2", "Arnold Pointing", "person",
                           mentions=[_span(seed_text, "Arnold pointing"),
                                     _span(seed_text, "Arnold suggest")]),
            ExtractedActor("a3", "Francois Heisbourg", "person", roles=["special adviser"],
                           mentions=[_span(seed_text, "Francois Heisbourg")]),
        ],
        quotes=[
            _quote(seed_text, "q1", "described detailed operational planning as “impossible”",
                   "a1"),
            _quote(seed_text, "q2", "Trump’s history of withdrawing from international "
                   "agreements", "a2"),
            _quote(seed_text, "q3", "deploying troops without a ceasefire is too risky", "a3"),
        ],
    )


@pytest.fixture()
def project(seed_text):
    """The seed article with the hand-made analysis stored."""
    project = Project.new()
    article = project.add_article(Article(text=seed_text, title="Coalition", outlet="Wire"))
    project.store_analysis(article.id, _analysis(seed_text))
    yield project
    project.close()


def _state(project: Project) -> dict:
    """Every row of the review tables, in a stable order (rowids may move on restore)."""
    return {t: sorted(project.rows(t), key=repr) for t in TABLES}


def _actor_id(project: Project, name: str) -> int:
    return next(a.id for a in project.actors() if a.name == name)


def test_merge_moves_mentions_quotes_and_roles_then_undoes_exactly(project):
    original = _state(project)
    keep = _actor_id(project, "Ed Arnold")
    other = _actor_id(project, "Arnold Pointing")

    change = review.merge_actors(project, keep, [other])

    names = [a.name for a in project.actors()]
    assert "Arnold Pointing" not in names
    merged = project.actor(keep)
    assert merged.mention_count == 3
    assert merged.quote_count == 2
    assert merged.roles == ["European security expert"]
    assert {q.speaker_id for q in project.quotes() if "withdrawing" in q.text} == {keep}
    merged_state = _state(project)

    change.undo(project)
    assert _state(project) == original
    change.redo(project)
    assert _state(project) == merged_state


def test_merge_refuses_a_single_actor(project):
    keep = _actor_id(project, "Ed Arnold")
    with pytest.raises(ValueError, match="two different actors"):
        review.merge_actors(project, keep, [keep])


def test_split_mention_creates_actor_and_undo_removes_it(project, seed_text):
    original = _state(project)
    other = _actor_id(project, "Arnold Pointing")
    mention = next(m for m in project.mentions(actor_id=other) if m.text == "Arnold suggest")

    new_id, change = review.split_mention(project, mention.id, name="Arnold (second)")

    assert project.actor(new_id).name == "Arnold (second)"
    assert project.actor(new_id).type == "person"
    assert [m.id for m in project.mentions(actor_id=new_id)] == [mention.id]
    assert project.actor(other).mention_count == 1
    assert seed_text[mention.start:mention.end] == "Arnold suggest"

    change.undo(project)
    assert _state(project) == original
    change.redo(project)
    assert project.actor(new_id).mention_count == 1


def test_delete_actor_keeps_quotes_without_speaker_and_undo_restores(project):
    original = _state(project)
    heisbourg = _actor_id(project, "Francois Heisbourg")

    change = review.delete_actor(project, heisbourg)

    assert "Francois Heisbourg" not in [a.name for a in project.actors()]
    risky = next(q for q in project.quotes() if "too risky" in q.text)
    assert risky.speaker_id is None
    assert risky.speaker_ids == []

    change.undo(project)
    assert _state(project) == original
    assert project.quote(risky.id).speaker_id == heisbourg


def test_quote_status_speaker_and_span_are_undoable(project, seed_text):
    quote = next(q for q in project.quotes() if "too risky" in q.text)
    arnold = _actor_id(project, "Ed Arnold")

    accept = review.set_quote_status(project, [quote.id], "accepted")
    reassign = review.reassign_speaker(project, quote.id, arnold)
    start = seed_text.index("noted that deploying")
    span = review.set_quote_span(project, quote.id, start, quote.end)

    edited = project.quote(quote.id)
    assert (edited.status, edited.speaker_id) == ("accepted", arnold)
    assert edited.text.startswith("noted that deploying")

    for change in (span, reassign, accept):
        change.undo(project)
    restored = project.quote(quote.id)
    assert (restored.status, restored.speaker_id, restored.text) == (
        "pending", quote.speaker_id, quote.text)


def test_added_quote_and_actor_disappear_on_undo(project, seed_text):
    actor_id, actor_change = review.add_actor(project, "Ben Hodges", "person")
    start = seed_text.index("the lack of a clear mission")
    end = seed_text.index(", according to Ben Hodges")
    quote_id, quote_change = review.add_quote(project, 1, start, end, actor_id, "indirect")

    assert project.quote(quote_id).status == "accepted"
    assert project.actor(actor_id).quote_count == 1

    quote_change.undo(project)
    actor_change.undo(project)
    assert "Ben Hodges" not in [a.name for a in project.actors()]
    assert all(q.id != quote_id for q in project.quotes())


def test_article_metadata_and_removal_are_undoable(project):
    original = _state(project)
    edit = review.update_article(project, 1, title="Paris talks", published="2025-09-04")
    assert project.article(1).title == "Paris talks"

    removal = review.remove_article(project, 1)
    assert project.articles() == []
    assert project.actors() == []

    removal.undo(project)
    edit.undo(project)
    assert project.article(1).title == "Coalition"
    assert _state(project) == original
    assert project.search_articles("Heisbourg") == [1]


def test_brief_change_records_whole_brief(project):
    def write_brief() -> None:
        section = project.insert("brief_sections", {"position": 0, "title": "Summary"})
        project.insert("brief_items", {"section_id": section, "position": 0, "kind": "text",
                                       "text": "Europe lacks a mission."})
        project.set_meta("unused", "")

    _, change = review.record_brief_change(project, write_brief)
    assert len(project.rows("brief_items")) == 1
    change.undo(project)
    assert project.rows("brief_sections") == []
    assert project.rows("brief_items") == []
    change.redo(project)
    assert project.rows("brief_items")[0]["text"] == "Europe lacks a mission."


def _speakers_and_mentions(project: Project) -> dict:
    """Who says each quote and who each mention names, by actor name (ids may be reused)."""
    names = {a.id: a.name for a in project.actors()}
    return {
        "quotes": sorted((q.text, names.get(q.speaker_id), tuple(names[s] for s in q.speaker_ids))
                         for q in project.quotes()),
        "mentions": sorted((m.start, m.text, names[m.actor_id]) for m in project.mentions()),
    }


def test_merge_reanalyse_undo_redo_keeps_every_mention_and_speaker(project, seed_text):
    article_id = project.article_ids()[0]
    original, original_view = _state(project), _speakers_and_mentions(project)
    arnold, pointing = _actor_id(project, "Ed Arnold"), _actor_id(project, "Arnold Pointing")
    merge = review.merge_actors(project, arnold, [pointing])
    merged, merged_view = _state(project), _speakers_and_mentions(project)
    assert {name for _, _, name in merged_view["mentions"]} == {"Ed Arnold",
                                                               "Francois Heisbourg"}

    reanalysis = review.store_analysis(project, article_id, _analysis(seed_text))
    reanalysed, reanalysed_view = _state(project), _speakers_and_mentions(project)
    # The alias kept by the merge sends the re-found "Arnold pointing" to Ed Arnold.
    assert "Arnold Pointing" not in {name for _, _, name in reanalysed_view["mentions"]}
    assert all(speaker != "Arnold Pointing" for _, speaker, _ in reanalysed_view["quotes"])

    reanalysis.undo(project)
    assert _state(project) == merged and _speakers_and_mentions(project) == merged_view
    merge.undo(project)
    assert _state(project) == original and _speakers_and_mentions(project) == original_view
    merge.redo(project)
    assert _state(project) == merged
    reanalysis.redo(project)
    assert _state(project) == reanalysed
    assert _speakers_and_mentions(project) == reanalysed_view


def test_analysis_of_a_removed_article_changes_nothing(project, seed_text):
    article_id = project.article_ids()[0]
    review.remove_article(project, article_id)
    before = _state(project)
    assert review.store_analysis(project, article_id, _analysis(seed_text)).is_empty
    assert _state(project) == before


def test_a_typed_name_means_the_actor_who_goes_by_it(project):
    arnold = _actor_id(project, "Ed Arnold")
    assert review.actor_named(project, "  ed   ARNOLD ") == arnold
    assert review.actor_named(project, "Arnold pointing") == _actor_id(project,
                                                                       "Arnold Pointing")
    assert review.actor_named(project, "Nobody Known") is None
    assert review.actor_named(project, "   ") is None


def test_a_quote_reassigned_to_a_typed_name_is_one_change(project):
    quote = project.quotes()[0]
    before = _state(project)

    def reassign(speaker):
        return review.reassign_speaker(project, quote.id, speaker)

    known = review.with_speaker(project, None, "ed arnold", reassign)
    assert project.quote(quote.id).speaker_id == _actor_id(project, "Ed Arnold")
    known.undo(project)
    change = review.with_speaker(project, None, "Defence analysts", reassign)
    made = _actor_id(project, "Defence analysts")
    assert project.actor(made).type == "person"
    assert project.quote(quote.id).speaker_id == made
    change.undo(project)
    assert _state(project) == before


def test_recorded_analysis_undoes_new_pruned_and_updated_actors_exactly(project, seed_text):
    article_id = project.article_ids()[0]
    # An actor nothing refers to any more (the pruning of the next analysis drops it).
    project.insert("actors", {"name": "Left Over", "type": "person", "roles": "[]",
                              "locked": 0})
    reanalysis = _analysis(seed_text)
    reanalysis.actors[0].roles.append("former minister")  # an update of a known actor
    reanalysis.actors.append(ExtractedActor("a4", "Brand New Person", "person",
                                            mentions=[_span(seed_text, "NATO")]))
    before = _state(project)
    change = review.store_analysis(project, article_id, reanalysis)
    after = _state(project)
    names = {a.name for a in project.actors()}
    assert "Brand New Person" in names and "Left Over" not in names
    assert "former minister" in project.actor(_actor_id(project, "Ed Arnold")).roles
    change.undo(project)
    assert _state(project) == before
    change.redo(project)
    assert _state(project) == after
    # Only what the analysis touched is in the record, not every actor of the project.
    assert len(change.before["actors"]) + len(change.after["actors"]) <= 4
