"""Hostile and damaged project files: a clear ProjectError, never another exception.

Also checks that text a user or an article brings in (titles, names, search
queries) is data, never SQL or markup: it comes back verbatim.
"""

import os
import random
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.core.errors import ProjectError
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

HOSTILE_STRINGS = [
    "Robert'); DROP TABLE articles;--",
    "x\" OR 1=1 --",
    "<script>alert('pwned')</script>",
    "<img src=\"https://tracker.example/p.gif\" onerror=\"alert(1)\">",
    "<b>bold</b> &amp; &lt;escaped&gt; <!-- comment -->",
    "NEAR(a b) AND \"unbalanced OR * ^ :",
    "Zoë Ånström ‮reversed‬ עברית العربية 🇺🇦👩🏽‍⚕️",
    "nul\x00inside\x01and\x1bcontrol",
]

# SQLite stores text as UTF-8: lone surrogates cannot occur in text a user types or imports.
USER_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=200)


def _project_with_article(path, title="Article one", text="Alice Keller said the talks failed."):
    project = Project.new()
    project.add_article(Article(text=text, title=title))
    project.save_as(path)
    project.close()
    return path


@pytest.fixture(scope="module")
def good_project(tmp_path_factory):
    """A real saved project file with an analysed article, to mutate."""
    path = tmp_path_factory.mktemp("good") / "good.briefer"
    project = Project.new()
    text = "“We will not wait,” said Foreign Minister Alice Keller in Paris on Monday."
    article = project.add_article(Article(text=text, title="Talks"))
    start = text.index("Alice Keller")
    actor = ExtractedActor("a1", "Alice Keller", "person", roles=["Foreign Minister"],
                           mentions=[Span(start, start + 12, "Alice Keller")])
    quote = ExtractedQuote("q1", "We will not wait,", 1, 18, "direct", "a1", ["a1"], "said")
    project.store_analysis(article.id, Analysis([actor], [quote]))
    project.save_as(path)
    project.close()
    return path


def _open_fully(path) -> None:
    """Open a project and read everything a window would show."""
    project = Project.open(path)
    try:
        project.articles()
        project.actors()
        project.quotes()
        project.mentions()
        project.review_counts()
        project.search_articles("keller")
    finally:
        project.close()


def test_a_project_whose_tables_were_dropped_gives_project_error(tmp_path):
    """A forged or damaged file that claims to be Briefer's but lacks its tables."""
    path = _project_with_article(tmp_path / "gutted.briefer")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE quotes")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError):
        _open_fully(path)


def test_invalid_utf8_in_stored_text_gives_project_error_or_opens(tmp_path, good_project):
    """A damaged byte inside a title: SQLite's own check passes, reading must not crash."""
    raw = good_project.read_bytes()
    at = raw.index(b"Talks")
    path = tmp_path / "bad-utf8.briefer"
    path.write_bytes(raw[:at] + b"\x80" + raw[at + 1:])
    try:
        _open_fully(path)
    except ProjectError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("needle, offset", [
    (b"CREATE TABLE brief_sections", 7),
    (b"brief_sections (\n    id INTEGER PRIMARY KEY", 27),
])
def test_invalid_utf8_in_the_schema_gives_project_error(tmp_path, good_project, needle, offset):
    """A damaged byte in the stored CREATE TABLE text, where SQLite keeps the schema."""
    raw = good_project.read_bytes()
    at = raw.index(needle) + offset
    path = tmp_path / "bad-schema.briefer"
    path.write_bytes(raw[:at] + b"\x80" + raw[at + 1:])
    with pytest.raises(ProjectError):
        _open_fully(path)


@pytest.mark.parametrize("keep", [0, 15, 100, 4096, 5000])
def test_truncated_project_gives_project_error(tmp_path, good_project, keep):
    path = tmp_path / "cut.briefer"
    path.write_bytes(good_project.read_bytes()[:keep])
    with pytest.raises(ProjectError):
        _open_fully(path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=9000))
def test_random_bytes_give_only_project_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("random") / "random.briefer"
    path.write_bytes(data)
    with pytest.raises(ProjectError):
        _open_fully(path)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_project_opens_or_gives_project_error(tmp_path_factory, good_project, data):
    """Flipped, overwritten, cut and inserted bytes anywhere in a real project file."""
    raw = bytearray(good_project.read_bytes())
    for _ in range(data.draw(st.integers(1, 8), label="edits")):
        how = data.draw(st.sampled_from(["flip", "overwrite", "cut", "insert"]), label="how")
        at = data.draw(st.integers(0, len(raw) - 1), label="at")
        if how == "flip":
            raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif how == "overwrite":
            chunk = data.draw(st.binary(min_size=1, max_size=64))
            raw[at:at + len(chunk)] = chunk
        elif how == "cut":
            del raw[at:at + data.draw(st.integers(1, 512))]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=64))
        if not raw:
            break
    path = tmp_path_factory.mktemp("mutated") / "mutated.briefer"
    path.write_bytes(bytes(raw))
    try:
        _open_fully(path)
    except ProjectError as exc:
        assert str(exc).strip() and "\n" not in str(exc)


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS)
def test_sql_and_html_in_article_fields_round_trip_verbatim(tmp_path, hostile):
    path = tmp_path / "hostile.briefer"
    project = Project.new()
    text = f"Intro {hostile} body. The minister said {hostile}."
    article = project.add_article(
        Article(text=text, title=hostile, outlet=hostile, author=hostile, url=hostile)
    )
    project.update_article(article.id, published=hostile)
    project.save_as(path)
    project.close()

    reopened = Project.open(path)
    [back] = reopened.articles()
    assert (back.text, back.title, back.outlet, back.author, back.url, back.published) == (
        text, hostile, hostile, hostile, hostile, hostile)
    tables = {r[0] for r in reopened.conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "actors", "quotes", "mentions"} <= tables
    reopened.close()


