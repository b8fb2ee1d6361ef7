"""Who speaks in a transcript: the person a label names, the interviewee of a
Q&A, the one a form of address calls; labels and forms of address are no
actors. A part of `attribution.SpeakerFinder`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from briefer.core.records import ExtractedActor
from briefer.nlp.lexicon import is_title_word
from briefer.nlp.lexicon import title_abbreviations as lexicon_title_abbreviations
from briefer.nlp.speaker_words import name_span
from briefer.nlp.speech import doc_text
from briefer.nlp.transcripts import INTERVIEWEE, INTERVIEWER, NAMED, TranscriptLine

QUESTION_NUMBER = re.compile(r"Q\d+")


class TranscriptSpeakers:
    """The transcript methods of the speaker finder."""

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
        # "Q201 Chair:": a committee record numbers the questions.
        words = [
            t for t in label
            if not is_title_word(t.text) and t.text != "." and not QUESTION_NUMBER.fullmatch(t.text)
        ]
        titles = [t.text.lower() for t in label if is_title_word(t.text)]
        if not words:
            member = self.titled_member(titles[-1]) if titles else None
            if member is None:
                return []
            self.add_mention(member, head.idx, head.idx + len(head.text), head.text)
            return [member.key]
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

    def titled_member(self, title: str) -> ExtractedActor | None:
        """ "Q201 Chair:": the person the record's list of those present marks
        with the title ("Members present: Dame Harriet Vale (Chair); ..."),
        who holds it as a role."""
        text = doc_text(self.doc)
        marked = f" ({title})"
        for actor in self.actors:
            if actor.type == "person" and any(
                text[m.end : m.end + len(marked)].lower() == marked for m in actor.mentions
            ):
                role = title.capitalize()
                if role.lower() not in (r.lower() for r in actor.roles):
                    actor.roles.append(role)
                return actor
        return None

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
        answer = next((a for a in after if a.kind in (NAMED, INTERVIEWEE)), None)
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
