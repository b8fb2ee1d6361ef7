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
