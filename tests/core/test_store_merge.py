"""Actors meet across articles: one person however named, two namesakes kept apart."""

from __future__ import annotations

import pytest

from briefer.core.records import Analysis, Article, ExtractedActor, Span
from briefer.core.store import Project


def person(name: str, aliases: list[str], roles: list[str] | None = None) -> ExtractedActor:
    return ExtractedActor("a1", name, "person", roles or [], aliases=aliases,
                          mentions=[Span(0, len(name), name)])


@pytest.fixture
def project():
    project = Project.new()
    yield project
    project.close()


def store(project: Project, *actors: ExtractedActor) -> None:
    text = " ".join(a.name for a in actors) + " spoke."
    article_id = project.add_article(Article(text=text, title=text)).id
    for number, actor in enumerate(actors, start=1):
        actor.key = f"a{number}"
    project.store_analysis(article_id, Analysis(list(actors), []))


def names(project: Project) -> list[str]:
    return sorted(a.name for a in project.actors())


def test_a_nickname_and_the_full_name_are_one_person(project):
    store(project, person("Joseph R. Biden Jr.", ["Biden"], ["president"]))
    store(project, person("Joe Biden", ["Biden"]))
    assert names(project) == ["Joseph R. Biden Jr."]


def test_namesakes_with_other_given_names_stay_apart(project):
    store(project, person("Raymond Carter", ["Carter"], ["pastor"]))
    store(project, person("Denise Carter", ["Carter"], ["state senator"]))
    assert names(project) == ["Denise Carter", "Raymond Carter"]


def test_a_surname_alone_with_a_role_of_the_other_namesake_is_not_merged(project):
    store(project, person("Raymond Carter", ["Carter"], ["pastor"]))
    store(project, person("Carter", [], ["state senator"]))
    assert names(project) == ["Carter", "Raymond Carter"]


def test_a_surname_alone_with_an_agreeing_role_is_the_known_person(project):
    store(project, person("Raymond Carter", ["Carter"], ["state senator"]))
    store(project, person("Carter", [], ["senator"]))
    assert names(project) == ["Raymond Carter"]


def test_a_surname_alone_without_roles_is_the_known_person(project):
    store(project, person("Raymond Carter", ["Carter"], ["pastor"]))
    store(project, person("Carter", []))
    assert names(project) == ["Raymond Carter"]


def test_namesakes_stay_apart_where_one_was_mistyped_as_a_body(project):
    mistyped = person("Harold K. Winters", ["Winters"], ["governor"])
    mistyped.type = "organization"
    store(project, mistyped)
    store(project, person("Nora Winters", ["Winters"], ["senator"]))
    assert names(project) == ["Harold K. Winters", "Nora Winters"]


def test_a_role_known_in_another_case_is_not_added_again(project):
    store(project, person("Bernie Sanders", ["Sanders"], ["senator"]))
    store(
        project,
        person("Bernie Sanders", ["Sanders"], ["Senator", "presidential candidate"]),
        person("Hillary Clinton", ["Clinton"]),
    )
    [actor] = [a for a in project.actors() if a.name == "Bernie Sanders"]
    assert actor.roles == ["senator", "presidential candidate"]


def body(name: str, kind: str = "government") -> ExtractedActor:
    return ExtractedActor("a1", name, kind, mentions=[Span(0, len(name), name)])


def test_a_body_named_with_and_without_its_country_is_one_actor(project):
    store(project, body("Army"))
    store(project, body("U.S. Army"))
    store(project, body("United States Senate"))
    store(project, body("Senate"))
    assert names(project) == ["U.S. Army", "United States Senate"]


def test_a_group_named_with_its_country_stays_apart(project):
    store(project, ExtractedActor("a1", "officials", "group",
                                  mentions=[Span(0, 9, "officials")]))
    store(project, ExtractedActor("a1", "U.S. officials", "group",
                                  mentions=[Span(0, 14, "U.S. officials")]))
    assert names(project) == ["U.S. officials", "officials"]
