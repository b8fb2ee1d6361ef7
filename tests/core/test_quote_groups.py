"""One quote, everywhere: groups of near-identical quotes on the story project."""

from briefer.core import review
from briefer.core.coverage import NO_OUTLET
from briefer.core.quote_groups import MIXED_STATUS, group_quotes, shared_groups
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span

ALPINE = ("Gruber speaks\n“This pact means no country will face a dry summer alone,” "
          "Eva Gruber said on Sunday. Gruber said she was tired.")
ALPINE_QUOTE = "This pact means no country will face a dry summer alone,"


def _add_article(project, text, quote, outlet, published):
    article = project.add_article(Article(text=text, title="Gruber speaks", outlet=outlet,
                                          published=published))
    name_at = text.index("Eva Gruber")
    at = text.index(quote)
    project.store_analysis(article.id, Analysis(
        actors=[ExtractedActor("g", "Eva Gruber", "person", ["Minister"],
                               mentions=[Span(name_at, name_at + 10, "Eva Gruber")])],
        quotes=[ExtractedQuote("q", quote, at, at + len(quote), "direct", "g", ["g"], "said"),
                ExtractedQuote("r", "she was tired", text.index("she was"),
                               text.index("she was") + 13, "indirect", "g", ["g"], "said")]))
    return article


def test_syndicated_quote_is_one_group_earliest_first(story):
    groups = shared_groups(story)
    assert len(groups) == 1
    group = groups[0]
    assert [m.outlet for m in group.members] == ["Wire One", "River Post"]
    assert group.first.day == "2026-03-02"
    assert group.status == "accepted"
    # Every other quote stands alone.
    lone = [g for g in group_quotes(story) if not g.is_shared]
    assert len(lone) + len(group.members) == len(story.quotes())


def test_nearly_the_same_words_join_and_earliest_date_leads(story):
    _add_article(story, ALPINE, ALPINE_QUOTE, "Alpine Times", "2026-03-01")
    undated = _add_article(story, "Reprint. " + ALPINE, ALPINE_QUOTE, "", "")
    group = shared_groups(story)[0]
    assert [m.outlet for m in group.members] == ["Alpine Times", "Wire One", "River Post",
                                                NO_OUTLET]
    assert group.first.quote.text == ALPINE_QUOTE
    assert group.outlets == ["Alpine Times", "Wire One", "River Post", NO_OUTLET]
    assert group.members[-1].quote.article_id == undated.id
    # "she was tired" is in both added articles: a second shared group.
    assert len(shared_groups(story)) == 2


def test_reviewing_a_group_is_one_change_undone_at_once(story):
    _add_article(story, ALPINE, ALPINE_QUOTE, "Alpine Times", "2026-03-01")
    group = shared_groups(story)[0]
    assert group.status == MIXED_STATUS  # the new copy is pending, the others accepted
    change = review.set_quote_status(story, group.quote_ids, "rejected")
    assert {story.quote(i).status for i in group.quote_ids} == {"rejected"}
    assert set(change.before["quotes"]) == set(group.quote_ids)
    change.undo(story)
    assert [story.quote(i).status for i in group.quote_ids] == ["pending", "accepted",
                                                                "accepted"]


def test_different_quotes_stay_apart(story):
    texts = {tuple(sorted(q.text for q in (m.quote for m in g.members)))
             for g in group_quotes(story)}
    assert ("Oh, what a night,",) in texts
    assert all(len(t) == 1 or t[0] == t[1] for t in texts)


def test_word_grouping_is_remembered_across_status_changes(story):
    from briefer.core.quote_groups import quote_texts, remembered_word_groups, word_groups

    texts = quote_texts(story.quotes())
    grouped = word_groups(texts)
    assert remembered_word_groups(texts) is grouped
    first = story.quotes()[0]
    review.set_quote_status(story, [first.id], "rejected")
    # Review changes statuses, not words: nothing to compare again.
    assert remembered_word_groups(quote_texts(story.quotes())) is grouped
    assert shared_groups(story)[0].members[0].quote.status == "rejected"
