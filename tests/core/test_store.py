"""The project: round trips, saves, decisions kept over re-analysis, search, verbatim text."""

import json
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.core.errors import DuplicateArticleError, ProjectError
from briefer.core.records import Article
from briefer.core.store import Project, alias_key, project_path
from tests.core._store import (
    JOINT_QUOTE,
    SEED_TITLE,
    actor_named,
    add_seed,
    bounds,
    dump,
    quote_at,
    seed_analysis,
)

# -- new / open / save / save as -------------------------------------------


def test_round_trip_keeps_every_table_exactly(tmp_path, seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    macron = actor_named(project, "Emmanuel Macron")
    hodges = actor_named(project, "Ben Hodges")
    project.set_quote_status(quote_at(project, seed_text, "“impossible”").id, "accepted")
    rejected = quote_at(project, seed_text, "deploying troops without a ceasefire is too risky")
    project.set_quote_status(rejected.id, "rejected")
    project.set_quote_speaker(quote_at(project, seed_text, "the lack of a clear mission risks "
                                       "undermining credibility").id, macron.id)
    project.update_actor(hodges.id, name="Lt. Gen. Ben Hodges", is_expert=True)
    project.add_mention(article.id, macron.id, *bounds(seed_text, "Macron"))
    project.conn.execute("INSERT INTO brief_meta VALUES ('title', 'Guarantees for Ukraine')")
    section = project.insert("brief_sections", {"position": 0, "title": "Key voices"})
    project.insert("brief_items", {"section_id": section, "position": 0, "kind": "quote",
                                   "quote_id": rejected.id, "text": "",
                                   "data": json.dumps({"note": "verify"})})
    before = dump(project)

    path = tmp_path / "Brief.briefer"
    project.save_as(path)
    assert project.path == path and project.name == "Brief" and not project.is_dirty
    reopened = Project.open(path)
    assert dump(reopened) == before
    assert not reopened.is_dirty
    assert reopened.articles() == project.articles()
    assert reopened.actors() == project.actors()
    assert reopened.quotes() == project.quotes()
    assert reopened.mentions() == project.mentions()
    assert actor_named(reopened, "Lt. Gen. Ben Hodges").is_expert
    for mention in reopened.mentions():
        assert seed_text[mention.start:mention.end] == mention.text


def test_save_writes_changes_and_save_as_moves_the_project(tmp_path, seed_text):
    first = tmp_path / "first.briefer"
    project = Project.new()
    assert project.name == "Untitled" and not project.is_dirty
    with pytest.raises(ProjectError, match="Save As"):
        project.save()
    project.save_as(first)
    add_seed(project, seed_text)
    assert project.is_dirty
    project.save()
    assert not project.is_dirty
    assert [a.title for a in Project.open(first).articles()] == [SEED_TITLE]

    second = tmp_path / "second.briefer"
    project.save_as(second)
    project.update_article(1, title="Renamed")
    project.save()
    assert Project.open(second).article(1).title == "Renamed"
    assert Project.open(first).article(1).title == SEED_TITLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.briefer", "second.briefer"]


def test_write_copy_leaves_the_project_on_its_own_file(tmp_path, seed_text):
    project = Project.new()
    project.save_as(tmp_path / "main.briefer")
    add_seed(project, seed_text)
    project.write_copy(tmp_path / "recovery.briefer")
    assert project.path == tmp_path / "main.briefer" and project.is_dirty
    assert len(Project.open(tmp_path / "recovery.briefer").articles()) == 1


def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "shared.briefer"
    project = Project.new()
    project.save_as(path)
    os.chmod(path, 0o640)
    project.set_meta("note", "changed")
    project.save()
    assert path.stat().st_mode & 0o777 == 0o640


def test_new_files_get_the_usual_permissions_not_owner_only(tmp_path):
    old_umask = os.umask(0o022)
    try:
        Project.new().save_as(tmp_path / "new.briefer")
    finally:
        os.umask(old_umask)
    assert (tmp_path / "new.briefer").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("name", ["a#b.briefer", "what?.briefer", "100%.briefer",
                                  "with space.briefer", "ünïcödé ✓.briefer"])
def test_file_names_with_uri_characters(tmp_path, seed_text, name):
    project = Project.new()
    add_seed(project, seed_text)
    project.save_as(tmp_path / name)
    assert Project.open(tmp_path / name).articles()[0].text == seed_text


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be UTF-8 there")
def test_a_file_name_in_another_encoding_saves_opens_and_shows_a_name(tmp_path, seed_text):
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.briefer")))
    project = Project.new()
    add_seed(project, seed_text)
    project.save_as(path)
    reopened = Project.open(path)
    assert reopened.articles()[0].text == seed_text
    # Shown with U+FFFD for the byte (the window's title showed no name at all).
    assert reopened.name == "r\ufffdsum\ufffd"


def test_save_through_a_symbolic_link_keeps_the_link(tmp_path, seed_text):
    real = tmp_path / "synced" / "real.briefer"
    real.parent.mkdir()
    link = tmp_path / "link.briefer"
    project = Project.new()
    project.save_as(real)
    link.symlink_to(real)
    opened = Project.open(link)
    add_seed(opened, seed_text)
    opened.save()
    assert link.is_symlink()
    assert len(Project.open(real).articles()) == 1


def test_project_path_adds_the_suffix_once():
    assert project_path("notes") == Path("notes.briefer")
    assert project_path("dir/notes.briefer") == Path("dir/notes.briefer")
    assert project_path("notes.txt") == Path("notes.txt.briefer")


def test_duplicate_article_is_refused(seed_text):
    project = Project.new()
    first = add_seed(project, seed_text)
    with pytest.raises(DuplicateArticleError, match=SEED_TITLE) as caught:
        project.add_article(Article(text="\n" + seed_text + "  \n"))
    assert caught.value.existing_id == first.id
    assert len(project.articles()) == 1


def test_remove_article_drops_its_results_and_orphan_actors(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    kept = project.add_actor("Kept By Hand", "person")
    project.remove_article(article.id)
    assert project.articles() == [] and project.quotes() == [] and project.mentions() == []
    assert [a.id for a in project.actors()] == [kept]


# -- re-analysis keeps the user's decisions -------------------------------------------


def test_reanalysis_keeps_accepted_rejected_and_reassigned_quotes(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    macron = actor_named(project, "Emmanuel Macron")
    accepted = quote_at(project, seed_text, "“impossible”")
    rejected = quote_at(project, seed_text, "deploying troops without a ceasefire is too risky")
    reassigned = quote_at(project, seed_text,
                          "the lack of a clear mission risks undermining credibility")
    project.set_quote_status(accepted.id, "accepted")
    project.set_quote_status(rejected.id, "rejected")
    project.set_quote_speaker(reassigned.id, macron.id)
    by_hand = project.add_quote(article.id, *bounds(seed_text, "coalition of the willing"),
                                speaker_id=macron.id)

    project.store_analysis(article.id, seed_analysis(seed_text))

    quotes = {q.id: q for q in project.quotes()}
    assert len(quotes) == 5
    assert quotes[accepted.id].status == "accepted"
    assert quotes[rejected.id].status == "rejected"
    assert quotes[reassigned.id].speaker_id == macron.id
    assert quotes[by_hand].origin == "user" and quotes[by_hand].text == "coalition of the willing"
    pending = sorted(q.text[:14] for q in quotes.values() if q.status == "pending")
    assert pending == ["arming Ukraine", "the lack of a "]
    assert actor_named(project, "Emmanuel Macron").quote_count == 2


def test_reanalysis_keeps_renamed_and_edited_actors(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    hodges = actor_named(project, "Ben Hodges")
    nato = actor_named(project, "NATO")
    project.update_actor(hodges.id, name="Gen. Ben Hodges (ret.)", is_expert=True,
                         roles=["retired general"])
    project.update_actor(nato.id, type="group")

    project.store_analysis(article.id, seed_analysis(seed_text))

    renamed = project.actor(hodges.id)
    assert (renamed.name, renamed.is_expert, renamed.roles) == (
        "Gen. Ben Hodges (ret.)", True, ["retired general"])
    assert project.actor(nato.id).type == "group"
    assert not [a for a in project.actors() if a.name in ("Ben Hodges", "NATO")
                and a.id not in (hodges.id, nato.id)]
    assert renamed.mention_count == 1 and renamed.quote_count == 1


def merge_actors(project: Project, keep_id: int, gone_id: int) -> None:
    """A merge as the review panel makes one, through the generic row operations."""
    with project.transaction():
        project.conn.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?",
                             (keep_id, gone_id))
        project.conn.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?",
                             (keep_id, gone_id))
        project.conn.execute("UPDATE actor_aliases SET actor_id = ? WHERE actor_id = ?",
                             (keep_id, gone_id))
        project.update("actors", keep_id, {"locked": 1})
        project.delete_rows("actors", [gone_id])


def test_reanalysis_keeps_merged_actors(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text, split_arnold=True))
    ed_arnold = actor_named(project, "Ed Arnold")
    merge_actors(project, ed_arnold.id, actor_named(project, "Arnold").id)
    assert project.actor(ed_arnold.id).mention_count == 2

    project.store_analysis(article.id, seed_analysis(seed_text, split_arnold=True))

    assert "Arnold" not in [a.name for a in project.actors()]
    assert project.actor(ed_arnold.id).mention_count == 2
    assert [m.text for m in project.mentions(actor_id=ed_arnold.id)] == ["Ed Arnold", "Arnold"]


def test_reanalysis_keeps_user_mentions_and_replaces_automatic_ones(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    macron = actor_named(project, "Emmanuel Macron")
    added = project.add_mention(article.id, macron.id, *bounds(seed_text, "French President"))
    project.store_analysis(article.id, seed_analysis(seed_text))
    project.store_analysis(article.id, seed_analysis(seed_text))
    texts = sorted(m.text for m in project.mentions(actor_id=macron.id))
    assert texts == ["Emmanuel Macron", "French President"]
    assert added in [m.id for m in project.mentions(article_id=article.id)]
    assert len(project.mentions()) == 8


def test_joint_speakers_of_a_kept_quote_survive_reanalysis(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    joint = quote_at(project, seed_text, JOINT_QUOTE)
    project.set_quote_status(joint.id, "accepted")
    arnold_id = joint.speaker_ids[1]
    without_arnold = seed_analysis(seed_text)
    without_arnold.actors = [a for a in without_arnold.actors if a.name != "Ed Arnold"]
    without_arnold.quotes = []

    project.store_analysis(article.id, without_arnold)

    kept = project.quote(joint.id)
    assert kept.speaker_ids == joint.speaker_ids
    assert project.actor(arnold_id).name == "Ed Arnold"


def test_analysis_offsets_index_the_stored_text(seed_text):
    project = Project.new()
    article = add_seed(project, seed_text)
    project.store_analysis(article.id, seed_analysis(seed_text))
    stored = project.article(article.id).text
    assert stored == seed_text
    for item in [*project.mentions(), *project.quotes()]:
        assert stored[item.start:item.end] == item.text
    assert project.article(article.id).analyzed_at
    assert project.review_counts() == {article.id: {"actors": 5, "quotes": 4, "pending": 4}}


def test_alias_key_meets_spellings_of_one_name():
    assert alias_key("François Heisbourg") == alias_key("francois heisbourg")
    assert alias_key("U.S.") == alias_key("US")
    assert alias_key("Zelenskyy’s") == alias_key("Zelenskyy")


# -- search and verbatim text ------------------------------------------------------


def test_full_text_search(seed_text):
    project = Project.new()
    seed = add_seed(project, seed_text)
    other = project.add_article(Article(text="Grain exports resumed from Odesa on Monday.",
                                        title="Black Sea corridor"))
    assert project.search_articles("Heisbourg") == [seed.id]
    assert project.search_articles("heisb") == [seed.id]
    assert project.search_articles("Odesa grain") == [other.id]
    assert project.search_articles("corridor") == [other.id]
    assert project.search_articles("security guarantees") == [seed.id]
    assert project.search_articles("nothing-like-this") == []
    assert project.search_articles("  ") == [seed.id, other.id]
    # FTS operators and quotes in the query are words, not syntax: no OR here.
    assert project.search_articles('NATO" OR "zzz') == []
    assert project.search_articles("NATO) AND (Odesa*") == []
    project.update_article(other.id, title="Renamed corridor story")
    assert project.search_articles("renamed") == [other.id]
    project.remove_article(other.id)
    assert project.search_articles("Odesa") == []


HOSTILE = [
    "Robert'); DROP TABLE articles;--",
    '<script>alert("x")</script> & <b>bold</b>',
    "50% off _under_ \\ back\\slash \"quoted\" 'single'",
    "NULL",
    "",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_sql_and_html_are_stored_verbatim(tmp_path, seed_text, value):
    project = Project.new()
    article = add_seed(project, value + "\n" + seed_text, title=value)
    project.update_article(article.id, outlet=value, author=value)
    actor = project.add_actor(value or "Nameless", "person", roles=[value],
                              affiliation=value)
    path = tmp_path / "hostile.briefer"
    project.save_as(path)
    reopened = Project.open(path)
    stored = reopened.article(article.id)
    assert (stored.title, stored.outlet, stored.author) == (value, value, value)
    assert stored.text.startswith(value + "\n")
    back = reopened.actor(actor)
    assert (back.name, back.roles, back.affiliation) == (value or "Nameless", [value], value)
    assert {t for t, in reopened.conn.execute("SELECT name FROM sqlite_master")} >= {
        "articles", "actors", "quotes"}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80),
       body=st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1,
                    max_size=400))
def test_any_text_round_trips_verbatim(tmp_path_factory, title, body):
    path = tmp_path_factory.mktemp("any") / "any.briefer"
    project = Project.new()
    article = project.add_article(Article(text=body, title=title))
    actor = project.add_actor(title or "x", "person", roles=[title])
    project.save_as(path)
    reopened = Project.open(path)
    stored = reopened.article(article.id)
    assert (stored.text, stored.title) == (body, title)
    assert reopened.actor(actor).roles == [title]
    words = [w for w in body.split() if w.isalnum()]
    if words:
        assert article.id in reopened.search_articles(words[0])
