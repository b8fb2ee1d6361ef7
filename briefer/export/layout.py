"""The brief laid out as a sequence of styled blocks, ready for any writer.

Both the Word export and the builder's live preview render these blocks, so
the preview reads exactly as the document will. Nothing here knows about
Word, HTML or Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from briefer.core import registry
from briefer.core.brief import (
    Brief,
    BriefItem,
    BriefSection,
    FrontMatter,
    brief_length,
    load_brief,
    speaker_order,
)
from briefer.core.brief_checks import cited_article_ids
from briefer.core.draft import draft_rules
from briefer.core.errors import BrieferError
from briefer.core.names import surname
from briefer.core.records import Actor, Article, Quote
from briefer.core.speech import (
    Reporting,
    capitalise,
    cue_negated,
    cue_particle,
    cue_takes_that,
    issuing_body,
    join_names,
    nested_in_marks,
    reported_sentence,
    role_after_name,
    speech_words,
    trailing_acronym,
    with_article,
)
from briefer.core.store import Project
from briefer.core.voices import affiliation_types, voice_label
from briefer.export.citations import NoteWriter, Source
from briefer.export.markdown import Run, parse_markdown

# Control characters and non-characters XML 1.0 forbids (PDFs are full of them),
# and lone surrogates a bad decoder can leave behind.
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

ACTOR_TABLE_HEADER = ["Name", "Role and affiliation", "Voice"]
# Relative widths of those columns.
TABLE_COLUMN_SHARES = [26, 46, 28]
# Bidirectional embeddings and overrides a pasted title may leave open, and
# the characters that close them.
_BIDI_OPENERS = re.compile("[\u202a-\u202e\u2066-\u2068]")
_BIDI_CLOSERS = re.compile("[\u202c\u2069]")


def xml_safe(text: str) -> str:
    """`text` fit for the document: no XML-forbidden characters, page breaks as spaces.

    A vertical tab or form feed between two words becomes a space (not nothing,
    which glued "budget" and "will"), and right-to-left overrides left open are
    dropped so they cannot reverse the text that follows.
    """
    text = re.sub("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", " ", text)
    if _BIDI_OPENERS.search(text) and len(_BIDI_OPENERS.findall(text)) != len(
            _BIDI_CLOSERS.findall(text)):
        text = _BIDI_OPENERS.sub("", _BIDI_CLOSERS.sub("", text))
    return _XML_FORBIDDEN.sub("", text)


@dataclass
class Block:
    """One paragraph (or table) of the brief.

    kind: title, subtitle, byline, heading, label, body, bullet, quote, attribution, table,
    source.
    `footnote` holds the runs of a footnote placed at the block's end.
    """

    kind: str
    runs: list[Run] = field(default_factory=list)
    footnote: list[Run] | None = None
    rows: list[list[str]] = field(default_factory=list)
    number: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @property
    def footnote_text(self) -> str:
        return "".join(run.text for run in self.footnote or [])


@dataclass
class Layout:
    front: FrontMatter
    blocks: list[Block]


def format_date(value: str) -> str:
    """An ISO date as "4 September 2025" (the title page's style); anything else as written."""
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return value.strip()
    return f"{day.day} {day.strftime('%B %Y')}"


def role_phrase(actor: Actor) -> str:
    """"European security expert, Royal United Services Institute" from roles and affiliation.

    The most telling role (the longest of the first three) is kept; the affiliation is
    left out when the role already names it, in full or as its acronym.
    """
    roles = [re.sub(r"^(an?|the)\s+|\s+(?:now|then|too)$", "",
                    re.sub(r"^[\W_]+", "", r.strip()), flags=re.IGNORECASE)
             for r in actor.roles]
    roles = [r for r in roles if r and _reads_as_role(r)]
    # A title-like role of several words ("U.S. District Judge") says most; else the longest.
    titled = [r for r in roles if r[0].isupper() and " " in r]
    parts = titled[:1] or ([max(roles, key=lambda r: len(r.split()))] if roles else [])
    # A post the person has left is never given as held: "New York City Mayor" yields to
    # "former Republican mayor of New York" when both are read.
    held_before = [r for r in roles if _held_before(r)]
    if parts and not held_before.count(parts[0]):
        head = _role_head(parts[0])
        parts = [next((r for r in held_before if _role_head(r) == head), parts[0])]
    parts = [role_after_name(p) for p in parts]
    affiliation = display_name(actor.affiliation) if actor.affiliation else ""
    shorts = {acronym(actor.affiliation), initials(affiliation)} - {""}
    implied = speech_words()["affiliation_implied_by"].get(affiliation, [])
    # A role that names its own body ("teacher at Georgetown University") takes no
    # affiliation read from another role ("former C.I.A. analyst").
    own_body = any(_NAMES_A_BODY.search(p) for p in parts)

    def names_affiliation(role: str) -> bool:
        return (affiliation in role or bool(shorts & set(role.replace(".", "").split()))
                or any(word in role.split() for word in implied))

    if affiliation and not own_body and not any(names_affiliation(p) for p in parts):
        # The affiliation is another role's ("Florida representative" and "Democratic
        # National Committee's chair"; "Montana senator" and "chairman" of a committee):
        # never set after a post it is not the body of. Of two bare posts ("chairman",
        # "representative") the one kept goes with it, as it is told first.
        others = [r for r in roles if r not in parts and not _held_before(r)]
        paired = [r for r in others if names_affiliation(r)]
        bare = [r for r in others if re.fullmatch(r"[a-z][a-z-]*", r)]
        if paired:
            parts = [role_after_name(paired[0])]
        elif bare and parts and not re.fullmatch(r"[a-z][a-z-]*", parts[0]):
            parts = [f"{parts[0]} and {bare[0]} of {with_article(affiliation)}"]
        else:
            parts.append(affiliation)
    return ", ".join(parts)


def _held_before(role: str) -> bool:
    return re.match(r"(?:former|ex-)\b", role, re.IGNORECASE) is not None


_NAMES_A_BODY = re.compile(r"\b(?:at|of|for|with)\s+(?:the\s+)?[A-Z]")


def _role_head(role: str) -> str:
    """The noun a role is about: "mayor" of "New York City Mayor" and of "former mayor of
    New York"."""
    words = re.split(r"\s+(?:of|for|at|to|in|on)\s+", role.lower(), maxsplit=1)[0].split()
    return words[-1] if words else ""


_ROLE_MODIFIERS = {"former", "acting", "deputy", "senior", "chief", "top", "longtime",
                   "interim", "outgoing", "incoming", "then", "ex"}


def _reads_as_role(role: str) -> bool:
    """Not a fragment the analysis mistook for a title ("shoehorn Secretary")."""
    words = role.split()
    if len(words) > 1 and words[0][0].islower() and words[1][0].isupper():
        return words[0].lower().rstrip("-") in _ROLE_MODIFIERS
    return True


def acronym(name: str) -> str:
    """"FBI" of "Federal Bureau of Investigation (FBI)", "... (FBI" or "... FBI"; else ""."""
    match = re.search(r"\(([A-Z][A-Z.&]{1,9})\)?\s*$", name.strip())
    return match.group(1) if match else trailing_acronym(" ".join(name.split()))


_NAME_LINKS = {"of", "the", "for", "and", "on", "&"}


def initials(name: str) -> str:
    """"FBI" of "Federal Bureau of Investigation": the capitals of a name of three or more
    words, linking words aside; "" for shorter names, whose initials name nothing."""
    words = [w for w in re.sub(r"\s*\(.*$", "", name).split() if w.lower() not in _NAME_LINKS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def display_name(name: str) -> str:
    """A name as the brief prints it: a bracket the analysis left open is dropped, and an
    acronym it left after the full name without brackets is set in them."""
    name = " ".join(name.split())
    if name.count("(") > name.count(")"):
        name = name[: name.rindex("(")].strip()
    initials = trailing_acronym(name)
    if initials:
        name = f"{name[: -len(initials)].strip()} ({initials})"
    return name


def short_name(actor: Actor, forms: Iterable[str] = ()) -> str:
    """"Comey" for a person named before ("Wasserman Schultz" when `forms`, the ways the
    articles name the person, say so); a body by its acronym or whole name ("the FBI")."""
    name = issuing_body(actor.name) or actor.name
    if actor.type == "person" and " " in display_name(name):
        return surname(display_name(name), forms)
    return with_article(acronym(name) or display_name(name))


def actor_standing(actor: Actor, bodies: Mapping[str, str] | None = None) -> str:
    """The voice an actor speaks as ("Experts", "Politicians and parties"...); `bodies`
    (`voices.affiliation_types`) tells what kind of body its affiliation is."""
    return voice_label(actor, bodies)


class _Sources:
    """The articles the brief cites, and the notes citing them in the order they are placed."""

    def __init__(self, project: Project):
        self.project = project
        self.writer = NoteWriter()
        self._cache: dict[int, Article | None] = {}

    def article(self, article_id: int | None) -> Article | None:
        if article_id is None:
            return None
        if article_id not in self._cache:
            try:
                self._cache[article_id] = self.project.article(article_id)
            except BrieferError:
                self._cache[article_id] = None
        return self._cache[article_id]

    def cite(self, article_ids: list[int]) -> list[Run] | None:
        if not article_ids:
            return None
        articles = [a for a in (self.article(i) for i in article_ids) if a is not None]
        if not articles:
            return [Run("The source article is no longer in the project.")]
        return self.writer.note([Source.of(a) for a in articles])


class _Builder:
    def __init__(self, project: Project, brief: Brief):
        self.project = project
        self.brief = brief
        self.sources = _Sources(project)
        self.actors: dict[int, Actor | None] = {}
        self.quotes = {q.id: q for q in project.quotes()}
        self.introduced: set[int] = set()  # actors named in full once already
        every_actor = project.actors()
        self.names = {w for a in every_actor for w in display_name(a.name).split()}
        self.bodies = affiliation_types(every_actor)
        self.forms: dict[int, set[str]] = {}
        for mention in project.mentions():
            self.forms.setdefault(mention.actor_id, set()).add(mention.text)

    def actor(self, actor_id: int | None) -> Actor | None:
        if actor_id is None:
            return None
        if actor_id not in self.actors:
            try:
                self.actors[actor_id] = self.project.actor(actor_id)
            except BrieferError:
                self.actors[actor_id] = None
        return self.actors[actor_id]

    def live_quote(self, item: BriefItem) -> Quote | None:
        """The project quote behind an item, if re-analysis has not replaced it."""
        quote = self.quotes.get(item.quote_id) if item.quote_id is not None else None
        if quote is None or quote.article_id != item.article_id:
            return None
        return quote

    def speakers(self, item: BriefItem) -> list[Actor]:
        quote = self.live_quote(item)
        ids = speaker_order(quote) if quote is not None else item.data.get("speaker_ids", [])
        return [a for a in (self.actor(i) for i in ids)
                if a is not None and issuing_body(a.name) is not None]

    def speaker_names(self, item: BriefItem) -> str:
        names = [display_name(issuing_body(a.name) or a.name) for a in self.speakers(item)]
        return join_names(names or list(item.data.get("speakers", [])))

    def who(self, speakers: list[Actor]) -> str:
        """How a sentence names its speakers: in full with the role the first time, then short."""
        if len(speakers) > 1:
            self.introduced.update(a.id for a in speakers)
            return join_names([short_name(a, self.forms.get(a.id, ())) for a in speakers])
        actor = speakers[0]
        if actor.id in self.introduced:
            return short_name(actor, self.forms.get(actor.id, ()))
        self.introduced.add(actor.id)
        name = display_name(issuing_body(actor.name) or actor.name)
        if actor.type != "person":
            return short_name(actor)
        role = role_phrase(actor)
        return f"{name}, {role}," if role else name

    def with_bibliography(self) -> bool:
        """A one-page brief cites in its notes only; longer ones list their sources too."""
        length = brief_length(self.project)
        return draft_rules()["lengths"].get(length, {}).get("bibliography", True)

    def cite(self, item: BriefItem) -> list[Run] | None:
        return self.sources.cite(cited_article_ids(item))

    # -- blocks -----------------------------------------------------------

    def front_blocks(self) -> list[Block]:
        front = self.brief.front
        blocks = [Block("title", [Run(front.title or "Policy brief")])]
        if front.subtitle:
            blocks.append(Block("subtitle", [Run(front.subtitle)]))
        byline = ", ".join(p for p in (front.author, front.organisation) if p)
        byline = " · ".join(p for p in (byline, format_date(front.date)) if p)
        if byline:
            blocks.append(Block("byline", [Run(byline)]))
        return blocks

    def quote_blocks(self, item: BriefItem) -> list[Block]:
        note = self.cite(item)
        text = item.text.strip()
        kind = item.data.get("kind", "direct")
        quote = self.live_quote(item)
        if quote is not None:
            kind = quote.kind
        speakers = self.speakers(item)
        if registry.quote_kind(kind).verbatim:
            # A quote cut before "she said" ends in a comma; on its own it ends the sentence.
            shown = re.sub(r"[,;:]+([”’]?)$", r".\1", " ".join(text.split()))
            blocks = [Block("quote", [Run(nested_in_marks(shown))], footnote=note)]
            who = self.speaker_names(item)
            if who:
                details = role_phrase(speakers[0]) if len(speakers) == 1 else ""
                self.introduced.update(a.id for a in speakers)
                attribution = capitalise(", ".join(p for p in (who, details) if p))
                blocks.append(Block("attribution", [Run("— " + attribution)]))
            return blocks
        return [Block("body", [Run(self.reported_speech(item, quote, speakers, text))],
                      footnote=note)]

    def reported_speech(self, item: BriefItem, quote: Quote | None, speakers: list[Actor],
                        text: str) -> str:
        """"Comey said that his investigators had no “direct evidence.”" from a reported quote."""
        cue = (quote.cue if quote is not None else item.data.get("cue")) or ""
        article = self.sources.article(item.article_id)
        if speakers:
            who = self.who(speakers)
        elif item.data.get("speakers"):
            who = join_names(item.data["speakers"])
        else:
            outlet = article.outlet.strip() if article is not None else ""
            who, cue = (outlet, "reported") if outlet else ("", "according to")
        negated, particle, that = False, "", True
        start = item.data.get("start")
        if article is not None and isinstance(start, int) and cue:
            found = article.text.rfind(cue, max(0, start - 80), start)
            if found >= 0:
                negated = cue_negated(article.text, found + len(cue))
                particle = cue_particle(article.text, found + len(cue), start)
                that = cue_takes_that(article.text, cue, found + len(cue), start)
        sentence = reported_sentence(Reporting(who, cue, negated, that, particle), text,
                                     self.names)
        # "Comey, FBI director, said": the appositive's comma never doubles a stop.
        return sentence.replace(",, ", ", ")

    def actor_card(self, item: BriefItem) -> list[Block]:
        actor = self.actor(item.actor_id)
        name = display_name(actor.name) if actor else item.data.get("name", "")
        if not name:
            return []
        runs = [Run(name, bold=True)]
        if actor is not None:
            details = ", ".join(p for p in (role_phrase(actor),
                                            actor_standing(actor, self.bodies)) if p)
            runs.append(Run(f" — {details}"))
        if item.text.strip():
            runs.append(Run(f". {item.text.strip()}"))
        return [Block("body", runs)]

    def actor_table(self, items: list[BriefItem]) -> Block | None:
        rows = []
        for item in items:
            actor = self.actor(item.actor_id)
            if actor is None:
                continue
            rows.append([display_name(actor.name), capitalise(role_phrase(actor)),
                         actor_standing(actor, self.bodies)])
        return Block("table", rows=[ACTOR_TABLE_HEADER, *rows]) if rows else None

    def text_blocks(self, item: BriefItem, kind: str = "body") -> list[Block]:
        if item.data.get("voice"):
            # A voice group's label stays on the page of the entries it heads.
            kind = "label"
        blocks = [Block(kind if p.kind == "body" else p.kind, p.runs)
                  for p in parse_markdown(item.text)]
        if blocks and item.article_id is not None:
            blocks[-1].footnote = self.cite(item)
        return blocks

    def item_blocks(self, item: BriefItem) -> list[Block]:
        if item.kind == "quote":
            return self.quote_blocks(item)
        if item.kind == "actor":
            return self.actor_card(item)
        if item.kind == "figure":
            return self.text_blocks(item, kind="bullet")
        return self.text_blocks(item)

    def section_blocks(self, section: BriefSection) -> list[Block]:
        blocks: list[Block] = []
        items = section.items
        if section.role == "actors":
            table = self.actor_table([i for i in items if i.kind == "actor"])
            if table is not None:
                blocks.append(table)
            items = [i for i in items if i.kind != "actor"]
        for item in items:
            blocks.extend(self.item_blocks(item))
        return blocks

    def layout(self) -> Layout:
        blocks = self.front_blocks()
        sources_section, sources_at = None, 0
        for section in self.brief.sections:
            if section.role == "sources":
                # Filled in at the end, once every citation is known.
                sources_section, sources_at = section, len(blocks)
                continue
            body = self.section_blocks(section)
            if body:
                blocks.append(Block("heading", [Run(section.title)]))
                blocks.extend(body)
        if sources_section is not None:
            body = [Block("source", entry) for entry in self.sources.writer.bibliography()
                    if self.with_bibliography()]
            body += [b for item in sources_section.items for b in self.item_blocks(item)]
            if body:
                blocks[sources_at:sources_at] = [
                    Block("heading", [Run(sources_section.title)]), *body]
        return Layout(front=self.brief.front, blocks=blocks)


def layout_brief(project: Project, brief: Brief | None = None) -> Layout:
    """The brief as blocks: front matter, then each non-empty section's content."""
    return _Builder(project, brief or load_brief(project)).layout()
