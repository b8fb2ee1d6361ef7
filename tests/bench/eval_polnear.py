"""Quote extraction measured against PolNeAR, a corpus annotated by others.

Usage: eval_polnear.py --split dev --data /tmp/polnear/data [--show 20]

PolNeAR (networkdynamics/PolNeAR) is brat standoff: each attribution links a
Source, a Cue and a Content span. It has no quote kinds, so a gold Content is
direct when all its words are inside quote marks, mixed when some are, and
indirect otherwise. It also marks attributed beliefs, intentions and other
non-speech ("X is worried that ..."); Briefer does not report those as
quotes. Four views are printed: "all" scores against every attribution;
"speech" (the old strict rule) leaves the gold attributions out of recall
whose cue is neither a reporting verb nor an "according to" phrase and which
carry no quote marks (the cues are a frozen copy of Briefer's lists, in
polnear_speech_cues.json, so that editing Briefer's lists never moves the
gold; a prediction that matches one still counts as right);
"speech+fragments" is "speech" under the fragment rule below; and
"speech+pieces" is the lenient view where a prediction inside a gold Content
counts and pieces covering half of it find it.

A prediction matches a gold Content when they overlap by at least half of
the longer span (one-to-one, best overlap first); a Content with several
fragments is taken as its envelope (first start to last end). The fragment
rule: brat Contents can be discontinuous ("T59 Content 2964 3018;3131 3262",
the gap being an inserted "he said"), and Briefer's convention gives one
record per contiguous quoted piece. So fragments separated only by
whitespace (brat splits a Content at sentence ends) are joined into pieces,
kinds are judged on the pieces, and a direct Content whose every piece is
direct on its own (a split quote, a quote over paragraphs) counts as one
gold unit per piece, each with the same Source and Cue; mixed and indirect
Contents keep their envelope. Misses and false hits (--show) are those of
the fragment rule.

Speaker accuracy is over the quotes matched under the fragment rule: right
when the speaker mention the attribution used (`speaker_span`: "he", "the
minister", "a spokeswoman") overlaps the gold Source, or a mention of the
predicted speaker overlaps it, or names it (same last word), or both are
empty. The figure without the speaker mention (the earlier rule) is printed
too.

The README of PolNeAR asks that the test split be run once per system: tune
on train and dev only. Never copy the data into the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DOUBLE_MARKS = set("\"“”„«»")
DOUBLED = ("''", "``")  # two single marks for one double mark, as in some NYT texts
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
CUES_FILE = Path(__file__).with_name("polnear_speech_cues.json")
PRONOUNS = {"he", "she", "i", "we", "they", "it", "you", "him", "her", "us", "them", "me",
            "who", "which", "that", "whom"}


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)
    kind: str = "indirect"
    speech: bool = True

    @property
    def start(self) -> int:
        return min(s for s, _ in self.content)

    @property
    def end(self) -> int:
        return max(e for _, e in self.content)


def parse_spans(field_text: str) -> list[tuple[int, int]]:
    spans = []
    for part in field_text.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return spans


def read_annotations(path: Path) -> list[Gold]:
    """The attributions of one brat .ann file."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, parse_spans(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg)
            events.append(roles)
    golds = []
    for roles in events:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        gold = Gold(content=spans[roles["Content"]][1])
        if roles.get("Source") in spans:
            gold.source = spans[roles["Source"]][1]
        if roles.get("Cue") in spans:
            gold.cue = spans[roles["Cue"]][1]
        golds.append(gold)
    return golds


def gold_kind(text: str, gold: Gold) -> str:
    """direct / mixed / indirect from where the content's words lie relative to marks."""
    inside_words = outside_words = 0
    marks = 0
    for start, end in gold.content:
        inside = False
        for word in text[start:end].replace("—", " ").split():
            bare = word.rstrip(".,;:?!")
            opens = word[0] in DOUBLE_MARKS or word.startswith(DOUBLED)
            closes = (
                word[-1] in DOUBLE_MARKS or bare[-1:] in DOUBLE_MARKS or bare.endswith(DOUBLED)
            )
            if opens:
                inside, marks = True, marks + 1
            if any(ch.isalnum() for ch in word):
                if inside:
                    inside_words += 1
                else:
                    outside_words += 1
            if closes and (not opens or len(word) > 1):
                inside, marks = False, marks + 1
    if marks == 0 or inside_words == 0:
        return "indirect"
    return "direct" if outside_words <= 1 else "mixed"


