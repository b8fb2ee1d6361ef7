"""Attack pass: `briefer /dev/zero` (or a fifo) said "no such file" of a file that exists."""

from __future__ import annotations

import os

from briefer.cli import main


def test_a_device_as_the_project_is_named_for_what_it_is(capsys):
    assert main(["/dev/zero"]) == 2
    error = capsys.readouterr().err
    assert "not a regular file" in error and "no such file" not in error


def test_a_fifo_as_the_project_is_named_for_what_it_is(tmp_path, capsys):
    fifo = tmp_path / "pipe.briefer"
    os.mkfifo(fifo)
    assert main([str(fifo)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_a_missing_project_is_still_no_such_file(tmp_path, capsys):
    assert main([str(tmp_path / "gone.briefer")]) == 2
    assert "no such file" in capsys.readouterr().err
