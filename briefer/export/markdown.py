"""The small Markdown subset the brief stores for the user's own paragraphs.

The builder's rich-text editor reads and writes Markdown (Qt's
`QTextDocument.toMarkdown`), so paragraphs stay plain text in the project
file. The export needs only what that editor produces: paragraphs, bullet
and numbered lists, bold, italic and backslash escapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    kind: str  # "body", "bullet" or "number"
    runs: list[Run] = field(default_factory=list)


_BULLET = re.compile(r"^\s{0,3}[-*+]\s+(.*)$")
_NUMBER = re.compile(r"^\s{0,3}\d{1,9}[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_ESCAPABLE = set("\\`*_{}[]()#+-.!|<>~")


def parse_inline(text: str) -> list[Run]:
    """Runs of `text` with **bold**, *italic* / _italic_ and backslash escapes applied."""
    runs: list[Run] = []
    bold = italic = False
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            chunk = "".join(buffer)
            if runs and runs[-1].bold == bold and runs[-1].italic == italic:
                runs[-1].text += chunk
            else:
                runs.append(Run(chunk, bold, italic))
            buffer.clear()

    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            buffer.append(text[i + 1])
            i += 2
            continue
        if ch in "*_":
            j = i
            while j < len(text) and text[j] == ch:
                j += 1
            count = j - i
            # An underscore inside a word (snake_case) is a letter, not emphasis.
            inside_word = (ch == "_" and i > 0 and text[i - 1].isalnum()
                           and j < len(text) and text[j].isalnum())
            if not inside_word and count in (1, 2, 3):
                flush()
                if count >= 2:
                    bold = not bold
                if count != 2:
                    italic = not italic
                i = j
                continue
        buffer.append(ch)
        i += 1
    flush()
    return [r for r in runs if r.text]


def parse_markdown(text: str) -> list[Paragraph]:
    """Paragraphs and list items of `text`; soft line breaks join lines with a space."""
    paragraphs: list[Paragraph] = []
    current: tuple[str, list[str]] | None = None

    def close() -> None:
        if current is not None:
            joined = " ".join(line.strip() for line in current[1]).strip()
            if joined:
                paragraphs.append(Paragraph(current[0], parse_inline(joined)))

    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            close()
            current = None
            continue
        for kind, pattern in (("bullet", _BULLET), ("number", _NUMBER), ("body", _HEADING)):
            match = pattern.match(line)
            if match:
                close()
                current = (kind, [match.group(1)])
                break
        else:
            if current is None:
                current = ("body", [line])
            else:
                current[1].append(line)
    close()
    return paragraphs
