"""The window is put together from several modules; what it shows must not depend on that."""

import pytest

from ui.main_window import MainWindow


def test_names_from_before_the_split_still_import_from_main_window():
    from ui.main_window import (  # noqa: F401
        DEFAULT_WIDTHS,
        SEARCH_DELAY_MS,
        CustomerTableView,
        FilterBar,
        QMessageBox,
    )


def test_menus_and_their_order(qtbot, db):
    window = MainWindow(db, "9.9")
    qtbot.addWidget(window)

    def entries(menu):
        return ["—" if a.isSeparator() else a.text() for a in menu.actions()]

    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&Customers", "&View", "&Help"]
    assert entries(menus["&File"]) == ["&Import from a file…", "Import from the &clipboard…",
                                       "Im&ports: undo or import again…", "&Export…", "—",
                                       "&Settings…", "—", "&Quit"]
    assert window.act_import.shortcut().toString() == "Ctrl+I"
    assert entries(menus["&Edit"]) == ["&Undo", "&Redo", "—", "&Find customer"]
    assert entries(menus["&Customers"]) == [
        "&New customer", "Record a &sale", "&Open card", "—", "Add &tag…", "Remove tag…",
        "Assign to…", "—", "&Print…", "&Mailing…", "—", "&Archive", "&Restore",
        "Delete for good…", "—", "Find &duplicates…", "Show the archive"]


@pytest.mark.parametrize("lang", ["en", "ru", "bg"])
def test_the_window_and_its_dialogs_fit_a_1024_by_600_screen(qtbot, demo_db, lang):
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.dialogs.importing import ImportDialog
    from ui.dialogs.printing import PrintDialog
    from ui.dialogs.settings import SettingsDialog

    app = QApplication.instance()
    i18n.install(app, lang)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.show()
        for page in range(window.tabs.count()):
            window.tabs.setCurrentIndex(page)
            hint = window.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 600, (page, hint)
        room = window.screen().availableGeometry()
        window.open_customer(1)
        dialogs = [window.card, SettingsDialog(demo_db, window),
                   PrintDialog(demo_db, [1], window),
                   ImportDialog(demo_db, window, text="Фамилия;Телефон\nИванова;+7 912 345-67-89")]
        for dialog in dialogs:  # (the test's screen is 800 wide: no smaller than it can be)
            hint = dialog.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 600, (dialog, hint)
            assert dialog.width() <= max(room.width(), hint.width()), dialog
            assert dialog.height() <= max(room.height(), hint.height()), dialog
            dialog.close()
    finally:
        i18n.remove(app)
