"""Fixtures of the command-line tests: a private home, the session's pipeline, a project."""

from pathlib import Path

import pytest

from tests.cli._cli import OTHER_ARTICLE, SEED, run


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def shared_nlp(nlp, monkeypatch):
    """Commands load the session's pipeline instead of loading their own each time."""
    monkeypatch.setattr("briefer.nlp.pipeline.load_pipeline", lambda name=None: nlp)
    return nlp


@pytest.fixture
def analysed_project(tmp_path, capsys, shared_nlp) -> Path:
    (tmp_path / "other.txt").write_text(OTHER_ARTICLE, encoding="utf-8")
    code, _, _ = run(capsys, "import", "brief.briefer", str(SEED), "other.txt")
    assert code == 0
    return tmp_path / "brief.briefer"
