"""Markdown import: plain text out of the markup, front matter, hostile lines."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


MARKDOWN = """---
title: "Europe weighs guarantees"
author: Jane Smith
date: 2025-09-04
source: The Daily
---
# Leaders meet in *Paris*

European leaders **convened** in Paris on Thursday to tackle
the [daunting challenge](https://example.com/a "link") of guarantees.

> “We are ready,” said Emmanuel Macron.

- first point with `code`
- second point with snake_case_name

![chart](chart.png)

Setext heading
--------------

| Country | Troops |
|---------|--------|
| France  | 2,000  |
"""


def test_markdown_becomes_plain_text_with_front_matter(tmp_path):
    article = load_file(write(tmp_path, "brief.md", MARKDOWN.encode("utf-8")))
    assert article.text.split("\n") == [
        "Leaders meet in Paris",
        "European leaders convened in Paris on Thursday to tackle the daunting challenge"
        " of guarantees.",
        "“We are ready,” said Emmanuel Macron.",
        "first point with code",
        "second point with snake_case_name",
        "Setext heading",
        "Country Troops",
        "France 2,000",
    ]
    assert article.title == "Europe weighs guarantees"
    assert article.author == "Jane Smith"
    assert article.published == "2025-09-04"
    assert article.outlet == "The Daily"


def test_markdown_title_from_first_heading_and_cp1252(tmp_path):
    source = "Intro line\n\n## The \x93real\x94 title ##\n\nBody text.\n"
    article = load_file(write(tmp_path, "notes.markdown", source.encode("latin-1")))
    assert article.title == "The “real” title"
    assert article.text == "Intro line\nThe “real” title\nBody text."
    assert article.published == ""


def test_markdown_with_only_markup_has_no_text(tmp_path):
    with pytest.raises(ImportError_, match=r"empty.md: contains no text"):
        load_file(write(tmp_path, "empty.md", b"---\ntitle: x\n---\n\n---\n![img](a.png)\n"))


def test_markdown_escapes_stay_literal(tmp_path):
    source = r"Prices rose 5\* in a\_b \[sic\] and \<b\> tags, said **the *central* bank**."
    article = load_file(write(tmp_path, "escapes.md", source.encode()))
    assert article.text == "Prices rose 5* in a_b [sic] and <b> tags, said the central bank."


@pytest.mark.parametrize(
    "line",
    ["[" * 200_000, "*a " * 70_000, "<http:a" * 30_000, "![a](" * 40_000, "~~a " * 50_000,
     ">" * 200_000 + " quoted", "**a*b" * 40_000],
)
def test_hostile_markdown_lines_do_not_hang(tmp_path, line):
    started = time.monotonic()
    article = load_file(write(tmp_path, "hostile.md", line.encode()))
    assert article.text
    assert time.monotonic() - started < 10
