"""A file name a brief's title suggests is safe to save under on any system."""

from briefer.core.paths import FILE_NAME_MAX_CHARS, file_name_from


def test_a_title_with_separators_controls_and_markup_becomes_a_plain_name():
    # A first-time user's title put "Trump/Khan: ... ../../x" and a right-to-left
    # override into the suggested path of the export dialog.
    hostile = 'Trump/Khan: <b>bold</b> & "quotes" ../../x \u202eevil\u202c 🚀 ' + "Long" * 80
    name = file_name_from(hostile)
    assert not any(c in name for c in '/\\:<>"|?*\u202e\u202c')
    assert name.startswith("Trump Khan b bold b & quotes .. .. x evil 🚀")
    assert len(name) <= FILE_NAME_MAX_CHARS


def test_an_ordinary_title_is_kept_and_an_empty_one_falls_back():
    assert file_name_from("Paris: Obama, Islamic State and Clinton") == (
        "Paris Obama, Islamic State and Clinton")
    assert file_name_from(" ../ ", fallback="Untitled") == "Untitled"
    assert file_name_from("") == "brief"
