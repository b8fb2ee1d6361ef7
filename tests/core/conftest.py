"""Fixtures for the core tests: the multi-article story project (`_story.py`)."""

import importlib.util
from pathlib import Path

import pytest


def load_story_module():
    """`_story.py` as a module (the suite imports test files by path, not as packages)."""
    spec = importlib.util.spec_from_file_location("_story", Path(__file__).with_name("_story.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def story_module():
    return load_story_module()


@pytest.fixture
def story(story_module):
    project = story_module.build_story_project()
    yield project
    project.close()


def load_comey_module():
    spec = importlib.util.spec_from_file_location("_comey", Path(__file__).with_name("_comey.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def comey_module():
    return load_comey_module()


@pytest.fixture
def comey(comey_module):
    project = comey_module.build_comey_project()
    yield project
    project.close()
