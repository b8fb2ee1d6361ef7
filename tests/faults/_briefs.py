"""A project with a brief of accepted quotes, for the export fault tests and their children."""

from briefer.core import brief
from briefer.core.records import Analysis, Article, ExtractedActor, ExtractedQuote, Span
from briefer.core.store import Project


def build_brief(count: int) -> Project:
    """`count` one-quote articles, every quote accepted and added to the brief's first section."""
    project = Project.new()
    brief.ensure_default_sections(project)
    brief.set_front_matter(project, title="Security guarantees for Ukraine", marking="DRAFT")
    section_id = project.conn.execute(
        "SELECT id FROM brief_sections ORDER BY position").fetchone()[0]
    for n in range(count):
        said = f"We are ready to act on proposal number {n} without delay"
        text = f"“{said},” said Foreign Minister Alice Keller in Paris on day {n}."
        article = project.add_article(Article(text=text, title=f"Talks, day {n}",
                                              outlet="Global Wire", url=f"https://e.org/{n}"))
        name_at = text.index("Alice Keller")
        actor = ExtractedActor("a1", "Alice Keller", "person", roles=["Foreign Minister"],
                               mentions=[Span(name_at, name_at + 12, "Alice Keller")])
        quote = ExtractedQuote("q1", said + ",", 1, 2 + len(said), "direct", "a1", ["a1"],
                               "said")
        project.store_analysis(article.id, Analysis([actor], [quote]))
        [stored] = project.quotes(article.id)
        project.set_quote_status(stored.id, "accepted")
        brief.add_item(project, section_id, "quote", quote_id=stored.id)
    return project
