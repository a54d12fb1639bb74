from pathlib import Path

from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select

from models import Customer
from services.maintenance.backup import list_backups
from services.transfer.importing import mapping_for
from ui.dialogs.importing import ImportDialog
from ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data" / "import"
def count(db) -> int:
    with db.sessions() as s:
        return s.execute(select(func.count(Customer.id))).scalar_one()


LONG = "Петров" * 40  # a family name no one has: 240 letters
BAD = ("Фамилия;Имя;Телефон;E-mail\n"
       "Иванова;Анна;+7 912 345-67-89;anna@mail.ru\n"
       f"{LONG};Сергей;;sergey@mail.ru\n"
       "Сидоров;Иван;12;ivan-at-mail.ru\n")


def test_preview_mapping_check_and_import_the_good_rows(qtbot, db):
    dialog = ImportDialog(db, data=BAD.encode("cp1251"), source="clients.csv")
    qtbot.addWidget(dialog)
    assert "Read as cp1251, cells split at ';'" in dialog.info.text()
    assert dialog.mapping() == ["family_name", "given_name", "phone", "email"]
    assert dialog.preview.item(1, 1).text() == "Иванова"
    # the first column reads each row as it will be imported
    assert dialog.preview.item(1, 0).text() == "Иванова Анна · +79123456789 · anna@mail.ru"
    assert dialog.preview.item(2, 0).text().startswith(
        "✗ column 'Фамилия': is too long (240 characters, at most 200)")
    assert "⚠ column 'Телефон': '12' kept as written" in dialog.preview.item(3, 0).text()
    dialog.check()
    assert "2 to create, 0 to update, 0 unchanged, 1 rejected" in dialog.outcome.text()
    assert "Kept as written but not verified: 2" in dialog.outcome.text()
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 0).text() == "3"
    assert "too long" in dialog.errors.item(0, 2).text()
    assert dialog.warnings.isVisibleTo(dialog) and dialog.warnings.rowCount() == 2
    assert "'ivan-at-mail.ru' kept as written" in dialog.warnings.item(1, 2).text()
    assert dialog.import_button.text() == "Import the 2 good rows"
    assert count(db) == 0  # checking writes nothing
    dialog.run_import()
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert dialog.report.imported and dialog.report.created == 2
    assert list_backups(db)  # taken before the file changed
    # the mapping is remembered for the next file with these headers
    assert mapping_for(db, ["Фамилия", "Имя", "Телефон", "E-mail"], "customers")[3] == "email"


def test_a_rejected_file_is_not_imported_on_the_first_click(qtbot, db):
    dialog = ImportDialog(db, data=BAD.encode("utf-8"), source="clients.csv")
    qtbot.addWidget(dialog)
    dialog.run_import()
    assert dialog.result() != ImportDialog.DialogCode.Accepted and not dialog.report.imported
    assert dialog.errors.rowCount() == 1 and count(db) == 0


def test_changing_a_column_and_the_kind(qtbot, db):
    dialog = ImportDialog(db, data=b"A,B\nSmith,john@example.com\n", source="x.csv")
    qtbot.addWidget(dialog)
    assert dialog.mapping() == [None, None]
    assert "no column is mapped to a name" in dialog.outcome.text()
    assert not dialog.import_button.isEnabled()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("family_name"))
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("email"))
    assert dialog.import_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("purchases"))
    assert "no column is mapped to: date, amount" in dialog.outcome.text()


def test_unreadable_file_and_encoding_override(qtbot, db):
    dialog = ImportDialog(db, data=(DATA / "cp1251.csv").read_bytes(), source="c.csv")
    qtbot.addWidget(dialog)
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    assert "not utf-8 text" in dialog.info.text() and not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1251"))
    assert dialog.import_button.isEnabled()


