"""The draft: a brief, not a list, from several articles on one story."""

import json

import pytest

from briefer.core import brief
from briefer.core.brief_checks import (
    ITEM_OK,
    ITEM_REJECTED,
    ITEM_UNREVIEWED,
    drop_rejected,
    export_problems,
    item_statuses,
)
from briefer.core.draft import (
    LENGTHS,
    draft_brief,
    draft_rules,
    is_substantive,
    split_sentences,
)
from briefer.core.fit import PAGE_LINES, estimate_lines
from briefer.core.records import Actor, Article
from briefer.core.store import Project
from briefer.core.voices import voice_group


def items(project, role):
    return brief.load_brief(project).section_with_role(role).items


def quote_of(project, item):
    return project.quote(item.quote_id)


def test_rejected_quotes_never_reach_the_brief_nor_their_sentences(story):
    for length in LENGTHS:
        draft_brief(story, length)
        loaded = brief.load_brief(story)
        rejected = {q.id for q in story.quotes() if q.status == "rejected"}
        assert rejected and not rejected & {i.quote_id for i in loaded.items()}
        assert not any("irrigation quotas" in i.text for i in loaded.items())


def test_accepted_quotes_only_while_any_is_accepted(story):
    draft_brief(story, "full")
    used = [story.quote(i.quote_id) for i in brief.load_brief(story).items() if i.quote_id]
    assert used and all(q.status == "accepted" for q in used)
    assert all(status == ITEM_OK for status in item_statuses(story).values())


def test_pending_quotes_are_drafted_and_marked_when_nothing_is_accepted(story):
    for quote in story.quotes():
        if quote.status == "accepted":
            story.set_quote_status(quote.id, "pending")
    draft_brief(story, "full")
    statuses = item_statuses(story)
    quote_items = [i for i in brief.load_brief(story).items() if i.kind == "quote"]
    assert quote_items and all(statuses[i.id] == ITEM_UNREVIEWED for i in quote_items)
    problems = export_problems(story)
    assert len(problems.unreviewed) == len(quote_items)
    assert problems.warnings()[0] == f"{len(quote_items)} item(s) rest on quotes nobody has " \
                                     "reviewed"


def test_a_quote_rejected_after_drafting_is_reported_and_can_be_dropped(story):
    draft_brief(story, "full")
    item = next(i for i in brief.load_brief(story).items() if i.kind == "quote")
    story.set_quote_status(item.quote_id, "rejected")
    assert item_statuses(story)[item.id] == ITEM_REJECTED
    assert [i.id for i in export_problems(story).rejected] == [item.id]
    assert drop_rejected(story) == 1
    assert export_problems(story).rejected == []
    assert item.id not in {i.id for i in brief.load_brief(story).items()}


def test_sources_lacking_outlet_or_date_are_listed(story):
    draft_brief(story, "full")
    missing = export_problems(story).sources_missing
    assert [(a.title, fields) for a, fields in missing] == [("Farm lobby wary of pact",
                                                               ["outlet"])]
    assert "“Farm lobby wary of pact” (no outlet)" in export_problems(story).warnings()[-1]


def test_a_quote_or_actor_is_in_the_brief_at_most_once(story):
    draft_brief(story, "full")
    loaded = brief.load_brief(story)
    quote_item = next(i for i in loaded.items() if i.kind == "quote")
    actor_item = next(i for i in loaded.items() if i.kind == "actor")
    notes = loaded.section_with_role("options") or loaded.sections[-1]
    with pytest.raises(brief.AlreadyInBrief) as caught:
        brief.add_item(story, notes.id, "quote", quote_id=quote_item.quote_id)
    section = next(s for s in loaded.sections if s.id == quote_item.section_id)
    assert (caught.value.item_id, caught.value.section_title) == (quote_item.id, section.title)
    assert section.title in str(caught.value)
    with pytest.raises(brief.AlreadyInBrief):
        brief.add_item(story, notes.id, "actor", actor_id=actor_item.actor_id)
    assert brief.find_in_brief(story, actor_id=actor_item.actor_id) == (
        actor_item.id, "Key actors")
    assert brief.find_in_brief(story, quote_id=10_000) is None


