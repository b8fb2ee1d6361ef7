"""The actor dossier on a project of four articles from three outlets (`_comey.py`)."""

from datetime import date

import pytest

from briefer.core import review
from briefer.core.dossier import build_dossier, publication_day
from briefer.core.errors import ProjectError


@pytest.fixture
def comey_id(comey, comey_module):
    return comey_module.actor_id(comey, "James Comey")


@pytest.mark.parametrize(("published", "day"), [
    ("2017-06-08", date(2017, 6, 8)),
    ("2017-06-08T14:30:00", date(2017, 6, 8)),
    (" 2017-06 ", date(2017, 6, 1)),
    ("", None),
    ("June 8, 2017", None),  # typed by hand, not ISO: undated rather than guessed
    ("2017-02-30", None),
])
def test_publication_day(published, day):
    assert publication_day(published) == day


def test_names_are_the_spellings_the_articles_use_with_their_dates(comey, comey_id):
    names = {u.text: u for u in build_dossier(comey, comey_id).names}
    assert set(names) == {"Comey", "James Comey"}
    assert (names["Comey"].count, names["Comey"].articles) == (9, 3)
    assert (names["Comey"].first, names["Comey"].last) == (date(2017, 6, 8), date(2017, 6, 9))
    assert (names["James Comey"].count, names["James Comey"].articles) == (3, 2)
    assert names["James Comey"].first == date(2017, 5, 10)
    assert [u.text for u in build_dossier(comey, comey_id).names] == ["Comey", "James Comey"]


def test_roles_are_dated_by_the_paragraphs_that_name_the_actor(comey, comey_id):
    roles = build_dossier(comey, comey_id).roles
    assert [r.text for r in roles] == ["FBI Director", "former FBI Director"]
    director, former = roles
    assert (director.count, director.articles) == (3, 2)
    assert (director.first, director.last) == (date(2017, 5, 10), date(2017, 6, 8))
    assert (former.count, former.articles) == (1, 1)
    assert former.first == former.last == date(2017, 6, 8)


def test_a_role_typed_by_hand_that_no_article_gives_is_listed_undated(comey, comey_id):
    review.update_actor(comey, comey_id, roles=["FBI Director", "author"])
    roles = {r.text: r for r in build_dossier(comey, comey_id).roles}
    assert (roles["author"].articles, roles["author"].first) == (0, None)
    assert [r.text for r in build_dossier(comey, comey_id).roles][-1] == "author"


def test_every_quote_across_articles_with_outlet_and_date_sorted_by_date(comey, comey_id,
                                                                         comey_module):
    quotes = build_dossier(comey, comey_id).quotes
    assert [(q.outlet, q.published[:10], q.text[:22]) for q in quotes] == [
        ("Capitol Daily", "2017-06-08", comey_module.FIRED_LINE[:22]),
        ("Wire One", "2017-06-09", comey_module.FIRED_LINE[:22]),
        ("Wire One", "2017-06-09", "he had kept memos of e"),
        ("", "", "they would speak again"),
        ("", "", "the memos were accurat"),
    ]
    assert [q.joint for q in quotes] == [False, False, False, True, False]
    assert quotes[0].title == "Comey tells senators he was fired over Russia inquiry"
    assert [q.status for q in quotes] == ["accepted", "accepted", "pending", "pending",
                                          "rejected"]


def test_quotes_filter_by_kind_and_status(comey, comey_id):
    dossier = build_dossier(comey, comey_id)
    assert len(dossier.quotes_where(kinds=["direct"])) == 2
    assert [q.text for q in dossier.quotes_where(kinds=["indirect"], statuses=["pending"])] == [
        "he had kept memos of every meeting", "they would speak again after the recess"]
    assert dossier.quotes_where(statuses=[]) == []
    assert len(dossier.quotes_where()) == 5


def test_articles_that_name_or_quote_the_actor_by_date_undated_last(comey, comey_id):
    dossier = build_dossier(comey, comey_id)
    assert [(a.outlet, a.mentions, a.quotes) for a in dossier.articles] == [
        ("Wire One", 2, 0), ("Capitol Daily", 4, 1), ("Wire One", 4, 2), ("", 2, 1)]
    assert dossier.undated_articles == 1
    assert dossier.undated_quotes == 2


def test_co_mentions_count_shared_paragraphs_then_shared_articles(comey, comey_id):
    named_with = build_dossier(comey, comey_id).co_mentions
    assert [(c.name, c.paragraphs, c.articles) for c in named_with] == [
        ("Donald Trump", 3, 2),
        ("Mark Warner", 2, 2),
        ("Senate Intelligence Committee", 1, 1),
        ("The White House", 0, 1),
    ]
    assert len(build_dossier(comey, comey_id, co_mention_limit=2).co_mentions) == 2


def test_timeline_has_one_point_per_dated_quote_stacked_within_a_day(comey, comey_id):
    dossier = build_dossier(comey, comey_id)
    points = dossier.timeline()
    assert [(p.day, p.stack, p.kind) for p in points] == [
        (date(2017, 6, 8), 0, "direct"), (date(2017, 6, 9), 0, "direct"),
        (date(2017, 6, 9), 1, "indirect")]
    assert [p.quote_id for p in points] == [q.id for q in dossier.quotes[:3]]
    only_pending = dossier.timeline(dossier.quotes_where(statuses=["pending"]))
    assert [(p.day, p.stack) for p in only_pending] == [(date(2017, 6, 9), 0)]


def test_review_changes_show_in_a_fresh_dossier(comey, comey_id):
    pending = build_dossier(comey, comey_id).quotes_where(statuses=["pending"])
    review.set_quote_status(comey, [q.id for q in pending], "accepted")
    dossier = build_dossier(comey, comey_id)
    assert [q.status for q in dossier.quotes].count("accepted") == 4


def test_a_merged_actor_brings_its_names_and_quotes(comey, comey_id, comey_module):
    warner = comey_module.actor_id(comey, "Mark Warner")
    review.merge_actors(comey, comey_id, [warner])
    dossier = build_dossier(comey, comey_id)
    assert {"Mark Warner", "Warner"} <= {u.text for u in dossier.names}
    assert "Comey's account was credible" in [q.text for q in dossier.quotes]
    assert all(c.name != "Mark Warner" for c in dossier.co_mentions)


def test_an_actor_with_no_mention_has_an_empty_dossier(comey):
    actor_id, _ = review.add_actor(comey, "Nobody Yet")
    dossier = build_dossier(comey, actor_id)
    assert dossier.quotes == dossier.articles == dossier.co_mentions == ()
    assert [u.text for u in dossier.names] == ["Nobody Yet"]
    assert dossier.voice == "others"


def test_an_unknown_actor_is_a_project_error(comey):
    with pytest.raises(ProjectError):
        build_dossier(comey, 9999)
