"""Real Word footnotes, which python-docx has no API for.

A footnote needs the `word/footnotes.xml` part (with the separator notes
Word expects), a relationship to it from the document, its content type,
and in the text a run holding `w:footnoteReference`. A template that
already has a footnotes part keeps its separators; its other notes go with
the sample text the export removes.
"""

from __future__ import annotations

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from briefer.core.errors import ExportError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE_TEXT_STYLE = "FootnoteText"
FOOTNOTE_REFERENCE_STYLE = "FootnoteReference"

_EMPTY_FOOTNOTES = (
    f'<w:footnotes xmlns:w="{W_NS}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
    'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
    "</w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def _reference_run(tag: str, footnote_id: int | None = None) -> etree._Element:
    run = etree.Element(qn("w:r"))
    props = etree.SubElement(run, qn("w:rPr"))
    etree.SubElement(props, qn("w:rStyle")).set(qn("w:val"), FOOTNOTE_REFERENCE_STYLE)
    mark = etree.SubElement(run, qn(tag))
    if footnote_id is not None:
        mark.set(qn("w:id"), str(footnote_id))
    return run


class Footnotes:
    """The footnotes of one document being written."""

    def __init__(self, document):
        self.document = document
        self.part = None
        for rel in document.part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                self.part = rel.target_part
                break
        blob = self.part.blob if self.part is not None else _EMPTY_FOOTNOTES.encode()
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            self.root = etree.fromstring(blob, parser)
        except etree.XMLSyntaxError as exc:
            raise ExportError("The template's footnotes part is damaged (not valid XML); "
                              "use another template") from exc
        # The template's own notes belonged to its sample text, which the export removed.
        for note in list(self.root.iter(qn("w:footnote"))):
            if note.get(qn("w:type")) in (None, "normal"):
                self.root.remove(note)
        ids = []
        for note in self.root.iter(qn("w:footnote")):
            value = note.get(qn("w:id"))
            if value is None or not value.strip().lstrip("-").isdigit():
                raise ExportError("The template's footnotes part is damaged (a separator note "
                                  "has no number); use another template")
            ids.append(int(value))
        self.next_id = max([0, *ids]) + 1
        self.count = 0

    def add(self, paragraph, runs: list) -> int:
        """Put a footnote of `runs` (text, italic) at the end of `paragraph`; returns its id."""
        footnote_id = self.next_id
        self.next_id += 1
        self.count += 1
        note = etree.SubElement(self.root, qn("w:footnote"))
        note.set(qn("w:id"), str(footnote_id))
        para = etree.SubElement(note, qn("w:p"))
        props = etree.SubElement(para, qn("w:pPr"))
        etree.SubElement(props, qn("w:pStyle")).set(qn("w:val"), FOOTNOTE_TEXT_STYLE)
        para.append(_reference_run("w:footnoteRef"))
        for index, piece in enumerate(runs):
            run = etree.SubElement(para, qn("w:r"))
            if piece.italic:
                etree.SubElement(etree.SubElement(run, qn("w:rPr")), qn("w:i"))
            body = etree.SubElement(run, qn("w:t"))
            body.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            body.text = (" " if index == 0 else "") + piece.text
        paragraph._p.append(_reference_run("w:footnoteReference", footnote_id))
        return footnote_id

    def finish(self) -> None:
        """Write the part into the package (only when the document has footnotes)."""
        if self.count == 0:
            return
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if self.part is not None:
            self.part._blob = blob
            return
        package = self.document.part.package
        self.part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, package)
        self.document.part.relate_to(self.part, RT.FOOTNOTES)
        self._declare_separators()

    def _declare_separators(self) -> None:
        """Name the separator notes in settings.xml, as Word itself does."""
        settings = self.document.settings.element
        if settings.find(qn("w:footnotePr")) is not None:
            return
        anchor = settings.find(qn("w:endnotePr"))
        if anchor is None:
            anchor = settings.find(qn("w:compat"))
        if anchor is None:
            return
        props = etree.Element(qn("w:footnotePr"))
        for footnote_id in ("-1", "0"):
            etree.SubElement(props, qn("w:footnote")).set(qn("w:id"), footnote_id)
        anchor.addprevious(props)
