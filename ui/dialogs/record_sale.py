"""Record a sale (Ctrl+Shift+S): find or create the customer, amount, what; done in seconds."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from models.database import Database
from services.core.errors import ServiceError, ValidationError
from services.customers import card_form as card_service
from services.customers.writing import ContactDraft, CustomerDraft, parse_full_name
from services.directory.listing import CustomerDirectory
from services.ops import sales as sales_ops
from ui.dialogs.settings import SettingsDialog, SettingsLink
from ui.formatting import DAY_EDIT, money, to_date
from ui.labels import problem, say
from ui.undo import UndoManager
from ui.widgets import CustomerPicker, ErrorLabel

_PHONEISH = set("0123456789+()- .")


class RecordSaleDialog(QDialog):
    recorded = Signal(int, int)  # customer id, purchase id

    def __init__(self, db: Database, undo: UndoManager, parent=None,
                 customer_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("recordSale")
        self.setWindowTitle(self.tr("Record a sale"))
        self.db = db
        self.undo = undo
        self.directory = CustomerDirectory(db)
        self.customer_id: int | None = None

        self.picker = CustomerPicker(self.directory, limit=8)
        self.picker.picked.connect(self.choose)
        # what the customer highlighted in the list gets shows before they are chosen
        self.picker.results.currentItemChanged.connect(lambda *_: self.update_preview())
        self.chosen = QLabel()
        self.chosen.setObjectName("chosenCustomer")
        self.chosen.setStyleSheet("font-weight: bold;")
        self.new_customer = QCheckBox(self.tr("New customer (not in the file yet)"))
        self.new_customer.setObjectName("newCustomer")
        self.new_customer.toggled.connect(self._toggle_new)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("newName")
        self.new_name.setPlaceholderText(self.tr("Family Given [Patronymic]"))
        self.new_phone = QLineEdit()
        self.new_phone.setObjectName("newPhone")
        self.new_phone.setPlaceholderText(self.tr("Phone"))
        new_form = QFormLayout()
        new_form.addRow(self.tr("Name"), self.new_name)
        new_form.addRow(self.tr("Phone"), self.new_phone)
        self.new_box = QGroupBox()
        self.new_box.setLayout(new_form)
        self.new_box.hide()

        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText("0.00")
        self.what = QLineEdit()
        self.what.setObjectName("what")
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([""] + card_service.known_categories(db))
        self.category.lineEdit().setPlaceholderText(self.tr("optional"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DAY_EDIT)
        self.coupon = QLineEdit()
        self.coupon.setObjectName("coupon")
        self.coupon.setPlaceholderText(self.tr("if they brought one"))
        self.points = QSpinBox()
        self.points.setObjectName("redeemPoints")
        self.points.setSuffix(self.tr(" points"))
        self.why = QLabel()
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        self.why.setStyleSheet("font-weight: bold;")
        for edit in (self.amount, self.coupon):
            edit.textChanged.connect(self.update_preview)
        sale = QFormLayout()
        sale.addRow(self.tr("Amount before discount"), self.amount)
        self.rules_link = SettingsLink(db, self.tr("Set up discount levels…"),
                                       SettingsDialog.LOYALTY)
        self.rules_link.refreshed.connect(self.update_preview)
        self.rules_link.hide()
        discount = QVBoxLayout()
        discount.addWidget(self.why)
        discount.addWidget(self.rules_link)
        sale.addRow(self.tr("Discount"), discount)
        sale.addRow(self.tr("What"), self.what)
        sale.addRow(self.tr("Category"), self.category)
        sale.addRow(self.tr("Date"), self.date)
        sale.addRow(self.tr("Coupon"), self.coupon)
        sale.addRow(self.tr("Pay with points"), self.points)
        self.error = ErrorLabel()
        self.error.setObjectName("saleError")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("Record sale"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("recordSaleButton")
        self.save_button.setDefault(True)
        for button in buttons.buttons():  # Enter records the sale, whatever has the focus
            button.setAutoDefault(button is self.save_button)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Customer")))
        layout.addWidget(self.picker)
        layout.addWidget(self.chosen)
        layout.addWidget(self.new_customer)
        layout.addWidget(self.new_box)
        layout.addLayout(sale)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(520, 460)
        if customer_id is not None:
            self.choose(customer_id)
        else:
            self.picker.edit.setFocus()

    def choose(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.new_customer.setChecked(False)
        self.chosen.setText("→ " + card_service.customer_name(self.db, customer_id))
        self.update_preview()
        self.amount.setFocus()

    def update_preview(self) -> None:
        """Say what this customer gets, and why, before anything is saved: the one chosen, or
        else the one highlighted in the list (named, since they are not chosen yet)."""
        cid = self.customer_id
        highlighted = cid is None and not self.new_customer.isChecked()
        if highlighted:
            cid = self.picker.current_id()
        if cid is None:
            self.why.setText(self.tr("New customers start without a discount.")
                             if self.new_customer.isChecked() else "—")
            self.points.setRange(0, 0)
            return
        try:
            reason, pay, balance, rules = sales_ops.sale_preview(
                self.db, cid, self.amount.text(), self.coupon.text())
        except ServiceError as exc:
            self.why.setText(problem(exc))
            return
        self.points.setRange(0, balance)
        self.points.setEnabled(balance > 0)
        self.rules_link.setVisible(not rules)
        text = say(reason)
        if highlighted:
            text = card_service.customer_name(self.db, cid) + ": " + text
        if pay is not None and self.amount.text().strip():
            text += self.tr(" → to pay %1").replace("%1", money(pay))
        self.why.setText(text)

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self.picker.setEnabled(not on)
        self.update_preview()
        if on:
            self.customer_id = None
            self.chosen.setText("")
            self.update_preview()
            typed = self.picker.edit.text().strip()
            if typed and set(typed) <= _PHONEISH:
                self.new_phone.setText(typed)
            elif typed:
                self.new_name.setText(typed)
            self.new_name.setFocus()

    def save(self) -> None:
        new_draft = None
        cid = self.customer_id
        if self.new_customer.isChecked():
            try:
                family, given, patronymic = parse_full_name(self.new_name.text())
            except ValidationError as exc:
                self.error.show_messages([problem(exc)])
                return
            contacts = ([ContactDraft("phone", self.new_phone.text())]
                        if self.new_phone.text().strip() else [])
            new_draft = CustomerDraft(family_name=family, given_name=given,
                                      patronymic=patronymic, contacts=contacts)
            cid = None
        elif cid is None:
            cid = self.picker.current_id()
            if cid is None:
                self.error.show_messages([self.tr("Choose the customer first (or tick New "
                                                  "customer).")])
                return
        d = self.date.date()
        try:
            outcome = sales_ops.record_sale(
                self.db, cid, self.amount.text(), what=self.what.text(),
                category=self.category.currentText(),
                date=to_date(d), new_customer=new_draft,
                coupon_code=self.coupon.text().strip() or None,
                redeem_points=self.points.value())
        except ServiceError as exc:
            self.error.show_messages([problem(exc)])
            return
        self.undo.push(outcome.change)
        self.outcome = outcome
        self.recorded.emit(outcome.customer_id, outcome.purchase_id)
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Enter records the sale or says what is wrong beside the field; it never closes the
        # dialog with nothing saved. In the search box it picks the customer.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not self.picker.edit.hasFocus():
                self.save()
            return
        super().keyPressEvent(event)
