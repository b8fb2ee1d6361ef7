"""The speaker dialog as a user types into it: any part of a name, arrows, one Enter."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from briefer.core.records import Actor, Mention
from briefer.gui.speaker_dialog import SpeakerDialog

TEXT = "Senator Mitch McConnell disagreed. The budget office warned that costs would rise."
ACTORS = [Actor(1, "James Brien Comey", "person", quote_count=4),
          Actor(2, "Mitch McConnell", "person", mention_count=1),
          Actor(3, "Aaron Aardvark", "organization", mention_count=9)]
MENTIONS = [Mention(1, 1, 2, TEXT.index("Mitch"), TEXT.index(" disagreed"), "Mitch McConnell")]


def _dialog(qtbot, **options) -> SpeakerDialog:
    start = TEXT.index("costs")
    dialog = SpeakerDialog(None, "Reassign Speaker", ACTORS, MENTIONS, start, len(TEXT) - 1,
                           **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.field.setFocus()
    return dialog


def test_one_enter_takes_the_first_match_of_a_middle_name(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.candidates()[0].startswith("Mitch McConnell")  # named near the quote
    qtbot.keyClicks(dialog.field, "brien")
    assert dialog.candidates() == ["James Brien Comey (Person)", "New actor “brien”"]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice.actor_id == 1 and dialog.choice.new_name == ""


def test_arrows_move_through_the_list_from_the_name_field(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    # Nearest first, then the others by how often they appear: Aardvark, then Comey.
    assert dialog.choice.actor_id == 1
    assert [c.split(" (")[0] for c in dialog.candidates()] == [
        "Mitch McConnell", "Aaron Aardvark", "James Brien Comey", "(unattributed)"]


def test_enter_on_a_name_nobody_has_asks_first(qtbot, monkeypatch):
    dialog = _dialog(qtbot)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No))
    qtbot.keyClicks(dialog.field, "Budget Office")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert asked == ["No actor is called “Budget Office”. Make a new person “Budget Office”?"]
    assert dialog.isVisible() and dialog.choice is None
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.choice.actor_id is None and dialog.choice.new_name == "Budget Office"
