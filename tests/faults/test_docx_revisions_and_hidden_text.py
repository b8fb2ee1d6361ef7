"""Attack pass: Word documents whose text the importer read wrong, silently.

A document with tracked changes came in as neither version: the deletion was
left out (right) and so was the insertion ("Taxes will definitely rise" became
"Taxes will rise"); text in a content control was dropped; hidden text, which
Word neither shows nor prints, came in as the article's words.
"""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefer.ingest.docx import docx_article

W = nsdecls("w")
REVISED = (
    f'<w:p {W}><w:r><w:t xml:space="preserve">Taxes will </w:t></w:r>'
    '<w:del w:id="1" w:author="Ed" w:date="2024-01-01T00:00:00Z">'
    '<w:r><w:delText xml:space="preserve">not </w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="Ed" w:date="2024-01-01T00:00:00Z">'
    '<w:r><w:t xml:space="preserve">definitely </w:t></w:r></w:ins>'
    "<w:r><w:t>rise, the minister said.</w:t></w:r></w:p>"
)
CONTENT_CONTROL = (
    f'<w:p {W}><w:r><w:t xml:space="preserve">Filed by </w:t></w:r>'
    "<w:sdt><w:sdtContent><w:r><w:t>Anna Weber</w:t></w:r></w:sdtContent></w:sdt>"
    '<w:r><w:t xml:space="preserve"> in Berlin.</w:t></w:r></w:p>'
)
HIDDEN = (
    f'<w:p {W}><w:r><w:t xml:space="preserve">The plan is </w:t></w:r>'
    '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">NOT </w:t></w:r>'
    '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">very </w:t></w:r>'
    "<w:r><w:t>sound, she said.</w:t></w:r></w:p>"
)


def _docx(*paragraph_xml: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("Budget talks resume in the capital after a long pause.")
    body = document.element.body
    for xml in paragraph_xml:
        body.insert(len(body) - 1, parse_xml(xml))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_tracked_insertions_are_read_and_deletions_left_out():
    text = docx_article(_docx(REVISED), "revised.docx").text
    assert "Taxes will definitely rise, the minister said." in text
    assert "not" not in text


def test_text_in_a_content_control_is_read():
    text = docx_article(_docx(CONTENT_CONTROL), "control.docx").text
    assert "Filed by Anna Weber in Berlin." in text


def test_hidden_text_is_left_out():
    text = docx_article(_docx(HIDDEN), "hidden.docx").text
    assert "The plan is very sound, she said." in text
    assert "NOT" not in text


def test_paragraphs_in_a_block_content_control_are_read():
    block = (
        f"<w:sdt {W}><w:sdtContent>"
        "<w:p><w:r><w:t>Ministers met in a closed session on Friday.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    text = docx_article(_docx(block), "block.docx").text
    assert "Ministers met in a closed session on Friday." in text
