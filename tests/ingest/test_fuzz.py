"""Fuzzing every import path: random and mutated bytes give an article or an ImportError_."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx
import ftfy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest import from_text, load_file

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SUFFIXES = [".txt", ".md", ".html", ".pdf", ".docx", ""]


def load_or_refuse(path: Path) -> Article | None:
    """The article in `path`, or None when it was refused with a proper message."""
    try:
        article = load_file(path)
    except ImportError_ as error:
        assert str(error).startswith(path.name + ": ")
        assert "\n" not in str(error)
        return None
    assert article.text.strip()
    assert not XML_FORBIDDEN.search(article.title)
    if path.suffix not in (".txt", ""):
        assert not XML_FORBIDDEN.search(article.text)
    return article


def word_bytes() -> bytes:
    document = docx.Document()
    document.add_heading("Sanctions extended", level=1)
    document.add_paragraph("The council extended the sanctions by six months, officials said.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Vote"
    table.cell(0, 1).text = "27-0"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


HTML_BYTES = (
    "<!DOCTYPE html><html><head><title>Vote</title><meta name='author' content='A. Writer'>"
    "</head><body><nav>Menu</nav><article><p>The council extended the sanctions by six months, "
    "“a clear signal,” said the minister.</p></article><script>alert(1)</script></body></html>"
).encode()
MARKDOWN_BYTES = b"---\ntitle: Vote\n---\n# Sanctions\n\nThe **council** [voted](x).\n"
TEXT_BYTES = "The council said “yes” for €5.\r\n".encode("cp1252")


def mutate(data: bytes, edits: list[tuple[int, int]], cut: int | None) -> bytes:
    buffer = bytearray(data)
    for position, value in edits:
        buffer[position % len(buffer)] = value
    if cut is not None:
        del buffer[cut % len(buffer):]
    return bytes(buffer)


edits_strategy = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=12)
cut_strategy = st.none() | st.integers(0, 1 << 20)


@pytest.mark.parametrize("suffix", SUFFIXES)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(tmp_path, suffix, data):
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    load_or_refuse(path)


@pytest.mark.parametrize(
    "suffix, seed",
    [
        (".txt", TEXT_BYTES),
        (".md", MARKDOWN_BYTES),
        (".html", HTML_BYTES),
        (".docx", None),
        (".pdf", None),
    ],
)
@FUZZ
@given(edits=edits_strategy, cut=cut_strategy)
def test_mutated_files(tmp_path, make_pdf, suffix, seed, edits, cut):
    if suffix == ".docx":
        seed = word_bytes()
    elif suffix == ".pdf":
        seed = make_pdf([["Sanctions extended", "The council extended the sanctions."]],
                        title="Vote")
    path = tmp_path / f"mutated{suffix}"
    path.write_bytes(mutate(seed, edits, cut))
    load_or_refuse(path)


@FUZZ
@given(text=st.text(max_size=2000), title=st.text(max_size=50))
def test_pasted_random_text(text, title):
    try:
        article = from_text(text, title)
    except ImportError_ as error:
        assert str(error).startswith("Pasted text: ")
        return
    assert article.text.strip()
    assert not XML_FORBIDDEN.search(article.text)
    assert not XML_FORBIDDEN.search(article.title)


@FUZZ
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00\ufeff"),
                   min_size=1, max_size=500),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_unicode_text_file_round_trips_in_a_unicode_encoding(tmp_path, text, encoding):
    path = tmp_path / "unicode.txt"
    path.write_bytes(text.encode(encoding))
    article = load_or_refuse(path)
    if article is not None:
        # Decoding loses nothing; only what ftfy reads as mojibake ("Ã©", a C1
        # control for a Windows-1252 character) is repaired.
        assert article.text == ftfy.fix_encoding(text)
