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
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from briefer.core.records import ExtractedActor
from briefer.core.records import Span as TextSpan
from briefer.nlp.bodies import settled_type
from briefer.nlp.coref import actor_gender
from briefer.nlp.lexicon import first_name_gender, gendered_words, honorifics, is_title_word
from briefer.nlp.lexicon import title_abbreviations as lexicon_title_abbreviations
from briefer.nlp.lexicon import titles as lexicon_titles
from briefer.nlp.speech import (
    NOT_SPEAKERS,
    SpeechLexicon,
    source_words,
    speech_lexicon,
)
from briefer.nlp.transcripts import INTERVIEWER, NAMED, TranscriptLine

Resolver = Callable[[Doc, list[ExtractedActor], int, str], "str | None"]

SHARE_WORDS = {"half", "third", "thirds", "quarter", "quarters", "fourths", "fifths",
               "majority", "plurality"}
NAME_DEPS = ("compound", "flat", "amod", "poss", "det", "nummod", "case")
ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "NORP": "group",
    "FAC": "organization",
}


def name_span(head: Token) -> Span:
    """The words naming a speaker: the head with its compounds and modifiers
    on the left ("UK Prime Minister Keir Starmer"), without a trailing "'s"."""
    left = head
    for child in head.lefts:
        if child.dep_ in NAME_DEPS:
            left = min(left, child.left_edge, key=lambda t: t.i)
    end = head.i + 1
    while end - 1 > left.i and head.doc[end - 1].dep_ == "case":
        end -= 1
    return head.doc[left.i : end]


def is_dateline(token: Token) -> bool:
    """Whether a word is the place of a dateline opening a paragraph
    ("WASHINGTON --", "BRUSSELS (Reuters) -"): capitals, then a dash or bracket."""
    doc = token.doc
    if not token.text.isupper() or len(token.text) < 2 or token.i + 1 >= len(doc):
        return False
    first = token.i
    while first > 0 and doc[first - 1].text.isupper() and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    opens = first == 0 or "\n" in doc[first - 1].whitespace_ or "\n" in doc[first - 1].text
    return opens and doc[token.i + 1].text in ("--", "—", "–", "-", "(")


def person_gender(actor: ExtractedActor) -> str | None:
    """A person's sex as the first name of a full name tells it, if it does."""
    words = actor.name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def is_misread_description(token: Token) -> bool:
    """"Utilities say ...": a plural common noun opening a sentence that the
    recogniser took, alone, for an organisation."""
    return (
        token.pos_ == "NOUN" and token.tag_ == "NNS" and token.is_sent_start
        and token.ent_iob_ == "B" and (token.i + 1 == len(token.doc)
                                       or token.doc[token.i + 1].ent_iob_ != "I")
    )


def is_share(token: Token) -> bool:
    """Whether a speaker word is a share of people ("percent", "%", "4 in 10",
    "half", "two-thirds") rather than anyone's name."""
    if token.lower_ in SHARE_WORDS:
        return True
    if token.ent_type_ == "PERCENT":
        return token.pos_ in ("NUM", "NOUN") or token.text == "%"
    # "4 in 10", "one out of five": a count alone ("two said") is no share.
    return token.ent_type_ == "CARDINAL" and any(
        c.lower_ in ("in", "of", "out") for c in token.children
    )


def labelled_person(token: Token) -> Token:
    """The person a party label describes ("Reps. Ann Lee, Republican of Ohio,
    and ..." parsed with the label as the subject): the name before its comma."""
    doc = token.doc
    if token.ent_type_ != "NORP" or token.i < 2 or doc[token.i - 1].text != ",":
        return token
    name = doc[token.i - 2]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else token


def without_article(words: Span) -> Span:
    """A name without the article before it ("the British Chambers of Commerce")."""
    while len(words) > 1 and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return words


def is_capitalised_inside(token: Token) -> bool:
    """A capitalised word inside a sentence, a name the tagger took for a
    common noun or adjective ("a poll by Survation", "OPEC+ sources")."""
    return token.text[:1].isupper() and not token.is_sent_start and any(
        c.isalpha() for c in token.text
    )


def named_apposition(head: Token) -> Token | None:
    """The name in apposition to a description ("a top strategist, John
    Weaver"), or to the body it belongs to ("a spokesman for the F.A.A.,
    Greg Tilden", "the head of the association, Curtis Blaylock"); "a
    Republican from Ohio" describes, it names no one."""
    for child in head.rights:
        describes = child.ent_type_ == "NORP" or any(c.dep_ == "det" for c in child.lefts)
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not describes:
            return child
    for prep in head.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            for child in pobj.rights:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    return child
    return None


