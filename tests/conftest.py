"""Test-wide set-up: offscreen Qt, a private home for settings, one spaCy pipeline."""

import atexit
import os
import shutil
import tempfile

# Qt must see the platform before any QApplication exists, or it aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="briefer-tests-")
# Gone when the run ends, so runs leave no homes behind in the temp folder.
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once for the whole run."""
    from briefer.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    from briefer.core.paths import seeds_dir

    path = sorted(seeds_dir().glob("*.txt"))[0]
    return path.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def no_blocking_dialogs(monkeypatch):
    """No modal dialog may ever block the suite, even one a test did not expect.

    A test that wants a particular answer patches the dialog itself; this net
    only catches the rest (a "save changes?" question when a window closes at
    teardown, say) and answers it the harmless way: discard, cancel, reject.
    """
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    buttons = QMessageBox.StandardButton

    def answer(value):
        return staticmethod(lambda *args, **kwargs: value)

    monkeypatch.setattr(QMessageBox, "question", answer(buttons.Discard))
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, answer(buttons.Ok))
    monkeypatch.setattr(QMessageBox, "about", answer(None))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: int(buttons.Cancel))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: int(QDialog.DialogCode.Rejected))
    monkeypatch.setattr(QInputDialog, "getText", answer(("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", answer(("", False)))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", answer(("", False)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", answer(([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer(("", "")))
    yield
