"""The window is put together from several modules; what it shows must not depend on that."""

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
