"""The auto-draft: a sensible first brief from stored actors, quotes and articles."""

import pytest

from briefer.core import brief
from briefer.core.draft import draft_brief, split_sentences
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project


def _span(text, phrase):
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _quote(text, key, phrase, kind, speakers, cue):
    where = _span(text, phrase)
    return ExtractedQuote(key, phrase, where.start, where.end, kind, speakers[0] if speakers
                          else None, speakers, cue)


@pytest.fixture
def drafted(seed_text):
    project = Project.new()
    article = project.add_article(Article(text=seed_text, title="Europe weighs guarantees",
                                          outlet="Example Times", published="2025-09-04"))
    actors = [
        ExtractedActor("a1", "Emmanuel Macron", "person", ["French President"], "", False,
                       [_span(seed_text, "Emmanuel Macron")]),
        ExtractedActor("a2", "Ed Arnold", "person", ["a European security expert"],
                       "Royal United Services Institute", True, [_span(seed_text, "Ed Arnold")]),
        ExtractedActor("a3", "Francois Heisbourg", "person", ["a special adviser"],
                       "Foundation for Strategic Research", True,
                       [_span(seed_text, "Francois Heisbourg")]),
        ExtractedActor("a4", "European officials", "group", [], "", False,
                       [_span(seed_text, "European officials")]),
        ExtractedActor("a5", "Ukraine", "country", [], "", False, [_span(seed_text, "Ukraine")]),
    ]
    quotes = [
        _quote(seed_text, "q1", "detailed operational planning as “impossible” without a clear "
               "mission or assured U.S. commitment", "mixed", ["a2"], "described"),
        _quote(seed_text, "q2", "deploying troops without a ceasefire is too risky", "indirect",
               ["a3"], "noted"),
        _quote(seed_text, "q3", "troops would focus on training Ukrainian forces and remain "
               "away from frontlines", "indirect", ["a4"], "suggest"),
        _quote(seed_text, "q4", "coalition of the willing", "direct", ["a1"], None),
    ]
    project.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
    scare = next(q for q in project.quotes() if q.text == "coalition of the willing")
    project.set_quote_status(scare.id, "rejected")
    draft_brief(project)
    yield project, brief.load_brief(project)
    project.close()


def texts(loaded, role):
    return [i.text for i in loaded.section_with_role(role).items]


def test_summary_opens_with_the_lead_and_names_the_voices(drafted):
    _, loaded = drafted
    summary = texts(loaded, "summary")
    assert summary[0].startswith("As the war in Ukraine rages on")
    assert summary[0].endswith("U.S. involvement.")
    assert "Ed Arnold (Royal United Services Institute)" in summary[1]
    assert "European officials" in summary[1]
    assert loaded.front.title == "Europe weighs guarantees"
    assert loaded.front.date


def test_expert_and_official_quotes_go_to_their_sections(drafted):
    project, loaded = drafted
    experts = loaded.section_with_role("experts").items
    assert [project.actor(project.quote(i.quote_id).speaker_id).name for i in experts] == [
        "Ed Arnold", "Francois Heisbourg"]
    assert texts(loaded, "officials") == [
        "troops would focus on training Ukrainian forces and remain away from frontlines"]


def test_rejected_quotes_are_never_used(drafted):
    project, loaded = drafted
    rejected = {q.id for q in project.quotes() if q.status == "rejected"}
    used = {i.quote_id for i in loaded.items() if i.kind == "quote"}
    assert rejected and not rejected & used
    assert all(i.text != "coalition of the willing" for i in loaded.items())


def test_key_actors_list_speakers_first(drafted):
    project, loaded = drafted
    names = [project.actor(i.actor_id).name for i in loaded.section_with_role("actors").items]
    assert names[:3] == ["Ed Arnold", "Francois Heisbourg", "European officials"]
    assert "Emmanuel Macron" in names
    assert "Ukraine" not in names


