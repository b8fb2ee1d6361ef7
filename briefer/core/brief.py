"""The brief: front matter, ordered sections and the items inside them.

The brief lives in the project's `brief_meta`, `brief_sections` and
`brief_items` tables. Every operation here is one small transaction; the
caller records it as one undoable change with `review.record_brief_change`
(the same undo engine as every review change).

Quote items keep a copy of the quoted text and its span: the brief can then
still cite a quote that re-analysis replaced, and the export can check that
the text the user kept still matches its source word for word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from briefer.core.errors import BrieferError
from briefer.core.paths import resources_dir
from briefer.core.records import Quote
from briefer.core.registry import SECTION_ROLES, VOICE_GROUPS, actor_type
from briefer.core.store import Project

ITEM_KINDS: tuple[str, ...] = ("quote", "actor", "figure", "text")


class BriefError(BrieferError):
    """A brief operation the project cannot carry out (unknown section, template...)."""


class AlreadyInBrief(BriefError):
    """The quote or actor is in the brief already: `item_id` in the section `section_title`."""

    def __init__(self, what: str, item_id: int, section_title: str):
        super().__init__(f"This {what} is already in the brief, in “{section_title}”")
        self.item_id = item_id
        self.section_title = section_title


@dataclass
class FrontMatter:
    """What the title page says; `marking` ("OFFICIAL", "DRAFT") goes in header and footer."""

    title: str = ""
    subtitle: str = ""
    author: str = ""
    organisation: str = ""
    date: str = ""
    marking: str = ""


FRONT_MATTER_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(FrontMatter))


@dataclass
class BriefItem:
    """One entry of a section; `text` is the quote copy, figure sentence or Markdown paragraph."""

    id: int
    section_id: int
    position: int
    kind: str
    quote_id: int | None = None
    actor_id: int | None = None
    article_id: int | None = None
    text: str = ""
    data: dict = field(default_factory=dict)


@dataclass
class BriefSection:
    """A titled part of the brief; `role` ("summary", "actors", "sources"...) drives layout."""

    id: int
    position: int
    title: str
    role: str = ""
    items: list[BriefItem] = field(default_factory=list)


@dataclass
class Brief:
    front: FrontMatter
    sections: list[BriefSection]

    def section(self, section_id: int) -> BriefSection:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise BriefError(f"No section {section_id} in this brief")

    def section_with_role(self, role: str) -> BriefSection | None:
        return next((s for s in self.sections if s.role == role), None)

    def items(self) -> list[BriefItem]:
        return [item for section in self.sections for item in section.items]


# -- reading -----------------------------------------------------------------


def _item_from_row(row: dict) -> BriefItem:
    return BriefItem(
        id=row["id"],
        section_id=row["section_id"],
        position=row["position"],
        kind=row["kind"],
        quote_id=row["quote_id"],
        actor_id=row["actor_id"],
        article_id=row["article_id"],
        text=row["text"],
        data=json.loads(row["data"] or "{}"),
    )


def load_front_matter(project: Project) -> FrontMatter:
    values = dict(project.conn.execute("SELECT key, value FROM brief_meta"))
    return FrontMatter(**{k: values.get(k) or "" for k in FRONT_MATTER_FIELDS})


def load_brief(project: Project) -> Brief:
    """The whole brief, sections and items in order."""
    sections = [
        BriefSection(id=r["id"], position=r["position"], title=r["title"], role=r["role"])
        for r in project.db["brief_sections"].rows_where(order_by="position, id")
    ]
    by_id = {s.id: s for s in sections}
    for row in project.db["brief_items"].rows_where(order_by="section_id, position, id"):
        section = by_id.get(row["section_id"])
        if section is not None:
            section.items.append(_item_from_row(row))
    return Brief(front=load_front_matter(project), sections=sections)


def load_item(project: Project, item_id: int) -> BriefItem:
    rows = project.rows("brief_items", "id = ?", [item_id])
    if not rows:
        raise BriefError(f"No item {item_id} in this brief")
    return _item_from_row(rows[0])


# -- templates ---------------------------------------------------------------


def section_template(name: str = "policy_brief") -> list[dict]:
    """The sections a template file under resources/templates/ lists."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name):
        raise BriefError(f"Unknown brief template “{name}”")
    path = resources_dir() / "templates" / f"{name}.json"
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
        return [{"title": s["title"], "role": s.get("role", "")} for s in spec["sections"]]
    except FileNotFoundError as exc:
        raise BriefError(f"Unknown brief template “{name}”") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise BriefError(f"The brief template “{name}” is damaged") from exc


