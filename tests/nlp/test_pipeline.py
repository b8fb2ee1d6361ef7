"""Loading the spaCy pipeline and teaching it names the user confirmed."""

import subprocess
import sys

import pytest

from briefer.core.errors import BrieferError
from briefer.nlp.pipeline import (
    CONFIRMED_NAMES_RULER,
    DEFAULT_PIPELINE,
    add_confirmed_names,
    load_pipeline,
)


def test_default_pipeline_has_what_the_analysis_reads(nlp):
    assert nlp.meta["name"] in DEFAULT_PIPELINE
    for component in ("tagger", "parser", "ner", "lemmatizer"):
        assert component in nlp.pipe_names


def test_missing_pipeline_is_a_user_error():
    with pytest.raises(BrieferError, match="'en_core_web_nonexistent' is not installed"):
        load_pipeline("en_core_web_nonexistent")


def test_importing_the_module_does_not_import_spacy():
    code = "import sys, briefer.nlp.pipeline; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_confirmed_names_become_entities_of_their_type():
    nlp = load_pipeline()
    text = "Jaroslav Novakov met officials of the Blue Lantern Trust Fund in Riga."
    add_confirmed_names(nlp, [("Blue Lantern", "organization"), ("Novakov", "person")])
    add_confirmed_names(nlp, [("Blue Lantern Trust Fund", "organization")])
    assert nlp.pipe_names.index(CONFIRMED_NAMES_RULER) < nlp.pipe_names.index("ner")
    assert nlp.pipe_names.count(CONFIRMED_NAMES_RULER) == 1
    labels = {e.text: e.label_ for e in nlp(text).ents}
    assert labels.get("Blue Lantern Trust Fund") == "ORG"
    assert "Blue Lantern" not in labels


def test_confirmed_name_overrides_a_wrong_model_label():
    nlp = load_pipeline()
    text = "Ukrainian officials said Kyiv would not accept the deal."
    assert any(e.text == "Kyiv" and e.label_ == "PERSON" for e in nlp(text).ents)
    add_confirmed_names(nlp, [("Kyiv", "country")])
    assert [(e.text, e.label_) for e in nlp(text).ents if e.text == "Kyiv"] == [("Kyiv", "GPE")]


def test_confirmed_names_can_be_cleared():
    nlp = load_pipeline()
    add_confirmed_names(nlp, [("Bexley Trust", "organization")])
    add_confirmed_names(nlp, [])
    assert CONFIRMED_NAMES_RULER not in nlp.pipe_names
    assert [ent.text for ent in nlp("Bexley Trust met.").ents if ent.ent_id_] == []


def test_opening_mark_glued_to_punctuation_is_split(nlp):
    doc = nlp.make_doc("Ms. Berg said,“Look at the figures.” He replied:\"No.\"")
    words = [t.text for t in doc]
    assert words[:6] == ["Ms.", "Berg", "said", ",", "“", "Look"]
    assert words[-5:] == [":", '"', "No", ".", '"']
    numbers = nlp.make_doc("3,000 and 4.5 people")
    assert [t.text for t in numbers] == ["3,000", "and", "4.5", "people"]


def test_every_line_starts_a_sentence(nlp):
    doc = nlp("4:55 p.m. CT\nWHO Says Risk Remains Low\nThe World Health Organization said so.")
    starts = [s.text.strip() for s in doc.sents]
    assert "The World Health Organization said so." in starts
