"""The brief builder: front matter, sections, items, a rich-text editor and a live preview.

Quotes and actors are dragged in from the review panel (MIME types
`application/x-briefer-quote-ids` and `application/x-briefer-actor-ids`, a
JSON list of ids); items and sections are reordered by drag. Every change
goes through `briefer.core.brief`, recorded by the core and pushed as one
undo command by `BriefActions`, which also drafts and exports (in the worker).
The preview renders the same layout the Word export writes.

About 600 lines, kept whole: it is one widget's construction and the commands
its drags, buttons and keys issue, all on the same outline and item lists; the
parts that stand alone live beside it (`drop_list`, `item_editor`,
`front_matter`, `labels`, `export_check`, and `actions` for the changes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefer.core import brief
from briefer.core.brief import Brief, BriefSection
from briefer.core.brief_checks import ITEM_OK, item_statuses
from briefer.core.store import Project
from briefer.export.html import render_html
from briefer.export.layout import layout_brief
from briefer.gui.brief.actions import BriefActions
from briefer.gui.brief.drop_list import (
    ACTOR_MIME,
    ID_ROLE,
    ITEM_MIME,
    QUOTE_MIME,
    SECTION_MIME,
    DropList,
    WrappedRows,
    decode_ids,
)
from briefer.gui.brief.front_matter import FrontMatterForm
from briefer.gui.brief.item_editor import ItemEditor
from briefer.gui.brief.labels import item_label, show_review_status
from briefer.gui.verbatim import verbatim

PREVIEW_DELAY_MS = 150
OUTLINE_WIDTH = 320


class BriefBuilder(QWidget):
    """The brief editor shown in the main window; `changed` fires after every change."""

    changed = Signal()

    def __init__(self, actions: BriefActions, parent=None):
        """`actions` make every change, the draft and the export (the window's own)."""
        super().__init__(parent)
        self.actions = actions
        self.undo_stack = actions.session.undo_stack
        # Every recorded change (the brief's, a review decision that strikes an item
        # through), its undo and its redo: the builder shows the project again, once.
        actions.session.projectChanged.connect(self._after_change)
        self.project: Project | None = None
        self.brief: Brief | None = None
        self.current_section_id: int | None = None
        self.editing_item_id: int | None = None
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build()
        self.set_project(None)

    # -- construction -------------------------------------------------------

    def _build(self) -> None:
        """Two columns that fit the Brief tab (about 850 x 800): the outline on the
        left, the current section's items over the live preview on the right."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_outline())
        self.splitter.addWidget(self._build_content())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([OUTLINE_WIDTH, 2 * OUTLINE_WIDTH])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _build_outline(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 6, 3, 6)
        self.front_toggle = QToolButton()
        self.front_toggle.setObjectName("frontMatterToggle")
        self.front_toggle.setText("Front matter")
        self.front_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.front_toggle.setCheckable(True)
        self.front_toggle.setAutoRaise(True)
        self.front_toggle.setStyleSheet("QToolButton { border: none; font-weight: bold; }")
        self.front_toggle.setToolTip("Show or hide the title page details")
        self.front_toggle.toggled.connect(self._show_front_matter)
        column.addWidget(self.front_toggle)
        self.front_box = self._build_front_matter()
        column.addWidget(self.front_box)
        self.front_toggle.setChecked(True)

        sections_label = QLabel("Sections")
        sections_label.setStyleSheet("font-weight: bold;")
        column.addWidget(sections_label)
        self.sections = DropList(SECTION_MIME, (QUOTE_MIME, ACTOR_MIME, ITEM_MIME),
                                  self._drop_on_sections)
        self.sections.setObjectName("briefSections")
        self.sections.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sections.currentItemChanged.connect(self._section_selected)
        self.sections.itemDoubleClicked.connect(lambda _item: self.rename_current_section())
        column.addWidget(self.sections, 1)
        self.section_bar = self._tool_bar("sectionActions", "Brief sections", self.sections, (
            ("Add…", "Add a section after the selected one", "Ins",
             self.add_section),
            ("Rename…", "Rename the selected section", "F2", self.rename_current_section),
            ("Remove", "Remove the selected section and its items", "",
             self.remove_current_section),
            ("Up", "Move the selected section up", "Ctrl+Up",
             lambda: self.shift_current_section(-1)),
            ("Down", "Move the selected section down", "Ctrl+Down",
             lambda: self.shift_current_section(1)),
        ))
        column.addWidget(self.section_bar)

        actions = QHBoxLayout()
        self.draft_button = QPushButton("Draft from Project")
        self.draft_button.setToolTip(
            "Draft Brief from Project: replace the brief with a first draft built from the "
            "reviewed quotes and actors (undoable)")
        self.draft_button.clicked.connect(lambda: self.draft_from_project())
        self.export_button = QPushButton("Export to Word…")
        self.export_button.setToolTip("Write the brief to a Word document (.docx)")
        self.export_button.clicked.connect(lambda: self.actions.export_dialog())
        actions.addWidget(self.draft_button)
        actions.addWidget(self.export_button)
        column.addLayout(actions)
        return panel

    def _build_front_matter(self) -> QWidget:
        form = FrontMatterForm()
        form.edited.connect(self._front_edited)
        form.templateChosen.connect(self.set_template)
        self.front_fields = form.fields
        self.marking = form.marking
        self.template_label = form.template_label
        return form

    def _tool_bar(self, name: str, title: str, target: QWidget,
                  entries: tuple[tuple[str, str, str, Callable[[], None]], ...]) -> QToolBar:
        """A compact row of text buttons; each shortcut works while `target` has the focus."""
        bar = QToolBar()
        bar.setObjectName(name)
        bar.setWindowTitle(title)  # names its keys in Help › Keyboard Shortcuts
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setIconSize(QSize(16, 16))
        for text, tip, keys, slot in entries:
            action = QAction(text, bar)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                target.addAction(action)
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip} ({shown})"
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            bar.addAction(action)
        return bar

    def _build_content(self) -> QWidget:
        self.content = content = QSplitter(Qt.Orientation.Vertical)
        content.setChildrenCollapsible(False)
        content.addWidget(self._build_items())
        content.addWidget(self._build_editor())
        preview_panel = QWidget()
        preview_column = QVBoxLayout(preview_panel)
        preview_column.setContentsMargins(3, 3, 6, 6)
        preview_label = QLabel("Preview (as exported to Word)")
        preview_label.setStyleSheet("font-weight: bold;")
        preview_column.addWidget(preview_label)
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.preview.setObjectName("briefPreview")
        self.preview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_column.addWidget(self.preview)
        content.addWidget(preview_panel)
        content.setStretchFactor(0, 1)
        content.setStretchFactor(1, 1)
        content.setStretchFactor(2, 1)
        self.editor_box.hide()
        return content

    def _build_items(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(3, 6, 6, 3)
        self.section_heading = QLabel()
        self.section_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.section_heading.setStyleSheet("font-weight: bold;")
        self.section_heading.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        column.addWidget(self.section_heading)
        self.items = DropList(ITEM_MIME, (QUOTE_MIME, ACTOR_MIME), self._drop_on_items)
        self.items.setObjectName("briefItems")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.setAlternatingRowColors(True)
        self.items.setItemDelegate(WrappedRows(self.items))
        self.items.itemDoubleClicked.connect(lambda _item: self.edit_current_item())
        self.item_bar = self._tool_bar("itemActions", "Brief items", self.items, (
            ("New Paragraph", "Add a paragraph of your own to this section", "Ctrl+Shift+N",
             lambda: self.add_paragraph()),
            ("New Figure", "Add a key figure (a bullet) to this section", "Ctrl+Shift+F",
             lambda: self.add_paragraph(kind="figure")),
            ("Edit…", "Edit the selected item", "F2", self.edit_current_item),
            ("Remove", "Remove the selected item from the brief", "Del",
             self.remove_current_item),
            ("Up", "Move the selected item up", "Ctrl+Up", lambda: self.shift_current_item(-1)),
            ("Down", "Move the selected item down", "Ctrl+Down",
             lambda: self.shift_current_item(1)),
        ))
        column.addWidget(self.item_bar)
        column.addWidget(self.items, 1)
        return panel

    def _build_editor(self) -> QWidget:
        self.editor_box = ItemEditor()
        self.editor_box.applyRequested.connect(self.apply_edit)
        self.editor_box.cancelRequested.connect(self.close_editor)
        self.editor = self.editor_box.editor
        self.format_bar = self.editor_box.format_bar
        return self.editor_box

    def _show_front_matter(self, shown: bool) -> None:
        self.front_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                       else Qt.ArrowType.RightArrow)
        self.front_box.setVisible(shown)

    # -- project ------------------------------------------------------------

    def set_project(self, project: Project | None) -> None:
        """Show `project`'s brief (None: an empty, disabled builder): the session's own."""
        self.project = project
        self.current_section_id = None
        self.close_editor()
        if project is not None:
            # An empty brief starts from the template; that is not a change of the user's.
            was_clean = not project.is_dirty
            brief.ensure_default_sections(project)
            if was_clean:
                project.mark_clean()
        self.setEnabled(project is not None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the brief from the project into every view."""
        if self.project is None:
            self._preview_timer.stop()
            self.brief = None
            self.sections.clear()
            self.items.clear()
            self.preview.clear()
            self.front_box.clear()
            return
        self.brief = brief.load_brief(self.project)
        ids = [s.id for s in self.brief.sections]
        if self.current_section_id not in ids:
            self.current_section_id = ids[0] if ids else None
        self._fill_front()
        self._fill_sections()
        self._fill_items()
        if self.editing_item_id is not None and self.editing_item_id not in {
                i.id for i in self.brief.items()}:
            self.close_editor()
        self._preview_timer.start()

    def _fill_front(self) -> None:
        self.front_box.show_front(self.brief.front, brief.docx_template(self.project))

    def _fill_sections(self) -> None:
        self.sections.blockSignals(True)
        self.sections.clear()
        for section in self.brief.sections:
            count = len(section.items)
            label = f"{section.title}  ({count})" if count else section.title
            row = QListWidgetItem(label)
            row.setData(ID_ROLE, section.id)
            row.setToolTip(verbatim(f"{section.title}: {count} item(s); "
                                    "drop quotes or actors here"))
            self.sections.addItem(row)
            if section.id == self.current_section_id:
                self.sections.setCurrentItem(row)
        self.sections.blockSignals(False)

    def _fill_items(self) -> None:
        self.items.clear()
        section = self.current_section()
        if section is None:
            self.section_heading.setText("No section: draft the brief or add a section")
            return
        self.section_heading.setText(section.title)
        articles = {a.id: a for a in self.project.article_summaries()}
        statuses = item_statuses(self.project)
        for item in section.items:
            row = QListWidgetItem()
            row.setData(ID_ROLE, item.id)
            show_review_status(row, item_label(self.project, item, articles),
                               statuses.get(item.id, ITEM_OK))
            self.items.addItem(row)

    def current_section(self) -> BriefSection | None:
        if self.brief is None or self.current_section_id is None:
            return None
        return next((s for s in self.brief.sections if s.id == self.current_section_id), None)

    def _section_selected(self, current, _previous) -> None:
        self.current_section_id = current.data(ID_ROLE) if current is not None else None
        self._fill_items()

    def update_preview(self) -> None:
        if self.project is None:
            return
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(render_html(layout_brief(self.project, self.brief)))
        self.preview.verticalScrollBar().setValue(scroll)

    # -- commands -------------------------------------------------------------

    def _run(self, text: str, change) -> object:
        """One undoable change (a user error is shown by the actions, never raised)."""
        return self.actions.apply(text, change)

    def _after_change(self, _what: str = "") -> None:
        if self.project is not None:
            self.refresh()
        self.changed.emit()

    def _front_edited(self, name: str) -> None:
        if self.project is None or self.brief is None:
            return
        value = self.front_box.value(name)
        if value == getattr(self.brief.front, name):
            return
        label = "Marking" if name == "marking" else name.capitalize()
        self._run(f"Edit Brief {label}",
                  lambda p: brief.set_front_matter(p, **{name: value}))

    def set_template(self, path: str) -> None:
        self._run("Choose Word Template", lambda p: brief.set_docx_template(p, path))

    def _target_section(self, section_id: int | None, role: str | None = None) -> int:
        return brief.target_section(self.project, section_id, role, self.current_section_id)

    def add_quotes(self, quote_ids: list[int], section_id: int | None = None,
                   position: int | None = None) -> list[int]:
        """Add quotes as one undoable step; without a section, experts' quotes go to
        Expert assessments and the others to Official positions."""
        if self.project is None or not quote_ids:
            return []

        def change(project: Project) -> list[int]:
            added = []
            for offset, quote_id in enumerate(quote_ids):
                role = (brief.quote_section_role(project, project.quote(quote_id))
                        if section_id is None else None)
                target = self._target_section(section_id, role)
                at = None if position is None else position + offset
                added.append(brief.add_item(project, target, "quote", quote_id=quote_id,
                                            position=at))
            return added

        noun = "Quote" if len(quote_ids) == 1 else f"{len(quote_ids)} Quotes"
        return self._run(f"Add {noun} to Brief", change) or []

    def add_actor(self, actor_id: int, section_id: int | None = None,
                  position: int | None = None) -> int | None:
        """Add an actor card (a row of the key-actors table in that section)."""
        if self.project is None:
            return None

        def change(project: Project) -> int:
            target = self._target_section(section_id, "actors")
            return brief.add_item(project, target, "actor", actor_id=actor_id, position=position)

        return self._run("Add Actor to Brief", change)

    def _drop(self, mime: QMimeData, section_id: int | None, position: int | None) -> bool:
        quote_ids = decode_ids(mime, QUOTE_MIME)
        actor_ids = decode_ids(mime, ACTOR_MIME)
        item_ids = decode_ids(mime, ITEM_MIME)
        if quote_ids:
            return bool(self.add_quotes(quote_ids, section_id, position))
        if actor_ids:
            if len(actor_ids) == 1:
                return self.add_actor(actor_ids[0], section_id, position) is not None

            def add_all(project: Project) -> None:
                target = self._target_section(section_id, "actors")
                for offset, actor_id in enumerate(actor_ids):
                    at = None if position is None else position + offset
                    brief.add_item(project, target, "actor", actor_id=actor_id, position=at)

            self._run(f"Add {len(actor_ids)} Actors to Brief", add_all)
            return True
        if item_ids and section_id is not None:
            self.move_item_to(item_ids[0], section_id, position)
            return True
        return False

    def _drop_on_items(self, mime: QMimeData, row: int, _on_row: int) -> bool:
        """A drop on the items list: quotes, actors or a dragged item land at `row`."""
        if self.current_section_id is None and not (decode_ids(mime, QUOTE_MIME)
                                                    or decode_ids(mime, ACTOR_MIME)):
            return False
        item_ids = decode_ids(mime, ITEM_MIME)
        if item_ids and self.current_section_id is not None:
            section = self.current_section()
            old_rows = [i.id for i in section.items] if section else []
            if item_ids[0] in old_rows and old_rows.index(item_ids[0]) < row:
                row -= 1
            self.move_item_to(item_ids[0], self.current_section_id, row)
            return True
        return self._drop(mime, self.current_section_id, row)

    def _drop_on_sections(self, mime: QMimeData, row: int, on_row: int) -> bool:
        """A drop on the sections list: reorder sections, or file things into a section."""
        section_ids = decode_ids(mime, SECTION_MIME)
        if section_ids:
            ids = [s.id for s in self.brief.sections] if self.brief else []
            if section_ids[0] in ids and ids.index(section_ids[0]) < row:
                row -= 1
            self.move_section_to(section_ids[0], row)
            return True
        section_id = self.sections.item(on_row).data(ID_ROLE) if on_row >= 0 else None
        return self._drop(mime, section_id, None)

    def add_section(self) -> None:
        title, ok = QInputDialog.getText(self, "Add Section", "Section title:")
        if ok and title.strip():
            self.add_section_titled(title)

    def add_section_titled(self, title: str) -> int | None:
        after = None
        if self.brief is not None and self.current_section() is not None:
            after = self.current_section().position + 1
        section_id = self._run("Add Section",
                               lambda p: brief.add_section(p, title, position=after))
        if section_id is not None:
            self.current_section_id = section_id
            self.refresh()
        return section_id

    def rename_current_section(self) -> None:
        section = self.current_section()
        if section is None:
            return
        title, ok = QInputDialog.getText(self, "Rename Section", "Section title:",
                                         text=section.title)
        if ok and title.strip():
            self.rename_section(section.id, title)

    def rename_section(self, section_id: int, title: str) -> None:
        self._run("Rename Section", lambda p: brief.rename_section(p, section_id, title))

    def remove_current_section(self) -> None:
        section = self.current_section()
        if section is not None:
            self._run(f"Remove Section “{section.title}”",
                      lambda p: brief.remove_section(p, section.id))

    def shift_current_section(self, step: int) -> None:
        section = self.current_section()
        if section is not None:
            self.move_section_to(section.id, max(0, section.position + step))

    def move_section_to(self, section_id: int, position: int) -> None:
        self._run("Move Section", lambda p: brief.move_section(p, section_id, position))

    def current_item_id(self) -> int | None:
        row = self.items.currentItem()
        return row.data(ID_ROLE) if row is not None else None

    def remove_current_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.remove_item(item_id)

    def remove_item(self, item_id: int) -> None:
        self._run("Remove from Brief", lambda p: brief.remove_item(p, item_id))

    def shift_current_item(self, step: int) -> None:
        item_id = self.current_item_id()
        if item_id is None or self.current_section_id is None:
            return
        row = self.items.currentRow()
        self.move_item_to(item_id, self.current_section_id, max(0, row + step))
        self._select_item(item_id)

    def move_item_to(self, item_id: int, section_id: int, position: int | None) -> None:
        if position is None:
            position = 1 << 30
        self._run("Move Brief Item",
                  lambda p: brief.move_item(p, item_id, section_id, position))

    def show_item(self, item_id: int) -> str | None:
        """Show the section holding `item_id` with that item selected; its section's title
        (None if the item is not in the brief)."""
        if self.brief is None:
            return None
        section = next((s for s in self.brief.sections
                        if any(i.id == item_id for i in s.items)), None)
        if section is None:
            return None
        self.current_section_id = section.id
        self._fill_sections()
        self._fill_items()
        self._select_item(item_id)
        self.items.scrollToItem(self.items.currentItem())
        return section.title

    def _select_item(self, item_id: int) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(ID_ROLE) == item_id:
                self.items.setCurrentRow(row)
                return

    def add_paragraph(self, markdown: str = "", kind: str = "text") -> int | None:
        """A paragraph (or key-figure bullet) of the user's own at the end of the current
        section, opened for editing."""
        if self.project is None:
            return None

        def change(project: Project) -> int:
            target = self._target_section(self.current_section_id)
            return brief.add_item(project, target, kind, text=markdown)

        item_id = self._run("Add Figure" if kind == "figure" else "Add Paragraph", change)
        if item_id is not None:
            self._select_item(item_id)
            self.open_editor(item_id)
        return item_id

    # -- the item editor ------------------------------------------------------

    def edit_current_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self.open_editor(item_id)

    def open_editor(self, item_id: int) -> None:
        item = brief.load_item(self.project, item_id)
        if item.kind == "actor":
            return
        self.editing_item_id = item_id
        self.editor_box.load(item)
        if self.editor_box.isHidden():
            # The editor takes a quarter of the column, from the items and the preview alike.
            items, _editor, preview = self.content.sizes()
            total = items + preview
            self.content.setSizes([total * 2 // 5, total // 4, total - total * 2 // 5 - total // 4])
        self.editor_box.show()
        self.editor.setFocus()

    def close_editor(self) -> None:
        self.editing_item_id = None
        self.editor_box.clear()
        self.editor_box.hide()

    def editor_markdown(self) -> str:
        return self.editor_box.markdown()

    def apply_edit(self) -> None:
        """Store the editor's text in the item being edited, as one undoable step."""
        if self.editing_item_id is None or self.project is None:
            return
        item_id = self.editing_item_id
        item = brief.load_item(self.project, item_id)
        text = self.editor_box.text_for(item.kind)
        if text != item.text:
            self._run("Edit Quote" if item.kind == "quote" else "Edit Paragraph",
                      lambda p: brief.update_item_text(p, item_id, text))
        self.close_editor()

    def toggle_bold(self) -> None:
        self.editor_box.toggle_bold()

    def toggle_italic(self) -> None:
        self.editor_box.toggle_italic()

    def toggle_bullets(self) -> None:
        self.editor_box.toggle_bullets()

    # -- draft and export -------------------------------------------------------

    def draft_from_project(self, confirm: bool = True) -> None:
        """The Draft button: the same draft as the window's Brief menu."""
        previous, self.current_section_id = self.current_section_id, None  # show the first
        if not self.actions.draft(confirm):
            self.current_section_id = previous
