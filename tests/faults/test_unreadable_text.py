"""Attack pass: an article whose characters could not be decoded at all.

A PDF whose fonts map no character to Unicode (here a font size pypdf cannot
use) was imported as an "article" of 56 replacement characters, titled with
them, and analysed; the user saw a row of question marks and no error. Text
that is mostly undecodable is refused, whatever the format; a few stray
replacement characters in real text are still accepted.
"""

from __future__ import annotations

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file
from briefer.ingest.files import require_text


def _pdf(content: bytes) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    data, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return data


def test_a_pdf_whose_text_decodes_to_nothing_is_refused(tmp_path):
    path = tmp_path / "fonts.pdf"
    path.write_bytes(_pdf(b"BT /F1 1e308 Tf 72 700 Td 99999999999999999999999 TL "
                          b"(Hello world said the minister today in the capital city.) Tj ET"))
    with pytest.raises(ImportError_, match=r"fonts\.pdf: .*cannot be read"):
        load_file(path)


def test_a_few_replacement_characters_in_real_text_are_accepted():
    text = "The minister said the budget \ufffd would be cut, officials \ufffd said."
    assert require_text(text, "a.txt") == text
