"""Issue 13, item 9: one PDF page of 600,000 text operators must not hold the import.

The file is 13 KB; pypdf spends minutes inside that one page. The time budget
must cut it off within the page, with a clear "took too long" message.
"""

from __future__ import annotations

import time
import zlib

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file
from briefer.ingest import pdf as pdf_module

OPERATORS = 600_000
BUDGET_S = 3.0


def _one_crowded_page() -> bytes:
    stream = zlib.compress(b"BT /F1 11 Tf 72 720 Td " + b"(a) Tj " * OPERATORS + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_crowded_page_is_stopped_by_the_time_budget(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "TIME_BUDGET_S", BUDGET_S)
    path = tmp_path / "crowded.pdf"
    path.write_bytes(_one_crowded_page())
    assert path.stat().st_size < 20_000
    started = time.monotonic()
    with pytest.raises(ImportError_, match=r"^crowded.pdf: reading the PDF took too long "
                                           r"\(over 3 s; a damaged or hostile file\?\)$"):
        load_file(path)
    assert time.monotonic() - started < BUDGET_S + 3


def test_modules_in_the_working_folder_are_not_run_by_the_pdf_reader(tmp_path, monkeypatch):
    planted = tmp_path / "planted"
    (tmp_path / "pypdf.py").write_text(f"open({str(planted)!r}, 'w').close()\n")
    (tmp_path / "json.py").write_text(f"open({str(planted)!r}, 'w').close()\n")
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "crowded.pdf"
    path.write_bytes(_one_crowded_page())
    monkeypatch.setattr(pdf_module, "TIME_BUDGET_S", BUDGET_S)
    with pytest.raises(ImportError_):
        load_file(path)
    assert not planted.exists()
