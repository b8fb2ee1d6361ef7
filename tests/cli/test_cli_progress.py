"""A long import shows signs of life on a terminal, and only there (a first-time user
waited minutes on a 7.8 MB article with no word from the command)."""

import pytest

from briefer.nlp.analyze import PIECE_CHARS
from tests.cli._cli import SEED, run


@pytest.fixture
def terminal_stderr(monkeypatch):
    monkeypatch.setattr("briefer.terminal_progress._is_terminal", lambda stream: True)


def long_article(tmp_path):
    seed = SEED.read_text(encoding="utf-8").strip()
    copies = PIECE_CHARS // len(seed) + 3  # two pieces
    path = tmp_path / "long.txt"
    path.write_text("\n".join([seed] * copies), encoding="utf-8")
    return path


def test_a_long_article_shows_its_progress_and_a_note_on_a_terminal(
        capsys, shared_nlp, terminal_stderr, tmp_path, monkeypatch):
    monkeypatch.setattr("briefer.ingest.LONG_ARTICLE_CHARS", PIECE_CHARS)
    code, out, err = run(capsys, "import", "p.briefer", str(long_article(tmp_path)))
    assert code == 0
    assert out.strip().endswith("imported 1, analysed 1, duplicates 0, failed 0")
    lines = [part.strip() for part in err.replace("\n", "\r").split("\r") if part.strip()]
    assert "briefer: reading 1 of 1: long.txt" in lines
    assert "briefer: loading the language model" in lines
    assert any(line.startswith("briefer: analysing 1 of 1: ") for line in lines)
    assert any(line.startswith("briefer: analysing 1 of 1 (50%): ") for line in lines)
    [note] = [line for line in lines if line.startswith("briefer: note:")]
    assert "long.txt" in note and "far longer than a news article" in note
    assert "words" in note


@pytest.mark.parametrize("quiet", [False, True], ids=["in a pipe", "quiet on a terminal"])
def test_no_progress_in_a_pipe_or_with_quiet(capsys, shared_nlp, monkeypatch, quiet):
    argv = ["import", "p.briefer", str(SEED)]
    if quiet:
        monkeypatch.setattr("briefer.terminal_progress._is_terminal", lambda stream: True)
        argv.append("--quiet")
    code, _out, err = run(capsys, *argv)
    assert code == 0
    assert err == ""


def test_analyze_and_draft_take_quiet(capsys, shared_nlp, terminal_stderr):
    code, out, err = run(capsys, "analyze", str(SEED), "--quiet")
    assert code == 0 and "Quotes" in out and err == ""
    code, out, err = run(capsys, "draft", str(SEED), "-o", "brief.docx", "-q")
    assert code == 0 and "\r" not in err and "analysing" not in err  # warnings stay
    code, out, err = run(capsys, "analyze", str(SEED))
    assert "briefer: analysing 1 of 1: " in err
