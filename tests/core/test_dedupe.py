"""Near-duplicates across articles (rapidfuzz): syndicated copy merges, distinct text does not."""

from briefer.core.dedupe import Text, near_duplicate_groups, normalise, same_words


def test_a_syndicated_quote_with_typography_changes_is_one_group():
    texts = [
        Text("a", 1, "This pact means that no country will face a dry summer alone,"),
        Text("b", 2, "“This pact means no country will face a dry summer alone.”"),
        Text("c", 3, "Farmers fear the pact will favour cities over irrigation."),
    ]
    groups = near_duplicate_groups(texts)
    assert [[t.key for t in g] for g in groups] == [["a", "b"], ["c"]]


def test_texts_of_one_article_are_never_merged():
    texts = [Text("a", 1, "The deal covers 80 million people."),
             Text("b", 1, "The deal covers 80 million people.")]
    assert len(near_duplicate_groups(texts)) == 2


def test_a_fragment_is_not_a_duplicate_of_a_long_sentence():
    assert not same_words("the pact", "the pact means that no country will face a dry summer")
    assert same_words("Six states signed the pact on Monday.", "Six states signed the pact Monday")
    assert normalise("“It’s over,” she said.") == "it s over she said"
