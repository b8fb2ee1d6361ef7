"""The Word styles a brief uses, added to a template that lacks them.

A user's template keeps every style it defines (fonts, colours, headings);
only the styles it does not define are added here, with a plain look. The
shipped default template is made from the same definitions by
`resources/templates/make_default_template.py`.
"""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from briefer.export.footnotes import FOOTNOTE_REFERENCE_STYLE, FOOTNOTE_TEXT_STYLE

ATTRIBUTION_STYLE = "Quote Attribution"
SOURCE_STYLE = "Source Entry"
BYLINE_STYLE = "Brief Byline"
MARKING_STYLE = "Brief Marking"
BULLET_FALLBACK_STYLE = "Brief Bullet"

_FOOTNOTE_STYLES = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="{FOOTNOTE_TEXT_STYLE}">'
    '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
    '<w:unhideWhenUsed/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>'
    "</w:style>",
    f'<w:style {nsdecls("w")} w:type="character" w:styleId="{FOOTNOTE_REFERENCE_STYLE}">'
    '<w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
)
# The default paragraph style every added style is based on; a template stripped
# of its styles lacks it.
_NORMAL_STYLE = (
    f'<w:style {nsdecls("w")} w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/><w:qFormat/></w:style>'
)


def _has_style(document, name: str) -> bool:
    try:
        document.styles[name]
    except KeyError:
        return False
    return True


def _paragraph_style(document, name: str, size: float | None = None, bold: bool = False,
                     italic: bool = False, color: RGBColor | None = None):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    font = style.font
    if size:
        font.size = Pt(size)
    font.bold = bold or None
    font.italic = italic or None
    if color is not None:
        font.color.rgb = color
    return style


def ensure_styles(document) -> None:
    """Add every style the export uses that `document` does not define."""
    styles_element = document.styles.element
    if not _has_style(document, "Normal"):
        styles_element.insert(0, parse_xml(_NORMAL_STYLE))
    ids = {s.style_id for s in document.styles}
    for xml in _FOOTNOTE_STYLES:
        style = parse_xml(xml)
        if style.get(qn("w:styleId")) not in ids:
            styles_element.append(style)
    grey = RGBColor(0x40, 0x40, 0x40)
    for name, size, bold, italic in (("Title", 24, True, False), ("Subtitle", 14, False, True),
                                     ("Heading 1", 15, True, False), ("Quote", None, False, True)):
        if not _has_style(document, name):
            style = _paragraph_style(document, name, size, bold, italic)
            if name != "Quote":
                style.paragraph_format.keep_with_next = True
            if name == "Heading 1":
                style.paragraph_format.space_before = Pt(12)
    if not _has_style(document, ATTRIBUTION_STYLE):
        style = _paragraph_style(document, ATTRIBUTION_STYLE, 10, color=grey)
        style.paragraph_format.left_indent = Pt(36)
        style.paragraph_format.space_after = Pt(12)
        style.paragraph_format.keep_together = True
    if not _has_style(document, SOURCE_STYLE):
        style = _paragraph_style(document, SOURCE_STYLE, 10)
        style.paragraph_format.left_indent = Pt(22)
        style.paragraph_format.first_line_indent = Pt(-22)
        style.paragraph_format.space_after = Pt(4)
    if not _has_style(document, BYLINE_STYLE):
        style = _paragraph_style(document, BYLINE_STYLE, 10, color=grey)
        style.paragraph_format.space_after = Pt(18)
    if not _has_style(document, MARKING_STYLE):
        _paragraph_style(document, MARKING_STYLE, 10, bold=True)
    if not _has_style(document, BULLET_FALLBACK_STYLE):
        style = _paragraph_style(document, BULLET_FALLBACK_STYLE)
        style.paragraph_format.left_indent = Pt(18)
        style.paragraph_format.first_line_indent = Pt(-12)


def bullet_style(document) -> tuple[str, str]:
    """The bullet style and the text prefix it needs (none when Word numbers it)."""
    if _has_style(document, "List Bullet"):
        element = document.styles["List Bullet"].element
        if element.pPr is not None and element.pPr.numPr is not None:
            return "List Bullet", ""
    return BULLET_FALLBACK_STYLE, "•\u00a0"
