"""The Qt binding Briefer runs on keeps its references to None.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a
method that returns nothing (`setText`, `update`, a painter's `drawText`); the
window makes such calls by the thousand, so a long session ends in Python's
"deallocating None" abort. `pyproject.toml` keeps that release out; this test
fails if a binding with the bug is ever installed again.
"""

import sys

from PySide6.QtCore import QPoint

CALLS = 1000


def test_void_calls_keep_the_reference_count_of_none():
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        point.setX(1)
    # Other threads may take or drop a few references meanwhile; the bug drops one per call.
    assert sys.getrefcount(None) > before - CALLS // 2
