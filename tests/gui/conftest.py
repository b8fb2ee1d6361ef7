"""Fixtures that drive the real main window offscreen."""

import pytest
from PySide6.QtCore import QThreadPool

from briefer.core.paths import seeds_dir

SECOND_ARTICLE = (
    "Climate negotiators gathered in Bonn on Monday to prepare the next summit.\n"
    "\"We need far more money for adaptation,\" said Jane Okafor, a climate economist at the "
    "London School of Economics. Officials from the European Commission said that a deal on "
    "loss and damage was within reach.\n"
)


@pytest.fixture(scope="session", autouse=True)
def configured_application(qapp):
    """Names (they key QSettings), icon and style sheet as the real app sets them."""
    from briefer.gui.app import configure_application

    return configure_application()


@pytest.fixture()
def dialogs(monkeypatch):
    """Message boxes never block a test: each is recorded (title, text) and answered.

    Questions get Cancel unless a test patches `QMessageBox.question` itself.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(answer):
        def show(parent, title, text, *args, **kwargs):
            shown.append((title, text))
            return answer
        return staticmethod(show)

    ok = QMessageBox.StandardButton.Ok
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record(ok))
    monkeypatch.setattr(QMessageBox, "question", record(QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "about", record(None))
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.windowTitle(), box.text())) or 0)
    return shown


@pytest.fixture()
def make_window(qtbot, nlp, dialogs):
    """Build main windows with the session's spaCy pipeline already loaded."""
    from briefer.gui.main_window import MainWindow

    windows = []

    def make(load_model: bool = True) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        if load_model:
            window.intake.use_pipeline(nlp)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.wait_for_jobs(30)
        window.session.changed_outside_undo = False
        window.undo_stack.setClean()
    QThreadPool.globalInstance().waitForDone(30000)


@pytest.fixture()
def seed_path():
    return sorted(seeds_dir().glob("*.txt"))[0]


@pytest.fixture()
def second_path(tmp_path):
    path = tmp_path / "bonn.txt"
    path.write_text(SECOND_ARTICLE, encoding="utf-8")
    return path


def wait_for_analysis(qtbot, window, count: int, timeout: int = 60000) -> None:
    """Wait until `count` articles are stored and analysed and the worker is idle."""

    def analysed() -> bool:
        articles = window.project.articles() if window.project else []
        return (len(articles) == count and all(a.analyzed_at for a in articles)
                and not window.is_busy)

    qtbot.waitUntil(analysed, timeout=timeout)


@pytest.fixture()
def draft_default_length(monkeypatch):
    """Draft Brief's length question answered with what it offers first (the last length,
    else two pages); other input dialogs keep the suite's default answer (cancel)."""
    from PySide6.QtWidgets import QInputDialog

    real = QInputDialog.getItem

    def get_item(parent, title, label, items, current=0, editable=True, *args, **kwargs):
        if title == "Draft Brief from Project":
            return items[current], True
        return real(parent, title, label, items, current, editable, *args, **kwargs)

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))


@pytest.fixture()
def export_as_is(monkeypatch):
    """The export's review check answered "Export As Is" (it has tests of its own)."""
    from briefer.gui.brief.export_check import EXPORT_AS_IS, ExportProblemsDialog

    def answer(dialog) -> int:
        dialog.choice = EXPORT_AS_IS
        return int(dialog.DialogCode.Accepted)

    monkeypatch.setattr(ExportProblemsDialog, "exec", answer)
