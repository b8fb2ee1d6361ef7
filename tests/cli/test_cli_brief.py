"""The `briefer` commands that write a brief: export and draft, and their errors."""

import re
from pathlib import Path

import pytest

from briefer.core.store import Project
from tests.cli._cli import SEED, assert_one_line_error, docx_text, run, run_child

# -- export and draft ----------------------------------------------------------------


def test_export_writes_a_word_brief_without_spacy_or_qt(analysed_project, tmp_path):
    before = analysed_project.read_bytes()
    result = run_child(
        "import sys\nfrom briefer.cli import main\n"
        f"code = main(['export', {str(analysed_project)!r}, '-o', 'brief.docx'])\n"
        "print(code, 'spacy' in sys.modules, 'PySide6' in sys.modules)\n", tmp_path)
    assert result.stdout.splitlines() == [
        "wrote brief.docx (a first draft: the project's brief is empty)", "0 False False"
    ], result.stderr
    text = docx_text(tmp_path / "brief.docx")
    assert "Macron" in text or "Heisbourg" in text
    assert analysed_project.read_bytes() == before


def test_export_of_a_reviewed_brief_is_not_redrafted(capsys, analysed_project, tmp_path):
    from briefer.core import brief

    project = Project.open(analysed_project)
    section = brief.add_section(project, "My own section")
    brief.add_item(project, section, "text", text="A paragraph the analyst wrote.")
    project.save()
    code, out, err = run(capsys, "export", str(analysed_project), "-o", "mine.docx")
    assert (code, err) == (0, "")
    assert out == "wrote mine.docx\n"
    text = docx_text(tmp_path / "mine.docx")
    assert "My own section" in text and "A paragraph the analyst wrote." in text


@pytest.mark.parametrize(("setup", "project", "fragment"), [
    (None, "missing.briefer", "missing.briefer: no such file"),
    (b"plain text", "text.briefer", "not a Briefer project"),
])
def test_export_of_a_bad_project(capsys, tmp_path, setup, project, fragment):
    if setup is not None:
        (tmp_path / project).write_bytes(setup)
    code, out, err = run(capsys, "export", project, "-o", "brief.docx")
    assert code == 2 and out == ""
    assert_one_line_error(err, fragment)
    assert not (tmp_path / "brief.docx").exists()


@pytest.mark.parametrize("output", ["no/such/folder/brief.docx", "a_folder"])
def test_export_to_an_unwritable_place(capsys, analysed_project, tmp_path, output):
    (tmp_path / "a_folder").mkdir()
    code, out, err = run(capsys, "export", str(analysed_project), "-o", output)
    assert code == 2 and out == ""
    assert_one_line_error(err)


def test_export_with_a_missing_template(capsys, analysed_project):
    code, _, err = run(capsys, "export", str(analysed_project), "-o", "b.docx",
                       "--template", "nowhere.docx")
    assert code == 2
    assert_one_line_error(err, "nowhere.docx")


def _saved_template_gone(project_path: Path, tmp_path: Path) -> Path:
    """The project's brief names a template file that was since deleted."""
    from briefer.core import brief
    from briefer.export.docx import default_template

    template = tmp_path / "house style.docx"
    template.write_bytes(default_template().read_bytes())
    project = Project.open(project_path)
    brief.set_docx_template(project, str(template))
    project.save()
    project.close()
    template.unlink()
    return template


def test_a_saved_template_gone_is_one_line_before_any_work(capsys, analysed_project, tmp_path,
                                                           monkeypatch):
    template = _saved_template_gone(analysed_project, tmp_path)
    for command in (["export", str(analysed_project)], ["draft", str(analysed_project)]):
        # Told before drafting or analysing, not after.
        monkeypatch.setattr("briefer.core.draft.draft_brief", None)
        code, out, err = run(capsys, *command, "-o", "b.docx")
        assert code == 2 and out == ""
        assert_one_line_error(err, "the brief's Word template", str(template), "is missing",
                              "--template ''")
        assert not (tmp_path / "b.docx").exists()


@pytest.mark.parametrize(("make", "message"), [
    (lambda path: path.write_bytes(b"\x00\x01 not a zip"), "is not a Word document (.docx)"),
    (lambda path: path.mkdir(), "is a folder, not a Word document (.docx)"),
    (lambda path: None, "no such file"),
])
def test_a_bad_template_stops_a_draft_before_its_analysis(capsys, tmp_path, monkeypatch, make,
                                                          message):
    def refuse(name=None):
        raise AssertionError("the analysis started before the template was checked")

    monkeypatch.setattr("briefer.nlp.pipeline.load_pipeline", refuse)
    make(tmp_path / "style.docx")
    code, out, err = run(capsys, "draft", str(SEED), "-o", "b.docx", "--template", "style.docx")
    assert code == 2 and out == ""
    assert_one_line_error(err, "style.docx", message)


