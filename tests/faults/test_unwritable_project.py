"""A project that cannot be saved where it is, found before the long work and not after:
one line and exit code 2 on the command line, a dialog in the window, nothing lost."""

import pytest

from briefer import cli
from briefer.core.paths import seeds_dir
from briefer.core.records import Article
from briefer.core.store import Project

SEED = sorted(seeds_dir().glob("*.txt"))[0]


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def no_analysis(monkeypatch):
    """Loading the pipeline would mean the analysis started: it must not."""

    def refuse(name=None):
        raise AssertionError("the analysis started before the project was found unwritable")

    monkeypatch.setattr("briefer.nlp.pipeline.load_pipeline", refuse)


def _saved(path):
    project = Project.new()
    project.add_article(Article(text="The minister said talks would resume.", title="Before"))
    project.save_as(path)
    project.close()
    return path.read_bytes()


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_into_a_read_only_folder_stops_before_analysing(capsys, tmp_path, read_only,
                                                               no_analysis):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "work.briefer"
    before = _saved(path)
    with read_only(folder):
        for target in (path, folder / "new.briefer"):
            code, out, err = _run(capsys, "import", str(target), str(SEED))
            assert (code, out) == (2, "")
            assert err.count("\n") == 1 and "Traceback" not in err
            assert err.startswith(f"briefer: error: {target}: cannot be saved in its folder")
            assert "nothing was imported" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["work.briefer"]


def test_import_into_a_read_only_file_stops_before_analysing(capsys, tmp_path, no_analysis):
    path = tmp_path / "work.briefer"
    before = _saved(path)
    path.chmod(0o444)
    code, out, err = _run(capsys, "import", str(path), str(SEED))
    assert (code, out) == (2, "")
    assert err == (f"briefer: error: {path}: the file is read-only, so it cannot be saved; "
                   "nothing was imported (make it writable, or import into another project)\n")
    assert path.read_bytes() == before


def test_the_window_offers_to_open_it_read_only_and_keeps_the_work(qtbot, tmp_path, read_only,
                                                                   monkeypatch):
    pytest.importorskip("PySide6.QtWidgets")
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from briefer.core.settings import Settings
    from briefer.gui.main_window import MainWindow

    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "work.briefer"
    before = _saved(path)
    asked: list[tuple[str, str]] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return (QMessageBox.StandardButton.Open if title == "Project Cannot Be Saved"
                else QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    with read_only(folder):
        assert window.open_project(path)
    [(title, text)] = asked
    assert title == "Project Cannot Be Saved"
    assert text.startswith(f"{path}: cannot be saved in its folder")
    assert "Open it read-only here?" in text and "none of your work is lost" in text
    assert window.project.read_only and "(read-only)" in window.windowTitle()

    # Work done meanwhile is saved under another name, never lost.
    window.intake.paste("“Talks resume on Monday,” the minister said.", "Pasted")
    elsewhere = tmp_path / "mine.briefer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(elsewhere), "")))
    assert window.session.save()
    assert [a.title for a in Project.open(elsewhere).articles()] == ["Before", "Pasted"]
    assert path.read_bytes() == before
    window.undo_stack.setClean()
    window.session.changed_outside_undo = False
