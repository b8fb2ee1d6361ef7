"""Speakers that are no one named: documents that speak for their authors,
unnamed sources and shares of those polled as group actors, members and
spokespeople who speak for their body, listed co-speakers. A part of
`attribution.SpeakerFinder`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefer.nlp.lexicon import countries, load
from briefer.nlp.lexicon import titles as lexicon_titles
from briefer.nlp.non_actors import is_thing_noun
from briefer.nlp.speaker_words import NAME_DEPS, is_capitalised_inside, is_share, name_span

# Marks that set a list of names off from the plural noun it details
# ("Three senators - A, B and C - said").
LIST_OPENERS = frozenset({"-", "--", "—", "–", ":", "("})
# "aides to ...", "lawyers for ...": the people a plural head works for.
SERVICE_PREPOSITIONS = frozenset({"to", "for"})


class SourceSpeakers:
    """The unnamed-source and document methods of the speaker finder."""

    def described_body(self, opening: Span) -> str:
        """ "Stop the Race, the group that organised the protest, said": the
        body the words opening the sentence name, typed by the description."""
        same = next((a for a in self.actors if a.name == opening.text), None)
        if same is not None:
            self.add_mention(same, opening.start_char, opening.end_char, opening.text)
            return same.key
        return self.new_actor(opening, "organization").key

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
            if self.served(head, token):
                # "aides to Gov. A and Gov. B said": the names are whom the
                # speakers serve, not the speakers.
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

    def served(self, head: Token, member: Token) -> bool:
        """Whether the first name of a list is the object of "to" or "for" on
        a plural head ("aides to A and B", "lawyers for A and B"), with no
        dash, colon or bracket setting the list off as the head's members."""
        prep = member.head
        return (
            member.dep_ == "pobj" and prep.lower_ in SERVICE_PREPOSITIONS and prep.head.i == head.i
            and not any(t.text in LIST_OPENERS for t in self.doc[head.i + 1 : member.i])
        )

    def included_members(self, head: Token) -> list[str]:
        """"Several candidates, including Trump, said": the people the
        description names as among its speakers; the rest stay unnamed."""
        if head.tag_ != "NNS" or head.ent_type_ or head.pos_ != "NOUN":
            return []
        prep = next(
            (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "including"), None
        )
        named = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if named is None or named.pos_ != "PROPN":
            return []
        keys: list[str] = []
        for member in (named, *named.conjuncts):
            if member.pos_ != "PROPN":
                return []
            key = self.actor_for(name_span(member), "person")
            if key is not None and key not in keys:
                keys.append(key)
        self.last_joint = (head.idx, keys)
        return keys

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

    def joint_authors(self, head: Token) -> list[str]:
        """ "a report released by the ILO and the advocacy group Fair Thread
        Alliance": every author a document's "by" names, when it names more
        than one; they are then the authors "the report" refers back to."""
        if not self.sources.is_document(head):
            return []
        for child in self.author_prepositions(head):
            if child.lower_ != "by":
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj" or not pobj.conjuncts:
                    continue
                keys = []
                for token in (pobj, *pobj.conjuncts):
                    key = self.speaker(token)
                    if key is not None and key not in keys:
                        keys.append(key)
                if len(keys) > 1:
                    self.document_authors[head.lemma_.lower()] = (head.idx, keys)
                    return keys
        return []

    def author_prepositions(self, head: Token) -> list[Token]:
        """The prepositions that may name a document's author: its own ("a
        poll by ...") and its verb's agent ("a report released by ...")."""
        return [c for c in head.children if c.dep_ == "prep"] + [
            c for verb in head.children
            if verb.dep_ == "acl" and verb.lemma_.lower() in self.sources.authoring_verbs
            for c in verb.children if c.dep_ == "agent"
        ]

    def named_author(self, head: Token) -> str | None:
        """The author a document's words name: "a poll by Survation", "figures
        published by NHS England", "a Quinnipiac poll", "the Fed's forecast"."""
        for child in self.author_prepositions(head):
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
        population = self.population_before(head, words)
        identity = "share: " + (words.text + population).lower()
        for actor in self.actors:
            if actor.type == "group" and self.unnamed.get(actor.key) == identity:
                self.add_mention(actor, words.start_char, words.end_char, words.text)
                return actor.key
        actor = self.new_actor(words, "group")
        actor.type, actor.name = "group", actor.name + population
        self.unnamed[actor.key] = identity
        return actor.key

    def population_before(self, head: Token, words: Span) -> str:
        """ "79 percent of Democrats said ... and 60 percent said ...": a bare
        share is of the people the share before it in the sentence was of
        (" of Democrats"); else ""."""
        if any(t.lower_ == "of" for t in words):
            return ""
        for token in reversed(head.doc[head.sent.start : words.start]):
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None and is_share(token):
                return " " + head.doc[of.i : of.right_edge.i + 1].text
        return ""

    def unnamed_source(self, head: Token, words: Span) -> str | None:
        """"officials", "a source", "two Democratic speechwriters": people who
        speak without a name, as one group actor per description in the
        article (its words without determiners and quantifiers)."""
        if head.lemma_.lower() in load("sources")["country_sides"]:
            return self.country_side(head)
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
        if head.pos_ == "NOUN" and (head.text.islower() or head.is_sent_start) and is_thing_noun(
            head.lemma_
        ) and not (
            self.is_anonymous(head) or head.lemma_.lower() in self.sources.bodies
        ):
            # "the missive suggests": no one speaks; "his remarks show", "her
            # best response was to say": the one whose words they are.
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return self.speaker(owner) if owner is not None else None
        actor = self.new_actor(words, "group")
        actor.name = name
        self.unnamed[actor.key] = identity
        return actor.key

    def country_side(self, head: Token) -> str | None:
        """ "the Chinese side": the country the article names, else no one."""
        for word in head.lefts:
            country = countries().country_of_demonym(word.text)
            actor = next(
                (a for a in self.actors if a.type == "country" and a.name == country), None
            )
            if actor is not None:
                self.add_mention(actor, head.left_edge.idx, head.idx + len(head.text),
                                 self.doc[head.left_edge.i : head.i + 1].text)
                return actor.key
        return None

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
            if child.dep_ == "poss" and child.lower_ == "its":
                # "Its inspectors noted ...": the body "its" refers back to.
                return self.resolve(child.idx, child.text)
        return None
