"""Who said it: from a reporting cue to the actor(s) who spoke.

A cue is a reporting verb ("said", "warned") or phrase ("according to"). Its
grammatical subject (or the object of "according to") names the speaker
(`speech.subject_of`; the words live in `resources/lexicons/speech.json`
and `sources.json`). The speaker is mapped
onto the article's actors: pronouns and title-only references go through a
resolver over the context before them, joint subjects give several speakers,
unnamed sources give one group actor per description, descriptions ("the
senator", "the agency") refer back to a known actor, a poll or report
speaks for its author, a spokesperson of a named body gives the body, and a
named speaker the entity recogniser missed becomes a new actor.

`SpeakerFinder` is one class in four modules: this one (names, pronouns,
descriptions), `co_speakers` (several speakers of one report),
`source_speakers` (documents, unnamed sources, members and spokespeople of
bodies) and `transcript_speakers` (labels, interviewees, forms of address);
`speaker_words` holds the token tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefer.core.records import ExtractedActor
from briefer.core.records import Span as TextSpan
from briefer.nlp.bodies import is_non_actor, settled_type
from briefer.nlp.body_kinds import described_type
from briefer.nlp.co_speakers import CoSpeakers
from briefer.nlp.coref import actor_gender, disagrees_with_description, in_quote_marks
from briefer.nlp.lexicon import gendered_words, honorifics, load, role_heads
from briefer.nlp.lexicon import titles as lexicon_titles
from briefer.nlp.source_speakers import SourceSpeakers
from briefer.nlp.speaker_words import (
    conjoined,
    is_dateline,
    is_known_name,
    is_misread_description,
    is_share,
    labelled_person,
    name_apposed_to_title,
    name_before_description,
    name_span,
    named_apposition,
    partner_before,
    person_after_cut_title,
    person_gender,
    relative_antecedent,
)
from briefer.nlp.speech import (
    NOT_SPEAKERS,
    SpeechLexicon,
    doc_text,
    source_words,
    speech_lexicon,
)
from briefer.nlp.transcript_speakers import TranscriptSpeakers
from briefer.nlp.transcripts import TranscriptLine

Resolver = Callable[[Doc, list[ExtractedActor], int, str], "str | None"]

ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "FAC": "organization",
}
# Parts of speech of a word naming no one in particular ("someone", "each", "one").
INDEFINITE = frozenset({"PRON", "DET", "NUM"})
BULLETS = ("•", "·", "▪", "◦", "*")


class SpeakerFinder(TranscriptSpeakers, SourceSpeakers, CoSpeakers):
    """Maps speaker words onto the article's actors, adding any it must.

    `actors` is extended in place with actors that speak but that the actor
    extraction did not find, so every quote's speaker key names an actor.
    """

    def __init__(
        self,
        doc: Doc,
        actors: list[ExtractedActor],
        resolver: Resolver | None = None,
        lexicon: SpeechLexicon | None = None,
    ):
        self.doc = doc
        self.actors = actors
        self.resolver = resolver
        self.lexicon = lexicon or speech_lexicon()
        self.sources = source_words()
        # The identity of each unnamed-source actor ("official", "senior us official").
        self.unnamed: dict[str, str] = {}
        # Where the last co-speakers were named, and their keys.
        self.last_joint: tuple[int, list[str]] | None = None
        # Where the last poll, statement... with known authors was, and its
        # authors, by noun ("statement").
        self.document_authors: dict[str, tuple[int, list[str]]] = {}
        self.transcript: list[TranscriptLine] = []

    def speakers(self, head: Token | None, cue: Token | None = None) -> list[str]:
        """Actor keys for the speaker whose head word is `head` ([] if anonymous).
        Speakers who speak "in a (joint) statement" become its authors, so
        "according to the statement" later is theirs."""
        if head is None:
            return []
        keys = self.joint_reference(head)
        if not keys and (keys := self.family(head)):
            self.last_joint = (head.idx, keys)
        keys = keys or (
            self.authors_referred(head)
            or self.joint_authors(head)
            or self.listed_members(head)
            or self.included_members(head)
        )
        if not keys:
            members = conjoined(head) or [head]
            partner = partner_before(head, self.actors) if len(members) == 1 else None
            if partner is not None:
                members = [partner, head]
            if len(members) > 1:
                self.split_joined(members)
            for token in members:
                key = self.speaker(labelled_person(token))
                if key is not None and key not in keys:
                    keys.append(key)
            if len(keys) > 1:
                self.last_joint = (head.idx, keys)
        if cue is not None and keys:
            for prep in cue.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for document in prep.children:
                        if self.sources.is_document(document):
                            self.document_authors[document.lemma_.lower()] = (
                                document.idx, list(keys)
                            )
        return keys

    def is_hypothetical(self, head: Token | None) -> bool:
        """Whether the speaker is nobody in particular, the speech hypothetical:
        "I'd be wary of anyone who says ...", "whoever claims ..."."""
        if head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            head = head.head.head
        return head is not None and head.lower_ in self.lexicon.generic_speakers

    def actor_named(self, words: Span) -> str | None:
        """The key of the actor with a mention inside WORDS, if any."""
        for actor in self.actors:
            if any(words.start_char <= m.start < words.end_char for m in actor.mentions):
                return actor.key
        return None

    def mention(self, head: Token | None) -> TextSpan | None:
        """The words the attribution names the speaker by, whatever actor they
        resolve to: "he", "the minister", "a spokeswoman for the State
        Department", "Heisbourg and Arnold", "A top strategist, John Weaver"."""
        if head is None:
            return None
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            return self.mention(relative_antecedent(head))
        words = name_span(head)
        end = words.end
        for token in conjoined(head)[1:]:
            end = max(end, name_span(token).end)
        for child in head.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                end = max(end, name_span(child).end)
            elif (
                child.dep_ == "prep"
                and child.lower_ in ("for", "of", "from", "at")
                and head.lemma_.lower() in self.lexicon.spokesperson_words
            ):
                end = max(end, child.right_edge.i + 1)
        span = self.doc[words.start : end]
        return TextSpan(span.start_char, span.end_char, span.text)

    def speaker(self, head: Token) -> str | None:
        """The actor key one speaker word stands for, or None."""
        if (named := person_after_cut_title(head)) is not None:
            return self.speaker(named)
        if (named := name_apposed_to_title(head)) is not None:
            return self.speaker(named)
        if (named := self.person_after_title_of(head)) is not None:
            return self.speaker(named)
        if head.pos_ in ("PRON", "DET") and not head.is_stop and is_known_name(head, self.actors):
            # '"...," Pike says', "Pike" tagged as a determiner: a name the
            # article gives, no pronoun.
            return self.actor_for(name_span(head), None)
        # "One of the two commissioners, Alan Birch, wrote": the one named.
        indefinite = head.lower_ in self.lexicon.anonymous_sources and head.pos_ in INDEFINITE
        if (is_share(head) or indefinite) and (named := named_apposition(head)) is not None:
            return self.speaker(named)
        if is_share(head):
            # "63 percent said ...", "about 4 in 10 said ...", "almost half of
            # respondents said ...": a share of those polled, unnamed.
            return self.share_source(head)
        if head.ent_type_ in NOT_SPEAKERS:
            return None
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            # "a voter who said ...": the noun the relative clause hangs on.
            return self.speaker(relative_antecedent(head))
        if not head.ent_type_ and head.pos_ != "PRON" and self.in_headline(head):
            # "..., Says Trade Economist", "Think tank: ‘...’": a headline
            # describes a speaker the story names; it names no one itself.
            return None
        if is_dateline(head):
            # "WASHINGTON -- President Obama, ..., said": the place of the
            # dateline is no speaker, the name beside it is.
            named = next((c for c in head.children if c.dep_ == "appos"), None)
            return self.speaker(named) if named is not None else None
        addressed = self.vocative_at(head)
        if addressed is not None:
            # "Q: Mr. Secretary, the Houthis say ...": the form of address is
            # the one who answers, the speaker the name beside it.
            named = next((c for c in head.children if c.dep_ == "appos"), None)
            return self.speaker(named) if named is not None else None
        if head.lower_ == "you" and (line := self.interviewer_line(head)) is not None:
            # "Q: You said last week that ...": the one who answers.
            keys = self.answerer(line)
            return keys[0] if keys else None
        if indefinite:
            # "someone asked", "some note", "each said": nobody in particular.
            return self.unnamed_source(head, name_span(head))
        if head.lower_ in ("i", "we") and not self.transcript and not in_quote_marks(
            self.doc, head.idx
        ):
            # "This, I predict, will not end well": the writer, whom the
            # article does not name.
            return None
        if head.pos_ == "PRON" or head.lower_ in self.lexicon.person_pronouns:
            return self.resolve(head.idx, head.text)
        if head.lower_ in lexicon_titles() and head.pos_ == "PROPN":
            # "The Tánaiste and Minister for Finance, Siobhán Kinsella, said": the holder;
            # "the Cork North-Central TD said": the member named before.
            if (named := named_apposition(head)) is not None:
                return self.speaker(named)
            if self.is_definite(head) and head.lower_ in load("roles")["seat_titles"]:
                return self.description(head, name_span(head))
        words = name_span(head)
        # "Sanders says", "Trump at the time said" (tagged as common nouns)
        # name a known actor; "Utilities say ..." names none.
        known = is_known_name(head, self.actors)
        misread = is_misread_description(head) and not known
        if head.pos_ != "PROPN" and not known and (not head.ent_type_ or misread):
            named = named_apposition(head)
            if named is not None:
                # "A top strategist, John Weaver, said ..."
                return self.speaker(named)
            if (opening := name_before_description(head)) is not None:
                return self.described_body(opening)
            if self.sources.is_document(head):
                return self.document_author(head)
            body = self.spokesperson_body(head) or self.members_body(head)
            if body is not None:
                return body
            if self.is_named_group(head):
                return self.actor_for(words, "group")
            if self.is_anonymous(head):
                return self.named_before(head, words) or self.unnamed_source(head, words)
            if any(t.pos_ == "PROPN" for t in words):
                # "Children's charities say": people of a kind, not a person.
                return self.actor_for(words, "group" if head.tag_ == "NNS" else None)
            return self.description(head, words)
        return self.actor_for(words, None)

    def named_before(self, head: Token, words: Span) -> str | None:
        """ "According to the diplomat", "the expert said": the person named last before,
        unless an unnamed source of that word spoke ("One EU diplomat said ...")."""
        lemma = head.lemma_.lower()
        if len(words) != 2 or head.tag_ != "NN" or not self.is_definite(head) or any(
            identity.split()[-1] == lemma for identity in self.unnamed.values()
        ):
            return None
        key = self.last_mentioned(
            head.idx,
            lambda a: a.type == "person" and not disagrees_with_description(self.doc, a, lemma),
            within=self.window(head),
        )
        if key is not None:
            actor = next(a for a in self.actors if a.key == key)
            self.add_mention(actor, words.start_char, words.end_char, words.text)
        return key

    def person_after_title_of(self, head: Token) -> Token | None:
        """ "Leader of the Opposition R. Ashok Kumar said": a capitalised title
        with "of" whose object the parser joined to the name of a person the
        article names; that person speaks."""
        if not head.text[:1].isupper() or head.lower_ not in role_heads():
            return None
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and any(
                    actor.type == "person"
                    and any(m.start <= pobj.idx < m.end for m in actor.mentions)
                    for actor in self.actors
                ):
                    return pobj
        return None

    def in_headline(self, token: Token) -> bool:
        """Whether a word stands in a headline: a paragraph of a dozen words or
        fewer that ends no sentence outside its quote marks."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, token.idx) + 1
        end = text.find("\n", token.idx)
        line = text[start : end if end != -1 else len(text)]
        unquoted = re.sub(r"[\"“‘'][^\"”’']*[\"”’']", "", line).strip()
        ends_sentence = line.strip().rstrip("\"”’'").endswith((".", "?", "!"))
        # "X told reporters:" opens the quote of the next paragraph.
        opens_quote = unquoted.endswith(":") and unquoted == line.strip()
        return len(line.split()) <= 12 and not ends_sentence and not opens_quote

    def description(self, head: Token, words: Span) -> str | None:
        """A speaker named by a description: "the senator", "the agency", "the
        Republican nominee" refer back to a known actor (salience and
        agreement); a description that refers to no one known ("a friend",
        "the band leader") is an unnamed source."""
        person_owned = any(c.dep_ == "poss" for c in head.lefts)
        # "the candidates", "several senators": many people, never the one named last.
        many = head.tag_ == "NNS"
        key = None if person_owned or many else self.title_reference(head, words)
        lemma = head.lemma_.lower()
        if key is None and lemma in self.sources.bodies:
            key = self.body_named(head)
            if key is None and lemma not in self.sources.named_bodies:
                # "the agency": the last government body before the last
                # international one, and so on down the word's types.
                for kind in self.sources.bodies[lemma]:
                    key = self.last_mentioned(
                        head.idx, lambda a, kind=kind: a.type == kind, within=self.window(head)
                    )
                    if key is not None:
                        break
            # A body with no antecedent ("his office", "the department") is unnamed.
        qualifiers = side_words(head, words)
        if key is None and not many and (
            lemma in self.sources.person_references or lemma in lexicon_titles()
        ) and not self.is_indefinite(head):
            key = self.last_mentioned(
                head.idx,
                lambda a: a.type == "person"
                and not disagrees_with_description(self.doc, a, head.lower_, qualifiers),
                within=self.window(head),
            )
        if key is None and self.is_definite(head) and not person_owned:
            key = self.apposed_actor(head)
        if key is None and lemma in self.sources.bodies and self.is_definite(head) and not any(
            a.type in self.sources.bodies[lemma] and not self.unnamed.get(a.key)
            and any(m.start < head.idx for m in a.mentions) for a in self.actors
        ):
            key = self.body_named_next(head, self.sources.bodies[lemma])
        if key is not None:
            actor = next(a for a in self.actors if a.key == key)
            self.add_mention(actor, words.start_char, words.end_char, words.text)
            return key
        return self.unnamed_source(head, words)

    def apposed_actor(self, head: Token) -> str | None:
        """"Harbor Unified, the state's largest district, ... The district
        said": the actor an earlier apposition with this head noun described."""
        lemma = head.lemma_.lower()
        for token in reversed(self.doc[: head.i]):
            if token.dep_ != "appos" or token.lemma_.lower() != lemma:
                continue
            named = token.head
            for actor in self.actors:
                if self.unnamed.get(actor.key):
                    continue
                if any(m.start <= named.idx < m.end for m in actor.mentions):
                    return actor.key
            if named.pos_ == "PROPN":
                # A name the recogniser took for a place ("teachers in
                # Portland Public Schools, the city's largest district").
                person = lemma in self.sources.person_references or lemma in role_heads()
                return self.actor_for(name_span(named), None if person else "organization")
        return None

    def is_definite(self, head: Token) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)

    def body_named_next(self, head: Token, kinds: list[str]) -> str | None:
        """"..., the higher education regulator has warned. / The Office for
        Students (OfS) said ...": a lede describes the body the next paragraph
        names, when nothing before names one of its kind."""
        text = doc_text(self.doc)
        limit = head.idx
        for _ in range(2):  # the end of this paragraph, then of the next
            limit = text.find("\n", limit)
            if limit == -1:
                limit = len(text)
                break
            while limit < len(text) and text[limit] in "\n \t":
                limit += 1
        best: tuple[int, str] | None = None
        for actor in self.actors:
            if actor.type not in kinds or self.unnamed.get(actor.key):
                continue
            for mention in actor.mentions:
                if head.idx < mention.start < limit and (best is None or mention.start < best[0]):
                    best = (mention.start, actor.key)
        return best[1] if best else None

    def body_named(self, head: Token) -> str | None:
        """"the ministry said": the body mentioned last before whose name or
        alias holds the word ("Ministry of Defence"), whatever was named since."""
        word = head.lower_
        return self.last_mentioned(
            head.idx,
            lambda a: a.type != "person" and any(
                word in name.lower().split() for name in [a.name, *a.aliases] if name
            ),
        )

    def is_indefinite(self, head: Token) -> bool:
        """"a senator", "one official": someone not mentioned before; "our
        fire chief", "Trump's lawyer": someone else than the one named before."""
        return any(
            (c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another", "some"))
            or c.dep_ == "poss"
            for c in head.lefts
        )

    def window(self, head: Token) -> int:
        """Where a description may look back to: the start of the paragraph before
        the one holding `head` (a bulleted line belongs to the paragraph above it)."""
        breaks = 0
        for token in reversed(self.doc[: head.i]):
            following = self.doc[token.i + 1]
            if ("\n" in token.whitespace_ or "\n" in token.text) and (
                following.text[:1] not in BULLETS
            ):
                breaks += 1
                if breaks == 2:
                    return token.idx + len(token.text)
        return 0

    def resolve(self, offset: int, text: str) -> str | None:
        """A pronoun or title-only reference: the resolver first, else the
        nearest actor mentioned before it that can be referred to that way."""
        if self.resolver is not None:
            key = self.resolver(self.doc, self.actors, offset, text)
            if key is not None:
                return key
        wants_person = text.lower() in self.lexicon.person_pronouns
        # "they" is never a country (the people last named, not "Iraq").
        barred = {"country"} if text.lower() == "they" else set()
        # "he" is never a woman the article names, nor "she" a man.
        gender = gendered_words().get(text.lower())
        return self.last_mentioned(
            offset,
            lambda a: wants_person == (a.type == "person") and a.type not in barred
            and (gender is None or actor_gender(self.doc, a) in (None, gender)),
        )

    def title_reference(self, head: Token, words: Span) -> str | None:
        """"the minister said": the actor whose roles name that title."""
        if self.resolver is not None:
            key = self.resolver(self.doc, self.actors, words.start_char, words.text)
            if key is not None:
                return key
        title = head.lower_
        qualifiers = side_words(head, words)
        return self.last_mentioned(
            head.idx, lambda a: any(title in role.lower().split() for role in a.roles)
            and not disagrees_with_description(self.doc, a, title, qualifiers)
        )

    def last_mentioned(
        self, offset: int, accepts: Callable[[ExtractedActor], bool], within: int = 0
    ) -> str | None:
        """The key of the accepted actor with the last mention ending by `offset`
        (and starting at `within` or later)."""
        best: tuple[int, str] | None = None
        for actor in self.actors:
            if not accepts(actor) or self.unnamed.get(actor.key):
                continue
            for mention in actor.mentions:
                if mention.start < within:
                    continue
                if mention.end <= offset and (best is None or mention.end > best[0]):
                    best = (mention.end, actor.key)
        return best[1] if best else None

    def actor_for(self, words: Span, kind: str | None) -> str | None:
        """The actor a mention names: one with a mention over these words, or
        whose name or alias ends with the head word; else a new actor. A
        weekday or a time zone names nobody ("Monday's speech represents ...")."""
        text = words.text.strip()
        if not text or is_non_actor(text):
            return None
        start, end = words.start_char, words.end_char
        head_start, head_end = words[-1].idx, words[-1].idx + len(words[-1].text)
        for actor in self.actors:
            for mention in actor.mentions:
                if mention.start <= head_start and head_end <= mention.end:
                    return self.agreeing(words, actor, mention).key
        head_word = words[-1].text.lower()
        for actor in self.actors:
            names = [actor.name, *actor.aliases]
            if any(name.lower().split()[-1:] == [head_word] for name in names if name):
                self.add_mention(actor, start, end, text)
                return actor.key
        given = self.given_name_of(words)
        if given is not None:
            self.add_mention(given, start, end, text)
            return given.key
        return self.new_actor(words, kind).key

    def given_name_of(self, words: Span) -> ExtractedActor | None:
        """"Amadou estimated ...": the one person named before whose given name a lone
        capitalised word is, when no other shares it (the recogniser missed it)."""
        if len(words) != 1 or not words[0].text[:1].isupper():
            return None
        word = words[0].lower_
        holders = [a for a in self.actors if a.type == "person"
                   and len(a.name.split()) >= 2 and a.name.lower().split()[0] == word
                   and any(m.end <= words[0].idx for m in a.mentions)]
        return holders[0] if len(holders) == 1 else None

    def agreeing(self, words: Span, actor: ExtractedActor, mention: TextSpan) -> ExtractedActor:
        """The person "Ms. Carter" names: when the honorific's sex is not that
        of the first name of the actor holding the mention, the one of the
        same surname whose first name agrees, the mention moved to it."""
        gendered = gendered_words()
        honorific = next((t.lower_ for t in words if t.lower_ in honorifics()), None)
        wanted = gendered.get(honorific or "")
        if actor.type != "person" or wanted is None or person_gender(actor) in (None, wanted):
            return actor
        surname = words[-1].lower_
        for other in self.actors:
            if (
                other.type == "person" and other is not actor
                and other.name.lower().split()[-1:] == [surname]
                and person_gender(other) == wanted
            ):
                actor.mentions.remove(mention)
                self.add_mention(other, mention.start, mention.end, mention.text)
                return other
        return actor

    def add_mention(self, actor: ExtractedActor, start: int, end: int, text: str) -> None:
        if not any(m.start == start and m.end == end for m in actor.mentions):
            actor.mentions.append(TextSpan(start, end, text))

    def untagged_kind(self, words: Span) -> str:
        """The type of a speaker the recogniser did not tag: "As The Atlantic
        noted" (a title written with a capital "The" inside a sentence) is a
        publication; "Attorneys for the family said" or "the Founding Fathers
        wrote" (a plural noun, capitalised or not, or the plural of a role
        the tagger took for a name) a group; anyone else a person."""
        first = words[0]
        if first.text == "The" and not first.is_sent_start and len(words) > 1:
            return "media"
        last = words[-1].lower_
        plural_of_role = last.endswith("s") and last[:-1] in role_heads()
        if words[-1].tag_ in ("NNS", "NNPS") or plural_of_role:
            return "group"
        return "person"

    def new_actor(self, words: Span, kind: str | None) -> ExtractedActor:
        """An actor for a speaker the entity recogniser missed."""
        if kind is None:
            types = [ENTITY_TYPES.get(t.ent_type_) for t in words if t.ent_type_]
            kind = next((t for t in types if t), None) or self.untagged_kind(words)
        while len(words) > 1 and (
            words[0].dep_ == "det" or words[0].lower_ in self.lexicon.quantifiers
        ):
            words = words[1:]
        if kind == "person":
            # "Spokeswoman Haley Morris": the name starts at the first proper noun.
            first = next((t.i for t in words if t.pos_ == "PROPN"), words.start)
            words = words.doc[first : words.end]
        if any(t.pos_ == "PROPN" for t in words):
            # "Obama administration" is a body; "his office" stays unnamed.
            kind = settled_type(words.text, kind)
        taken = {a.key for a in self.actors}
        number = len(self.actors) + 1
        while f"a{number}" in taken:
            number += 1
        actor = ExtractedActor(
            key=f"a{number}",
            name=words.text,
            type=kind,
            mentions=[TextSpan(words.start_char, words.end_char, words.text)],
        )
        # "Passenger Voice North, a watchdog, said": the description types it.
        actor.type = described_type(doc_text(self.doc), actor) or actor.type
        self.actors.append(actor)
        return actor


def side_words(head: Token, words: Span) -> list[str]:
    """The words before a description's head that may name a side ("the Democratic nominee")."""
    return [t.text for t in words if t.i < head.i and t.dep_ in ("amod", "compound")]
