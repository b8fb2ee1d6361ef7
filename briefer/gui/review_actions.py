"""Review actions: what the user does to quotes, actors and articles, each one undo step.

Each action asks what it needs (a dialog, the selection in the window's
views), calls one `briefer.core.review` operation, and hands the recorded
change to the session (`ProjectSession.apply`), which pushes it on the undo
stack and announces it; the views refresh themselves from that announcement.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from briefer.core import brief, review, speakers
from briefer.core.registry import ACTOR_TYPE_LIST, actor_type
from briefer.core.store import Project
from briefer.gui.dialogs import ArticleDetailsDialog
from briefer.gui.models import ID_ROLE
from briefer.gui.session import ProjectSession
from briefer.gui.speaker_dialog import SpeakerChoice, SpeakerDialog
from briefer.gui.verbatim import verbatim


class ReviewActions(QObject):
    """The Review menu's actions on the session's project, read from the window's selection."""

    def __init__(self, session: ProjectSession, window):
        super().__init__(window)
        self.session = session
        self.window = window

    @property
    def panel(self):
        """The review panel, whose selection the actions act on."""
        return self.window.review_panel

    def _status(self, text: str, milliseconds: int) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    @property
    def project(self) -> Project | None:
        return self.session.project

    def selected_quote_ids(self, one_per_group: bool = False) -> list[int]:
        """The quotes the actions act on: the actor dossier's while the keyboard is in it,
        else the review panel's (a group of same quotes: all its copies, or with
        `one_per_group` its earliest copy)."""
        if self.window.dossier.has_focus():
            return self.window.dossier.panel.selected_quote_ids()
        return self.panel.selected_quote_ids(one_per_group)

    def set_status(self, status: str, ids: list[int] | None = None) -> None:
        """Review the given quotes, or the selected ones."""
        from_panel = ids is None and not self.window.dossier.has_focus()
        ids = self.selected_quote_ids() if ids is None else ids
        if not ids:
            self._status("Select a quote first (Quotes tab)", 3000)
            return
        names = {"accepted": "Accept Quote", "rejected": "Reject Quote",
                 "pending": "Mark Quote Pending"}
        name = names[status] if len(ids) == 1 else names[status].replace("Quote", "Quotes")
        applied = self.session.apply(
            name, lambda: review.set_quote_status(self.project, ids, status))
        if applied and from_panel and len(ids) == 1 and self.panel.currentIndex() == 1:
            self.panel.step(1)

    def _ask_speaker(self, title: str, article_id: int, start: int, end: int,
                     current_id: int | None = None, mark: bool = False) -> SpeakerChoice | None:
        """The speaker dialog for the quote at `start:end`; None when the user cancels.

        With `mark`, the quote is new: the actor named in its sentence is proposed and
        the user picks its kind and cue (proposed from its sentence too).
        """
        mentions = self.project.mentions(article_id=article_id)
        options: dict = {"current_id": current_id}
        if mark:
            text = self.project.article(article_id).text
            options.update(proposed_id=speakers.proposed_speaker(text, mentions, start, end),
                           ask_kind=True, kind=speakers.proposed_kind(text[start:end]),
                           cue=speakers.proposed_cue(text, start, end))
        dialog = SpeakerDialog(self.window, title, list(self.panel.actor_model.records),
                               mentions, start, end, **options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice

    def _with_speaker(self, speaker_id: int | None, new_name: str,
                      operation: Callable[[int | None], review.RowChange]) -> review.RowChange:
        return review.with_speaker(self.project, speaker_id, new_name, operation)

    def reassign_speaker(self) -> None:
        ids = self.selected_quote_ids()
        if len(ids) != 1:
            self._status("Select one quote to reassign", 3000)
            return
        quote = self.project.quote(ids[0])
        choice = self._ask_speaker("Reassign Speaker", quote.article_id, quote.start, quote.end,
                                   quote.speaker_id)
        if choice is None:
            return
        self.session.apply("Reassign Speaker", lambda: self._with_speaker(
            choice.actor_id, choice.new_name,
            lambda speaker: review.reassign_speaker(self.project, quote.id, speaker)))

    def adjust_span(self) -> None:
        ids = self.selected_quote_ids()
        span = self.window.reader.view.selected_span()
        if len(ids) != 1 or span is None:
            self.session.show_error("Adjust Quote Span",
                            "Select one quote, then select in the reader the text it should "
                            "cover.")
            return
        quote = self.project.quote(ids[0])
        if quote.article_id != self.window.current_article_id:
            self.session.show_error("Adjust Quote Span", "The text selected is in another article.")
            return
        self.session.apply("Adjust Quote Span",
                   lambda: review.set_quote_span(self.project, quote.id, *span))

    def mark_quote(self, start: int, end: int) -> int | None:
        """Mark the selected text as a quote by a speaker the user picks."""
        if self.window.current_article_id is None:
            return None
        article_id = self.window.current_article_id
        choice = self._ask_speaker("Mark as Quote by", article_id, start, end, mark=True)
        if choice is None:
            return None
        made: list[int] = []

        def add(speaker: int | None) -> review.RowChange:
            quote_id, change = review.add_quote(self.project, article_id, start, end, speaker,
                                                choice.kind, choice.cue)
            made.append(quote_id)
            return change

        if self.session.apply("Mark Quote", lambda: self._with_speaker(
                choice.actor_id, choice.new_name, add)):
            self.panel.setCurrentIndex(1)
            self.panel.select_quote(made[0])
            return made[0]
        return None

    def mark_actor(self, start: int, end: int) -> None:
        """Mark the selected text as naming an actor (existing or new)."""
        if self.window.current_article_id is None:
            return
        text = self.project.article(self.window.current_article_id).text[start:end]
        actors = sorted(self.panel.actor_model.records, key=lambda a: a.name.casefold())
        new_label = f"New actor “{' '.join(text.split())}”"
        labels = [new_label] + [f"{a.name} ({actor_type(a.type).label})" for a in actors]
        label, ok = QInputDialog.getItem(self.window, "Mark as Actor", "This text names:",
                                         labels, 0, False)
        if not ok:
            return
        article_id = self.window.current_article_id
        if label == new_label:
            type_labels = [t.label for t in ACTOR_TYPE_LIST]
            chosen, ok = QInputDialog.getItem(self.window, "Mark as Actor", "Type:",
                                              type_labels, 0, False)
            if not ok:
                return
            actor_type = ACTOR_TYPE_LIST[type_labels.index(chosen)].key

            def operation() -> review.RowChange:
                actor_id, created = review.add_actor(self.project, " ".join(text.split()),
                                                     actor_type)
                return review.combine(created, review.add_mention(self.project, article_id,
                                                            actor_id, start, end))
        else:
            actor_id = actors[labels.index(label) - 1].id

            def operation() -> review.RowChange:
                return review.add_mention(self.project, article_id, actor_id, start, end)

        self.session.apply("Mark Actor", operation)

    def add_span_to_brief(self, start: int, end: int) -> None:
        """Add the quotes under the selection to the brief, or mark the selection first."""
        ids = self.project.quotes_overlapping(self.window.current_article_id, start, end)
        if not ids:
            made = self.mark_quote(start, end)
            ids = [made] if made is not None else []
        if ids:
            self.add_to_brief(quote_ids=ids)

    def add_selection_to_brief(self) -> None:
        panel = self.panel
        if panel.actors_active and not self.window.dossier.has_focus():
            self.add_to_brief(actor_ids=panel.selected_actor_ids())
        else:
            # A quote's copies in other articles (a group of same quotes) are cited once.
            self.add_quotes_to_brief(self.selected_quote_ids(one_per_group=True))

    def add_quotes_to_brief(self, ids: list[int]) -> None:
        """B on quotes (the review panel's, or the dossier's): see `add_to_brief`."""
        self.add_to_brief(quote_ids=ids)

    def add_to_brief(self, quote_ids: list[int] = (), actor_ids: list[int] = ()) -> None:
        """Add quotes or actors to the brief, each at most once: when all of them are in
        it already, the brief shows the first one selected and the status bar names its
        section instead."""
        if self.project is None or not (quote_ids or actor_ids):
            return
        placed: list[tuple[int, str]] = []
        new_quotes = []
        for quote_id in quote_ids:
            found = brief.find_in_brief(self.project, quote_id=quote_id)
            if found:
                placed.append(found)
            else:
                new_quotes.append(quote_id)
        new_actors = []
        for actor_id in actor_ids:
            found = brief.find_in_brief(self.project, actor_id=actor_id)
            if found:
                placed.append(found)
            else:
                new_actors.append(actor_id)
        builder = self.window.brief_builder
        added = len(builder.add_quotes(new_quotes)) if new_quotes else 0
        for actor_id in new_actors:
            added += builder.add_actor(actor_id) is not None
        if placed and not added:
            item_id, section_title = placed[0]
            self.window.centre_tabs.setCurrentIndex(1)
            builder.show_item(item_id)
            what = "quote" if quote_ids else "actor"
            self._status(f"This {what} is already in the brief, in “{section_title}”", 6000)
        elif placed:
            self._status(f"Added {added} to the brief; {len(placed)} already in it", 5000)
        elif added:
            self._status(f"Added {added} {'quote' if quote_ids else 'actor'}(s) to the brief",
                         3000)

    def _selected_actor(self):
        ids = self.panel.selected_actor_ids()
        if not ids:
            self._status("Select an actor first (Actors tab)", 3000)
            return None
        return self.project.actor(ids[0])

    def edit_actor_fields(self, actor_id: int, fields: dict) -> None:
        names = {"name": "Rename Actor", "type": "Change Actor Type",
                 "roles": "Edit Roles", "affiliation": "Edit Affiliation",
                 "is_expert": "Toggle Expert"}
        name = names[next(iter(fields))]
        self.session.apply(name, lambda: review.update_actor(self.project, actor_id, **fields))

    def rename_actor(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        name, ok = QInputDialog.getText(self.window, "Rename Actor", "Name:", text=actor.name)
        if ok and name.strip() and name.strip() != actor.name:
            self.edit_actor_fields(actor.id, {"name": name.strip()})

    def change_actor_type(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        labels = [t.label for t in ACTOR_TYPE_LIST]
        current = next((i for i, t in enumerate(ACTOR_TYPE_LIST) if t.key == actor.type), 0)
        label, ok = QInputDialog.getItem(self.window, "Change Actor Type",
                                         verbatim(f"Type of {actor.name}:"),
                                         labels, current, False)
        value = ACTOR_TYPE_LIST[labels.index(label)].key if ok else actor.type
        if value != actor.type:
            self.edit_actor_fields(actor.id, {"type": value})

    def toggle_expert(self) -> None:
        actor = self._selected_actor()
        if actor is not None:
            self.edit_actor_fields(actor.id, {"is_expert": not actor.is_expert})

    def edit_roles(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        text, ok = QInputDialog.getText(self.window, "Edit Roles",
                                        verbatim(f"Roles of {actor.name} (separated by ;):"),
                                        text="; ".join(actor.roles))
        if ok:
            roles = [r.strip() for r in text.split(";") if r.strip()]
            if roles != actor.roles:
                self.edit_actor_fields(actor.id, {"roles": roles})

    def merge_actors(self) -> None:
        ids = self.panel.selected_actor_ids()
        if len(ids) < 2:
            self.session.show_error("Merge Actors",
                                    "Select two or more actors to merge (Ctrl+click).")
            return
        actors = [self.project.actor(i) for i in ids]
        actors.sort(key=lambda a: (-(a.mention_count + a.quote_count), a.name))
        labels = [f"{a.name} ({a.mention_count} mentions, {a.quote_count} quotes)"
                  for a in actors]
        label, ok = QInputDialog.getItem(self.window, "Merge Actors", "Keep as the merged actor:",
                                         labels, 0, False)
        if not ok:
            return
        keep = actors[labels.index(label)].id
        others = [a.id for a in actors if a.id != keep]
        if self.session.apply("Merge Actors",
                              lambda: review.merge_actors(self.project, keep, others)):
            self.panel.select_actor(keep)

    def split_mention_dialog(self) -> None:
        actor = self._selected_actor()
        if actor is None:
            return
        mentions = self.project.mentions(actor_id=actor.id)
        if len(mentions) < 2:
            self.session.show_error("Split Mention Off", f"{actor.name} has only one mention.")
            return
        titles = {a.id: a.title or "(untitled)" for a in self.window.article_model.records}
        labels = [f"“{m.text}” in {titles.get(m.article_id, '')} (at {m.start})"
                  for m in mentions]
        label, ok = QInputDialog.getItem(self.window, "Split Mention Off",
                                         "Mention to move onto a new actor:", labels, 0, False)
        if ok:
            self.split_mention(mentions[labels.index(label)].id)

    def split_mention(self, mention_id: int) -> None:
        mention = self.project.mention(mention_id)
        if mention is None:
            return
        name, ok = QInputDialog.getText(self.window, "Split Mention Off", "Name of the new actor:",
                                        text=mention.text)
        if not ok or not name.strip():
            return
        made: list[int] = []

        def operation() -> review.RowChange:
            actor_id, change = review.split_mention(self.project, mention_id, name.strip())
            made.append(actor_id)
            return change

        if self.session.apply("Split Mention", operation):
            self.panel.setCurrentIndex(0)
            self.panel.select_actor(made[0])

    def delete_actors(self) -> None:
        ids = self.panel.selected_actor_ids()
        if not ids:
            return
        names = ", ".join(self.project.actor(i).name for i in ids[:5])
        answer = QMessageBox.question(
            self.window, "Delete Actor",
            verbatim(f"Delete {names}? Their mentions go; their quotes stay, unattributed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def operation() -> review.RowChange:
            changes = [review.delete_actor(self.project, i) for i in ids]
            return review.combine(*changes)

        self.session.apply("Delete Actor" if len(ids) == 1 else "Delete Actors", operation)

    # -- articles ---------------------------------------------------------

    def edit_article_fields(self, article_id: int, fields: dict) -> None:
        self.session.apply("Edit Article Details",
                   lambda: review.update_article(self.project, article_id, **fields))

    def selected_article_ids(self) -> list[int]:
        """The articles selected in the list (in its order), else the one shown."""
        view = self.window.article_view
        rows = sorted(view.selectionModel().selectedRows(), key=lambda index: index.row())
        ids = [index.data(ID_ROLE) for index in rows]
        if not ids and self.window.current_article_id is not None:
            ids = [self.window.current_article_id]
        return ids

    def edit_article_dialog(self) -> None:
        """Article Details for the selected articles: the fields edited are written to
        each of them, as one undo step."""
        ids = set(self.selected_article_ids())
        articles = [a for a in self.project.article_summaries() if a.id in ids]
        if not articles:
            return
        dialog = ArticleDetailsDialog(articles, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited = dialog.changed_values()
        changes = {a.id: {k: v for k, v in edited.items() if v != getattr(a, k)}
                   for a in articles}
        changes = {article_id: fields for article_id, fields in changes.items() if fields}
        if not changes:
            return
        name = ("Edit Article Details" if len(articles) == 1
                else f"Edit Details of {len(articles)} Articles")
        self.session.apply(name, lambda: review.combine(*(
            review.update_article(self.project, article_id, **fields)
            for article_id, fields in changes.items())))

    def remove_article(self) -> None:
        article_id = self.window.current_article_id
        if article_id is None:
            return
        title = self.project.article(article_id).title or "this article"
        answer = QMessageBox.question(
            self.window, "Remove Article",
            verbatim(f"Remove “{title}” with its actors' mentions and its quotes? "
                     "(Undo brings it back.)"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes and self.session.apply(
                "Remove Article", lambda: review.remove_article(self.project, article_id)):
            self.window.views.restart_selection()
