"""A source's outlet, author, title and date, from wherever they can be had.

Each format's loader reads what its container declares (web page metadata,
PDF and Word document properties, Markdown front matter); this module judges
those values and reads what the article's own text says at its top: a byline
("By Jane Roe"), a wire dateline ("WASHINGTON (Reuters) -") and a date line
("Published October 31, 2016"). Dates come out as ISO YYYY-MM-DD.

The author rule: a document property is taken as the author only if it reads
as a byline: each name two to five words, every word capitalised (name
particles such as "de", "van", "bin" aside), no digits, no "@", "_", "\\" or
"/", and not a name programs put there themselves ("python-docx",
"Microsoft Office User"; `resources/lexicons/source_meta.json`). So a Word
user name ("jroe", "Jane", "CORP\\jroe", "Administrator") is never an author,
while "Jane Roe" or "Jane Roe and John Doe" is; a byline in the text wins over
any property.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from urllib.parse import urlsplit

from briefer.core.paths import resources_dir

# How far into a text its byline, dateline and date line are looked for.
HEAD_LINES = 12
EARLIEST_YEAR = 1900

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE_LINE = re.compile(
    r"^(?:(?:published|posted|updated|last updated|first published|date)(?:\s+on)?:?\s+)?"
    + _WEEKDAY + r"(?P<date>.{6,40}?)"
    r"(?:\s*(?:,|at|\||-|–|—)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^by\s+(?P<names>.{3,200})$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]+){0,2}\s*\((?P<agency>[^()]{2,40})\)\s*[-—–]"
)
# A dateline before a paragraph: "WASHINGTON (Reuters) - ", "PARIS — ", "RENO, Nev. (AP) — ".
_DATELINE_PREFIX = re.compile(
    r"^[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+){0,2}"
    r"(?:\s*(?P<agency>\([^()]{2,40}\))\s*[-—–]|\s*[—–])\s+"
)
# Longer than a headline: a line this long is the story's first paragraph.
PARAGRAPH_MIN_CHARS = 90
_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\s+and\s+|&|,|;)\s*", re.IGNORECASE)
_BYLINE_TAIL = re.compile(r"\s*(?:\||\s[-–—]\s|,)\s*")
_NAME_PARTICLES = {"de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von",
                   "bin", "bint", "al", "ibn", "y", "dos", "das", "ter", "ten", "st."}
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]?\.|[A-ZÀ-ÖØ-Þ][\w'’.-]*)$")
_NOT_IN_NAMES = re.compile(r"[\d@_\\/:<>|]")
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@")
_PLACEHOLDER_TITLE = re.compile(
    # "Word Document": python-docx's own default when a file's core properties are not
    # found (LibreOffice writes their relationship type in lower case).
    r"^(untitled(?: document)?(?: ?\d+)?|(?:word )?document ?\d*|microsoft word - .*"
    r"|.*\.(docx?|pdf|rtf|odt|txt|html?|md))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TextMetadata:
    """What an article's first lines say about it; "" where they say nothing."""

    author: str = ""
    outlet: str = ""
    published: str = ""


@cache
def _lexicon() -> dict:
    path = resources_dir() / "lexicons" / "source_meta.json"
    return json.loads(path.read_text(encoding="utf-8"))


