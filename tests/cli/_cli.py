"""What the command-line tests share: the seed article, running a command in this
process or in a fresh one, one-line errors, a Word file's text."""

import os
import subprocess
import sys
from pathlib import Path

import docx

from briefer import cli
from briefer.core.paths import seeds_dir

SEED = seeds_dir() / "000_4ae4e183a08f2c92.txt"
OTHER_ARTICLE = (
    "Grain exports resumed from Odesa on Monday. “The corridor is open again,” said Oleksandr "
    "Kubrakov, Ukraine's infrastructure minister. The World Food Programme welcomed the news.\n"
)


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("briefer: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def run_child(code: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run Python code in a fresh interpreter (so sys.modules shows only what it imported)."""
    env = dict(os.environ, XDG_CONFIG_HOME=str(cwd / "config"), XDG_DATA_HOME=str(cwd / "data"))
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)