def test_symbolic_link_loops_are_paths_not_crashes(capsys, shared_nlp, tmp_path):
    # Each of these was "internal error: RuntimeError: Symlink loop" (Path.resolve).
    for name, target in (("one.docx", "two.docx"), ("two.docx", "one.docx"),
                         ("a.txt", "b.txt"), ("b.txt", "a.txt"),
                         ("p.briefer", "q.briefer"), ("q.briefer", "p.briefer")):
        (tmp_path / name).symlink_to(tmp_path / target)
    code, out, err = run(capsys, "draft", "a.txt", "-o", "brief.docx")
    assert (code, out) == (2, "")
    assert "a.txt: cannot be read (Too many levels of symbolic links)" in err
    code, out, err = run(capsys, "export", "p.briefer", "-o", "brief.docx")
    assert code == 2
    assert_one_line_error(err, "p.briefer: a link that leads nowhere (or back to itself)")
    code, out, _err = run(capsys, "draft", str(SEED), "-o", "one.docx")
    assert code == 0 and out == "wrote one.docx\n"
    assert (tmp_path / "one.docx").is_file()  # the loop's link replaced by the brief


@pytest.mark.parametrize(("output", "message"), [
    ("no/such/folder/b.docx", "the folder no/such/folder does not exist"),
    ("article.txt/b.docx", "article.txt is a file, not a folder"),
    ("a_folder", "a Word document needs the .docx extension"),
])
def test_a_brief_that_cannot_be_written_stops_a_draft_before_its_analysis(
        capsys, tmp_path, monkeypatch, output, message):
    def refuse(name=None):
        raise AssertionError("the analysis started before the output was checked")

    monkeypatch.setattr("briefer.nlp.pipeline.load_pipeline", refuse)
    (tmp_path / "article.txt").write_bytes(SEED.read_bytes())
    code, out, err = run(capsys, "draft", "article.txt", "-o", output)
    assert code == 2 and out == ""
    assert_one_line_error(err, message)


def test_template_empty_means_the_default_styles(capsys, analysed_project, tmp_path):
    _saved_template_gone(analysed_project, tmp_path)
    before = analysed_project.read_bytes()
    code, out, _err = run(capsys, "export", str(analysed_project), "-o", "b.docx",
                          "--template", "")
    assert code == 0 and out.startswith("wrote b.docx")
    assert (tmp_path / "b.docx").is_file()
    assert analysed_project.read_bytes() == before  # export never changes the project
    code, out, _err = run(capsys, "draft", str(analysed_project), "-o", "d.docx",
                          "--template", "")
    assert code == 0 and out == "wrote d.docx\n"


def test_a_settings_template_gone_is_named_by_settings_and_by_export(capsys, analysed_project,
                                                                    tmp_path):
    from briefer.export.docx import default_template

    template = tmp_path / "ours.docx"
    template.write_bytes(default_template().read_bytes())
    assert run(capsys, "settings", "--brief-template", str(template))[0] == 0
    template.unlink()
    code, out, err = run(capsys, "settings")
    assert code == 0 and f"brief_template = {template}" in out
    assert err.startswith("briefer: warning: the brief_template") and "--brief-template ''" in err
    code, _out, err = run(capsys, "export", str(analysed_project), "-o", "b.docx")
    assert code == 2
    assert_one_line_error(err, "the settings' Word template", str(template))


def test_help_says_how_to_go_back_to_the_default_template(capsys):
    code, out, _err = run(capsys, "export", "--help")
    assert code == 0
    assert "--template '' uses Briefer's default styles" in " ".join(out.split())


def test_draft_from_one_project_leaves_it_unchanged(capsys, analysed_project, tmp_path):
    before = analysed_project.read_bytes()
    code, out, err = run(capsys, "draft", str(analysed_project), "-o", "d.docx")
    assert (code, out) == (0, "wrote d.docx\n")
    # Nothing is reviewed and the seed has no outlet or date: one warning line per kind.
    lines = err.splitlines()
    assert re.fullmatch(r"briefer: warning: \d+ item\(s\) rest on quotes nobody has reviewed",
                        lines[0])
    # Which articles the draft cites is the drafter's choice; each cited one lacks both.
    [sources] = lines[1:]
    assert re.fullmatch(r"briefer: warning: \d cited source\(s\) lack an outlet or date: .*",
                        sources)
    assert "“As the war in Ukraine rages on with no ceasefire in sight, E…” (no outlet or " \
        "date)" in sources
    assert docx_text(tmp_path / "d.docx").strip()
    assert analysed_project.read_bytes() == before


