"""Chicago notes: full first note, short later notes, Ibid., several outlets, bibliography."""

from briefer.core.records import Article
from briefer.export.citations import (
    NoteWriter,
    Source,
    bibliography_entry,
    chicago_date,
    full_note,
    plain,
    short_note,
    short_title,
)

GERSTEIN = Article(text="x", id=1, author="Josh Gerstein", outlet="Politico",
                   title="Criminal charges against Clinton could have set new legal standard.",
                   published="2016-07-05", url="https://user:secret@politico.example/story")
LYNCH = Article(text="y", id=2, title="Lynch closes the door on Clinton probe",
                outlet="Western Journal", published="2016-07-06")
BARE = Article(text="z", id=3, source_path="/home/me/Downloads/clinton_notes.txt")


def notes(*groups):
    writer = NoteWriter()
    return [plain(writer.note([Source.of(a) for a in group])) for group in groups], writer


def test_first_short_and_ibid_notes():
    texts, _ = notes([GERSTEIN], [GERSTEIN], [LYNCH], [GERSTEIN], [LYNCH], [LYNCH])
    assert texts == [
        "Josh Gerstein, “Criminal Charges against Clinton Could Have Set New Legal Standard,” "
        "Politico, July 5, 2016, https://politico.example/story.",
        "Ibid.",
        "“Lynch Closes the Door on Clinton Probe,” Western Journal, July 6, 2016.",
        "Gerstein, “Criminal Charges against Clinton.”",
        "Western Journal, “Lynch Closes the Door.”",
        "Ibid.",
    ]


def test_a_note_for_several_outlets_lists_them_with_semicolons():
    texts, _ = notes([GERSTEIN], [GERSTEIN, LYNCH], [GERSTEIN, LYNCH], [LYNCH])
    assert texts == [
        "Josh Gerstein, “Criminal Charges against Clinton Could Have Set New Legal Standard,” "
        "Politico, July 5, 2016, https://politico.example/story.",
        "Gerstein, “Criminal Charges against Clinton”; “Lynch Closes the Door on Clinton "
        "Probe,” Western Journal, July 6, 2016.",
        "Ibid.",
        "Western Journal, “Lynch Closes the Door.”",
    ]


def test_the_outlet_is_in_italics():
    runs = full_note(Source.of(LYNCH))
    assert [r.text for r in runs if r.italic] == ["Western Journal"]
    assert [r.text for r in short_note(Source.of(LYNCH)) if r.italic] == ["Western Journal"]


def test_no_file_name_ever_and_a_source_with_nothing_is_unattributed():
    texts, writer = notes([BARE], [BARE])
    assert texts == ["Unattributed article.", "Ibid."]
    assert "clinton_notes" not in " ".join(plain(e) for e in writer.bibliography())


def test_bibliography_is_sorted_and_in_the_same_style():
    _, writer = notes([LYNCH], [GERSTEIN])
    assert [plain(e) for e in writer.bibliography()] == [
        "Gerstein, Josh. “Criminal Charges against Clinton Could Have Set New Legal Standard.” "
        "Politico, July 5, 2016. https://politico.example/story.",
        "Western Journal. “Lynch Closes the Door on Clinton Probe.” July 6, 2016.",
    ]
    several = Article(text="w", id=4, author="Ann Lee and Bo Kim", title="A title",
                      outlet="Wire", published="2020-01-02")
    assert plain(bibliography_entry(Source.of(several))) == \
        "Lee, Ann, and Bo Kim. “A Title.” Wire, January 2, 2020."
    assert plain(short_note(Source.of(several))) == "Lee and Kim, “A Title.”"


