"""The window's actions, shortcuts, menus and toolbar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from ui.icons import icon


class MenusMixin:
    """Every QAction of MainWindow, and where it shows: menu bar, toolbar, shortcuts."""

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
        self._build_file_menu()
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

    def _build_file_menu(self) -> None:
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_import = self._action(self.tr("&Import from a file…"), self.import_file,
                                       "Ctrl+I", None, "actImport")
        self.act_paste = self._action(self.tr("Import from the &clipboard…"),
                                      self.import_clipboard, None, None, "actImportPaste")
        self.act_imports = self._action(self.tr("Im&ports: undo or import again…"),
                                        self.open_import_history, None, None, "actImports")
        self.act_export = self._action(self.tr("&Export…"), self.export_customers, None, None,
                                       "actExport")

        # the platform's Preferences key where it has one; Linux desktops have none: Ctrl+,
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings,
                                         preferences[0] if preferences else "Ctrl+,", None,
                                         "actSettings")
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_paste)
        file_menu.addAction(self.act_imports)
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
