"""Export the brief to a Word document an analyst can send as is.

The document is built from the brief's layout (see `layout.py`) on a
template: the shipped default, or the user's own `.docx` whose styles,
margins and header letterhead are kept. Quotes and article-derived items
carry real footnotes. Before anything is written, every quote in the brief
is checked word for word against its source article.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from briefer.core.brief import load_brief
from briefer.core.errors import BrieferError, ExportError
from briefer.core.paths import resources_dir
from briefer.core.store import Project
from briefer.export.footnotes import Footnotes
from briefer.export.layout import TABLE_COLUMN_SHARES, Block, Layout, layout_brief, xml_safe
from briefer.export.markdown import Run
from briefer.export.signature import mark_as_brief, stamp_properties
from briefer.export.styles import (
    ATTRIBUTION_STYLE,
    BYLINE_STYLE,
    MARKING_STYLE,
    SOURCE_STYLE,
    bullet_style,
    ensure_styles,
)
from briefer.ingest.archive import ArchiveError, NotAnArchiveError, bounded_zip
from briefer.ingest.files import read_file_bytes

NEW_FILE_MODE = 0o644


def default_template() -> Path:
    return resources_dir() / "templates" / "default.docx"


# -- quote fidelity ----------------------------------------------------------


@dataclass
class Mismatch:
    """A quote in the brief that its source article does not say word for word."""

    item_id: int
    section: str
    quoted: str
    source: str
    reason: str

    def describe(self) -> str:
        return f"{self.section}: “{_shorten(self.quoted)}” — {self.reason}"


_TOKEN = re.compile(r"\w+|[^\w\s]")
_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                       "‘": "'", "’": "'", "‚": "'", "‛": "'", "–": "-", "—": "-"})


def _words(text: str) -> list[str]:
    """The tokens two texts must share to say the same thing: typography is ignored."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return _TOKEN.findall(text)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _joined(words: list[str]) -> str:
    """Tokens joined so that a substring test matches whole tokens only."""
    sep = "\x1f"
    return sep + sep.join(words) + sep


def check_quote_fidelity(project: Project) -> list[Mismatch]:
    """Every quote in the brief whose text its source article does not contain word for word."""
    mismatches = []
    texts: dict[int, str | None] = {}
    tokens: dict[int, str] = {}

    def article_tokens(article_id: int) -> str:
        """An article is tokenised only when a quote is not at its span, and then only once."""
        if article_id not in tokens:
            tokens[article_id] = _joined(_words(texts[article_id]))
        return tokens[article_id]

    for section in load_brief(project).sections:
        for item in section.items:
            if item.kind != "quote":
                continue
            if item.article_id not in texts:
                try:
                    article = project.article(item.article_id) if item.article_id else None
                except BrieferError:
                    article = None
                texts[item.article_id] = article.text if article is not None else None
            article_text = texts[item.article_id]
            if article_text is None:
                mismatches.append(Mismatch(item.id, section.title, item.text, "",
                                           "its source article is no longer in the project"))
                continue
            quoted = _words(item.text)
            start, end = item.data.get("start"), item.data.get("end")
            original = article_text[start:end] if isinstance(start, int) and isinstance(
                end, int) else ""
            if quoted and (quoted == _words(original)
                           or _joined(quoted) in article_tokens(item.article_id)):
                continue
            mismatches.append(Mismatch(item.id, section.title, item.text, original,
                                       "does not match its source article word for word"))
    return mismatches


# -- writing -----------------------------------------------------------------


def check_template(template: str | os.PathLike) -> None:
    """Raise `ExportError` unless `template` opens as a Word document: asked before a
    draft's minutes of analysis, not found out at its end."""
    _open_template(template)


