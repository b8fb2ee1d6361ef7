"""Two findings of the fresh attack pass: swapped import arguments, and a short text
with a few stray control characters."""

from briefer import cli


def test_an_article_named_as_the_project_is_refused_not_created(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "a.txt").write_text("The minister said the plan would pass.\n", encoding="utf-8")
    code = cli.main(["import", "story.docx", "a.txt", "--no-analyze"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.splitlines()) == 1
    assert "story.docx: names an article, not a project" in err
    assert not list(tmp_path.glob("*.briefer"))


def test_a_short_text_with_two_stray_controls_is_still_text(tmp_path):
    from briefer.ingest import load_source

    path = tmp_path / "t.txt"
    path.write_bytes("The minister said it on Monday and\u0085then more.\u0085\n".encode())
    article = load_source(str(path))
    assert article.text.startswith("The minister said it on Monday")
