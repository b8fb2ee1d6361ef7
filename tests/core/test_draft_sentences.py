"""Which of an article's sentences the draft may state in its own voice: no dateline,
caption, standfirst, editor's note or "would not comment", nothing cut by a line break,
leaning on the sentence before, or in the first person."""

from briefer.core import brief
from briefer.core.draft import caption_spans, draft_brief, split_sentences
from briefer.core.records import Article
from briefer.core.store import Project


def test_a_dateline_is_no_part_of_the_first_sentence():
    text = ("FORT PIERCE, Fla. - Two days before the attack, he prayed at the mosque. "
            "WASHINGTON (AP) — The FBI closed the case. US - China talks resumed.\n"
            "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday.\n"
            "Philadelphia (AFP) – US President Barack Obama will speak on Wednesday.")
    sentences = split_sentences(1, text)
    assert [s.text for s in sentences] == [
        "Two days before the attack, he prayed at the mosque.", "The FBI closed the case.",
        "US - China talks resumed.", "President Barack Obama met survivors on Thursday.",
        "US President Barack Obama will speak on Wednesday."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


def drafted_from(text: str, title: str, outlet: str, published: str) -> str:
    """Every item's text of a full-length draft of one article."""
    project = Project.new()
    project.add_article(Article(text=text, title=title, outlet=outlet, published=published))
    draft_brief(project, "full")
    drafted = " ".join(i.text for i in brief.load_brief(project).items())
    project.close()
    return drafted


def test_a_photo_caption_is_no_sentence_of_the_story():
    text = ("Obama visits Orlando\n"
            "President Obama hugs Orange County Mayor Teresa Jacobs as Orlando Mayor Buddy Dyer "
            "watches after Obama arrived at Orlando International Airport on Thursday, June 16, "
            "2016. Obama and Vice President Joe Biden arrived in Orlando four days after the "
            "deadliest mass shooting in modern U.S. history, which killed 49 people.\n")
    drafted = drafted_from(text, "Obama visits Orlando", "HuffPost", "2016-06-16")
    assert "arrived in Orlando four days after" in drafted
    assert "hugs Orange County Mayor" not in drafted


def test_an_editors_note_is_no_fact_of_the_story():
    # A real HuffPost story carried its standing editor's note, with figures,
    # and the draft listed it among the key facts.
    text = ("Candidates trade blows over a soldier's family\n\n"
            "Editor’s note: The candidate has repeatedly pledged to ban 1.6 billion members of "
            "an entire religion from entering the U.S.\n\n"
            "CORRECTION: An earlier version of this story gave 12 percent as the share.\n\n"
            "Just 13 percent of the 1,200 registered voters in the survey approved of the remarks "
            "made on Sunday.\n")
    drafted = drafted_from(text, "Candidates trade blows", "HuffPost", "2016-08-03")
    assert "Just 13 percent" in drafted
    assert "1.6 billion" not in drafted
    assert "earlier version" not in drafted


def test_a_sentence_saying_someone_would_not_comment_is_never_drafted():
    # "None of the Murdochs would comment for this column" was a real brief's summary line.
    text = ("Network weighs its future\n\n"
            "Channel Nine earned $1.6 billion in operating profit in 2015, its owners said.\n\n"
            "None of the owners would comment for this column about the network's future.\n\n"
            "The network's chief executive did not respond to requests for comment on Sunday.\n\n"
            "A spokesman for the company declined to comment on the plans for 2017.\n")
    drafted = drafted_from(text, "Network weighs its future", "Daily", "2016-08-01")
    assert "1.6 billion" in drafted
    assert "comment" not in drafted


def test_a_standfirst_under_the_headline_is_no_summary_sentence():
    project = Project.new()
    text = ("On the Islamic State, a split mostly of words\n"
            "Obama, Republican candidates aren't that far apart on policy.\n\n"
            "The rhetoric of Republican presidential candidates blasting President Obama's "
            "approach to the Islamic State suggests a huge policy divide on the war.\n\n"
            "Yet the candidates are mostly proposing things the administration already does "
            "against the Islamic State.\n")
    project.add_article(Article(text=text, title="On the Islamic State, a split mostly of words",
                                outlet="USA Today", published="2015-12-14"))
    draft_brief(project, "full")
    drafted = " ".join(i.text for i in brief.load_brief(project).items())
    assert "The rhetoric of Republican presidential candidates" in drafted
    assert "far apart on policy" not in drafted
    project.close()


def full_draft_of(text: str, title: str) -> str:
    """Everything a full-length draft of one wire article holds, as one string."""
    project = Project.new()
    project.add_article(Article(text=text, title=title, outlet="Wire", published="2016-06-16"))
    draft_brief(project, "full")
    drafted = " ".join(i.text for i in brief.load_brief(project).items())
    project.close()
    return drafted


def test_the_line_after_a_photo_credit_is_a_caption():
    text = ("The senators met the families on Thursday and promised a vote within weeks.\n\n"
            "Jane Doe / Reuters.\n\n"
            "The president and the governor lay wreaths at a memorial near the harbour.\n\n"
            "Relatives of the victims said the meeting had given them some hope of change.\n")
    spans = caption_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "The president and the governor lay wreaths at a memorial near the harbour."]
    drafted = full_draft_of(text, "Families meet senators")
    assert "promised a vote within weeks" in drafted
    assert "lay wreaths" not in drafted


