"""Screenshots of issue 12's reader, review dialogs, help and first steps, for a human to look at.

Saved at 1600×1000 and 1280×800 in BRIEFER_SCREENSHOTS (default /tmp/shots).
"""

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from briefer.core import review
from briefer.core.store import Project
from briefer.gui.help import GuideDialog, ShortcutsDialog
from briefer.gui.speaker_dialog import SpeakerDialog
from tests.gui.conftest import wait_for_analysis
from tests.gui.outlet_articles import write_articles

SIZES = ((1600, 1000), (1280, 800))


def _folder() -> Path:
    path = Path(os.environ.get("BRIEFER_SCREENSHOTS", "/tmp/shots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def _save(widget, qtbot, name: str, size: tuple[int, int] | None = None) -> None:
    qtbot.wait(80)
    path = _folder() / f"views-reader-{name}.png"
    assert widget.grab().save(str(path))
    if size is not None:
        image = QImage(str(path))
        assert (image.width(), image.height()) == size


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_reader_screenshots(make_window, qtbot, tmp_path, size):
    tag = f"{size[0]}x{size[1]}"
    window = make_window()
    window.resize(*size)
    _save(window, qtbot, f"reader-no-project-{tag}", size)
    window.set_project(Project.new())
    _save(window, qtbot, f"reader-empty-project-{tag}", size)

    window.import_sources([str(p) for p in write_articles(tmp_path)])
    wait_for_analysis(qtbot, window, 3)
    article = next(a for a in window.project.articles() if "far from over" in a.text)
    window.select_article(article.id)
    quotes = window.project.quotes(article.id)
    panel = window.review_panel
    panel.setCurrentIndex(1)
    panel.select_quote(quotes[0].id)
    window.accept_action.trigger()
    panel.select_quote(quotes[1].id)
    window.reject_action.trigger()
    window.search_box.setText("inquiry")
    window.find_action.trigger()
    window.reader.find_bar.field.setText("budget")
    _save(window, qtbot, f"reader-margin-find-{tag}", size)

    window.search_box.clear()
    window.reader.find_bar.close_bar()
    # Every kind, pending and accepted, side by side (the shades, the frames, the ticks).
    other = next(a for a in window.project.articles() if "bureau would follow" in a.text)
    first, _direct_pending, third = window.project.quotes(other.id)[:3]
    window.session.apply("Change Kind", lambda: review.set_quote_kind(
        window.project, first.id, "mixed"))
    window.session.apply("Accept", lambda: review.set_quote_status(
        window.project, [first.id, third.id], "accepted"))
    window.select_article(other.id)
    panel.setCurrentIndex(0)
    _save(window, qtbot, f"reader-kinds-statuses-{tag}", size)

    panel.actors_this_article_only.setChecked(True)
    _save(window, qtbot, f"actors-this-article-{tag}", size)

    if size == SIZES[0]:
        text = article.text
        start = text.index("the budget for the inquiry")
        end = text.index(" next year")
        from briefer.core import speakers

        mentions = window.project.mentions(article_id=article.id)
        dialog = SpeakerDialog(window, "Mark as Quote by", panel.actor_model.records, mentions,
                               start, end, ask_kind=True,
                               proposed_id=speakers.proposed_speaker(text, mentions, start, end),
                               kind=speakers.proposed_kind(text[start:end]),
                               cue=speakers.proposed_cue(text, start, end))
        dialog.show()
        _save(dialog, qtbot, "dialog-mark-quote")
        dialog.field.setText("Brien")
        _save(dialog, qtbot, "dialog-speaker-middle-name")
        dialog.close()
        for made, name in ((ShortcutsDialog(window), "dialog-shortcuts"),
                           (GuideDialog(window), "dialog-guide")):
            made.show()
            _save(made, qtbot, name)
            made.close()