def byline_author(value: object) -> str:
    """`value` (a property or a byline without "By") if it reads as people's names, else ""."""
    if not isinstance(value, str):
        return ""
    value = " ".join(value.split())
    value = re.sub(r"^by\s+", "", value, flags=re.IGNORECASE)
    if not value or len(value) > 200 or _NOT_IN_NAMES.search(value):
        return ""
    if value.casefold() in _placeholder_authors():
        return ""
    names = [name for name in _NAME_SPLIT.split(value) if name]
    if not names or not all(_is_person_name(name) for name in names):
        return ""
    # Bylines are often set in capitals ("JANE ROE"); the brief names people in title case.
    names = [name.title() if name.isupper() else name for name in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _placeholder_authors() -> frozenset[str]:
    return frozenset(word.casefold() for word in _lexicon()["placeholder_authors"])


def _is_person_name(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or name.casefold() in _placeholder_authors():
        return False
    if name.isupper() and len(name) > 3:
        words = name.title().split()
    named = [w for w in words if w.casefold() not in _NAME_PARTICLES]
    return len(named) >= 2 and all(_NAME_WORD.match(w) for w in named)


def iso_date(value: object) -> str:
    """The first real calendar date in `value` as YYYY-MM-DD, or ""."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat() if _plausible(value) else ""
    if not isinstance(value, str):
        return ""
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(value[:500]):
            month = match.group("month")
            number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
            try:
                found = date(int(match.group("year")), number, int(match.group("day")))
            except ValueError:
                continue
            if _plausible(found):
                return found.isoformat()
    return ""


def _plausible(day: date) -> bool:
    """Not before 1900 and not after tomorrow (a time zone ahead)."""
    return day.year >= EARLIEST_YEAR and day <= date.today() + timedelta(days=1)


def text_metadata(text: str) -> TextMetadata:
    """The byline, wire dateline and date line among the text's first lines."""
    author = outlet = published = ""
    for line in _head_lines(text):
        byline = _BYLINE.match(line)
        if byline and not author:
            author, tail_outlet, tail_date = _read_byline(byline.group("names"))
            outlet = outlet or tail_outlet
            published = published or tail_date
            continue
        if not published and _is_date_line(line):
            published = iso_date(line)
            continue
        dateline = _DATELINE.match(line)
        if dateline and not outlet:
            outlet = _agency(dateline.group("agency"))
    return TextMetadata(author=author, outlet=outlet, published=published)


def is_metadata_line(line: str) -> bool:
    """Whether a line is a byline or a date line, which never makes a title."""
    line = " ".join(line.split())
    return bool(_BYLINE.match(line) and byline_author(line)) or _is_date_line(line)


def without_dateline(line: str) -> str:
    """A paragraph without the dateline it opens with, if any.

    "CITY (Agency) -" is always a dateline; "CITY —" only opens a paragraph, as a
    headline such as "NATO — what next?" can open the same way.
    """
    match = _DATELINE_PREFIX.match(line)
    if match and (match.group("agency") or len(line) > PARAGRAPH_MIN_CHARS):
        return line[match.end():]
    return line


def _head_lines(text: str) -> list[str]:
    lines = []
    for line in text[:20_000].split("\n"):
        line = " ".join(line.split())
        if line:
            lines.append(line)
            if len(lines) == HEAD_LINES:
                break
    return lines


def _is_date_line(line: str) -> bool:
    """A line that is a date and nothing more, but for "Published", a weekday and a time."""
    match = _DATE_LINE.match(line) if len(line) <= 80 else None
    if not match:
        return False
    day = match.group("date").strip(" ,.")
    return any(p.fullmatch(day) for p in _DATE_PATTERNS) and bool(iso_date(day))


def _read_byline(names: str) -> tuple[str, str, str]:
    """A byline's author, and the outlet and date that may follow the names."""
    published = ""
    for pattern in _DATE_PATTERNS:
        match = pattern.search(names)
        if match:
            published = iso_date(match.group(0))
            names = (names[:match.start()] + names[match.end():]).strip(" ,|-–—")
            names = re.sub(r"\b(?:published|updated|posted)\b\s*(?:on)?\s*$", "", names,
                           flags=re.IGNORECASE).strip(" ,|-–—")
            break
    head, *tail = _BYLINE_TAIL.split(names, maxsplit=1)
    author = byline_author(names) or byline_author(head)
    outlet = ""
    if tail and not byline_author(names):
        outlet = _outlet_in_byline(tail[0])
    return author, outlet, published


def _outlet_in_byline(tail: str) -> str:
    tail = tail.strip(" .")
    agency = _agency(tail)
    if agency:
        return agency
    words = tail.split()
    roles = {word.casefold() for word in _lexicon()["byline_roles"]}
    if (tail.startswith("The ") and 2 <= len(words) <= 5
            and not any(word.casefold() in roles for word in words)):
        return tail
    return ""


def _agency(name: str) -> str:
    agencies = _lexicon()["agencies"]
    return agencies.get(name.strip(), "")


def is_placeholder_title(title: str) -> bool:
    """A title a program or a file name gave ("Document1", "report.docx", "Untitled")."""
    return bool(_PLACEHOLDER_TITLE.match(" ".join(title.split())))


def outlet_from_url(url: str) -> str:
    """The site a web address belongs to, by host name ("www.politico.com" -> "politico.com")."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    if not host or ":" in host or host.replace(".", "").isdigit() or "." not in host:
        return ""
    for prefix in ("www.", "m.", "amp.", "mobile."):
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    return host


def public_url(url: str) -> str:
    """`url` without any user name or password in it, so that none is ever stored or shown."""
    return _USERINFO.sub(r"\1", url)
