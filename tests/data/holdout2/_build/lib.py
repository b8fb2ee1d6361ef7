import json, re, sys
from pathlib import Path
OUT = Path("/work/wt/holdout2/tests/data/holdout2")
def A(name, type_, roles=(), aff="", expert=False, aliases=None):
    return {"name": name, "type": type_, "roles": list(roles), "affiliation": aff,
            "is_expert": expert, "aliases": list(aliases) if aliases else [name]}
def Q(text, kind, speakers=(), anon="", neg=False, nth=None):
    return {"text": text, "kind": kind, "speakers": list(speakers), "anonymous_description": anon,
            "negated": neg, "_nth": nth}
def build(name, style, topic, text, actors, quotes, non_actors):
    text = text.strip("\n") + "\n"
    words = len(text.split())
    out = []
    for q in quotes:
        idx = [m.start() for m in re.finditer(re.escape(q["text"]), text)]
        assert idx, f"{name}: quote not found: {q['text']!r}"
        nth = q.pop("_nth")
        if len(idx) > 1:
            assert nth is not None, f"{name}: ambiguous quote {q['text']!r} x{len(idx)}"
            s = idx[nth]
        else:
            s = idx[0]
        e = s + len(q["text"])
        assert text[s:e] == q["text"]
        out.append({"text": q["text"], "start": s, "end": e, "kind": q["kind"], "speakers": q["speakers"],
                    "anonymous_description": q["anonymous_description"], "negated": q["negated"]})
    out.sort(key=lambda q: q["start"])
    for a in actors:
        for al in a["aliases"]:
            assert re.search(r"(?<!\w)" + re.escape(al) + r"(?!\w)", text), f"{name}: alias {al!r} missing"
    for na in non_actors:
        assert re.search(r"(?<!\w)" + re.escape(na) + r"(?!\w)", text), f"{name}: non_actor {na!r} missing"
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    gold = {"style": style, "topic": topic, "actors": actors, "quotes": out, "non_actors": non_actors}
    (OUT / f"{name}.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{name}: {words} words, {len(actors)} actors, {len(out)} quotes")
