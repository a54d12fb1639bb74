"""Family and friends on the card (a list of links to other customers, edited with the card
and saved with it), and the dialogs that pick another customer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from models.database import Database
from services.customers import card_form as card_service
from services.customers.card_form import Link
from services.directory.listing import CustomerDirectory
from ui import labels
from ui.widgets import CustomerPicker


class LinksBox(QGroupBox):
    edited = Signal()
    open_requested = Signal(int)  # a linked customer's card, once this one may be left

    def __init__(self, db: Database, directory: CustomerDirectory, parent=None):
        super().__init__(self.tr("Family and friends"), parent)
        self.db, self.directory = db, directory
        self.customer_id: int | None = None
        self.links: list[Link] = []
        self.links_list = QListWidget()
        self.links_list.setObjectName("links")
        self.links_list.setMaximumHeight(110)
        self.links_list.itemActivated.connect(self._jump_to_link)
        add_link = QPushButton(self.tr("Add…"))
        add_link.clicked.connect(self._add_link)
        remove_link = QPushButton(self.tr("Remove"))
        remove_link.clicked.connect(self._remove_link)
        open_link = QPushButton(self.tr("Open"))
        open_link.clicked.connect(lambda: self._jump_to_link(self.links_list.currentItem()))
        link_buttons = QHBoxLayout()
        for b in (add_link, remove_link, open_link):
            link_buttons.addWidget(b)
        link_buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.links_list)
        layout.addLayout(link_buttons)


    def set_links(self, links: list[Link]) -> None:
        self.links = list(links)
        self._show()

    def _show(self) -> None:
        self.links_list.clear()
        kinds = dict(labels.relation_kinds())
        for link in self.links:
            kind = kinds.get(link.kind, link.kind)
            text = (self.tr("is %1 of %2") if link.outgoing else self.tr("%2 is their %1"))
            item = QListWidgetItem(text.replace("%1", kind).replace("%2", link.other_name))
            item.setData(Qt.ItemDataRole.UserRole, link.other_id)
            self.links_list.addItem(item)

    def _add_link(self) -> None:
        dialog = LinkDialog(self.directory, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            if dialog.chosen == self.customer_id:
                QMessageBox.information(self, self.tr("Family and friends"),
                                        self.tr("A customer cannot be related to themselves."))
                return
            self.links.append(Link(dialog.chosen,
                                   card_service.customer_name(self.db, dialog.chosen),
                                   dialog.kind(), dialog.outgoing()))
            self._show()
            self.edited.emit()

    def _remove_link(self) -> None:
        row = self.links_list.currentRow()
        if row >= 0:
            del self.links[row]
            self._show()
            self.edited.emit()

    def _jump_to_link(self, item) -> None:
        if item is None:
            return
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole))


class LinkDialog(QDialog):
    """Pick a related customer and say how they are related."""

    def __init__(self, directory: CustomerDirectory, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Family and friends"))
        self.chosen: int | None = None
        self.direction = QComboBox()
        self.direction.addItem(self.tr("The other customer is their…"), False)
        self.direction.addItem(self.tr("This customer is the other's…"), True)
        self.kind_box = QComboBox()
        for value, text in labels.relation_kinds():
            self.kind_box.addItem(text, value)
        self.picker = CustomerPicker(directory)
        self.picker.picked.connect(self._picked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(lambda: self._picked(self.picker.current_id()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        row = QHBoxLayout()
        row.addWidget(self.direction)
        row.addWidget(self.kind_box)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def _picked(self, cid) -> None:
        if cid is not None:
            self.chosen = cid
            self.accept()

    def kind(self) -> str:
        return self.kind_box.currentData()

    def outgoing(self) -> bool:
        # "other is their child" is stored as (other, child, this): not outgoing from this one
        return bool(self.direction.currentData())


def pick_customer(parent, directory: CustomerDirectory, title: str) -> int | None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    picker = CustomerPicker(directory)
    chosen: list[int] = []
    picker.picked.connect(lambda cid: (chosen.append(cid), dialog.accept()))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(lambda: picker.current_id() is not None and (
        chosen.append(picker.current_id()), dialog.accept()))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    dialog.exec()
    return chosen[0] if chosen else None