def test_paste_from_the_clipboard_in_the_window(qtbot, db, monkeypatch):
    window = MainWindow(db)
    qtbot.addWidget(window)
    QGuiApplication.clipboard().setText("Фамилия\tИмя\tТелефон\nИванова\tАнна\t+79123456789\n")
    dialog = window.import_clipboard()
    assert dialog.table.delimiter == "\t"
    dialog.run_import()
    assert "1 created" in window.statusBar().currentMessage()
    assert window.model.rowCount() == 1
    QGuiApplication.clipboard().setText("")
    warnings = []
    monkeypatch.setattr("ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    assert window.import_clipboard() is None
    assert warnings == ["the clipboard holds no text; copy the cells in Excel or a web page "
                        "first"]


def test_export_from_the_window_then_import_back(qtbot, db, tmp_path):
    window = MainWindow(db)
    qtbot.addWidget(window)
    QGuiApplication.clipboard().setText("Фамилия\tИмя\tТелефон\nИванова\tАнна\t+79123456789\n")
    window.import_clipboard().run_import()
    message = window.export_customers(str(tmp_path / "all.csv"), "csv")
    assert message == f"1 customers written to {tmp_path / 'all.csv'}"
    text = (tmp_path / "all.csv").read_bytes().decode("utf-8-sig")
    # an E.164 phone cannot hold a formula: no apostrophe in front of it
    assert "Иванова" in text and ",+79123456789," in text and "'+7" not in text
    assert window.export_customers(str(tmp_path / "dates.ics"), "ics").startswith("0 calendar")


def test_a_workbook_sheet_is_chosen_in_the_window(qtbot, db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Итого"])
    book.create_sheet("Клиенты").append(["Фамилия", "Имя"])
    book["Клиенты"].append(["Иванова", "Анна"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    dialog = ImportDialog(db, data=path.read_bytes(), source="book.xlsx")
    qtbot.addWidget(dialog)
    assert dialog.sheet.count() == 2 and dialog.table.headers == ["Итого"]
    dialog.sheet.setCurrentText("Клиенты")
    assert dialog.table.headers == ["Фамилия", "Имя"]
    assert dialog.mapping() == ["family_name", "given_name"]


def test_a_file_is_imported_in_the_background_and_cancel_leaves_nothing(qtbot, db, tmp_path,
                                                                         monkeypatch):
    import re
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    import services.transfer.customers as import_customers

    path = tmp_path / "big.csv"
    path.write_text("Фамилия;Имя;Телефон\n" + "".join(
        f"Иванова{i};Анна;+7 912 000-{i // 100:02d}-{i % 100:02d}\n" for i in range(3000)),
        encoding="utf-8")
    dialog = ImportDialog(db, path=str(path))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import: big.csv"
    assert dialog.info.text().startswith("3000 rows and 3 columns.")
    assert dialog.preview.rowCount() == 1 + 10
    slow = import_customers.CustomerImport._row

    def slowly(self, *args):
        time.sleep(0.001)  # a big file: long enough to be cancelled midway
        return slow(self, *args)

    monkeypatch.setattr(import_customers.CustomerImport, "_row", slowly)
    shown = []

    def cancel():  # as soon as the bar shows how far it has got
        progress = dialog.findChild(QProgressDialog, "importProgress")
        if progress is not None and progress.labelText().startswith("Row"):
            shown.append(progress.labelText())
            timer.stop()
            next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel").click()

    timer = QTimer(interval=20)
    timer.timeout.connect(cancel)
    timer.start()
    dialog.check()
    assert re.match(r"Row [12],?000 of 3,?000…", shown[0])  # stopped midway
    assert dialog.outcome.text() == "The import was cancelled; nothing was changed."
    assert dialog.report is None and count(db) == 0
    monkeypatch.setattr(import_customers.CustomerImport, "_row", slow)
    dialog.run_import()  # the whole file, in the background, without a cancel
    assert dialog.report.imported and dialog.report.created == 3000 and count(db) == 3000
