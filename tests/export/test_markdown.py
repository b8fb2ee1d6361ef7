"""The Markdown subset of the user's paragraphs, as Qt's editor writes it."""

from briefer.export.markdown import Run, parse_inline, parse_markdown


def test_bold_italic_and_escapes():
    assert parse_inline(r"A **bold** and *italic* and _also_ and \*literal\* end") == [
        Run("A "), Run("bold", bold=True), Run(" and "), Run("italic", italic=True),
        Run(" and "), Run("also", italic=True), Run(" and *literal* end")]
    assert parse_inline("***both***") == [Run("both", bold=True, italic=True)]
    assert parse_inline("snake_case_name stays") == [Run("snake_case_name stays")]


def test_paragraphs_lists_and_soft_breaks():
    text = ("First line\nwrapped by the editor.\n\n- one\n- two **bold**\n\n"
            "1. first\n2. second\n\n## A heading line\n")
    paragraphs = parse_markdown(text)
    assert [(p.kind, "".join(r.text for r in p.runs)) for p in paragraphs] == [
        ("body", "First line wrapped by the editor."), ("bullet", "one"),
        ("bullet", "two bold"), ("number", "first"), ("number", "second"),
        ("body", "A heading line")]
    assert paragraphs[2].runs[1] == Run("bold", bold=True)


def test_empty_and_blank_text_give_nothing():
    assert parse_markdown("") == []
    assert parse_markdown("\n \n\t\n") == []