def ensure_default_sections(project: Project, template: str = "policy_brief") -> None:
    """Give an empty brief the template's sections; a brief with sections is left alone."""
    if project.conn.execute("SELECT COUNT(*) FROM brief_sections").fetchone()[0]:
        return
    sections = section_template(template)
    with project.transaction():
        for position, spec in enumerate(sections):
            project.insert(
                "brief_sections",
                {"position": position, "title": spec["title"], "role": spec["role"]},
            )


def clear_brief(project: Project) -> None:
    """Remove every section and item (front matter stays)."""
    with project.transaction():
        project.conn.execute("DELETE FROM brief_items")
        project.conn.execute("DELETE FROM brief_sections")


# -- front matter ------------------------------------------------------------


def set_front_matter(project: Project, front: FrontMatter | None = None, **values: str) -> None:
    """Replace the front matter with `front`, or change only the named fields."""
    if front is not None:
        values = {k: getattr(front, k) for k in FRONT_MATTER_FIELDS} | values
    unknown = set(values) - set(FRONT_MATTER_FIELDS)
    if unknown:
        raise ValueError(f"not front matter: {sorted(unknown)}")
    with project.transaction():
        for key, value in values.items():
            project.conn.execute(
                "INSERT OR REPLACE INTO brief_meta (key, value) VALUES (?, ?)",
                (key, (value or "").strip()),
            )


def docx_template(project: Project) -> str:
    """The Word template the user chose for this brief ("" for the shipped default)."""
    row = project.conn.execute(
        "SELECT value FROM brief_meta WHERE key = 'docx_template'").fetchone()
    return row[0] if row and row[0] else ""


def template_for_export(project: Project, settings_template: str = "") -> str | None:
    """The one template decision: the brief's own, else the settings', else None (default)."""
    return docx_template(project) or settings_template or None


def missing_template(project: Project, settings_template: str = "") -> str:
    """The Word template an export would use, when its file is gone ("" when none is
    missing): told when the project opens or a command starts, not at export time."""
    chosen = template_for_export(project, settings_template)
    if chosen and not Path(chosen).expanduser().is_file():
        return chosen
    return ""


def set_docx_template(project: Project, path: str) -> None:
    project.conn.execute(
        "INSERT OR REPLACE INTO brief_meta (key, value) VALUES ('docx_template', ?)", (path,))


def is_empty(project: Project) -> bool:
    """True when the brief has no item (sections and front matter alone say nothing)."""
    return project.conn.execute("SELECT COUNT(*) FROM brief_items").fetchone()[0] == 0


# -- where additions go -------------------------------------------------------


def quote_section_role(project: Project, quote: Quote) -> str | None:
    """The section role a quote added without a section goes to: an expert's to the
    experts' section, another speaker's to its voice group's; None when unattributed."""
    if not quote.speaker_id:
        return None
    speaker = project.actor(quote.speaker_id)
    voice = "experts" if speaker.is_expert else actor_type(speaker.type).voice
    return VOICE_GROUPS[voice].section


def target_section(project: Project, section_id: int | None = None, role: str | None = None,
                   current_id: int | None = None) -> int:
    """The section an addition goes to: the given one, the role's, the current one, the
    first; a brief with no section gets the template's, or a Notes section as a last resort."""
    ensure_default_sections(project)
    loaded = load_brief(project)
    ids = [s.id for s in loaded.sections]
    if section_id in ids:
        return section_id
    by_role = loaded.section_with_role(role) if role else None
    if by_role is not None:
        return by_role.id
    if current_id in ids:
        return current_id
    if not ids:
        notes = SECTION_ROLES["notes"]
        return add_section(project, notes.title, notes.key)
    return ids[0]


# -- sections ----------------------------------------------------------------


def _section_ids(project: Project) -> list[int]:
    return [r[0] for r in project.conn.execute(
        "SELECT id FROM brief_sections ORDER BY position, id")]


def _renumber(project: Project, table: str, ids: list[int]) -> None:
    project.conn.executemany(
        f"UPDATE {table} SET position = ? WHERE id = ?",
        [(position, row_id) for position, row_id in enumerate(ids)],
    )


