"""Import through the real window: repairs named in the summary, exported briefs asked about."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from briefer.core import brief
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.export.docx import export_brief
from tests.gui.conftest import wait_for_analysis


def _exported_brief(path) -> str:
    project = Project.new()
    project.add_article(Article(text="The council met on Monday.", title="Council"))
    brief.ensure_default_sections(project)
    section = brief.load_brief(project).sections[0].id
    brief.add_item(project, section, "text", text="The council met; nothing was decided.")
    export_brief(project, path)
    project.close()
    return str(path)


def test_repairs_are_named_in_the_import_summary(make_window, qtbot, tmp_path, dialogs):
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(
        "Minister José García defends the budget\n\n“We will not raise taxes this year,” "
        "José García told reporters in Madrid.\n".encode()
        + b"The caf\xe9 owners in Li\xc3\xa8ge were not consulted.\n")
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(mixed)])
    wait_for_analysis(qtbot, window, 1)
    qtbot.waitUntil(lambda: bool(dialogs))
    title, text = dialogs[-1]
    assert title == "Articles Imported with Notes"
    assert "Imported 1 article(s)" in text
    assert "mixed.txt: line 4 is not all UTF-8" in text
    assert "The café owners in Liège" in window.project.articles()[0].text


def test_an_exported_brief_is_imported_only_when_the_user_says_so(
        make_window, qtbot, tmp_path, monkeypatch, seed_path):
    exported = _exported_brief(tmp_path / "last week.docx")
    asked: list[tuple[str, str]] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = make_window()
    window.set_project(Project.new())

    window.import_sources([exported, str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked[0][0] == "Import a Brief?"
    assert "last week.docx" in asked[0][1] and "Import it anyway?" in asked[0][1]
    assert len(window.project.articles()) == 1  # No: the brief stays out

    window.import_sources([exported])
    qtbot.waitUntil(lambda: len(asked) == 2)
    wait_for_analysis(qtbot, window, 2)  # Yes: imported again with allow_briefs
    assert any("nothing was decided" in a.text for a in window.project.articles())


def test_the_window_analyses_through_the_command_lines_loop(make_window, qtbot, seed_path,
                                                            second_path, monkeypatch):
    import briefer.workflows as workflows

    runs: list[list[int]] = []
    real = workflows.analysed_articles

    def spy(articles, text_of, analyse, is_cancelled=None):
        runs.append([article_id for article_id, _title in articles])
        yield from real(articles, text_of, analyse, is_cancelled)

    monkeypatch.setattr(workflows, "analysed_articles", spy)
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path), str(second_path)])
    wait_for_analysis(qtbot, window, 2)
    assert sorted(i for run in runs for i in run) == sorted(window.project.article_ids())
    assert all(a.analyzed_at for a in window.project.articles())


def test_a_long_article_is_noted_and_its_analysis_shows_its_share(
        make_window, qtbot, tmp_path, dialogs, seed_path, monkeypatch):
    from briefer.nlp.analyze import PIECE_CHARS

    monkeypatch.setattr("briefer.ingest.LONG_ARTICLE_CHARS", PIECE_CHARS)
    seed = seed_path.read_text(encoding="utf-8").strip()
    long = tmp_path / "long.txt"
    long.write_text("\n".join([seed] * (PIECE_CHARS // len(seed) + 3)), encoding="utf-8")
    window = make_window()
    window.set_project(Project.new())
    labels: list[str] = []
    window.jobs.progressChanged.connect(lambda done, total, label: labels.append(label))
    window.import_sources([str(long)])
    wait_for_analysis(qtbot, window, 1)
    qtbot.waitUntil(lambda: bool(dialogs))
    title, text = dialogs[-1]
    assert title == "Articles Imported with Notes"
    assert "long.txt:" in text and "far longer than a news article" in text
    title = window.project.articles()[0].title
    assert f"Analysing (50%): {title}" in labels


def test_a_name_too_long_for_the_file_system_is_listed_not_an_unexpected_error(
        make_window, qtbot, dialogs):
    # It was "Import Failed: an unexpected error occurred ([Errno 36] File name too long ...)".
    window = make_window()
    window.set_project(Project.new())
    window.import_sources(["x" * 5000])
    qtbot.waitUntil(lambda: bool(dialogs) and not window.is_busy)
    [(title, text)] = dialogs
    assert title == "Some Articles Were Not Imported"
    assert "cannot be read (File name too long)" in text and len(text) < 400
