"""Tests for briefer.nlp.entities: the recogniser's entities corrected."""

from briefer.nlp.entities import _title_pattern


def test_a_capitalised_title_before_a_name_is_found_and_a_lower_case_one_is_not():
    text = (
        "On Monday Chancellor Friedrich Merz met Secretary of State Anne Lowe; "
        "the chancellor Merz then left."
    )
    names = [m.group("name") for m in _title_pattern().finditer(text)]
    assert names == ["Friedrich Merz", "Anne Lowe"]
