"""The main window's actions and menus, declared in one place.

Every command the window answers is a `QAction` made here, with its key, tips and
the places it appears (menus, toolbars, context menus); the Help › Keyboard
Shortcuts list is read from these actions, so it never drifts. The slots are the
controllers' methods: nothing here does work of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from briefer.gui.help import HELP_NAME, plain


def make_action(window: QMainWindow, text: str, slot: Callable, shortcut=None,
                tip: str = "") -> QAction:
    """An action of the window: its key in the tooltip, its tip in the status bar."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    tip = tip or plain(text).rstrip("…")
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window) -> None:
    """Every command of the window, as attributes of it, and where each appears."""
    act = partial(make_action, window)
    key = QKeySequence.StandardKey
    review = window.review
    window.new_action = act("&New", window.session.new_project, key.New)
    window.open_action = act("&Open…", window.session.open_dialog, key.Open)
    window.save_action = act("&Save", window.session.save, key.Save)
    window.save_as_action = act("Save &As…", window.session.save_as, key.SaveAs)
    window.import_action = act("&Import Files…", window.import_files_dialog,
                                      "Ctrl+Shift+I",
                                      "Import article files (text, Markdown, HTML, PDF, "
                                      "Word)")
    window.import_url_action = act("Import from &URL…", window.import_url_dialog,
                                          "Ctrl+Shift+U")
    window.paste_action = act("&Paste Article…", window.paste_article_dialog,
                                     "Ctrl+Shift+V")
    window.export_action = act("&Export to Word…", window.brief_actions.export_dialog,
                                      "Ctrl+E")
    window.quit_action = act("&Quit", window.close, key.Quit)
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    window.undo_action = window.undo_stack.createUndoAction(window, "&Undo")
    window.undo_action.setShortcut(QKeySequence(key.Undo))
    window.redo_action = window.undo_stack.createRedoAction(window, "&Redo")
    window.redo_action.setShortcut(QKeySequence(key.Redo))
    window.undo_action.setProperty(HELP_NAME, "Undo")
    window.redo_action.setProperty(HELP_NAME, "Redo")
    window.find_action = act("&Find in Article…", window.find_in_article, key.Find,
                                    "Find words in the article shown")
    window.find_next_action = act("Find &Next", window.reader.find_bar.step_forward,
                                         key.FindNext, "Go to the next hit in the article")
    window.find_previous_action = act(
        "Find Pre&vious", window.reader.find_bar.step_back, key.FindPrevious,
        "Go to the previous hit in the article")
    window.search_all_action = act("&Search All Articles…", window.focus_search,
                                          "Ctrl+K", "Search the text of all articles")

    window.next_action = act("&Next Item", lambda: window.step_item(1), "J",
                                    "Go to the next quote or actor")
    window.next_action.setShortcuts([QKeySequence("J"), QKeySequence("Alt+Down")])
    window.previous_action = act("&Previous Item", lambda: window.step_item(-1), "K",
                                        "Go to the previous quote or actor")
    window.previous_action.setShortcuts([QKeySequence("K"), QKeySequence("Alt+Up")])
    window.accept_action = act("&Accept Quote", lambda: review.set_status("accepted"),
                                      "A")
    window.reject_action = act("&Reject Quote", lambda: review.set_status("rejected"),
                                      "R")
    window.reset_action = act("Mark Quote &Pending",
                                     lambda: review.set_status("pending"), "P")
    window.brief_action = act("Add to &Brief", review.add_selection_to_brief, "B",
                                     "Add the selected quotes or actor to the brief")
    window.reassign_action = act("Reassign &Speaker…", review.reassign_speaker, "S")
    window.span_action = act("Adjust Quote Spa&n…", review.adjust_span, "Ctrl+Shift+A",
                                    "Make the selected quote cover the text selected in "
                                    "the reader")
    window.rename_action = act("Re&name Actor…", review.rename_actor, "N")
    window.type_action = act("Change Actor &Type…", review.change_actor_type, "T")
    window.expert_action = act("Toggle &Expert", review.toggle_expert, "E")
    window.roles_action = act("Edit R&oles…", review.edit_roles, "O")
    window.merge_action = act("&Merge Actors", review.merge_actors, "M",
                                     "Merge the selected actors into the first one")
    window.split_action = act("Sp&lit Mention Off…", review.split_mention_dialog,
                                     "Ctrl+Shift+L",
                                     "Move one mention of the actor onto a new actor")
    window.delete_actor_action = act("&Delete Actor", review.delete_actors,
                                            "Ctrl+Delete")
    window.dossier_action = act(
        "Actor &Dossier", window.dossier.open_for_selection, "Ctrl+Shift+O",
        "Everything about the selected actor: names, roles, quotes, articles")
    window.filter_by_actor_action = act(
        "Show Articles Where Actor Speaks", window.filter_by_selected_actor, None)
    window.edit_article_action = act("Article &Details…", review.edit_article_dialog,
                                            "Ctrl+Shift+D")
    window.remove_article_action = act("&Remove Article", review.remove_article,
                                              "Shift+Delete")
    window.analyse_action = act("Analyse &Again", window.reanalyse_article,
                                       "Ctrl+Shift+R",
                                       "Run the analysis again on the selected article "
                                       "(your decisions are kept)")
    window.draft_action = act("&Draft Brief from Project", window.draft_brief, None,
                                     "Build a first brief from the reviewed analysis")
    window.shortcuts_action = act("&Keyboard Shortcuts", window.show_shortcuts, None,
                                         "Every key the window answers")
    window.guide_action = act("&Guide", window.show_guide, key.HelpContents,
                                     "A short guide from articles to a brief")
    window.about_action = act("&About Briefer", window.show_about, None)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    window.show_rejected_action = QAction("Show &Rejected Quotes in Reader", window)
    window.show_rejected_action.setCheckable(True)
    window.show_rejected_action.setChecked(True)
    window.show_speakers_action = QAction("Speaker &Names beside Quotes", window)
    window.show_speakers_action.setStatusTip("Show who said each quote in the reader's margin")
    window.show_speakers_action.setCheckable(True)
    window.show_speakers_action.setChecked(True)
    window.show_speakers_action.toggled.connect(window.reader.view.show_speakers)

    for action, short in ((window.accept_action, "Accept"), (window.reject_action, "Reject"),
                          (window.reset_action, "Pending"), (window.reassign_action, "Speaker…"),
                          (window.span_action, "Span"), (window.brief_action, "To Brief"),
                          (window.rename_action, "Rename…"), (window.type_action, "Type…"),
                          (window.expert_action, "Expert"), (window.roles_action, "Roles…"),
                          (window.merge_action, "Merge"), (window.split_action, "Split…"),
                          (window.delete_actor_action, "Delete")):
        action.setIconText(short)
    for action in (window.accept_action, window.reject_action, window.reset_action,
                   window.reassign_action, window.span_action, window.brief_action):
        window.review_panel.quote_toolbar.addAction(action)
    for action in (window.accept_action, window.reject_action, window.reassign_action,
                   window.span_action, window.brief_action):
        window.review_panel.quote_view.addAction(action)
        window.review_panel.quote_groups.addAction(action)
    for action in (window.rename_action, window.type_action, window.expert_action,
                   window.roles_action, window.merge_action, window.split_action,
                   window.delete_actor_action):
        window.review_panel.actor_toolbar.addAction(action)
    for action in (window.rename_action, window.type_action, window.expert_action,
                   window.roles_action, window.merge_action, window.split_action,
                   window.delete_actor_action, window.brief_action,
                   window.dossier_action, window.filter_by_actor_action):
        window.review_panel.actor_view.addAction(action)
    for action in (window.edit_article_action, window.analyse_action,
                   window.remove_article_action):
        window.article_view.addAction(action)
        window.articles_panel.group_tree.addAction(action)
    window.review_panel.quote_view.doubleClicked.connect(lambda _i: review.reassign_speaker())
    # Single-key review shortcuts work where reviewing happens (articles, reader,
    # review panel), never while the brief's lists or editors have the focus.
    for action in (window.next_action, window.previous_action, window.accept_action,
                   window.reject_action, window.reset_action, window.brief_action,
                   window.reassign_action, window.span_action, window.rename_action,
                   window.type_action, window.expert_action, window.roles_action,
                   window.merge_action, window.split_action, window.delete_actor_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for area in (window.articles_panel, window.reader, window.review_panel,
                     window.dossier.dock):
            area.addAction(action)


def build_menus(window) -> None:
    """The menu bar, and the first-steps buttons of an empty window."""
    act = partial(make_action, window)
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([window.new_action, window.open_action])
    window.recent_menu = file_menu.addMenu("Open &Recent")
    file_menu.addActions([window.save_action, window.save_as_action])
    file_menu.addSeparator()
    file_menu.addActions([window.import_action, window.import_url_action, window.paste_action])
    file_menu.addSeparator()
    file_menu.addAction(window.export_action)
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.find_action, window.find_next_action,
                          window.find_previous_action, window.search_all_action])

    view_menu = bar.addMenu("&View")
    window.view_menu = view_menu
    for text, widget_index in (("&Articles Panel", 0), ("Review &Panel", 2)):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(
            lambda on, i=widget_index: window.splitter.widget(i).setVisible(on))
        view_menu.addAction(action)
    view_menu.addAction(window.show_rejected_action)
    view_menu.addAction(window.show_speakers_action)
    view_menu.addAction(window.dossier_action)
    view_menu.addSeparator()
    for text, index, shortcut in (("&Reader", 0, "Ctrl+1"), ("&Brief", 1, "Ctrl+2"),
                                  ("C&overage by Outlet", 2, "Ctrl+5")):
        view_menu.addAction(act(
            text, lambda i=index: window.centre_tabs.setCurrentIndex(i), shortcut))
    for text, index, shortcut in (("A&ctors Tab", 0, "Ctrl+3"), ("&Quotes Tab", 1, "Ctrl+4")):
        view_menu.addAction(act(
            text, lambda i=index: window.review_panel.setCurrentIndex(i), shortcut))

    review_menu = bar.addMenu("&Review")
    review_menu.addActions([window.next_action, window.previous_action])
    review_menu.addSeparator()
    review_menu.addActions([window.accept_action, window.reject_action, window.reset_action,
                            window.reassign_action, window.span_action, window.brief_action])
    review_menu.addSeparator()
    review_menu.addActions([window.rename_action, window.type_action, window.expert_action,
                            window.roles_action, window.merge_action, window.split_action,
                            window.delete_actor_action])
    review_menu.addSeparator()
    review_menu.addActions([window.edit_article_action, window.analyse_action,
                            window.remove_article_action])

    brief_menu = bar.addMenu("&Brief")
    brief_menu.addAction(window.draft_action)
    brief_menu.addAction(window.export_action)

    help_menu = bar.addMenu("&Help")
    help_menu.addActions([window.guide_action, window.shortcuts_action])
    help_menu.addSeparator()
    help_menu.addAction(window.about_action)
    window.reader.first_steps.set_actions("no project", [window.new_action, window.open_action])
    window.reader.first_steps.set_actions(
        "empty project", [window.import_action, window.import_url_action, window.paste_action])
