"""Regenerate `default.docx`, the clean template a brief is exported on.

Run from the repository root: `.venv/bin/python resources/templates/make_default_template.py`.
It starts from python-docx's own blank document and sets an A4 page, a
readable type scale and the styles the export uses, so the shipped file is
reproducible rather than hand-edited.
"""

from pathlib import Path

import docx
from docx.shared import Cm, Pt, RGBColor

from briefer.export.styles import ensure_styles

NAVY = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x40, 0x40, 0x40)


def make_template(path: Path) -> None:
    document = docx.Document()
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.3)
        section.header_distance = section.footer_distance = Cm(1.2)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    title = styles["Title"]
    title.font.name = "Calibri"
    title.font.size = Pt(24)
    title.font.bold = True
    title.font.color.rgb = NAVY
    subtitle = styles["Subtitle"]
    subtitle.font.name = "Calibri"
    subtitle.font.size = Pt(13)
    subtitle.font.italic = False
    subtitle.font.color.rgb = GREY
    heading = styles["Heading 1"]
    heading.font.name = "Calibri"
    heading.font.size = Pt(15)
    heading.font.color.rgb = NAVY
    heading.paragraph_format.space_before = Pt(16)
    heading.paragraph_format.space_after = Pt(6)
    quote = styles["Quote"]
    quote.font.italic = True
    quote.font.color.rgb = RGBColor(0x20, 0x20, 0x20)
    quote.paragraph_format.left_indent = Cm(1.2)
    quote.paragraph_format.right_indent = Cm(1.2)
    quote.paragraph_format.space_before = Pt(6)
    quote.paragraph_format.space_after = Pt(2)
    ensure_styles(document)
    document.core_properties.title = ""
    document.core_properties.author = "Briefer"
    document.core_properties.comments = ""
    document.save(str(path))


if __name__ == "__main__":
    make_template(Path(__file__).with_name("default.docx"))
