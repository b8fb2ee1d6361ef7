"""A brief Briefer wrote says so: a custom document property, and a check for it.

`briefer draft *.docx -o brief.docx` run twice would otherwise read the first
brief back as a news article. The export writes `docProps/custom.xml` with
the property below; `is_briefer_brief` reads only that small part, with a
bounded read, so the importers can ask before taking a brief as an article.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from briefer import __version__
from briefer.core.registry import BRIEF_PROPERTY

_CUSTOM_PART = "docProps/custom.xml"
_MAX_CUSTOM_BYTES = 64 * 1024
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives user-defined properties.
_USER_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def mark_as_brief(document) -> None:
    """Give the document the Briefer custom property (replacing a template's custom part)."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.CUSTOM_PROPERTIES:
            del package.rels[rel_id]
    xml = (
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">'
        f'<property fmtid="{_USER_FMTID}" pid="2" name="{BRIEF_PROPERTY}">'
        f"<vt:lpwstr>Briefer {__version__}</vt:lpwstr></property></Properties>"
    )
    part = Part(PackURI("/" + _CUSTOM_PART), CT.OFC_CUSTOM_PROPERTIES,
                xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def stamp_properties(document, title: str, author: str) -> None:
    """The document's own dates and names, not those of the python-docx template (2013)."""
    now = datetime.now(UTC).replace(microsecond=0)
    properties = document.core_properties
    properties.title = title[:255]
    properties.author = author[:255]
    properties.last_modified_by = author[:255] or "Briefer"
    properties.comments = ""
    properties.created = now
    properties.modified = now
    properties.revision = 1
    for printed in properties._element.findall(qn("cp:lastPrinted")):
        properties._element.remove(printed)
    _drop_thumbnail(document)


def _drop_thumbnail(document) -> None:
    """The template's blank preview image would stand for this document's first page."""
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rel_id]


def is_briefer_brief(path: str | os.PathLike) -> bool:
    """Whether `path` is a .docx Briefer exported (False for anything unreadable)."""
    try:
        with zipfile.ZipFile(Path(path)) as archive:
            try:
                info = archive.getinfo(_CUSTOM_PART)
            except KeyError:
                return False
            with archive.open(info) as handle:
                data = handle.read(_MAX_CUSTOM_BYTES + 1)
    except (OSError, zipfile.BadZipFile, RuntimeError, ValueError, EOFError, NotImplementedError,
            zlib.error):
        return False
    if len(data) > _MAX_CUSTOM_BYTES:
        return False
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return False
    return any(p.get("name") == BRIEF_PROPERTY for p in root.iter(f"{{{_CUSTOM_NS}}}property"))
