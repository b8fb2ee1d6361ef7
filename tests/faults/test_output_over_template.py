"""Attack pass: `-o` naming the Word template the brief takes its styles from.

`briefer export P -o T.docx --template T.docx` replaced the user's template with
the brief; the README promises the output is never one of the inputs. The export
refuses, whichever face asks for it.
"""

from __future__ import annotations

import docx

from briefer.cli import main
from briefer.core.settings import Settings


def test_export_refuses_to_write_over_its_template(tmp_path, build_brief, capsys):
    project = tmp_path / "p.briefer"
    build_brief(1).save_as(project)
    template = tmp_path / "house style.docx"
    docx.Document().save(template)
    before = template.read_bytes()

    assert main(["export", str(project), "-o", str(template), "--template", str(template)]) == 2

    assert "is the template the brief takes its styles from" in capsys.readouterr().err
    assert template.read_bytes() == before


def test_export_refuses_to_write_over_the_settings_template(tmp_path, build_brief, capsys):
    project = tmp_path / "p.briefer"
    build_brief(1).save_as(project)
    template = tmp_path / "house.docx"
    docx.Document().save(template)
    before = template.read_bytes()
    settings = Settings.load()
    settings.set("brief_template", str(template))
    settings.save()
    try:
        assert main(["export", str(project), "-o", str(tmp_path / "." / "house.docx")]) == 2
    finally:
        settings.set("brief_template", "")
        settings.save()
    assert "is the template the brief takes its styles from" in capsys.readouterr().err
    assert template.read_bytes() == before
