"""A nickname in quote marks inside a name: one person, and no one's words."""

from briefer.nlp.analyze import analyze_text
from briefer.nlp.nicknames import _nicknamed, nickname_marks


def test_a_quoted_nickname_inside_a_name_is_no_quote():
    text = 'Former Marine John “Tig” Tiegen spoke. Clinton called Trump “Dangerous” Monday.'
    assert nickname_marks(text) == [(text.index("“Tig”"), text.index("“Tig”") + 5)]


def test_a_name_with_a_nickname_is_one_person_who_speaks_by_surname(nlp):
    # A real story: "former CIA operative and Marine John “Tig” Tiegen found both issues
    # to be disqualifying" gave a person "Marine John “Tig" and an organisation "Tiegen".
    text = ("As the Ledger reported, former Army medic and Marine John “Tig” Tiegen found both "
            "issues disqualifying.\n\n“That is not a leader,” Tiegen said.")
    analysis = analyze_text(nlp, text)
    people = {a.key: a for a in analysis.actors if a.type == "person"}
    [tiegen] = [a for a in people.values() if a.name.endswith("Tiegen")]
    assert tiegen.name == "John “Tig” Tiegen"
    assert not any(a.name in ("Tiegen", "Marine John “Tig") for a in analysis.actors
                   if a is not tiegen)
    [direct] = [q for q in analysis.quotes if q.kind == "direct"]
    assert direct.speaker_key == tiegen.key
    assert all("“Tig”" not in q.text or q.kind != "mixed" for q in analysis.quotes)


def test_the_nicknames_of_a_text_are_found_once_for_all_who_ask():
    text = 'John “Tig” Tiegen spoke. Clinton called Trump “Dangerous” Monday.'
    assert nickname_marks(text) == [(5, 10)]
    assert _nicknamed(text) is _nicknamed(text)