def test_the_syndicated_quote_is_one_item_citing_both_outlets(story, story_module):
    draft_brief(story, "full")
    loaded = brief.load_brief(story)
    gruber = [i for i in loaded.items()
              if i.kind == "quote" and story_module.GRUBER_QUOTE in i.text]
    assert len(gruber) == 1
    sources = gruber[0].data["sources"]
    outlets = {story.article(gruber[0].article_id).outlet,
               *(story.article(s["article_id"]).outlet for s in sources)}
    assert outlets == {"Wire One", "River Post"}
    # The copy counts as placed: B on it selects the item.
    copy = sources[0]["quote_id"]
    assert brief.find_in_brief(story, quote_id=copy)[0] == gruber[0].id


def test_one_entry_per_actor_grouped_by_voice(story):
    draft_brief(story, "full")
    officials = items(story, "officials")
    labels = [i.data["voice"] for i in officials if i.kind == "text"]
    assert labels == ["officials", "politicians", "organisations", "business", "media",
                      "anonymous"]
    current = None
    for item in officials:
        if item.kind == "text":
            current = item.data["voice"]
            continue
        assert voice_group(story.actor(quote_of(story, item).speaker_id)) == current
    speakers = [quote_of(story, i).speaker_id for i in officials if i.kind == "quote"]
    assert len(speakers) == len(set(speakers))
    experts = [story.actor(quote_of(story, i).speaker_id).name for i in items(story, "experts")]
    assert experts == ["Lena Vogt"]


def test_exclamations_and_text_speakers_are_left_out(story):
    draft_brief(story, "full")
    texts = " ".join(i.text for i in brief.load_brief(story).items())
    assert "what a night" not in texts
    assert "meet again in the autumn" not in texts  # said by "The joint statement"
    assert not is_substantive("Oh, God.")
    assert not is_substantive("Isn't that sort of a bribe, isn't it, really?")
    assert is_substantive("The basin could lose 20 percent of its summer flow by 2040.")


def test_title_summary_facts_and_no_file_name(story):
    draft_brief(story, "full")
    loaded = brief.load_brief(story)
    assert loaded.front.title == "Sharing rules: Gruber, Haines and Vogt"
    summary = items(story, "summary")
    assert 2 <= len(summary) <= 5
    assert summary[0].text.startswith("Environment ministers from six countries agreed")
    assert len({i.article_id for i in summary}) >= 2
    draft_brief(story, "two")  # a three-sentence Summary leaves figures for the facts
    facts = [i.text for i in items(story, "facts")]
    assert facts and all(any(c.isdigit() for c in f) for f in facts)
    stored = json.dumps([(i.text, i.data) for i in loaded.items()])
    assert "farm_lobby_notes" not in stored and "wire_one_0302" not in stored


def test_lengths_set_how_much_the_brief_holds(story):
    sizes = {}
    for length in LENGTHS:
        draft_brief(story, length)
        sizes[length] = len(brief.load_brief(story).items())
        pages = draft_rules()["lengths"][length]["pages"]
        if pages:
            assert estimate_lines(story) <= pages * PAGE_LINES
        assert brief.brief_length(story) == length
    assert sizes["one"] < sizes["two"] <= sizes["full"]
    assert not items_or_empty(story, "one")
    with pytest.raises(ValueError, match="length"):
        draft_brief(story, "three")


def items_or_empty(project, length):
    draft_brief(project, length)
    return items(project, "actors")


def test_drafting_again_replaces_the_draft_and_keeps_front_matter(story):
    draft_brief(story)
    count = len(brief.load_brief(story).items())
    brief.set_front_matter(story, title="My own title", marking="DRAFT")
    draft_brief(story)
    again = brief.load_brief(story)
    assert (again.front.title, again.front.marking) == ("My own title", "DRAFT")
    assert len(again.items()) == count


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
    draft_brief(project, "full")
    loaded = brief.load_brief(project)
    assert loaded.front.title.startswith("Security guarantees")
    experts = {project.actor(project.quote(i.quote_id).speaker_id).name
               for i in items(project, "experts")}
    assert {"Ed Arnold", "Francois Heisbourg"} & experts
    everything = " ".join(i.text for i in loaded.items())
    assert "Also Read" not in everything and "000_4ae4e183a08f2c92" not in everything
    project.close()


