"""The indexed near-duplicate grouping finds what comparing every pair finds."""

import random

from briefer.core.dedupe import Text, indexed_near_duplicate_groups, near_duplicate_groups

WORDS = ("minister", "ministry", "water", "pact", "drought", "summer", "reservoir", "farmers",
         "city", "river", "basin", "deal", "talks", "night", "review", "rules", "cost", "euros",
         "million", "percent", "agency", "said", "would", "could", "not", "before", "after",
         "during", "share", "fund", "build", "cut", "protect", "table", "bill", "quota")
BOILERPLATE = "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00am to 9:00am"


def _groups(groups):
    return sorted(tuple(sorted(t.key for t in group)) for group in groups if len(group) > 1)


def _texts(seed: int) -> list[Text]:
    rng = random.Random(seed)
    texts = []
    for n in range(400):
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 30))]
        texts.append(Text(n, n // 8, " ".join(words)))
    for n in range(60):  # copies in other articles: a word added, one cut, marks changed
        original = rng.choice(texts[:400])
        words = original.text.split()
        if len(words) > 6 and rng.random() < 0.5:
            words = words[:-1]
        if rng.random() < 0.5:
            words = ["The", *words]
        texts.append(Text(1000 + n, 500 + n, "“" + " ".join(words) + ",”"))
    # Boilerplate that recurs with endings of its own: its word pairs are in many texts.
    texts.append(Text(2000, 600, BOILERPLATE + " EST."))
    texts.append(Text(2001, 601, BOILERPLATE.replace("to 9:00am", "a.m.")))
    for n in range(30):
        texts.append(Text(2100 + n, 700 + n, BOILERPLATE + f" and on channel {n}, {n} times"))
    return texts


def test_same_groups_as_comparing_every_pair():
    for seed in (1, 2, 3):
        texts = _texts(seed)
        expected = _groups(near_duplicate_groups(texts))
        assert _groups(indexed_near_duplicate_groups(texts)) == expected
        assert any(1000 <= key < 2000 for group in expected for key in group)
        assert any(2000 in group and 2001 in group for group in expected)


def test_texts_of_one_article_stay_apart_and_order_is_first_seen():
    texts = [Text("a", 1, "The pact means no country is alone"),
             Text("b", 1, "The pact means no country is alone."),
             Text("c", 2, "the pact means no country is alone"),
             Text("d", 3, "Something else entirely was said")]
    groups = indexed_near_duplicate_groups(texts)
    assert [[t.key for t in g] for g in groups] == [["a", "b", "c"], ["d"]]
    assert [[t.key for t in g] for g in near_duplicate_groups(texts)] == [["a", "b", "c"],
                                                                           ["d"]]
