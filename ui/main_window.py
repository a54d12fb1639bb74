"""The workspace: the customer list with search, filters and bulk actions; cards and sales."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services import actions
from services.directory import CustomerDirectory, ListFilter, ListQuery
from services.errors import ServiceError
from ui import labels
from ui.agenda import AgendaPage
from ui.customer_card import CustomerCard
from ui.customer_model import COLUMNS, CustomerTableModel
from ui.dashboard import DashboardPage
from ui.icons import icon
from ui.record_sale import RecordSaleDialog
from ui.undo import UndoManager

SEARCH_DELAY_MS = 150
DEFAULT_WIDTHS = (260, 150, 220, 120, 100, 110, 80, 110, 140, 120)


class CustomerTableView(QTableView):
    """The list. Its type-to-search must not swallow the window's Ctrl shortcuts."""

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.ignore()
            return False
        return super().event(event)


class FilterBar(QWidget):
    """Tags, ladder step, staff, consent, birthday this month, has e-mail / address."""

    def __init__(self, directory: CustomerDirectory, on_change, parent=None):
        super().__init__(parent)
        self.directory = directory
        self.tag = QComboBox()
        self.tag.setObjectName("filterTag")
        self.ladder = QComboBox()
        self.ladder.setObjectName("filterLadder")
        self.staff = QComboBox()
        self.staff.setObjectName("filterStaff")
        self.consent = QComboBox()
        self.consent.setObjectName("filterConsent")
        self.birthday = QCheckBox(self.tr("Birthday this month"))
        self.birthday.setObjectName("filterBirthday")
        self.has_email = QCheckBox(self.tr("Has e-mail"))
        self.has_email.setObjectName("filterEmail")
        self.has_address = QCheckBox(self.tr("Has address"))
        self.has_address.setObjectName("filterAddress")
        self.segment = QComboBox()
        self.segment.setObjectName("filterSegment")
        self.save_segment_button = QPushButton(self.tr("Save as segment…"))
        self.save_segment_button.setObjectName("saveSegment")
        self.save_segment_button.setToolTip(self.tr("Keep these filters under a name, for "
                                                    "printing and mailings"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.only: tuple[frozenset[int], str] | None = None
        self.only_chip = QPushButton()
        self.only_chip.setObjectName("onlyChip")
        self.only_chip.setToolTip(self.tr("Chosen on the dashboard; click to show everyone"))
        self.only_chip.clicked.connect(lambda: self.set_only(None))
        self.only_chip.hide()
        self._on_change = on_change
        self.reload_choices()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Show:")))
        for w in (self.only_chip, self.segment, self.tag, self.ladder, self.staff,
                  self.consent, self.birthday, self.has_email, self.has_address,
                  self.clear_button, self.save_segment_button):
            layout.addWidget(w)
        layout.addStretch(1)
        for combo in (self.tag, self.ladder, self.staff, self.consent):
            combo.currentIndexChanged.connect(on_change)
        for check in (self.birthday, self.has_email, self.has_address):
            check.toggled.connect(on_change)

    def reload_choices(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[object, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for data, text in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        fill(self.tag, [(None, self.tr("Any tag"))]
             + [(t, t) for t in self.directory.tag_names()])
        fill(self.ladder, [(None, self.tr("Any ladder step"))] + labels.ladder_steps())
        fill(self.staff, [(None, self.tr("Anyone's")), (0, self.tr("Nobody's"))]
             + self.directory.staff())
        fill(self.consent, [(None, self.tr("Any consent"))]
             + [(c, self.tr("Agreed to: %1").replace("%1", t)) for c, t in labels.channels()])
        fill(self.segment, [(None, self.tr("Any segment"))]
             + [(n, n) for n in actions.segment_names(self.directory.db)])

    def value(self, archived: bool) -> ListFilter:
        return ListFilter(
            tags=(self.tag.currentData(),) if self.tag.currentData() else (),
            ladder=(self.ladder.currentData(),) if self.ladder.currentData() else (),
            staff_id=self.staff.currentData(),
            birthday_month=CustomerDirectory.this_month() if self.birthday.isChecked() else None,
            has_email=self.has_email.isChecked(), has_address=self.has_address.isChecked(),
            consent=self.consent.currentData(), archived=archived,
            only_ids=self.only[0] if self.only else None,
            only_label=self.only[1] if self.only else "")

    def set_only(self, only: tuple[frozenset[int], str] | None) -> None:
        self.only = only
        self.only_chip.setText((only[1] + "  ✕") if only else "")
        self.only_chip.setVisible(only is not None)
        self._on_change()

    def rule(self):
        """The filters shown, as a segment to save."""
        from services.segments import SegmentRule

        return SegmentRule(
            tags=[self.tag.currentData()] if self.tag.currentData() else [],
            ladder=[self.ladder.currentData()] if self.ladder.currentData() else [],
            staff_id=self.staff.currentData(),
            birthday_month=CustomerDirectory.this_month() if self.birthday.isChecked()
            else None,
            consent=self.consent.currentData(), has_email=self.has_email.isChecked(),
            has_address=self.has_address.isChecked())

    def clear(self) -> None:
        self.only = None
        self.only_chip.hide()
        self.segment.blockSignals(True)
        self.segment.setCurrentIndex(0)
        self.segment.blockSignals(False)
        for combo in (self.tag, self.ladder, self.staff, self.consent):
            combo.setCurrentIndex(0)
        for check in (self.birthday, self.has_email, self.has_address):
            check.setChecked(False)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, version: str = ""):
        super().__init__()
        self.db = db
        self.version = version
        self.directory = CustomerDirectory(db)
        self.undo = UndoManager(db, self)
        self.undo.applied.connect(self._after_undo)
        self.card: CustomerCard | None = None
        self.sort_key: str | None = None
        self.sort_desc = False
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Regulars — %1").replace("%1", self._file_label()))
        self.setWindowIcon(icon("app"))

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search by name, phone, e-mail…  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filters = FilterBar(self.directory, self._schedule_refresh)
        self.filters.segment.activated.connect(self._segment_chosen)
        self.filters.save_segment_button.clicked.connect(self.save_segment)
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setMinimumWidth(
            self.count_label.fontMetrics().horizontalAdvance("888,888 of 888,888 customers") + 12)

        self.model = CustomerTableModel(self.directory, self)
        self.table = CustomerTableView()
        self.table.setObjectName("customers")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.activated.connect(lambda index: self.open_customer(
            self.model.customer_id(index.row())))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)
        for column, width in enumerate(DEFAULT_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.empty = QWidget()
        self.empty.setObjectName("emptyState")
        self.empty_text = QLabel()
        self.empty_text.setObjectName("empty")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.empty_new = QPushButton(icon("person-add"), self.tr("Add a customer"))
        self.empty_new.clicked.connect(self.new_customer)
        self.empty_demo = QPushButton(self.tr("Try Regulars with 300 demo customers"))
        self.empty_demo.setObjectName("demoButton")
        self.empty_demo.clicked.connect(self.fill_demo)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_new)
        empty_buttons.addWidget(self.empty_demo)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        top = QWidget()
        layout = QVBoxLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
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

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._schedule_refresh)
        self.search.returnPressed.connect(self._open_first)
        self._build_actions()
        self._restore()
        self.refresh()
        self.table.setFocus() if self.model.rowCount() else self.search.setFocus()

    # --- actions and menus ------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("&New customer"), self.new_customer,
                                    QKeySequence.StandardKey.New, "person-add", "actNew")
        self.act_sale = self._action(self.tr("Record a &sale"), lambda: self.record_sale(),
                                     "Ctrl+Shift+S", "sale", "actSale")
        self.act_open = self._action(self.tr("&Open card"), self._open_selected, None,
                                     "open", "actOpen")
        self.act_tag = self._action(self.tr("Add &tag…"), self.tag_selected, None, "tag",
                                    "actTag")
        self.act_untag = self._action(self.tr("Remove tag…"), self.untag_selected, None,
                                      None, "actUntag")
        self.act_assign = self._action(self.tr("Assign to…"), self.assign_selected, None,
                                       "staff", "actAssign")
        self.act_archive = self._action(self.tr("&Archive"), self.archive_selected,
                                        "Ctrl+Delete", "archive", "actArchive")
        self.act_restore = self._action(self.tr("&Restore"), self.restore_selected, None,
                                        "restore", "actRestore")
        self.act_delete = self._action(self.tr("Delete for good…"), self.delete_selected,
                                       None, "delete", "actDelete")
        self.act_archive_view = self._action(self.tr("Show the archive"),
                                             self._toggle_archive_view, None, "archive",
                                             "actArchiveView")
        self.act_archive_view.setCheckable(True)
        self.act_undo = self.undo.stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.undo.stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                                    QKeySequence.StandardKey.Redo])
        self.act_redo.setIcon(icon("redo"))
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        find = self._action(self.tr("&Find customer"), lambda: (
            self.tabs.setCurrentIndex(0), self.focus_search()),
            QKeySequence.StandardKey.Find, None, "actFind")
        self.act_customers_page = self._action(self.tr("Customers"), lambda:
                                               self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.act_dashboard = self._action(self.tr("Dashboard"), lambda:
                                          self.tabs.setCurrentIndex(1), "Ctrl+2", "columns",
                                          "actDashboard")
        self.act_today = self._action(self.tr("Today"), lambda: self.tabs.setCurrentIndex(2),
                                      "Ctrl+3", "sale", "actToday")
        self.act_print = self._action(self.tr("&Print…"), self.open_print,
                                      QKeySequence.StandardKey.Print, None, "actPrint")
        self.act_mailing = self._action(self.tr("&Mailing…"), self.open_mailing, None, None,
                                        "actMailing")
        self.act_unsubscribe = self._action(self.tr("Unsubscribe from e-mail"),
                                            self.unsubscribe_selected, None, None,
                                            "actUnsubscribe")
        self.act_forget = self._action(self.tr("Forget this customer…"), self.forget_selected,
                                       None, None, "actForget")
        self.act_duplicates = self._action(self.tr("Find &duplicates…"), self.open_duplicates,
                                           None, None, "actDuplicates")
        self.act_group_task = self._action(self.tr("Make a task for them…"),
                                           self.group_task_selected, None, None,
                                           "actGroupTask")
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_import = self._action(self.tr("&Import from a file…"), self.import_file,
                                       "Ctrl+I", None, "actImport")
        self.act_paste = self._action(self.tr("Import from the &clipboard…"),
                                      self.import_clipboard, None, None, "actImportPaste")
        self.act_export = self._action(self.tr("&Export…"), self.export_customers, None, None,
                                       "actExport")

        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings,
                                         QKeySequence.StandardKey.Preferences, None,
                                         "actSettings")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_paste)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(find)
        customers = self.menuBar().addMenu(self.tr("&Customers"))
        for a in (self.act_new, self.act_sale, self.act_open, None, self.act_tag,
                  self.act_untag, self.act_assign, None, self.act_print, self.act_mailing, None,
                  self.act_archive, self.act_restore,
                  self.act_delete, None, self.act_duplicates, self.act_archive_view):
            customers.addSeparator() if a is None else customers.addAction(a)
        view = self.menuBar().addMenu(self.tr("&View"))
        view.addAction(self.act_customers_page)
        view.addAction(self.act_dashboard)
        view.addAction(self.act_today)
        view.addSeparator()
        self.columns_menu = view.addMenu(icon("columns"), self.tr("Columns"))
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About Regulars"), self.show_about))

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (self.act_new, self.act_sale, None, self.act_undo, self.act_redo, None,
                  self.act_archive, self.act_archive_view):
            toolbar.addSeparator() if a is None else toolbar.addAction(a)
        self.addToolBar(toolbar)
        self._selection_changed()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _columns_menu(self, pos) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for column, (_key, title) in enumerate(COLUMNS):
            action = menu.addAction(title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the name always shows
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))

    def _context_menu(self, pos) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.setObjectName("listMenu")
        archive_view = self.act_archive_view.isChecked()
        for a in (self.act_open, self.act_sale, None, self.act_tag, self.act_untag,
                  self.act_assign, self.act_group_task, self.act_unsubscribe, None,
                  *((self.act_restore, self.act_delete) if archive_view
                    else (self.act_archive,)), None, self.act_forget):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # --- the list ---------------------------------------------------------------------------

    def _file_label(self) -> str:
        return str(self.db.path) if self.db.path else self.db.url

    def _schedule_refresh(self, *_args) -> None:
        self._timer.start()

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section < 0:
            self.sort_key = None
        else:
            self.sort_key = COLUMNS[section][0]
            self.sort_desc = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    def current_query(self) -> ListQuery:
        return ListQuery(text=self.search.text(),
                         filter=self.filters.value(self.act_archive_view.isChecked()),
                         sort=self.sort_key, descending=self.sort_desc)

    def refresh(self, keep: list[int] | None = None) -> None:
        self._timer.stop()
        keep = self.selected_ids() if keep is None else keep
        query = self.current_query()
        ids = self.directory.find(query)
        self.model.set_ids(ids)
        archived = query.filter.archived
        total = self.directory.count(archived=archived)
        narrowed = bool(query.text.strip()) or query.filter.active()
        if archived:
            text = self.tr("%1 of %2 archived") if narrowed else self.tr("%2 archived")
        else:
            text = self.tr("%1 of %2 customers") if narrowed else self.tr("%2 customers")
        self.count_label.setText(text.replace("%1", f"{len(ids):,}")
                                 .replace("%2", f"{total:,}"))
        self._restore_selection(keep)
        self._show_empty_state(query, ids, total)
        self._selection_changed()

    def _restore_selection(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        first = True
        for cid in ids:
            row = self.model.row_of(cid)
            if row >= 0:
                flags = (selection.SelectionFlag.ClearAndSelect if first
                         else selection.SelectionFlag.Select) | selection.SelectionFlag.Rows
                selection.select(self.model.index(row, 0), flags)
                if first:
                    self.table.setCurrentIndex(self.model.index(row, 0))
                    self.table.scrollTo(self.model.index(row, 0))
                first = False

    def _show_empty_state(self, query: ListQuery, ids: list[int], total: int) -> None:
        if ids:
            self.stack.setCurrentWidget(self.table)
            return
        file_empty = total == 0 and not query.filter.archived
        self.empty_new.setVisible(file_empty)
        self.empty_demo.setVisible(file_empty and self.directory.count(archived=True) == 0)
        if file_empty:
            self.empty_text.setText(self.tr(
                "<h2>Your customer file is empty</h2><p>Add your first customer, or try "
                "Regulars with demo customers first (you can start a fresh file later).</p>"))
        elif query.filter.archived and total == 0:
            self.empty_text.setText(self.tr("<h3>The archive is empty</h3><p>Archived "
                                            "customers wait here until restored or deleted."
                                            "</p>"))
        else:
            text = query.text.strip()
            message = (self.tr("<h3>No customer matches “%1”</h3><p>Try part of the surname, "
                               "the last digits of the phone, or the e-mail.</p>")
                       if text else self.tr("<h3>No customer matches these filters</h3>"))
            self.empty_text.setText(message.replace("%1", _escape(text)))
        self.stack.setCurrentWidget(self.empty)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.customer_id(r) for r in rows if r < self.model.rowCount()]

    def _selection_changed(self, *_args) -> None:
        n = len(self.selected_ids())
        archive_view = self.act_archive_view.isChecked()
        for a in (self.act_open, self.act_tag, self.act_untag, self.act_assign,
                  self.act_group_task, self.act_unsubscribe):
            a.setEnabled(n > 0)
        self.act_forget.setEnabled(n == 1)
        self.act_archive.setEnabled(n > 0 and not archive_view)
        self.act_restore.setEnabled(n > 0 and archive_view)
        self.act_delete.setEnabled(n > 0 and archive_view)
        self.statusBar().showMessage(
            self.tr("%1 selected").replace("%1", str(n)) if n > 1 else self._file_label())

    def _open_first(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.open_customer(self.model.customer_id(max(0, self.table.currentIndex().row())))

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_customer(ids[0])

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)

    def _toggle_archive_view(self) -> None:
        archive_view = self.act_archive_view.isChecked()
        self.act_archive_view.setText(self.tr("Back to customers") if archive_view
                                      else self.tr("Show the archive"))
        self.refresh(keep=[])

    def _segment_chosen(self, _index: int) -> None:
        name = self.filters.segment.currentData()
        if name is None:
            self.filters.set_only(None)
            return
        ids = actions.segment_members(self.db, name)
        self.filters.set_only((frozenset(ids), self.tr("Segment: %1").replace("%1", name)))

    def save_segment(self) -> None:
        """The segment builder, starting from the filters shown in the list."""
        from ui.segment_dialog import SegmentDialog

        dialog = SegmentDialog(self.db, self.filters.rule(), parent=self)
        if dialog.exec() != SegmentDialog.DialogCode.Accepted:
            return
        name = dialog.name.text()
        self.filters.reload_choices()
        self.statusBar().showMessage(self.tr("Segment “%1” saved: %2 customer(s)")
                                     .replace("%1", name.strip())
                                     .replace("%2", str(len(actions.segment_members(
                                         self.db, name)))), 8000)

    def import_file(self):
        from ui.import_dialog import choose_and_open

        return self._show_import(lambda: choose_and_open(self.db, self))

    def import_clipboard(self):
        from ui.import_dialog import from_clipboard

        return self._show_import(lambda: from_clipboard(self.db, self))

    def _show_import(self, make):
        try:
            dialog = make()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Import"), str(exc))
            return None
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self._imported(dialog.report))
        dialog.setModal(True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    EXPORTS = (("csv", "CSV for Excel (*.csv)"), ("xlsx", "Excel workbook (*.xlsx)"),
               ("vcf", "vCard 3.0 for address books (*.vcf)"),
               ("json", "Everything, as JSON (*.json)"),
               ("ics", "Birthdays and dates for a calendar (*.ics)"))

    def export_customers(self, path: str | None = None, fmt: str | None = None) -> str:
        """The selected customers, or everyone (not archived) when none is selected."""
        from services.export import export
        from services.files import write_atomic

        ids = self.selected_ids() or None
        if path is None:
            filters = ";;".join(self.tr(label) for _f, label in self.EXPORTS)
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export"), "", filters)
            if not path:
                return ""
            fmt = next(f for f, label in self.EXPORTS if self.tr(label) == chosen)
            if not path.lower().endswith("." + fmt):
                path += "." + fmt
        try:
            data, count = export(self.db, fmt or Path(path).suffix.lstrip(".").lower(), ids)
            write_atomic(path, data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return ""
        what = self.tr("calendar events") if fmt == "ics" else self.tr("customers")
        message = self.tr("%1 %2 written to %3").replace("%1", str(count)).replace(
            "%2", what).replace("%3", path)
        self.statusBar().showMessage(message, 15000)
        return message

    def _imported(self, report) -> None:
        # the undo history holds snapshots from before the import: stale now
        self.undo.clear()
        self.refresh(keep=[])
        self.statusBar().showMessage(report.summary(), 15000)

    def open_duplicates(self):
        from ui.merge_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self.undo, self)
        dialog.finished.connect(lambda _r: self.refresh(keep=[]))
        dialog.setModal(True)
        dialog.show()
        self.duplicates_dialog = dialog
        return dialog

    def open_mailing(self):
        from ui.mailing_dialog import MailingDialog

        dialog = MailingDialog(self.db, self)
        dialog.setModal(True)
        dialog.show()
        self.mailing_dialog = dialog
        return dialog

    def open_print(self):
        from ui.print_dialog import PrintDialog

        dialog = PrintDialog(self.db, self.selected_ids(), self)
        dialog.setModal(True)
        dialog.show()
        self.print_dialog = dialog
        return dialog

    def open_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.directory = CustomerDirectory(self.db)  # the phone region may have changed
            self.model.directory = self.directory
            self.refresh()
            if self.dashboard is not None:
                self.dashboard.reload()
            self.agenda.reload()

    # --- dashboard -------------------------------------------------------------------------

    def _page_changed(self, index: int) -> None:
        if index == 2:
            self.agenda.reload()
        if index == 1 and self.dashboard is None:
            self.dashboard = DashboardPage(self.db)
            self.dashboard.show_customers.connect(self.show_from_dashboard)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.dashboard, icon("columns"), self.tr("Dashboard"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            self.dashboard.reload()

    def _agenda_count(self, n: int) -> None:
        self.tabs.setTabText(2, self.tr("Today (%1)").replace("%1", str(n)) if n
                             else self.tr("Today"))

    def announce_today(self) -> int:
        """On start: how many reminders are due, in the status bar and the system tray."""
        self.agenda.reload()
        n = len([i for i in self.agenda.items if i.date <= _today()])
        if n:
            message = self.tr("%1 thing(s) to do today: see the Today page (Ctrl+3)") \
                .replace("%1", str(n))
            self.statusBar().showMessage(message, 15000)
            from PySide6.QtWidgets import QSystemTrayIcon

            if QSystemTrayIcon.isSystemTrayAvailable():
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
                self.tray.showMessage(self.tr("Regulars"), message)
        return n

    def group_task_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.agenda.new_task(ids)

    def show_dashboard(self) -> DashboardPage:
        self.tabs.setCurrentIndex(1)
        return self.dashboard

    def show_from_dashboard(self, kind: str, key: str, ids: list) -> None:
        """A click on a bar or a cell: the customers behind it, in the list."""
        self.search.clear()
        self.filters.blockSignals(True)
        self.filters.clear()
        if self.act_archive_view.isChecked():
            self.act_archive_view.setChecked(False)
            self._toggle_archive_view()
        if kind == "ladder":
            self.filters.ladder.setCurrentIndex(self.filters.ladder.findData(key))
        else:
            from ui.labels import rfm_labels

            name = rfm_labels().get(key, key) if kind == "rfm" else key
            if kind == "month":
                label = self.tr("Bought in %1").replace("%1", key)
            else:
                label = (name if key in ("dormant", "event") else self.tr("RFM: %1")
                         if kind == "rfm" else self.tr("ABC-XYZ: %1")).replace("%1", name)
            self.filters.set_only((frozenset(ids), label))
        self.filters.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self.refresh(keep=[])

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
            parts.append(self.tr("paid %1").replace("%1", f"{outcome.paid:,.2f}"))
            if outcome.discount:
                parts.append(outcome.reason)
            if outcome.points_earned:
                parts.append(self.tr("+%1 points").replace("%1", str(outcome.points_earned)))
            if outcome.new_level:
                parts.append(self.tr("now at level %1").replace("%1", outcome.new_level))
            if outcome.welcome_coupon:
                parts.append(self.tr("coupon %1 for the next purchase")
                             .replace("%1", outcome.welcome_coupon))
        self.statusBar().showMessage(" · ".join(parts) + self.tr(". Undo with Ctrl+Z."), 10000)

    def fill_demo(self) -> None:
        from services.demo import generate

        try:
            generate(self.db, 300)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Demo data"), str(exc))
            return
        self.directory = CustomerDirectory(self.db)
        self.model.directory = self.directory
        self.filters.directory = self.directory
        self.filters.reload_choices()
        self.refresh(keep=[])

    # --- bulk actions -----------------------------------------------------------------------

    def _run(self, call, *args) -> int | None:
        try:
            count, change = call(self.db, *args)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Regulars"), str(exc))
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
        if ok and name.strip() and self._run(actions.tag, ids, name) is not None:
            self.filters.reload_choices()
            self.refresh(keep=ids)

    def untag_selected(self) -> None:
        ids = self.selected_ids()
        tags = self.directory.tag_names()
        if not ids or not tags:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Remove tag"), self.tr("Tag to remove:"),
                                        tags, 0, False)
        if ok and self._run(actions.untag, ids, name) is not None:
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
        if self._run(actions.assign, ids, staff_id) is not None:
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
        actions.forget_customer(self.db, ids[0])
        self.undo.clear()  # earlier undo steps hold copies of the personal data
        self.refresh(keep=[])
        self.statusBar().showMessage(self.tr("The customer was forgotten."), 8000)

    def unsubscribe_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(actions.unsubscribe, ids) is not None:
            self.statusBar().showMessage(self.tr("%n customer(s) unsubscribed from e-mail. "
                                                 "Undo with Ctrl+Z.", "", len(ids)), 8000)

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(actions.archive, ids, True) is not None:
            self.refresh(keep=[])
            self.statusBar().showMessage(self.tr("%n customer(s) archived. Undo with Ctrl+Z, "
                                                 "or restore them from the archive.", "",
                                                 len(ids)), 8000)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self._run(actions.archive, ids, False) is not None:
            self.refresh(keep=[])

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        summary = actions.deletion_summary(self.db, ids)
        text = self.tr(
            "Delete %1 customer(s) for good, with %2 purchase(s), %3 history entries and "
            "%4 note(s)?\n\nThis cannot be undone.") \
            .replace("%1", str(summary["customers"])).replace("%2", str(summary["purchases"])) \
            .replace("%3", str(summary["history"])).replace("%4", str(summary["notes"]))
        answer = QMessageBox.warning(self, self.tr("Delete for good"), text,
                                     QMessageBox.StandardButton.Yes
                                     | QMessageBox.StandardButton.Cancel,
                                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            actions.delete_for_good(self.db, ids)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete for good"), str(exc))
            return
        # earlier undo steps may refer to the deleted customers
        self.undo.clear()
        self.refresh(keep=[])

    def _after_undo(self, ids: list[int]) -> None:
        self.filters.reload_choices()
        self.refresh()
        if self.tabs.currentIndex() == 2:
            self.agenda.reload()
        if self.card is not None and self.card.isVisible() and self.card.customer_id in ids:
            self.card.reload_if_clean()

    # --- window -----------------------------------------------------------------------------

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
            self.resize(1200, 720)
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _today():
    import datetime as dt

    return dt.date.today()
