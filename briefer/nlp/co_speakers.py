"""Co-speakers: several actors who say one thing ("A and B said", "the two
sides said", "the senators said" after "Sen. A and Sen. B", "both say", "the Rahmans
say"), and co-speakers the recogniser read as one name. A part of
`attribution.SpeakerFinder`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefer.core.records import Span as TextSpan
from briefer.nlp.lexicon import titles as lexicon_titles
from briefer.nlp.speaker_words import name_span, without_article


class CoSpeakers:
    """The co-speaker methods of the speaker finder."""

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
        ("both", "the two sides"), when as many as it counts; for an uncounted
        one ("the senators") two or more of its kind."""
        counts = self.lexicon.group_counts
        count = counts.get(head.lower_) or next(
            (counts[c.lower_] for c in head.lefts if c.dep_ == "nummod" and c.lower_ in counts),
            None,
        )
        kinds = self.plural_kinds(head) if count is None else None
        if count is None and not kinds:
            return []
        start = self.window(head)
        for token in reversed(self.doc[: head.i]):
            if token.idx < start:
                break
            if token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
                continue
            keys = [self.actor_named(name_span(t)) for t in (token, *token.conjuncts)]
            if None in keys or len(set(keys)) != len(keys):
                continue
            if count is None and kinds is not None:
                # "Sen. A and Sen. B ... The senators said": two or more of the word's kind.
                typed = {a.key: a.type for a in self.actors}
                if len(keys) >= 2 and all(typed.get(k) in kinds for k in keys):
                    return [k for k in keys if k is not None]
            elif len(keys) == count:
                return [k for k in keys if k is not None]
        return self.subjects_before(head, count) if count is not None else []

    def plural_kinds(self, head: Token) -> frozenset[str]:
        """The actor types a plural description may sum up: people for "the
        senators", the body types of "the agencies"; none for other words."""
        lemma = head.lemma_.lower()
        if lemma in self.sources.bodies:
            return frozenset(self.sources.bodies[lemma])
        if lemma in self.sources.person_references or lemma in lexicon_titles():
            return frozenset({"person"})
        return frozenset()

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

    def family(self, head: Token) -> list[str]:
        """"the Rahmans say": the people of the article who bear the surname,
        when two or more do; "Khalid and Amina Rahman, the parents of ...,
        say", however the parser read the description: the two named."""
        if head.text[:1].isupper() and head.lower_.endswith("s") and head.ent_type_ != "ORG":
            stem = head.lower_[:-2] if head.lower_.endswith("es") else head.lower_[:-1]
            keys = [
                a.key for a in self.actors
                if a.type == "person" and len(a.name.split()) > 1
                and a.name.lower().split()[-1] in (stem, head.lower_[:-1])
            ]
            if len(keys) >= 2:
                words = name_span(head)
                for actor in self.actors:
                    if actor.key in keys:
                        self.add_mention(actor, words.start_char, words.end_char, words.text)
                return keys
        return self.couple_before_description(head)

    def couple_before_description(self, head: Token) -> list[str]:
        """The two people of "Given and Given Surname," opening the sentence
        when the speaker word is in the description after the comma."""
        doc = head.doc
        start = head.sent.start
        while start < head.i and doc[start].is_space:
            start += 1
        comma = next((i for i in range(start, min(start + 6, head.i)) if doc[i].text == ","), None)
        if (
            comma is None or comma - start < 3 or doc[start + 1].lower_ not in ("and", "&")
            or not all(doc[i].text[:1].isupper() for i in (start, *range(start + 2, comma)))
            or head.pos_ == "PROPN" or not any(
                doc[i].lower_ in ("the", "a") for i in range(comma + 1, head.i)
            )
        ):
            return []
        full_name = f"{doc[start].text} {doc[comma - 1].text}"
        first = self.actor_named(doc[start : start + 1]) or next(
            (a.key for a in self.actors if a.type == "person" and a.name == full_name), None
        )
        second = self.actor_named(doc[start + 2 : comma])
        if first is None or second is None or first == second:
            return []
        return [first, second]

