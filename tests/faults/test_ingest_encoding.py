"""Issue 13, item 13: a UTF-8 text file with one stray Windows-1252 byte.

The UTF-8 must stay UTF-8 ("José García", curly quotes), only the stray byte
is read as Windows-1252, and the user is told which line was repaired.
"""

from __future__ import annotations

from briefer.cli import main
from briefer.core.store import Project
from briefer.ingest import import_sources, load_file

LINES = [
    "Minister José García defends the budget",
    "",
    "“We will not raise taxes this year,” José García told reporters in Madrid.",
    "The opposition leader called the plan a ‘fantasy’ and demanded a vote.",
]


def _mixed_file(tmp_path):
    data = "\n".join(LINES).encode("utf-8")
    # A line pasted from a Windows-1252 document: its "é" is one byte, not UTF-8's two.
    data += "\nThe caf\xe9 owners in Liège were not consulted.\n".encode().replace(
        "caf\xe9".encode(), b"caf\xe9"
    )
    path = tmp_path / "garcia.txt"
    path.write_bytes(data)
    return path


def test_stray_byte_is_repaired_and_the_rest_stays_utf8(tmp_path):
    notes: list[str] = []
    article = load_file(_mixed_file(tmp_path), notes=notes)
    assert article.text.splitlines()[:4] == LINES
    assert "The café owners in Liège were not consulted." in article.text
    assert notes == ["garcia.txt: line 5 is not all UTF-8; its stray bytes were read as "
                     "Windows-1252"]


def test_a_windows_1252_file_is_still_read_as_such(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("“Fair,” said José García of the café tax.".encode("cp1252"))
    notes: list[str] = []
    assert load_file(path, notes=notes).text == "“Fair,” said José García of the café tax."
    assert notes == []


def test_the_repair_is_reported_by_the_import(tmp_path, capsys):
    path = _mixed_file(tmp_path)
    report = import_sources(Project.new(), [path])
    assert report.notes == [(path, "garcia.txt: line 5 is not all UTF-8; its stray bytes were "
                                   "read as Windows-1252")]
    assert main(["import", str(tmp_path / "p.briefer"), str(path), "--no-analyze"]) == 0
    assert capsys.readouterr().err.strip() == (
        "briefer: note: garcia.txt: line 5 is not all UTF-8; its stray bytes were read as "
        "Windows-1252"
    )
