"""The window survives the binding's lost references to None (PySide6 6.12 on Python 3.11).

Each call of a Qt method that returns nothing drops a reference to None there;
a process that makes enough of them aborts ("deallocating None"). The guard
installed by `configure_application` keeps the window alive however many it makes.
"""

import os
import subprocess
import sys
from pathlib import Path

from briefer.gui.none_guard import leaks_none

CALLS = 300_000
PROGRAM = (
    "import sys\n"
    "from PySide6.QtCore import QPoint\n"
    "from briefer.gui import none_guard\n"
    "if sys.argv[1] == 'guarded':\n"
    "    none_guard.install()\n"
    "point = QPoint()\n"
    f"for _ in range({CALLS}):\n"
    "    point.setX(1)\n"
    "print('alive')\n"
)


def _run(mode: str) -> subprocess.CompletedProcess:
    root = Path(__file__).parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-c", PROGRAM, mode], cwd=root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_void_calls_never_use_up_none():
    guarded = _run("guarded")
    assert guarded.returncode == 0 and guarded.stdout.strip() == "alive", guarded.stderr
    if leaks_none():  # the binding's bug is there: without the guard the process aborts
        bare = _run("bare")
        assert bare.returncode != 0 and "deallocating None" in bare.stderr
