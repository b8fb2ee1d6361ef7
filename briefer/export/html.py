"""The brief as HTML, for the builder's live preview.

It renders the same layout blocks as the Word export, with footnotes
numbered and listed at the end, so the analyst sees what Word will show.
"""

from __future__ import annotations

from html import escape

from briefer.export.layout import TABLE_COLUMN_SHARES, Block, Layout, xml_safe

_CSS = """
body { font-family: 'Calibri', 'Carlito', 'DejaVu Sans', sans-serif; font-size: 11pt;
       color: #1a1a1a; }
h1.title { font-size: 22pt; color: #1f3a5f; margin-bottom: 2px; }
p.subtitle { font-size: 13pt; color: #404040; margin-top: 0; }
p.byline { font-size: 10pt; color: #404040; }
h2 { font-size: 15pt; color: #1f3a5f; margin-top: 18px; margin-bottom: 6px; }
p.quote { font-style: italic; margin-left: 34px; margin-right: 34px; margin-bottom: 2px; }
p.attribution { font-size: 10pt; color: #404040; margin-left: 36px; margin-top: 0; }
p.source { font-size: 10pt; margin-left: 22px; }
p.marking { text-align: center; font-weight: bold; font-size: 10pt; }
p.footnote { font-size: 9pt; margin: 0; }
table.actors { border-collapse: collapse; }
table.actors td, table.actors th { border: 1px solid #404040; padding: 3px; font-size: 10pt; }
"""


def _runs(block: Block) -> str:
    parts = []
    for run in block.runs:
        text = escape(xml_safe(run.text))
        if run.bold:
            text = f"<b>{text}</b>"
        if run.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


def _table(block: Block) -> str:
    header, *rows = block.rows
    shares = TABLE_COLUMN_SHARES if len(header) == len(TABLE_COLUMN_SHARES) else None
    head = "".join(
        f"<th align='left' width='{shares[i] if shares else ''}%'>{escape(xml_safe(c))}</th>"
        for i, c in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(xml_safe(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (f"<table class='actors' width='100%' cellspacing='0' border='1'>"
            f"<tr>{head}</tr>{body}</table>")


def render_html(layout: Layout) -> str:
    """A complete HTML page for the brief's layout."""
    out = [f"<html><head><style>{_CSS}</style></head><body>"]
    marking = escape(xml_safe(layout.front.marking))
    if marking:
        out.append(f"<p class='marking'>{marking}</p>")
    notes: list[str] = []
    in_list = ""
    for block in layout.blocks:
        list_kind = {"bullet": "ul", "number": "ol"}.get(block.kind, "")
        if in_list and list_kind != in_list:
            out.append(f"</{in_list}>")
            in_list = ""
        if list_kind and not in_list:
            out.append(f"<{list_kind}>")
            in_list = list_kind
        content = _runs(block)
        if block.footnote:
            notes.append(_runs(Block("body", block.footnote)))
            content += f"<sup>{len(notes)}</sup>"
        if block.kind == "title":
            out.append(f"<h1 class='title'>{content}</h1>")
        elif block.kind == "heading":
            out.append(f"<h2>{content}</h2>")
        elif block.kind == "table":
            out.append(_table(block))
        elif list_kind:
            out.append(f"<li>{content}</li>")
        elif block.kind == "source":
            out.append(f"<p class='source'>{content}</p>")
        else:
            out.append(f"<p class='{block.kind}'>{content}</p>")
    if in_list:
        out.append(f"</{in_list}>")
    if notes:
        out.append("<hr width='30%' align='left'/>")
        out.extend(f"<p class='footnote'><sup>{n}</sup> {text}</p>"
                   for n, text in enumerate(notes, start=1))
    if marking:
        out.append(f"<p class='marking'>{marking}</p>")
    out.append("</body></html>")
    return "".join(out)
