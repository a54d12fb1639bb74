"""The workspace: the customer list with search, filters and bulk actions; cards and sales.

The window is put together from mixins, one module per part: the list page
(ui.workspace.list_page), bulk actions (ui.workspace.bulk_actions), menus (ui.window_menus), dialogs
(ui.window_dialogs) and the other pages (ui.window_pages).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from models.database import Database
from services.core.changes import OpChanges
from services.core.errors import ServiceError
from services.directory.listing import CustomerDirectory
from ui.agenda.page import AgendaPage
from ui.card.dialog import CustomerCard
from ui.dashboard.page import DashboardPage
from ui.dialogs.record_sale import RecordSaleDialog
from ui.formatting import money
from ui.icons import icon
from ui.labels import problem, say
from ui.operations import OP, ChangeHub
from ui.undo import UndoManager
from ui.widgets import fit_to_screen
from ui.window_dialogs import DialogsMixin
from ui.window_menus import MenusMixin
from ui.window_pages import PagesMixin, _today
from ui.workspace.bulk_actions import BulkActionsMixin
from ui.workspace.filters import FilterBar
from ui.workspace.list_page import (
    DEFAULT_WIDTHS,
    SEARCH_DELAY_MS,
    CustomerListMixin,
    CustomerTableView,
    _escape,
)

# these lived here before the split, and may still be imported from here
__all__ = ["DEFAULT_WIDTHS", "SEARCH_DELAY_MS", "CustomerTableView", "FilterBar", "MainWindow",
           "QMessageBox", "_escape", "_today"]


class MainWindow(CustomerListMixin, BulkActionsMixin, MenusMixin, DialogsMixin, PagesMixin,
                 QMainWindow):
    def __init__(self, db: Database, version: str = ""):
        super().__init__()
        self.db = db
        self.version = version
        self.directory = CustomerDirectory(db)
        self.changes = ChangeHub(self)
        self.changes.changed.connect(self._on_changes)
        self.stale: set[str] = set()  # pages to reload when next shown: dashboard, agenda
        self.undo = UndoManager(db, self, self.changes)
        self.card: CustomerCard | None = None
        self.sort_key: str | None = None
        self.sort_desc = False
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Regulars — %1").replace("%1", self._file_label()))
        self.setWindowIcon(icon("app"))

        top = self._build_list_page()
        self.dashboard: DashboardPage | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pages")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(top, icon("open"), self.tr("Customers"))
        self.tabs.addTab(QWidget(), icon("columns"), self.tr("Dashboard"))
        self.agenda = AgendaPage(self.db, self.undo)
        self.agenda.open_customer.connect(self.open_customer)
        self.agenda.count_changed.connect(self._agenda_count)
        self.tabs.addTab(self.agenda, icon("sale"), self.tr("Today"))
        self.tabs.currentChanged.connect(self._page_changed)
        self.setCentralWidget(self.tabs)
        self.statusBar().addPermanentWidget(self.count_label)

        self._connect_search()
        self._build_actions()
        self._restore()
        self.refresh()
        self.table.setFocus() if self.model.rowCount() else self.search.setFocus()

    # --- cards and sales --------------------------------------------------------------------

    def open_customer(self, customer_id: int | None, initial=None) -> None:
        if self.card is not None and self.card.isVisible():
            if not self.card.confirm_leave():
                return
            self.card.dirty = False
            self.card.close()
        card = CustomerCard(self.db, customer_id, self.undo, self, initial=initial)
        card.setModal(True)
        card.saved.connect(lambda cid: (self.filters.reload_choices(), self.refresh(keep=[cid])))
        card.data_changed.connect(lambda cid: self.refresh(keep=[cid]))
        card.open_customer.connect(lambda cid: QTimer.singleShot(
            0, lambda: self.open_customer(cid)))
        self.card = card
        card.show()

    def new_customer(self) -> None:
        self.open_customer(None)

    def record_sale(self, customer_id: int | None = None) -> RecordSaleDialog:
        if customer_id is None and self.table.hasFocus() and self.selected_ids():
            customer_id = self.selected_ids()[0]
        dialog = RecordSaleDialog(self.db, self.undo, self, customer_id)
        dialog.recorded.connect(self._sale_recorded)
        dialog.setModal(True)
        dialog.show()
        self.sale_dialog = dialog
        return dialog

    def _sale_recorded(self, customer_id: int, _purchase_id: int) -> None:
        self.refresh(keep=[customer_id])
        outcome = getattr(self.sale_dialog, "outcome", None)
        parts = [self.tr("Sale recorded")]
        if outcome is not None:
            parts.append(self.tr("paid %1").replace("%1", money(outcome.paid)))
            if outcome.discount:
                parts.append(say(outcome.reason))
            if outcome.points_earned:
                parts.append(self.tr("+%1 points").replace("%1", str(outcome.points_earned)))
            if outcome.new_level:
                parts.append(self.tr("now at level %1").replace("%1", outcome.new_level))
            if outcome.welcome_coupon:
                parts.append(self.tr("coupon %1 for the next purchase")
                             .replace("%1", outcome.welcome_coupon))
        self.statusBar().showMessage(" · ".join(parts) + self.tr(". Undo with Ctrl+Z."), 10000)

    def fill_demo(self) -> None:
        from services.maintenance.demo import generate

        try:
            generate(self.db, 300)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Demo data"), problem(exc))
            return
        self.directory = CustomerDirectory(self.db)
        self.model.directory = self.directory
        self.filters.directory = self.directory
        self.filters.reload_choices()
        self.refresh(keep=[])

    # --- undo -------------------------------------------------------------------------------

    def _on_changes(self, changes: OpChanges, origin: str) -> None:
        """Every page that shows some of what changed is brought up to date: at once when it
        is on screen, else when it is next shown."""
        figures = changes.any_customer or changes.settings
        if origin != OP:  # the page that ran an operation has redrawn itself already
            if changes.any_customer or changes.segments:
                self.filters.reload_choices()
            if figures:
                self.refresh()
            if self.card is not None and self.card.isVisible() and changes.concerns(
                    self.card.customer_id):
                self.card.reload_if_clean()
        if figures:
            self.stale.add("dashboard")
        if figures or changes.reminders:
            self.stale.add("agenda")
        self._reload_stale(self.tabs.currentIndex(), skip_agenda=origin == OP)

    def _reload_stale(self, index: int, skip_agenda: bool = False) -> None:
        if index == 1 and self.dashboard is not None and "dashboard" in self.stale:
            self.stale.discard("dashboard")
            self.dashboard.reload()
        if index == 2 and "agenda" in self.stale:
            self.stale.discard("agenda")
            if not skip_agenda:  # Today ran it and reloaded itself
                self.agenda.reload()

    # --- window -----------------------------------------------------------------------------

    def _file_label(self) -> str:
        return str(self.db.path) if self.db.path else self.db.url

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Regulars"),
            self.tr("<h3>Regulars %1</h3><p>The customer file for people who live off repeat "
                    "buyers.</p><p>Customer file: %2</p>")
            .replace("%1", self.version).replace("%2", self._file_label()),
        )

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)

    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1200, 720)
        state = settings.value("main/header")
        if state is not None:
            header = self.table.horizontalHeader()
            # columns and widths only: the list opens unsorted, and is fetched once, after
            header.blockSignals(True)
            try:
                header.restoreState(state)
                header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            finally:
                header.blockSignals(False)

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.card is not None and self.card.isVisible() and not self.card.confirm_leave():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
