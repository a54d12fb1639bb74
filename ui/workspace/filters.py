"""The row of filters above the customer list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from services.directory.listing import CustomerDirectory, ListFilter
from services.ops import segments as segments_ops
from ui import labels


class FilterBar(QWidget):
    """Tags, ladder step, staff, consent, birthday this month, has e-mail / address."""

    def __init__(self, directory: CustomerDirectory, on_change, parent=None):
        super().__init__(parent)
        self.directory = directory
        self.tag = QComboBox()
        self.tag.setObjectName("filterTag")
        self.ladder = QComboBox()
        self.ladder.setObjectName("filterLadder")
        self.staff = QComboBox()
        self.staff.setObjectName("filterStaff")
        self.consent = QComboBox()
        self.consent.setObjectName("filterConsent")
        self.birthday = QCheckBox(self.tr("Birthday this month"))
        self.birthday.setObjectName("filterBirthday")
        self.has_email = QCheckBox(self.tr("Has e-mail"))
        self.has_email.setObjectName("filterEmail")
        self.has_address = QCheckBox(self.tr("Has address"))
        self.has_address.setObjectName("filterAddress")
        self.segment = QComboBox()
        self.segment.setObjectName("filterSegment")
        self.save_segment_button = QPushButton(self.tr("Save as segment…"))
        self.save_segment_button.setObjectName("saveSegment")
        self.save_segment_button.setToolTip(self.tr("Keep these filters under a name, for "
                                                    "printing and mailings"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.only: tuple[frozenset[int], str] | None = None
        self.only_chip = QPushButton()
        self.only_chip.setObjectName("onlyChip")
        self.only_chip.setToolTip(self.tr("Chosen on the dashboard; click to show everyone"))
        self.only_chip.clicked.connect(lambda: self.set_only(None))
        self.only_chip.hide()
        self._on_change = on_change
        self.reload_choices()
        # two rows, the choices short: a 1024-pixel screen holds them in any language
        choices, checks = QHBoxLayout(), QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Show:")))
        for w in (self.only_chip, self.segment, self.tag, self.ladder, self.staff,
                  self.consent):
            choices.addWidget(w)
            if isinstance(w, QComboBox):
                w.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                w.setMinimumContentsLength(12)
        choices.addStretch(1)
        for w in (self.birthday, self.has_email, self.has_address):
            checks.addWidget(w)
        checks.addStretch(1)
        checks.addWidget(self.clear_button)
        checks.addWidget(self.save_segment_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(choices)
        layout.addLayout(checks)
        for combo in (self.tag, self.ladder, self.staff, self.consent):
            combo.currentIndexChanged.connect(on_change)
        for check in (self.birthday, self.has_email, self.has_address):
            check.toggled.connect(on_change)

    def reload_choices(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        fill(self.tag, [(None, self.tr("Any tag"))]
             + [(t, t) for t in self.directory.tag_names()])
        fill(self.ladder, [(None, self.tr("Any ladder step"))] + labels.ladder_steps())
        fill(self.staff, [(None, self.tr("Anyone's")), (0, self.tr("Nobody's"))]
             + self.directory.staff())
        fill(self.consent, [(None, self.tr("Any consent"))]
             + [(c, self.tr("Agreed to: %1").replace("%1", t)) for c, t in labels.channels()])
        fill(self.segment, [(None, self.tr("Any segment"))]
             + [(n, n) for n in segments_ops.segment_names(self.directory.db)])

    def value(self, archived: bool) -> ListFilter:
        return ListFilter(
            tags=(self.tag.currentData(),) if self.tag.currentData() else (),
            ladder=(self.ladder.currentData(),) if self.ladder.currentData() else (),
            staff_id=self.staff.currentData(),
            birthday_month=CustomerDirectory.this_month() if self.birthday.isChecked() else None,
            has_email=self.has_email.isChecked(), has_address=self.has_address.isChecked(),
            consent=self.consent.currentData(), archived=archived,
            only_ids=self.only[0] if self.only else None,
            only_label=self.only[1] if self.only else "")

    def set_only(self, only: tuple[frozenset[int], str] | None) -> None:
        self.only = only
        self.only_chip.setText((only[1] + "  ✕") if only else "")
        self.only_chip.setVisible(only is not None)
        self._on_change()

    def rule(self):
        """The filters shown, as a segment to save."""
        from services.directory.segments import SegmentRule

        return SegmentRule(
            tags=[self.tag.currentData()] if self.tag.currentData() else [],
            ladder=[self.ladder.currentData()] if self.ladder.currentData() else [],
            staff_id=self.staff.currentData(),
            birthday_month=CustomerDirectory.this_month() if self.birthday.isChecked()
            else None,
            consent=self.consent.currentData(), has_email=self.has_email.isChecked(),
            has_address=self.has_address.isChecked())

    def clear(self) -> None:
        self.only = None
        self.only_chip.hide()
        self.segment.blockSignals(True)
        self.segment.setCurrentIndex(0)
        self.segment.blockSignals(False)
        for combo in (self.tag, self.ladder, self.staff, self.consent):
            combo.setCurrentIndex(0)
        for check in (self.birthday, self.has_email, self.has_address):
            check.setChecked(False)
