"""The Word export: structure, styles, real footnotes, table, sources, robustness."""

import os
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from docx.shared import Cm, Inches, RGBColor
from lxml import etree

from briefer.core import brief
from briefer.core.draft import draft_brief
from briefer.core.errors import ExportError
from briefer.export import docx as export
from briefer.export.docx import check_quote_fidelity, export_brief

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FOOTNOTES_RELTYPE = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                     "footnotes")


@pytest.fixture
def drafted(seed_project):
    brief.set_front_matter(seed_project, title="Security guarantees for Ukraine",
                           subtitle="After the Paris meeting", author="A. Analyst",
                           organisation="Policy Desk", date="2025-09-05", marking="OFFICIAL")
    draft_brief(seed_project, length="full")
    return seed_project


def footnote_texts(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    notes = [n for n in root.iter(W + "footnote") if n.get(W + "type") is None]
    return ["".join(t.text or "" for t in n.iter(W + "t")).strip() for n in notes]


def document_xml(path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_structure_and_styles(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    assert path.stat().st_mode & 0o777 == 0o644
    document = docx.Document(str(path))
    assert styled(document, "Title") == ["Security guarantees for Ukraine"]
    assert styled(document, "Subtitle") == ["After the Paris meeting"]
    headings = styled(document, "Heading 1")
    assert headings == ["Summary", "Background", "Key actors", "Expert assessments",
                        "Official positions", "Key facts and figures", "Sources"]
    quotes = styled(document, "Quote")
    assert quotes == ["“We must be ready to act alone, and we will be.”"]
    paragraphs = document.paragraphs
    for index, paragraph in enumerate(paragraphs):
        if paragraph.style.name == "Quote":
            attribution = paragraphs[index + 1]
            assert attribution.style.name == "Quote Attribution"
            assert attribution.text == "— Kaja Kallas, EU foreign policy chief, European Union"
    body = "\n".join(p.text for p in paragraphs)
    assert ("Francois Heisbourg, special adviser, Foundation for Strategic Research, noted that "
            "deploying troops without a ceasefire is too risky") in body
    assert "Heisbourg and Arnold suggested that arming Ukraine" in body
    assert "According to Ben Hodges, former U.S. Army commander in Europe, the lack" in body
    assert "Arnold described detailed operational planning as “impossible” without" in body
    assert "Government and officials" in [p.text for p in paragraphs]
    bullets = styled(document, "List Bullet")
    assert any("10,000 to 30,000 troops" in b for b in bullets)
    assert document.core_properties.title == "Security guarantees for Ukraine"


def test_every_quote_and_article_item_has_a_real_footnote(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    loaded = brief.load_brief(drafted)
    cited = [i for i in loaded.items() if i.article_id is not None]
    notes = footnote_texts(path)
    assert len(notes) == len(cited) > 10
    references = list(document_xml(path).iter(W + "footnoteReference"))
    assert len(references) == len(notes)
    for reference in references:
        style = reference.getparent().find(f"{W}rPr/{W}rStyle")
        assert style.get(W + "val") == "FootnoteReference"
    seed_note = ("Jane Reporter, “Europe Weighs Security Guarantees for Ukraine,” Example Times, "
                 "September 4, 2025, https://example.org/ukraine-guarantees.")
    assert seed_note in notes
    assert ("“Brussels Prepares Its Own Plan,” EU Wire, September 8, 2025, "
            "https://example.org/brussels-plan.") in notes
    assert notes.count("Ibid.") > 5
    assert "Reporter, “Europe Weighs Security Guarantees.”" in notes
    italic = [r for r in etree.fromstring(zipfile.ZipFile(path).read("word/footnotes.xml"))
              .iter(W + "r") if r.find(f"{W}rPr/{W}i") is not None]
    assert {"".join(t.text for t in r.iter(W + "t")) for r in italic} >= {"Example Times"}
    document = docx.Document(str(path))
    rels = [r for r in document.part.rels.values() if r.reltype == FOOTNOTES_RELTYPE]
    assert len(rels) == 1
    with zipfile.ZipFile(path) as archive:
        types = archive.read("[Content_Types].xml").decode()
        styles = archive.read("word/styles.xml").decode()
    assert "wordprocessingml.footnotes+xml" in types
    assert 'w:styleId="FootnoteText"' in styles and 'w:styleId="FootnoteReference"' in styles


def test_key_actors_table(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    table = docx.Document(str(path)).tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Name", "Role and affiliation", "Voice"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Ed Arnold"] == ["Ed Arnold",
                                    "European security expert, Royal United Services Institute",
                                    "Experts"]
    assert by_name["Kaja Kallas"][2] == "Government and officials"
    assert by_name["Emmanuel Macron"][1:] == ["French president", "Government and officials"]
    header = table.rows[0]._tr.trPr
    assert header.find(W + "tblHeader") is not None
    assert all(row._tr.trPr.find(W + "cantSplit") is not None for row in table.rows)


def test_sources_are_a_sorted_bibliography_of_cited_articles(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    sources = styled(docx.Document(str(path)), "Source Entry")
    assert sources == [
        "EU Wire. “Brussels Prepares Its Own Plan.” September 8, 2025. "
        "https://example.org/brussels-plan.",
        "Reporter, Jane. “Europe Weighs Security Guarantees for Ukraine.” Example Times, "
        "September 4, 2025. https://example.org/ukraine-guarantees.",
    ]


def test_marking_in_header_and_footer_with_page_numbers(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    section = docx.Document(str(path)).sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL"
    assert "OFFICIAL" in [p.text for p in section.footer.paragraphs]
    codes = [t.text for t in section.footer._element.iter(W + "instrText")]
    assert [c.strip() for c in codes] == ["PAGE"]


def test_no_marking_means_no_marking(seed_project, tmp_path):
    draft_brief(seed_project)
    path = tmp_path / "plain.docx"
    export_brief(seed_project, path)
    section = docx.Document(str(path)).sections[0]
    assert not any(p.text.strip() for p in section.header.paragraphs)
    assert [t.text.strip() for t in section.footer._element.iter(W + "instrText")] == ["PAGE"]


def test_empty_sections_are_left_out(seed_project, tmp_path):
    brief.ensure_default_sections(seed_project)
    loaded = brief.load_brief(seed_project)
    quote = next(q for q in seed_project.quotes() if q.text.startswith("We must"))
    brief.add_item(seed_project, loaded.section_with_role("officials").id, "quote",
                   quote_id=quote.id)
    path = tmp_path / "short.docx"
    export_brief(seed_project, path)
    assert styled(docx.Document(str(path)), "Heading 1") == ["Official positions", "Sources"]


def test_user_template_styles_margins_and_letterhead_are_used(drafted, tmp_path):
    template = tmp_path / "house.docx"
    house = docx.Document()
    house.styles["Heading 1"].font.color.rgb = RGBColor(0x99, 0x00, 0x33)
    house.sections[0].left_margin = Inches(1.5)
    house.sections[0].header.paragraphs[0].text = "ACME Institute — Letterhead"
    house.add_paragraph("Sample text of the template that must not appear.")
    house.save(str(template))
    path = tmp_path / "brief.docx"
    export_brief(drafted, path, template=str(template))
    document = docx.Document(str(path))
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x99, 0x00, 0x33)
    section = document.sections[0]
    assert section.left_margin == Inches(1.5)
    header = [p.text for p in section.header.paragraphs]
    assert header == ["OFFICIAL", "ACME Institute — Letterhead"]
    body = [p.text for p in document.paragraphs]
    assert "Sample text of the template that must not appear." not in body
    assert body[0] == "Security guarantees for Ukraine"


def test_a_template_with_its_own_footnotes_keeps_only_the_new_ones(drafted, tmp_path):
    template = tmp_path / "with-notes.docx"
    export_brief(drafted, template)
    first = footnote_texts(template)
    path = tmp_path / "brief.docx"
    export_brief(drafted, path, template=str(template))
    assert footnote_texts(path) == first
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
        names = archive.namelist()
    kinds = [n.get(W + "type") for n in root.iter(W + "footnote")]
    assert kinds.count("separator") == 1 and kinds.count("continuationSeparator") == 1
    assert names.count("word/footnotes.xml") == 1


def test_a_template_lacking_styles_gets_them(drafted, tmp_path):
    template = tmp_path / "bare.docx"
    bare = docx.Document()
    styles = bare.styles.element
    for style in list(styles):
        if style.get(W + "styleId") in ("Quote", "ListBullet", "Title", "Heading1"):
            styles.remove(style)
    bare.save(str(template))
    path = tmp_path / "brief.docx"
    export_brief(drafted, path, template=str(template))
    document = docx.Document(str(path))
    assert len(styled(document, "Quote")) == 1
    assert any(text.startswith("•\u00a0") for text in styled(document, "Brief Bullet"))
    assert styled(document, "Title") == ["Security guarantees for Ukraine"]


def test_a_template_that_is_not_a_docx_is_a_clear_error(drafted, tmp_path):
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip")
    with pytest.raises(ExportError, match=r"fake\.docx"):
        export_brief(drafted, tmp_path / "out.docx", template=str(fake))
    assert not (tmp_path / "out.docx").exists()


def test_characters_xml_forbids_are_removed(drafted, tmp_path):
    summary = brief.load_brief(drafted).section_with_role("summary")
    brief.add_item(drafted, summary.id, "text", text="Scanned\x00 text\x07 from a\x1b PDF\ufffe.")
    brief.set_front_matter(drafted, subtitle="Sub\x0btitle")
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    document = docx.Document(str(path))
    assert "Scanned text from a PDF." in [p.text for p in document.paragraphs]
    assert styled(document, "Subtitle") == ["Sub title"]


def test_rich_text_paragraphs_keep_bold_italic_and_bullets(drafted, tmp_path):
    options = brief.load_brief(drafted).section_with_role("options")
    brief.add_item(drafted, options.id, "text",
                   text="We **recommend** two *parallel* tracks:\n\n- arm Ukraine now\n"
                        "- plan the force")
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    document = docx.Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text.startswith("We recommend"))
    assert [(r.text, bool(r.bold), bool(r.italic)) for r in paragraph.runs] == [
        ("We ", False, False), ("recommend", True, False), (" two ", False, False),
        ("parallel", False, True), (" tracks:", False, False)]
    bullets = styled(document, "List Bullet")
    assert bullets[-2:] == ["arm Ukraine now", "plan the force"]


def test_a_very_long_brief_exports(seed_project, tmp_path):
    brief.ensure_default_sections(seed_project)
    sections = brief.load_brief(seed_project).sections
    quote_ids = [q.id for q in seed_project.quotes() if q.status != "rejected"]
    for n, quote_id in enumerate(quote_ids):
        brief.add_item(seed_project, sections[n % 7].id, "quote", quote_id=quote_id)
    article_ids = seed_project.article_ids()
    for n in range(600 - len(quote_ids)):
        brief.add_item(seed_project, sections[n % 7].id, "text",
                       article_id=article_ids[n % 2], text=f"Paragraph {n} " + "word " * 80)
        brief.add_item(seed_project, sections[n % 7].id, "text", text="Uncited " + "word " * 80)
    path = tmp_path / "long.docx"
    export_brief(seed_project, path)
    document = docx.Document(str(path))
    assert len(document.paragraphs) > 1200
    assert len(footnote_texts(path)) == 600


def test_quote_fidelity_catches_an_edited_quote(drafted, tmp_path):
    assert check_quote_fidelity(drafted) == []
    item = next(i for i in brief.load_brief(drafted).items()
                if i.kind == "quote" and i.text.startswith("We must"))
    brief.update_item_text(drafted, item.id, "We must be ready to act alone, and we won't be,")
    mismatches = check_quote_fidelity(drafted)
    assert [m.item_id for m in mismatches] == [item.id]
    assert mismatches[0].source == "We must be ready to act alone, and we will be,"
    assert mismatches[0].section == "Official positions"
    path = tmp_path / "brief.docx"
    with pytest.raises(ExportError, match=r"1 quote.*no longer match.*Official positions"):
        export_brief(drafted, path)
    assert not path.exists()
    export_brief(drafted, path, allow_mismatches=True)
    assert "“We must be ready to act alone, and we won’t be.”" in styled(
        docx.Document(str(path)), "Quote")


def test_quote_fidelity_ignores_typography_and_a_moved_span(drafted):
    item = next(i for i in brief.load_brief(drafted).items()
                if i.kind == "quote" and "impossible" in i.text)
    brief.update_item_text(drafted, item.id, item.text.replace("“", '"').replace("”", '"'))
    assert check_quote_fidelity(drafted) == []
    drafted.conn.execute("UPDATE brief_items SET data = '{}' WHERE id = ?", (item.id,))
    assert check_quote_fidelity(drafted) == []


def test_a_quote_replaced_by_reanalysis_still_renders_from_its_copy(drafted, tmp_path):
    item = next(i for i in brief.load_brief(drafted).items()
                if i.kind == "quote" and "We must" in i.text)
    drafted.delete_rows("quotes", [item.quote_id])
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    document = docx.Document(str(path))
    assert "“We must be ready to act alone, and we will be.”" in styled(document, "Quote")
    assert "— Kaja Kallas" in styled(document, "Quote Attribution")[-1]


def test_a_removed_source_article_is_reported_and_never_crashes(drafted, tmp_path):
    second = next(a.id for a in drafted.articles() if a.outlet == "EU Wire")
    drafted.remove_article(second)
    reasons = {m.reason for m in check_quote_fidelity(drafted)}
    assert reasons == {"its source article is no longer in the project"}
    path = tmp_path / "brief.docx"
    export_brief(drafted, path, allow_mismatches=True)
    assert "The source article is no longer in the project." in footnote_texts(path)
    rows = [[c.text for c in r.cells] for r in docx.Document(str(path)).tables[0].rows]
    assert "Kaja Kallas" in [r[0] for r in rows]


def test_failed_export_leaves_the_old_file_and_no_temporary_files(drafted, tmp_path,
                                                                  monkeypatch):
    path = tmp_path / "brief.docx"
    path.write_bytes(b"the previous export")

    def broken(self, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", broken)
    with pytest.raises(ExportError, match=r"Cannot write brief\.docx: No space left on device"):
        export_brief(drafted, path)
    monkeypatch.undo()

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", disk_full)
    with pytest.raises(ExportError, match="No space left on device"):
        export_brief(drafted, path)
    assert path.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files anyway")
def test_read_only_target_is_a_clear_error(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    path.write_bytes(b"old")
    path.chmod(0o444)
    with pytest.raises(ExportError, match="read-only"):
        export_brief(drafted, path)


def test_a_target_locked_by_another_program_is_a_clear_error(drafted, tmp_path, monkeypatch):
    path = tmp_path / "brief.docx"
    path.write_bytes(b"open in Word")

    def locked(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(export.os, "replace", locked)
    with pytest.raises(ExportError, match="open in another program or not writable"):
        export_brief(drafted, path)
    assert path.read_bytes() == b"open in Word"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.docx"]


def test_unwritable_targets_are_clear_errors(drafted, tmp_path):
    (tmp_path / ".~lock.open.docx#").write_text("someone,host,01.01.2026")
    with pytest.raises(ExportError, match="open in another program"):
        export_brief(drafted, tmp_path / "open.docx")
    with pytest.raises(ExportError, match=r"folder .* does not exist"):
        export_brief(drafted, tmp_path / "missing" / "brief.docx")
    with pytest.raises(ExportError, match=r"\.docx extension"):
        export_brief(drafted, tmp_path / "brief.pdf")
    (tmp_path / "folder.docx").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        export_brief(drafted, tmp_path / "folder.docx")


def test_default_template_is_the_generated_one():
    document = docx.Document(str(export.default_template()))
    assert document.paragraphs == []
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x1F, 0x3A, 0x5F)
    assert abs(document.sections[0].page_width - Cm(21)) < Cm(0.01)


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_text(docx_path, tmp_path) -> str:
    if soffice() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("soffice is missing in CI")
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / (docx_path.stem + ".pdf")
    result = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                            timeout=60)
    return re.sub(r"\s+", " ", result.stdout.decode())


@pytest.mark.soffice
def test_pdf_holds_title_quotes_and_footnotes(drafted, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(drafted, path)
    text = pdf_text(path, tmp_path)
    assert "Security guarantees for Ukraine" in text
    assert "“We must be ready to act alone, and we will be.”" in text
    assert "— Kaja Kallas, EU foreign policy chief, European Union" in text
    assert "Arnold described detailed operational planning as “impossible”" in text
    assert ("Jane Reporter, “Europe Weighs Security Guarantees for Ukraine,” Example Times, "
            "September 4, 2025") in text
    assert "“Brussels Prepares Its Own Plan,” EU Wire, September 8, 2025" in text
    assert "OFFICIAL" in text