def _require_section(project: Project, section_id: int) -> None:
    if not project.rows("brief_sections", "id = ?", [section_id]):
        raise BriefError(f"No section {section_id} in this brief")


def add_section(project: Project, title: str, role: str = "", position: int | None = None) -> int:
    """A new section at `position` (the end when None); returns its id."""
    title = title.strip() or "Untitled section"
    with project.transaction():
        ids = _section_ids(project)
        section_id = project.insert(
            "brief_sections", {"position": len(ids), "title": title, "role": role}
        )
        at = len(ids) if position is None else max(0, min(position, len(ids)))
        ids.insert(at, section_id)
        _renumber(project, "brief_sections", ids)
    return section_id


def rename_section(project: Project, section_id: int, title: str) -> None:
    _require_section(project, section_id)
    project.update("brief_sections", section_id, {"title": title.strip() or "Untitled section"})


def remove_section(project: Project, section_id: int) -> None:
    """Remove a section and everything in it."""
    _require_section(project, section_id)
    with project.transaction():
        project.conn.execute("DELETE FROM brief_items WHERE section_id = ?", (section_id,))
        project.delete_rows("brief_sections", [section_id])
        _renumber(project, "brief_sections", _section_ids(project))


def move_section(project: Project, section_id: int, position: int) -> None:
    """Put a section at `position` among the sections (clamped to the ends)."""
    _require_section(project, section_id)
    with project.transaction():
        ids = [i for i in _section_ids(project) if i != section_id]
        ids.insert(max(0, min(position, len(ids))), section_id)
        _renumber(project, "brief_sections", ids)


# -- items -------------------------------------------------------------------


def _item_ids(project: Project, section_id: int) -> list[int]:
    return [r[0] for r in project.conn.execute(
        "SELECT id FROM brief_items WHERE section_id = ? ORDER BY position, id", (section_id,))]


def speaker_order(quote: Quote) -> list[int]:
    """The quote's speakers, its main speaker first, each once."""
    ids = [quote.speaker_id] if quote.speaker_id else []
    return ids + [i for i in quote.speaker_ids if i not in ids]


def _quote_fields(project: Project, quote_id: int) -> dict:
    """The copy of a quote an item keeps: its text, article and span, its speakers' names."""
    quote = project.quote(quote_id)
    speaker_ids = speaker_order(quote)
    names = []
    for actor_id in speaker_ids:
        try:
            names.append(project.actor(actor_id).name)
        except BrieferError:
            continue
    return {
        "article_id": quote.article_id,
        "text": quote.text,
        "data": {"start": quote.start, "end": quote.end, "kind": quote.kind,
                 "cue": quote.cue, "speaker_ids": speaker_ids, "speakers": names},
    }


def add_item(
    project: Project,
    section_id: int,
    kind: str,
    *,
    quote_id: int | None = None,
    actor_id: int | None = None,
    article_id: int | None = None,
    text: str = "",
    data: dict | None = None,
    position: int | None = None,
) -> int:
    """Add an item to a section at `position` (the end when None); returns its id.

    A quote item given only its `quote_id` copies the quote's text and span.
    """
    if kind not in ITEM_KINDS:
        raise ValueError(f"unknown item kind {kind!r}")
    _require_section(project, section_id)
    placed = find_in_brief(project, quote_id=quote_id if kind == "quote" else None,
                           actor_id=actor_id if kind == "actor" else None)
    if placed is not None:
        raise AlreadyInBrief(kind, *placed)
    row = {"quote_id": quote_id, "actor_id": actor_id, "article_id": article_id,
           "text": text, "data": dict(data or {})}
    if kind == "quote":
        if quote_id is None:
            raise ValueError("a quote item needs a quote_id")
        copied = _quote_fields(project, quote_id)
        row["article_id"] = article_id or copied["article_id"]
        row["text"] = text or copied["text"]
        row["data"] = copied["data"] | row["data"]
    elif kind == "actor":
        if actor_id is None:
            raise ValueError("an actor item needs an actor_id")
        row["data"] = {"name": project.actor(actor_id).name} | row["data"]
    with project.transaction():
        ids = _item_ids(project, section_id)
        item_id = project.insert(
            "brief_items",
            {"section_id": section_id, "position": len(ids), "kind": kind,
             **row, "data": json.dumps(row["data"], ensure_ascii=False)},
        )
        ids.insert(len(ids) if position is None else max(0, min(position, len(ids))), item_id)
        _renumber(project, "brief_items", ids)
    return item_id


