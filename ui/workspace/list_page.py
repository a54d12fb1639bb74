"""The Customers page: search, filters, the table, its empty state, menus and segments."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.core.changes import OpChanges
from services.directory.listing import ListQuery
from services.ops import segments as segments_ops
from ui.formatting import count
from ui.icons import icon
from ui.workspace.filters import FilterBar
from ui.workspace.table_model import COLUMNS, CustomerTableModel

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


class CustomerListMixin:
    """MainWindow's Customers page; it needs the window's db, directory and act_* actions."""

    def _build_list_page(self) -> QWidget:
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
        return top

    def _connect_search(self) -> None:
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._schedule_refresh)
        self.search.returnPressed.connect(self._open_first)

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
        self.count_label.setText(text.replace("%1", count(len(ids)))
                                 .replace("%2", count(total)))
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
        ids = segments_ops.segment_members(self.db, name)
        self.filters.set_only((frozenset(ids), self.tr("Segment: %1").replace("%1", name)))

    def save_segment(self) -> None:
        """The segment builder, starting from the filters shown in the list."""
        from ui.dialogs.segment import SegmentDialog

        dialog = SegmentDialog(self.db, self.filters.rule(), parent=self)
        if dialog.exec() != SegmentDialog.DialogCode.Accepted:
            return
        name = dialog.name.text()
        self.changes.announce(OpChanges(segments=True))  # the filters offer it from now on
        count = len(segments_ops.segment_members(self.db, name))
        self.statusBar().showMessage(self.tr("Segment “%1” saved: %n customer(s)", "", count)
                                     .replace("%1", name.strip()), 8000)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
