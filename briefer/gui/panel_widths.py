"""How the main window's three panels share a narrow window: the reader first.

The side panels keep their widths while the window shrinks (the reader takes
the change), so below about 1100 pixels the reader used to end as a column of
two or three words beside two full-width side panels. Below `NARROW_WINDOW`
the reader is given `READER_SHARE` of the width whenever the side panels have
room above their minimums to give it, each in proportion to that room; a
hidden or collapsed panel gives nothing, and a wider window is left as the
user arranged it.
"""

from __future__ import annotations

NARROW_WINDOW = 1100
READER_SHARE = 0.45


def reader_first(sizes: list[int], minimums: list[int], reader: int = 1) -> list[int]:
    """The panels' widths with the reader widened to its share, out of the side panels'
    room above their `minimums` (unchanged when wide enough or nothing can give)."""
    total = sum(sizes)
    short = round(total * READER_SHARE) - sizes[reader]
    if total >= NARROW_WINDOW or short <= 0:
        return list(sizes)
    room = [0 if index == reader else max(0, size - minimum)
            for index, (size, minimum) in enumerate(zip(sizes, minimums, strict=True))]
    available = sum(room)
    if available == 0:
        return list(sizes)
    take = min(short, available)
    widths = list(sizes)
    givers = [index for index, spare in enumerate(room) if spare]
    given = 0
    for number, index in enumerate(givers):
        last = number == len(givers) - 1
        part = take - given if last else round(take * room[index] / available)
        widths[index] -= part
        given += part
    widths[reader] += take
    return widths
