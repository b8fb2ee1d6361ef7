"""What a project's articles share, and what an article on another subject is worth to a draft."""

from briefer.core import brief
from briefer.core.centrality import Centrality
from briefer.core.draft import draft_brief, split_sentences
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project

STRIKE = [
    ("Dockers strike shuts Port of Lisbon",
     "Dockers at the Port of Lisbon walked out on Monday, halting container traffic at the "
     "port for the first time since 2012. The strike left 40 ships waiting at anchor off the "
     "port. “The port cannot stay shut for a week without hurting every exporter,” said Mayor "
     "Ana Ruiz. Union leaders said the dockers want a new contract before the summer.\n"),
    ("Port strike strands exporters",
     "Exporters counted their losses on Tuesday as the dockers' strike kept the Port of Lisbon "
     "closed to container ships. The port handles 60 percent of the country's container "
     "traffic. Shipping lines said they would divert ships to Sines if the strike lasts. "
     "Union leaders said talks on the dockers' contract would resume on Thursday.\n"),
    ("Talks to end Lisbon port strike resume",
     "Talks between the port operators and the dockers' union resumed on Thursday as the strike "
     "at the Port of Lisbon entered its fourth day. About 40 ships are still waiting to unload "
     "at the port. Exporters urged both sides to reopen the port before container traffic "
     "moves to Sines for good.\n"),
]
LUNCHES = (
    "City schools change lunch menus",
    "Lisbon's primary schools will serve fresh fruit every day from September under a new "
    "menu. “Every child in our schools will get fresh fruit and vegetables at lunch, and we "
    "will spend 2 million euros more a year to make sure of it, because nutrition shapes how "
    "children learn,” said Mayor Ana Ruiz. Parents' groups welcomed the menu, which also cuts "
    "sugar in desserts.\n")


EXPERT = "Marta Silva"


def _project(stories):
    """Each story's quote, if any, said by Mayor Ana Ruiz or by Marta Silva (an expert)."""
    project = Project.new()
    for title, text in stories:
        article = project.add_article(Article(text=text, title=title, outlet=title.split()[0]))
        quote = text.find("“")
        quotes, actors = [], []
        if quote >= 0:
            end = text.index("”", quote)
            name = EXPERT if EXPERT in text else "Ana Ruiz"
            start = text.index(name)
            actors = [ExtractedActor("s", name, "person",
                                     ["professor"] if name == EXPERT else ["Mayor"], "",
                                     name == EXPERT, [Span(start, start + len(name), name)])]
            quotes = [ExtractedQuote("q", text[quote + 1:end], quote + 1, end, "direct", "s",
                                     ["s"], "said")]
        project.store_analysis(article.id, Analysis(actors=actors, quotes=quotes))
    return project


def _drafted(project):
    draft_brief(project, "one")
    return " ".join(i.text or project.quote(i.quote_id).text
                    for i in brief.load_brief(project).items())


def _centrality(stories):
    sentences = [s for i, (_title, text) in enumerate(stories, 1)
                 for s in split_sentences(i, text)]
    return Centrality(sentences)


def test_an_article_on_another_subject_stands_out_from_the_story():
    topicality = _centrality([*STRIKE, LUNCHES]).topicality()
    assert topicality[4] < 0.5
    assert all(topicality[i] > 0.8 for i in (1, 2, 3))


def test_too_few_articles_have_no_usual_to_stand_out_from():
    assert _centrality([STRIKE[0], LUNCHES]).topicality() == {1: 1.0, 2: 1.0}


def test_the_story_s_quote_is_drafted_before_a_richer_one_on_another_subject():
    project = _project([*STRIKE, LUNCHES])
    drafted = _drafted(project)
    assert "cannot stay shut" in drafted
    assert "fresh fruit" not in drafted
    project.close()


def test_an_expert_quoted_only_off_the_story_is_no_expert_of_the_brief():
    title, text = LUNCHES
    project = _project([*STRIKE, (title, text.replace("Mayor Ana Ruiz", f"{EXPERT}, a "
                                                       "nutrition professor"))])
    drafted = _drafted(project)
    assert "fresh fruit" not in drafted
    assert [i for i in items(project, "experts") if i.kind == "quote"] == []
    assert EXPERT not in {project.actor(i.actor_id).name for i in items(project, "actors")}
    project.close()


def test_alone_an_article_on_another_subject_is_still_drafted():
    project = _project([LUNCHES])
    assert "fresh fruit" in _drafted(project)
    project.close()


def items(project, role):
    return brief.load_brief(project).section_with_role(role).items


def test_an_article_off_the_story_takes_no_summary_line_of_its_own():
    project = _project([*STRIKE, LUNCHES])
    draft_brief(project, "full")  # five lines: one for each of the four articles first
    summary = " ".join(i.text for i in items(project, "summary"))
    assert "port" in summary.lower()
    assert "fruit" not in summary and "menu" not in summary
    project.close()
