"""A lede's described speaker is the person the next paragraph opens on
(briefer/nlp/lede_speakers.py)."""

from briefer.nlp.analyze import analyze_doc


def test_a_described_lede_speaker_named_in_the_next_paragraph_is_that_person(nlp):
    text = (
        "A former driver for the Harbourline bus company told a tribunal on Monday that "
        "she was ordered to skip safety checks.\n\n"
        "Marisol Okafor, 44, who drove for the company for six years, said managers "
        "threatened to cut her shifts."
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    okafor = next(a for a in analysis.actors if a.name == "Marisol Okafor")
    assert "former driver" not in names.values()
    assert "former driver" in okafor.roles
    said = {q.text: [names[k] for k in q.speaker_keys] for q in analysis.quotes}
    assert said["she was ordered to skip safety checks"] == ["Marisol Okafor"]


def test_a_described_speaker_in_the_middle_of_a_paragraph_stays_unnamed(nlp):
    text = (
        "The hearing resumed on Monday, and a former driver told the tribunal that "
        "she was ordered to skip safety checks.\n\n"
        "Marisol Okafor, a union organiser, said the company would appeal."
    )
    analysis = analyze_doc(nlp(text))
    okafor = next(a for a in analysis.actors if a.name == "Marisol Okafor")
    assert "former driver" not in okafor.roles


def test_a_definite_lede_speaker_named_in_the_next_paragraphs_first_sentence(nlp):
    text = (
        "The head of a national rowing body has admitted it was too slow to act on "
        "complaints.\n\n"
        "Speaking on a radio sports programme, chief executive Harriet Vane said the body "
        "had let athletes down."
    )
    analysis = analyze_doc(nlp(text))
    names = {a.key: a.name for a in analysis.actors}
    said = {q.text: [names[k] for k in q.speaker_keys] for q in analysis.quotes}
    assert said["it was too slow to act on complaints"] == ["Harriet Vane"]
    assert "head" not in names.values()