@pytest.mark.parametrize("hostile", HOSTILE_STRINGS)
def test_sql_and_html_in_actor_names_and_quotes_round_trip_verbatim(tmp_path, hostile):
    path = tmp_path / "actors.briefer"
    project = Project.new()
    text = f"{hostile} said: “{hostile}”"
    article = project.add_article(Article(text=text, title="t"))
    q_start = text.index("“") + 1
    extracted = ExtractedActor("a1", hostile, "person", roles=[hostile], affiliation=hostile,
                               mentions=[Span(0, len(hostile), hostile)])
    quote = ExtractedQuote("q1", hostile, q_start, q_start + len(hostile), "direct", "a1",
                           ["a1"], "said")
    project.store_analysis(article.id, Analysis([extracted], [quote]))
    hand_made = project.add_actor(hostile + " (by hand)", "organization", roles=[hostile])
    project.save_as(path)
    project.close()

    reopened = Project.open(path)
    names = {a.name for a in reopened.actors()}
    assert names == {hostile, hostile + " (by hand)"}
    assert reopened.actor(hand_made).roles == [hostile]
    [back_quote] = reopened.quotes()
    assert back_quote.text == hostile
    assert reopened.article(back_quote.article_id).text[back_quote.start:back_quote.end] == hostile
    [mention] = reopened.mentions()
    assert mention.text == hostile
    reopened.close()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=USER_TEXT, name=USER_TEXT)
def test_any_typed_title_and_actor_name_round_trip(tmp_path_factory, title, name):
    path = tmp_path_factory.mktemp("typed") / "typed.briefer"
    project = Project.new()
    article = project.add_article(Article(text="Some text.", title="placeholder"))
    project.update_article(article.id, title=title)
    actor_id = project.add_actor(name or "x", "person")
    project.save_as(path)
    project.close()
    reopened = Project.open(path)
    assert reopened.article(article.id).title == title
    assert reopened.actor(actor_id).name == (name or "x").strip()
    reopened.close()


@settings(max_examples=200, deadline=None)
@given(query=USER_TEXT)
def test_any_search_query_returns_ids_without_error(query):
    project = _SEARCH_PROJECT
    found = project.search_articles(query)
    assert set(found) <= set(project.article_ids())


def _search_project() -> Project:
    project = Project.new()
    for title, text in [
        ("Talks in Paris", "Macron said the “coalition of the willing” would meet."),
        ("NEAR AND OR NOT", "Column \"quoted\" * ^ : - + ( ) {braces} [brackets]"),
        ("Ünïcödé", "Zelenskyy and Зеленський both appear; 日本語 too."),
    ]:
        project.add_article(Article(text=text, title=title))
    return project


_SEARCH_PROJECT = _search_project()


@pytest.mark.parametrize("query, title", [
    ("coalition", "Talks in Paris"),
    ("NEAR", "NEAR AND OR NOT"),
    ("AND OR", "NEAR AND OR NOT"),
    ("\"quoted", "NEAR AND OR NOT"),
    ("Зеленський", "Ünïcödé"),
])
def test_search_treats_query_syntax_as_words(query, title):
    found = _SEARCH_PROJECT.search_articles(query)
    assert [_SEARCH_PROJECT.article(i).title for i in found] == [title]


def _cli(*args: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefer", *args], capture_output=True,
                          text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.mark.parametrize("damage", ["random", "other-sqlite", "truncated", "mutated"])
def test_command_line_reports_a_bad_project_in_one_line(tmp_path, good_project, damage):
    path = tmp_path / "bad.briefer"
    raw = good_project.read_bytes()
    if damage == "random":
        path.write_bytes(bytes(random.Random(1).randrange(256) for _ in range(5000)))
    elif damage == "other-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.commit()
        conn.close()
    elif damage == "truncated":
        path.write_bytes(raw[:len(raw) // 3])
    else:
        mutated = bytearray(raw)
        for at in range(len(mutated) // 2, len(mutated), 97):
            mutated[at] ^= 0xFF
        path.write_bytes(bytes(mutated))
    before = path.read_bytes()
    result = _cli("export", str(path), "-o", str(tmp_path / "out.docx"), cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "bad.briefer" in result.stderr
    assert path.read_bytes() == before
    assert not (tmp_path / "out.docx").exists()