def _open_template(template: str | os.PathLike | None):
    """The template, unpacked within bounds (`ingest.archive`), then read by python-docx."""
    path = Path(template).expanduser() if template else default_template()
    if path.is_dir():
        raise ExportError(f"The template {path.name} is a folder, not a Word document (.docx)")
    try:
        data = read_file_bytes(path)
    except BrieferError as exc:
        raise ExportError(f"The template {exc}") from exc
    try:
        package = bounded_zip(data, path.name)
    except NotAnArchiveError as exc:
        raise ExportError(f"The template {path.name} is not a Word document (.docx)") from exc
    except ArchiveError as exc:
        raise ExportError(f"The template {exc}") from exc
    try:
        return docx.Document(package)
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ExportError(f"The template {path.name} is not a Word document (.docx)") from exc
    except Exception as exc:  # a damaged zip or XML inside: python-docx raises many kinds
        raise ExportError(f"The template {path.name} is damaged and cannot be used") from exc


def _clear_body(document) -> None:
    """Drop the template's sample text; its last section (page set-up, header) stays."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _add_runs(paragraph, block: Block) -> None:
    for run in block.runs:
        text = xml_safe(run.text)
        if text:
            added = paragraph.add_run(text)
            added.bold = run.bold or None
            added.italic = run.italic or None


def _add_field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice compute when they lay out."""
    def add(element):
        run = OxmlElement("w:r")
        run.append(element)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    add(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    add(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    add(separate)
    shown = OxmlElement("w:t")
    shown.text = "1"
    add(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    add(end)


def _header_footer(document, marking: str) -> None:
    """Page numbers in every footer; the marking at the top of headers and in footers."""
    for section in document.sections:
        pairs = [(section.header, section.footer)]
        if section.different_first_page_header_footer:
            pairs.append((section.first_page_header, section.first_page_footer))
        for header, footer in pairs:
            if marking:
                paragraphs = header.paragraphs
                if paragraphs and not paragraphs[0].text.strip() and len(paragraphs) == 1:
                    line = paragraphs[0]
                elif paragraphs:
                    line = paragraphs[0].insert_paragraph_before()
                else:
                    line = header.add_paragraph()
                line.style = document.styles[MARKING_STYLE]
                line.alignment = WD_ALIGN_PARAGRAPH.CENTER
                line.add_run(marking)
            if "PAGE" not in "".join(t.text or "" for t in footer._element.iter(qn("w:instrText"))):
                number = footer.add_paragraph()
                number.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _add_field(number, "PAGE")
                if len(footer.paragraphs) == 2 and not footer.paragraphs[0].text.strip():
                    footer._element.remove(footer.paragraphs[0]._p)
            if marking:
                line = footer.add_paragraph(style=document.styles[MARKING_STYLE])
                line.alignment = WD_ALIGN_PARAGRAPH.CENTER
                line.add_run(marking)


def _column_widths(document, count: int) -> list[int]:
    """Widths filling the text column: wide name and role columns, narrow figures."""
    section = document.sections[-1]
    usable = section.page_width - section.left_margin - section.right_margin
    shares = TABLE_COLUMN_SHARES if count == len(TABLE_COLUMN_SHARES) else [1] * count
    return [int(usable * share / sum(shares)) for share in shares]


def _add_table(document, block: Block) -> None:
    header, *rows = block.rows
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    with contextlib.suppress(KeyError):
        table.style = document.styles["Table Grid"]
    table.autofit = False
    widths = _column_widths(document, len(header))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row_index, values in enumerate(block.rows):
        cells = table.rows[row_index].cells
        for cell, value, width in zip(cells, values, widths, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            run = paragraph.add_run(xml_safe(value))
            run.bold = row_index == 0 or None
    for row in table.rows:
        # A row never breaks across pages; the header row repeats on each page.
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.add_paragraph()


def _write_blocks(document, layout: Layout, footnotes: Footnotes) -> None:
    bullet, bullet_prefix = bullet_style(document)
    style_of = {"title": "Title", "subtitle": "Subtitle", "byline": BYLINE_STYLE,
                "heading": "Heading 1", "label": "Normal", "body": "Normal", "quote": "Quote",
                "attribution": ATTRIBUTION_STYLE, "source": SOURCE_STYLE,
                "bullet": bullet, "number": bullet}
    for block in layout.blocks:
        if block.kind == "table":
            _add_table(document, block)
            continue
        paragraph = document.add_paragraph(style=document.styles[style_of[block.kind]])
        if block.kind in ("bullet", "number") and bullet_prefix:
            paragraph.add_run(bullet_prefix)
        if block.kind in ("quote", "label"):
            paragraph.paragraph_format.keep_with_next = True
        _add_runs(paragraph, block)
        if block.footnote:
            footnotes.add(paragraph, [Run(xml_safe(r.text), r.bold, r.italic)
                                      for r in block.footnote])


def build_document(project: Project, template: str | os.PathLike | None = None):
    """The brief as a python-docx Document (not yet written anywhere)."""
    layout = layout_brief(project)
    document = _open_template(template)
    _clear_body(document)
    ensure_styles(document)
    footnotes = Footnotes(document)
    _write_blocks(document, layout, footnotes)
    footnotes.finish()
    _header_footer(document, xml_safe(layout.front.marking))
    stamp_properties(document, xml_safe(layout.front.title), xml_safe(layout.front.author))
    mark_as_brief(document)
    return document


def check_target(target: Path) -> None:
    """Raise `ExportError` when the brief cannot be written to `target`: asked again by
    the command line before a draft's analysis, not only once it is done."""
    folder = target.parent
    if target.suffix.lower() != ".docx":
        raise ExportError(f"{target.name}: a Word document needs the .docx extension")
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"Cannot write {target.name}: {folder} is a file, not a folder")
    if not folder.is_dir():
        raise ExportError(f"Cannot write {target.name}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportError(f"Cannot write {target.name}: it is a folder")
    lock = folder / f".~lock.{target.name}#"
    if lock.exists():
        raise ExportError(f"Cannot write {target.name}: it is open in another program; "
                          "close it and export again")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(f"Cannot write {target.name}: the file is read-only")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"Cannot write {target.name}: the folder is not writable")


def _write_atomically(data: bytes, target: Path) -> None:
    """The whole file or nothing: a temporary file beside the target, then a rename."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as exc:
        raise ExportError(f"Cannot write {target.name}: {exc.strerror}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; the document gets the target's mode, or the usual one.
        mode = target.stat().st_mode & 0o777 if target.exists() else NEW_FILE_MODE
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        reason = exc.strerror or str(exc)
        if isinstance(exc, PermissionError):
            reason = "it is open in another program or not writable"
        raise ExportError(f"Cannot write {target.name}: {reason}") from exc


def export_brief(project: Project, path: str | os.PathLike, template: str | None = None,
                 allow_mismatches: bool = False) -> None:
    """Write the brief to `path` (.docx), on `template` or the shipped default.

    Raises ExportError when a quote no longer matches its source (unless the
    user confirmed with `allow_mismatches`), or when the file cannot be written.
    """
    target = Path(path).expanduser()
    check_target(target)
    if template and os.path.realpath(Path(template).expanduser()) == os.path.realpath(target):
        raise ExportError(f"{target.name} is the template the brief takes its styles from; "
                          "choose another file name")
    if not allow_mismatches:
        mismatches = check_quote_fidelity(project)
        if mismatches:
            listed = "; ".join(m.describe() for m in mismatches[:3])
            more = f" and {len(mismatches) - 3} more" if len(mismatches) > 3 else ""
            raise ExportError(f"{len(mismatches)} quote(s) no longer match their source: "
                              f"{listed}{more}")
    document = build_document(project, template)
    buffer = io.BytesIO()
    try:
        document.save(buffer)
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ExportError(f"Cannot write {target.name}: {reason}") from exc
    _write_atomically(buffer.getvalue(), target)
