"""Roles a verb gives a person: the post an appointment names ("The board appointed
Tom Ruiz as chief executive"), the capacity someone acts in ("Clinton delivered
her acceptance speech as the Democratic nominee") and a candidacy ("Tim Ruiz, who is
running for Congress"). The readings next to a name are
`briefer.nlp.roles`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.nlp import lexicon
from briefer.nlp.role_phrases import RoleReading, is_role_noun, label_at, title_reading

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from briefer.nlp.entities import Entity


def appointed_role(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "Brightwater named its finance chief, Noriko Adachi, as interim CEO",
    "The board appointed Tom Ruiz as chief executive": the post a verb of
    appointing gives its object ("as" and a role noun)."""
    name = doc[entity.end - 1]
    obj = name.head if name.dep_ == "appos" else name
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in lexicon.appointment_verbs():
        return None
    for holder in (obj, obj.head):
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < entity.end:
                continue
            post = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if post is not None and is_role_noun(post):
                return title_reading(doc, post.left_edge.i, post.right_edge.i + 1, entity_at)
    return None


def capacity_role(doc: Doc, entity: Entity, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "Hillary Clinton delivered her acceptance speech as the Democratic nominee": the
    subject of a verb acts as the post its "as the ..." names, when the verb's object is
    no one ("painting her rival as a man too unqualified" describes the rival)."""
    name = doc[entity.end - 1]
    if name.dep_ != "nsubj" or name.head.pos_ != "VERB":
        return None
    verb = name.head
    if any(c.dep_ == "dobj" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON")
           for c in verb.children):
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for holder in holders for c in holder.children):
        post = _definite_post(prep) if prep.dep_ == "prep" and prep.lower_ == "as" else None
        if post is None or any(label_at(entity_at, i) == "PERSON"
                               for i in range(entity.end, prep.i)):
            continue  # "took office with Hillary Clinton as his secretary of state"
        post_noun, start = post
        return title_reading(doc, start, _post_end(post_noun), entity_at)
    return None


def _post_end(post: Token) -> int:
    """Where the post's words end: after the noun and its "of"/"for"/"at" body, before a
    comma or anything else ("frontrunner on his campaign platform" is the frontrunner)."""
    end = post.i + 1
    for child in post.rights:
        if child.dep_ != "prep" or child.lower_ not in ("of", "for", "at", "to"):
            break
        end = child.right_edge.i + 1
    comma = next((t.i for t in post.doc[post.i:end] if t.text in (",", ";", "(")), end)
    return min(end, comma)


def _definite_post(prep: Token) -> tuple[Token, int] | None:
    """The role noun after "as the" or "as its/their ..." and where its words begin,
    after the determiner ("as a man" names no post)."""
    post = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if post is None or not is_role_noun(post):
        return None
    determiner = next((c for c in post.children if c.dep_ in ("det", "poss")), None)
    if determiner is None or not (determiner.dep_ == "poss" or determiner.lower_ == "the"):
        return None
    if determiner.dep_ == "poss" and determiner.pos_ != "PRON":
        # "as the Republican Party's frontrunner": the body whose post it is, kept.
        start = determiner.left_edge.i
        while post.doc[start].lower_ == "the" or post.doc[start].tag_ == "PRP$":
            start += 1  # "as his company's chief executive": the company's
        return post, start
    return post, determiner.right_edge.i + 1


def candidacy_role(verb: Token, entity_at: dict[int, Entity]) -> RoleReading | None:
    """ "who is running for Congress", "who is challenging Rep. Ann Bell in the
    primary", "who is seeking the nomination": a relative clause in the progressive
    that makes its person a candidate (`candidacy` in roles.json)."""
    words = lexicon.candidacy()
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in words["verbs"]:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in words["prepositions"]:
            return RoleReading("candidate")
        if child.dep_ == "dobj" and label_at(entity_at, child.i) == "PERSON":
            return RoleReading("candidate")
        if child.dep_ in ("dobj", "prep") and any(
            t.lemma_.lower() in words["objects"] for t in child.subtree
        ):
            return RoleReading("candidate")
    return None
