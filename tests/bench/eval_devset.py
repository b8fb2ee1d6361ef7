"""Who said what, actors, roles, merges, experts and types, measured on the development set.

Usage: eval_devset.py [--data tests/data/devset] [--show N] [--json]

The set (`tests/data/devset`, rules in its README) is articles written for
Briefer in twelve house styles, each `NAME.txt` with a gold `NAME.json`. Every
article is analysed by `briefer.nlp.analyze` (the pipeline loaded once) and
scored per style and overall:

- who-said-what: over the gold quotes (negated ones aside) matched by a
  predicted quote overlapping at least half of the longer span (one-to-one,
  best overlap first). Right when the predicted speakers, mapped to gold
  actors, are exactly the gold speakers; for an anonymous gold quote right
  when there is no predicted speaker or every one is a group actor that is
  no named gold actor. "end to end" counts unmatched gold quotes as wrong.
- quote F1 by kind: a match counts for a kind when both quotes are of it;
  recall over gold quotes of the kind, precision over predictions of it.
  "any kind" counts every match. A prediction on negated speech ("declined to say
  whether ...") is a false quote unless it carries `negated=True`.
- actors: a gold actor's mentions are every occurrence of its aliases in the
  text (longest first, whole words). A predicted actor is the gold actor its
  mentions overlap most (else the one whose alias its name is); one matching
  none is junk, unless it is a group standing for unnamed sources the gold
  names as an anonymous speaker ("officials" for "two U.S. officials said"),
  counted apart. A gold actor's prediction is the predicted actor overlapping
  its mentions most.
- roles: a gold role is found when at least 60 % of its content words are in
  one role (plus the affiliation) of the gold actor's prediction, a word
  matching its stem ("chair" / "chairman").
- merges: pairwise over gold mentions, each placed in the predicted actor
  whose mention overlaps it (else alone): precision (no two gold actors on
  one prediction) and recall (all of one actor's aliases on one prediction).
- experts: precision and recall of `is_expert` over gold persons (a junk
  actor flagged expert is a false positive); types: share of found gold
  actors with the gold type.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "tests" / "data" / "devset"
STYLES = ("us_broadsheet", "uk_broadsheet", "wire", "analysis", "liveblog", "transcript",
          "commonwealth", "local", "business", "science", "feature", "reports",
          "tabloid", "newsletter", "state_media", "investigative", "regional", "broadcast")
ROLE_STOPWORDS = {"the", "a", "an", "of", "for", "at", "on", "in", "to", "and", "&", "s"}
ROLE_SHARE = 0.6
TARGETS = {
    "who-said-what": 0.92,
    "roles": 0.90,
    "merges F1": 0.95,
    "experts recall": 0.90,
    "experts precision": 0.95,
    "actor types": 0.95,
    "junk actors": 0,
}


@dataclass
class GoldArticle:
    name: str
    text: str
    style: str
    actors: list[dict]
    quotes: list[dict]
    non_actors: list[str]


@dataclass
class Tally:
    """Counts for one style (or all), turned into figures by `figures`."""

    said_right: int = 0
    said_matched: int = 0
    said_gold: int = 0
    kind_gold: Counter = field(default_factory=Counter)
    kind_pred: Counter = field(default_factory=Counter)
    kind_hit: Counter = field(default_factory=Counter)  # matched with the same kind; "any" for all
    negated_gold: int = 0
    negated_as_claim: int = 0
    roles_found: int = 0
    roles_gold: int = 0
    pairs: Counter = field(default_factory=Counter)
    experts: Counter = field(default_factory=Counter)
    types_right: int = 0
    actors_found: int = 0
    actors_gold: int = 0
    junk: int = 0
    unnamed_sources: int = 0
    articles: int = 0

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(value, Counter):
                mine.update(value)
            else:
                setattr(self, name, mine + value)


def ratio(a: float, b: float) -> float | None:
    return a / b if b else None


def f1(p: float | None, r: float | None) -> float | None:
    """F1 of precision and recall; 0 when one of them is undefined but the other is not."""
    if p is None and r is None:
        return None
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def figures(t: Tally) -> dict[str, float | int | None]:
    out: dict[str, float | int | None] = {
        "who-said-what": ratio(t.said_right, t.said_matched),
        "who-said-what end to end": ratio(t.said_right, t.said_gold),
    }
    for kind in ("any", "direct", "mixed", "indirect"):
        gold = sum(t.kind_gold.values()) if kind == "any" else t.kind_gold[kind]
        pred = sum(t.kind_pred.values()) if kind == "any" else t.kind_pred[kind]
        name = "quote span F1 (any kind)" if kind == "any" else f"{kind} quote F1"
        out[name] = f1(ratio(t.kind_hit[kind], pred), ratio(t.kind_hit[kind], gold))
    out["negated speech reported as claim"] = t.negated_as_claim
    out["roles"] = ratio(t.roles_found, t.roles_gold)
    mp = ratio(t.pairs["tp"], t.pairs["tp"] + t.pairs["fp"])
    mr = ratio(t.pairs["tp"], t.pairs["tp"] + t.pairs["fn"])
    out["merges precision"], out["merges recall"], out["merges F1"] = mp, mr, f1(mp, mr)
    out["experts precision"] = ratio(t.experts["tp"], t.experts["tp"] + t.experts["fp"])
    out["experts recall"] = ratio(t.experts["tp"], t.experts["tp"] + t.experts["fn"])
    out["actor types"] = ratio(t.types_right, t.actors_found)
    out["gold actors found"] = ratio(t.actors_found, t.actors_gold)
    out["junk actors"] = t.junk
    out["unnamed-source groups (not junk)"] = t.unnamed_sources
    return out


def is_unnamed_source(actor, descriptions: list[str]) -> bool:
    """A group actor standing for the article's unnamed sources ("officials" for
    "two U.S. officials said"): what the gold calls an anonymous speaker, so not junk."""
    if actor.type != "group":
        return False
    name = actor.name.casefold()
    return any(name in d or d.endswith(name.removeprefix("the ")) for d in descriptions)


def load_gold(data: Path) -> list[GoldArticle]:
    articles = []
    for path in sorted(data.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        articles.append(GoldArticle(path.stem, text, gold["style"], gold["actors"],
                                    gold["quotes"], gold.get("non_actors", [])))
    return articles


def gold_mentions(text: str, actors: list[dict]) -> list[tuple[int, int, int]]:
    """(start, end, actor index) of every alias occurrence, longest alias first, no overlaps."""
    aliases = sorted(((a, i) for i, actor in enumerate(actors) for a in actor["aliases"]),
                     key=lambda pair: -len(pair[0]))
    taken: list[tuple[int, int, int]] = []
    for alias, index in aliases:
        for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), index))
    return sorted(taken)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def norm(name: str) -> str:
    return re.sub(r"[^\w ]", "", name.lower()).strip()


def role_words(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {w for w in words if w not in ROLE_STOPWORDS}


def same_word(a: str, b: str) -> bool:
    """Equal, or one a stem of the other ("chair" / "chairman", "direct" / "director")."""
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= 4 and long.startswith(short))


def role_found(role: str, actor) -> bool:
    wanted = role_words(role)
    if not wanted:
        return True
    affiliation = role_words(actor.affiliation or "")
    for stated in actor.roles:
        offered = role_words(stated) | affiliation
        hits = sum(any(same_word(w, o) for o in offered) for w in wanted)
        if hits >= ROLE_SHARE * len(wanted):
            return True
    return False


def match_quotes(preds, golds) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) index pairs overlapping ≥ half the longer span, best first."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            o = overlap((p.start, p.end), (g["start"], g["end"]))
            if o and o >= 0.5 * max(p.end - p.start, g["end"] - g["start"]):
                candidates.append((o, i, j))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def score_article(gold: GoldArticle, analysis, log: dict[str, list[str]]) -> Tally:
    t = Tally(articles=1)
    tag = gold.name
    mentions = gold_mentions(gold.text, gold.actors)
    preds = analysis.actors
    by_key = {a.key: a for a in preds}

    # predicted actor -> gold actor index, and back
    pred_to_gold: dict[str, int | None] = {}
    weight: dict[tuple[str, int], int] = Counter()
    for actor in preds:
        votes = Counter()
        for m in actor.mentions:
            for s, e, i in mentions:
                if overlap((m.start, m.end), (s, e)):
                    votes[i] += 1
        if not votes:
            votes.update(i for i, g in enumerate(gold.actors)
                         if norm(actor.name) in {norm(a) for a in g["aliases"]})
        pred_to_gold[actor.key] = votes.most_common(1)[0][0] if votes else None
        for i, n in votes.items():
            weight[actor.key, i] = n
    gold_to_pred: dict[int, object] = {}
    for i in range(len(gold.actors)):
        best = max(((weight[a.key, i], a) for a in preds if weight[a.key, i]),
                   key=lambda pair: pair[0], default=None)
        if best:
            gold_to_pred[i] = best[1]

    # actors, types, roles, experts
    t.actors_gold = len(gold.actors)
    for i, g in enumerate(gold.actors):
        pred = gold_to_pred.get(i)
        if pred is None:
            log["missed actors"].append(f"{tag}: {g['name']} ({g['type']})")
        else:
            t.actors_found += 1
            if pred.type == g["type"]:
                t.types_right += 1
            else:
                log["wrong types"].append(f"{tag}: {g['name']}: {pred.type} for {g['type']}")
        for role in g["roles"]:
            t.roles_gold += 1
            if pred is not None and role_found(role, pred):
                t.roles_found += 1
            else:
                got = f"{pred.roles} / {pred.affiliation!r}" if pred else "no actor"
                log["missed roles"].append(f"{tag}: {g['name']}: {role!r}; got {got}")
        if g["type"] == "person":
            flagged = pred is not None and pred.is_expert
            if g["is_expert"] and flagged:
                t.experts["tp"] += 1
            elif g["is_expert"]:
                t.experts["fn"] += 1
                log["experts missed"].append(f"{tag}: {g['name']} ({', '.join(g['roles'])})")
            elif flagged:
                t.experts["fp"] += 1
                log["experts invented"].append(f"{tag}: {g['name']} ({', '.join(g['roles'])})")
    unnamed = [g["anonymous_description"].casefold() for g in gold.quotes
               if not g["speakers"] and g.get("anonymous_description")]
    for actor in preds:
        if pred_to_gold[actor.key] is None and is_unnamed_source(actor, unnamed):
            t.unnamed_sources += 1
        elif pred_to_gold[actor.key] is None:
            t.junk += 1
            if actor.is_expert:
                t.experts["fp"] += 1
            listed = " (listed as not an actor)" if actor.name in gold.non_actors else ""
            log["junk actors"].append(f"{tag}: {actor.name!r} ({actor.type}){listed}")

    # merges, pairwise over gold mentions
    cluster = []
    for n, (s, e, i) in enumerate(mentions):
        owner = next((a.key for a in preds for m in a.mentions
                      if overlap((m.start, m.end), (s, e))), f"alone{n}")
        cluster.append((i, owner))
    for x in range(len(cluster)):
        for y in range(x + 1, len(cluster)):
            same_gold = cluster[x][0] == cluster[y][0]
            same_pred = cluster[x][1] == cluster[y][1]
            if same_gold and same_pred:
                t.pairs["tp"] += 1
            elif same_pred:
                t.pairs["fp"] += 1
            elif same_gold:
                t.pairs["fn"] += 1
    split = defaultdict(set)
    for i, owner in cluster:
        split[i].add(owner)
    for i, owners in split.items():
        names = sorted({by_key[o].name if o in by_key else "(none)" for o in owners})
        if len(owners) > 1:
            log["split actors"].append(f"{tag}: {gold.actors[i]['name']} -> {names}")
    joined = defaultdict(set)
    for i, owner in cluster:
        if owner in by_key:
            joined[owner].add(gold.actors[i]["name"])
    for owner, names in joined.items():
        if len(names) > 1:
            log["joined actors"].append(f"{tag}: {by_key[owner].name!r} holds {sorted(names)}")

    # quotes
    pairs = dict((j, i) for i, j in match_quotes(analysis.quotes, gold.quotes))
    matched_preds = set(pairs.values())
    for j, g in enumerate(gold.quotes):
        pred = analysis.quotes[pairs[j]] if j in pairs else None
        if g["negated"]:
            t.negated_gold += 1
            if pred is not None and not getattr(pred, "negated", False):
                t.negated_as_claim += 1
                log["negated speech reported as claim"].append(f"{tag}: {g['text'][:70]!r}")
            continue
        t.kind_gold[g["kind"]] += 1
        t.said_gold += 1
        if pred is None:
            log["missed quotes"].append(f"{tag}: [{g['kind']}] {g['text'][:80]!r}")
            continue
        t.kind_hit["any"] += 1
        if pred.kind == g["kind"]:
            t.kind_hit[g["kind"]] += 1
        else:
            log["wrong kinds"].append(f"{tag}: {pred.kind} for {g['kind']}: {g['text'][:60]!r}")
        t.said_matched += 1
        speakers = [by_key[k] for k in pred.speaker_keys if k in by_key]
        got = {pred_to_gold[a.key] for a in speakers}
        if g["speakers"]:
            want = {i for i, a in enumerate(gold.actors) if a["name"] in g["speakers"]}
            right = got == want
        else:
            right = all(a.type == "group" and pred_to_gold[a.key] is None for a in speakers)
        if right:
            t.said_right += 1
        else:
            names = [a.name for a in speakers] or ["(none)"]
            wanted = g["speakers"] or [f"anonymous: {g['anonymous_description']}"]
            log["wrong speakers"].append(f"{tag}: {g['text'][:60]!r}: {names} for {wanted}")
    negated_preds = {pairs[j] for j, g in enumerate(gold.quotes) if g["negated"] and j in pairs}
    for i, p in enumerate(analysis.quotes):
        if i in negated_preds and getattr(p, "negated", False):
            continue
        t.kind_pred[p.kind] += 1
        if i not in matched_preds:
            log["false quotes"].append(f"{tag}: [{p.kind}] {p.text[:80]!r}")
    return t


def fmt(value) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def target_text(name: str) -> str:
    if name not in TARGETS:
        return ""
    target = TARGETS[name]
    return f"= {target}" if name == "junk actors" else f"≥ {target:.2f}"


def passed(name: str, value) -> str:
    if name not in TARGETS or value is None:
        return ""
    ok = value == 0 if name == "junk actors" else value >= TARGETS[name]
    return "pass" if ok else "FAIL"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show", type=int, default=0, help="list up to N errors of each sort")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    golds = load_gold(args.data)
    if not golds:
        print(f"no gold articles in {args.data}", file=sys.stderr)
        return 2
    from briefer.nlp.analyze import analyze_texts
    from briefer.nlp.pipeline import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline()
    analyses = list(analyze_texts(nlp, (g.text for g in golds)))
    seconds = time.perf_counter() - started

    tallies = {style: Tally() for style in STYLES}
    total = Tally()
    log: dict[str, list[str]] = defaultdict(list)
    for gold, analysis in zip(golds, analyses, strict=True):
        tally = score_article(gold, analysis, log)
        tallies.setdefault(gold.style, Tally()).add(tally)
        total.add(tally)
    columns = {style: figures(t) for style, t in tallies.items() if t.articles}
    columns["overall"] = figures(total)

    if args.json:
        print(json.dumps({"articles": total.articles, "seconds": round(seconds, 1),
                          "targets": TARGETS, "figures": columns}, indent=1))
    else:
        counts = {style: t.articles for style, t in tallies.items() if t.articles}
        print(f"Development set: {total.articles} articles "
              f"({', '.join(f'{s} {n}' for s, n in counts.items())}), "
              f"{total.said_gold} quotes, {total.actors_gold} actors; analysed in {seconds:.0f} s")
        heads = [s.replace("_broadsheet", "") for s in columns]
        width = max(len(n) for n in columns["overall"]) + 1
        print(f"{'figure':<{width}}" + "".join(f"{h:>11}" for h in heads) + "   target")
        for name in columns["overall"]:
            row = "".join(f"{fmt(c[name]):>11}" for c in columns.values())
            verdict = passed(name, columns["overall"][name])
            print(f"{name:<{width}}{row}   {target_text(name)} {verdict}".rstrip())
    if args.show:
        for sort, lines in log.items():
            print(f"\n{sort} ({len(lines)}):")
            for line in lines[: args.show]:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
