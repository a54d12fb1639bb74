from pathlib import Path

from services.directory.search import all_ids
from services.transfer.importing import import_table, mapping_for
from services.transfer.readers import read_file
from ui.dialogs.import_history import ImportHistoryDialog

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def count(db) -> int:
    with db.sessions() as s:
        return len(all_ids(s))


def test_an_import_is_undone_and_imported_again_with_one_click_each(qtbot, db):
    table = read_file(DATA / "kept.vcf")
    import_table(db, table, mapping_for(db, table.headers, "customers"))
    dialog = ImportHistoryDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "kept.vcf"
    assert dialog.table.item(0, 2).text() == "3" and dialog.undo_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.undo_button.click()
    assert count(db) == 0
    assert "3 removed" in dialog.outcome.text()
    assert dialog.table.item(0, 1).text() == "kept.vcf (undone)"
    assert not dialog.undo_button.isEnabled() and dialog.again_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.again_button.click()
    assert count(db) == 3 and dialog.table.rowCount() == 2
    assert dialog.undo_button.isEnabled()  # the new import, selected first


def test_no_imports_yet(qtbot, db):
    dialog = ImportHistoryDialog(db)
    qtbot.addWidget(dialog)
    assert "Nothing has been imported" in dialog.outcome.text()
    assert not dialog.undo_button.isEnabled() and not dialog.again_button.isEnabled()


def test_the_window_takes_an_import_back_from_the_file_menu(qtbot, db):
    from PySide6.QtGui import QGuiApplication

    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    QGuiApplication.clipboard().setText("Фамилия\tИмя\nИванова\tАнна\nПетров\tСергей\n")
    window.import_clipboard().run_import()
    assert count(db) == 2
    window.act_imports.trigger()
    dialog = window.import_history
    assert dialog.table.item(0, 1).text() == "clipboard" and not dialog.again_button.isEnabled()
    dialog.undo_button.click()
    assert count(db) == 0
    assert "2 removed" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 0  # the list refreshed from the change
