"""Plain-text import: encodings, exact text, bad files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from briefer.core.errors import ImportError_
from briefer.ingest import load_file
from briefer.ingest.files import MAX_FILE_BYTES, TITLE_MAX_CHARS

ARTICLE = (
    "The minister said: “We will not give in.”\n"
    "It cost €5 million — a record, said Zoë Müller.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding, prefix",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("cp1252", b""),
    ],
)
def test_common_encodings_decode_to_the_same_text(tmp_path, encoding, prefix):
    path = write(tmp_path, "article.txt", prefix + ARTICLE.encode(encoding))
    article = load_file(path)
    assert article.text == ARTICLE
    assert article.title == "The minister said: “We will not give in.”"
    assert article.source_path == str(path.resolve())


def test_cp1252_curly_quotes_and_euro_sign(tmp_path):
    path = write(tmp_path, "quotes.txt", b"He said \x93No\x94 and paid \x805.")
    assert load_file(path).text == "He said “No” and paid €5."


def test_latin1_text(tmp_path):
    text = "Le ministre a dit : « Nous ne céderons pas. » Über Ärger, naïve façade, ½ £ ©.\n"
    assert load_file(write(tmp_path, "latin.txt", text.encode("latin-1"))).text == text


def test_latin1_with_a_byte_cp1252_leaves_undefined(tmp_path):
    # 0x81 has no meaning in cp1252, so this file can only be Latin-1.
    text = "Über Ärger, naïve façade. " * 10 + "\x81"
    assert load_file(write(tmp_path, "latin.txt", text.encode("latin-1"))).text == text


def test_cyrillic_windows_1251(tmp_path):
    text = "Министр заявил, что переговоры продолжатся на следующей неделе в Москве."
    assert load_file(write(tmp_path, "ru.txt", text.encode("cp1251"))).text == text


def test_text_is_kept_exactly_so_offsets_hold(tmp_path):
    raw = "  Title line  \r\n\r\n\tIndented “quote” -- 'single'\r\nlast line without newline"
    article = load_file(write(tmp_path, "exact.txt", raw.encode("utf-8")))
    assert article.text == raw
    start = raw.index("“quote”")
    assert article.text[start:start + 7] == "“quote”"
    assert article.title == "Title line"


def test_long_first_line_gives_a_trimmed_title(tmp_path):
    raw = "word " * 100
    title = load_file(write(tmp_path, "long.txt", raw.encode())).title
    assert title == " ".join(["word"] * 18) + "…"
    assert len(title) <= TITLE_MAX_CHARS


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the file is empty"),
        (b"  \n\t\r\n ", "contains no text"),
        (bytes(range(256)) * 20, "a binary file"),
        (b"text\x00with\x00nuls\x00\x00\x00\x00\x00", "a binary file"),
        (b"\x01\x02\x03\x04 mostly control characters \x05\x06\x07\x08\x0e", "a binary file"),
    ],
)
def test_bad_text_files_get_a_clear_error(tmp_path, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ImportError_, match=message) as caught:
        load_file(path)
    assert str(caught.value).startswith("bad.txt: ")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportError_, match=r"missing.txt: no such file"):
        load_file(tmp_path / "missing.txt")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(ImportError_, match=r"folder.txt: is a folder"):
        load_file(folder)


def test_file_over_20_mb_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportError_, match=r"huge.txt: too large \(20.0 MB; the limit is 20 MB\)"):
        load_file(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"private")
    path.chmod(0)
    with pytest.raises(ImportError_, match=r"secret.txt: permission denied"):
        load_file(path)


def test_unreadable_file_as_any_user(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", b"private")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ImportError_, match=r"secret.txt: permission denied"):
        load_file(path)


def test_fifo_is_not_read(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(ImportError_, match=r"pipe.txt: is not a regular file"):
        load_file(path)


def test_unknown_suffix_with_text_imports_as_text(tmp_path):
    for name in ("notes", "article.log", "story.eml"):
        assert load_file(write(tmp_path, name, ARTICLE.encode("cp1252"))).text == ARTICLE


def test_unknown_suffix_with_web_page_imports_as_html(tmp_path):
    page = b"<!DOCTYPE html><html><body><p>The summit ended without an agreement.</p></body></html>"
    article = load_file(write(tmp_path, "saved_page", page))
    assert article.text == "The summit ended without an agreement."


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("blob.bin", bytes(range(256)) * 4, "a binary file"),
        ("old.dat", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "old Word"),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}", "an RTF file"),
    ],
)
def test_unknown_suffix_with_other_content_is_refused(tmp_path, name, data, message):
    with pytest.raises(ImportError_, match=message):
        load_file(write(tmp_path, name, data))


def test_database_is_not_an_article(tmp_path):
    path = tmp_path / "data.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    with pytest.raises(ImportError_, match=r"data.db: a database, not an article"):
        load_file(path)


def test_mojibake_in_a_file_is_repaired_and_nothing_else_changes(tmp_path: Path):
    # A story whose UTF-8 was once read as Windows-1252 and saved again as UTF-8
    # (seen on a real New York Times text): the names read right after import.
    source = tmp_path / "story.txt"
    source.write_text(
        "French President FranÃ§ois Hollande spoke in Paris.\n\n"
        "“We are at war,” he said — and the café was closed.\n",
        encoding="utf-8",
    )
    article = load_file(source)
    assert article.text == (
        "French President François Hollande spoke in Paris.\n\n"
        "“We are at war,” he said — and the café was closed.\n"
    )


def test_markup_left_in_a_text_file_is_no_part_of_the_article(tmp_path: Path):
    # A corpus of real 2016 articles keeps embedded tweets as <tweet ...> elements,
    # which the reader showed raw.
    path = tmp_path / "story.txt"
    path.write_text(
        "Senator answers critics\n\n"
        "The senator replied on Twitter:\n\n"
        '<tweet tweet-id="773113752271060992">\n'
        "We will not back down. <a href=\"https://t.co/x\">t.co/x</a>\n"
        "</tweet>\n"
        "<tweet/>\n"
        "A <Name> placeholder and 3 < 4 > 2 stay, as does a <b>bold</b> word.\n",
        encoding="utf-8")
    text = load_file(path).text
    assert "tweet" not in text and "href" not in text and "<b>" not in text
    assert "We will not back down. t.co/x\n" in text
    assert "A <Name> placeholder and 3 < 4 > 2 stay, as does a bold word." in text
    assert "replied on Twitter:\n\nWe will" in text
