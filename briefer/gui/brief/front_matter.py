"""The builder's front matter: title page fields, the handling marking, the Word template.

The form only shows and reports: `edited(name)` after a field changes,
`templateChosen(path)` ("" for the default); the builder stores either as one
undoable change.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
)

from briefer.core.brief import FrontMatter
from briefer.gui.verbatim import verbatim

MARKINGS = ("", "OFFICIAL", "OFFICIAL-SENSITIVE", "DRAFT", "CONFIDENTIAL")
TEXT_FIELDS = (("title", "Title"), ("subtitle", "Subtitle"), ("author", "Author"),
               ("organisation", "Organisation"), ("date", "Date"))


class FrontMatterForm(QFrame):
    """Title, subtitle, author, organisation, date, marking and template."""

    edited = Signal(str)  # the name of the field the user changed
    templateChosen = Signal(str)  # a .docx path, "" for Briefer's own styles

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in TEXT_FIELDS:
            field = QLineEdit()
            field.setObjectName(f"front_{name}")
            field.editingFinished.connect(lambda n=name: self.edited.emit(n))
            form.addRow(label, field)
            self.fields[name] = field
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems(MARKINGS)
        self.marking.setToolTip("Handling marking, shown in the header and footer")
        self.marking.setMinimumContentsLength(8)
        self.marking.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.marking.activated.connect(lambda _index: self.edited.emit("marking"))
        self.marking.lineEdit().editingFinished.connect(lambda: self.edited.emit("marking"))
        form.addRow("Marking", self.marking)
        self.template_label = QLabel()
        self.template_label.setTextFormat(Qt.TextFormat.PlainText)
        self.template_label.setWordWrap(True)
        form.addRow("Template", self.template_label)
        template_row = QHBoxLayout()
        choose = QToolButton()
        choose.setText("Choose…")
        choose.setToolTip("Use the styles of another Word document (.docx)")
        choose.clicked.connect(self.choose_template)
        reset = QToolButton()
        reset.setText("Default")
        reset.setToolTip("Use Briefer's own Word styles")
        reset.clicked.connect(lambda: self.templateChosen.emit(""))
        template_row.addWidget(choose)
        template_row.addWidget(reset)
        template_row.addStretch(1)
        form.addRow("", template_row)

    def value(self, name: str) -> str:
        widget_text = (self.marking.currentText() if name == "marking"
                       else self.fields[name].text())
        return widget_text.strip()

    def show_front(self, front: FrontMatter, template: str) -> None:
        """Show the brief's front matter, leaving fields that already say it untouched."""
        for name, field in self.fields.items():
            value = getattr(front, name)
            if field.text() != value:
                field.setText(value)
                # A title longer than the field shows its start, as a reader begins it.
                field.setCursorPosition(0)
        if self.marking.currentText() != front.marking:
            self.marking.setEditText(front.marking)
        if not template:
            shown = "Briefer default"
        elif Path(template).expanduser().is_file():
            shown = Path(template).name
        else:
            shown = f"{Path(template).name} (missing: choose another, or Default)"
        self.template_label.setText(shown)
        self.template_label.setToolTip(verbatim(template))

    def clear(self) -> None:
        for field in self.fields.values():
            field.clear()
        self.marking.setEditText("")
        self.template_label.setText("")

    def choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Word Template", "",
                                              "Word document (*.docx)")
        if path:
            self.templateChosen.emit(path)
