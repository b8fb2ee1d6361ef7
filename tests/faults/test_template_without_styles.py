"""Attack pass: a Word template whose styles part defines no style at all.

Word writes such a `styles.xml` for a document stripped of its styles; the
export then stopped on "internal error: KeyError: no style with name 'Normal'".
The brief must still be written, with Briefer's plain styles added.
"""

from __future__ import annotations

import zipfile

import docx

from briefer.export.docx import export_brief

EMPTY_STYLES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
)


def _template_without_styles(tmp_path):
    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    template = tmp_path / "no-styles.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(template, "w") as target:
        for name in source.namelist():
            data = EMPTY_STYLES if name == "word/styles.xml" else source.read(name)
            target.writestr(name, data)
    return template


def test_a_template_without_any_style_still_gives_a_brief(tmp_path, build_brief):
    target = tmp_path / "brief.docx"
    export_brief(build_brief(2), target, template=_template_without_styles(tmp_path))
    written = docx.Document(target)
    texts = [paragraph.text for paragraph in written.paragraphs]
    assert "Security guarantees for Ukraine" in texts
    assert written.styles["Normal"] is not None
    assert any("proposal number 1" in text for text in texts)
