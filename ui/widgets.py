"""Small reusable widgets: editable record tables, error labels, a customer picker."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.directory.listing import CustomerDirectory
from services.text.contacts import format_phone


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at the size the window is designed for, or smaller on a small screen (a 1024×600
    netbook): never larger than the screen it opens on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, int(room.width() * 0.95))
        height = min(height, int(room.height() * 0.92))
    window.resize(width, height)


def named_line(name: str, placeholder: str, edited) -> QLineEdit:
    """A line edit named for the field it edits (tests and style sheets find it by that),
    telling `edited` when the user types."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.textEdited.connect(edited)
    return edit


class ErrorLabel(QLabel):
    """A problem stated next to the field it concerns; invisible when there is none."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #d32f2f;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_messages(self, messages: list[str]) -> None:
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


@dataclass
class Column:
    key: str
    title: str
    kind: str = "text"  # text, choice, check
    choices: list[tuple[str, str]] = field(default_factory=list)
    width: int = 0
    placeholder: str = ""


class RecordTable(QWidget):
    """A small table of records (contacts, addresses, dates…) with Add and Remove."""

    changed = Signal()

    def __init__(self, columns: list[Column], add_text: str, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widest = max(range(len(columns)), key=lambda i: columns[i].width)
        for i, c in enumerate(columns):
            if c.width:
                self.table.setColumnWidth(i, c.width)
        # the widest column takes the slack, so the table fits its box without scrolling
        header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_record({}, focus=True))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.errors = ErrorLabel()
        self._origins: dict[int, tuple[object, dict]] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.errors)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, self.table.height() + 40)

    def _fit(self) -> None:
        rows = max(1, self.table.rowCount())
        height = (self.table.horizontalHeader().sizeHint().height()
                  + rows * self.table.verticalHeader().defaultSectionSize()
                  + 2 * self.table.frameWidth())
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(min(height, 260))

    def add_record(self, record: dict, focus: bool = False, origin: object = None) -> None:
        """A row showing `record`; `origin`, if given, is what it was loaded from (see
        changes)."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for col, spec in enumerate(self.columns):
            value = record.get(spec.key)
            if spec.kind == "choice":
                combo = QComboBox()
                for data, label in spec.choices:
                    combo.addItem(label, data)
                if value is not None:
                    index = combo.findData(value)
                    combo.setCurrentIndex(max(index, 0))
                combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
                self.table.setCellWidget(row, col, combo)
            elif spec.kind == "check":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(row, col, item)
            else:
                item = QTableWidgetItem("" if value is None else str(value))
                if spec.placeholder and not value:
                    item.setToolTip(spec.placeholder)
                self.table.setItem(row, col, item)
        if origin is not None:
            # Kept on the row's (hidden) header item, which moves with the row when rows
            # above it are removed, however they are removed.
            key = len(self._origins)
            self._origins[key] = (origin, self._record(row))
            header = QTableWidgetItem()
            header.setData(Qt.ItemDataRole.UserRole, key)
            self.table.setVerticalHeaderItem(row, header)
        self.table.blockSignals(False)
        self._fit()
        if focus:
            first_text = next((i for i, c in enumerate(self.columns) if c.kind == "text"), 0)
            self.table.setCurrentCell(row, first_text)
            self.table.editItem(self.table.item(row, first_text))
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}
                      or ({self.table.currentRow()} if self.table.currentRow() >= 0 else set()),
                      reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit()
        if rows:
            self.changed.emit()

    def set_records(self, records: list[dict], origins: list | None = None) -> None:
        self.table.setRowCount(0)
        self._origins.clear()
        for r, origin in zip(records, origins or [None] * len(records), strict=True):
            self.add_record(r, origin=origin)
        self._fit()

    def records(self) -> list[dict]:
        return [self._record(row) for row in range(self.table.rowCount())]

    def changes(self) -> list[tuple[object, dict]]:
        """Per row: its origin (None for a row added since) and the fields the user changed
        since it was shown; every field of an added row."""
        out = []
        for row in range(self.table.rowCount()):
            record = self._record(row)
            header = self.table.verticalHeaderItem(row)
            key = header.data(Qt.ItemDataRole.UserRole) if header is not None else None
            if key is None:
                out.append((None, record))
                continue
            origin, shown = self._origins[key]
            out.append((origin, {k: v for k, v in record.items() if v != shown[k]}))
        return out

    def _record(self, row: int) -> dict:
        record = {}
        for col, spec in enumerate(self.columns):
            if spec.kind == "choice":
                record[spec.key] = self.table.cellWidget(row, col).currentData()
            elif spec.kind == "check":
                item = self.table.item(row, col)
                record[spec.key] = bool(item and item.checkState() == Qt.CheckState.Checked)
            else:
                item = self.table.item(row, col)
                record[spec.key] = item.text().strip() if item else ""
        return record

    def mark_rows(self, rows: set[int]) -> None:
        """Tint the rows that have a problem."""
        self.table.blockSignals(True)  # a tint is not an edit
        for row in range(self.table.rowCount()):
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                if item is not None:
                    item.setBackground(QColor(0, 0, 0, 0) if row not in rows else ERROR_TINT)
        self.table.blockSignals(False)


ERROR_TINT = QColor(211, 47, 47, 60)


class CustomerPicker(QWidget):
    """Type a name, phone or card number; pick a customer from the matches."""

    picked = Signal(int)

    def __init__(self, directory: CustomerDirectory, parent=None, limit: int = 8):
        super().__init__(parent)
        self.directory = directory
        self.limit = limit
        self.edit = QLineEdit()
        self.edit.setObjectName("pickerSearch")
        self.edit.setPlaceholderText(self.tr("Name, phone or card number"))
        self.edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        self.results.setMaximumHeight(180)
        self.results.itemActivated.connect(lambda item: self.picked.emit(item.data(
            Qt.ItemDataRole.UserRole)))
        self.hint = QLabel()
        self.hint.setObjectName("pickerHint")
        self.hint.setEnabled(False)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.returnPressed.connect(self._accept_current)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.edit)
        down.activated.connect(self._focus_results)

    def refresh(self) -> None:
        self.results.clear()
        text = self.edit.text().strip()
        self.hint.hide()
        if not text:
            return
        found = self.directory.find(text)
        ids = found[: self.limit]
        if not found:
            self.hint.setText(self.tr("Nobody matches “%1”.").replace("%1", text))
        elif len(found) > self.limit:
            self.hint.setText(self.tr("%n more match(es); type more to narrow down.", "",
                                      len(found) - self.limit))
        self.hint.setVisible(not found or len(found) > self.limit)
        for row in self.directory.rows(ids):
            parts = [row.name]
            if row.phone:
                parts.append(format_phone(row.phone))
            if row.email:
                parts.append(row.email)
            item = QListWidgetItem("  ·  ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def current_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _focus_results(self) -> None:
        if self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(min(1, self.results.count() - 1))

    def _accept_current(self) -> None:
        self._timer.stop()
        if not self.results.count():
            self.refresh()
        cid = self.current_id()
        if cid is not None:
            self.picked.emit(cid)
