"""A guard against a reference-count bug of the Qt binding on Python 3.11.

PySide6 6.12 hands back `None` from every method that returns nothing without
taking a reference to it: on Python 3.12 and later `None` is immortal and
nothing happens, but on 3.11 each such call (`setText`, `update`, a painter's
`drawText`, `QTextCursor.setPosition`...) drops one reference, and once the
count reaches zero Python aborts with "deallocating None". The window makes
such calls by the thousand (every paint of a delegate or of the reader's
margin), so a long session would end in that abort.

`install` measures the leak once at start-up; where there is one, it gives
`None` a reserve of references no session can use up. Where the binding is
sound (or `None` is immortal) it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPoint

PROBE_CALLS = 64
HEADROOM = 1 << 40  # references: about 10^12 leaking calls


def leaks_none() -> bool:
    """True when calling a method that returns nothing loses a reference to None."""
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        point.setX(1)
    return sys.getrefcount(None) <= before - PROBE_CALLS


def install() -> bool:
    """Give None its reserve when the binding leaks it; True when it did."""
    if sys.version_info >= (3, 12) or not leaks_none():
        return False
    # ob_refcnt is the first field of every object on CPython 3.11.
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
