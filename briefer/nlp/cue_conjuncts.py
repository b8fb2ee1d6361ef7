"""Which verb a conjoined cue goes with when the parser joined it to the wrong one.

"Shares of Brightwater fell 14% after the maker cut its forecast and said
its chief executive would step down": the parser joins "said" to "fell",
whose subject, the shares, cannot speak; the verb right before "and",
"cut", has one that can ("the maker", a description of the firm), and it
is that subject who said it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

SUBJECTS = ("nsubj", "nsubjpass")


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _definite_one(noun: Token) -> bool:
    """ "the packaged-food maker", "the company": one thing or body the
    article has named, which may speak for itself."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def nearer_speaking_verb(cue: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """The verb of a clause inside the one CUE is conjoined to, ending right
    before CUE's conjunction, whose subject can speak or is a definite
    description, when the subject of the verb CUE is conjoined to cannot
    speak; else None."""
    if cue.dep_ != "conj" or cue.head.i >= cue.i:
        return None
    subject = _subject(cue.head)
    if subject is None or can_speak(subject):
        return None
    before = cue.doc[cue.left_edge.i - 1] if cue.left_edge.i > 0 else None
    conjunction = next((c for c in cue.head.children if c.dep_ == "cc" and c.i < cue.i), before)
    if conjunction is None:
        return None
    for clause in cue.head.children:
        inner = _subject(clause)
        if (
            clause.dep_ in ("advcl", "ccomp") and clause.i < cue.i
            and clause.right_edge.i + 1 == conjunction.i
            and inner is not None and inner.i > subject.i
            and (can_speak(inner) or _definite_one(inner))
        ):
            return clause
    return None
