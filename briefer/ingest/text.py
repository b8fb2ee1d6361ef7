"""Plain-text and Markdown articles, in whatever encoding they were saved.

A `.txt` article's text is the file's content exactly as decoded (only a byte
order mark is dropped), because every offset the analysis produces indexes
into it. Markdown is different: its markup is not prose, so a `.md` file is
converted to plain text (one paragraph a line) and that text is the article.
"""

from __future__ import annotations

import codecs
import re
import string
from datetime import date

import charset_normalizer

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import (
    join_paragraphs,
    require_text,
    title_from_text,
)

# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Encodings a detector may confuse with Windows-1252; Western text is read as 1252 instead.
_WESTERN_LOOKALIKES = {
    "ascii", "latin_1", "iso8859_15", "cp1252", "cp1250", "iso8859_2", "cp1254", "iso8859_9",
    "cp1257", "iso8859_4", "iso8859_13", "cp1258", "mac_roman", "mac_latin2", "cp850", "cp437",
    "cp858", "hp_roman8", "iso8859_3", "iso8859_10", "iso8859_14", "iso8859_16", "mac_iceland",
    "mac_turkish", "cp1125", "utf_16_be", "utf_16_le", "utf_32_be", "utf_32_le",
}
# Unicode's control characters (category Cc) other than tab, line breaks and form feed.
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, label: str) -> str:
    """Decode a text file's bytes, detecting the encoding; binary content is refused."""
    text = _decode(data, label)
    if _looks_binary(text):
        raise ImportError_(f"{label}: a binary file, not text")
    return text


