"""The card's About box: tags, where the customer came from and who referred them, who
looks after them, adherent and advocate, the share of wallet, notes, and their photo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
)

from models.database import Database
from services.core.errors import ServiceError
from services.customers import card_form as card_service
from services.customers.writing import CustomerDraft
from services.directory.listing import CustomerDirectory
from ui.card.links import pick_customer
from ui.labels import problem
from ui.widgets import ErrorLabel, named_line

PHOTO_SIZE = 96  # pixels: a face to recognise, not a portrait


class AboutBox(QGroupBox):
    edited = Signal()

    def __init__(self, db: Database, directory: CustomerDirectory,
                 err: Callable[[str], ErrorLabel], parent=None):
        super().__init__(self.tr("About"), parent)
        self.db, self.directory = db, directory
        self._loading = False
        self.tags = self._line("tags", self.tr("Comma-separated: VIP, fair…"))
        self.tags_completer = QCompleter(card_service.tag_choices(db), self)
        self.tags_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self.tags_completer)
        self.source = self._line("source", self.tr("How they found us"))
        self.referred_label = QLabel("—")
        self.referred_label.setObjectName("referredBy")
        self.referred_by_id: int | None = None
        choose_referrer = QPushButton(self.tr("Choose…"))
        choose_referrer.clicked.connect(self._choose_referrer)
        clear_referrer = QPushButton(self.tr("Clear"))
        clear_referrer.clicked.connect(lambda: self._set_referrer(None, "—", edited=True))
        referred_row = QHBoxLayout()
        referred_row.addWidget(self.referred_label, 1)
        referred_row.addWidget(choose_referrer)
        referred_row.addWidget(clear_referrer)
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        self._fill_staff()
        self.staff.activated.connect(self._staff_chosen)
        self.adherent = QCheckBox(self.tr("Buys only from us (adherent)"))
        self.advocate = QCheckBox(self.tr("Recommends us (advocate)"))
        for check in (self.adherent, self.advocate):
            check.toggled.connect(self._changed)
        self.penetration = QDoubleSpinBox()
        self.penetration.setRange(-1, 100)
        self.penetration.setSpecialValueText(self.tr("not estimated"))
        self.penetration.setSuffix(" %")
        self.penetration.setDecimals(0)
        self.penetration.setToolTip(self.tr("Our share of what they spend in our category"))
        self.penetration.valueChanged.connect(self._changed)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Family, life events to ask about, what they like "
                                              "and do not like…"))
        self.notes.textChanged.connect(self._changed)
        # the picture their phone had of them, when one came in with a contact file
        self.photo = QLabel()
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setVisible(False)
        about = QFormLayout()
        about.addRow(self.photo)
        about.addRow(self.tr("Tags"), self.tags)
        about.addRow("", err("tags"))
        about.addRow(self.tr("Source"), self.source)
        about.addRow(self.tr("Referred by"), referred_row)
        about.addRow("", err("referred_by"))
        about.addRow(self.tr("Looked after by"), self.staff)
        about.addRow("", err("staff"))
        about.addRow(self.adherent)
        about.addRow(self.advocate)
        about.addRow(self.tr("Share of wallet"), self.penetration)
        about.addRow("", err("penetration_percent"))
        about.addRow(self.tr("Notes"), self.notes)
        self.setLayout(about)


    def show_draft(self, draft: CustomerDraft, referred_by_name: str) -> None:
        """Fill the box from a customer's draft (no edit signals: the card is loading)."""
        self._loading = True
        self._show_photo(draft.photo)
        self.tags.setText(", ".join(draft.tags))
        self.source.setText(draft.source)
        self._set_referrer(draft.referred_by_id, referred_by_name or "—")
        self._select_staff(draft.staff_id)
        self.adherent.setChecked(draft.is_adherent)
        self.advocate.setChecked(draft.is_advocate)
        self.penetration.setValue(float(draft.penetration_percent)
                                  if draft.penetration_percent is not None else -1)
        self.notes.setPlainText(draft.notes)
        self._loading = False

    def values(self) -> dict:
        """The box's fields as their widgets hold them, by the draft field each one edits."""
        staff = self.staff.currentData()
        return {
            "notes": self.notes.toPlainText(), "source": self.source.text(),
            "referred_by_id": self.referred_by_id,
            "staff_id": staff if isinstance(staff, int) else None,
            "is_adherent": self.adherent.isChecked(), "is_advocate": self.advocate.isChecked(),
            "penetration_percent": self.penetration.value(), "tags": self.tags.text(),
        }

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        return named_line(name, placeholder, self._changed)

    def _show_photo(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(PHOTO_SIZE, PHOTO_SIZE,
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        self.photo.setVisible(not pixmap.isNull())

    def _fill_staff(self) -> None:
        self.staff.clear()
        self.staff.addItem("—", None)
        for sid, name in card_service.staff_choices(self.db):
            self.staff.addItem(name, sid)
        self.staff.addItem(self.tr("Add a staff member…"), "new")

    def _select_staff(self, staff_id: int | None) -> None:
        self.staff.setCurrentIndex(max(0, self.staff.findData(staff_id)))
        self._staff_index = self.staff.currentIndex()

    def _staff_chosen(self, index: int) -> None:
        if self.staff.itemData(index) == "new":
            name, ok = QInputDialog.getText(self, self.tr("New staff member"), self.tr("Name"))
            if ok and name.strip():
                try:
                    sid = card_service.new_staff(self.db, name)
                except ServiceError as exc:
                    QMessageBox.warning(self, self.tr("Staff"), problem(exc))
                    self.staff.setCurrentIndex(self._staff_index)
                    return
                self._fill_staff()
                self._select_staff(sid)
            else:
                self.staff.setCurrentIndex(self._staff_index)
                return
        self._staff_index = self.staff.currentIndex()
        self._changed()

    def _set_referrer(self, customer_id: int | None, name: str, edited: bool = False) -> None:
        self.referred_by_id = customer_id
        self.referred_label.setText(name if customer_id else "—")
        if edited:
            self._changed()

    def _choose_referrer(self) -> None:
        cid = pick_customer(self, self.directory, self.tr("Who recommended us to them?"))
        if cid is not None:
            self._set_referrer(cid, card_service.customer_name(self.db, cid), edited=True)
