"""Issue 13, item 14 (import side): a Word file's own defaults are not the article's byline.

python-docx writes "python-docx" as the author and 2013-12-23 as the creation
date of every file it makes; Word writes the user's login name. Neither may
reach a citation.
"""

from __future__ import annotations

import docx
import pytest

from briefer.ingest import load_file


def _saved(tmp_path, author: str | None):
    document = docx.Document()
    document.add_paragraph("Talks on the budget resumed in Brussels on Monday, officials said.")
    if author is not None:
        document.core_properties.author = author
    path = tmp_path / "talks.docx"
    document.save(path)
    return path


def test_python_docx_defaults_are_neither_author_nor_date(tmp_path):
    article = load_file(_saved(tmp_path, author=None))
    assert (article.author, article.published) == ("", "")


@pytest.mark.parametrize("login", ["jroe", "JRoe", "CORP\\jroe", "Microsoft Office User"])
def test_a_word_user_name_is_not_an_author(tmp_path, login):
    assert load_file(_saved(tmp_path, author=login)).author == ""
