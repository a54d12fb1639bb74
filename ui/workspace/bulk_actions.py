"""What the list does to the selected customers: tags, staff, archive, delete, forget."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from services.core.errors import ServiceError
from services.ops import customers as customers_ops
from services.outreach import sending
from ui.labels import problem


class BulkActionsMixin:
    """MainWindow's actions on the selection; they go through its undo stack."""

    def _run(self, call, *args) -> int | None:
        try:
            count, change = call(self.db, *args)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Regulars"), problem(exc))
            return None
        self.undo.push(change)
        return count

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        name, ok = QInputDialog.getItem(
            self, self.tr("Add tag"), self.tr("Tag for %n customer(s):", "", len(ids)),
            self.directory.tag_names(), 0, True)
        if ok and name.strip() and self._run(customers_ops.tag, ids, name) is not None:
            self.filters.reload_choices()
            self.refresh(keep=ids)

    def untag_selected(self) -> None:
        ids = self.selected_ids()
        tags = self.directory.tag_names()
        if not ids or not tags:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Remove tag"), self.tr("Tag to remove:"),
                                        tags, 0, False)
        if ok and self._run(customers_ops.untag, ids, name) is not None:
            self.refresh(keep=ids)

    def assign_selected(self) -> None:
        ids = self.selected_ids()
        staff = self.directory.staff()
        if not ids:
            return
        names = [self.tr("Nobody")] + [name for _sid, name in staff]
        name, ok = QInputDialog.getItem(self, self.tr("Assign"),
                                        self.tr("Who looks after them?"), names, 0, False)
        if not ok:
            return
        staff_id = dict((n, s) for s, n in staff).get(name)
        if self._run(customers_ops.assign, ids, staff_id) is not None:
            self.refresh(keep=ids)

    def forget_selected(self) -> None:
        """The customer's right to be forgotten: final, so it asks, and undo forgets too."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.model.index(self.model.row_of(ids[0]), 0).data()
        answer = QMessageBox.warning(
            self, self.tr("Forget this customer"),
            self.tr("Remove everything personal about %1 — names, contacts, addresses, "
                    "dates, notes, history, cards — for good?\n\nTheir purchases stay, "
                    "without a name, so the statistics stay right. This cannot be undone.")
            .replace("%1", name), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        customers_ops.forget_customer(self.db, ids[0])
        self.undo.clear()  # earlier undo steps hold copies of the personal data
        self.refresh(keep=[])
        self.statusBar().showMessage(self.tr("The customer was forgotten."), 8000)

    def unsubscribe_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(sending.unsubscribe, ids) is not None:
            self.statusBar().showMessage(self.tr("%n customer(s) unsubscribed from e-mail. "
                                                 "Undo with Ctrl+Z.", "", len(ids)), 8000)

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(customers_ops.archive, ids, True) is not None:
            self.refresh(keep=[])
            self.statusBar().showMessage(self.tr("%n customer(s) archived. Undo with Ctrl+Z, "
                                                 "or restore them from the archive.", "",
                                                 len(ids)), 8000)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(customers_ops.archive, ids, False) is not None:
            self.refresh(keep=[])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        summary = customers_ops.deletion_summary(self.db, ids)
        # one count per phrase: each takes its own plural form
        text = self.tr("Delete %1 for good, with %2, %3 and %4?\n\nThis cannot be undone.") \
            .replace("%1", self.tr("%n customer(s)", "", summary["customers"])) \
            .replace("%2", self.tr("%n purchase(s)", "", summary["purchases"])) \
            .replace("%3", self.tr("%n history entries", "", summary["history"])) \
            .replace("%4", self.tr("%n note(s)", "", summary["notes"]))
        answer = QMessageBox.warning(self, self.tr("Delete for good"), text,
                                     QMessageBox.StandardButton.Yes
                                     | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            customers_ops.delete_for_good(self.db, ids)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete for good"), problem(exc))
            return
        # earlier undo steps may refer to the deleted customers
        self.undo.clear()
        self.refresh(keep=[])

    def group_task_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.agenda.new_task(ids)
