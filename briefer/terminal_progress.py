"""The command line's sign of life while it reads and analyses: one line on stderr,
rewritten in place ("briefer: analysing 1 of 3: Title (40%)").

Only on a terminal: a pipe or a log file gets no progress lines (they would be
noise in it), nor does a run with `--quiet`. Results, warnings and errors are
printed as before; the progress line is wiped before any of them.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO


class TerminalProgress:
    """Progress callbacks for `import_sources` and `analyze_articles` that draw one line."""

    def __init__(self, prefix: str, stream: TextIO | None = None, quiet: bool = False):
        self.prefix = prefix
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and _is_terminal(self.stream)
        # ("analysing 1 of 3", "Title"): the article a long article's share is shown for.
        self._article = ("analysing", "")
        self._width = 0  # characters of the line shown (0: none)

    def reading(self, done: int, total: int, name: str) -> None:
        """`import_sources`' on_progress: called before each source, and once at the end."""
        if done < total:
            self.show(f"reading {done + 1} of {total}: {name}")
        else:
            self.clear()

    def analysing(self, done: int, total: int, title: str) -> None:
        """`analyze_articles`' on_progress: `title` is the next article's (none at the end)."""
        if done < total:
            self._article = (f"analysing {done + 1} of {total}", title or "(untitled)")
            self.show(": ".join(self._article))
        else:
            self.clear()

    def pieces(self, done: int, count: int) -> None:
        """`on_piece`: how far a long article's analysis has come (before its title, which
        a narrow terminal cuts)."""
        if done < count:
            counted, title = self._article
            self.show(f"{counted} ({100 * done // count}%): {title}")

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        columns = shutil.get_terminal_size().columns
        line = f"{self.prefix}: {' '.join(text.split())}"[: max(columns - 1, 20)]
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = len(line)

    def clear(self) -> None:
        """Wipe the progress line, so what is printed next starts on a clean line."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
