"""SQL and HTML in titles, outlets, names, quotes and the user's own text reach the
brief's preview and the Word file as the very characters typed, never as markup."""

import docx
import pytest
from lxml import etree

from briefer.core import brief
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project
from briefer.export.docx import export_brief
from briefer.export.html import render_html
from briefer.export.layout import layout_brief

# A title already in headline style, as notes set titles: compared word for word.
TITLE = "Talks <script>alert('title')</script> & Robert'); DROP TABLE Articles;--"
OUTLET = "<img src=\"file:///etc/passwd\">Outlet"
NAME = "Bobby <b>Tables</b>"
# No double quote inside: the brief sets a quote's inner quotation marks as single ones.
SAID = "We <i>will</i> <a href=https://evil.example>act</a> &amp; win"
PARAGRAPH = "Own text <iframe src=\"https://evil.example\"></iframe> stays text."
FRONT_TITLE = "Brief <h1>big</h1>"


def straight(text: str) -> str:
    """Citations typeset a title's straight marks as typographic ones: compare the words."""
    return text.translate(str.maketrans("‘’", "''"))


def _hostile_project() -> Project:
    project = Project.new()
    text = f"“{SAID},” said {NAME} in Paris."
    article = project.add_article(Article(text=text, title=TITLE, outlet=OUTLET,
                                          url="https://news.example/a?x=<y>&z=1"))
    at = text.index(NAME)
    actor = ExtractedActor("a1", NAME, "person", roles=["<u>Minister</u>"],
                           mentions=[Span(at, at + len(NAME), NAME)])
    quote = ExtractedQuote("q1", SAID + ",", 1, 2 + len(SAID), "direct", "a1", ["a1"], "said")
    project.store_analysis(article.id, Analysis([actor], [quote]))
    brief.ensure_default_sections(project)
    brief.set_front_matter(project, title=FRONT_TITLE)
    first_section = project.conn.execute(
        "SELECT id FROM brief_sections ORDER BY position").fetchone()[0]
    [stored] = project.quotes()
    brief.add_item(project, first_section, "quote", quote_id=stored.id)
    brief.add_item(project, first_section, "actor", actor_id=stored.speaker_id)
    brief.add_item(project, first_section, "text", text=brief.markdown_escape(PARAGRAPH))
    return project


def test_preview_shows_hostile_strings_as_text():
    pytest.importorskip("PySide6.QtGui")
    from PySide6.QtGui import QTextDocument

    html = render_html(layout_brief(_hostile_project()))
    document = QTextDocument()
    document.setHtml(html)
    shown = straight(document.toPlainText())
    for hostile in (TITLE, NAME, SAID, PARAGRAPH, FRONT_TITLE, OUTLET):
        assert hostile in shown, hostile
    assert "<script>" not in html and "<iframe" not in html and "<img" not in html


def test_word_export_keeps_hostile_strings_verbatim(tmp_path):
    target = tmp_path / "brief.docx"
    export_brief(_hostile_project(), target)
    document = docx.Document(target)
    body = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    everything = body + "\n" + cells
    for hostile in (NAME, SAID, PARAGRAPH, FRONT_TITLE):
        assert hostile in everything, hostile
    [footnotes] = [p for p in document.part.package.parts if p.partname.endswith("/footnotes.xml")]
    root = etree.fromstring(footnotes.blob)
    cited = straight("".join(root.itertext()))
    assert TITLE in cited and OUTLET in cited, "the citation names the article verbatim"
