"""Pasted text becomes an article: title from the first line, empty text refused."""

from __future__ import annotations

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import from_text


def test_pasted_text_keeps_its_words_and_takes_its_first_line_as_title():
    text = "\n  Macron hosts coalition talks  \n“We are ready,” he said.\n"
    article = from_text(text)
    assert article.text == text
    assert article.title == "Macron hosts coalition talks"
    assert article.source_path == ""


def test_given_title_wins():
    assert from_text("Body of the article.", title="  My title ").title == "My title"


def test_line_endings_and_forbidden_characters_are_cleaned():
    article = from_text("First line\r\nSecond\x00 line\rThird\x1b line")
    assert article.text == "First line\nSecond line\nThird line"


@pytest.mark.parametrize("text", ["", "   ", "\n\t\r\n", "\x00\x01"])
def test_empty_paste_is_refused(text):
    with pytest.raises(ImportError_, match=r"Pasted text: there is no text to import"):
        from_text(text)


def test_the_same_paste_has_the_same_identity():
    assert from_text("Same words.").content_hash == from_text("  Same words.\n").content_hash


def test_pasted_markup_tags_are_dropped_and_tags_alone_are_no_article():
    article = from_text('Title\n<tweet tweet-id="1">We will win.</tweet>\n')
    assert article.text == "Title\nWe will win.\n"
    with pytest.raises(ImportError_, match="there is no text to import"):
        from_text("<tweet/>\n</a>\n")
