"""Issue 10: every source carries outlet, author, title, date and URL where they can be had.

Realistic samples of each kind of source: a wire story saved as text, a web
page with full metadata, Word and PDF files whose properties are real or are
a program's defaults, and a download from a site that names itself only by
its host.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import docx
import pytest

from briefer.ingest import load_file, load_url
from briefer.ingest.source_meta import (
    byline_author,
    is_placeholder_title,
    iso_date,
    outlet_from_url,
    public_url,
    text_metadata,
)

WIRE_STORY = """\
FBI reviewing new emails tied to Clinton probe
By Mark Hosenball and Julia Edwards Ainsley, Reuters
Published October 31, 2016 at 5:14 p.m. EDT

WASHINGTON (Reuters) - The FBI is reviewing newly discovered emails related to \
Hillary Clinton's use of a private server, FBI Director James Comey told lawmakers on Friday.
"In connection with an unrelated case, the FBI has learned of the existence of emails that \
appear to be pertinent to the investigation," Comey wrote in a letter to Congress.
"""

BYLINE_FIRST = """\
By JANE ROE
Oct. 30, 2016

Senators demand answers on the timing of the FBI letter
Democratic senators on Sunday pressed the FBI director to explain his letter.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_wire_story_in_plain_text(tmp_path):
    article = load_file(_write(tmp_path, "reuters_2016-10-31_fbi-reviewing.txt", WIRE_STORY))
    assert article.title == "FBI reviewing new emails tied to Clinton probe"
    assert article.author == "Mark Hosenball and Julia Edwards Ainsley"
    assert article.outlet == "Reuters"
    assert article.published == "2016-10-31"
    assert article.text == WIRE_STORY


def test_byline_and_date_above_the_headline_are_not_the_title(tmp_path):
    article = load_file(_write(tmp_path, "senate-letter.txt", BYLINE_FIRST))
    assert article.title == "Senators demand answers on the timing of the FBI letter"
    assert article.author == "Jane Roe"
    assert article.published == "2016-10-30"
    assert article.outlet == ""


def test_dateline_without_a_byline(tmp_path):
    text = ("Clinton campaign calls on FBI to release details\n"
            "NEW YORK (AP) — Hillary Clinton's campaign chairman said on Saturday that the "
            "FBI letter was long on innuendo and short on facts.\n")
    article = load_file(_write(tmp_path, "ap.txt", text))
    assert article.outlet == "Associated Press"
    assert article.author == ""


@pytest.mark.parametrize(
    "first_line, title",
    [
        ("WASHINGTON (Reuters) - The Pentagon's Cyber Command carried out operations.",
         "The Pentagon's Cyber Command carried out operations."),
        ("RENO, Nev. (AP) — Donald Trump says he doesn't watch football much anymore.",
         "Donald Trump says he doesn't watch football much anymore."),
        ("PARIS — Leaders of the G7 met on Friday to agree new sanctions on Russian oil "
         "shippers. The talks ran late.", "Leaders of the G7 met on Friday to agree new "
                                          "sanctions on Russian oil shippers."),
        ("NATO — what next?", "NATO — what next?"),
        ("U.S. officially condemns Russia over hacking", "U.S. officially condemns Russia over "
                                                         "hacking"),
        ("NATO - what next?", "NATO - what next?"),
    ],
)
def test_a_dateline_is_not_part_of_the_title(tmp_path, first_line, title):
    path = _write(tmp_path, "story.txt", first_line + "\nSecond paragraph of the story.\n")
    assert load_file(path).title == title


def test_web_page_metadata(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>Justice Department pledges to move quickly on Clinton probe - POLITICO</title>"
        "<meta property='og:title' content='Justice Department pledges to move quickly'>"
        "<meta property='og:site_name' content='POLITICO'>"
        "<meta name='author' content='Josh Gerstein'>"
        "<meta property='article:published_time' content='2016-10-31T18:03:00-04:00'>"
        "<link rel='canonical' href='https://www.politico.com/story/2016/10/doj-clinton'>"
        "</head><body><article><h1>Justice Department pledges to move quickly</h1>"
        "<p>The Justice Department told Congress on Monday it would work with the FBI to "
        "review the newly discovered emails as quickly as possible.</p>"
        "<p>“We assure you that the department will continue to dedicate all necessary "
        "resources,” Assistant Attorney General Peter Kadzik wrote.</p></article></body></html>"
    )
    path = tmp_path / "politico-saved.html"
    path.write_text(page, encoding="utf-8")
    article = load_file(path)
    assert article.title == "Justice Department pledges to move quickly"
    assert article.outlet == "POLITICO"
    assert article.author == "Josh Gerstein"
    assert article.published == "2016-10-31"
    assert article.url == "https://www.politico.com/story/2016/10/doj-clinton"


def _word(tmp_path: Path, name: str, *, title: str = "", author: str = "",
          created: datetime | None = None, lines: tuple[str, ...] = ()) -> Path:
    document = docx.Document()
    for line in lines or ("Comey letter stirs anger in Congress",
                          "Lawmakers from both parties asked the FBI on Saturday to say more "
                          "about the emails it is reviewing."):
        document.add_paragraph(line)
    document.core_properties.title = title
    document.core_properties.author = author
    if created is not None:
        document.core_properties.created = created
    path = tmp_path / name
    document.save(path)
    return path


@pytest.mark.parametrize(
    "author, kept",
    [
        ("python-docx", ""),
        ("Microsoft Office User", ""),
        ("jroe", ""),
        ("Jane", ""),
        ("CORP\\jroe", ""),
        ("jane.roe@courier.example", ""),
        ("Administrator", ""),
        ("Jane Roe", "Jane Roe"),
        ("Maria de la Cruz and Tom Li", "Maria de la Cruz and Tom Li"),
        ("Jane Roe; John Doe", "Jane Roe and John Doe"),
    ],
)
def test_word_author_property_only_when_it_reads_as_a_byline(tmp_path, author, kept):
    assert load_file(_word(tmp_path, "letter.docx", author=author)).author == kept


