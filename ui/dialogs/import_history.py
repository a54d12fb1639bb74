"""File → Imports…: every import of this file, each taken back or brought in again with one
click."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.database import Database
from services.core.errors import ServiceError
from services.maintenance import backup
from services.text.dates import format_user_datetime
from services.transfer import importing
from services.transfer import undo as import_undo
from ui.labels import problem


class ImportHistoryDialog(QDialog):
    """Emits `changed` with a summary whenever an undo or a new import changed customers."""

    changed = Signal(str)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Imports"))
        self.db = db
        self.runs: list[import_undo.ImportInfo] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("imports")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("File"),
                                              self.tr("Created"), self.tr("Updated")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(1, self.table.horizontalHeader()
                                                           .ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selected)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.again_button = QPushButton(self.tr("Import again"))
        self.again_button.setObjectName("importAgain")
        self.again_button.clicked.connect(lambda: self.import_selected_again())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Undoing an import removes the customers it created "
                                        "and puts back those it changed, except customers "
                                        "changed since.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.fill()

    def fill(self) -> None:
        self.runs = import_undo.history(self.db)
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            source = run.source
            if run.undone_at:
                source = self.tr("%1 (undone)").replace("%1", source)
            for col, text in enumerate((format_user_datetime(run.at), source, str(run.created),
                                        str(run.updated))):
                item = QTableWidgetItem(text)
                if col == 1 and run.path:
                    item.setToolTip(run.path)
                if col > 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if self.runs:
            self.table.selectRow(0)
        self._selected()
        if not self.runs:
            self.outcome.setText(self.tr("Nothing has been imported into this file yet."))

    def selected(self) -> import_undo.ImportInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.runs[rows[0].row()] if rows else None

    def _selected(self) -> None:
        run = self.selected()
        self.undo_button.setEnabled(run is not None and run.undone_at is None)
        self.again_button.setEnabled(run is not None and bool(run.path))

    def _backup(self) -> bool:
        if not self.db.is_sqlite:
            return True
        try:
            backup.backup_now(self.db)
        except (OSError, ServiceError) as exc:
            self.outcome.setText(self.tr("No backup could be made first: %1")
                                 .replace("%1", problem(exc)))
            return False
        return True

    def undo_selected(self) -> None:
        run = self.selected()
        if run is None or not self._backup():
            return
        try:
            result = import_undo.undo_import(self.db, run.id)
        except ServiceError as exc:
            self.outcome.setText(problem(exc))
            return
        text = self.tr("Import undone: %1 removed, %2 put back as they were.").replace(
            "%1", str(len(result.removed))).replace("%2", str(len(result.restored)))
        if result.refused:
            text += " " + self.tr("Left as they are now, changed since the import: %n.", "",
                                  len(result.refused))
        self.outcome.setText(text)
        self.fill()
        self.changed.emit(text)

    def import_selected_again(self) -> None:
        run = self.selected()
        if run is None or not self._backup():
            return
        try:
            report = importing.import_again(self.db, run.id)
        except ServiceError as exc:
            self.outcome.setText(problem(exc))
            return
        if not report.imported:
            QMessageBox.information(self, self.tr("Import again"), self.tr(
                "Some rows of the file are rejected now, so nothing was imported. Open it "
                "with File → Import from a file… to see which and why."))
            return
        self.outcome.setText(report.summary())
        self.fill()
        self.changed.emit(report.summary())
