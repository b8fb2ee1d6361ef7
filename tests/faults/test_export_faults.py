"""Exporting onto a read-only folder or a full disk: a clear error, the old file untouched."""

import json

import pytest

from briefer.core import brief
from briefer.core.errors import ExportError
from briefer.export.docx import export_brief


def _leftovers(folder, name):
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def test_export_into_read_only_folder_fails_clearly_and_keeps_old_file(
        tmp_path, read_only, build_brief):
    project = build_brief(3)
    target = tmp_path / "brief.docx"
    export_brief(project, target)
    before = target.read_bytes()
    brief.set_front_matter(project, title="A changed title")

    with read_only(tmp_path), pytest.raises(ExportError) as caught:
        export_brief(project, target)

    message = str(caught.value)
    assert "brief.docx" in message and "\n" not in message
    assert target.read_bytes() == before
    assert _leftovers(tmp_path, "brief.docx") == []


def test_export_of_a_new_file_into_read_only_folder_fails_clearly(
        tmp_path, read_only, build_brief):
    project = build_brief(1)
    with read_only(tmp_path), pytest.raises(ExportError, match=r"new-brief\.docx"):
        export_brief(project, tmp_path / "new-brief.docx")
    assert list(tmp_path.iterdir()) == []


_EXPORT_CHILD = """
import sys
from _briefs import build_brief
from briefer.core.errors import ExportError
from briefer.export.docx import export_brief

try:
    export_brief(build_brief(40), sys.argv[1])
except ExportError as exc:
    print(exc)
    sys.exit(3)
"""


def test_export_beyond_file_size_limit_fails_clearly_and_keeps_old_file(
        tmp_path, run_with_file_size_limit, build_brief):
    target = tmp_path / "brief.docx"
    export_brief(build_brief(2), target)
    before = target.read_bytes()
    result = run_with_file_size_limit(_EXPORT_CHILD, str(target), limit=len(before) // 2)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stdout.strip()
    assert message.startswith("Cannot write brief.docx") and "\n" not in message
    assert target.read_bytes() == before
    assert _leftovers(tmp_path, "brief.docx") == []


_ON_TINY_DISK = """
import json, os, sys
from pathlib import Path
from _briefs import build_brief
from briefer.core.errors import ExportError
from briefer.export.docx import export_brief

folder = Path(sys.argv[1])
target = folder / "brief.docx"
project = build_brief(5)
export_brief(project, target)
before = target.read_bytes()
room = os.statvfs(folder)
with open(folder / "filler", "wb") as filler:
    filler.write(b"x" * max(0, room.f_bavail * room.f_frsize - 4096))
report = {}
try:
    export_brief(project, target)
except ExportError as exc:
    report["error"] = str(exc)
report["unchanged"] = target.read_bytes() == before
report["files"] = sorted(os.listdir(folder))
print(json.dumps(report))
"""


def test_export_on_a_full_disk_fails_clearly_and_keeps_old_file(run_on_tiny_disk):
    result = run_on_tiny_disk(_ON_TINY_DISK, size=1024 * 1024)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["error"].startswith("Cannot write brief.docx")
    assert report["unchanged"]
    assert report["files"] == ["brief.docx", "filler"]


# -- issue 13: templates, dates, briefs read back (items 3, 11, 14) ----------------------


def _template_with_footnotes(tmp_path, footnotes_xml: bytes):
    """The default template with a `word/footnotes.xml` part holding `footnotes_xml`."""
    import docx

    from briefer.export.docx import default_template
    from briefer.export.footnotes import Footnotes

    document = docx.Document(str(default_template()))
    notes = Footnotes(document)
    notes.add(document.add_paragraph("x"), [])
    notes.finish()
    path = tmp_path / "template.docx"
    document.save(str(path))
    rebuilt = tmp_path / "broken.docx"
    import zipfile

    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/footnotes.xml":
                data = footnotes_xml
            target.writestr(info, data)
    return rebuilt


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize("footnotes_xml", [
    f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="x"/></w:footnotes>'.encode(),
    f'<w:footnotes {_W}><w:footnote w:type="separator"/></w:footnotes>'.encode(),
    f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="-1">&boom;</w:footnote>'
    "</w:footnotes>".encode(),
    b"this is not XML at all",
], ids=["bad id", "no id", "undefined entity", "not XML"])
def test_a_template_with_a_damaged_footnotes_part_is_one_clear_error(tmp_path, build_brief,
                                                                      footnotes_xml):
    template = _template_with_footnotes(tmp_path, footnotes_xml)
    target = tmp_path / "brief.docx"
    with pytest.raises(ExportError, match="footnotes part is damaged") as caught:
        export_brief(build_brief(2), target, template=str(template))
    assert "\n" not in str(caught.value)
    assert not target.exists()


def test_a_missing_template_is_reported_as_missing(tmp_path, build_brief):
    with pytest.raises(ExportError, match=r"nowhere\.docx: no such file"):
        export_brief(build_brief(1), tmp_path / "b.docx", template=str(tmp_path / "nowhere.docx"))


def test_the_exported_file_carries_its_own_dates_no_thumbnail_and_the_brief_mark(
        tmp_path, build_brief):
    import zipfile
    from datetime import UTC, datetime, timedelta

    import docx

    from briefer.export.signature import is_briefer_brief

    target = tmp_path / "brief.docx"
    export_brief(build_brief(2), target)
    properties = docx.Document(str(target)).core_properties
    now = datetime.now(UTC)
    for stamp in (properties.created, properties.modified):
        assert abs(now - stamp.replace(tzinfo=UTC)) < timedelta(minutes=5)
    assert properties.last_printed is None
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        rels = archive.read("_rels/.rels").decode()
    assert not any("thumbnail" in n for n in names) and "thumbnail" not in rels
    assert is_briefer_brief(target)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken", b"plain text"])
def test_is_briefer_brief_never_raises_on_junk(tmp_path, content):
    from briefer.export.signature import is_briefer_brief

    path = tmp_path / "x.docx"
    path.write_bytes(content)
    assert is_briefer_brief(path) is False
    assert is_briefer_brief(tmp_path / "missing.docx") is False
