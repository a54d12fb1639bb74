"""Import: a file or the clipboard, a preview with a field chosen for each column, a check of
every row, then the good rows or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.database import Database
from services.core.errors import Cancelled, ServiceError
from services.maintenance import backup
from services.transfer import importing
from services.transfer.readers import read_bytes, read_file, read_text
from services.transfer.table import Table
from ui.labels import N_, _t, field_word, problem
from ui.labels import label as label_text
from ui.operations import run_long
from ui.widgets import fit_to_screen

PREVIEW_ROWS = 10
READING_WIDTH = 380
ENCODINGS = [("", N_("Detect")), ("utf-8", "UTF-8"), ("cp1251", N_("Windows-1251 (Cyrillic)")),
             ("utf-16", "UTF-16"), ("koi8-r", "KOI8-R"),
             ("cp1252", N_("Windows-1252 (Western)")), ("mac_cyrillic", N_("Mac Cyrillic"))]
DELIMITERS = [("", N_("Detect")), (",", N_("Comma")), (";", N_("Semicolon")), ("\t", N_("Tab")),
              ("|", "|")]
FILTER = N_("Tables and contacts (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)")


class ImportDialog(QDialog):
    """Opened with a file, a file's bytes or pasted text; `report` holds the last check or
    import. A file is not read into memory: its rows are read again as they are imported."""

    def __init__(self, db: Database, parent=None, *, data: bytes | None = None,
                 source: str = "", text: str | None = None, path: str | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.db = db
        self.data, self.text, self.path = data, text, path
        self.source = source or (Path(path).name if path else "")
        self.setWindowTitle(self.tr("Import: %1").replace("%1", self.source
                                                          or self.tr("clipboard")))
        self.source = self.source or "clipboard"
        self.table: Table | None = None
        self.report: importing.ImportReport | None = None
        self.combos: list[QComboBox] = []

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Customers"), "customers")
        self.kind.addItem(self.tr("Purchases"), "purchases")
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        for value, label in ENCODINGS:
            self.encoding.addItem(label_text(label), value)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("delimiter")
        for value, label in DELIMITERS:
            self.delimiter.addItem(label_text(label), value)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.clean = QCheckBox(self.tr("Remove invalid characters (control and zero-width "
                                       "characters, non-breaking spaces)"))
        self.clean.setObjectName("clean")
        self.clean.setChecked(True)
        self.clean.toggled.connect(lambda _on: self._mapping_changed())
        form = QFormLayout()
        what = QHBoxLayout()
        what.addWidget(self.kind)
        what.addStretch(1)
        form.addRow(self.tr("Import"), what)
        reading = QHBoxLayout()
        reading.addWidget(self.encoding)
        reading.addWidget(QLabel(self.tr("Delimiter")))
        reading.addWidget(self.delimiter)
        reading.addStretch(1)
        form.addRow(self.tr("Encoding"), reading)
        self.sheet_label = QLabel(self.tr("Sheet"))
        form.addRow(self.sheet_label, self.sheet)
        form.addRow("", self.clean)

        self.info = QLabel()
        self.info.setObjectName("info")
        self.info.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setVisible(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("result")
        self.outcome.setWordWrap(True)
        self.errors = self._report_table("errors", self.tr("What is wrong"))
        # what comes in all the same but could not be verified (a number kept as written)
        self.warnings = self._report_table("warnings", self.tr("Kept as written: please check"))

        self.check_button = QPushButton(self.tr("Check every row"))
        self.check_button.setObjectName("check")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.run_import)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.outcome)
        layout.addWidget(self.errors, 1)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 960, 640)

        self.kind.currentIndexChanged.connect(lambda _i: self.fill_mapping())
        self.encoding.currentIndexChanged.connect(lambda _i: self.reread())
        self.delimiter.currentIndexChanged.connect(lambda _i: self.reread())
        self.sheet.currentIndexChanged.connect(lambda _i: self.reread())
        self.reread()

    # --- reading and mapping ----------------------------------------------------------------

    def reread(self) -> None:
        encoding = self.encoding.currentData() or None
        delimiter = self.delimiter.currentData() or None
        try:
            if self.text is not None:
                self.table = read_text(self.text, self.source, delimiter=delimiter)
            elif self.path is not None:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    self.table = read_file(self.path, encoding=encoding, delimiter=delimiter,
                                           sheet=self.sheet.currentText() or None)
                finally:
                    QGuiApplication.restoreOverrideCursor()
            else:
                self.table = read_bytes(self.data or b"", self.source, encoding=encoding,
                                        delimiter=delimiter,
                                        sheet=self.sheet.currentText() or None)
        except ServiceError as exc:
            self.table = None
            self.info.setText(problem(exc))
            self.preview.clear()
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            return
        t = self.table
        if t.sheets and self.sheet.count() == 0:
            self.sheet.blockSignals(True)
            self.sheet.addItems(t.sheets)
            self.sheet.setCurrentText(t.sheet or "")
            self.sheet.blockSignals(False)
        self.sheet.setVisible(len(t.sheets) > 1)
        self.sheet_label.setVisible(len(t.sheets) > 1)
        is_text = t.format == "csv"
        self.encoding.setEnabled(is_text and self.text is None)
        self.delimiter.setEnabled(is_text)
        read_as = ""
        if is_text and self.text is None:
            read_as = self.tr(" Read as %1, cells split at %2.").replace(
                "%1", t.encoding or "?").replace("%2", {"\t": self.tr("tabs")}.get(
                    t.delimiter or "", f"'{t.delimiter}'"))
        self.info.setText(self.tr("%1 rows and %2 columns.").replace(
            "%1", str(t.count)).replace("%2", str(len(t.headers))) + read_as + " "
            + self.tr("Choose what each column holds; the header guessed most of them."))
        self.fill_mapping()

    def fill_mapping(self) -> None:
        t = self.table
        if t is None:
            return
        kind = self.kind.currentData()
        mapping = importing.mapping_for(self.db, t.headers, kind)
        self.preview.clear()
        self.preview.setColumnCount(len(t.headers) + 1)
        shown = t.preview(PREVIEW_ROWS)
        self.preview.setRowCount(1 + len(shown))
        self.preview.setHorizontalHeaderLabels([self.tr("Will be read as"), *t.headers])
        self.preview.setVerticalHeaderLabels(
            [self.tr("Field")] + [str(n) for n in t.preview_numbers(PREVIEW_ROWS)])
        self.combos = []
        for col, field in enumerate(mapping):
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for key, label in importing.FIELDS[kind].items():
                combo.addItem(label_text(label), key)
            combo.setCurrentIndex(max(0, combo.findData(field)) if field else 0)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.preview.setCellWidget(0, col + 1, combo)
            self.combos.append(combo)
        for r, cells in enumerate(shown, start=1):
            for col, cell in enumerate(cells):
                self.preview.setItem(r, col + 1, QTableWidgetItem(cell.replace("\n", " ⏎ ")))
        self.preview.resizeColumnsToContents()
        self._mapping_changed()

    def _report_table(self, name: str, what: str) -> QTableWidget:
        """A list of rows under Row, Field and `what`, hidden until there is something."""
        table = QTableWidget(0, 3)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), what])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVisible(False)
        return table

    def mapping(self) -> list[str | None]:
        return [c.currentData() for c in self.combos]

    def _mapping_changed(self) -> None:
        self.report = None
        self.errors.setVisible(False)
        self.warnings.setVisible(False)
        self.import_button.setText(self.tr("Import"))
        try:
            importing.check_mapping(self.mapping(), self.table.headers,
                                    self.kind.currentData())
        except ServiceError as exc:
            self.outcome.setText(problem(exc))
            self.import_button.setEnabled(False)
            self.check_button.setEnabled(False)
            return
        self.outcome.setText("")
        self.import_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.show_reading()

    def show_reading(self) -> None:
        """The first column: each preview row as it will be read with this mapping."""
        customers = self.kind.currentData() == "customers"
        self.preview.setColumnHidden(0, not customers)
        if not customers:
            return
        readings = importing.preview_for(self.db, self.table, self.mapping(),
                                         self.clean.isChecked(), PREVIEW_ROWS)
        for r, text in enumerate(readings, start=1):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if text.startswith("✗"):
                item.setForeground(Qt.GlobalColor.darkRed)
            self.preview.setItem(r, 0, item)
        self.preview.resizeColumnToContents(0)
        # the file's own columns stay in view; the whole reading is in the tooltip
        self.preview.setColumnWidth(0, min(self.preview.columnWidth(0), READING_WIDTH))

    # --- checking and importing -------------------------------------------------------------

    def _run(self, dry_run: bool, skip_bad: bool) -> importing.ImportReport | None:
        """The import (or its check) in the background, with a progress bar and a Cancel
        that leaves the file as it was; the dialog waits for it."""
        locale = QLocale()

        def describe(done: int, total: int) -> str:
            return self.tr("Row %1 of %2…").replace("%1", locale.toString(done)).replace(
                "%2", locale.toString(total))

        try:
            return run_long(
                self, lambda step: importing.import_table(
                    self.db, self.table, self.mapping(), self.kind.currentData(),
                    dry_run=dry_run, skip_bad=skip_bad, clean=self.clean.isChecked(),
                    progress=step),
                name="importProgress", first_text=self.tr("Reading the rows…"),
                cancel_text=self.tr("Cancel"), describe=describe)
        except Cancelled:
            self.outcome.setText(self.tr("The import was cancelled; nothing was changed."))
            return None
        except ServiceError as exc:
            self.outcome.setText(problem(exc))
            return None

    def check(self) -> None:
        """A dry run: what would happen, and every row that would be rejected."""
        report = self._run(dry_run=True, skip_bad=True)
        if report is not None:
            self.show_report(report)

    def run_import(self) -> None:
        # Rejected rows: the first click checks and says so; importing the good rows is a
        # second, explicit choice.
        if self.report is None:
            report = self._run(dry_run=True, skip_bad=True)
            if report is None:
                return
            if report.rejected:
                self.show_report(report)
                return
        if self.db.is_sqlite:  # a wrong file imported can be taken back by restoring this
            try:
                backup.backup_now(self.db)
            except (OSError, ServiceError) as exc:
                self.outcome.setText(self.tr("No backup could be made before importing: %1")
                                    .replace("%1", problem(exc)))
                return
        report = self._run(dry_run=False, skip_bad=True)
        if report is None:
            return
        self.report = report
        self.accept()

    def show_report(self, report: importing.ImportReport) -> None:
        self.report = report
        text = self.tr("%1 to create, %2 to update, %3 unchanged, %4 rejected.").replace(
            "%1", str(report.created)).replace("%2", str(report.updated)).replace(
            "%3", str(report.skipped)).replace("%4", str(report.rejected))
        if report.rejected:
            text += " " + self.tr("The rejected rows are listed below: correct them in the "
                                  "file and import it again, or import the good rows now "
                                  "and nothing of the rejected ones.")
            self.import_button.setText(self.tr("Import the %1 good rows").replace(
                "%1", str(report.created + report.updated + report.skipped)))
        if report.warnings:
            text += " " + self.tr("Kept as written but not verified: %n (listed below).", "",
                                  len(report.warnings) + report.warnings_left_out)
        left_out = report.errors_left_out + report.warnings_left_out
        if left_out:
            text += " " + self.tr("%n more message(s) not listed here.", "", left_out)
        self.outcome.setText(text)
        for table, items in ((self.errors, report.errors), (self.warnings, report.warnings)):
            table.setVisible(bool(items))
            table.setRowCount(len(items))
            for r, e in enumerate(items):
                for c, value in enumerate((str(e.row), field_word(e.field), e.message)):
                    table.setItem(r, c, QTableWidgetItem(value))
            table.resizeColumnsToContents()


def choose_and_open(db: Database, parent=None) -> ImportDialog | None:
    path, _ = QFileDialog.getOpenFileName(parent, _t("Import customers or purchases"), "",
                                          _t(FILTER))
    if not path:
        return None
    return ImportDialog(db, parent, path=path)


def from_clipboard(db: Database, parent=None) -> ImportDialog | None:
    text = QGuiApplication.clipboard().text()
    if not text.strip():
        raise ServiceError("the clipboard holds no text; copy the cells in Excel or a web "
                           "page first")
    return ImportDialog(db, parent, text=text, source="clipboard")
