"""The GUI reads quote kinds and actor types from the core registry and misses none.

(These checks live with the GUI tests: the core's tests never import Qt.)
"""

from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem, QWidget

from briefer.core.registry import ACTOR_TYPE_LIST, QUOTE_KIND_LIST
from briefer.gui.palette import actor_colour, highlights, quote_colour
from briefer.gui.reader import legend_html


def test_the_legend_shows_every_quote_kind_and_actor_type():
    legend = legend_html()
    for entry in (*QUOTE_KIND_LIST, *ACTOR_TYPE_LIST):
        unbroken = entry.label.replace(" ", "&nbsp;")  # a swatch never breaks across lines
        assert f"&nbsp;{unbroken}&nbsp;" in legend, entry.key


def test_highlights_come_from_the_registry():
    for entry in ACTOR_TYPE_LIST:
        assert actor_colour(entry.key) == entry.colour
    for kind in QUOTE_KIND_LIST:
        assert quote_colour(kind.key) == kind.highlight_pending
        assert quote_colour(kind.key, accepted=True) == kind.highlight_accepted
    # The style file holds only what the registry does not: no second list to drift.
    assert "actor_types" not in highlights() and "quote_kinds" not in highlights()


def test_the_actor_type_editor_offers_every_type(qtbot):
    from briefer.gui.review_panel import ActorTypeDelegate

    parent = QWidget()
    qtbot.addWidget(parent)
    editor = ActorTypeDelegate().createEditor(parent, QStyleOptionViewItem(), None)
    assert isinstance(editor, QComboBox)
    assert [editor.itemData(i) for i in range(editor.count())] == [
        t.key for t in ACTOR_TYPE_LIST]
    assert [editor.itemText(i) for i in range(editor.count())] == [
        t.label for t in ACTOR_TYPE_LIST]
