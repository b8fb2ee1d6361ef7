"""The command line's progress line: drawn in place on a terminal, never in a pipe or log."""

import io

from briefer.terminal_progress import TerminalProgress


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def drawn(stream: io.StringIO) -> list[str]:
    """The lines the terminal showed one after the other (each overwrites the last)."""
    return [part.rstrip() for part in stream.getvalue().split("\r") if part.strip()]


def test_a_terminal_sees_reading_analysing_and_a_long_articles_share():
    terminal = FakeTerminal()
    progress = TerminalProgress("briefer", terminal)
    progress.reading(0, 2, "huge.txt")
    progress.reading(1, 2, "short.txt")
    progress.reading(2, 2, "")
    progress.analysing(0, 2, "Floods in the valley")
    progress.pieces(1, 4)
    progress.pieces(3, 4)
    progress.pieces(4, 4)  # the article is done: its next title comes instead
    progress.analysing(1, 2, "")
    progress.analysing(2, 2, "")
    assert drawn(terminal) == [
        "briefer: reading 1 of 2: huge.txt",
        "briefer: reading 2 of 2: short.txt",
        "briefer: analysing 1 of 2: Floods in the valley",
        "briefer: analysing 1 of 2 (25%): Floods in the valley",
        "briefer: analysing 1 of 2 (75%): Floods in the valley",
        "briefer: analysing 2 of 2: (untitled)",
    ]
    # Wiped at the end: the next line printed starts clean.
    assert terminal.getvalue().endswith("\r")


def test_a_shorter_line_covers_the_longer_one_before_it():
    terminal = FakeTerminal()
    progress = TerminalProgress("briefer", terminal)
    progress.show("analysing 1 of 1: A rather long title for an article")
    progress.show("done")
    last = terminal.getvalue().split("\r")[-1]
    assert last.startswith("briefer: done")
    assert len(last) == len("briefer: analysing 1 of 1: A rather long title for an article")


def test_no_progress_in_a_pipe_or_when_quiet():
    pipe = io.StringIO()
    TerminalProgress("briefer", pipe).analysing(0, 1, "Title")
    quiet = FakeTerminal()
    progress = TerminalProgress("briefer", quiet, quiet=True)
    progress.analysing(0, 1, "Title")
    progress.pieces(1, 2)
    progress.clear()
    assert pipe.getvalue() == "" and quiet.getvalue() == ""