def test_titles_dates_and_punctuation():
    assert chicago_date("2016-07-05T10:00:00Z") == "July 5, 2016"
    assert chicago_date("2016-07") == "July 2016"
    assert chicago_date("Summer 2016") == "Summer 2016"
    # Chicago's short title leaves the subtitle out; a one-word main title keeps some of it
    assert short_title("Paul Ryan: FBI decision not to indict defies explanation") == \
        "Paul Ryan"
    assert short_title("Obama: Families of gun violence victims want change") == \
        "Obama: Families of gun"
    assert short_title("Global sympathy, but very little surprise") == "Global sympathy"
    assert short_title("Talks with Iran are close to a deal") == "Talks with Iran"
    assert short_title("‘We are in shock, horrified’: A mosque feels the spotlight") == \
        "‘We are in shock’"
    asking = Article(text="q", id=5, title="Is the pact enough?", outlet="Wire")
    assert plain(full_note(Source.of(asking))) == "“Is the Pact Enough?” Wire."
    assert plain(short_note(Source.of(asking))) == "Wire, “Is the Pact Enough?”"


def test_titles_set_single_marks_and_apostrophes_typographic_and_drop_a_stray_semicolon():
    from briefer.export.citations import clean_title

    assert clean_title("Obama rips rhetoric over 'radical Islam';") == (
        "Obama rips rhetoric over ‘radical Islam’")
    assert clean_title("'We are in shock, horrified': A mosque feels the spotlight") == (
        "‘We are in shock, horrified’: A mosque feels the spotlight")
    assert clean_title("Responses are in keeping with candidates' styles") == (
        "Responses are in keeping with candidates’ styles")
    assert clean_title("After review, Clinton's emails might be released") == (
        "After review, Clinton’s emails might be released")
    # Seen on real USA Today and HuffPost headlines: a quoted word ending in "s"
    # is no plural possessive, and a stop inside the closing mark ends the title.
    assert clean_title("Khans: Trump stirs 'ugliness'; ") == "Khans: Trump stirs ‘ugliness’"
    assert clean_title("Farmers' groups fear 'ruin'") == "Farmers’ groups fear ‘ruin’"
    assert clean_title("Hollande says Trump ‘makes you want to retch.’") == (
        "Hollande says Trump ‘makes you want to retch’")


def test_a_short_title_never_ends_inside_a_quotation():
    from briefer.export.citations import short_title

    assert short_title("Republicans' reaction: 'Is that all there is?';") == (
        "Republicans’ reaction")
    assert short_title("Lewandowski: FBI director acted as 'judge and jury' on Clinton") == (
        "Lewandowski: FBI director acted")
    assert short_title("Paul Ryan: FBI Decision Not to Indict Hillary ‘Defies Explanation’") == (
        "Paul Ryan")
    assert short_title("FBI chief ‘judge and jury’ on Clinton, says rival") == "FBI chief"


def test_notes_set_titles_in_headline_style_whatever_the_outlet_used():
    from briefer.export.citations import headline_style

    assert headline_style("Obama rips rhetoric over ‘radical Islam’") == \
        "Obama Rips Rhetoric over ‘Radical Islam’"
    assert headline_style("Trump Calls On Obama To Resign") == "Trump Calls on Obama to Resign"
    # the first word after a colon opens a subtitle; acronyms and inner capitals stay
    assert headline_style("Paul Ryan: the FBI decision defies explanation") == \
        "Paul Ryan: The FBI Decision Defies Explanation"
    assert headline_style("iPhone sales up in U.S.-led e-mail era") == \
        "iPhone Sales Up in U.S.-Led E-mail Era"
    assert headline_style("what it is for") == "What It Is For"
    assert headline_style("SUSPECT NAMED BY POLICE") == "SUSPECT NAMED BY POLICE"


def test_a_title_ending_on_a_quotation_takes_the_stop_inside_both_marks():
    # A first-time user read “Francois Hollande Says Donald Trump ‘Makes You Want to Retch’.”
    hollande = Article(text="h", id=4, outlet="HuffPost", published="2016-08-03",
                       title="Francois Hollande says Donald Trump 'makes you want to retch'")
    first, _ = notes([hollande])
    assert "‘Makes You Want to Retch,’”" in first[0]
    assert "‘Makes You Want to Retch.’”" in plain(bibliography_entry(Source.of(hollande)))
    farmers = Article(text="f", id=5, outlet="Daily",
                      title="Farmers' groups fear the ruin of farms")
    assert "Farms.”" in plain(bibliography_entry(Source.of(farmers)))
