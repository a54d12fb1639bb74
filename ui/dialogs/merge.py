"""Duplicates: the probable pairs, and two customers side by side to merge into one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import ServiceError
from services.customers import card_form as card_service
from services.duplicates.pairs import FILLED
from services.ops import customers as customers_ops
from ui.labels import problem
from ui.undo import UndoManager

SHOWN = ("family_name",) + tuple(f for f in FILLED if f in (
    "given_name", "patronymic", "family_name_latin", "given_name_latin", "company",
    "language", "source")) + ("notes",)


class DuplicatesDialog(QDialog):
    def __init__(self, db: Database, undo: UndoManager, parent=None):
        super().__init__(parent)
        self.setObjectName("duplicates")
        self.setWindowTitle(self.tr("Probable duplicates"))
        self.db = db
        self.undo = undo
        self.pairs = QListWidget()
        self.pairs.setObjectName("pairs")
        self.pairs.itemActivated.connect(self.open_pair)
        self.note = QLabel()
        merge = QPushButton(self.tr("Compare and merge…"))
        merge.clicked.connect(lambda: self.open_pair(self.pairs.currentItem()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.pairs, 1)
        layout.addWidget(merge)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        self.pairs.clear()
        reasons = {"phone": self.tr("same phone"), "email": self.tr("same e-mail"),
                   "name": self.tr("similar name")}
        for pair in customers_ops.duplicate_pairs(self.db):
            a = card_service.customer_name(self.db, pair.first)
            b = card_service.customer_name(self.db, pair.second)
            item = QListWidgetItem(f"{a}  ~  {b}   ({reasons[pair.reason]})")
            item.setData(Qt.ItemDataRole.UserRole, (pair.first, pair.second))
            self.pairs.addItem(item)
        self.note.setText(self.tr("%n probable duplicate(s)", "", self.pairs.count()))
        if self.pairs.count():
            self.pairs.setCurrentRow(0)

    def open_pair(self, item) -> None:
        if item is None:
            return
        first, second = item.data(Qt.ItemDataRole.UserRole)
        dialog = MergeDialog(self.db, first, second, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.undo.push(dialog.change)
            self.reload()


class MergeDialog(QDialog):
    """Each field that differs: pick the value to keep. Everything else of the other customer
    (purchases, history, contacts, dates, cards) moves to the one kept."""

    def __init__(self, db: Database, first: int, second: int, parent=None):
        super().__init__(parent)
        self.setObjectName("merge")
        self.setWindowTitle(self.tr("Merge two customers"))
        self.db = db
        self.first, self.second = first, second
        self.change = None
        a = card_service.load_card(db, first).draft
        b = card_service.load_card(db, second).draft
        grid = QGridLayout()
        grid.addWidget(QLabel(f"#{first}"), 0, 1)
        grid.addWidget(QLabel(f"#{second}"), 0, 2)
        self.survivor = QButtonGroup(self)
        keep_a = QRadioButton(self.tr("Keep this one"))
        keep_b = QRadioButton(self.tr("Keep this one"))
        keep_a.setChecked(True)
        self.survivor.addButton(keep_a, 0)
        self.survivor.addButton(keep_b, 1)
        grid.addWidget(keep_a, 1, 1)
        grid.addWidget(keep_b, 1, 2)
        self.choices: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        row = 2
        for name in SHOWN:
            left, right = getattr(a, name) or "", getattr(b, name) or ""
            if str(left) == str(right):
                continue
            grid.addWidget(QLabel(name.replace("_", " ").capitalize()), row, 0)
            ra, rb = QRadioButton(str(left) or "—"), QRadioButton(str(right) or "—")
            group = QButtonGroup(self)
            group.addButton(ra)
            group.addButton(rb)
            (ra if left else rb).setChecked(True)
            grid.addWidget(ra, row, 1)
            grid.addWidget(rb, row, 2)
            self.choices[name] = (ra, rb)
            row += 1
        body = QWidget()
        body.setLayout(grid)
        self.error = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("doMerge")
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Purchases, history, contacts, addresses, dates, "
                                        "cards and tags of both are kept on the merged "
                                        "customer.")))
        layout.addWidget(body)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def merge(self) -> None:
        keep_first = self.survivor.checkedId() == 0
        survivor, other = (self.first, self.second) if keep_first else (self.second, self.first)
        choose = {}
        for name, (ra, _rb) in self.choices.items():
            picked_first = ra.isChecked()
            # "other" means: take the value of the customer that is merged away
            choose[name] = "other" if picked_first != keep_first else "mine"
        try:
            self.change = customers_ops.merge_customers(self.db, survivor, other, choose)
        except ServiceError as exc:
            self.error.setText(problem(exc))
            return
        self.accept()
