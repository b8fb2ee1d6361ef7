"""The views kept in step: the article list, the reader, the review panel and the brief.

`ViewSync` shows the session's project in every view and keeps their
selections in step (an article chosen shows its text and quotes; a quote
chosen shows its article; a highlight clicked selects its row). It refreshes
the views itself from what the controllers announce: `projectReplaced`,
`projectChanged(what)`, `articleStored` and `analysisStored`. Background
results are shown in one pass shortly after they arrive, and only the rows
they touch are updated.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QTimer

from briefer.core.errors import BrieferError
from briefer.core.store import Project
from briefer.gui.models import ID_ROLE

REFRESH_DELAY_MS = 300


class ViewSync(QObject):
    """Refreshes the window's views and keeps their selections in step."""

    @property
    def project(self) -> Project | None:
        return self.window.project

    @property
    def panel(self):
        return self.window.review_panel

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.current_article_id: int | None = None
        self._results_to_show: set[int] = set()  # analysed articles whose quotes are not shown
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_DELAY_MS)
        self.refresh_timer.timeout.connect(self._show_new_results)
        window.article_view.selectionModel().currentRowChanged.connect(self._article_selected)
        window.reader.view.item_clicked.connect(self._reader_item_clicked)
        panel = window.review_panel
        panel.quote_view.selectionModel().currentRowChanged.connect(self._quote_selected)
        panel.quote_groups.selectionModel().currentRowChanged.connect(self._quote_selected)
        panel.actor_view.selectionModel().currentRowChanged.connect(self._actor_selected)
        panel.current_article_only.toggled.connect(self._quote_scope_changed)
        window.session.projectReplaced.connect(self._show_project)
        window.session.projectChanged.connect(self._project_changed)
        window.intake.articleStored.connect(self._article_stored)
        window.intake.analysisStored.connect(self._analysis_stored)
        window.show_rejected_action.toggled.connect(lambda _on: self._refresh_reader())

    def _show_project(self, project: Project | None) -> None:
        """The session opened another project: every view starts again on it."""
        self.current_article_id = None
        self._results_to_show.clear()
        self.window.article_model.set_project(project)
        self.panel.actor_model.set_project(project)
        self.panel.quote_model.set_project(project)
        if self.window.made_brief_builder is not None:  # else made on this project when used
            self.window.brief_builder.set_project(project)
        self._fill_actor_filter()
        self.window.article_proxy.refilter()
        if project is not None:
            self.select_first_article()
            # The article model has just read every article: no second read of their texts.
            unanalysed = [a.id for a in self.window.article_model.records if not a.analyzed_at]
            if unanalysed:
                self.window.intake.queue_analysis(unanalysed)
        else:
            self.window.reader.set_article(None)

    def _project_changed(self, what: str) -> None:
        """A recorded change, its undo or its redo: the views show the project again.

        The brief builder hears the same announcement itself; a change to the brief
        alone touches none of the other views.
        """
        if what != "brief":
            self.refresh(brief=False)

    def restart_selection(self) -> None:
        """The current article is gone: show the first one."""
        self.current_article_id = None
        self.select_first_article()

    def select_first_article(self) -> None:
        if self.window.article_proxy.rowCount():
            self.window.article_view.selectRow(0)
        else:
            self._show_article(None)

    def _article_stored(self, article_id: int) -> None:
        """An imported article: the first one is shown at once, the others soon."""
        if self.current_article_id is None:
            self.refresh()
            self.select_article(article_id)
        else:
            self.refresh_soon()

    def _analysis_stored(self, article_id: int) -> None:
        """An analysis arrived: the current article's at once, the others' soon."""
        self._results_to_show.add(article_id)
        if article_id == self.current_article_id:
            self._show_new_results()
            self._refresh_reader()
        else:
            self.refresh_soon()

    def refresh_soon(self) -> None:
        """Show new imports and analyses once shortly, however many arrive meanwhile."""
        if not self.refresh_timer.isActive():
            self.refresh_timer.start()

    def refresh(self, brief: bool = True) -> None:
        """Bring every view up to date with the project after a change, keeping selections.

        The models update row by row (no reset), so what is selected stays
        selected and only rows that changed are sorted and repainted.
        """
        self.refresh_timer.stop()
        self._results_to_show.clear()
        if self.project is None:
            return
        self.window.article_model.update()
        self.panel.actor_model.update()
        self.panel.quote_model.update()
        self._lists_changed()
        if self.current_article_id is None and self.window.article_proxy.rowCount():
            self.window.article_view.selectRow(0)
        self._refresh_reader()
        if brief and self.window.made_brief_builder is not None:
            self.window.brief_builder.refresh()

    def _show_new_results(self) -> None:
        """Show the articles imported and analysed in the background since the last time.

        Only their rows change: the article list and the actors (both small),
        and the quotes of just the analysed articles, never all the project's.
        The reader and the brief show other articles' work unchanged.
        """
        self.refresh_timer.stop()
        analysed, self._results_to_show = sorted(self._results_to_show), set()
        if self.project is None:
            return
        self.window.article_model.update()
        self.panel.actor_model.update()
        for article_id in analysed:
            # An article removed meanwhile: the removal's own refresh dropped its quotes.
            with contextlib.suppress(BrieferError):
                self.panel.quote_model.update(article_id)
        self._lists_changed()

    def _lists_changed(self) -> None:
        """What depends on the lists: the actor filter's choices and the article filter."""
        self._fill_actor_filter()
        if self.window.article_proxy.is_filtering:
            self.window.article_proxy.refilter()

    def _refresh_reader(self) -> None:
        if self.project is None or self.current_article_id is None:
            self.window.reader.set_article(None)
            self.panel.set_article_actors(set())
            return
        try:
            article = self.project.article(self.current_article_id)
        except BrieferError:
            self.current_article_id = None
            self.window.reader.set_article(None)
            return
        actors = {a.id: a for a in self.panel.actor_model.records}
        mentions = self.project.mentions(article_id=article.id)
        quotes = self.project.quotes(article.id)
        self.window.reader.set_article(
            article,
            mentions=mentions,
            quotes=quotes,
            actors=actors,
            show_rejected=self.window.show_rejected_action.isChecked(),
        )
        self.panel.set_article_actors({m.actor_id for m in mentions}
                                      | {q.speaker_id for q in quotes if q.speaker_id})
        emphasised = self._selected_item()
        if emphasised is not None:
            self.window.reader.view.emphasise(*emphasised)

    def _selected_item(self) -> tuple[str, int] | None:
        panel = self.panel
        if panel.actors_active:
            actor_id = panel.current_id(panel.actor_view)
            if actor_id is None or self.current_article_id is None:
                return None
            mention = next((m for m in self.project.mentions(
                article_id=self.current_article_id, actor_id=actor_id)), None)
            return ("mention", mention.id) if mention else None
        quote_id = panel.current_quote_id()
        return ("quote", quote_id) if quote_id is not None else None

    def _show_article(self, article_id: int | None) -> None:
        self.current_article_id = article_id
        scope = article_id if self.panel.current_article_only.isChecked() else None
        self.panel.quote_proxy.set_article(scope)
        self._refresh_reader()
        has_article = article_id is not None
        for action in (self.window.edit_article_action, self.window.remove_article_action,
                       self.window.analyse_action):
            action.setEnabled(has_article)

    def select_article(self, article_id: int) -> bool:
        for row in range(self.window.article_proxy.rowCount()):
            if self.window.article_proxy.index(row, 0).data(ID_ROLE) == article_id:
                self.window.article_view.selectRow(row)
                return True
        return False

    def _article_selected(self, current, _previous) -> None:
        article_id = current.data(ID_ROLE) if current.isValid() else None
        if article_id != self.current_article_id:
            self._show_article(article_id)

    def _quote_scope_changed(self, only_current: bool) -> None:
        self.panel.quote_proxy.set_article(
            self.current_article_id if only_current else None)

    def _quote_selected(self, current, _previous) -> None:
        quote_id = self.panel.current_quote_id()
        if quote_id is None or self.project is None:
            return
        quote = next((q for q in self.panel.quote_model.records if q.id == quote_id),
                     None)
        if quote is None:
            return
        if (quote.article_id != self.current_article_id
                and not self.select_article(quote.article_id)):
            self._show_article(quote.article_id)
        self.window.reader.view.emphasise("quote", quote_id)

    def _actor_selected(self, current, _previous) -> None:
        item = self._selected_item()
        if item is not None:
            self.window.reader.view.emphasise(*item)

    def _reader_item_clicked(self, kind: str, item_id: int) -> None:
        panel = self.panel
        if kind == "quote":
            panel.setCurrentIndex(1)
            panel.select_quote(item_id)
        else:
            mention = self.project.mention(item_id)
            if mention is not None:
                panel.setCurrentIndex(0)
                panel.actor_filter.clear()
                panel.select_actor(mention.actor_id)
                self.window.reader.view.emphasise("mention", item_id)

    def _fill_actor_filter(self) -> None:
        self.window.articles_panel.fill_actor_filter(self.panel.actor_model.records)
