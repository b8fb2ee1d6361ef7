"""The glue both faces call: analysing a project's articles, the demo project, open-or-create."""

from pathlib import Path

import pytest

from briefer import workflows
from briefer.core.errors import BrieferError, ProjectError
from briefer.core.paths import data_dir, seeds_dir
from briefer.core.records import Article
from briefer.core.store import Project
from briefer.nlp.pipeline import add_confirmed_names
from briefer.workflows import (
    analyze_articles,
    demo_project_path,
    ensure_demo_project,
    import_and_analyze,
    open_or_create,
)

ARTICLES = [
    "“We will not be intimidated,” said Kaja Kallas, the EU's foreign policy chief, in Brussels.",
    "Finland's president Alexander Stubb said the alliance must plan for a long war.",
    "NATO Secretary General Mark Rutte warned that Russia was rebuilding its forces quickly.",
    "“Sanctions are working,” German Chancellor Friedrich Merz told the Bundestag on Wednesday.",
]


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def project_with(texts) -> Project:
    project = Project.new()
    for i, text in enumerate(texts):
        project.add_article(Article(text=text, title=f"Article {i + 1}"))
    return project


def test_analyze_articles_stores_every_result(nlp, seed_text):
    project = project_with([seed_text, *ARTICLES])
    progress = []
    done = analyze_articles(project, nlp, on_progress=lambda *a: progress.append(a))
    assert done == project.article_ids()
    assert all(a.analyzed_at for a in project.articles())
    names = {a.name for a in project.actors()}
    assert {"Emmanuel Macron", "Kaja Kallas", "Mark Rutte"} <= names
    texts = {a.id: a.text for a in project.articles()}
    for item in [*project.mentions(), *project.quotes()]:
        assert texts[item.article_id][item.start:item.end] == item.text
    assert progress[0] == (0, 5, "Article 1")
    assert progress[-1] == (5, 5, "")
    assert [p[0] for p in progress] == [0, 1, 2, 3, 4, 5]


def test_reanalysis_with_the_real_pipeline_keeps_the_users_review(nlp, seed_text):
    project = project_with([seed_text])
    analyze_articles(project, nlp)
    quotes = project.quotes()
    accepted, rejected, reassigned = quotes[0], quotes[1], quotes[2]
    macron = next(a for a in project.actors() if a.name == "Emmanuel Macron")
    trump = next(a for a in project.actors() if a.name == "Donald Trump")
    project.set_quote_status(accepted.id, "accepted")
    project.set_quote_status(rejected.id, "rejected")
    project.set_quote_speaker(reassigned.id, macron.id)
    project.update_actor(trump.id, name="President Trump")
    before = {q.id: (q.start, q.end, q.status, q.speaker_id) for q in project.quotes()}

    analyze_articles(project, nlp)

    after = {q.id: (q.start, q.end, q.status, q.speaker_id) for q in project.quotes()}
    for kept in (accepted.id, rejected.id, reassigned.id):
        assert after[kept] == before[kept]
    assert after[reassigned.id][3] == macron.id
    spans = sorted((q.start, q.end) for q in project.quotes())
    assert len(spans) == len(set(spans)) == len(before)
    names = [a.name for a in project.actors()]
    assert "President Trump" in names and "Donald Trump" not in names


def test_analyze_only_the_articles_asked_for(nlp):
    project = project_with(ARTICLES)
    assert analyze_articles(project, nlp, [2, 4]) == [2, 4]
    assert [bool(a.analyzed_at) for a in project.articles()] == [False, True, False, True]
    assert {m.article_id for m in project.mentions()} == {2, 4}


def test_cancel_keeps_finished_articles_and_leaves_the_rest_untouched(nlp):
    project = project_with(ARTICLES)
    stored = []
    done = analyze_articles(project, nlp, on_progress=lambda d, t, label: stored.append(d),
                            is_cancelled=lambda: len(stored) >= 3)
    assert done == [1, 2]
    assert [bool(a.analyzed_at) for a in project.articles()] == [True, True, False, False]
    assert {m.article_id for m in project.mentions()} <= {1, 2}
    assert not project.conn.in_transaction


def test_cancel_before_starting_does_nothing(nlp):
    project = project_with(ARTICLES)
    assert analyze_articles(project, nlp, is_cancelled=lambda: True) == []
    assert project.mentions() == [] and project.quotes() == []


def test_nothing_to_analyse(nlp):
    progress = []
    assert analyze_articles(Project.new(), nlp, on_progress=lambda *a: progress.append(a)) == []
    assert progress == []


def test_two_processes_give_the_same_results(nlp):
    one = project_with(ARTICLES)
    two = project_with(ARTICLES)
    analyze_articles(one, nlp, n_process=1, batch_size=2)
    analyze_articles(two, nlp, n_process=2, batch_size=2)
    assert one.mentions() == two.mentions()
    assert one.quotes() == two.quotes()


