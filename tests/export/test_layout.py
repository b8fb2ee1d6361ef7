"""The brief's layout: citations, attribution lines, the preview HTML."""

from briefer.core import brief
from briefer.core.records import Actor, Article
from briefer.export.html import render_html
from briefer.export.layout import (
    citation,
    format_date,
    layout_brief,
    role_phrase,
    short_title,
    source_entry,
    xml_safe,
)


def test_citation_and_source_entry():
    article = Article(text="x", title="Leaders meet", outlet="Wire", author="J. Doe",
                      published="2025-09-04T10:00:00", url="https://example.org/x", id=3)
    assert citation(article) == "Wire, “Leaders meet”, 4 September 2025, https://example.org/x."
    assert source_entry(article) == ("Leaders meet. Wire. J. Doe. 4 September 2025. "
                                     "https://example.org/x.")
    local = Article(text="y", title="", source_path="/data/notes.txt", id=4)
    assert citation(local) == "notes.txt."
    assert citation(Article(text="z", id=5)) == "Article 5 of the project."


def test_short_title_and_dates():
    assert short_title("Short headline") == "Short headline"
    long = "As the war in Ukraine rages on with no ceasefire in sight, European leaders met"
    assert short_title(long) == "As the war in Ukraine rages on with no ceasefire…"
    assert format_date("2025-09-04") == "4 September 2025"
    assert format_date("Sept. 2025") == "Sept. 2025"


def test_role_phrase_drops_articles_and_repeats():
    arnold = Actor(1, "Ed Arnold", "person", ["a European security expert"],
                   "Royal United Services Institute", True)
    assert role_phrase(arnold) == "European security expert, Royal United Services Institute"
    chief = Actor(2, "X", "person", ["head of the Bank"], "the Bank")
    assert role_phrase(chief) == "head of the Bank"
    assert role_phrase(Actor(3, "Y", "country")) == ""


def test_xml_safe_removes_only_forbidden_characters():
    assert xml_safe("a\x00b\x08c\x0bd\x1fe\tf\ng\rh\ufffei é—") == "abcde\tf\ng\rhi é—"


def test_preview_html_matches_the_layout(seed_project):
    brief.set_front_matter(seed_project, title="T <b>", marking="DRAFT")
    brief.ensure_default_sections(seed_project)
    loaded = brief.load_brief(seed_project)
    quote = next(q for q in seed_project.quotes() if q.text.startswith("Nobody"))
    brief.add_item(seed_project, loaded.section_with_role("officials").id, "quote",
                   quote_id=quote.id)
    brief.add_item(seed_project, loaded.section_with_role("options").id, "text",
                   text="- first\n- second")
    layout = layout_brief(seed_project)
    assert [b.kind for b in layout.blocks] == [
        "title", "heading", "quote", "attribution", "heading", "bullet", "bullet", "heading",
        "source"]
    html = render_html(layout)
    assert "T &lt;b&gt;" in html
    assert "<ul><li>first</li><li>second</li></ul>" in html
    assert "<sup>1</sup> EU Wire, “Brussels prepares its own plan”" in html
    assert html.count("class='marking'") == 2
