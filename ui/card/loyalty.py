"""The loyalty box on the card: what the next purchase gets and why, the personal discount,
points, coupons and the loyalty card, each given or changed in one click with its undo step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from models.database import Database
from services.core.errors import ServiceError
from services.customers import card_form as card_service
from services.ops import sales as sales_ops
from ui.dialogs.settings import SettingsDialog, SettingsLink
from ui.formatting import day, money
from ui.labels import problem, say
from ui.undo import UndoManager
from ui.widgets import ErrorLabel


class LoyaltyBox(QGroupBox):
    def __init__(self, db: Database, undo: UndoManager, status: QLabel,
                 err: Callable[[str], ErrorLabel], edited: Callable[..., None], parent=None):
        super().__init__(self.tr("Loyalty"), parent)
        self.db, self.undo, self.status = db, undo, status
        self.customer_id: int | None = None
        self.level_label = QLabel()
        self.level_label.setObjectName("loyaltyLevel")
        self.level_label.setWordWrap(True)
        self.personal_discount = QDoubleSpinBox()
        self.personal_discount.setObjectName("personalDiscount")
        self.personal_discount.setRange(0, 100)
        self.personal_discount.setDecimals(1)
        self.personal_discount.setSuffix(" %")
        self.personal_discount.setSpecialValueText(self.tr("none"))
        self.personal_discount.valueChanged.connect(edited)
        self.points_label = QLabel()
        self.points_label.setObjectName("points")
        adjust = QPushButton(self.tr("Adjust…"))
        adjust.clicked.connect(self._adjust_points)
        self.coupons_label = QLabel()
        self.coupons_label.setObjectName("coupons")
        self.coupons_label.setWordWrap(True)
        coupon = QPushButton(self.tr("Issue coupon…"))
        coupon.clicked.connect(self._issue_coupon)
        self.cards_label = QLabel()
        self.cards_label.setObjectName("cards")
        self.card_button = QPushButton(self.tr("Issue card"))
        self.card_button.setObjectName("issueCard")
        self.card_button.clicked.connect(self._issue_card)
        self.loyalty_buttons = [adjust, coupon, self.card_button]
        form = QFormLayout()
        self.rules_link = SettingsLink(db, self.tr("Set up discount levels…"),
                                       SettingsDialog.LOYALTY)
        self.rules_link.refreshed.connect(self.refresh)
        self.rules_link.hide()
        next_purchase = QVBoxLayout()
        next_purchase.addWidget(self.level_label)
        next_purchase.addWidget(self.rules_link)
        form.addRow(self.tr("Next purchase"), next_purchase)
        form.addRow(self.tr("Personal discount"), self.personal_discount)
        form.addRow("", err("personal_discount_percent"))
        for label, widget, button in ((self.tr("Points"), self.points_label, adjust),
                                      (self.tr("Coupons"), self.coupons_label, coupon),
                                      (self.tr("Card"), self.cards_label, self.card_button)):
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button)
            form.addRow(label, row)
        self.setLayout(form)

    def refresh(self) -> None:
        for button in self.loyalty_buttons:
            button.setEnabled(self.customer_id is not None)
        if self.customer_id is None:
            for label in (self.level_label, self.points_label, self.coupons_label,
                          self.cards_label):
                label.setText("—")
            return
        info = card_service.loyalty_info(self.db, self.customer_id)
        self.level_label.setText(say(info["discount_reason"]))
        self.rules_link.setVisible(not info["discount_levels"])
        self.points_label.setText(str(info["points"]))
        self.coupons_label.setText(", ".join(
            c["code"] + (f" ({c['percent']:g}%)" if c["percent"] else f" ({money(c['amount'])})")
            + (f" → {day(dt.date.fromisoformat(c['valid_until']))}" if c["valid_until"] else "")
            for c in info["coupons"]) or self.tr("none"))
        active = [c["number"] for c in info["cards"] if c["status"] == "active"]
        self.cards_label.setText(active[0] if active else self.tr("none"))
        self.card_button.setText(self.tr("Re-issue (lost)") if active else self.tr("Issue card"))

    def _issue_card(self) -> None:
        number, change = sales_ops.give_card(self.db, self.customer_id)
        self.undo.push(change)
        self.refresh()
        self.status.setText(self.tr("Card %1 issued.").replace("%1", number))

    def _issue_coupon(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        percent, ok = QInputDialog.getDouble(self, self.tr("Issue a coupon"),
                                             self.tr("Discount, %"), 10, 1, 100, 0)
        if not ok:
            return
        valid = dt.date.today() + dt.timedelta(days=90)
        try:
            code, change = sales_ops.give_coupon(self.db, self.customer_id, str(int(percent)),
                                               valid)
        except ServiceError as exc:
            self.status.setText(problem(exc))
            return
        self.undo.push(change)
        self.refresh()
        self.status.setText(self.tr("Coupon %1 issued, valid until %2.")
                            .replace("%1", code).replace("%2", day(valid)))

    def _adjust_points(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        points, ok = QInputDialog.getInt(self, self.tr("Adjust points"),
                                         self.tr("Points to add (negative to take off)"),
                                         0, -1_000_000, 1_000_000)
        if not ok or points == 0:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Adjust points"), self.tr("Why?"))
        if not ok:
            return
        try:
            change = sales_ops.change_points(self.db, self.customer_id, points, reason)
        except ServiceError as exc:
            self.status.setText(problem(exc))
            return
        self.undo.push(change)
        self.refresh()
