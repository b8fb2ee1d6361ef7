"""Issue 13, items 7 and 3: zip archives whose headers lie, and briefs read back as articles.

A .docx (article or template) whose entry declares a few bytes but inflates
to hundreds of megabytes must be refused within a small, fixed amount of
memory; a .docx Briefer exported is not imported as an article unless forced.
"""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from briefer.cli import main
from briefer.core.errors import ExportError, ImportError_
from briefer.core.store import Project
from briefer.export.docx import build_document
from briefer.ingest import import_sources, load_file
from briefer.ingest.archive import ArchiveError, bounded_entries

BOMB_BYTES = 300_000_000
# Far below what inflating the bomb takes, far above what reading a normal .docx takes.
MEMORY_BOUND = 80_000_000

CUSTOM_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="{name}">'
    "<vt:lpwstr>1</vt:lpwstr></property></Properties>"
)


def _article_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Budget talks resumed in Brussels on Monday after a week of delay.")
    document.core_properties.author = ""
    document.save(path)
    return path


def _lying_bomb(tmp_path: Path, name: str, member: str = "word/document.xml") -> Path:
    """A real .docx whose `member` inflates to BOMB_BYTES but whose headers declare 2,000."""
    source = _article_docx(tmp_path / "source.docx")
    bomb = tmp_path / name
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(
        bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1
    ) as new:
        for item in old.infolist():
            if item.filename != member:
                new.writestr(item.filename, old.read(item.filename))
        with new.open(member, "w") as stream:
            stream.write(b'<?xml version="1.0"?><w:document>')
            padding = b" " * 1_000_000
            for _ in range(BOMB_BYTES // len(padding)):
                stream.write(padding)
    _declare_size(bomb, member, 2_000)
    assert bomb.stat().st_size < 2_000_000
    return bomb


def _declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite the uncompressed size in the member's local and central headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x03\x04")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 26)[0]
        if bytes(data[at + 30:at + 30 + name_length]) == name:
            struct.pack_into("<I", data, at + 22, size)
        at = data.find(b"PK\x03\x04", at + 4)
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def _peak_memory(action) -> int:
    tracemalloc.start()
    try:
        action()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def test_docx_whose_header_understates_its_size_is_refused_in_bounded_memory(tmp_path):
    bomb = _lying_bomb(tmp_path, "bomb.docx")

    def read() -> None:
        with pytest.raises(ImportError_, match=r"^bomb.docx: the archive is damaged"):
            load_file(bomb)

    assert _peak_memory(read) < MEMORY_BOUND


def test_docx_entry_past_the_cap_is_cut_while_streaming(tmp_path):
    bomb = _lying_bomb(tmp_path, "big.docx")
    _declare_size(bomb, "word/document.xml", 20_000_000)
    data = bomb.read_bytes()

    def read() -> None:
        with pytest.raises(ArchiveError, match=r"big.docx: unpacks to more than 5 MB"):
            bounded_entries(data, "big.docx", max_entry=5_000_000)

    assert _peak_memory(read) < MEMORY_BOUND


def test_bzip2_entries_are_refused(tmp_path):
    path = tmp_path / "bz.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    with pytest.raises(ImportError_, match=r"uses a compression Word documents do not use"):
        load_file(path)


def test_template_whose_header_understates_its_size_is_refused_in_bounded_memory(tmp_path):
    bomb = _lying_bomb(tmp_path, "letterhead.docx", member="word/styles.xml")
    project = Project.new()

    def build() -> None:
        with pytest.raises(ExportError, match=r"^The template letterhead.docx: the archive is"):
            build_document(project, bomb)

    assert _peak_memory(build) < MEMORY_BOUND


def test_missing_template_is_named_as_missing(tmp_path):
    with pytest.raises(ExportError, match=r"The template nowhere.docx: no such file"):
        build_document(Project.new(), tmp_path / "nowhere.docx")


def _brief_docx(path: Path, property_name: str = "briefer-brief") -> Path:
    _article_docx(path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("docProps/custom.xml", CUSTOM_XML.replace("{name}", property_name))
    return path


def test_exported_brief_is_not_imported_as_an_article(tmp_path):
    brief = _brief_docx(tmp_path / "brief.docx")
    project = Project.new()
    report = import_sources(project, [brief])
    assert not report.imported
    assert report.failed == [(brief, "brief.docx: a brief Briefer exported, not an article")]
    assert report.briefs == [brief]
    report = import_sources(project, [brief], allow_briefs=True)
    assert len(report.imported) == 1


def test_other_custom_properties_do_not_make_a_brief(tmp_path):
    article = load_file(_brief_docx(tmp_path / "memo.docx", property_name="department"))
    assert article.text.startswith("Budget talks resumed")


def test_cli_refuses_a_brief_in_one_line_unless_forced(tmp_path, capsys):
    brief = _brief_docx(tmp_path / "brief.docx")
    project = tmp_path / "p.briefer"
    assert main(["import", str(project), str(brief), "--no-analyze"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["briefer: failed: brief.docx: a brief Briefer exported, not an article "
                   "(import it anyway with --force)"]
    assert main(["analyze", str(brief)]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "briefer: error: brief.docx: a brief Briefer exported, not an article "
        "(import it anyway with --force)"]
    assert main(["import", str(project), str(brief), "--no-analyze", "--force"]) == 0
    assert "imported 1" in capsys.readouterr().out
