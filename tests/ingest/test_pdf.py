"""PDF import: reading order, paragraphs, metadata, scans, encryption, hostile files."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from briefer.core.errors import ImportError_
from briefer.ingest import load_file
from briefer.ingest import pdf as pdf_module

PAGE_ONE = [
    "Leaders meet in Paris",
    "European leaders convened in Paris on Thursday to tackle the daunting chal-",
    "lenge of securing postwar guarantees for Ukraine, amid uncertainty over U.S.",
    "involvement in the talks.",
    "“We are ready,” said Emmanuel Macron, the French president, at a press confer-",
    "ence after the meeting with other leaders of the coalition of the willing. The",
    "coalition has been discussing military aid and potential security guarantees",
    "to deter future Russian attacks, but the absence of concrete U.S. backing has",
    "1",
]
PAGE_TWO = [
    "left European nations in a bind, diplomats in Brussels said on Friday after the",
    "summit had ended without a date for the next meeting of the coalition.",
    "Page 2 of 2",
]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_text_in_reading_order_with_paragraphs_rejoined(tmp_path, make_pdf):
    data = make_pdf([PAGE_ONE, PAGE_TWO], title="Paris talks", author="Jane Smith")
    article = load_file(write(tmp_path, "paris.pdf", data))
    assert article.text.split("\n") == [
        "Leaders meet in Paris",
        "European leaders convened in Paris on Thursday to tackle the daunting challenge of "
        "securing postwar guarantees for Ukraine, amid uncertainty over U.S. involvement in "
        "the talks.",
        "“We are ready,” said Emmanuel Macron, the French president, at a press conference "
        "after the meeting with other leaders of the coalition of the willing. The coalition "
        "has been discussing military aid and potential security guarantees to deter future "
        "Russian attacks, but the absence of concrete U.S. backing has left European nations "
        "in a bind, diplomats in Brussels said on Friday after the summit had ended without "
        "a date for the next meeting of the coalition.",
    ]
    assert article.title == "Paris talks"
    assert article.author == "Jane Smith"
    assert article.source_path == str((tmp_path / "paris.pdf").resolve())


def test_title_from_first_line_when_metadata_is_a_placeholder(tmp_path, make_pdf):
    data = make_pdf([PAGE_ONE], title="Microsoft Word - draft7.docx")
    assert load_file(write(tmp_path, "draft.pdf", data)).title == "Leaders meet in Paris"


def test_pdf_without_text_layer_is_reported_as_a_scan(tmp_path, make_pdf):
    data = make_pdf([[], []], drawing_only=True)
    with pytest.raises(ImportError_, match=r"scan.pdf: no text layer \(a scanned PDF\?\)"):
        load_file(write(tmp_path, "scan.pdf", data))


def _encrypted(data: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_protected_pdf_is_refused(tmp_path, make_pdf):
    data = _encrypted(make_pdf([PAGE_ONE]), "secret")
    with pytest.raises(ImportError_, match=r"locked.pdf: the PDF is password-protected"):
        load_file(write(tmp_path, "locked.pdf", data))


def test_copy_protected_pdf_with_empty_password_is_read(tmp_path, make_pdf):
    data = _encrypted(make_pdf([PAGE_ONE]), "")
    article = load_file(write(tmp_path, "protected.pdf", data))
    assert article.text.startswith("Leaders meet in Paris\nEuropean leaders convened")


def test_pdf_claiming_a_billion_pages_does_not_hang(tmp_path, make_pdf):
    data = make_pdf([PAGE_ONE], claimed_pages=1_000_000_000)
    started = time.monotonic()
    article = load_file(write(tmp_path, "liar.pdf", data))
    assert time.monotonic() - started < 5
    assert article.title == "Leaders meet in Paris"


def test_pdf_with_more_pages_than_the_cap_is_refused(tmp_path, make_pdf, monkeypatch):
    monkeypatch.setattr(pdf_module, "MAX_PAGES", 3)
    data = make_pdf([PAGE_ONE] * 4)
    with pytest.raises(ImportError_, match=r"long.pdf: more than 3 pages"):
        load_file(write(tmp_path, "long.pdf", data))


def test_pdf_with_too_much_text_is_refused(tmp_path, make_pdf, monkeypatch):
    monkeypatch.setattr(pdf_module, "MAX_TEXT_CHARS", 500)
    data = make_pdf([PAGE_ONE] * 3)
    with pytest.raises(ImportError_, match=r"wordy.pdf: too much text"):
        load_file(write(tmp_path, "wordy.pdf", data))


@pytest.mark.parametrize(
    "data, message",
    [
        (b"%PDF-1.4\nthis is not really a PDF at all\n%%EOF", r"not a readable PDF|no text"),
        (b"<html><body>a web page saved as .pdf</body></html>", "not a PDF file"),
        (b"", "the file is empty"),
    ],
)
def test_broken_pdfs_get_a_clear_error(tmp_path, data, message):
    with pytest.raises(ImportError_, match=rf"broken.pdf: ({message})"):
        load_file(write(tmp_path, "broken.pdf", data))


def test_truncated_pdf_gives_a_clear_error_or_its_text(tmp_path, make_pdf):
    data = make_pdf([PAGE_ONE, PAGE_TWO])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        path = write(tmp_path, "cut.pdf", data[:cut])
        try:
            article = load_file(path)
        except ImportError_ as error:
            assert str(error).startswith("cut.pdf: ")
        else:
            assert "Leaders meet in Paris" in article.text
