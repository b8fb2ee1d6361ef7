"""Cues set inside or after the sentence they report: "This sort of opining,
CNN claimed, violates its code", "A, but B, said the chief executive", and
where a reported sentence goes on after a cue inserted in it ("A, X said,
B"; "A, the agency said in a June report, and B"), not after one that goes
on to tell of the saying (", X said, in an interview", ", adding that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefer.nlp.quote_marks import quote_marks
from briefer.nlp.quoted_words import FINITE_TAGS, QuotedWords
from briefer.nlp.speech import SAYING_WORDS, same_paragraph

# The marks that close a cue inserted in a reported sentence (", X said,").
INSERT_MARKS = (",", ";", ":")
# What hangs on a cue to tell of the saying ("said in a report", "said Tuesday", "pointed out").
SAYING_DEPS = {"prt", "prep", "npadvmod", "advmod", "agent"}


class InsertedCues(QuotedWords):
    """Finds the reported sentence around a cue inserted in it or closing it."""

    def inserted_cue(self, cue: Token) -> tuple[int, int] | None:
        """"This sort of opining, CNN claimed, violates its code": the parser
        makes the cue set inside the reported sentence its root, the words
        before it a modifier and the reported verb a second act of the
        cue's subject. A noun phrase before the cue's subject, set off by a
        comma, and a finite verb with no subject of its own right after the
        comma that closes the cue's phrase, make one reported sentence."""
        subjects = [c for c in cue.lefts if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        subject = subjects[-1]
        front = next(
            (
                c
                for c in cue.lefts
                if c.dep_ in ("npadvmod", "dep", "nsubj")
                and c.pos_ in ("NOUN", "PROPN")
                and c.i < subject.i
            ),
            None,
        )
        if front is None:
            return None
        doc = cue.doc
        if doc[front.right_edge.i + 1].text != "," or doc[subject.left_edge.i - 1].text != ",":
            return None
        verb = next((c for c in cue.rights if c.dep_ == "conj"), None)
        if (
            verb is None
            or verb.tag_ not in FINITE_TAGS
            or doc[verb.left_edge.i - 1].text != ","
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
            or any(c.dep_ == "cc" and c.i < verb.i for c in cue.children)
            or not same_paragraph(front, verb)
        ):
            return None
        last = self.sentence_end_within(front, verb.right_edge)
        return self.trimmed(front.left_edge.idx, last.idx + len(last))

    def inverted_closing(self, cue: Token) -> tuple[int, int] | None:
        """"The rejection signals “the end” for the EU, said Geert Wilders,
        founder of ...": an inverted cue after a comma, its subject after it
        and its words running to the sentence's end, reports all before the
        comma, however the parser read those words (here "treaty signals" as
        a noun)."""
        doc = cue.doc
        sentence = cue.sent
        if cue.dep_ != "ROOT" or cue.i - sentence.start < 5 or doc[cue.i - 1].text != ",":
            return None
        if not any(c.dep_ == "nsubj" and c.i > cue.i for c in cue.children):
            return None
        if any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children):
            return None
        if not all(t.is_punct for t in doc[cue.right_edge.i + 1 : sentence.end]):
            return None
        start = max(sentence[0].idx, self.paragraph_of(cue.idx)[0])
        return self.trimmed(start, doc[cue.i - 1].idx)

    @staticmethod
    def closing_attribution(cue: Token) -> bool:
        """"A, but B, said the company's chief executive, Jane Doe.", "...
        and reach others, she said.": a cue set off by a comma at the end of
        the sentence that the parser joined to the sentence's verb as a second
        act or a modifier. A finite verb with its subject (not a participle,
        ", showing ..."), no clause or joining word of its own, its words
        running to the end of the sentence."""
        if cue.dep_ not in ("conj", "advcl") or cue.head.i > cue.i or cue.tag_ not in FINITE_TAGS:
            return False
        doc = cue.doc
        if cue.left_edge.i == 0 or doc[cue.left_edge.i - 1].text != ",":
            return False
        if any(c.dep_ in ("mark", "cc", "ccomp", "xcomp", "advcl", "conj") for c in cue.children):
            return False
        if not any(c.dep_ == "nsubj" for c in cue.children):
            return False
        rest = doc[cue.right_edge.i + 1 : cue.sent.end]
        return all(t.is_punct for t in rest)

    def goes_on_after(self, cue: Token) -> bool:
        """Whether the reported sentence goes on after a ", X said," inserted
        in it (not a new cue such as ", adding that ..."), also after ", X
        said;" or ", X said:" ("..., he said; its analysts missed them")."""
        after = cue.right_edge.i + 1
        if cue.right_edge.text not in INSERT_MARKS:
            if after >= cue.sent.end or self.doc[after].text not in INSERT_MARKS:
                # "A, Devine said, by B": the parser hung the rest of the
                # reported sentence on the cue; the comma right after it opens it.
                after = cue.i + 1
                while after < cue.sent.end and self.doc[after].dep_ == "prt":
                    after += 1
                if after >= cue.sent.end or self.doc[after].text not in INSERT_MARKS:
                    return self.joined_after_saying(cue)
            after += 1
        if after >= cue.sent.end - 1:
            return False
        following = self.doc[after]
        while following.pos_ in ("ADV", "PART") and following.i + 1 < cue.sent.end - 1:
            # ", not even needing ...": the participle decides.
            following = self.doc[following.i + 1]
        if following.lower_ == "with" and any(
            t.tag_ in ("VBG", "VBN") for t in following.subtree
        ):
            # ", with each receiving 40 percent": an absolute phrase of the
            # reported sentence, not the company the speaker spoke in.
            return True
        return not (
            # A participle starts a new cue (", adding that ..."); "including"
            # (a preposition however tagged) goes on with the sentence.
            (following.tag_ == "VBG" and following.dep_ not in ("csubj", "nsubj", "prep"))
            or following.lower_ in SAYING_WORDS
            or following.lower_ == "according"
            or self.is_mark(following)
            or not same_paragraph(following, cue)
        )

    def joined_after_saying(self, cue: Token) -> bool:
        """Whether a conjunction after ", X said in a report," joins the
        rest of the sentence to the reported one ("A, the agency said in a
        June report, and B"): the parser hung both the phrase and the rest on
        the cue. Not when another cue stands in the rest ("..., because he
        said ...")."""
        after = self.after_saying(cue)
        end = cue.sent.end
        if after + 2 >= end or self.doc[after].text != ",":
            return False
        joiner = self.doc[after + 1]
        if joiner.pos_ not in ("CCONJ", "SCONJ") or joiner.lower_ in SAYING_WORDS:
            # ", as interns worked the phones": when the saying happened.
            return False
        if self.is_mark(cue.sent[0]):
            # "“A,” she said in her office, and ...": the quote is whole.
            return False
        return not any(self.lexicon.is_reporting_verb(t) for t in self.doc[after + 2 : end])

    def after_saying(self, cue: Token) -> int:
        """The first token after a cue and the phrases right after it that
        tell of the saying ("said in a June report", "said on Tuesday")."""
        after = cue.i + 1
        moved = True
        while moved and after < cue.sent.end:
            moved = False
            for child in cue.rights:
                if child.left_edge.i == after and child.dep_ in SAYING_DEPS:
                    after = child.right_edge.i + 1
                    moved = True
                    break
        return after


