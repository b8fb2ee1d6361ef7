"""Attack pass: web pages whose markup made the importer lose text or refuse a readable page.

A control-character reference (`&#11;`, Word's line break pasted into a CMS, or
`&#12;`, a form feed) made the whole page "no article text found"; a raw vertical
tab or form feed between two words glued them ("Mondaynextweek", then an actor of
that name); text nested deeper than the HTML parser's depth limit was dropped
without a word.
"""

from __future__ import annotations

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest.html import html_article

PARAGRAPH = "<p>Paragraph {} is long enough to be kept, with several words in it for sure.</p>"


def _page(middle: str) -> bytes:
    before = "".join(PARAGRAPH.format(number) for number in range(5))
    after = "".join(PARAGRAPH.format(number) for number in range(5, 10))
    return f"<html><body><article>{before}{middle}{after}</article></body></html>".encode()


@pytest.mark.parametrize("reference", ["&#11;", "&#12;", "&#x0B;", "&#1;", "&#x1f;"])
def test_a_control_character_reference_does_not_lose_the_page(reference):
    article = html_article(_page(f"<p>The budget{reference}will be cut next year.</p>"), "p.html")
    assert "Paragraph 0 is long" in article.text
    assert "Paragraph 9 is long" in article.text
    assert "will be cut next year" in article.text


@pytest.mark.parametrize("reference", ["&#11;", "&#12;", "&#x0c;"])
def test_a_line_break_or_page_break_reference_separates_words(reference):
    article = html_article(_page(f"<p>The budget{reference}will be cut next year.</p>"), "p.html")
    assert "The budget will be cut" in article.text


@pytest.mark.parametrize("control", ["\x0b", "\x0c"])
def test_a_raw_vertical_tab_or_form_feed_separates_words(control):
    page = _page(f"<p>The minister spoke on Monday{control}next week.</p>")
    article = html_article(page, "p.html")
    assert "Monday next week" in article.text


def test_text_nested_beyond_the_parser_limit_is_not_dropped_silently():
    paragraph = "<p>The minister said the budget would be cut next year.</p>"
    deep = "<div>" * 300 + paragraph + "</div>" * 300
    page = f"<html><body><p>Intro text of the page.</p>{deep}</body></html>".encode()
    try:
        article = html_article(page, "deep.html")
    except ImportError_ as error:
        assert "deep" in str(error) and "nest" in str(error)
    else:
        assert "budget would be cut" in article.text
