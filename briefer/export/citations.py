"""Citations the way a policy shop writes them: Chicago notes and bibliography.

The first note for a source is full (Author, “Title,” *Outlet*, Month D, YYYY,
URL.), later notes for it are short (Author or Outlet, “Short Title.”), a note
citing exactly the sources of the note before it is “Ibid.”, and a note for an
item several outlets carried lists them separated by semicolons. The Sources
section is the bibliography in the same style, sorted by its first word.

citeproc-py 0.11 with the CSL Chicago notes styles was tried first and set
aside: it initialised given names ("J. Gerstein"), put the comma after the
closing mark ("Standard”,"), printed an "Edition" word for newspaper articles,
wrote a lower-case "ibid." at the start of a note, and used "ibid." for one
source of a several-source note.

A note is a list of runs (text, italic) so the outlet can be set in italics.
A file name never appears: a source without title, outlet or author is cited
by what it has, or as "Unattributed article".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefer.core.records import Article
from briefer.export.markdown import Run

SHORT_TITLE_WORDS = 4
MAX_TITLE_WORDS = 24
UNNAMED_SOURCE = "Unattributed article"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SMALL_WORDS = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at",
                "by", "in", "of", "off", "on", "per", "to", "up", "via", "with", "from", "into",
                "over", "than", "that", "vs"}
# Words a short title may not end on: it would stop in mid-phrase ("Global sympathy, but very").
_DANGLING_WORDS = _SMALL_WORDS | {"very", "is", "are", "was", "were", "be", "been", "has", "have",
                                  "had", "will", "would", "can", "could", "not", "just", "more"}


def chicago_date(value: str) -> str:
    """An ISO date as "July 5, 2016"; a year-month as "July 2016"; anything else as written."""
    value = value.strip()
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?", value)
    if not match:
        return value
    year, month, day = match.groups()
    try:
        if day:
            parsed = date(int(year), int(month), int(day))
            return f"{_MONTHS[parsed.month - 1]} {parsed.day}, {parsed.year}"
        return f"{_MONTHS[int(month) - 1]} {year}"
    except (ValueError, IndexError):
        return value


def clean_title(title: str) -> str:
    """The headline on one line, its final stop (or stray ; or ,) dropped, an over-long one
    cut at a word."""
    # Double marks inside the title nest as ‘ ’ within the note's “ ”; straight single
    # marks and apostrophes are set typographic (‘radical Islam’, candidates’); the rest
    # is verbatim.
    title = re.sub(r'"([^"]*)"|“([^”]*)”', lambda m: f"‘{m.group(1) or m.group(2)}’",
                   " ".join(title.split()).rstrip(" .,;:"))
    # A stop inside the closing mark ends the title too: "... ‘Makes You Want to Retch.’"
    title = re.sub(r"[.,;:]+([’'])$", r"\1", title)
    title = re.sub(r"(?<=\w)'(?=\w)", "’", title)
    # Quoted words before plural possessives, so that "stirs 'ugliness'" pairs its marks.
    title = re.sub(r"(?<![\w’])'([^']+)'(?![\w])", r"‘\1’", title)
    title = re.sub(r"(?<=\ws)'(?=[\s,;:]|$)", "’", title)
    words = title.split(" ")
    if len(words) > MAX_TITLE_WORDS:
        title = " ".join(words[:MAX_TITLE_WORDS]).rstrip(",;:") + "…"
    return title


# Chicago's headline style sets these in lower case inside a title: articles, coordinating
# conjunctions, prepositions, "to" and "as". Words that mostly read as adverbs in headlines
# ("up", "out", "off", "down") are capitalised like other major words.
_HEADLINE_LOWER = {"a", "an", "the", "and", "but", "or", "nor", "for", "as", "to", "at", "by",
                   "in", "of", "on", "per", "via", "with", "from", "into", "onto", "upon",
                   "about", "above", "across", "after", "against", "among", "around", "before",
                   "behind", "below", "beneath", "beside", "between", "beyond", "during",
                   "except", "inside", "like", "near", "outside", "over", "since", "through",
                   "throughout", "toward", "towards", "under", "until", "within", "without",
                   "vs", "versus"}
_LEADING_MARKS = "‘“\"'([¿¡"


def headline_style(title: str) -> str:
    """A title in Chicago's headline style, as its notes and bibliography set it: the first
    and last words and the first after a colon or question capitalised, every major word
    too, the small words of `_HEADLINE_LOWER` in lower case. Words already holding a capital
    after their first letter (FBI, U.S., McCain, iPhone) are left as written, and so is a
    title set all in capitals."""
    if not any(c.isalpha() and c.islower() for c in title):
        return title
    words = title.split(" ")
    out = []
    opens_part = True
    for index, word in enumerate(words):
        edge = opens_part or index == len(words) - 1
        parts = word.split("-")
        if len(parts) > 1 and len(parts[0].lstrip(_LEADING_MARKS)) == 1:
            parts = [parts[0], "-".join(parts[1:])]  # "e-mail", "X-ray": one word
            out.append(_headline_word(parts[0], edge) + "-" + parts[1])
        else:
            out.append("-".join(_headline_word(part, edge or n > 0)
                                for n, part in enumerate(parts)))
        opens_part = word.endswith((":", "?", "!"))
    return " ".join(out)


def _headline_word(word: str, must_capitalise: bool) -> str:
    lead = len(word) - len(word.lstrip(_LEADING_MARKS))
    core = word[lead:]
    letters = re.match(r"[^\W\d_][\w’'.]*", core)
    if not letters or any(c.isupper() for c in core[1:]) or "." in letters.group()[:-1]:
        return word
    if letters.group().rstrip(".’'").lower() in _HEADLINE_LOWER and not must_capitalise:
        return word[:lead] + core[:1].lower() + core[1:]
    return word[:lead] + core[:1].upper() + core[1:]


def short_title(title: str) -> str:
    """The first few words of a title, without a dangling small word ("Criminal Charges")."""
    words = clean_title(title).rstrip("…").split(" ")
    if len(words) <= SHORT_TITLE_WORDS + 1:
        return " ".join(words).rstrip(",;:")
    cut = words[:SHORT_TITLE_WORDS]
    # A clause mark after the second word ends the short title there ("Global sympathy").
    for i in range(1, len(cut) - 1):
        if cut[i].endswith((",", ";", ":")):
            cut = cut[: i + 1]
            break
    while len(cut) > 1 and cut[-1].rstrip(",;:").lower() in _DANGLING_WORDS:
        cut.pop()
    short = " ".join(cut).rstrip(",;: ")
    # A cut inside a quotation ("Republicans’ reaction: ‘Is") ends before its mark opens;
    # a title that opens on one ("‘We are in shock, horrified’: ...") closes it.
    opened = short.rfind("‘")
    if opened >= 0 and "’" not in short[opened:].replace("’s", "").replace("s’", ""):
        short = short[:opened].rstrip(",;: ") if opened > 0 else short + "’"
    return short


def _quoted_title(title: str, closing: str) -> str:
    """“Title,” with the punctuation inside the marks, inside a quotation the title ends on
    too (“... ‘Makes You Want to Retch.’”); a title ending in ? or ! keeps it."""
    if title.endswith(("?", "!", "…", "?’", "!’")):
        return f"“{title}”"
    opened = title.rfind("‘")
    if title.endswith("’") and opened >= 0 and "’" not in title[opened:-1]:
        return f"“{title[:-1]}{closing}’”"
    return f"“{title}{closing}”"


@dataclass(frozen=True)
class Source:
    """What a note needs of an article."""

    key: int
    author: str
    title: str
    outlet: str
    published: str
    url: str

    @classmethod
    def of(cls, article: Article) -> Source:
        return cls(article.id or 0, " ".join(article.author.split()),
                   headline_style(clean_title(article.title)), " ".join(article.outlet.split()),
                   article.published.strip(), _public_url(article.url))

    def missing(self) -> list[str]:
        """What a reader of the note would miss: outlet and date."""
        return [name for name, value in (("outlet", self.outlet), ("date", self.published))
                if not value]


def _public_url(url: str) -> str:
    """The address without a user name or password someone put in it."""
    return re.sub(r"^([a-z][a-z0-9+.-]*://)[^/@\s]*@", r"\1", url.strip(), flags=re.I)


def _join(parts: list[list[Run]], separator: str) -> list[Run]:
    runs: list[Run] = []
    for index, part in enumerate(parts):
        if index:
            runs.append(Run(separator))
        runs.extend(part)
    return runs


def full_note(source: Source) -> list[Run]:
    """Author, “Title,” *Outlet*, Month D, YYYY, URL."""
    pieces: list[list[Run]] = []
    if source.author:
        pieces.append([Run(source.author)])
    tail = [p for p in (source.outlet, chicago_date(source.published), source.url) if p]
    if source.title:
        pieces.append([Run(_quoted_title(source.title, "," if tail else "."))])
    if source.outlet:
        pieces.append([Run(source.outlet, italic=True)])
    pieces += [[Run(p)] for p in (chicago_date(source.published), source.url) if p]
    if not pieces:
        return [Run(UNNAMED_SOURCE + ".")]
    runs: list[Run] = []
    for index, piece in enumerate(pieces):
        if index:
            # The comma after a title sits inside its closing mark (or a ? stands for it).
            runs.append(Run(" " if runs[-1].text.endswith("”") else ", "))
        runs.extend(piece)
    return _end(runs)


def short_note(source: Source) -> list[Run]:
    """Author or Outlet, “Short Title.”"""
    who = _surname(source.author) if source.author else source.outlet
    title = short_title(source.title) if source.title else ""
    if who and title:
        if source.author:
            return [Run(f"{who}, {_quoted_title(title, '.')}")]
        return [Run(who, italic=True), Run(", " + _quoted_title(title, "."))]
    if title:
        return [Run(_quoted_title(title, "."))]
    if who:
        return _end([Run(who, italic=not source.author)])
    return [Run(UNNAMED_SOURCE + ".")]


def _surname(author: str) -> str:
    """"Gerstein" of "Josh Gerstein"; several authors keep their surnames ("Lee and Kim")."""
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", author) if n.strip()]
    surnames = [n.split()[-1] for n in names]
    if len(surnames) > 2:
        return f"{surnames[0]} et al."
    return " and ".join(surnames)


def _end(runs: list[Run]) -> list[Run]:
    """One final stop (none after a closing mark that holds one, or after "et al.")."""
    last = runs[-1].text
    if not last.endswith((".", "?", "!", ".”", "?”", "!”")):
        runs.append(Run("."))
    return runs


def bibliography_entry(source: Source) -> list[Run]:
    """Author. “Title.” *Outlet*, Month D, YYYY. URL."""
    pieces: list[list[Run]] = []
    when = chicago_date(source.published)
    if not source.author and source.outlet:
        # An unsigned news article is listed under the newspaper's name.
        pieces.append([Run(source.outlet, italic=True), Run(".")])
        if source.title:
            pieces.append([Run(_quoted_title(source.title, "."))])
        if when:
            pieces.append(_end([Run(when)]))
        if source.url:
            pieces.append(_end([Run(source.url)]))
        return _join(pieces, " ")
    if source.author:
        pieces.append(_end([Run(_inverted(source.author))]))
    if source.title:
        pieces.append([Run(_quoted_title(source.title, "."))])
    if source.outlet:
        pieces.append(_end([Run(source.outlet, italic=True)] + ([Run(f", {when}")] if when
                                                              else [])))
    elif when:
        pieces.append(_end([Run(when)]))
    if source.url:
        pieces.append(_end([Run(source.url)]))
    if not pieces:
        return [Run(UNNAMED_SOURCE + ".")]
    return _join(pieces, " ")


def _inverted(author: str) -> str:
    """"Gerstein, Josh" for the first author, as a bibliography sorts; the others as written."""
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", author) if n.strip()]
    first = names[0].split()
    names[0] = f"{first[-1]}, {' '.join(first[:-1])}" if len(first) > 1 else names[0]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", and " + names[-1]


def bibliography_key(source: Source) -> tuple[str, str]:
    first = (source.author and _inverted(source.author)) or source.outlet or source.title
    title = re.sub(r"^(the|a|an)\s+", "", source.title.lower())
    return (re.sub(r"^(the|a|an)\s+", "", first.lower()), title)


def plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)


class NoteWriter:
    """Numbers nothing itself: hands out each note's runs in the order notes are placed."""

    def __init__(self) -> None:
        self.cited: dict[int, Source] = {}
        self.previous: tuple[int, ...] = ()

    def note(self, sources: list[Source]) -> list[Run]:
        """The note for an item resting on `sources` (several outlets: one note, semicolons)."""
        keys = tuple(dict.fromkeys(s.key for s in sources))
        if not keys:
            return []
        if keys == self.previous:
            return [Run("Ibid.")]
        parts = []
        for source in {s.key: s for s in sources}.values():
            parts.append(short_note(source) if source.key in self.cited else full_note(source))
            self.cited.setdefault(source.key, source)
        self.previous = keys
        if len(parts) == 1:
            return parts[0]
        return _join([_strip_stop(p) for p in parts[:-1]] + [parts[-1]], "; ")

    def bibliography(self) -> list[list[Run]]:
        return [bibliography_entry(s) for s in sorted(self.cited.values(), key=bibliography_key)]


def _strip_stop(runs: list[Run]) -> list[Run]:
    """A note that is not the last of several ends without its stop (“Title.” keeps none)."""
    runs = list(runs)
    last = runs[-1]
    if last.text == ".":
        runs.pop()
    elif last.text.endswith(".”"):
        runs[-1] = Run(last.text[:-2] + "”", last.bold, last.italic)
    elif last.text.endswith(".") and not last.text.endswith("et al."):
        runs[-1] = Run(last.text[:-1], last.bold, last.italic)
    return runs