def conjoined(head: Token) -> list[Token]:
    """The head and every noun conjoined to it ("Heisbourg and Arnold")."""
    heads = [head]
    members = list(head.conjuncts)
    labels = []
    if head.ent_type_ == "PERSON":
        # "McCain, Graham, Schumer and Reed": the parser often hangs the
        # second name on the first as an apposition, the rest on it.
        for child in head.rights:
            if child.dep_ in ("appos", "npadvmod") and child.ent_type_ == "PERSON":
                members += [child, *child.conjuncts]
            elif child.dep_ == "appos" and child.ent_type_ == "NORP":
                # "Kolb, Democrat of Maine, and Penn, ...": the next name
                # hangs on the first one's party label.
                labels.append(child)
                members += [c for c in child.conjuncts if c.ent_type_ == "PERSON"]
    # "A, B, C and D": the "and" hangs on the last but one.
    if not any(c.dep_ == "cc" for t in (head, *members, *labels) for c in t.children):
        return heads
    for token in sorted(set(members), key=lambda t: t.i):
        if token.i > head.i and token.pos_ in ("PROPN", "NOUN", "PRON"):
            heads.append(token)
    return heads


class SpeakerFinder:
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
        keys = (
            self.joint_reference(head) or self.authors_referred(head) or self.listed_members(head)
        )
        if not keys:
            members = conjoined(head)
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

    def split_joined(self, members: list[Token]) -> None:
        """"The Federation of Small Businesses and the British Chambers of
        Commerce said": co-speakers the recogniser read as one name are one
        actor each, the joined mention cut at the conjunction."""
        for actor in self.actors:
            for mention in list(actor.mentions):
                inside = [t for t in members if mention.start <= t.idx < mention.end]
                if len(inside) < 2:
                    continue
                spans = [self.own_words(t, members) for t in inside]
                actor.mentions.remove(mention)
                first = spans[0]
                actor.mentions.append(TextSpan(first.start_char, first.end_char, first.text))
                if actor.name == mention.text or actor.name in mention.text:
                    actor.name = without_article(first).text
                for span in spans[1:]:
                    self.new_actor(without_article(span), actor.type)
                return

    def own_words(self, token: Token, members: list[Token]) -> Span:
        """The words naming one member of a coordination, not the others'."""
        end = token.right_edge.i + 1
        for other in members:
            if other.i > token.i and other.left_edge.i < end:
                end = other.left_edge.i
        while end > token.i + 1 and self.doc[end - 1].dep_ in ("cc", "punct"):
            end -= 1
        return self.doc[token.left_edge.i : end]

    def listed_members(self, head: Token) -> list[str]:
        """"Four senators on the committee -- A, B, C and D -- said": every
        person of the list speaks, and takes the title the list is headed by."""
        if head.tag_ != "NNS" or head.ent_type_ or head.pos_ != "NOUN":
            return []
        for token in head.subtree:
            if token.i <= head.i or token.pos_ != "PROPN" or token.dep_ == "conj":
                continue
            members = [token, *token.conjuncts]
            if len(members) < 2 or not all(m.pos_ == "PROPN" for m in members):
                continue
            if not any(c.dep_ == "cc" for m in members for c in m.children):
                continue
            keys = []
            for member in members:
                first = member.i
                while first > 0 and self.doc[first - 1].dep_ in ("compound", "flat") and (
                    self.doc[first - 1].pos_ == "PROPN"
                ) and self.doc[first - 1].head.i >= member.i - 2:
                    first -= 1
                key = self.person_for(self.doc[first : member.i + 1])
                if key in keys:
                    return []
                keys.append(key)
            title = head.lemma_.lower()
            for actor in (a for a in self.actors if a.key in keys):
                if title in lexicon_titles() and title not in actor.roles:
                    actor.roles.append(title)
            self.last_joint = (head.idx, keys)
            return keys
        return []

    def person_for(self, words: Span) -> str:
        """The person a name in a list names, never a body whose mention the
        recogniser ran over it ("the Committee - Mark Whitcomb")."""
        key = self.actor_for(words, "person")
        actor = next(a for a in self.actors if a.key == key)
        if actor.type == "person":
            return actor.key
        return self.new_actor(words, "person").key

    def authors_referred(self, head: Token) -> list[str]:
        """"The statement said", "according to the report": the authors of
        the last document of that kind whose authors are known."""
        lemma = head.lemma_.lower()
        definite = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its")
            for c in head.lefts
        )
        if head.pos_ != "NOUN" or not self.sources.is_document(head) or not definite:
            return []
        if self.named_author(head) is not None or lemma not in self.document_authors:
            return []
        at, keys = self.document_authors[lemma]
        for token in reversed(self.doc[: head.i]):
            if token.idx <= at:
                break
            if token.lemma_.lower() == lemma and self.named_author(token) is not None:
                # A document of the kind introduced since is meant.
                return []
        return list(keys)

    def is_hypothetical(self, head: Token | None) -> bool:
        """Whether the speaker is nobody in particular, the speech hypothetical:
        "I'd be wary of anyone who says ...", "whoever claims ..."."""
        if head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            head = head.head.head
        return head is not None and head.lower_ in self.lexicon.generic_speakers

    def labelled(self, head: Token | None) -> list[str]:
        """The speaker a transcript label names ("SEN. HEALEY", "MR. PEARSON",
        "WALLACE"): a person, the one of the article with that surname when
        there is one; titles and honorifics are no part of the name."""
        if head is None:
            return []
        if head.lower_ in self.lexicon.answer_labels:
            keys = self.interviewee()
            for actor in (a for a in self.actors if a.key in keys):
                # The label is a mention of the one who answers.
                self.add_mention(actor, head.idx, head.idx + len(head.text), head.text)
            return keys
        first = head
        while first.i > 0 and not self.doc[first.i - 1].is_space and (
            "\n" not in self.doc[first.i - 1].whitespace_
        ) and (self.doc[first.i - 1].text.isupper() or self.doc[first.i - 1].text == "."):
            first = self.doc[first.i - 1]
        label = self.doc[first.i : head.i + 1]
        words = [t for t in label if not is_title_word(t.text) and t.text != "."]
        if not words:
            return []
        titles = [t.text.lower() for t in label if is_title_word(t.text)]
        role = next(
            (expanded for t in titles
             if (expanded := lexicon_title_abbreviations().get(t + ".", "")) and t != "mr"),
            "",
        )
        surname = head.text.lower()
        for actor in self.actors:
            if actor.type == "person" and any(
                n.lower().split()[-1:] == [surname] for n in [actor.name, *actor.aliases] if n
            ):
                self.add_mention(actor, head.idx, head.idx + len(head.text), head.text)
                if role and role not in actor.roles:
                    actor.roles.append(role)
                return [actor.key]
        span = self.doc[words[0].i : head.i + 1]
        actor = self.new_actor(span, "person")
        actor.name = " ".join(w.text.title() if w.text.isupper() else w.text for w in words)
        actor.roles = [role] if role else []
        return [actor.key]

    def read_transcript(self, lines: list[TranscriptLine]) -> None:
        """Learn the labelled lines of a transcript, for its labels, answers
        and forms of address."""
        self.transcript = lines

    def interviewer_line(self, token: Token) -> TranscriptLine | None:
        """The interviewer's line ("Q: ...") holding a token, if any."""
        return next(
            (line for line in self.transcript
             if line.kind == INTERVIEWER and line.start <= token.idx < line.end),
            None,
        )

    def vocative_at(self, token: Token) -> TranscriptLine | None:
        """The interviewer's line whose form of address ("Mr. Secretary, ...")
        holds a token."""
        line = self.interviewer_line(token)
        if line is None or line.vocative is None:
            return None
        return line if line.vocative.start <= token.i < line.vocative.end else None

    def answerer(self, line: TranscriptLine) -> list[str]:
        """Who answers an interviewer's line: the speaker of the next line that is not one."""
        after = self.transcript[self.transcript.index(line) + 1 :]
        answer = next((a for a in after if a.kind != INTERVIEWER), None)
        return self.labelled(answer.label[-1]) if answer is not None else []

    def settle_transcript(self) -> None:
        """Transcript labels and forms of address are not actors: a form of
        address ("Matt, do you ...") is a mention of the one who answers, and
        a person named only by labels ("QUESTION") or forms of address goes."""
        spans = [
            (line.label.start_char, line.label.end_char)
            for line in self.transcript if line.kind != NAMED
        ]
        for line in self.transcript:
            if line.vocative is None:
                continue
            address = line.vocative
            spans.append((address.start_char, address.end_char))
            for key in self.answerer(line)[:1]:
                actor = next(a for a in self.actors if a.key == key)
                self.add_mention(actor, address.start_char, address.end_char, address.text)
        self.actors[:] = [
            actor for actor in self.actors
            if actor.type != "person" or not actor.mentions or not all(
                any(start <= m.start and m.end <= end for start, end in spans)
                for m in actor.mentions
            )
        ]

    def interviewee(self) -> list[str]:
        """The one who answers a Q&A ("A: ..."): the person named as the
        subject in the introduction, the paragraph nearest the first line
        first ("Ann Berg is a fellow at ... She spoke to us about ..."); else
        the person mentioned most before the first line."""
        if not self.transcript:
            return []
        first = self.transcript[0].label.start_char
        for sentence in reversed(list(self.doc[: self.transcript[0].label.start].sents)):
            subject = next(
                (t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")
                 and t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")),
                None,
            )
            if subject is not None and self.doc[subject.i - 1 : subject.i].text != ",":
                return [self.actor_for(name_span(subject), "person")]
        counts: dict[str, tuple[int, int]] = {}
        for actor in self.actors:
            before = [m.start for m in actor.mentions if m.start < first]
            if actor.type == "person" and before:
                counts[actor.key] = (len(before), -min(before))
        return [max(counts, key=lambda key: counts[key])] if counts else []

    def joint_reference(self, head: Token) -> list[str]:
        """"the senators", "the two sides", "both": the co-speakers named
        last before, within the window a description may look back to."""
        if head.ent_type_ or head.pos_ == "PROPN":
            return []
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "both") for c in head.lefts)
        plural = head.tag_ == "NNS" and (definite or any(c.like_num for c in head.lefts))
        if not (plural or head.lower_ == "both"):
            return []
        if self.last_joint is not None and self.last_joint[0] >= self.window(head):
            keys = self.last_joint[1]
        else:
            keys = self.coordinated_before(head)
        for key in keys:
            actor = next(a for a in self.actors if a.key == key)
            words = name_span(head)
            self.add_mention(actor, words.start_char, words.end_char, words.text)
        return list(keys)

    def coordinated_before(self, head: Token) -> list[str]:
        """"The United States and the European Union agreed ..., the two sides
        said": the actors of the last coordination before a counted reference
        ("both", "the two sides"), when as many as it counts."""
        counts = self.lexicon.group_counts
        count = counts.get(head.lower_) or next(
            (counts[c.lower_] for c in head.lefts if c.dep_ == "nummod" and c.lower_ in counts),
            None,
        )
        if count is None:
            return []
        start = self.window(head)
        for token in reversed(self.doc[: head.i]):
            if token.idx < start:
                break
            if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
                continue
            keys = [self.actor_named(name_span(t)) for t in (token, *token.conjuncts)]
            if len(keys) == count and None not in keys and len(set(keys)) == count:
                return [k for k in keys if k is not None]
        return self.subjects_before(head, count)

    def subjects_before(self, head: Token, count: int) -> list[str]:
        """"Denise Carter ... finished first. Raymond Carter ... came second.
        Both say ...": the actors that are the subjects of the COUNT sentences
        before, when each is a different actor."""
        keys: list[str] = []
        sentence = head.sent
        for _ in range(count):
            if sentence.start == 0:
                return []
            sentence = self.doc[sentence.start - 1].sent
            subject = next(
                (c for c in sentence.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            key = self.actor_named(name_span(subject)) if subject is not None else None
            if key is None or key in keys:
                return []
            keys.append(key)
        return keys[::-1]

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
            return self.mention(head.head.head)
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
        if is_share(head):
            # "63 percent said ...", "about 4 in 10 said ...", "almost half of
            # respondents said ...": a share of those polled, unnamed.
            return self.share_source(head)
        if head.ent_type_ in NOT_SPEAKERS:
            return None
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            # "a voter who said ...": the noun the relative clause hangs on.
            return self.speaker(head.head.head)
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
        if head.lower_ in self.lexicon.anonymous_sources and head.pos_ in ("PRON", "DET", "NUM"):
            # "someone asked", "some note", "each said": nobody in particular.
            return self.unnamed_source(head, name_span(head))
        if head.pos_ == "PRON" or head.lower_ in self.lexicon.person_pronouns:
            return self.resolve(head.idx, head.text)
        words = name_span(head)
        if head.pos_ != "PROPN" and (not head.ent_type_ or is_misread_description(head)):
            named = named_apposition(head)
            if named is not None:
                # "A top strategist, John Weaver, said ..."
                return self.speaker(named)
            if self.sources.is_document(head):
                return self.document_author(head)
            body = self.spokesperson_body(head) or self.members_body(head)
            if body is not None:
                return body
            if self.is_named_group(head):
                return self.actor_for(words, "group")
            if self.is_anonymous(head):
                return self.unnamed_source(head, words)
            if any(t.pos_ == "PROPN" for t in words):
                # "Children's charities say": people of a kind, not a person.
                return self.actor_for(words, "group" if head.tag_ == "NNS" else None)
            return self.description(head, words)
        return self.actor_for(words, None)

    def description(self, head: Token, words: Span) -> str | None:
        """A speaker named by a description: "the senator", "the agency", "the
        Republican nominee" refer back to a known actor (salience and
        agreement); a description that refers to no one known ("a friend",
        "the band leader") is an unnamed source."""
        person_owned = any(c.dep_ == "poss" for c in head.lefts)
        key = None if person_owned else self.title_reference(head, words)
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
        if key is None and (
            lemma in self.sources.person_references or lemma in lexicon_titles()
        ) and not self.is_indefinite(head):
            key = self.last_mentioned(
                head.idx, lambda a: a.type == "person", within=self.window(head)
            )
        if key is not None:
            actor = next(a for a in self.actors if a.key == key)
            self.add_mention(actor, words.start_char, words.end_char, words.text)
            return key
        return self.unnamed_source(head, words)

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
        """Where a description may look back to: the start of the paragraph
        before the one holding `head` (references cross one paragraph break)."""
        breaks = 0
        for token in reversed(self.doc[: head.i]):
            if "\n" in token.whitespace_ or "\n" in token.text:
                breaks += 1
                if breaks == 2:
                    return token.idx + len(token.text)
        return 0

    def document_author(self, head: Token) -> str | None:
        """The author of a poll, study or report that speaks: "a Quinnipiac
        University poll", "a report by Politico", "the Fed's forecast"; "the
        poll" is the author of the last poll that had one."""
        lemma = head.lemma_.lower()
        key = self.named_author(head)
        if key is not None:
            self.document_authors[lemma] = (head.idx, [key])
            return key
        definite = any(
            c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its")
            for c in head.lefts
        )
        if not definite:
            return None
        # "A new ad from the Clinton campaign ... The ad says": the author
        # named where the document was introduced, in the window before.
        start = self.window(head)
        for token in reversed(self.doc[: head.i]):
            if token.idx < start:
                break
            if token.lemma_.lower() == lemma and token.pos_ == "NOUN":
                key = self.named_author(token)
                if key is not None:
                    return key
        return None

    def named_author(self, head: Token) -> str | None:
        """The author a document's words name: "a poll by Survation", "figures
        published by NHS England", "a Quinnipiac poll", "the Fed's forecast"."""
        preps = [c for c in head.children if c.dep_ == "prep"] + [
            # "figures published by ...", "a report released by ..."
            c for verb in head.children
            if verb.dep_ == "acl" and verb.lemma_.lower() in self.sources.authoring_verbs
            for c in verb.children if c.dep_ == "agent"
        ]
        for child in preps:
            if child.lower_ in ("by", "from", "of"):
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if pobj.pos_ == "PROPN" or pobj.ent_type_ or any(
                        t.pos_ == "PROPN" for t in pobj.lefts
                    ):
                        return self.speaker(pobj)
                    if is_capitalised_inside(pobj):
                        # A pollster or publisher the tagger did not know.
                        return self.actor_for(name_span(pobj), "organization")
        for child in head.lefts:
            if child.dep_ in ("compound", "poss", "nmod") and (
                child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
            ):
                return self.actor_for(name_span(child), None)
        verb = head.head
        if head.dep_ == "dobj" and (
            verb.lemma_.lower() in self.sources.authoring_verbs
            or verb.lemma_.lower() in self.lexicon.reporting_noun_verbs
        ):
            # "the Security Council issued a statement ...": its subject wrote it.
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_):
                return self.speaker(subject)
        return None

    def share_source(self, head: Token) -> str:
        """A share of those polled as one group actor per wording ("19
        percent", "about 4 in 10", "almost half of respondents")."""
        words = self.doc[head.left_edge.i : head.right_edge.i + 1]
        if len(words) > 10 or any(t.pos_ in ("VERB", "AUX") for t in words):
            words = name_span(head)
        identity = "share: " + words.text.lower()
        for actor in self.actors:
            if actor.type == "group" and self.unnamed.get(actor.key) == identity:
                self.add_mention(actor, words.start_char, words.end_char, words.text)
                return actor.key
        actor = self.new_actor(words, "group")
        actor.type = "group"
        self.unnamed[actor.key] = identity
        return actor.key

    def unnamed_source(self, head: Token, words: Span) -> str | None:
        """"officials", "a source", "two Democratic speechwriters": people who
        speak without a name, as one group actor per description in the
        article (its words without determiners and quantifiers)."""
        described = [
            t for t in words
            if not (t.i < head.i and (t.dep_ in ("det", "nummod", "poss", "case")
                                      or t.lower_ in self.lexicon.quantifiers))
        ]
        if not described or not any(t.is_alpha for t in described):
            return None
        identity = " ".join([t.lower_ for t in described if t.i != head.i] + [head.lemma_.lower()])
        name = self.doc[described[0].i : head.i + 1].text
        words = self.unnamed_words(words, head)
        for actor in self.actors:
            if actor.type == "group" and self.unnamed.get(actor.key) == identity:
                self.add_mention(actor, words.start_char, words.end_char, words.text)
                return actor.key
        for actor in self.actors:
            if [(m.start, m.end) for m in actor.mentions] == [(words.start_char, words.end_char)]:
                # "Utilities say ...": the recogniser took the description
                # for a name; it is the unnamed group.
                actor.type, actor.name = "group", name
                self.unnamed[actor.key] = identity
                return actor.key
        actor = self.new_actor(words, "group")
        actor.name = name
        self.unnamed[actor.key] = identity
        return actor.key

    def unnamed_words(self, words: Span, head: Token) -> Span:
        """The words of an unnamed group's mention: its description after any
        named actor in it ("two OPEC+ sources": "sources", OPEC+ being
        mentioned apart)."""
        start = words.start
        for token in words:
            if token.i < head.i and (
                token.pos_ == "PROPN" or is_capitalised_inside(token) or any(
                    m.start <= token.idx < m.end for a in self.actors for m in a.mentions
                    if not self.unnamed.get(a.key)
                )
            ):
                start = token.i + 1
        return self.doc[start : words.end]

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
        return self.last_mentioned(
            head.idx, lambda a: any(title in role.lower().split() for role in a.roles)
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

    def is_anonymous(self, head: Token) -> bool:
        return head.lemma_.lower() in self.lexicon.anonymous_sources or (
            head.lower_ in self.lexicon.anonymous_sources
        )

    def is_named_group(self, head: Token) -> bool:
        """"European officials": a plural body named by a nationality or
        place, with no quantifier making it a few anonymous people."""
        if head.tag_ not in ("NNS", "NNPS"):
            return False
        modifiers = [t for t in head.lefts if t.dep_ in NAME_DEPS]
        if any(t.lower_ in self.lexicon.quantifiers for t in modifiers):
            return False
        return any(t.ent_type_ in ("NORP", "GPE", "ORG") for t in modifiers)

    def spokesperson_body(self, head: Token) -> str | None:
        """"a Kremlin spokesman", "a spokeswoman for the State Department":
        the body speaks."""
        if head.lemma_.lower() not in self.lexicon.spokesperson_words:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "from", "at"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self.actor_for(name_span(pobj), None)
        for child in head.lefts:
            if child.dep_ in ("compound", "poss") and (child.ent_type_ or child.pos_ == "PROPN"):
                return self.actor_for(name_span(child), None)
        return None

    def members_body(self, head: Token) -> str | None:
        """"The leaders of the Group of Seven", "researchers at the Berkeley
        lab", "Google researchers": members who speak together speak for their
        named body."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in self.sources.collective_members:
            return None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (pobj.pos_ == "PROPN" or pobj.ent_type_ == "ORG"):
                        return self.actor_for(name_span(pobj), None)
        for child in head.lefts:
            if child.dep_ in ("compound", "poss") and child.ent_type_ == "ORG":
                return self.actor_for(name_span(child), None)
        return None

    def actor_for(self, words: Span, kind: str | None) -> str | None:
        """The actor a mention names: one with a mention over these words, or
        whose name or alias ends with the head word; else a new actor."""
        text = words.text.strip()
        if not text:
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
        return self.new_actor(words, kind).key

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

    def new_actor(self, words: Span, kind: str | None) -> ExtractedActor:
        """An actor for a speaker the entity recogniser missed."""
        if kind is None:
            types = [ENTITY_TYPES.get(t.ent_type_) for t in words if t.ent_type_]
            kind = next((t for t in types if t), "person")
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
        self.actors.append(actor)
        return actor
