"""The card's Purchases and History tabs: each adds, lists, edits and deletes its records,
every change one undo step, saved at once (the card's own fields wait for Save)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import ServiceError
from services.customers import card_form as card_service
from services.ops import customers as customers_ops
from services.ops import sales as sales_ops
from services.text.dates import format_user_datetime
from ui import labels
from ui.formatting import DAY_EDIT, day, money, to_date, to_qdate
from ui.undo import UndoManager
from ui.widgets import ErrorLabel


def tab_page(widget: QWidget, form, error: ErrorLabel, table: QTableWidget, note: QLabel,
             button: QPushButton) -> None:
    """Entry form on top, its error under it, the table, then a note and a button."""
    footer = QHBoxLayout()
    footer.addWidget(note, 1)
    footer.addWidget(button)
    layout = QVBoxLayout(widget)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(table, 1)
    layout.addLayout(footer)


def readonly_table(table: QTableWidget, stretch: int) -> None:
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # "what" gets room


class PurchasesTab(QWidget):
    """The card's purchases: a line to add one, the list (Enter edits, Delete deletes), and the
    totals with what the customer is worth, worked out when the tab is first opened."""

    changed = Signal()  # a purchase added, edited or deleted
    counted = Signal(int)  # how many purchases the list shows

    def __init__(self, db: Database, undo: UndoManager, status: QLabel, parent=None):
        super().__init__(parent)
        self.db, self.undo, self.status = db, undo, status
        self.customer_id: int | None = None
        self.currency = ""
        self.p_date = QDateEdit(QDate.currentDate())
        self.p_date.setObjectName("purchaseDate")
        self.p_date.setCalendarPopup(True)
        self.p_date.setDisplayFormat(DAY_EDIT)
        self.p_amount = QLineEdit()
        self.p_amount.setObjectName("purchaseAmount")
        self.p_amount.setPlaceholderText(self.tr("Amount"))
        self.p_what = QLineEdit()
        self.p_what.setObjectName("purchaseWhat")
        self.p_what.setPlaceholderText(self.tr("What was bought"))
        self.p_category = QComboBox()
        self.p_category.setObjectName("purchaseCategory")
        self.p_category.setEditable(True)
        self.p_category.addItems([""] + card_service.known_categories(self.db))
        self.p_category.lineEdit().setPlaceholderText(self.tr("Category"))
        self.p_discount = QLineEdit()
        self.p_discount.setObjectName("purchaseDiscount")
        self.p_discount.setPlaceholderText(self.tr("Discount"))
        self.p_discount.setMaximumWidth(90)
        add = QPushButton(self.tr("Add purchase"))
        add.setObjectName("addPurchase")
        add.clicked.connect(self.add_purchase)
        for edit in (self.p_amount, self.p_what, self.p_discount):
            edit.returnPressed.connect(self.add_purchase)
        form = QHBoxLayout()
        form.addWidget(self.p_date)
        form.addWidget(self.p_amount)
        form.addWidget(self.p_what, 2)
        form.addWidget(self.p_category, 1)
        form.addWidget(self.p_discount)
        form.addWidget(add)
        self.p_error = ErrorLabel()
        self.p_error.setObjectName("purchaseError")
        self.purchases = QTableWidget(0, 6)
        self.purchases.setObjectName("purchases")
        self.purchases.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Amount"), self.tr("What"), self.tr("Category"),
            self.tr("Discount"), self.tr("Status")])
        readonly_table(self.purchases, stretch=2)
        self.purchases.itemActivated.connect(lambda item: self.edit_purchase(item.row()))
        delete = QPushButton(self.tr("Delete purchase"))
        delete.clicked.connect(self.delete_purchase)
        QShortcut(QKeySequence.StandardKey.Delete, self.purchases,
                  activated=self.delete_purchase)
        self.p_totals = QLabel()
        self.p_totals.setObjectName("purchaseTotals")
        self.p_totals.setWordWrap(True)
        self.value_shown = False
        tab_page(self, form, self.p_error, self.purchases, self.p_totals, delete)


    def show_value(self) -> None:
        """The customer's worth in words, under the purchase totals."""
        if self.customer_id is None:
            return
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            v = card_service.customer_value(self.db, self.customer_id)
        finally:
            QGuiApplication.restoreOverrideCursor()
        from ui.labels import rfm_labels

        parts = [self.tr("Ladder: %1").replace("%1", labels.label_of(labels.ladder_steps(),
                                                                      v["ladder"])),
                 self.tr("LTV %1").replace("%1", money(Decimal(str(v["ltv"]))))]
        if v["rfm"]:
            r = v["rfm"]
            parts.append(self.tr("RFM: %1 (R%2 F%3 M%4)")
                         .replace("%1", rfm_labels()[r["group"]])
                         .replace("%2", str(r["recency"])).replace("%3", str(r["frequency"]))
                         .replace("%4", str(r["monetary"])))
        if v["abc_xyz"]:
            parts.append(self.tr("ABC-XYZ: %1").replace(
                "%1", self.tr("too few purchases") if v["abc_xyz"] == "insufficient"
                else v["abc_xyz"]))
        if v["dormant"]:
            parts.append(self.tr("dormant: time to wake them up"))
        self.value_text = " · ".join(parts)
        self.value_shown = True
        self._show_totals()

    def refresh(self) -> None:
        lines = card_service.purchase_lines(self.db, self.customer_id)
        self._purchase_ids = [p.id for p in lines]
        statuses = dict(labels.purchase_statuses())
        self.purchases.setRowCount(len(lines))
        for row, p in enumerate(lines):
            values = [day(p.date), money(p.amount), p.description, p.category,
                      money(p.discount_amount) if p.discount_amount else "",
                      statuses.get(p.status, p.status)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (1, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.purchases.setItem(row, col, item)
        count, total, average = card_service.purchase_totals(lines)
        currency = self.currency
        self.totals_text = (self.tr("%n purchase(s) · total %2 %4 · average %3 %4", "", count)
                            .replace("%2", money(total))
                            .replace("%3", money(average)).replace("%4", currency))
        if self.value_shown:
            self.show_value()
        self._show_totals()
        self.counted.emit(count)

    def _show_totals(self) -> None:
        text = getattr(self, "totals_text", "")
        if self.value_shown:
            text += "\n" + self.value_text
        self.p_totals.setText(text)

    def add_purchase(self) -> None:
        if self.customer_id is None:
            return
        qdate = self.p_date.date()
        try:
            change = sales_ops.new_purchase(
                self.db, self.customer_id, self.p_amount.text(),
                date=to_date(qdate),
                description=self.p_what.text(), category=self.p_category.currentText(),
                discount_amount=self.p_discount.text().strip() or "0")
        except ServiceError as exc:
            self.p_error.show_messages([labels.problem(exc)])
            self.p_amount.setFocus()
            return
        self.undo.push(change)
        self.p_error.show_messages([])
        for edit in (self.p_amount, self.p_what, self.p_discount):
            edit.clear()
        self.p_date.setDate(QDate.currentDate())
        self.refresh()
        self.changed.emit()
        self.p_amount.setFocus()

    def edit_purchase(self, row: int) -> None:
        if row < 0:
            return
        lines = card_service.purchase_lines(self.db, self.customer_id)
        line = next((p for p in lines if p.id == self._purchase_ids[row]), None)
        if line is None:
            return
        dialog = PurchaseDialog(line, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            change = sales_ops.edit_purchase(self.db, line.id, **dialog.values())
        except ServiceError as exc:
            self.p_error.show_messages([labels.problem(exc)])
            return
        self.undo.push(change)
        self.refresh()
        self.changed.emit()

    def delete_purchase(self) -> None:
        row = self.purchases.currentRow()
        if row < 0:
            return
        change = sales_ops.remove_purchase(self.db, self._purchase_ids[row])
        self.undo.push(change)
        self.refresh()
        self.changed.emit()
        self.status.setText(self.tr("Purchase deleted. Undo with Ctrl+Z."))


class HistoryTab(QWidget):
    """The card's history: calls, letters, complaints and what came of them."""

    counted = Signal(int)  # how many entries the list shows

    def __init__(self, db: Database, undo: UndoManager, parent=None):
        super().__init__(parent)
        self.db, self.undo = db, undo
        self.customer_id: int | None = None
        self.h_kind = QComboBox()
        self.h_kind.setObjectName("historyKind")
        for value, text in labels.interaction_kinds():
            self.h_kind.addItem(text, value)
        self.h_channel = QComboBox()
        for value, text in labels.interaction_channels():
            self.h_channel.addItem(text, value)
        self.h_text = QLineEdit()
        self.h_text.setObjectName("historyText")
        self.h_text.setPlaceholderText(self.tr("What happened, what they liked and did not"))
        self.h_outcome = QLineEdit()
        self.h_outcome.setPlaceholderText(self.tr("Outcome"))
        self.h_reason = QComboBox()
        self.h_reason.setToolTip(self.tr("For complaints and lost customers"))
        for value, text in labels.reasons():
            self.h_reason.addItem(text, value)
        self.h_rating = QComboBox()
        self.h_rating.addItem("—", None)
        for n in range(1, 6):
            self.h_rating.addItem("★" * n, n)
        add = QPushButton(self.tr("Add to history"))
        add.setObjectName("addHistory")
        add.clicked.connect(self.add_history)
        self.h_text.returnPressed.connect(self.add_history)
        form = QHBoxLayout()
        for w in (self.h_kind, self.h_channel):
            form.addWidget(w)
        form.addWidget(self.h_text, 3)
        form.addWidget(self.h_outcome, 2)
        form.addWidget(self.h_reason)
        form.addWidget(self.h_rating)
        form.addWidget(add)
        self.h_error = ErrorLabel()
        self.history = QTableWidget(0, 6)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Kind"), self.tr("How"), self.tr("What"),
            self.tr("Outcome"), self.tr("Rating")])
        readonly_table(self.history, stretch=3)
        delete = QPushButton(self.tr("Delete entry"))
        delete.clicked.connect(self.delete_history)
        QShortcut(QKeySequence.StandardKey.Delete, self.history, activated=self.delete_history)
        tab_page(self, form, self.h_error, self.history, QLabel(), delete)


    def refresh(self) -> None:
        lines = card_service.history_lines(self.db, self.customer_id)
        self._history_ids = [h.id for h in lines]
        kinds = dict(labels.interaction_kinds())
        channels = dict(labels.interaction_channels())
        self.history.setRowCount(len(lines))
        for row, h in enumerate(lines):
            values = [format_user_datetime(h.at), kinds.get(h.kind, h.kind),
                      channels.get(h.channel, h.channel), h.text, h.outcome,
                      "★" * h.rating if h.rating else ""]
            for col, value in enumerate(values):
                self.history.setItem(row, col, QTableWidgetItem(value))
        self.counted.emit(len(lines))

    def add_history(self) -> None:
        if self.customer_id is None:
            return
        try:
            change = customers_ops.new_interaction(
                self.db, self.customer_id, self.h_kind.currentData(),
                channel=self.h_channel.currentData(), text=self.h_text.text(),
                outcome=self.h_outcome.text(), reason=self.h_reason.currentData(),
                rating=self.h_rating.currentData())
        except ServiceError as exc:
            self.h_error.show_messages([labels.problem(exc)])
            return
        self.undo.push(change)
        self.h_error.show_messages([])
        self.h_text.clear()
        self.h_outcome.clear()
        self.refresh()

    def delete_history(self) -> None:
        row = self.history.currentRow()
        if row < 0:
            return
        self.undo.push(customers_ops.remove_interaction(self.db, self._history_ids[row]))
        self.refresh()


class PurchaseDialog(QDialog):
    def __init__(self, line, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Purchase"))
        self.date = QDateEdit(to_qdate(line.date))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DAY_EDIT)
        self.amount = QLineEdit(str(line.amount))
        self.what = QLineEdit(line.description)
        self.category = QLineEdit(line.category)
        self.discount = QLineEdit(str(line.discount_amount))
        self.status = QComboBox()
        for value, text in labels.purchase_statuses():
            self.status.addItem(text, value)
        self.status.setCurrentIndex(max(0, self.status.findData(line.status)))
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Discount"), self.discount)
        form.addRow(self.tr("Status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        d = self.date.date()
        return {"date": to_date(d), "amount": self.amount.text(),
                "description": self.what.text(), "category": self.category.text(),
                "discount_amount": self.discount.text() or "0",
                "status": self.status.currentData()}
