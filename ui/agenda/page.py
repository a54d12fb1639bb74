"""The "Today" page: overdue, today and the days ahead; done, snooze, dismiss, open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import ServiceError
from services.directory.listing import CustomerDirectory
from services.ops import agenda as agenda_ops
from services.text.contacts import format_phone
from ui.formatting import to_date, weekday_and_day
from ui.labels import action_labels, kind_labels, problem, say
from ui.undo import UndoManager

SHOWN = 2000  # rows in the tree; more is a list nobody can work through: filter instead


class AgendaPage(QWidget):
    open_customer = Signal(int)
    count_changed = Signal(int)

    def __init__(self, db: Database, undo: UndoManager, parent=None):
        super().__init__(parent)
        self.setObjectName("agenda")
        self.db = db
        self.undo = undo
        self.items = []
        self.staff = QComboBox()
        self.staff.setObjectName("agendaStaff")
        self.kind = QComboBox()
        self.kind.setObjectName("agendaKind")
        self.kind.addItem(self.tr("All kinds"), None)
        for key, text in kind_labels().items():
            self.kind.addItem(text, key)
        self.days = QSpinBox()
        self.days.setRange(0, 120)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days ahead"))
        self.fill_staff()
        for w in (self.staff, self.kind):
            w.currentIndexChanged.connect(self.reload)
        self.days.valueChanged.connect(self.reload)
        new_task = QPushButton(self.tr("New task…"))
        new_task.clicked.connect(self.new_task)
        export = QPushButton(self.tr("Export calendar…"))
        export.clicked.connect(self.export_calendar)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Whose:")))
        top.addWidget(self.staff)
        top.addWidget(self.kind)
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(new_task)
        top.addWidget(export)

        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels([self.tr("Customer"), self.tr("Why"), self.tr("Do"),
                                   self.tr("Contact"), self.tr("Staff")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(2, 80)
        self.tree.setColumnWidth(3, 170)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.summary = QLabel()
        self.summary.setObjectName("agendaSummary")

        self.done_button = QPushButton(self.tr("Done…"))
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.done)
        self.snooze_button = QPushButton(self.tr("Snooze"))
        snooze_menu = QMenu(self)
        snooze_menu.addAction(self.tr("Until tomorrow"), lambda: self.snooze(1))
        snooze_menu.addAction(self.tr("For a week"), lambda: self.snooze(7))
        snooze_menu.addAction(self.tr("Until a date…"), self.snooze_until)
        self.snooze_button.setMenu(snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.open_button = QPushButton(self.tr("Open customer"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for b in (self.done_button, self.snooze_button, self.dismiss_button, self.open_button):
            buttons.addWidget(b)
        self.groups = QLabel()
        self.groups.setObjectName("groupProgress")
        self.groups.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.groups)
        layout.addLayout(buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self._enable()

    def fill_staff(self) -> None:
        current = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Everyone's"), None)
        for sid, name in CustomerDirectory(self.db).staff():
            self.staff.addItem(name, sid)
        self.staff.setCurrentIndex(max(0, self.staff.findData(current)))
        self.staff.blockSignals(False)

    # --- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        kind = self.kind.currentData()
        self.items = agenda_ops.load_agenda(self.db, days=self.days.value(),
                                         staff_id=self.staff.currentData(),
                                         kinds={kind} if kind else None)
        today = dt.date.today()
        self.tree.clear()
        kinds, todo = kind_labels(), action_labels()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in self.items[:SHOWN]:
            if item.date < today:
                title = self.tr("Overdue")
            elif item.date == today:
                title = self.tr("Today")
            else:
                title = weekday_and_day(item.date)
            group = groups.get(title)
            if group is None:
                group = QTreeWidgetItem([title])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                self.tree.addTopLevelItem(group)
                groups[title] = group
            why = say(item.text)
            if item.status == "snoozed":
                why += self.tr(" (snoozed from %1)").replace(
                    "%1", item.due.strftime("%d.%m") if item.due else "")
            contact = format_phone(item.contact) if item.contact.startswith("+") else \
                item.contact
            row = QTreeWidgetItem([item.customer, why, todo.get(item.action, item.action),
                                   contact, item.staff or ""])
            row.setToolTip(1, kinds.get(item.kind, item.kind))
            row.setData(0, Qt.ItemDataRole.UserRole, item)
            group.addChild(row)
        for title, group in groups.items():
            group.setText(0, f"{title} ({group.childCount()})")
            group.setExpanded(True)
        due_now = sum(1 for i in self.items if i.date <= today)
        text = self.tr("%1 to do today (overdue included), %2 in all") \
            .replace("%1", str(due_now)).replace("%2", str(len(self.items)))
        if len(self.items) > SHOWN:
            text += self.tr(" — showing the first %1: choose whose or which kind to narrow it") \
                .replace("%1", str(SHOWN))
        self.summary.setText(text)
        progress = agenda_ops.task_groups(self.db)
        self.groups.setText("  ·  ".join(
            self.tr("%1: %2 of %3 done").replace("%1", g["title"])
            .replace("%2", str(g["done"])).replace("%3", str(g["total"]))
            for g in progress[:5]))
        self.groups.setVisible(bool(progress))
        self.count_changed.emit(due_now)
        self._enable()

    def selected(self):
        row = self.tree.currentItem()
        return row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None

    def _enable(self) -> None:
        item = self.selected()
        for b in (self.done_button, self.snooze_button, self.dismiss_button):
            b.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and item.customer_id is not None)

    def _menu(self, pos) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Done…"), self.done)
        menu.addAction(self.tr("Snooze until tomorrow"), lambda: self.snooze(1))
        menu.addAction(self.tr("Snooze for a week"), lambda: self.snooze(7))
        menu.addAction(self.tr("Dismiss"), self.dismiss)
        menu.addAction(self.tr("Open customer"), self.open_selected)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # --- acting -----------------------------------------------------------------------------

    def _apply(self, call, *args) -> None:
        item = self.selected()
        if item is None:
            return
        try:
            change = call(self.db, item, *args)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Agenda"), problem(exc))
            return
        self.undo.push(change)
        self.reload()

    def done(self, note: str | None = None) -> None:
        if self.selected() is None:
            return
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Done"),
                                            self.tr("A note for the history (optional):"))
            if not ok:
                return
        self._apply(agenda_ops.reminder_done, note)

    def snooze(self, days: int) -> None:
        self._apply(agenda_ops.reminder_snooze, dt.date.today() + dt.timedelta(days=days))

    def snooze_until(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        edit = QDateEdit(QDate.currentDate().addDays(3))
        edit.setCalendarPopup(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            q = edit.date()
            self._apply(agenda_ops.reminder_snooze, to_date(q))

    def dismiss(self) -> None:
        self._apply(agenda_ops.reminder_dismiss)

    def open_selected(self) -> None:
        item = self.selected()
        if item is not None and item.customer_id is not None:
            self.open_customer.emit(item.customer_id)

    def new_task(self, customer_ids: list[int] | None = None) -> None:
        dialog = GroupTaskDialog(self.db, customer_ids or [], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            if dialog.change is not None:  # a task for nobody in particular has no undo
                self.undo.push(dialog.change)
            self.reload()

    def export_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"),
                                              "regulars.ics", self.tr("Calendar (*.ics)"))
        if not path:
            return
        try:
            count = agenda_ops.export_calendar(self.db, path)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export calendar"), problem(exc))
            return
        self.summary.setText(self.tr("%1 events written to %2").replace("%1", str(count))
                             .replace("%2", path))


class GroupTaskDialog(QDialog):
    """A task for one customer, or "call these 40 regulars" shared out between the staff."""

    def __init__(self, db: Database, customer_ids: list[int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New task"))
        self.db = db
        self.customer_ids = customer_ids
        self.change = None
        self.title = QLineEdit()
        self.title.setObjectName("taskTitle")
        self.title.setPlaceholderText(self.tr("Call about the autumn collection"))
        self.due = QDateEdit(QDate.currentDate())
        self.due.setCalendarPopup(True)
        self.action = QComboBox()
        for key, text in action_labels().items():
            self.action.addItem(text, key)
        self.staff = QListWidget()
        self.staff.setObjectName("taskStaff")
        for sid, name in CustomerDirectory(db).staff():
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, sid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.staff.addItem(item)
        self.error = QLabel()
        self.error.setStyleSheet("color: #d32f2f;")
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("For %n customer(s)", "", len(customer_ids))
                           if customer_ids else self.tr("Not tied to a customer")))
        form.addRow(self.tr("What"), self.title)
        form.addRow(self.tr("By"), self.due)
        form.addRow(self.tr("How"), self.action)
        form.addRow(self.tr("Shared between"), self.staff)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        q = self.due.date()
        due = to_date(q)
        staff = [self.staff.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(self.staff.count())
                 if self.staff.item(i).checkState() == Qt.CheckState.Checked]
        try:
            if self.customer_ids:
                self.change = agenda_ops.make_group_task(self.db, self.title.text(), due,
                                                      self.customer_ids, staff,
                                                      self.action.currentData())
            else:
                self.change = agenda_ops.new_task(self.db, self.title.text(), due,
                                               staff[0] if staff else None,
                                               self.action.currentData())
        except ServiceError as exc:
            self.error.setText(problem(exc))
            return
        self.accept()
