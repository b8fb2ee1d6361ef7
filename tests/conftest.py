"""Test-wide set-up: offscreen Qt, a private home for settings, one spaCy pipeline."""

import os
import tempfile

# Qt must see the platform before any QApplication exists, or it aborts.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="briefer-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once for the whole run."""
    from briefer.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    from briefer.core.paths import seeds_dir

    path = sorted(seeds_dir().glob("*.txt"))[0]
    return path.read_text(encoding="utf-8")
