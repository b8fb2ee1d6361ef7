"""The exported brief of a three-outlet story: notes, voices, lengths as LibreOffice lays it out."""

import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from lxml import etree

from briefer.core.draft import draft_brief
from briefer.export.docx import export_brief

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def footnotes(path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    return ["".join(t.text or "" for t in n.iter(W + "t")).strip()
            for n in root.iter(W + "footnote") if n.get(W + "type") is None]


def all_text(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return " ".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                        if n.endswith(".xml") or n.endswith(".rels"))


@pytest.fixture
def exported(story, tmp_path):
    draft_brief(story, "full")
    path = tmp_path / "story.docx"
    export_brief(story, path)
    return path


def test_first_short_and_ibid_notes_exactly(exported):
    notes = footnotes(exported)
    # The lead fact, told by two outlets in other words, is one item citing both in full.
    assert notes[0] == ("Maria Lopez, “Ministers Agree Water-Sharing Pact for the Danube Basin,” "
                        "Wire One, March 2, 2026, https://wireone.example/pact; “Danube States "
                        "Sign Drought Pact,” River Post, March 3, 2026, "
                        "https://riverpost.example/drought-pact.")
    assert "Lopez, “Ministers Agree Water-Sharing Pact.”" in notes
    assert "“Farm Lobby Wary of Pact,” March 4, 2026." in notes
    assert "Ibid." in notes
    assert notes[0] != "Ibid." and len([n for n in notes if "Wire One," in n]) == 1


def test_the_syndicated_quote_is_one_item_citing_both_outlets(exported):
    document = docx.Document(str(exported))
    quoted = [p.text for p in document.paragraphs if "no country will face" in p.text]
    assert quoted == ["“This pact means that no country will face a dry summer alone.”"]
    joint = [n for n in footnotes(exported) if n.startswith("Lopez") and "River Post" in n]
    # Both sources were cited in full earlier: short forms, separated by a semicolon.
    assert joint == ["Lopez, “Ministers Agree Water-Sharing Pact”; River Post, “Danube States "
                     "Sign Drought Pact.”"]


def test_voices_are_grouped_and_nothing_rejected_or_file_named(exported):
    paragraphs = [p.text for p in docx.Document(str(exported)).paragraphs]
    for label in ("Government and officials", "Politicians and parties",
                  "Organisations and advocacy groups", "Companies and markets", "Media",
                  "Unnamed sources"):
        assert label in paragraphs
    body = "\n".join(paragraphs)
    assert "One EU diplomat said that the deal had been close to collapse" in body
    assert "The River Post reported that farmers" in body
    assert "Paul Haines, senator, said that the agreement “leaves too many questions " \
           "unanswered” about farm subsidies" in body
    assert "irrigation quotas" not in body  # the rejected quote
    everything = all_text(exported)
    for name in ("farm_lobby_notes", "wire_one_0302", ".txt", ".html", "secret@"):
        assert name not in everything


def soffice_pages(path, tmp_path) -> int:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or shutil.which("pdfinfo") is None:
        pytest.skip("LibreOffice (soffice) and pdfinfo are needed to count pages")
    profile = tmp_path / "lo-profile"
    subprocess.run([office, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    info = subprocess.run(["pdfinfo", str(tmp_path / (path.stem + ".pdf"))], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


@pytest.mark.soffice
@pytest.mark.parametrize(("length", "pages"), [("one", 1), ("two", 2)])
def test_the_page_count_is_within_the_length(story, tmp_path, length, pages):
    # Pad the story so that the length, not the material, limits the brief.
    from briefer.core.records import Article

    extra = " ".join(
        f"Officials in basin state {n} reported that reservoir levels fell by {n + 3} percent "
        f"over {n + 2} weeks of drought this spring." for n in range(40))
    story.add_article(Article(text="Basin states report\n" + extra + "\n",
                              title="Basin states report", outlet="Gazette",
                              published="2026-03-05"))
    draft_brief(story, length)
    path = tmp_path / f"{length}.docx"
    export_brief(story, path)
    assert soffice_pages(path, tmp_path) <= pages


def large_print_template(tmp_path, points: int = 14):
    """The shipped template with a larger body font, as a user's house template might have."""
    from docx.shared import Pt

    from briefer.core.paths import resources_dir

    document = docx.Document(str(resources_dir() / "templates" / "default.docx"))
    document.styles["Normal"].font.size = Pt(points)
    path = tmp_path / f"house-{points}pt.docx"
    document.save(str(path))
    return path


def test_a_template_with_a_larger_font_is_measured_not_assumed(tmp_path):
    from briefer.core.fit import DEFAULT_MEASURE, template_measure

    shipped = template_measure(str(tmp_path / "missing.docx"))
    assert shipped == DEFAULT_MEASURE
    large = template_measure(str(large_print_template(tmp_path, 14)))
    assert large.line_chars == pytest.approx(DEFAULT_MEASURE.line_chars * 11 / 14)
    assert large.page_lines == pytest.approx(DEFAULT_MEASURE.page_lines * 11 / 14)


def _padded(story):
    from briefer.core.records import Article

    extra = " ".join(
        f"Officials in basin state {n} reported that reservoir levels fell by {n + 3} percent "
        f"over {n + 2} weeks of drought this spring." for n in range(40))
    story.add_article(Article(text="Basin states report\n" + extra + "\n",
                              title="Basin states report", outlet="Gazette",
                              published="2026-03-05"))


@pytest.mark.soffice
def test_two_pages_on_a_house_template_with_a_larger_font(story, tmp_path):
    from briefer.core import brief

    _padded(story)
    template = str(large_print_template(tmp_path, 14))
    brief.set_docx_template(story, template)  # the brief's own template: the draft fits it
    draft_brief(story, "two")
    path = tmp_path / "house-two.docx"
    export_brief(story, path, template=template)
    assert soffice_pages(path, tmp_path) <= 2


def test_an_unreadable_template_is_measured_as_the_shipped_one(tmp_path):
    from briefer.core.fit import DEFAULT_MEASURE, template_measure

    not_a_zip = tmp_path / "notes.docx"
    not_a_zip.write_text("not a Word file")
    empty = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    hostile = tmp_path / "hostile.docx"
    with zipfile.ZipFile(hostile, "w") as archive:
        archive.writestr("word/styles.xml", '<w:sz w:val="0"/>' * 1000)
        archive.writestr("word/document.xml", "<w:sectPr>" * 1000)
    for path in (not_a_zip, empty, hostile, tmp_path / "missing.docx"):
        assert template_measure(str(path)) == DEFAULT_MEASURE