def test_a_sentence_cut_by_a_hard_line_break_is_not_drafted():
    text = ("The governor, who has called the attack both an act of terror and a hate\n"
            "crime, renewed his call for tighter limits on assault weapons in the state.\n"
            "Lawmakers in the state senate have debated such limits for more than ten years.\n")
    drafted = full_draft_of(text, "Governor renews call")
    assert "debated such limits" in drafted
    assert "crime, renewed" not in drafted


def test_a_sentence_that_refers_back_or_leaves_out_its_object_is_no_fact():
    # Real briefs drafted "The senator was being challenged ... $7.25." and
    # "Just 13% of registered voters in the nationwide survey approved." as key facts.
    text = ("Senator defends wage plan\n\n"
            "The federal minimum wage has stood at $7.25 an hour since 2009.\n\n"
            "The senator was being challenged on the cost of a $15 wage on Saturday.\n\n"
            "Just 13% of registered voters in the survey approved.\n\n"
            "Dozens more letters, 40 of them from 2015, lie on the table.\n")
    drafted = drafted_from(text, "Senator defends wage plan", "Daily", "2016-08-01")
    assert "$7.25 an hour since 2009" in drafted
    for leaning in ("The senator was", "approved", "Dozens more"):
        assert leaning not in drafted


def test_a_sentence_in_the_first_person_is_nobody_s_fact():
    # A Comey brief's background held a Speaker's statement set without quote marks:
    # "While I respect the professionals at the FBI, this announcement defies explanation."
    text = ("Speaker faults FBI decision\n\n"
            "The FBI closed its inquiry into 30,000 emails on Tuesday.\n\n"
            "While I respect the professionals at the FBI, this announcement defies "
            "explanation.\n\n"
            "We need 40 more hearings on it in 2017.\n\n"
            "Three people were killed and 260 were injured as a result.\n\n"
            "World War I veterans lost 12 of their benefits in 1921.\n")
    drafted = drafted_from(text, "Speaker faults FBI decision", "Daily", "2016-07-05")
    assert "30,000 emails" in drafted and "World War I veterans" in drafted
    for voiced in ("While I respect", "We need", "as a result"):
        assert voiced not in drafted


def test_the_credit_line_under_a_quote_is_never_drafted():
    text = ("\"She is the most qualified nominee in our lifetime.\"\n\n"
            "-Governor Ada Mills, writing after the speech.\n\n"
            "The convention closed on Thursday with a speech by the nominee to 20,000 delegates.\n")
    drafted = full_draft_of(text, "Convention notebook")
    assert "writing after the speech" not in drafted
    assert "closed on Thursday" in drafted