def fragment_units(text: str, golds: list[Gold]) -> list[Gold]:
    """The gold units of the fragment rule. Fragments separated only by
    spaces (brat splits a Content at sentence ends) are first joined into
    pieces, and kinds are judged on the pieces; a direct Content whose every
    piece is itself direct becomes one unit per piece (same Source, Cue and
    speech flag); any other Content stays one unit, its envelope. A paragraph
    break ends a piece: a quote running over paragraphs is one unit per
    paragraph, as Briefer records it (one quote a paragraph, each with its
    own place in the text)."""
    units = []
    for gold in golds:
        pieces: list[tuple[int, int]] = []
        for start, end in sorted(gold.content):
            gap = text[pieces[-1][1] : start] if pieces else "x"
            if not gap.strip() and "\n" not in gap:
                pieces[-1] = (pieces[-1][0], max(end, pieces[-1][1]))
            else:
                pieces.append((start, end))
        joined = Gold(content=pieces, source=gold.source, cue=gold.cue, speech=gold.speech)
        joined.kind = gold_kind(text, joined)
        parts = [
            Gold(content=[piece], source=gold.source, cue=gold.cue, speech=gold.speech)
            for piece in pieces
        ]
        if (
            len(parts) > 1
            and joined.kind == "direct"
            and all(gold_kind(text, part) == "direct" for part in parts)
        ):
            for part in parts:
                part.kind = "direct"
            units.extend(parts)
        else:
            units.append(joined)
    return units


@dataclass(frozen=True)
class SpeechCues:
    """The speech filter's cues, read from a frozen copy (`polnear_speech_cues.json`)
    so that editing Briefer's own word lists never changes which gold counts."""

    reporting_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    according_phrases: tuple[tuple[str, ...], ...]

    @classmethod
    def load(cls) -> SpeechCues:
        data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
        return cls(
            reporting_verbs=frozenset(data["reporting_verbs"]),
            belief_verbs=frozenset(data["belief_verbs"]),
            according_phrases=tuple(tuple(p) for p in data["according_phrases"]),
        )

    def is_reporting_verb(self, token) -> bool:
        lemma = token.lemma_.lower()
        return (
            token.pos_ in ("VERB", "AUX")
            and lemma in self.reporting_verbs
            and lemma not in self.belief_verbs
        )


def is_speech(doc, gold: Gold, lexicon: SpeechCues) -> bool:
    """Whether a gold attribution is reported speech in Briefer's sense: quoted
    words, or a reporting cue with a finite reported clause (not "announced
    his resignation", "called for X to act", "believes that ...")."""
    if gold.kind != "indirect":
        return True
    content = doc.char_span(gold.start, gold.end, alignment_mode="expand")
    if content is None or not any(t.tag_ in FINITE_TAGS for t in content):
        return False
    if not gold.cue:
        return True
    words = []
    for start, end in gold.cue:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            words.extend(span)
    if any(lexicon.is_reporting_verb(t) for t in words):
        return True
    lowered = [t.lower_ for t in words]
    return any(
        tuple(lowered[i : i + len(p)]) == p
        for p in lexicon.according_phrases
        for i in range(len(lowered))
    )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(preds, golds) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) overlapping by half the longer span."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            shared = overlap((p.start, p.end), (g.start, g.end))
            longer = max(p.end - p.start, g.end - g.start)
            if shared and shared >= 0.5 * longer:
                pairs.append((shared / longer, i, j))
    used_p, used_g, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def inside(p, g: Gold) -> bool:
    """Whether most of a prediction lies in one gold content (a piece of a split quote)."""
    return overlap((p.start, p.end), (g.start, g.end)) >= 0.9 * (p.end - p.start)


def piece_hits(preds, golds, pairs) -> tuple[set[int], set[int]]:
    """Matches when Briefer's one-record-per-piece convention for split and
    multi-paragraph quotes is allowed: a prediction inside a gold content is
    right, and a gold content is found when such pieces cover half of it."""
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    for j, g in enumerate(golds):
        pieces = [i for i, p in enumerate(preds) if inside(p, g)]
        covered = sum(overlap((preds[i].start, preds[i].end), (g.start, g.end)) for i in pieces)
        if pieces and covered >= 0.5 * (g.end - g.start):
            hit_g.add(j)
            hit_p.update(pieces)
    return hit_p, hit_g


