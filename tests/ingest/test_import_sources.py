"""Batch import into a project: duplicates, failures, progress, cancellation."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from briefer.core.errors import ImportError_
from briefer.core.store import Project
from briefer.ingest import ImportReport, import_sources, load_source

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_4ae4e183a08f2c92.txt"


def make_sources(tmp_path: Path) -> dict[str, str]:
    text = tmp_path / "talks.txt"
    text.write_text("Talks resume in Geneva.\nThe delegations met on Monday.", encoding="utf-8")
    copy = tmp_path / "talks-copy.txt"
    copy.write_text("Talks resume in Geneva.\nThe delegations met on Monday.\n\n",
                    encoding="utf-8")
    word = tmp_path / "memo.docx"
    document = docx.Document()
    document.add_paragraph("The memo warns of delays in the delivery of air defence systems.")
    document.save(word)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    return {
        "text": str(text),
        "copy": str(copy),
        "word": str(word),
        "empty": str(empty),
        "binary": str(binary),
        "missing": str(tmp_path / "missing.pdf"),
        "ftp": "ftp://example.com/article.txt",
    }


def test_batch_imports_reports_duplicates_and_carries_on_past_failures(tmp_path):
    sources = make_sources(tmp_path)
    project = Project.new()
    order = ["empty", "text", "missing", "copy", "binary", "word", "ftp"]
    report = import_sources(project, [sources[key] for key in order])
    assert isinstance(report, ImportReport)
    assert [a.title for a in report.imported] == [
        "Talks resume in Geneva.",
        "The memo warns of delays in the delivery of air defence systems.",
    ]
    assert all(article.id is not None for article in report.imported)
    assert [a.id for a in project.articles()] == [a.id for a in report.imported]
    assert report.duplicates == [
        (sources["copy"], "talks-copy.txt: already in the project as “Talks resume in Geneva.”")
    ]
    assert report.failed == [
        (sources["empty"], "empty.txt: the file is empty"),
        (sources["missing"], "missing.pdf: no such file"),
        (sources["binary"], "image.txt: a binary file, not text"),
        (sources["ftp"], "ftp://example.com/article.txt: only http and https addresses can be "
                         "imported"),
    ]
    assert not report.cancelled


def test_importing_again_reports_every_article_as_duplicate(tmp_path):
    project = Project.new()
    first = import_sources(project, [str(SEED)])
    assert len(first.imported) == 1
    again = import_sources(project, [str(SEED)])
    assert again.imported == []
    assert again.duplicates[0][0] == str(SEED)
    assert len(project.articles()) == 1
    stored = project.article(first.imported[0].id)
    assert stored.text == SEED.read_text(encoding="utf-8")
    assert stored.source_path == str(SEED)


def test_progress_names_each_source_and_ends_complete(tmp_path):
    sources = make_sources(tmp_path)
    calls = []
    import_sources(Project.new(), [sources["text"], sources["word"], sources["ftp"]],
                   on_progress=lambda done, total, label: calls.append((done, total, label)))
    assert calls == [
        (0, 3, "talks.txt"),
        (1, 3, "memo.docx"),
        (2, 3, "ftp://example.com/article.txt"),
        (3, 3, ""),
    ]


def test_cancelling_stops_between_files_and_keeps_what_was_imported(tmp_path):
    sources = make_sources(tmp_path)
    project = Project.new()
    asked = []

    def is_cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1

    report = import_sources(project, [sources["text"], sources["word"]],
                            is_cancelled=is_cancelled)
    assert report.cancelled
    assert [a.title for a in report.imported] == ["Talks resume in Geneva."]
    assert len(project.articles()) == 1


def test_load_source_tells_addresses_from_paths(tmp_path, local_server):
    page = b"<html><body><p>The parliament approved the budget on Tuesday.</p></body></html>"

    def serve(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html")
        request.end_headers()
        request.wfile.write(page)

    url = local_server.route("/budget", serve)
    assert load_source(f"  {url}  ").text == "The parliament approved the budget on Tuesday."
    sources = make_sources(tmp_path)
    assert load_source(sources["text"]).title == "Talks resume in Geneva."


def test_load_source_hints_at_a_missing_scheme(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ImportError_, match=r"no such file \(for a web address, start it with https://\)"):
        load_source("www.example.com/article")


def test_paths_are_accepted_as_well_as_strings(tmp_path):
    sources = make_sources(tmp_path)
    report = import_sources(Project.new(), [Path(sources["text"]), Path(sources["missing"])])
    assert [a.title for a in report.imported] == ["Talks resume in Geneva."]
    assert report.failed == [(Path(sources["missing"]), "missing.pdf: no such file")]


def test_an_article_longer_than_any_news_story_is_imported_with_a_note(tmp_path):
    from briefer.ingest import LONG_ARTICLE_CHARS

    paragraph = "The council met again on Monday and said that the bridge would reopen. "
    path = tmp_path / "dump.txt"
    path.write_text("Council minutes\n\n" + paragraph * (LONG_ARTICLE_CHARS // len(paragraph) + 1),
                    encoding="utf-8")
    (tmp_path / "short.txt").write_text("Council\n\n" + paragraph, encoding="utf-8")
    project = Project.new()
    report = import_sources(project, [str(path), str(tmp_path / "short.txt")])
    assert len(report.imported) == 2
    [(source, note)] = report.notes
    assert source == str(path)
    words = round(len(report.imported[0].text.split()), -3)
    assert note == (f"dump.txt: {len(report.imported[0].text):,} characters (about {words:,} "
                    "words), far longer than a news article; analysing it takes minutes")