def test_draft_from_articles_and_projects_together(capsys, shared_nlp, analysed_project,
                                                   tmp_path):
    (tmp_path / "extra.txt").write_text(
        "Poland will raise defence spending, Defence Minister Wladyslaw Kosiniak-Kamysz said "
        "on Tuesday. “We cannot wait,” he told reporters in Warsaw.\n", encoding="utf-8")
    code, out, err = run(capsys, "draft", str(analysed_project), "extra.txt", str(SEED),
                         "-o", "all.docx")
    assert (code, out) == (0, "wrote all.docx\n")
    assert all(line.startswith("briefer: warning: ") for line in err.splitlines())
    assert docx_text(tmp_path / "all.docx").strip()
    assert len(Project.open(analysed_project).articles()) == 2


def test_draft_never_writes_over_one_of_its_inputs(capsys, analysed_project, tmp_path):
    (tmp_path / "story.docx").write_bytes(b"an article the user needs")
    for output in ("story.docx", "./story.docx", str(tmp_path / "story.docx")):
        code, out, err = run(capsys, "draft", "story.docx", "-o", output)
        assert code == 2 and out == ""
        assert_one_line_error(err, "the output is one of the inputs")
    assert (tmp_path / "story.docx").read_bytes() == b"an article the user needs"
    before = analysed_project.read_bytes()
    code, _, err = run(capsys, "export", str(analysed_project), "-o", str(analysed_project))
    assert code == 2
    assert_one_line_error(err, "the output is one of the inputs")
    assert analysed_project.read_bytes() == before


def test_a_brief_briefer_wrote_is_not_read_as_an_article(capsys, shared_nlp, analysed_project,
                                                          tmp_path):
    from briefer.export.signature import is_briefer_brief

    code, _, _ = run(capsys, "draft", str(analysed_project), "-o", "brief.docx")
    assert code == 0 and is_briefer_brief(tmp_path / "brief.docx")
    code, out, err = run(capsys, "draft", "brief.docx", str(SEED), "-o", "again.docx")
    assert code == 2 and out == ""
    assert_one_line_error(err, "brief.docx", "a brief Briefer wrote", "--force")
    assert not (tmp_path / "again.docx").exists()
    code, out, _ = run(capsys, "draft", "brief.docx", str(SEED), "-o", "again.docx", "--force")
    assert (code, out) == (0, "wrote again.docx\n")


def _reject_a_drafted_quote(project_path: Path) -> str:
    from briefer.core import brief
    from briefer.core.draft import draft_brief

    project = Project.open(project_path)
    draft_brief(project)
    item = next(i for i in brief.load_brief(project).items() if i.kind == "quote")
    project.set_quote_status(item.quote_id, "rejected")
    project.save()
    project.close()
    return item.text


def test_export_refuses_rejected_items_unless_told_to_drop_them(capsys, analysed_project,
                                                                 tmp_path):
    rejected = _reject_a_drafted_quote(analysed_project)
    code, out, err = run(capsys, "export", str(analysed_project), "-o", "b.docx")
    assert code == 2 and out == ""
    assert_one_line_error(err, "1 item(s)", "rejected", "--drop-rejected")
    assert not (tmp_path / "b.docx").exists()
    code, out, err = run(capsys, "export", str(analysed_project), "-o", "b.docx",
                         "--drop-rejected")
    assert (code, out) == (0, "wrote b.docx\n")
    assert rejected[:30] not in docx_text(tmp_path / "b.docx")


@pytest.mark.parametrize("length", ["one", "two", "full"])
def test_draft_takes_a_length(capsys, analysed_project, tmp_path, length):
    from briefer.cli import LENGTH_CHOICES
    from briefer.core.draft import LENGTHS

    assert LENGTH_CHOICES == LENGTHS
    code, out, _ = run(capsys, "draft", str(analysed_project), "-o", f"{length}.docx",
                       "--length", length)
    assert (code, out) == (0, f"wrote {length}.docx\n")
    text = docx_text(tmp_path / f"{length}.docx")
    assert ("Sources" in text) == (length != "one")


def test_draft_with_nothing_readable(capsys, tmp_path):
    code, out, err = run(capsys, "draft", "missing.txt", "-o", "d.docx")
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith("briefer: failed: ")
    assert err.splitlines()[1].startswith("briefer: error: no article could be read")
    assert not (tmp_path / "d.docx").exists()
