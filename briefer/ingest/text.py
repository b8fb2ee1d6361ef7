"""Plain-text and Markdown articles, in whatever encoding they were saved.

A `.txt` article's text is the file's content as decoded (a byte order mark,
mojibake and stray markup tags aside: `files.require_text`,
`files.without_stray_markup`), and every offset the analysis produces indexes
into that text. Markdown is different: its markup is not prose, so a `.md` file
is converted to plain text (one paragraph a line) and that text is the article.
"""

from __future__ import annotations

import codecs
import re
import string

import charset_normalizer

from briefer.core.errors import ImportError_
from briefer.core.records import Article
from briefer.ingest.files import (
    join_paragraphs,
    require_text,
    title_from_text,
    without_stray_markup,
)
from briefer.ingest.source_meta import iso_date, text_metadata

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
# A short text may carry a few stray controls (a NEL pasted from a PDF) and still be text.
_MIN_CONTROLS = 8


def decode_text(
    data: bytes, label: str, encoding: str = "", notes: list[str] | None = None
) -> str:
    """Decode a text file's bytes; binary content is refused.

    A byte order mark decides first, then `encoding` (the charset a web server
    declared), then detection. UTF-8 with a few bytes that are not UTF-8 (a
    Windows-1252 "é" pasted into a UTF-8 file) keeps its UTF-8 and only those
    bytes are read as Windows-1252; each repaired line is added to `notes`.
    """
    text = _decode(data, label, _known_codec(encoding), notes)
    if _looks_binary(text):
        raise ImportError_(f"{label}: a binary file, not text")
    return text


def _known_codec(encoding: str) -> str:
    """The Python codec for a declared charset name, or "" for a name no codec has.

    ISO-8859-1 and ASCII are read as Windows-1252, as browsers do: servers
    declare them for text that holds 1252's curly quotes and dashes.
    """
    if not encoding.strip():
        return ""
    try:
        codec = codecs.lookup(encoding.strip())
    except LookupError:
        return ""
    if not getattr(codec, "_is_text_encoding", True):
        # "zlib", "base64", "rot13": codecs Python has that are not character sets.
        return ""
    return "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name


def _decode(data: bytes, label: str, declared: str, notes: list[str] | None) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportError_(f"{label}: damaged {encoding.upper()} text") from exc
    if declared == "cp1252":
        return _cp1252(data)
    if declared and declared != "utf-8":
        return data.decode(declared, errors="replace")
    if b"\x00" in data and not declared:
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
    if declared or _mostly_utf8(data):
        return _utf8_repaired(data, label, notes)
    guessed = _non_western_encoding(data)
    if guessed:
        return data.decode(guessed)
    return _cp1252(data)


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _mostly_utf8(data: bytes) -> bool:
    """Whether characters UTF-8 encodes in several bytes outnumber the bytes that are not UTF-8.

    A file saved as Windows-1252 has almost no valid multi-byte sequence; a
    UTF-8 file with a stray byte has many and one or two bad bytes.
    """
    decoded = data.decode("utf-8", errors="replace")
    replaced = decoded.count("\ufffd")
    bad = replaced - data.decode("utf-8", errors="ignore").count("\ufffd")
    non_ascii = len(decoded) - len(decoded.encode("ascii", errors="ignore"))
    return non_ascii - replaced > bad


def _utf8_repaired(data: bytes, label: str, notes: list[str] | None) -> str:
    """UTF-8 decoded line by line; in a line that is not valid UTF-8 only the bad bytes are
    read as Windows-1252 (Latin-1 for the five bytes 1252 leaves undefined)."""
    lines = data.split(b"\n")
    repaired: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            repaired.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        text = line.decode("utf-8", errors=_REPAIR_ERRORS)
        repaired.append(text)
        if notes is not None:
            notes.append(f"{label}: line {number} is not all UTF-8; its stray bytes were read "
                         f"as Windows-1252")
    return "\n".join(repaired)


def _read_bad_bytes_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    bad = error.object[error.start:error.end]
    return _cp1252(bad), error.end


_REPAIR_ERRORS = "briefer-cp1252-repair"
codecs.register_error(_REPAIR_ERRORS, _read_bad_bytes_as_cp1252)


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
    return controls > max(_MIN_CONTROLS, _MAX_CONTROL_SHARE * len(text))


def text_article(
    data: bytes,
    label: str,
    *,
    url: str = "",
    source_path: str = "",
    encoding: str = "",
    notes: list[str] | None = None,
) -> Article:
    """An article whose text is the decoded bytes exactly; byline and date from its top lines."""
    text = require_text(without_stray_markup(decode_text(data, label, encoding, notes)),
                        label, "contains no text")
    found = text_metadata(text)
    return Article(
        text=text,
        title=title_from_text(text),
        outlet=found.outlet,
        author=found.author,
        published=found.published,
        url=url,
        source_path=source_path,
    )


def markdown_article(
    data: bytes,
    label: str,
    *,
    url: str = "",
    source_path: str = "",
    encoding: str = "",
    notes: list[str] | None = None,
) -> Article:
    """Markdown converted to plain text; title, author and date from front matter or byline."""
    text, found = markdown_to_text(decode_text(data, label, encoding, notes))
    require_text(text, label, "contains no text")
    meta = {key: join_paragraphs([value]) for key, value in found.items()}
    in_text = text_metadata(text)
    return Article(
        text=text,
        title=meta.get("title") or meta.get("heading") or title_from_text(text),
        author=meta.get("author") or in_text.author,
        published=iso_date(meta.get("date", "")) or in_text.published,
        outlet=meta.get("outlet") or in_text.outlet,
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
# No two `\s*` meet without a mark between them, so a long indent costs linear time.
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$")
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
