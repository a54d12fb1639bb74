"""The customer list's table model: it holds only ids and fetches rows a page at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from services.directory.listing import CustomerDirectory
from services.directory.rows import CustomerRow
from services.text.contacts import format_phone
from ui.formatting import day, money
from ui.labels import label_of, ladder_steps

PAGE = 100
CACHE_PAGES = 20


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives module text


COLUMNS = [
    ("name", lambda: _t("Name")),
    ("phone", lambda: _t("Phone")),
    ("email", lambda: _t("E-mail")),
    ("city", lambda: _t("City")),
    ("ladder", lambda: _t("Ladder step")),
    ("last_purchase", lambda: _t("Last purchase")),
    ("purchases", lambda: _t("Purchases")),
    ("total", lambda: _t("Total spent")),
    ("tags", lambda: _t("Tags")),
    ("staff", lambda: _t("Staff")),
]


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, directory: CustomerDirectory, parent=None):
        super().__init__(parent)
        self.directory = directory
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()
        self.fetches = 0  # how many pages were read (tests check the laziness)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def customer_id(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return self._ids

    def row_of(self, customer_id: int) -> int:
        try:
            return self._ids.index(customer_id)
        except ValueError:
            return -1

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][1]()
        return None

    def _row(self, row: int) -> CustomerRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            ids = self._ids[page * PAGE:(page + 1) * PAGE]
            fetched = {r.id: r for r in self.directory.rows(ids)}
            rows = [fetched.get(i) for i in ids]
            self.fetches += 1
            self._pages[page] = rows
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * PAGE]

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("purchases", "total"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self._row(index.row())
        if item is None:
            return None
        value = getattr(item, key)
        if key == "total":
            return money(value) if item.purchases else ""
        if key == "purchases":
            return str(value) if value else ""
        if key == "last_purchase":
            return day(value)
        if key == "ladder":
            text = label_of(ladder_steps(), value)
            return _t("%1 (event)").replace("%1", text) if item.event_buyer else text
        if key == "phone" and value:
            return format_phone(value)
        return value or ""
