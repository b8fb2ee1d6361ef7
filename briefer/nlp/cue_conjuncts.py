"""Which verb a conjoined cue goes with when the parser joined it to the wrong one,
and whether a verb joined after a reported clause is back in the tense of its cue.

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
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


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


def reporters_next_act(cue: Token, is_report: Callable[[Token], bool]) -> Token | None:
    """"Trump tweeted that Machado was “a con” and encouraged Americans to ...":
    a verb with no subject of its own, in the tense of the verb reporting the
    copular clause it is joined to, is that reporter's next act, not the clause
    subject's (a past form the parser took for a participle counts as past).
    The reporting verb, or None."""
    if cue.dep_ != "conj" or _subject(cue) is not None:
        return None
    clause = cue.head
    reporting = clause.head
    if clause.dep_ not in ("ccomp", "advcl") or reporting.i >= clause.i or clause.pos_ != "AUX":
        # Only after a clause that states ("that Machado was “a con”"): after one that
        # acts ("said Lanham handed her a folder and told her to ...") the acts go on.
        return None
    same_tense = reporting.tag_ == cue.tag_ or {reporting.tag_, cue.tag_} == {"VBD", "VBN"}
    return reporting if same_tense and is_report(reporting) else None


def tense(verb: Token) -> str:
    """The tag of a verb's first auxiliary, else its own ("did not suggest" is past)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    return (aux or verb).tag_


def back_in_cue_tense(verb: Token, cue: Token, clause: Token) -> bool:
    """Whether a verb joined after a reported clause tells the narrative
    again: it is in the cue's tense while the clause is in another (the
    reported clause shifted tense: "said he would not seek a recount, and
    his aides conceded ..."). Not "and that ...", which goes on reporting,
    and not after a clause with no finite verb of its own (a participle the
    parser took for the clause's verb: "said a change pushed to its servers
    had caused ..."), and not a bare verb that shares the clause's modal."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and tense(verb) == tense(cue)
        and tense(clause) in FINITE_TAGS
        and tense(clause) != tense(cue)
        and not any(c.dep_ == "mark" for c in verb.children)
        # "suggest troops would focus on X and remain away from Y": with no
        # subject of its own, a base form goes on under the clause's modal.
        and (verb.tag_ not in ("VB", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass")
                                                  for c in verb.children))
    )
