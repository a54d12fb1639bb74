"""Files of any size: a table read from disk keeps only its first rows in memory and is read
again as it is imported; what the import remembers of every row is on a scratch file; a
cancelled import leaves the file as it was; the report lists the first problems and counts the
rest."""

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from models import ContactPoint, Customer, ImportChange
from services.core.errors import Cancelled, ServiceError
from services.transfer import report as import_report
from services.transfer.importing import guess_mapping, import_table
from services.transfer.readers import read_file
from services.transfer.table import HEAD
from services.transfer.undo import undo_import

ROWS = 260  # more than HEAD


def write_csv(path, rows=ROWS, bad=(), odd=()):
    """`bad` rows are rejected (a family name too long), `odd` ones kept with a warning (a
    birthday that is no date goes to the notes)."""
    lines = ["Фамилия;Имя;Телефон;Email;День рождения"]
    for i in range(rows):
        family = "Петров" * 40 if i in bad else f"Иванова{i}"
        birthday = "31.02.1990" if i in odd else f"{i % 28 + 1:02d}.03.1990"
        lines.append(f"{family};Анна;+7 912 000-{i // 100:02d}-{i % 100:02d};"
                     f"a{i}@mail.ru;{birthday}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def load(db, table, **kw):
    return import_table(db, table, guess_mapping(table.headers, "customers"), **kw)


def count(db, model=Customer) -> int:
    with db.sessions() as s:
        return s.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_file_is_read_again_not_held_in_memory(db, tmp_path):
    table = read_file(write_csv(tmp_path / "big.csv"))
    assert table.count == ROWS and len(table._rows) == HEAD
    assert table.preview(3)[2][0] == "Иванова2" and table.preview_numbers(2) == [2, 3]
    numbers = [n for n, _c in table.records()]
    assert numbers == list(range(2, ROWS + 2))  # every row, numbered as the sheet shows it
    report = load(db, table)
    assert (report.created, report.rejected, report.imported) == (ROWS, 0, True)
    assert count(db) == ROWS
    with db.sessions() as s:  # the last rows, never in memory before the import, came in
        last = s.execute(select(ContactPoint.value).where(
            ContactPoint.value == f"a{ROWS - 1}@mail.ru")).scalar_one_or_none()
    assert last is not None


def test_a_problem_far_down_the_file_names_its_row(db, tmp_path):
    table = read_file(write_csv(tmp_path / "big.csv", bad={250}))
    report = load(db, table)
    assert report.rejected == 1 and not report.imported
    assert [(e.row, e.field) for e in report.errors] == [(252, "family_name")]
    assert count(db) == 0


def test_a_file_changed_after_it_was_opened_is_not_imported(db, tmp_path):
    path = write_csv(tmp_path / "big.csv")
    table = read_file(path)
    with path.open("a", encoding="utf-8") as f:
        f.write("Петров;Сергей;+7 912 999-99-99;s@mail.ru;01.01.1980\n")
    with pytest.raises(ServiceError, match="changed since it was opened"):
        load(db, table)
    assert count(db) == 0


def test_an_xlsx_is_read_again_from_its_file(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Фамилия", "Имя", "Телефон"])
    for i in range(ROWS):
        sheet.append([f"Петров{i}", "Иван", f"+7 912 111-{i // 100:02d}-{i % 100:02d}"])
    book.save(tmp_path / "big.xlsx")
    table = read_file(tmp_path / "big.xlsx")
    assert table.format == "xlsx" and table.count == ROWS
    assert len(table._rows) == HEAD
    assert load(db, table).created == ROWS and count(db) == ROWS


@pytest.mark.parametrize("parallel", [False, True])
def test_a_cancelled_import_leaves_the_file_as_it_was(db, tmp_path, monkeypatch, parallel,
                                                      make_customer):
    import services.transfer.customers as import_customers
    import services.transfer.importing as importing

    make_customer(family_name="Иванова0", given_name="Анна", phones=["+7 912 000-00-00"])
    if parallel:
        monkeypatch.setattr(importing, "PARALLEL_FROM", 10)
        monkeypatch.setattr(importing, "BATCH", 20)
        monkeypatch.setattr(importing.os, "cpu_count", lambda: 3)
    monkeypatch.setattr(import_customers, "FLUSH_EVERY", 10)  # some rows written already
    table = read_file(write_csv(tmp_path / "big.csv", rows=2500))
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 2000:
            raise Cancelled("the import was cancelled; nothing was changed")

    with pytest.raises(Cancelled):
        load(db, table, progress=progress)
    assert seen == [0, 1000, 2000]
    assert count(db) == 1 and count(db, ContactPoint) == 1 and count(db, ImportChange) == 0


def test_undo_after_a_large_import_takes_back_each_customer(db, tmp_path, monkeypatch,
                                                           make_customer):
    import services.transfer.customers as import_customers

    monkeypatch.setattr(import_customers, "FLUSH_EVERY", 7)  # written and recorded in parts
    anna = make_customer(family_name="Иванова3", given_name="Анна",
                         phones=["+7 912 000-00-03"])
    path = write_csv(tmp_path / "big.csv")
    report = load(db, read_file(path))
    assert (report.created, report.updated) == (ROWS - 1, 1)
    again = load(db, read_file(path))  # nothing new the second time
    assert (again.created, again.updated, again.skipped) == (0, 0, ROWS)
    result = undo_import(db, report.import_id)
    assert len(result.removed) == ROWS - 1 and result.restored == [anna]
    assert count(db) == 1 and count(db, ContactPoint) == 1


def test_the_report_lists_the_first_problems_and_counts_the_rest(db, tmp_path, monkeypatch):
    monkeypatch.setattr(import_report, "LISTED", 5)
    table = read_file(write_csv(tmp_path / "big.csv", bad=set(range(0, ROWS, 2)),
                                odd=set(range(1, 40, 2))))
    report = load(db, table, skip_bad=True)
    assert report.rejected == ROWS // 2 and report.created == ROWS // 2
    assert len(report.errors) == 5 and report.errors_left_out == ROWS // 2 - 5
    assert [e.row for e in report.errors] == [2, 4, 6, 8, 10]
    assert len(report.warnings) == 5 and report.warnings_left_out == 20 - 5
    data = report.to_json()
    assert data["rejected"] == ROWS // 2 and data["errors_left_out"] == ROWS // 2 - 5
    assert data["warnings_left_out"] == 15