def is_pronoun(text: str, gold: Gold) -> bool:
    source = " ".join(text[s:e] for s, e in gold.source).strip().lower()
    return source in PRONOUNS


def names_someone(doc, gold: Gold) -> bool:
    """Whether a gold source is headed by a name ("Kerry", not "a poll of Iowa voters")."""
    for start, end in gold.source:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = span.root
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
    return False


def speaker_right(analysis, quote, gold: Gold, text: str) -> bool:
    from briefer.nlp.lexicon import name_key

    if not quote.speaker_keys:
        return not gold.source
    if not gold.source:
        return False
    actors = {a.key: a for a in analysis.actors}
    source_words = {
        name_key(w) for s, e in gold.source for w in text[s:e].split() if name_key(w)
    }
    for key in quote.speaker_keys:
        actor = actors.get(key)
        if actor is None:
            continue
        for mention in actor.mentions:
            if any(overlap((mention.start, mention.end), s) for s in gold.source):
                return True
        last_words = {name_key(n.split()[-1]) for n in [actor.name, *actor.aliases] if n.split()}
        if last_words & source_words:
            return True
    return False


def mention_right(quote, gold: Gold) -> bool:
    """Whether the speaker mention the attribution used overlaps the gold Source."""
    span = quote.speaker_span
    return span is not None and any(overlap((span.start, span.end), s) for s in gold.source)