def opens_quote_after(cue: Token) -> int | None:
    """"..., Adelson said, “They have got to win.”": the index of the mark
    that opens a quote right after a cue and its comma or colon, if one does."""
    doc = cue.doc
    after = cue.i + 1
    while after < cue.sent.end and (doc[after].dep_ == "prt" or doc[after].text in INSERT_MARKS):
        after += 1
    if after >= cue.sent.end:
        return None
    return after if is_opening_mark(doc[after]) else None


def only_quotes_around(cue: Token, first: int, last: int) -> bool:
    """"“The risk,” said Edward Leamer, an economist, “is that ...”", "“A,”
    she said, and “B.”": whether a quote closes before the cue and another
    opens after it, and every word from token `first` to `last` outside the
    stretch between them is in marks. Such a sentence is split direct
    quotes, not one mixed quote."""
    doc = cue.doc
    closing = next((i for i in range(cue.i - 1, first - 1, -1) if is_closing_mark(doc[i])), None)
    opening = next((t.i for t in doc[cue.i + 1 : last + 1] if is_opening_mark(t)), None)
    if closing is None or opening is None:
        return False
    inside = False
    for token in doc[first : last + 1]:
        if is_opening_mark(token):
            inside = True
        elif is_closing_mark(token):
            inside = False
        elif not inside and token.is_alpha and not closing < token.i < opening:
            return False
    return True


def is_opening_mark(token: Token) -> bool:
    """Whether a token is a mark that opens a quote."""
    return token.tag_ == "``" or token.text in quote_marks().opening


def is_closing_mark(token: Token) -> bool:
    """Whether a token is a mark that closes a quote."""
    return token.tag_ == "''" or token.text in quote_marks().closing
