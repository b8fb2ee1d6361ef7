"""The brief's layout: citations, attribution lines, the preview HTML."""

from briefer.core import brief
from briefer.core.records import Actor
from briefer.export.html import render_html
from briefer.export.layout import (
    acronym,
    display_name,
    format_date,
    layout_brief,
    role_phrase,
    short_name,
    xml_safe,
)


def test_title_page_dates():
    assert format_date("2025-09-04") == "4 September 2025"
    assert format_date("Sept. 2025") == "Sept. 2025"


def test_names_as_the_brief_prints_them():
    fbi = Actor(1, "Federal Bureau of Investigation (FBI", "organization")
    assert display_name(fbi.name) == "Federal Bureau of Investigation"
    assert acronym(fbi.name) == "FBI"
    assert short_name(fbi) == "the FBI"
    assert short_name(Actor(2, "James B. Comey", "person")) == "Comey"
    assert short_name(Actor(3, "State Department", "government")) == "the State Department"
    assert short_name(Actor(4, "Judicial Watch", "organization")) == "Judicial Watch"
    assert short_name(Actor(5, "Comey’s announcement", "organization")) == "Comey"
    # the analysis lost the brackets round the acronym
    bare = Actor(6, "Federal Bureau of Investigation FBI", "government")
    assert display_name(bare.name) == "Federal Bureau of Investigation (FBI)"
    assert short_name(bare) == "the FBI"
    assert display_name("Doctors Without Borders MSF") == "Doctors Without Borders MSF"


def test_role_phrase_drops_articles_and_repeats():
    arnold = Actor(1, "Ed Arnold", "person", ["a European security expert"],
                   "Royal United Services Institute", True)
    assert role_phrase(arnold) == "European security expert, Royal United Services Institute"
    chief = Actor(2, "X", "person", ["head of the Bank"], "the Bank")
    assert role_phrase(chief) == "head of the Bank"
    assert role_phrase(Actor(3, "Y", "country")) == ""
    clinton = Actor(4, "Hillary Clinton", "person",
                    ["Secretary", "shoehorn Secretary", "Democratic presidential candidate"])
    assert role_phrase(clinton) == "Democratic presidential candidate"
    comey = Actor(5, "James B. Comey", "person", ["FBI director"],
                  "Federal Bureau of Investigation (FBI")
    assert role_phrase(comey) == "FBI director"
    # a post held before is never given as held now
    giuliani = Actor(11, "Rudy Giuliani", "person", [
        "former Republican mayor of New York", "New York City Mayor",
        "former U.S. attorney for the Southern District of New York"])
    assert role_phrase(giuliani) == "former Republican mayor of New York"
    sitting = Actor(12, "Ann Roe", "person", ["Senate Energy Committee Chair", "former mayor"])
    assert role_phrase(sitting) == "Senate Energy Committee chair"
    # the affiliation as the article spells it in full, the role by its initials
    comey.affiliation = "Federal Bureau of Investigation"
    assert role_phrase(comey) == "FBI director"
    director = Actor(10, "Ann Roe", "person", ["former N.S.A. director"],
                     "National Security Agency")
    assert role_phrase(director) == "former N.S.A. director"
    lawyer = Actor(6, "Susan Hennessey", "person", ["former National Security Agency lawyer now"],
                   "Brookings Institution", True)
    assert role_phrase(lawyer) == "former National Security Agency lawyer, Brookings Institution"
    # in running text a title after a name is lower case ("Paul Haines, senator, said")
    haines = Actor(7, "Paul Haines", "person", ["Senator"])
    assert role_phrase(haines) == "senator"
    obama = Actor(8, "Barack Obama", "person", ["- President"])
    assert role_phrase(obama) == "president"
    # the role already says the party
    trump = Actor(9, "Donald J. Trump", "person", ["Presumptive Republican presidential nominee"],
                  "GOP")
    assert role_phrase(trump) == "presumptive Republican presidential nominee"
    # a role naming its own body takes no affiliation read from another role
    pillar = Actor(13, "Paul R. Pillar", "person",
                   ["former C.I.A. analyst", "teacher at Georgetown University"], "C.I.A.", True)
    assert role_phrase(pillar) == "teacher at Georgetown University"
    ryan = Actor(10, "Paul Ryan", "person", ["House speaker"], "GOP")
    assert role_phrase(ryan) == "House speaker, GOP"


def test_xml_safe_removes_only_forbidden_characters():
    assert xml_safe("a\x00b\x08c\x1fe\tf\ng\rh\ufffei é—") == "abce\tf\ng\rhi é—"


def test_vertical_tabs_and_form_feeds_do_not_glue_words():
    assert xml_safe("the budget\x0bwill pass\x0cnext year") == "the budget will pass next year"


def test_unterminated_right_to_left_overrides_are_dropped():
    assert xml_safe("Title \u202eevil") == "Title evil"
    assert xml_safe("Title \u2067مرحبا\u2069 rest") == "Title \u2067مرحبا\u2069 rest"


def test_preview_html_matches_the_layout(seed_project):
    brief.set_front_matter(seed_project, title="T <b>", marking="DRAFT")
    brief.ensure_default_sections(seed_project)
    loaded = brief.load_brief(seed_project)
    quote = next(q for q in seed_project.quotes() if q.text.startswith("Nobody"))
    brief.add_item(seed_project, loaded.section_with_role("officials").id, "quote",
                   quote_id=quote.id)
    brief.add_item(seed_project, loaded.section_with_role("options").id, "text",
                   text="- first\n- second")
    layout = layout_brief(seed_project)
    assert [b.kind for b in layout.blocks] == [
        "title", "heading", "quote", "attribution", "heading", "bullet", "bullet", "heading",
        "source"]
    html = render_html(layout)
    assert "T &lt;b&gt;" in html
    assert "<ul><li>first</li><li>second</li></ul>" in html
    assert ("<sup>1</sup> “Brussels Prepares Its Own Plan,” <i>EU Wire</i>, September 8, "
            "2025") in html
    assert html.count("class='marking'") == 2


def test_an_attribution_line_opens_on_a_capital(story):
    from briefer.core.draft import draft_brief

    gruber = next(a for a in story.actors() if a.name == "Eva Gruber")
    story.update_actor(gruber.id, name="ministers", type="group", roles=[])
    draft_brief(story, "full")
    lines = [b.text for b in layout_brief(story).blocks if b.kind == "attribution"]
    assert "— Ministers" in lines


def test_an_affiliation_is_never_set_after_a_post_it_is_not_the_body_of():
    # A real five-article brief printed "Debbie Wasserman Schultz, Florida representative,
    # Democratic National Committee, said" and "Jon Tester, Montana senator, Democratic
    # Senatorial Campaign Committee".
    chair = Actor(1, "Ann Roe", "person", ["Ohio representative", "Ohio Party’s chair"],
                  "Ohio Party")
    assert role_phrase(chair) == "Ohio Party’s chair"
    tester = Actor(2, "Paul Haines", "person", ["Montana senator", "chairman"],
                   "Democratic Senatorial Campaign Committee")
    assert role_phrase(tester) == (
        "Montana senator and chairman of the Democratic Senatorial Campaign Committee")
    # "Committee Chairman Rep. Jason Chaffetz": two bare posts, the first told the committee's.
    chairman = Actor(4, "Ken Ruda", "person", ["Chairman", "representative"],
                     "House Oversight Committee")
    assert role_phrase(chairman) == "chairman, House Oversight Committee"
    alone = Actor(3, "Ed Arnold", "person", ["security expert"], "Royal United Services Institute")
    assert role_phrase(alone) == "security expert, Royal United Services Institute"
