"""The seed article's hand-made analysis and small helpers the project-file tests share."""

import sqlite3
from pathlib import Path

from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project, schema

SEED_TITLE = "Europe weighs security guarantees for Ukraine"
JOINT_QUOTE = ("arming Ukraine with substantial weaponry and ammunition may be the most viable "
               "option to bolster its defenses")


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The `nth` occurrence of `needle` in `text` as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def bounds(text: str, needle: str) -> tuple[int, int]:
    found = span(text, needle)
    return found.start, found.end


def quote(text: str, key: str, needle: str, kind: str, speakers: list[str],
          cue: str | None = None) -> ExtractedQuote:
    found = span(text, needle)
    return ExtractedQuote(key=key, text=found.text, start=found.start, end=found.end, kind=kind,
                          speaker_key=speakers[0] if speakers else None,
                          speaker_keys=list(speakers), cue=cue)


def seed_analysis(text: str, split_arnold: bool = False) -> Analysis:
    """A hand-made analysis of the seed article, as the NLP layer would report it.

    With `split_arnold`, "Arnold" alone is a separate actor from "Ed Arnold", the
    kind of mistake a user fixes by merging.
    """
    arnold_mentions = [span(text, "Ed Arnold"), span(text, "Arnold", 2)]
    actors = [
        ExtractedActor("a1", "Emmanuel Macron", "person", roles=["French President"],
                       mentions=[span(text, "Emmanuel Macron")]),
        ExtractedActor("a2", "Francois Heisbourg", "person", roles=["special adviser"],
                       affiliation="Foundation for Strategic Research", is_expert=True,
                       mentions=[span(text, "Francois Heisbourg"), span(text, "Heisbourg", 1)],
                       aliases=["Heisbourg"]),
        ExtractedActor("a3", "Ed Arnold", "person", roles=["European security expert"],
                       affiliation="Royal United Services Institute", is_expert=True,
                       mentions=arnold_mentions[:1] if split_arnold else arnold_mentions),
        ExtractedActor("a4", "NATO", "organization", mentions=[span(text, "NATO")]),
        ExtractedActor("a5", "Ben Hodges", "person", roles=["former U.S. Army commander"],
                       mentions=[span(text, "Ben Hodges")]),
    ]
    if split_arnold:
        actors.append(ExtractedActor("a6", "Arnold", "person", mentions=arnold_mentions[1:]))
    quotes = [
        quote(text, "q1", "“impossible”", "mixed", ["a3"], cue="described"),
        quote(text, "q2", "deploying troops without a ceasefire is too risky", "indirect",
              ["a2"], cue="noted"),
        quote(text, "q3", JOINT_QUOTE, "indirect", ["a2", "a3"], cue="suggest"),
        quote(text, "q4", "the lack of a clear mission risks undermining credibility",
              "indirect", ["a5"], cue="according to"),
    ]
    return Analysis(actors=actors, quotes=quotes)


def add_seed(project: Project, text: str, **fields) -> Article:
    fields.setdefault("title", SEED_TITLE)
    return project.add_article(Article(text=text, outlet="Wire", author="Staff",
                                       published="2025-09-04", url="https://example.org/a",
                                       source_path="/data/seed.txt", **fields))


def dump(project: Project) -> dict[str, list[tuple]]:
    """Every row of every table (the FTS index included), for exact comparisons."""
    tables = [r[0] for r in project.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(map(tuple, project.conn.execute(f'SELECT * FROM "{t}"')), key=repr)
            for t in tables}


def actor_named(project: Project, name: str):
    matches = [a for a in project.actors() if a.name == name]
    assert len(matches) == 1, [a.name for a in project.actors()]
    return matches[0]


def quote_at(project: Project, text: str, needle: str):
    found = span(text, needle)
    matches = [q for q in project.quotes() if (q.start, q.end) == (found.start, found.end)]
    assert len(matches) == 1
    return matches[0]


def write_v1_project(path: Path, text: str) -> None:
    """A project as the first release wrote it: schema version 1, no full-text index."""
    conn = sqlite3.connect(path)
    conn.executescript(schema.TABLES_V1)
    conn.executemany("INSERT INTO meta VALUES (?, ?)",
                     [("application", "briefer"), ("schema_version", "1")])
    conn.execute("INSERT INTO articles (title, content_hash, text) VALUES (?, ?, ?)",
                 ("Old project article", Article(text=text).content_hash, text))
    conn.commit()
    conn.close()