def test_the_same_fact_in_other_words_is_one_item_citing_both(story):
    draft_brief(story, "two")
    lead = items(story, "summary")[0]
    assert lead.text.startswith("Environment ministers from six countries")
    others = [story.article(s["article_id"]) for s in lead.data["sources"]]
    assert [a.outlet for a in others] == ["River Post"]
    everything = [i.text for i in brief.load_brief(story).items()]
    assert not any(t.startswith("Six Danube states signed") for t in everything)


def test_title_names_a_body_by_its_acronym_when_the_brackets_were_lost():
    from briefer.core.title import short_name

    bare = Actor(1, "Federal Bureau of Investigation FBI", "government")
    assert short_name(bare) == "the FBI"
    assert short_name(Actor(2, "State Department", "government")) == "the State Department"


ORLANDO = [
    ("Trump at 70", "Donald Trump turns 70 on Tuesday, and many Republicans seem to be hoping "
     "(praying?) for a later-in-life change. The gunman killed 49 people at the Pulse nightclub "
     "in Orlando on Sunday, the deadliest mass shooting in the country. Trump said again that "
     "the country should ban Muslim immigrants after the attack."),
    ("Global sympathy", "Even so, the Orlando shooting comes as parties in Europe stoke fears "
     "of the gunman and of Muslim immigrants. The Orlando shooting at the Pulse nightclub now "
     "ranks as the deadliest mass shooting in the country, with 49 people killed. Leaders in "
     "Europe sent their sympathy to Orlando on Monday."),
    ("Responses", "Obama said the Orlando shooting at the Pulse nightclub was an act of terror "
     "and of hate. The gunman at the Pulse nightclub pledged allegiance to the Islamic State "
     "during the shooting, officials said on Monday. Clinton called for tighter gun laws."),
]


def test_the_summary_neither_asks_nor_leans_on_a_sentence_it_leaves_out():
    project = Project.new()
    for title, text in ORLANDO:
        project.add_article(Article(text=text, title=title, outlet=title, published="2016-06-14"))
    draft_brief(project, "two")
    summary = [i.text for i in items(project, "summary")]
    assert summary
    assert not any("?" in text or text.startswith("Even so") for text in summary)
    assert any("deadliest mass shooting" in text for text in summary)
    project.close()


TERROR = (
    "Experts rebuke airstrike plan\n"
    "Fred Kagan, director of the Critical Threats Project, said nothing could be done now in "
    "Iraq and Syria that would make a difference to attacks at home. Kagan insisted that it "
    "must be part of a global strategy that also watches other radical groups. "
    "Colin Clarke, a political scientist at Rand, said this is much more complicated than "
    "Mr. Trump implied. Donald Trump said, “This is much more complicated than Mr. Trump "
    "implied, and the experts know it.”\n"
)


def test_positions_leave_out_words_given_to_the_wrong_speaker_or_leaning_on_others(
        story_module):
    from briefer.core.records import Analysis

    _actor, _quote = story_module._actor, story_module._quote
    project = Project.new()
    article = project.add_article(Article(text=TERROR, title="Experts rebuke airstrike plan",
                                          outlet="Politico", published="2016-06-13"))
    project.store_analysis(article.id, Analysis(
        actors=[_actor(TERROR, "k", "Fred Kagan", "person", ["director"],
                       "Critical Threats Project", True),
                _actor(TERROR, "t", "Donald Trump", "person", ["Republican nominee"])],
        quotes=[
            _quote(TERROR, "q1", "nothing could be done now in Iraq and Syria that would make "
                   "a difference to attacks at home", "indirect", ["k"], "said"),
            _quote(TERROR, "q2", "it must be part of a global strategy that also watches other "
                   "radical groups", "indirect", ["k"], "insisted"),
            _quote(TERROR, "q3", "This is much more complicated than Mr. Trump implied, and the "
                   "experts know it.", "direct", ["t"], "said"),
        ]))
    draft_brief(project, "full")
    texts = [project.quote(i.quote_id).text for i in brief.load_brief(project).items()
             if i.quote_id]
    assert any(t.startswith("nothing could be done") for t in texts)
    assert not any(t.startswith("it must be part") for t in texts)
    assert not any("Mr. Trump implied" in t for t in texts)
    project.close()


