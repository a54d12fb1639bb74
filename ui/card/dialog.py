"""The customer card: every field, inline validation, duplicate hints, purchases and history."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import FieldError, ServiceError, ValidationError
from services.customers import card_form as card_service
from services.customers.writing import (
    CustomerDraft,
)
from services.directory.listing import CustomerDirectory
from services.text.dates import parse_user_date
from ui import labels
from ui.card.about import AboutBox
from ui.card.consent import ConsentBox
from ui.card.errors import route_errors
from ui.card.links import LinksBox
from ui.card.loyalty import LoyaltyBox
from ui.card.records import HistoryTab, PurchasesTab
from ui.card.tables import CardTables
from ui.formatting import day
from ui.labels import problem
from ui.undo import UndoManager
from ui.widgets import ErrorLabel, fit_to_screen, named_line

CHECK_DELAY_MS = 250


class CustomerCard(QDialog):
    """Opened for one customer (or a new one). Purchases and history save as they are added;
    the card's own fields save with Save (Ctrl+S)."""

    saved = Signal(int)
    data_changed = Signal(int)
    open_customer = Signal(int)

    def __init__(self, db: Database, customer_id: int | None, undo: UndoManager,
                 parent=None, initial: CustomerDraft | None = None):
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.db = db
        self.undo = undo
        self.directory = CustomerDirectory(db)
        self.customer_id = customer_id
        self.dirty = False
        self.errors: list[FieldError] = []
        self._loading = False
        fit_to_screen(self, 1120, 800)

        self.banner = QLabel()
        self.banner.setObjectName("duplicateHint")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("QLabel { background: rgba(255, 193, 7, 60); padding: 6px; "
                                  "border-radius: 4px; }")
        self.banner.linkActivated.connect(self._open_duplicate)
        self.banner.hide()

        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.purchases_tab = PurchasesTab(db, undo, self.status)
        self.purchases_tab.changed.connect(self._purchases_changed)
        self.purchases_tab.counted.connect(lambda n: self.tabs.setTabText(
            1, self.tr("&Purchases (%1)").replace("%1", str(n))))
        self.history_tab = HistoryTab(db, undo)
        self.history_tab.counted.connect(lambda n: self.tabs.setTabText(
            2, self.tr("&History (%1)").replace("%1", str(n))))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_card_tab(), self.tr("&Card"))
        self.tabs.addTab(self.purchases_tab, self.tr("&Purchases"))
        self.tabs.addTab(self.history_tab, self.tr("&History"))
        self.tabs.currentChanged.connect(
            lambda i: i == 1 and not self.purchases_tab.value_shown
            and self.purchases_tab.show_value())

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))
        self.close_button = self.buttons.addButton(self.tr("Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self.load(initial)

    # --- building ---------------------------------------------------------------------------

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        return named_line(name, placeholder, self._edited)

    def _build_card_tab(self) -> QWidget:
        self.field_errors: dict[str, ErrorLabel] = {}

        def err(name: str) -> ErrorLabel:
            label = ErrorLabel()
            label.setObjectName(f"error_{name}")
            self.field_errors[name] = label
            return label

        # Name
        self.family = self._line("family_name", self.tr("Family name"))
        self.given = self._line("given_name", self.tr("Given name"))
        self.patronymic = self._line("patronymic", self.tr("Patronymic / middle name"))
        self.family_latin = self._line("family_name_latin", self.tr("As in the passport"))
        self.given_latin = self._line("given_name_latin", self.tr("As in the passport"))
        self.transliterate = QPushButton(self.tr("Fill from Cyrillic"))
        self.transliterate.setToolTip(self.tr("Passport spelling (ICAO Doc 9303)"))
        self.transliterate.clicked.connect(self._fill_latin)
        self.company = self._line("company")
        self.job_title = self._line("job_title")
        self.nickname = self._line("nickname", self.tr("What they like to be called"))
        self.sex = QComboBox()
        for value, text in labels.sexes():
            self.sex.addItem(text, value)
        self.sex.currentIndexChanged.connect(self._edited)
        self.salutation = self._line("salutation", self.tr("How to address them"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for code, text in (("", "—"), ("ru", "Русский"), ("bg", "Български"),
                           ("en", "English")):
            self.language.addItem(text, code)
        self.language.currentIndexChanged.connect(self._edited)
        self.language.editTextChanged.connect(self._edited)

        names = QGridLayout()
        names.addWidget(QLabel(self.tr("Family name")), 0, 0)
        names.addWidget(self.family, 0, 1)
        names.addWidget(QLabel(self.tr("Given name")), 0, 2)
        names.addWidget(self.given, 0, 3)
        names.addWidget(err("name"), 1, 1, 1, 3)
        names.addWidget(QLabel(self.tr("Patronymic")), 2, 0)
        names.addWidget(self.patronymic, 2, 1)
        names.addWidget(QLabel(self.tr("Company")), 2, 2)
        names.addWidget(self.company, 2, 3)
        names.addWidget(QLabel(self.tr("Latin family")), 3, 0)
        names.addWidget(self.family_latin, 3, 1)
        names.addWidget(QLabel(self.tr("Latin given")), 3, 2)
        latin_given = QHBoxLayout()
        latin_given.addWidget(self.given_latin, 1)
        latin_given.addWidget(self.transliterate)
        names.addLayout(latin_given, 3, 3)
        names.addWidget(err("family_name_latin"), 4, 1)
        names.addWidget(err("given_name_latin"), 4, 3)
        names.addWidget(QLabel(self.tr("Sex")), 5, 0)
        names.addWidget(self.sex, 5, 1)
        names.addWidget(QLabel(self.tr("Salutation")), 5, 2)
        names.addWidget(self.salutation, 5, 3)
        names.addWidget(QLabel(self.tr("Language")), 6, 0)
        names.addWidget(self.language, 6, 1)
        names.addWidget(err("language"), 6, 2, 1, 2)
        names.addWidget(QLabel(self.tr("Job title")), 7, 0)
        names.addWidget(self.job_title, 7, 1)
        names.addWidget(QLabel(self.tr("Nickname")), 7, 2)
        names.addWidget(self.nickname, 7, 3)
        name_box = QGroupBox(self.tr("Name"))
        name_box.setLayout(names)

        self.tables = CardTables(err, self)
        self.tables.edited.connect(self._edited)
        self.links_box = links_box = LinksBox(self.db, self.directory)
        links_box.edited.connect(self._edited)
        links_box.open_requested.connect(self._open_linked)
        self.consent = consent_box = ConsentBox()
        consent_box.edited.connect(self._edited)

        self.about = about_box = AboutBox(self.db, self.directory, err)
        about_box.edited.connect(self._edited)

        self.loyalty = loyalty_box = LoyaltyBox(self.db, self.undo, self.status, err,
                                                self._edited)

        left = QVBoxLayout()
        t = self.tables
        for box in (name_box, t.contacts_box, t.dates_box, t.addresses_box):
            left.addWidget(box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (about_box, loyalty_box, consent_box, t.preferences_box, links_box,
                    t.documents_box):
            right.addWidget(box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        inner = QWidget()
        inner.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    # --- loading ----------------------------------------------------------------------------

    def load(self, initial: CustomerDraft | None = None) -> None:
        data = card_service.load_card(self.db, self.customer_id)
        self.data = data
        draft = initial or data.draft
        # every save starts from this draft, so what the card does not show is kept
        self._base = draft
        self._loading = True
        self.family.setText(draft.family_name)
        self.given.setText(draft.given_name)
        self.patronymic.setText(draft.patronymic)
        self.family_latin.setText(draft.family_name_latin)
        self.given_latin.setText(draft.given_name_latin)
        self.company.setText(draft.company)
        self.job_title.setText(draft.job_title)
        self.nickname.setText(draft.nickname)
        self.sex.setCurrentIndex(max(0, self.sex.findData(draft.sex)))
        self.salutation.setText(draft.salutation)
        index = self.language.findData(draft.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(draft.language)
        self.tables.show_draft(draft)
        self.links_box.customer_id = self.customer_id
        self.links_box.set_links(data.links)
        self.consent.show_consents(draft.consents, data.consents)
        self.about.show_draft(draft, data.referred_by_name)
        self.loyalty.personal_discount.setValue(float(draft.personal_discount_percent or 0))
        self._loading = False
        self._shown = self._field_values()
        self.dirty = initial is not None
        self.errors = []
        self._show_errors([])
        is_new = self.customer_id is None
        self.tabs.setTabEnabled(1, not is_new)
        self.tabs.setTabEnabled(2, not is_new)
        self._update_title()
        for part in (self.loyalty, self.purchases_tab, self.history_tab):
            part.customer_id = self.customer_id
        self.loyalty.refresh()
        self.purchases_tab.currency = data.currency
        if not is_new:
            self.purchases_tab.refresh()
            self.history_tab.refresh()
        self.status.setText(self.tr("New customer: fill in at least a name, then Save.")
                            if is_new else self._stamp())
        if initial is not None:
            self._check_timer.start()
        self.family.setFocus()

    def _stamp(self) -> str:
        d = self.data
        parts = []
        if d.created_at:
            parts.append(self.tr("In the file since %1").replace(
                "%1", day(d.created_at)))
        if d.archived:
            parts.append(self.tr("Archived"))
        return " · ".join(parts)

    def _update_title(self) -> None:
        name = " ".join(x for x in (self.family.text(), self.given.text(),
                                    self.patronymic.text()) if x.strip()) or \
            self.company.text() or self.tr("New customer")
        self.setWindowTitle(("• " if self.dirty else "") + name)

    # --- editing ----------------------------------------------------------------------------

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._offer_latin()
        self.dirty = True
        self._update_title()
        self._check_timer.start()

    def _fill_latin(self) -> None:
        language = self._language_code()
        if not self.family_latin.text().strip():
            self.family_latin.setText(card_service.latin_spelling(self.family.text().strip(),
                                                                  language))
        if not self.given_latin.text().strip():
            self.given_latin.setText(card_service.latin_spelling(self.given.text().strip(),
                                                                 language))
        self._edited()

    def _offer_latin(self) -> None:
        """While the Latin fields are empty, they show the spelling "Fill" would put there."""
        language = self._language_code()
        for cyrillic, latin in ((self.family, self.family_latin), (self.given, self.given_latin)):
            suggestion = card_service.latin_spelling(cyrillic.text().strip(), language)
            latin.setPlaceholderText(suggestion or self.tr("As in the passport"))

    def _open_linked(self, customer_id: int) -> None:
        if self.confirm_leave():
            self.open_customer.emit(customer_id)

    # --- the draft and its checks -----------------------------------------------------------

    def build_draft(self) -> tuple[CustomerDraft, list[FieldError]]:
        """The loaded draft with the user's edits, plus problems found while reading them.
        Only fields whose widget changed are read back: the others keep their loaded values,
        which a widget may show rounded or reformatted (a share of 33.5 %, a phone)."""
        problems: list[FieldError] = []
        fields = {}
        for name, value in self._field_values().items():
            if value == self._shown[name]:
                continue
            parse = _FIELD_PARSERS.get(name)
            try:
                fields[name] = parse(value) if parse else value
            except ValidationError as exc:
                problems += exc.errors
        draft = replace(
            self._base, **fields, **self.tables.rows(problems),
            consents=self.consent.consents(self._base.consents),
        )
        return draft, problems

    def _field_values(self) -> dict:
        """The card's own fields (the tables and consents aside) as their widgets hold them,
        by the name of the draft field each one edits."""
        return {
            "family_name": self.family.text(), "given_name": self.given.text(),
            "patronymic": self.patronymic.text(), "family_name_latin": self.family_latin.text(),
            "given_name_latin": self.given_latin.text(), "company": self.company.text(),
            "job_title": self.job_title.text(), "nickname": self.nickname.text(),
            "sex": self.sex.currentData(), "salutation": self.salutation.text(),
            "language": self._language_code() or "", "birthday": self.tables.birthday.text(),
            "personal_discount_percent": self.loyalty.personal_discount.value(),
            **self.about.values(),
        }

    def _language_code(self) -> str:
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        return self.language.itemData(index) if index >= 0 else text

    def check(self) -> list[FieldError]:
        draft, problems = self.build_draft()
        problems += card_service.check_card(self.db, draft, self.customer_id)
        # a row that failed to parse is also reported by validation under another name
        self.errors = problems
        self._show_errors(problems)
        if self.customer_id is None:
            self._show_duplicates(draft)
        return problems

    def _show_errors(self, errors: list[FieldError]) -> None:
        tables = self.tables.by_name
        by_widget, marked = route_errors(
            errors, tables, self.tables.contact_rows(),
            lambda row, message: self.tr("Row %1: %2").replace("%1", str(row + 1))
            .replace("%2", message))
        for name, label in self.field_errors.items():
            label.show_messages(by_widget.get(name, []))
        for name, table in tables.items():
            table.errors.show_messages(by_widget.get(name, []))
            table.mark_rows(marked[name])
        known = set(self.field_errors) | set(tables)
        stray = [m for name, msgs in by_widget.items() if name not in known for m in msgs]
        if stray:
            self.status.setText("; ".join(stray))
        self.save_button.setEnabled(not errors)
        if errors:
            self.save_button.setToolTip(self.tr("Fix the problems shown in red first"))
        else:
            self.save_button.setToolTip(self.tr("Save the card (Ctrl+S)"))

    def _show_duplicates(self, draft: CustomerDraft) -> None:
        matches = card_service.duplicate_hints(self.db, draft, self.customer_id)
        if not matches:
            self.banner.hide()
            return
        links = ", ".join(f'<a href="{m.customer_id}">{escape(m.name, quote=False)}</a>'
                          for m in matches[:5])
        strong = [m for m in matches if m.reason in ("phone", "email")]
        if strong:
            text = self.tr("Already in the file with this phone or e-mail: %1. Open it instead?")
        else:
            family = escape(draft.family_name.strip(), quote=False)
            text = (self.tr("%n customer(s) named %2 already: %1. Open one?", "",
                            len(matches)).replace("%2", family))
        self.banner.setText(text.replace("%1", links))
        self.banner.show()

    def _open_duplicate(self, href: str) -> None:
        if self.confirm_leave():
            self.open_customer.emit(int(href))

    def _purchases_changed(self) -> None:
        self.loyalty.refresh()
        self.data_changed.emit(self.customer_id)

    # --- saving and leaving -----------------------------------------------------------------

    def save(self) -> bool:
        self._check_timer.stop()
        if self.check():
            self.status.setText(self.tr("Not saved: fix the problems shown in red."))
            return False
        draft, _ = self.build_draft()
        if (self.customer_id is not None and draft == self.data.draft
                and self.links_box.links == self.data.links):
            # nothing to write: no undo step, and the customer's updated_at stays true
            self.dirty = False
            self._update_title()
            self.status.setText(self.tr("No changes to save."))
            return True
        try:
            new_id, change = card_service.save_card(self.db, self.customer_id, draft,
                                                    self.links_box.links)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except ServiceError as exc:
            self.status.setText(problem(exc))
            return False
        self.undo.push(change)
        self.customer_id = new_id
        self.dirty = False
        self.load()
        self.banner.hide()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(new_id)
        return True

    def confirm_leave(self) -> bool:
        """True when it is fine to leave: nothing unsaved, saved now, or thrown away."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.windowTitle().lstrip("• ")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.confirm_leave():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:  # Esc
        self.close()

    def reload_if_clean(self) -> None:
        """After an undo elsewhere: show the file's state unless the user is mid-edit."""
        if self.customer_id is not None and not card_service.exists(self.db, self.customer_id):
            self.dirty = False
            self.close()
            return
        if not self.dirty:
            self.load()



_FIELD_PARSERS = {
    "birthday": lambda text: parse_user_date(text, "birthday") if text.strip() else None,
    "penetration_percent": lambda value: Decimal(int(value)) if value >= 0 else None,
    "personal_discount_percent": lambda value: Decimal(str(value)) if value > 0 else None,
    "tags": lambda text: [t.strip() for t in text.split(",") if t.strip()],
}
