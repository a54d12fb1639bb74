"""Where the window opens its dialogs: import, export, print, mailing, duplicates, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from services.core.changes import EVERY_CUSTOMER, OpChanges
from services.core.errors import ServiceError
from services.directory.listing import CustomerDirectory
from ui.labels import N_, problem
from ui.labels import label as label_text


class DialogsMixin:
    """MainWindow's entry points to the dialogs; the list is refreshed after they change it."""

    def import_file(self):
        from ui.dialogs.importing import choose_and_open

        return self._show_import(lambda: choose_and_open(self.db, self))

    def import_clipboard(self):
        from ui.dialogs.importing import from_clipboard

        return self._show_import(lambda: from_clipboard(self.db, self))

    def _show_import(self, make):
        try:
            dialog = make()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Import"), problem(exc))
            return None
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self._imported(dialog.report))
        dialog.setModal(True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    EXPORTS = (("csv", N_("CSV for Excel (*.csv)")), ("xlsx", N_("Excel workbook (*.xlsx)")),
               ("vcf", N_("vCard 3.0 for address books (*.vcf)")),
               ("json", N_("Everything, as JSON (*.json)")),
               ("ics", N_("Birthdays and dates for a calendar (*.ics)")))

    def export_customers(self, path: str | None = None, fmt: str | None = None) -> str:
        """The selected customers, or everyone (not archived) when none is selected."""
        from services.core.files import write_atomic
        from services.transfer.export import export

        ids = self.selected_ids() or None
        if path is None:
            filters = ";;".join(label_text(label) for _f, label in self.EXPORTS)
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), "", filters)
            if not path:
                return ""
            fmt = next(f for f, label in self.EXPORTS if label_text(label) == chosen)
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        try:
            data, count = export(self.db, fmt or Path(path).suffix.lstrip(".").lower(), ids)
            write_atomic(path, data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export"), problem(exc))
            return ""
        what = self.tr("calendar events") if fmt == "ics" else self.tr("customers")
        message = self.tr("%1 %2 written to %3").replace("%1", str(count)).replace(
            "%2", what).replace("%3", path)
        self.statusBar().showMessage(message, 15000)
        return message

    def _imported(self, report) -> None:
        self._customers_replaced(report.summary())

    def _customers_replaced(self, summary: str) -> None:
        # the undo history holds snapshots from before the import (or its undo): stale now
        self.undo.clear()
        self._every_customer_changed()
        self.statusBar().showMessage(summary, 15000)

    def _every_customer_changed(self) -> None:
        """Announced once; the list redraws with nothing selected (who was may be gone)."""
        self.table.clearSelection()
        self.changes.announce(EVERY_CUSTOMER)

    def open_import_history(self):
        from ui.dialogs.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.db, self)
        dialog.changed.connect(self._customers_replaced)
        dialog.setModal(True)
        dialog.show()
        self.import_history = dialog
        return dialog

    def open_duplicates(self):
        from ui.dialogs.merge import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self.undo, self)
        dialog.finished.connect(lambda _r: self._every_customer_changed())
        dialog.setModal(True)
        dialog.show()
        self.duplicates_dialog = dialog
        return dialog

    def open_mailing(self):
        from ui.dialogs.mailing import MailingDialog

        dialog = MailingDialog(self.db, self)
        dialog.setModal(True)
        dialog.show()
        self.mailing_dialog = dialog
        return dialog

    def open_print(self):
        from ui.dialogs.printing import PrintDialog

        dialog = PrintDialog(self.db, self.selected_ids(), self)
        dialog.setModal(True)
        dialog.show()
        self.print_dialog = dialog
        return dialog

    def open_settings(self, tab: int = 0) -> None:
        from ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.db, self, tab)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.directory = CustomerDirectory(self.db)  # the phone region may have changed
            self.model.directory = self.directory
            self.changes.announce(OpChanges(settings=True))