def test_a_voice_label_costs_its_line_but_no_footnote(story):
    from briefer.core.fit import _BLOCK_LINES

    draft_brief(story, "full")
    before = estimate_lines(story)
    section = brief.load_brief(story).section_with_role("officials")
    brief.add_item(story, section.id, "text", text="**Media**", data={"voice": "media"})
    assert estimate_lines(story) - before == pytest.approx(1 + _BLOCK_LINES["paragraph"])


def test_a_voice_label_never_stands_without_an_entry(story_module):
    from briefer.core.records import Analysis

    _actor, _quote = story_module._actor, story_module._quote
    project = Project.new()
    article = project.add_article(Article(text=TERROR, title="Experts rebuke airstrike plan",
                                          outlet="Politico", published="2016-06-13"))
    project.store_analysis(article.id, Analysis(
        actors=[_actor(TERROR, "k", "Fred Kagan", "person", ["director"],
                       "Critical Threats Project", True),
                _actor(TERROR, "c", "Colin Clarke", "person", ["columnist"], "CNN",
                       mention="Colin Clarke")],
        quotes=[
            _quote(TERROR, "q1", "nothing could be done now in Iraq and Syria that would make "
                   "a difference to attacks at home", "indirect", ["k"], "said"),
            _quote(TERROR, "q2", "this is much more complicated than Mr. Trump implied",
                   "indirect", ["c"], "said"),
        ]))
    project.update_actor(next(a.id for a in project.actors() if a.name == "Colin Clarke"),
                         type="media")
    draft_brief(project, "full")
    officials = items(project, "officials")
    assert not any(i.data.get("voice") for i in officials)
    project.close()


SAN_BERNARDINO = [
    ("San Bernardino Terror Suspect Named By Police Before Briefing",
     "Police named a suspect in San Bernardino on Wednesday. Law enforcement officials said "
     "the couple had built pipe bombs in their garage before the attack."),
    ("Democrats Call For Action After San Bernardino Shooting",
     "Democrats called for gun laws after the shooting in San Bernardino that killed 14 people. "
     "Republicans offered prayers for the victims and their families."),
    ("Visa screening missed attacker's zealotry",
     "The attacker in San Bernardino passed three background checks on her way to the country. "
     "Investigators said her posts on social media were private."),
    ("Terrorists mock bids to block them online",
     "Militants mocked the companies trying to block their accounts after San Bernardino. "
     "Twitter said it removes violent threats from its service every day."),
]


def test_a_place_the_headlines_name_titles_a_story_whose_phrases_few_articles_share():
    from briefer.core.title import draft_title

    articles = [Article(id=n, text=text, title=title, outlet=f"Outlet {n}")
                for n, (title, text) in enumerate(SAN_BERNARDINO, 1)]
    obama = Actor(1, "Barack Obama", "person")
    mentioned = Actor(2, "United States", "country", mention_count=9)
    title = draft_title(Project.new(), articles, [obama, mentioned], {1: 4.0, 2: 8.0})
    assert title == "San Bernardino: Obama"


def test_a_phrase_few_articles_share_and_no_headline_carries_is_no_topic():
    from briefer.core.title import draft_title

    stories = [
        ("Pressure rises on Trump after criticism of soldier's parents",
         "The parents of a fallen soldier rebuked Donald Trump. His running mate stayed quiet."),
        ("Khans: Trump stirs ugliness",
         "The Khans say Donald Trump stirred ugliness. His running mate praised their son."),
        ("Widow defends Trump",
         "A widow defended Donald Trump on Friday against the soldier's parents."),
        ("Hollande says Trump goes too far",
         "The French president said Donald Trump's excesses make one want to retch."),
        ("What next at the network",
         "The network's owners weigh Donald Trump's sway over its viewers."),
    ]
    articles = [Article(id=n, text=text, title=title, outlet=f"Outlet {n}")
                for n, (title, text) in enumerate(stories, 1)]
    trump = Actor(1, "Donald Trump", "person")
    assert draft_title(Project.new(), articles, [trump], {1: 9.0}) == "Policy brief: Trump"