def test_import_and_analyze_loads_the_pipeline_only_for_new_articles(nlp, tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLES[0], encoding="utf-8")
    loads = []

    def loader():
        loads.append(1)
        return nlp

    project = Project.new()
    report = import_and_analyze(project, [str(source)], loader)
    assert len(report.imported) == 1 and loads == [1]
    assert project.articles()[0].analyzed_at
    again = import_and_analyze(project, [str(source), str(tmp_path / "missing.txt")], loader)
    assert again.imported == [] and len(again.duplicates) == 1 and len(again.failed) == 1
    assert loads == [1]


# -- open or create -----------------------------------------------------------------------


def test_open_or_create_a_new_project_writes_nothing_yet(tmp_path):
    project = open_or_create(tmp_path / "fresh")
    assert project.path == tmp_path / "fresh.briefer"
    assert not project.path.exists()
    project.add_article(Article(text=ARTICLES[0]))
    project.save()
    assert len(open_or_create(tmp_path / "fresh").articles()) == 1
    assert len(open_or_create(tmp_path / "fresh.briefer").articles()) == 1


def test_open_or_create_refuses_what_is_not_a_project(tmp_path):
    (tmp_path / "notes.txt").write_text("notes", encoding="utf-8")
    with pytest.raises(ProjectError, match="not a Briefer project"):
        open_or_create(tmp_path / "notes.txt")
    with pytest.raises(ProjectError, match="the folder does not exist"):
        open_or_create(tmp_path / "missing" / "p.briefer")


# -- the demo project --------------------------------------------------------------------------


def counting_loader(nlp, calls):
    def load():
        calls.append(1)
        return nlp

    return load


def test_demo_is_built_once_in_the_data_folder(nlp):
    calls = []
    path = ensure_demo_project(counting_loader(nlp, calls))
    assert path == demo_project_path() == data_dir() / "demo" / "Demo.briefer"
    assert not path.is_relative_to(Path(workflows.__file__).resolve().parents[1])
    project = Project.open(path)
    seeds = sorted(p for p in seeds_dir().iterdir() if p.is_file())
    assert len(project.articles()) == len(seeds)
    assert all(a.analyzed_at for a in project.articles())
    assert project.actors() and project.quotes()
    assert project.conn.execute("SELECT COUNT(*) FROM brief_items").fetchone()[0] > 0
    assert ensure_demo_project(counting_loader(nlp, calls)) == path
    assert calls == [1]


@pytest.mark.parametrize("damage", ["truncate", "text", "empty_project"])
def test_a_damaged_demo_is_rebuilt(nlp, damage):
    calls = []
    path = ensure_demo_project(counting_loader(nlp, calls))
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:5000])
    elif damage == "text":
        path.write_text("not a project", encoding="utf-8")
    else:
        Project.new().save_as(path)
    assert ensure_demo_project(counting_loader(nlp, calls)) == path
    assert calls == [1, 1]
    assert Project.open(path).articles()


def test_user_changes_to_the_demo_are_kept(nlp):
    path = ensure_demo_project(lambda: nlp)
    project = Project.open(path)
    project.set_meta("note", "mine")
    project.save()

    def must_not_load():
        raise AssertionError("the demo was rebuilt")

    ensure_demo_project(must_not_load)
    assert Project.open(path).meta("note") == "mine"


def test_a_failing_pipeline_leaves_no_demo_behind():
    def broken():
        raise BrieferError("The spaCy pipeline 'x' is not installed")

    with pytest.raises(BrieferError, match="not installed"):
        ensure_demo_project(broken)
    assert not demo_project_path().exists()


def test_no_seeds_is_a_clear_error(nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(workflows, "seeds_dir", lambda: tmp_path / "no-seeds")
    (tmp_path / "no-seeds").mkdir()
    with pytest.raises(BrieferError, match="No sample articles"):
        ensure_demo_project(lambda: nlp)



def test_names_the_user_confirmed_are_recognised_on_reanalysis(nlp):
    project = project_with(["The plan would fail, said Sunny Day."])
    try:
        analyze_articles(project, nlp)
        assert "Sunny Day" not in [actor.name for actor in project.actors()]

        project.add_actor("Sunny Day", "person")
        analyze_articles(project, nlp)
        [quote] = project.quotes()
        assert project.actor(quote.speaker_id).name == "Sunny Day"
        [mention] = project.mentions(actor_id=quote.speaker_id)
        assert mention.text == "Sunny Day"
    finally:
        add_confirmed_names(nlp, [])


def test_the_text_analyser_recognises_confirmed_names_and_forgets_dropped_ones(nlp):
    text = "Officials at greenfield trust said the plan would fail."
    analyser = workflows.TextAnalyser(nlp)
    try:
        def named(analysis):  # "Officials" is the unnamed group that speaks
            return [(a.name, a.type) for a in analysis.actors if a.type != "group"]

        assert named(analyser(text, [])) == []  # lower case: the model alone misses it
        confirmed = analyser(text, [("greenfield trust", "organization")])
        assert named(confirmed) == [("greenfield trust", "organization")]
        assert named(analyser(text, [])) == []
    finally:
        add_confirmed_names(nlp, [])