def _decode(data: bytes, label: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportError_(f"{label}: damaged {encoding.upper()} text") from exc
    if b"\x00" in data:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            raise ImportError_(f"{label}: a binary file, not text")
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportError_(f"{label}: a binary file, not text") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guessed = _non_western_encoding(data)
    if guessed:
        return data.decode(guessed)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte order mark shows as NULs in every other byte of Latin text."""
    if len(data) % 2 or len(data) < 4:
        return None
    even_nuls = data[0::2].count(0) / (len(data) // 2)
    odd_nuls = data[1::2].count(0) / (len(data) // 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _non_western_encoding(data: bytes) -> str | None:
    """A detected encoding for text that is mostly non-ASCII (Cyrillic, Greek, CJK...).

    Western text is mostly ASCII with a few accented letters and curly quotes;
    detectors guess badly between the Latin code pages, so such text is left to
    Windows-1252 and Latin-1.
    """
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = high + len(data) - len(data.translate(None, _ASCII_LETTERS))
    if not letters or high / letters < 0.3:
        return None
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.encoding in _WESTERN_LOOKALIKES:
        return None
    try:
        data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = sum(1 for _ in _CONTROL_CHARACTER.finditer(text))
    return controls > _MAX_CONTROL_SHARE * len(text)


def text_article(data: bytes, label: str, *, url: str = "", source_path: str = "") -> Article:
    """An article whose text is the decoded bytes exactly."""
    text = require_text(decode_text(data, label), label, "contains no text")
    return Article(text=text, title=title_from_text(text), url=url, source_path=source_path)


def markdown_article(
    data: bytes, label: str, *, url: str = "", source_path: str = ""
) -> Article:
    """Markdown converted to plain text; title, author and date from front matter."""
    text, found = markdown_to_text(decode_text(data, label))
    require_text(text, label, "contains no text")
    meta = {key: join_paragraphs([value]) for key, value in found.items()}
    return Article(
        text=text,
        title=meta.get("title") or meta.get("heading") or title_from_text(text),
        author=meta.get("author", ""),
        published=_iso_date(meta.get("date", "")),
        outlet=meta.get("outlet", ""),
        url=url or meta.get("url", ""),
        source_path=source_path,
    )


# -- Markdown ----------------------------------------------------------------

_FRONT_MATTER_KEYS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "by": "author",
    "date": "date",
    "published": "date",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "site": "outlet",
    "url": "url",
    "link": "url",
}
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE_MARKS = re.compile(r"^(?:\s{0,3}>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# Inline spans stop at the next delimiter and are bounded in length, so matching
# stays linear: a hostile line cannot make them backtrack for minutes.
_IMAGE = re.compile(r"!\[[^\[\]]{0,500}\](?:\([^()]{0,2000}\)|\[[^\[\]]{0,200}\])")
_INLINE_LINK = re.compile(
    r"\[([^\[\]]{0,500})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}"
    r"(?:\s+\"[^\"]{0,500}\")?\)"
)
_REFERENCE_LINK = re.compile(r"\[([^\[\]]{1,500})\]\[[^\[\]]{0,200}\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]{1,2000})>")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:[^*_]|[*_](?![*_])){1,500}?)(?<=\S)\1")
_EMPHASIS_STAR = re.compile(r"(?<![*\w])\*(?=\S)([^*]{1,500}?)(?<=\S)\*(?![*\w])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<!\w)_(?=\S)([^_]{1,500}?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)((?:[^~]|~(?!~)){1,500}?)(?<=\S)~~")
_CODE = re.compile(r"(`{1,10})([^`]{1,2000})\1")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>~|])")
_ESCAPE_BASE = 0xF000
_UNESCAPE = {_ESCAPE_BASE + ord(ch): ch for ch in "\\`*_{}[]()#+-.!<>~|"}


def markdown_to_text(source: str) -> tuple[str, dict[str, str]]:
    """Plain text of a Markdown document (one paragraph a line) and its front matter.

    The metadata dict may hold `title`, `author`, `date`, `outlet`, `url` from
    YAML-style front matter and `heading`, the first heading's text.
    """
    lines = source.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta, lines = _front_matter(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    in_fence = False

    def close_paragraph() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    for line in lines:
        if _FENCE.match(line):
            close_paragraph()
            in_fence = not in_fence
            continue
        if in_fence:
            if line.strip():
                paragraphs.append(line.rstrip())
            continue
        line = _QUOTE_MARKS.sub("", line, count=1)
        if not line.strip():
            close_paragraph()
            continue
        if _SETEXT_UNDERLINE.match(line) and current:
            heading = _inline(" ".join(current))
            meta.setdefault("heading", heading)
            current.clear()
            paragraphs.append(heading)
            continue
        if _RULE.match(line) or _LINK_DEFINITION.match(line) or _TABLE_RULE.match(line):
            close_paragraph()
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            close_paragraph()
            text = _inline(heading.group(1) or "")
            if text:
                meta.setdefault("heading", text)
                paragraphs.append(text)
            continue
        if _BULLET.match(line):
            close_paragraph()
            line = _BULLET.sub("", line, count=1)
        if "|" in line and line.strip().startswith("|"):
            close_paragraph()
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            paragraphs.append(" ".join(_inline(cell) for cell in cells if cell))
            continue
        current.append(_inline(line.strip()))
    close_paragraph()
    return join_paragraphs(paragraphs), meta


def _front_matter(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    if not lines or lines[0].strip() != "---":
        return {}, lines
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, lines
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        field = _FRONT_MATTER_KEYS.get(key.strip().lower())
        value = value.strip().strip("\"'").strip()
        if sep and field and value and field not in meta:
            meta[field] = value
    return meta, lines[end + 1:]


def _inline(text: str) -> str:
    """Inline markup removed; each pass runs only when its delimiter occurs at all.

    Backslash-escaped characters are set aside first (as private-use characters)
    so that no markup pass mistakes them for delimiters.
    """
    escaped = "\\" in text
    if escaped:
        text = _ESCAPE.sub(lambda match: chr(_ESCAPE_BASE + ord(match.group(1))), text)
    if "[" in text:
        text = _IMAGE.sub("", text)
        text = _INLINE_LINK.sub(r"\1", text)
        text = _REFERENCE_LINK.sub(r"\1", text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
        text = _HTML_TAG.sub("", text)
    if "`" in text:
        text = _CODE.sub(r"\2", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS_STAR.sub(r"\1", text)
        text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if escaped:
        text = text.translate(_UNESCAPE)
    return text


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: str) -> str:
    """A front-matter date as YYYY-MM-DD, or "" when it is not a real date."""
    match = _DATE.search(value)
    if not match:
        return ""
    try:
        return date.fromisoformat(match.group(0)).isoformat()
    except ValueError:
        return ""