def documents(data: Path, split: str) -> list[tuple[str, Path]]:
    """(text, annotation file) per article; the first annotator's when several."""
    folder = data / split
    out = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        candidates = sorted((folder / "attributions").glob(text_path.stem + "_*.ann"))
        if candidates:
            out.append((text_path.read_text(encoding="utf-8"), candidates[0]))
    return out


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    parser.add_argument("--data", type=Path, default=Path("/tmp/polnear/data"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--show", type=int, default=0, help="print N misses and N false hits")
    args = parser.parse_args(argv)

    from briefer.nlp.analyze import analyze_doc
    from briefer.nlp.pipeline import load_pipeline

    docs = documents(args.data, args.split)
    if args.limit:
        docs = docs[: args.limit]
    if not docs:
        print(f"no articles under {args.data / args.split}", file=sys.stderr)
        return 2
    nlp = load_pipeline()
    lexicon = SpeechCues.load()
    views = ("all", "speech", "speech+fragments", "speech+pieces")
    pred_n, pred_hit, gold_n, gold_hit = Counter(), Counter(), Counter(), Counter()
    speakers = Counter()
    kind_agree = Counter()
    misses, false_hits, wrong_speakers = [], [], []
    failures = 0
    started = time.perf_counter()
    words = 0
    for text, ann in docs:
        words += len(text.split())
        doc = nlp(text)
        try:
            analysis = analyze_doc(doc)
        except Exception as exc:  # measured, not hidden: counted and printed
            failures += 1
            print(f"FAILED {ann.name}: {exc!r}", file=sys.stderr)
            continue
        golds = read_annotations(ann)
        for gold in golds:
            gold.kind = gold_kind(text, gold)
            gold.speech = is_speech(doc, gold, lexicon)
        units = fragment_units(text, golds)
        quotes = analysis.quotes
        pairs = match(quotes, golds)
        unit_pairs = match(quotes, units)
        strict = ({i for i, _ in pairs}, {j for _, j in pairs})
        fragments = ({i for i, _ in unit_pairs}, {j for _, j in unit_pairs})
        pieces = piece_hits(quotes, golds, pairs)
        for view in views:
            view_golds = units if view == "speech+fragments" else golds
            hit_p, hit_g = {
                "speech+fragments": fragments, "speech+pieces": pieces
            }.get(view, strict)
            for i, q in enumerate(quotes):
                pred_n[view, q.kind] += 1
                pred_hit[view, q.kind] += i in hit_p
            for j, g in enumerate(view_golds):
                if view != "all" and not g.speech and j not in hit_g:
                    continue
                gold_n[view, g.kind] += 1
                gold_hit[view, g.kind] += j in hit_g
        for i, q in enumerate(quotes):
            if i not in fragments[0] and len(false_hits) < args.show:
                false_hits.append(f"[{q.kind}] {q.text[:160]!r}")
        for j, g in enumerate(units):
            if j not in fragments[1] and g.speech and len(misses) < args.show:
                cue = " ".join(text[s:e] for s, e in g.cue)
                near = [q.text[:80] for q in quotes if overlap((q.start, q.end), (g.start, g.end))]
                misses.append(f"[{g.kind}] <{cue}> {text[g.start : g.end][:160]!r} ~ {near}")
        for i, j in unit_pairs:
            q, g = quotes[i], units[j]
            kind_agree[q.kind == g.kind] += 1
            if is_pronoun(text, g):
                speakers["pronoun"] += 1
                speakers["pronoun named"] += bool(q.speaker_keys)
                continue
            if not g.source:
                speakers["no source"] += 1
                speakers["no source, null"] += not q.speaker_keys
                continue
            speakers["named"] += 1
            by_actor = speaker_right(analysis, q, g, text)
            speakers["named right, actor"] += by_actor
            if by_actor or mention_right(q, g):
                speakers["named right"] += 1
            elif not q.speaker_keys and not names_someone(doc, g):
                speakers["unnamed source, null"] += 1
            elif len(wrong_speakers) < args.show:
                names = {a.key: a.name for a in analysis.actors}
                said = [names.get(k) for k in q.speaker_keys]
                source = " ".join(text[s:e] for s, e in g.source)
                named = "named" if names_someone(doc, g) else "unnamed"
                used = q.speaker_span.text if q.speaker_span else None
                wrong_speakers.append(
                    f"{said} ({used!r}) vs {named} {source!r}: {q.text[:80]!r}"
                )
    elapsed = time.perf_counter() - started

    print(f"PolNeAR {args.split}: {len(docs)} articles, {words} words, {elapsed:.1f} s")
    print(f"analysis failures: {failures}")
    for view in views:
        print(f"\nview: {view}")
        print(f"{'kind':10}{'pred':>7}{'gold':>7}{'P':>8}{'R':>8}{'F1':>8}")
        for kind in ("direct", "mixed", "indirect", "total"):
            kinds = ("direct", "mixed", "indirect") if kind == "total" else (kind,)
            pn = sum(pred_n[view, k] for k in kinds)
            ph = sum(pred_hit[view, k] for k in kinds)
            gn = sum(gold_n[view, k] for k in kinds)
            gh = sum(gold_hit[view, k] for k in kinds)
            p = ph / pn if pn else 0.0
            r = gh / gn if gn else 0.0
            print(f"{kind:10}{pn:7}{gn:7}{p:8.3f}{r:8.3f}{f1(p, r):8.3f}")
    matched = sum(kind_agree.values())
    if matched:
        print(f"\nkind agreement on {matched} matched quotes: {kind_agree[True] / matched:.3f}")
    if speakers["named"]:
        print(
            f"speaker accuracy on {speakers['named']} quotes matched (fragment rule) with a "
            f"gold source that is not a pronoun: {speakers['named right'] / speakers['named']:.3f}"
        )
        print(
            f"  by the predicted actor alone (the earlier rule, no speaker mention): "
            f"{speakers['named right, actor'] / speakers['named']:.3f}"
        )
        right_or_anonymous = speakers["named right"] + speakers["unnamed source, null"]
        print(
            f"  counting as right a null speaker where the gold source names nobody "
            f"(\"a new poll\", \"aides\"; Briefer's anonymous-source rule): "
            f"{right_or_anonymous / speakers['named']:.3f}"
        )
    if speakers["no source"]:
        print(
            f"matched quotes with no gold source: {speakers['no source']}, "
            f"given no speaker either: {speakers['no source, null'] / speakers['no source']:.3f}"
        )
    if speakers["pronoun"]:
        print(
            f"matched quotes whose gold source is a pronoun: {speakers['pronoun']}, "
            f"given a speaker: {speakers['pronoun named'] / speakers['pronoun']:.3f} "
            "(resolution not checkable without gold coreference)"
        )
    for title, items in (
        ("missed", misses),
        ("false", false_hits),
        ("wrong speaker", wrong_speakers),
    ):
        if items:
            print(f"\n{title}:")
            for item in items:
                print("  " + item)
    return 0


if __name__ == "__main__":
    sys.exit(main())