def test_facts_are_sentences_with_figures_strongest_first_in_article_order(drafted):
    _, loaded = drafted
    facts = texts(loaded, "facts")
    assert any("10,000 to 30,000 troops" in f for f in facts)
    assert any("approximately 30 nations" in f for f in facts)
    assert all(any(ch.isdigit() for ch in f) or "August" in f for f in facts)
    assert all(i.kind == "figure" and i.article_id for i in
               loaded.section_with_role("facts").items)


def test_options_and_background_come_from_the_article(drafted):
    project, loaded = drafted
    options = texts(loaded, "options")
    assert options == ["Heisbourg and Arnold suggest that arming Ukraine with substantial "
                       "weaponry and ammunition may be the most viable option to bolster its "
                       "defenses."]
    background = loaded.section_with_role("background").items
    assert background[0].text.startswith("The coalition has been discussing military aid")
    article = project.article(background[0].article_id)
    start, end = background[0].data["start"], background[0].data["end"]
    assert article.text[start:end].startswith("The coalition has been discussing")


def test_no_boilerplate_and_no_sentence_used_twice(drafted):
    _, loaded = drafted
    sentences = [i.text for i in loaded.items() if i.kind in ("text", "figure")]
    assert not any("Also Read" in s for s in sentences)
    assert len(sentences) == len(set(sentences))


def test_drafting_again_replaces_the_draft_and_keeps_front_matter(drafted):
    project, loaded = drafted
    brief.set_front_matter(project, title="My own title", marking="DRAFT")
    draft_brief(project)
    again = brief.load_brief(project)
    assert again.front.title == "My own title"
    assert again.front.marking == "DRAFT"
    assert len(again.sections) == len(loaded.sections)
    assert len(again.items()) == len(loaded.items())


def test_an_empty_project_drafts_an_empty_template():
    project = Project.new()
    draft_brief(project)
    loaded = brief.load_brief(project)
    assert loaded.front.title == "Policy brief"
    assert loaded.sections[0].title == "Summary"
    assert loaded.items() == []


def test_sentence_splitting_keeps_abbreviations_and_offsets():
    text = ("U.S. President Donald Trump met Mr. Smith at 9 a.m. on Sept. 4. He left. "
            "Dr. J. Doe stayed.\n“It is over.” She agreed.")
    sentences = split_sentences(1, text)
    assert [s.text for s in sentences] == [
        "U.S. President Donald Trump met Mr. Smith at 9 a.m. on Sept. 4.", "He left.",
        "Dr. J. Doe stayed.", "“It is over.”", "She agreed."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def test_draft_from_the_real_seed_analysis(nlp, seed_text):
    from briefer.nlp.analyze import analyze_text

    project = Project.new()
    article = project.add_article(Article(text=seed_text, title=seed_text[:140] + "…",
                                          source_path="/seeds/000_4ae4e183a08f2c92.txt"))
    project.store_analysis(article.id, analyze_text(nlp, seed_text))
    draft_brief(project)
    loaded = brief.load_brief(project)
    assert loaded.front.title == "Policy brief: Ukraine"
    assert texts(loaded, "summary")[0].startswith("As the war in Ukraine rages on")
    experts = {project.actor(project.quote(i.quote_id).speaker_id).name
               for i in loaded.section_with_role("experts").items}
    assert {"Ed Arnold", "Francois Heisbourg"} <= experts
    assert any("10,000 to 30,000 troops" in f for f in texts(loaded, "facts"))
    assert any("viable option" in o for o in texts(loaded, "options"))
    actors = {project.actor(i.actor_id).name for i in loaded.section_with_role("actors").items}
    assert {"Emmanuel Macron", "Keir Starmer", "Ed Arnold"} <= actors
    everything = " ".join(i.text for i in loaded.items())
    assert "Also Read" not in everything
    assert not any(i.text.startswith("However") for i in loaded.section_with_role(
        "background").items)
    project.close()
