"""Saving from the window onto a read-only folder or a full disk: a clear message, the old
file untouched, the work still open and still marked unsaved, and a later save succeeds."""

import pytest

pytest.importorskip("PySide6.QtWidgets")

from briefer.core import review
from briefer.core.records import Article
from briefer.core.settings import Settings
from briefer.core.store import Project
from briefer.gui.main_window import MainWindow


@pytest.fixture
def window_on_saved_project(qtbot, tmp_path, monkeypatch):
    """The real window on a saved one-article project, with its error dialogs captured."""
    path = tmp_path / "work.briefer"
    project = Project.new()
    project.add_article(Article(text="The minister said talks would resume.", title="Before"))
    project.save_as(path)
    project.close()

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(window.session, "show_error",
                        lambda title, text: errors.append((title, text)))
    assert window.open_project(path)
    [article] = window.project.articles()
    assert window.session.apply("Edit Article",
                                lambda: review.update_article(window.project, article.id,
                                                              title="After"))
    yield window, path, errors
    window.undo_stack.setClean()
    window.session.changed_outside_undo = False


def test_window_save_into_read_only_folder(window_on_saved_project, tmp_path, read_only):
    window, path, errors = window_on_saved_project
    before = path.read_bytes()

    with read_only(tmp_path):
        assert window.session.save() is False

    [(title, message)] = errors
    assert title == "Cannot Save Project"
    assert "work.briefer" in message and "\n" not in message
    assert path.read_bytes() == before
    assert window.is_modified and window.isWindowModified()
    assert window.session.save() is True
    assert not window.is_modified
    assert Project.open(path).articles()[0].title == "After"


def test_window_save_after_the_file_became_a_folder(window_on_saved_project):
    """A target that cannot be replaced (here: someone made it a folder) fails cleanly."""
    window, path, errors = window_on_saved_project
    path.unlink()
    path.mkdir()
    assert window.session.save() is False
    [(_title, message)] = errors
    assert "work.briefer" in message and "\n" not in message
    assert window.is_modified
    assert window.project.articles()[0].title == "After"
