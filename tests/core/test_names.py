"""People across articles: one person however named, two people who share a surname."""

from briefer.core.names import compatible_given_names, given_name, surname
from briefer.core.records import Analysis, Article, ExtractedActor, Span
from briefer.core.store import Project


def _person(text: str, name: str, *aliases: str) -> ExtractedActor:
    mentions = [Span(text.index(n), text.index(n) + len(n), n) for n in (name, *aliases)]
    return ExtractedActor("a1", name, "person", mentions=mentions, aliases=list(aliases))


def _store(project: Project, text: str, actor: ExtractedActor) -> int:
    article = project.add_article(Article(text=text, title=text[:20]))
    project.store_analysis(article.id, Analysis(actors=[actor]))
    [mention] = [m for m in project.mentions(article_id=article.id) if m.text == actor.name]
    return mention.actor_id


def test_given_names_of_one_person():
    assert compatible_given_names("joe", "joseph")
    assert compatible_given_names("j", "james")
    assert not compatible_given_names("ivanka", "donald")
    assert given_name("joseph r biden jr") == "joseph"
    assert given_name("trump") is None


def test_two_people_sharing_a_surname_stay_two_actors_across_articles():
    project = Project.new()
    first = "Donald Trump spoke in Ohio. Trump said the race was close."
    second = "Ivanka Trump visited a school. Trump said reading matters."
    donald = _store(project, first, _person(first, "Donald Trump", "Trump"))
    ivanka = _store(project, second, _person(second, "Ivanka Trump", "Trump"))
    assert donald != ivanka
    assert {a.name for a in project.actors()} == {"Donald Trump", "Ivanka Trump"}


def test_one_person_under_a_nickname_and_a_surname_is_one_actor_across_articles():
    project = Project.new()
    first = "Joe Biden spoke in Delaware. Biden said the plan would pass."
    second = "Joseph R. Biden Jr. met governors. Biden said they agreed."
    assert (_store(project, first, _person(first, "Joe Biden", "Biden"))
            == _store(project, second, _person(second, "Joseph R. Biden Jr.", "Biden")))


def test_a_surname_alone_still_finds_the_person():
    project = Project.new()
    first = "Sally Yates testified on Monday. Yates said she warned the White House."
    second = "Yates did not answer questions on Tuesday."
    assert (_store(project, first, _person(first, "Sally Yates", "Yates"))
            == _store(project, second, _person(second, "Yates")))


def test_a_bodys_name_without_the_country_opening_it():
    from briefer.core.names import without_country

    assert without_country("U.S. Army") == "Army"
    assert without_country("United States Senate") == "Senate"
    assert without_country("UK Parliament") == "Parliament"
    assert without_country("Army") is None
    assert without_country("U.S. officials") is None  # no body's word
    assert without_country("America First") is None


def test_a_person_is_named_after_the_first_time_by_the_surname_the_articles_use():
    assert surname("James B. Comey") == "Comey"
    assert surname("Robert P. Casey Jr.") == "Casey"
    assert surname("Martin Luther King, Jr.") == "King"
    # A real brief wrote "Schultz said that ..." where every article said "Wasserman Schultz".
    forms = ["Florida Rep. Debbie Wasserman Schultz", "Wasserman Schultz"]
    assert surname("Debbie Wasserman Schultz", forms) == "Wasserman Schultz"
    assert surname("Debbie Wasserman Schultz", ["Rep. Debbie Wasserman Schultz"]) == "Schultz"
    assert surname("George W. Bush", ["W. Bush"]) == "Bush"
