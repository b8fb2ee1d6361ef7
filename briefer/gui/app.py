"""Start the desktop application: the window first, everything slow after.

Nothing on the way to the first window imports spaCy, trafilatura or
python-docx; the language model loads in a worker once the window shows.
"""

from __future__ import annotations

import argparse
import gc
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QIcon, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import briefer
from briefer.core.errors import BrieferError
from briefer.core.paths import resources_dir

ORGANISATION = "Briefer"
APPLICATION = "Briefer"
GIL_SWITCH_SECONDS = 0.001


def configure_application() -> QApplication:
    """The QApplication with Briefer's names (they key QSettings), icon and style sheet."""
    # Workers run Python-heavy analysis; handing the GIL back to the UI thread
    # every millisecond (instead of every 5) keeps the window smooth meanwhile.
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(briefer.__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = resources_dir() / "icons" / "briefer.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    sheet = resources_dir() / "styles" / "briefer.qss"
    if sheet.exists():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))
    return app


def freeze_startup_objects() -> None:
    """Take what start-up made (modules, classes, the window's widgets) out of the
    garbage collector's reach: they live as long as the app, and without this every
    full collection walks them all again while the window waits. (No collection
    first: it would delay the first paint for the little garbage there is.)"""
    gc.freeze()


def install_excepthook(parent_of_dialog) -> None:
    """Show an unexpected error in a dialog instead of letting it end the app."""

    def show(exc_type, exc, tb) -> None:
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        sys.stderr.write(details)
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        message = str(exc) if isinstance(exc, BrieferError) else (
            f"Something went wrong ({exc_type.__name__}: {exc}). Your work is still open; "
            "saving it now is a good idea.")
        box = QMessageBox(QMessageBox.Icon.Critical, "Unexpected Error", message,
                          parent=parent_of_dialog())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = show


def run(project_path: str | Path | None = None, demo: bool = False,
        articles: list[str] | None = None) -> int:
    """Open the main window (on a project, the demo, or the last project) and run; article
    files are imported into the project given, else into a new one."""
    app = configure_application()
    from briefer.gui.main_window import MainWindow

    window = MainWindow()
    install_excepthook(lambda: window if window.isVisible() else None)
    window.show()
    freeze_startup_objects()
    QTimer.singleShot(0, lambda: window.startup(
        str(project_path) if project_path else None, demo, articles or []))
    code = app.exec()
    window.wait_for_jobs(5)
    QThreadPool.globalInstance().waitForDone(5000)
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="briefer-gui", description="Open Briefer's window.")
    parser.add_argument("project", nargs="?", help="a .briefer project to open")
    parser.add_argument("--demo", action="store_true", help="open the demo project")
    args = parser.parse_args(argv)
    return run(args.project, demo=args.demo)


if __name__ == "__main__":
    raise SystemExit(main())