def test_a_headline_shortened_into_the_title_is_never_a_summary_sentence():
    # Real news (Breitbart, 2016): the long headline was shortened with "…" at import, so
    # it no longer equalled its line and the Summary opened on it.
    from briefer.core.draft import _headline_matter_end

    headline = ("Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; "
                "It’s ‘in Their Heads.’")
    text = f"{headline}\n\nIn offering analysis of the race, Pat Caddell said health mattered."
    title = "Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues; It’s ‘in…"
    assert _headline_matter_end(text, title) == len(headline)
    lede = "A long lede " + "word " * 30 + "ends here."
    assert _headline_matter_end(f"{lede}\n\nMore.", lede[:40] + "…") == 0


def test_a_long_title_takes_more_of_the_page_than_a_short_one(story):
    # Measured on real news: a 74-character title wraps over three large lines.
    draft_brief(story, "two")
    brief.set_front_matter(story, title="Email inquiry")
    short = estimate_lines(story)
    brief.set_front_matter(
        story, title="Classified information: Clinton, Federal Bureau of Investigation and Comey")
    assert estimate_lines(story) - short >= 4


def test_a_one_page_brief_that_still_overflows_keeps_one_voice_of_each_side(story):
    from briefer.core.fit import fit_to_pages

    def kept(role: str) -> int:
        section = brief.load_brief(story).section_with_role(role)
        return len([i for i in section.items if i.kind != "text" or i.article_id])

    draft_brief(story, "full")
    assert kept("officials") >= 2
    # A title long enough that the usual minimums cannot fit one page.
    brief.set_front_matter(story, title="A very long title " * 40)
    fit_to_pages(story, 1)
    assert kept("officials") == 1 and kept("experts") >= 1 and kept("summary") >= 2


def test_a_party_s_or_country_s_adjective_is_no_topic_of_the_title():
    # A Super Tuesday brief was titled "Democratic: Trump, Clinton and Sanders".
    from briefer.core.title import _headline_name

    articles = [Article(text=f"In {place}, turnout in the Democratic primary rose.",
                        title=f"Democratic Turnout Rises In {place}")
                for place in ("Ohio", "Texas", "Iowa")]
    assert _headline_name(articles, set()) == ""
    paris = [Article(text=f"In Paris, {n} people died.", title=f"Paris Attacks Kill {n}")
             for n in ("12", "40")]
    assert _headline_name(paris, set()) == "Paris"


def test_a_direct_quote_that_begins_in_lower_case_is_never_set_alone(story_module):
    # A Super Tuesday brief set Bill Clinton's “as long as we're not violating any
    # election laws.” as his position: the tail of a sentence the brief leaves out.
    from briefer.core.records import Analysis

    _actor, _quote = story_module._actor, story_module._quote
    text = ("Clinton stops at polling place\n"
            "Bill Clinton said his wife was “the best person to lead this country, and the "
            "one who knows the most about jobs, schools and the budget.” Bill Clinton "
            "added: “Turnout in this city is the best we have seen in a decade.”\n")
    project = Project.new()
    article = project.add_article(Article(text=text, title="Clinton stops at polling place",
                                          outlet="Wire", published="2016-03-01"))
    project.store_analysis(article.id, Analysis(
        actors=[_actor(text, "c", "Bill Clinton", "person", ["former president"])],
        quotes=[_quote(text, "q1", "the best person to lead this country, and the one who knows "
                       "the most about jobs, schools and the budget.", "direct", ["c"], "said"),
                _quote(text, "q2", "Turnout in this city is the best we have seen in a decade.",
                       "direct", ["c"], "added")]))
    draft_brief(project, "full")
    texts = [project.quote(i.quote_id).text for i in brief.load_brief(project).items()
             if i.quote_id]
    assert "Turnout in this city is the best we have seen in a decade." in texts
    assert not any(t.startswith("the best person") for t in texts)
    project.close()