def test_word_dates_and_placeholder_titles(tmp_path):
    default = load_file(_word(tmp_path, "default.docx", title="Document1"))
    assert default.published == ""  # python-docx's template says 2013-12-23
    assert default.title == "Comey letter stirs anger in Congress"
    dated = load_file(_word(tmp_path, "dated.docx", title="Comey letter stirs anger",
                            created=datetime(2016, 10, 29, 9, 30, tzinfo=UTC)))
    assert dated.published == "2016-10-29"
    assert dated.title == "Comey letter stirs anger"


def test_word_byline_in_the_text_wins_over_the_property(tmp_path):
    path = _word(tmp_path, "byline.docx", author="Jane Roe", lines=(
        "Comey letter stirs anger in Congress", "By Karoun Demirjian",
        "Lawmakers from both parties asked the FBI on Saturday to say more."))
    assert load_file(path).author == "Karoun Demirjian"


def test_pdf_properties(tmp_path, make_pdf):
    lines = ["Comey letter stirs anger in Congress",
             "Lawmakers from both parties asked the FBI on Saturday to say more about the "
             "emails."]
    path = tmp_path / "scan-0042.pdf"
    path.write_bytes(make_pdf([lines], title="Microsoft Word - draft3.docx",
                              author="Administrator", created="D:20161029093000Z"))
    article = load_file(path)
    assert article.title == "Comey letter stirs anger in Congress"
    assert article.author == ""
    assert article.published == "2016-10-29"
    path.write_bytes(make_pdf([lines], title="Comey letter", author="Karoun Demirjian"))
    article = load_file(path)
    assert (article.title, article.author) == ("Comey letter", "Karoun Demirjian")


def test_saved_page_without_a_site_name_takes_its_outlet_from_its_address(tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(
        "<html><head><title>Comey letter</title>"
        "<link rel='canonical' href='https://www.courier.example/2016/10/comey'></head><body>"
        "<article><p>Lawmakers from both parties asked the FBI on Saturday to say more about "
        "the emails it is reviewing, and to say it before the election.</p></article></body>"
        "</html>", encoding="utf-8")
    article = load_file(path)
    assert (article.outlet, article.url) == ("courier.example",
                                             "https://www.courier.example/2016/10/comey")


def test_downloaded_page_takes_its_outlet_from_the_site_name(local_server):
    page = (b"<html><head><title>Comey letter</title>"
            b"<meta property='og:site_name' content='The Courier'></head><body><article>"
            b"<p>Lawmakers from both parties asked the FBI on Saturday to say more about the "
            b"emails it is reviewing, and to say it before the election.</p></article></body>"
            b"</html>")

    def serve(request):
        request.send_response(200)
        request.send_header("Content-Type", "text/html; charset=utf-8")
        request.send_header("Content-Length", str(len(page)))
        request.end_headers()
        request.wfile.write(page)

    article = load_url(local_server.route("/comey", serve))
    assert article.outlet == "The Courier"
    assert article.url == f"{local_server.base}/comey"


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.politico.com/story/2016/10/doj", "politico.com"),
        ("https://edition.cnn.com/2016/10/31/politics", "edition.cnn.com"),
        ("https://m.washingtonpost.com/news", "washingtonpost.com"),
        ("http://127.0.0.1:8080/page", ""),
        ("http://[::1]:8080/page", ""),
    ],
)
def test_outlet_from_the_host_name(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    "value, day",
    [
        ("Published October 31, 2016", "2016-10-31"),
        ("Oct. 31, 2016", "2016-10-31"),
        ("Monday 31 October 2016 18.03 GMT", "2016-10-31"),
        ("2016-10-31T18:03:00-04:00", "2016-10-31"),
        ("Sept 3rd, 2016", "2016-09-03"),
        ("February 30, 2016", ""),
        ("October 2016", ""),
        ("3016-01-01", ""),
    ],
)
def test_dates_are_normalised(value, day):
    assert iso_date(value) == day


def test_a_subhead_that_starts_with_a_date_is_not_the_date_line():
    text = ("What went wrong for Chris Christie\n"
            "Hurdles from years past proved to be insurmountable.\n"
            'Oct. 31, 2012 The Obama "hug."\n')
    assert text_metadata(text).published == ""


def test_text_metadata_reads_only_the_top_of_the_text():
    text = "Headline\n" + "Body line.\n" * 20 + "By Jane Roe\n"
    assert text_metadata(text).author == ""


def test_byline_names():
    assert byline_author("By JANE ROE") == "Jane Roe"
    assert byline_author("Jane Roe, John Doe and Li Wei") == "Jane Roe, John Doe and Li Wei"
    assert byline_author("Staff") == ""


@pytest.mark.parametrize(
    "title, placeholder",
    [("Document1", True), ("Untitled document 3", True), ("Microsoft Word - brief.docx", True),
     ("wash-post_2016-10-09_u-s-officially.txt", True),
     ("Untitled Goose Game sells a million copies", False), ("Documents show FBI doubts", False),
     # python-docx's default title for a LibreOffice .docx whose properties it cannot find
     ("Word Document", True), ("Word documents leak", False)],
)
def test_placeholder_titles(title, placeholder):
    assert is_placeholder_title(title) is placeholder


def test_passwords_are_taken_out_of_addresses():
    assert public_url("https://ed:pw@news.example/a?b=c@d") == "https://news.example/a?b=c@d"
    assert public_url("https://news.example/a@b") == "https://news.example/a@b"
