"""Saved web pages: main text without boilerplate, metadata, hostile markup."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file

PARAGRAPHS = [
    "European leaders convened in Paris on Thursday to tackle the daunting challenge of "
    "securing postwar guarantees for Ukraine, amid uncertainty over U.S. involvement.",
    "“We are ready,” said Emmanuel Macron, the French president, at a press conference "
    "after the meeting with the other members of the coalition.",
    "The coalition has been discussing military aid and potential security guarantees to "
    "deter future Russian attacks, but the absence of U.S. backing has left it in a bind.",
]


def page(body_extra: str = "", head_extra: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Leaders meet in Paris | The Daily</title>
<meta name="author" content="Jane Smith">
<meta property="og:site_name" content="The Daily">
<meta property="og:title" content="Leaders meet in Paris">
<meta property="article:published_time" content="2025-09-04T10:00:00Z">
<link rel="canonical" href="https://daily.example/world/paris-talks">
{head_extra}
</head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="advertisement">Buy cheap widgets now! Limited special offer today only!</div>
<article><h1>Leaders meet in Paris</h1>
{paragraphs}
{body_extra}
</article>
<aside class="related">Related: Ten things you missed this week</aside>
<footer><p>Copyright 2025 The Daily. All rights reserved. Contact us. Privacy policy.</p>
</footer></body></html>"""


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_main_text_without_menus_ads_and_footer(tmp_path):
    article = load_file(write(tmp_path, "paris.html", page()))
    lines = article.text.split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    for boilerplate in ("World news", "Buy cheap widgets", "All rights reserved", "Related:"):
        assert boilerplate not in article.text
    assert article.source_path == str((tmp_path / "paris.html").resolve())


def test_metadata_from_the_page(tmp_path):
    article = load_file(write(tmp_path, "paris.htm", page()))
    assert article.title == "Leaders meet in Paris"
    assert article.author == "Jane Smith"
    assert article.published == "2025-09-04"
    assert article.outlet == "The Daily"
    assert article.url == "https://daily.example/world/paris-talks"


def test_page_in_windows_1252_declared_in_meta(tmp_path):
    html = page().replace('charset="utf-8"', 'charset="windows-1252"')
    article = load_file(write(tmp_path, "cp.html", html, "cp1252"))
    assert "“We are ready,” said Emmanuel Macron" in article.text


def test_scripts_frames_and_remote_resources_are_neither_run_nor_fetched(
    tmp_path, local_server
):
    remote = local_server.base
    hostile = f"""
<script>document.write("INJECTED SCRIPT TEXT"); fetch("{remote}/beacon");</script>
<script src="{remote}/evil.js"></script>
<noscript>NOSCRIPT FALLBACK TEXT</noscript>
<iframe src="{remote}/frame.html">IFRAME TEXT</iframe>
<img src="{remote}/pixel.png" onerror="alert('ONERROR TEXT')">
<p>See <a href="file:///etc/passwd">the local file</a> and
<object data="{remote}/object.swf"></object></p>
<style>body {{ background: url("{remote}/background.png") }} .STYLE_TEXT {{}}</style>
"""
    head = f'<link rel="stylesheet" href="{remote}/style.css"><script src="{remote}/head.js">'
    head += "</script>"
    article = load_file(write(tmp_path, "hostile.html", page(hostile, head)))
    assert PARAGRAPHS[0] in article.text
    for injected in ("INJECTED", "NOSCRIPT", "IFRAME TEXT", "ONERROR", "STYLE_TEXT", "fetch("):
        assert injected not in article.text
    assert local_server.requests == []


def test_markup_shown_as_text_stays_text(tmp_path):
    body = "<p>The bill, nicknamed &lt;script&gt;alert(1)&lt;/script&gt;, passed on Monday.</p>"
    article = load_file(write(tmp_path, "escaped.html", page(body)))
    assert "nicknamed <script>alert(1)</script>, passed" in article.text


def test_deeply_nested_html_gives_an_error_or_text_quickly(tmp_path):
    depth = 50_000
    html = "<html><body>" + "<div>" * depth + "deep text" + "</div>" * depth + "</body></html>"
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"nested.html: the page nests its elements too deep"):
        load_file(write(tmp_path, "nested.html", html))
    assert time.monotonic() - started < 20


def test_control_characters_are_stripped(tmp_path):
    body = "<p>Bell\x07 and escape\x1b characters and a form\x0cfeed in a paragraph.</p>"
    article = load_file(write(tmp_path, "controls.html", page(body)))
    assert "Bell and escape characters and a form" in article.text
    assert not any(ch in article.text for ch in "\x07\x1b\x0c")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"<html><head><title>Only a title</title></head><body></body></html>", "no article"),
        (b"<html><body><script>document.write('x')</script></body></html>", "no article"),
        (b"\x00\x01\x02\x03" * 100, "a binary file"),
    ],
)
def test_bad_pages_get_a_clear_error(tmp_path, data, message):
    path = tmp_path / "bad.html"
    path.write_bytes(data)
    with pytest.raises(ImportError_, match=rf"bad.html: {message}"):
        load_file(path)


@pytest.mark.parametrize(
    "canonical", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,x"]
)
def test_page_address_from_metadata_must_be_a_web_address(tmp_path, canonical):
    html = page().replace("https://daily.example/world/paris-talks", canonical)
    assert load_file(write(tmp_path, "page.html", html)).url == ""


def test_overlong_metadata_is_trimmed(tmp_path):
    html = page().replace('content="Jane Smith"', f'content="{"Jane Smith " * 100}"')
    author = load_file(write(tmp_path, "page.html", html)).author
    assert author.startswith("Jane Smith Jane Smith")
    assert len(author) <= 300
