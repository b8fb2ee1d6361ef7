"""Word import: paragraphs and tables in order, properties, zip bombs, damaged files."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import docx
import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file


def word_file(tmp_path: Path, name: str = "brief.docx", *, title: str = "",
              author: str = "") -> Path:
    document = docx.Document()
    document.add_heading("Leaders meet in Paris", level=1)
    document.add_paragraph(
        "European leaders convened in Paris on Thursday to tackle postwar guarantees."
    )
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Country (merged across two columns)"
    table.cell(0, 2).text = "Troops"
    table.cell(1, 0).text = "France"
    table.cell(1, 1).text = "United Kingdom"
    table.cell(1, 2).text = "2,000"
    paragraph = document.add_paragraph("“We are ready,” said ")
    paragraph.add_run("Emmanuel Macron").bold = True
    paragraph.add_run(", the French president.")
    document.add_paragraph("")
    wrapped = document.add_paragraph("A line broken by hand")
    wrapped.runs[0].add_break()
    wrapped.add_run("stays\tone paragraph.")
    document.core_properties.title = title
    document.core_properties.author = author
    path = tmp_path / name
    document.save(path)
    return path


def test_paragraphs_and_table_cells_in_document_order(tmp_path):
    article = load_file(word_file(tmp_path))
    assert article.text.split("\n") == [
        "Leaders meet in Paris",
        "European leaders convened in Paris on Thursday to tackle postwar guarantees.",
        "Country (merged across two columns)",
        "Troops",
        "France",
        "United Kingdom",
        "2,000",
        "“We are ready,” said Emmanuel Macron, the French president.",
        "A line broken by hand stays one paragraph.",
    ]
    assert article.source_path == str((tmp_path / "brief.docx").resolve())


def test_title_and_author_from_core_properties(tmp_path):
    article = load_file(word_file(tmp_path, title="Paris talks", author="Jane Smith"))
    assert article.title == "Paris talks"
    assert article.author == "Jane Smith"


def test_title_from_first_heading_without_properties(tmp_path):
    article = load_file(word_file(tmp_path))
    assert article.title == "Leaders meet in Paris"
    # word_file clears the author python-docx's template would give.
    assert article.author == ""


def _rezip(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
        target, "w", zipfile.ZIP_DEFLATED
    ) as new:
        for item in old.infolist():
            new.writestr(item.filename, replace.get(item.filename, old.read(item.filename)))
    return target


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    template = word_file(tmp_path, "template.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(template) as old, zipfile.ZipFile(
        bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1
    ) as new:
        for item in old.infolist():
            if item.filename != "word/document.xml":
                new.writestr(item.filename, old.read(item.filename))
        with new.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(b'<?xml version="1.0"?><w:document>')
            padding = b" " * 1_000_000
            for _ in range(150):
                member.write(padding)
    assert bomb.stat().st_size < 2_000_000
    started = time.monotonic()
    message = r"bomb.docx: unpacks to more than 30 MB .*too large to be safe \(a zip bomb\?\)"
    with pytest.raises(ImportError_, match=message):
        load_file(bomb)
    assert time.monotonic() - started < 2


def test_old_word_format_is_named(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    with pytest.raises(ImportError_, match=r"old.docx: an old Word \(.doc\) file"):
        load_file(path)


def test_other_zip_archive_is_not_a_word_document(tmp_path):
    path = tmp_path / "photos.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a document")
    with pytest.raises(ImportError_, match=r"photos.docx: not a Word document"):
        load_file(path)


@pytest.mark.parametrize(
    "document_xml",
    [b"<w:document>unclosed", b"", b"\x00\xff garbage"],
)
def test_damaged_document_xml_gives_a_clear_error(tmp_path, document_xml):
    path = _rezip(word_file(tmp_path, "good.docx"), tmp_path / "damaged.docx",
                  {"word/document.xml": document_xml})
    with pytest.raises(ImportError_, match=r"damaged.docx: not a readable Word document"):
        load_file(path)


def test_document_without_text(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    with pytest.raises(ImportError_, match=r"blank.docx: the document has no text"):
        load_file(path)


def test_truncated_docx_and_plain_text_named_docx(tmp_path):
    data = word_file(tmp_path, "whole.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ImportError_, match=r"cut.docx: not a Word document"):
        load_file(path)
    path.write_bytes(b"just some text saved with the wrong suffix")
    with pytest.raises(ImportError_, match=r"cut.docx: not a Word document"):
        load_file(path)


def test_entity_expansion_is_not_performed(tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Plain words &lol3;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = _rezip(word_file(tmp_path, "good.docx"), tmp_path / "laughs.docx",
                  {"word/document.xml": laughs})
    try:
        article = load_file(path)
    except ImportError_ as error:
        assert str(error).startswith("laughs.docx: ")
    else:
        assert "lollol" not in article.text


def test_external_entities_and_linked_resources_are_not_fetched(tmp_path, local_server):
    remote = local_server.base
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd">'
        f'<!ENTITY remote SYSTEM "{remote}/xxe">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Before &secret; &remote; after</w:t></w:r></w:p>"
        "</w:body></w:document>"
    ).encode()
    template = word_file(tmp_path, "linked.docx")
    document = docx.Document(template)
    document.part.relate_to(f"{remote}/picture.png",
                            "http://schemas.openxmlformats.org/officeDocument/2006/"
                            "relationships/image", is_external=True)
    document.save(template)
    path = _rezip(template, tmp_path / "xxe.docx", {"word/document.xml": xxe})
    try:
        article = load_file(path)
    except ImportError_ as error:
        assert str(error).startswith("xxe.docx: ")
    else:
        assert "root:" not in article.text
    assert local_server.requests == []


def _zip_of_a_later_version(path: Path) -> Path:
    """A .docx whose central directory says it needs zip version 6.4, which Python's
    zipfile refuses with NotImplementedError (a fuzzed file found it escaping)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 6:at + 8] = (64).to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def test_a_zip_of_a_version_python_cannot_read_is_a_clear_error(tmp_path):
    from briefer.core.fit import DEFAULT_MEASURE, template_measure
    from briefer.export.signature import is_briefer_brief

    path = _zip_of_a_later_version(word_file(tmp_path))
    with pytest.raises(ImportError_, match=r"brief.docx: the archive is damaged or of a kind"):
        load_file(path)
    assert template_measure(path) == DEFAULT_MEASURE
    assert not is_briefer_brief(path)


def test_a_template_of_a_zip_version_python_cannot_read_is_refused_clearly(tmp_path):
    from briefer.core.errors import ExportError
    from briefer.core.store import Project
    from briefer.export.docx import export_brief

    template = _zip_of_a_later_version(word_file(tmp_path, "house.docx"))
    project = Project.new()
    with pytest.raises(ExportError, match=r"The template house.docx: the archive is damaged"):
        export_brief(project, tmp_path / "out.docx", template=str(template))
    project.close()
