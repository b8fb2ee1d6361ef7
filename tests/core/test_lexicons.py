"""The word lists: read once, a clear error when one is missing or broken."""

import pytest

from briefer.core.errors import BrieferError
from briefer.core.lexicons import load_lexicon


def test_a_missing_word_list_is_a_user_error():
    with pytest.raises(BrieferError, match=r"no_such_list\.json is missing"):
        load_lexicon("no_such_list")


def test_a_broken_word_list_says_so(tmp_path, monkeypatch):
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "broken.json").write_text('{"words": [', encoding="utf-8")
    monkeypatch.setenv("BRIEFER_RESOURCES", str(tmp_path))
    with pytest.raises(BrieferError, match=r"broken\.json is not valid JSON"):
        load_lexicon("broken")


def test_nlp_reads_the_same_lists():
    from briefer.nlp import lexicon

    assert lexicon.load("speech") is load_lexicon("speech")
