"""Attack pass: Markdown lines with long indentation made the import crawl.

The table-rule pattern had two `\\s*` around an optional `|`, so each line of n
spaces cost n² steps: a 9 MB file of ever deeper nested list items did not
finish importing in 120 s (800 KB took 13 s). Each line must cost linear time.
"""

from __future__ import annotations

import time

from briefer.ingest.text import _TABLE_RULE, markdown_to_text


def test_deeply_indented_lines_convert_in_linear_time():
    source = "".join(" " * 4000 + f"- item {number}\n" for number in range(500))
    started = time.monotonic()
    text, _ = markdown_to_text(source)
    assert time.monotonic() - started < 5  # was over a minute
    assert "item 0" in text and "item 499" in text


def test_table_rules_are_still_recognised():
    for line in ("|---|---|", "| --- | :---: |", "---|---", "  :---  |  ---:  ", "|---|"):
        assert _TABLE_RULE.match(line), line
    for line in ("- item", "| a | b |", "--", "|"):
        assert not _TABLE_RULE.match(line), line
