"""The segment builder: every criterion a segment can have, with a live count."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from models.database import Database
from services.analysis.metrics import ABC_XYZ_CELLS, RFM_GROUPS
from services.core.errors import ServiceError
from services.directory.segments import SegmentRule
from services.ops import segments as segments_ops
from services.text.dates import format_day
from ui import labels
from ui.labels import problem

_DOTTED_DAY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def _shown_day(iso: str | None) -> str | None:
    """A stored ISO day as the window spells days (and anything else as it is)."""
    try:
        return format_day(dt.date.fromisoformat(iso)) if iso else iso
    except ValueError:
        return iso


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


class SegmentDialog(QDialog):
    def __init__(self, db: Database, rule: SegmentRule | None = None, name: str = "",
                 parent=None):
        super().__init__(parent)
        self.setObjectName("segmentBuilder")
        self.setWindowTitle(self.tr("Segment"))
        self.db = db
        rule = rule or SegmentRule()
        self.name = QLineEdit(name)
        self.name.setObjectName("segmentName")
        self.edits: dict[str, QLineEdit] = {}

        def edit(key: str, value, hint: str = "") -> QLineEdit:
            text = ", ".join(value) if isinstance(value, list) else ("" if value is None
                                                                     else str(value))
            line = QLineEdit(text)
            line.setObjectName(key)
            line.setPlaceholderText(hint)
            line.textChanged.connect(self._changed)
            self.edits[key] = line
            return line

        steps = ", ".join(k for k, _ in labels.ladder_steps())
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Ladder steps"), edit("ladder", rule.ladder, steps))
        form.addRow(self.tr("RFM groups"), edit("rfm", rule.rfm, ", ".join(RFM_GROUPS)))
        form.addRow(self.tr("ABC-XYZ cells"), edit("abc_xyz", rule.abc_xyz,
                                                   ", ".join(ABC_XYZ_CELLS)))
        form.addRow(self.tr("Any of the tags"), edit("tags", rule.tags, "VIP, fair"))
        form.addRow(self.tr("Interested in"), edit("interests", rule.interests,
                                                   self.tr("silver, roses…")))
        form.addRow(self.tr("Last purchase from"), edit("last_purchase_after",
                                                        _shown_day(rule.last_purchase_after),
                                                        self.tr("DD.MM.YYYY")))
        form.addRow(self.tr("Last purchase before"), edit("last_purchase_before",
                                                          _shown_day(rule.last_purchase_before),
                                                          self.tr("DD.MM.YYYY")))
        form.addRow(self.tr("Spent at least"), edit("spent_min", rule.spent_min))
        form.addRow(self.tr("Spent at most"), edit("spent_max", rule.spent_max))
        form.addRow(self.tr("Purchases at least"), edit("purchases_min", rule.purchases_min))
        form.addRow(self.tr("Purchases at most"), edit("purchases_max", rule.purchases_max))
        form.addRow(self.tr("Birthday in month"), edit("birthday_month", rule.birthday_month,
                                                        "1–12"))
        form.addRow(self.tr("City"), edit("city", rule.city))
        self.consent = QComboBox()
        self.consent.addItem(self.tr("any"), None)
        for key, text in labels.channels():
            self.consent.addItem(text, key)
        self.consent.setCurrentIndex(max(0, self.consent.findData(rule.consent)))
        self.consent.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("Agreed to"), self.consent)
        self.has_email = QCheckBox(self.tr("Has an e-mail address"))
        self.has_email.setChecked(rule.has_email)
        self.has_address = QCheckBox(self.tr("Has a postal address"))
        self.has_address.setChecked(rule.has_address)
        for check in (self.has_email, self.has_address):
            check.toggled.connect(self._changed)
            form.addRow(check)
        self.staff_id = rule.staff_id
        self.words = {"name": self.tr("Name")}  # a problem is named as its row here is
        for key, line in self.edits.items():
            self.words[key] = form.labelForField(line).text()
        self.count = QLabel()
        self.count.setObjectName("segmentCount")
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.update_count)
        self.update_count()

    def _changed(self, *_args) -> None:
        self._timer.start()

    def rule(self) -> SegmentRule:
        def number(key: str):
            text = self.edits[key].text().strip()
            return int(text) if text.isdigit() else (text or None)

        def text(key: str):
            return self.edits[key].text().strip() or None

        def day(key: str):  # typed day first, as every date in the window; kept ISO
            typed = text(key)
            m = _DOTTED_DAY.match(typed or "")
            try:
                return dt.date(*(int(g) for g in reversed(m.groups()))).isoformat()
            except (AttributeError, ValueError):  # not day first, or no such day: as typed
                return typed

        return SegmentRule(
            ladder=_words(self.edits["ladder"].text()), rfm=_words(self.edits["rfm"].text()),
            abc_xyz=[w.upper() if w != "insufficient" else w
                     for w in _words(self.edits["abc_xyz"].text())],
            tags=_words(self.edits["tags"].text()),
            interests=_words(self.edits["interests"].text()),
            last_purchase_after=day("last_purchase_after"),
            last_purchase_before=day("last_purchase_before"),
            spent_min=text("spent_min"), spent_max=text("spent_max"),
            purchases_min=number("purchases_min"), purchases_max=number("purchases_max"),
            birthday_month=number("birthday_month"), city=text("city"),
            staff_id=self.staff_id, consent=self.consent.currentData(),
            has_email=self.has_email.isChecked(), has_address=self.has_address.isChecked())

    def update_count(self) -> int | None:
        self._timer.stop()
        try:
            n = len(segments_ops.segment_rule_members(self.db, self.rule()))
        except (ServiceError, ValueError) as exc:
            self.error.setText(problem(exc, self.words))
            self.count.setText("")
            return None
        self.error.setText("")
        self.count.setText(self.tr("%n customer(s)", "", n))
        return n

    def save(self) -> None:
        try:
            segments_ops.save_segment(self.db, self.name.text(), self.rule())
        except (ServiceError, ValueError) as exc:
            self.error.setText(problem(exc, self.words))
            return
        self.accept()