def move_item(project: Project, item_id: int, section_id: int, position: int) -> None:
    """Move an item to `position` in a section (the same one or another)."""
    item = load_item(project, item_id)
    _require_section(project, section_id)
    with project.transaction():
        if item.section_id != section_id:
            project.update("brief_items", item_id, {"section_id": section_id})
            _renumber(project, "brief_items",
                      [i for i in _item_ids(project, item.section_id) if i != item_id])
        ids = [i for i in _item_ids(project, section_id) if i != item_id]
        ids.insert(max(0, min(position, len(ids))), item_id)
        _renumber(project, "brief_items", ids)


def remove_item(project: Project, item_id: int) -> None:
    item = load_item(project, item_id)
    with project.transaction():
        project.delete_rows("brief_items", [item_id])
        _renumber(project, "brief_items", _item_ids(project, item.section_id))


def update_item_text(project: Project, item_id: int, text: str) -> None:
    """Change an item's text: a paragraph's Markdown, or a quote as the user edited it."""
    load_item(project, item_id)
    project.update("brief_items", item_id, {"text": text})


def find_in_brief(project: Project, quote_id: int | None = None,
                  actor_id: int | None = None) -> tuple[int, str] | None:
    """(item id, section title) of the item holding this quote or actor card, or None.

    A quote merged into another item (carried by several outlets) counts as placed there.
    """
    if quote_id is not None:
        row = project.conn.execute(
            "SELECT i.id, s.title FROM brief_items i JOIN brief_sections s ON s.id = i.section_id"
            " WHERE i.kind = 'quote' AND i.quote_id = ? ORDER BY i.id LIMIT 1",
            (quote_id,)).fetchone()
        if row:
            return row[0], row[1]
        for item_id, title, data in project.conn.execute(
                "SELECT i.id, s.title, i.data FROM brief_items i JOIN brief_sections s"
                " ON s.id = i.section_id WHERE i.kind = 'quote' AND i.data LIKE '%quote_id%'"):
            sources = json.loads(data or "{}").get("sources", [])
            if any(isinstance(s, dict) and s.get("quote_id") == quote_id for s in sources):
                return item_id, title
    if actor_id is not None:
        row = project.conn.execute(
            "SELECT i.id, s.title FROM brief_items i JOIN brief_sections s ON s.id = i.section_id"
            " WHERE i.kind = 'actor' AND i.actor_id = ? ORDER BY i.id LIMIT 1",
            (actor_id,)).fetchone()
        if row:
            return row[0], row[1]
    return None


def brief_length(project: Project) -> str:
    """The length the brief was drafted for: "one", "two" or "full" ("" if never drafted)."""
    row = project.conn.execute("SELECT value FROM brief_meta WHERE key = 'length'").fetchone()
    return row[0] if row and row[0] else ""


def set_brief_length(project: Project, length: str) -> None:
    project.conn.execute(
        "INSERT OR REPLACE INTO brief_meta (key, value) VALUES ('length', ?)", (length,))


def items_quoting(project: Project, quote_id: int) -> list[int]:
    """Ids of the items quoting `quote_id` (to tell the user a quote is already in)."""
    return [r[0] for r in project.conn.execute(
        "SELECT id FROM brief_items WHERE quote_id = ? ORDER BY id", (quote_id,))]


# -- Markdown for the user's paragraphs --------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#<>|])")


def markdown_escape(text: str) -> str:
    """Plain text made safe to store as a paragraph's Markdown."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    text = re.sub(r"^(\s*)([-+])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)
    return re.sub(r"^(\s*\d+)([.)])(\s)", r"\1\\\2\3", text, flags=re.MULTILINE)


_INNER_MARKS = str.maketrans({"“": "‘", "”": "’"})


def enclose_in_quotes(text: str) -> str:
    """Text in curly double marks, its own double marks turned to single ones (nesting)."""
    inner = re.sub(r'"([^"]*)"', r"‘\1’", text).translate(_INNER_MARKS)
    return f"“{inner}”"
