from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.directory import CustomerDirectory
from ui.customer_model import CustomerTableModel

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    def __init__(self, db: Database, version: str = ""):
        super().__init__()
        self.db = db
        self.version = version
        self.directory = CustomerDirectory(db)
        self.setWindowTitle(self.tr("Regulars — %1").replace("%1", self._file_label()))
        self.setObjectName("MainWindow")

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, phone, e-mail…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.model = CustomerTableModel(self.directory, self)
        self.table = QTableView()
        self.table.setObjectName("customers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((260, 150, 220, 120, 80, 100, 110, 140)):
            self.table.setColumnWidth(column, width)

        self.empty = QLabel()
        self.empty.setObjectName("empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        top = QWidget()
        layout = QVBoxLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.setCentralWidget(top)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(self._file_label())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self._build_menus()
        self._restore()
        self.refresh()

    def _file_label(self) -> str:
        return str(self.db.path) if self.db.path else self.db.url

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        find = QAction(self.tr("&Find customer"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Regulars"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        query = self.search.text()
        ids = self.directory.find(query)
        self.model.set_ids(ids)
        total = self.directory.count()
        if query.strip():
            self.count_label.setText(
                self.tr("%1 of %2 customers").replace("%1", f"{len(ids):,}")
                .replace("%2", f"{total:,}"))
        else:
            self.count_label.setText(self.tr("%1 customers").replace("%1", f"{total:,}"))
        self._show_empty_state(query, ids, total)

    def _show_empty_state(self, query: str, ids: list[int], total: int) -> None:
        if ids:
            self.empty.hide()
            self.table.show()
            return
        if total == 0:
            self.empty.setText(self.tr(
                "Your customer file is empty.\n\nAdd your first customer, or bring in a "
                "spreadsheet of customers you already have."))
        else:
            self.empty.setText(self.tr("No customer matches “%1”.\n\nTry part of the surname, "
                                       "the last digits of the phone, or the e-mail.")
                               .replace("%1", query.strip()))
        self.table.hide()
        self.empty.show()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Regulars"),
            self.tr("<h3>Regulars %1</h3><p>The customer file for people who live off repeat "
                    "buyers.</p><p>Customer file: %2</p>")
            .replace("%1", self.version).replace("%2", self._file_label()),
        )

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 700)
        state = settings.value("main/header")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
