"""Build NAME.json from NAME.txt and the hand-written spec _spec/NAME.py.

The spec gives actors and quotes by their text; offsets are computed here
(text[start:end] == quote text, the n-th occurrence), never typed. Then the
same checks as tests/bench/test_eval_devset.py are run on the result.

Usage: python build.py [NAME ...]   (default: every spec)
"""
import json, re, sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
TYPES = {"person", "government", "party", "company", "media", "international",
         "organization", "country", "group"}
KINDS = {"direct", "mixed", "indirect"}


def A(name, type_="person", roles=(), aff="", exp=False, al=()):
    aliases = list(al) if al else [name]
    return {"name": name, "type": type_, "roles": list(roles), "affiliation": aff,
            "is_expert": exp, "aliases": aliases}


def Q(text, kind, speakers=(), anon="", neg=False, n=0):
    return {"text": text, "kind": kind, "speakers": list(speakers),
            "anonymous_description": anon, "negated": neg, "_n": n}


def build(name):
    spec = {"A": A, "Q": Q}
    exec((HERE / f"{name}.py").read_text(encoding="utf-8"), spec)
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert text.endswith("\n")
    errors = []
    quotes = []
    for q in spec["QUOTES"]:
        n = q.pop("_n")
        starts = [m.start() for m in re.finditer(re.escape(q["text"]), text)]
        if len(starts) <= n:
            errors.append(f"quote not found: {q['text'][:60]!r}")
            continue
        if len(starts) > 1 and n == 0:
            print(f"  note: {name}: quote occurs {len(starts)}x, taking first: {q['text'][:50]!r}")
        start = starts[n]
        quotes.append({"text": q["text"], "start": start, "end": start + len(q["text"]),
                       "kind": q["kind"], "speakers": q["speakers"],
                       "anonymous_description": q["anonymous_description"], "negated": q["negated"]})
    gold = {"style": spec["STYLE"], "topic": spec["TOPIC"], "actors": spec["ACTORS"],
            "quotes": sorted(quotes, key=lambda q: (q["start"], q["end"])),
            "non_actors": spec.get("NON_ACTORS", [])}
    # the checks of test_eval_devset.py
    names = [a["name"] for a in gold["actors"]]
    if len(names) != len(set(names)):
        errors.append("actor names not unique")
    owners = defaultdict(set)
    for a in gold["actors"]:
        if a["type"] not in TYPES:
            errors.append(f"bad type {a}")
        if not a["aliases"]:
            errors.append(f"no aliases: {a['name']}")
        for al in a["aliases"]:
            owners[al].add(a["name"])
            if not re.search(r"(?<!\w)" + re.escape(al) + r"(?!\w)", text):
                errors.append(f"alias not in text: {al!r}")
        if a["is_expert"] and a["type"] != "person":
            errors.append(f"non-person expert {a['name']}")
    for al, o in owners.items():
        if len(o) > 1:
            errors.append(f"alias {al!r} shared by {o}")
    for q in gold["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["kind"] not in KINDS:
            errors.append(f"bad kind {q['kind']}")
        if not set(q["speakers"]) <= set(names):
            errors.append(f"unknown speakers {q['speakers']}")
        if not (q["speakers"] or q["anonymous_description"]):
            errors.append(f"no speaker: {q['text'][:50]!r}")
    for na in gold["non_actors"]:
        if na not in text:
            errors.append(f"non_actor not in text: {na!r}")
    words = len(text.split())
    if not 250 <= words <= 500:
        errors.append(f"{words} words")
    if errors:
        print(f"{name}: FAIL\n  " + "\n  ".join(errors))
        return False
    (DATA / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    print(f"{name}: ok ({words} words, {len(gold['actors'])} actors, {len(quotes)} quotes)")
    return True


if __name__ == "__main__":
    names = sys.argv[1:] or sorted(p.stem for p in HERE.glob("*.py") if p.stem != "build")
    ok = all([build(n) for n in names])
    sys.exit(0 if ok else 1)
