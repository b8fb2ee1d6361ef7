"""Answering the speaker dialog in tests, the way a user types into it."""

from PySide6.QtWidgets import QDialog

from briefer.gui.speaker_dialog import SpeakerDialog


def answer_speaker(monkeypatch, typed: str = "", row: int | None = None,
                   kind: str | None = None, cue: str | None = None, seen: list | None = None):
    """Make the next speaker dialogs type `typed`, maybe pick list `row`, set kind and cue,
    then press Enter (OK). `seen` collects each dialog for the test to inspect."""

    def run(dialog: SpeakerDialog) -> int:
        if seen is not None:
            seen.append(dialog)
        dialog.field.setText(typed)
        if row is not None:
            dialog.list.setCurrentRow(row)
        if kind is not None:
            dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
        if cue is not None:
            dialog.cue_field.setText(cue)
        dialog.accept()
        return int(dialog.result() or QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SpeakerDialog, "exec", run)
