"""Imports from real-world-shaped files, the malformed ones, re-imports and round trips."""

import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from models import ContactPoint, Customer, Purchase, SearchTerm
from services.core.errors import ServiceError
from services.core.records import get_customer
from services.customers.writing import CustomerDraft, customer_to_dict
from services.maintenance.check import run_checks
from services.sales.purchases import add_purchase
from services.transfer.export import export
from services.transfer.importing import (
    check_mapping,
    guess_mapping,
    import_table,
    mapping_from_file,
    parse_import_date,
    remembered_mapping,
)
from services.transfer.readers import read_bytes, read_file, read_text

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def load(db, name_or_table, kind="customers", **kw):
    table = name_or_table if not isinstance(name_or_table, str) else read_file(
        DATA / name_or_table)
    return import_table(db, table, guess_mapping(table.headers, kind), kind, **kw)


def people(db) -> dict[str, dict]:
    """Everyone, as `customer show --json` shows them, by "Family Given"."""
    with db.sessions() as s:
        out = {}
        for c in s.execute(select(Customer).order_by(Customer.id)).scalars():
            d = customer_to_dict(s, c)
            out[f"{c.family_name} {c.given_name}".strip()] = d
        return out


def phones(d):
    return [(p["value"], p["label"]) for p in d["phones"]]


def emails(d):
    return [(p["value"], p["label"]) for p in d["emails"]]


def counts(db) -> tuple:
    with db.sessions() as s:
        return tuple(s.execute(select(func.count()).select_from(t)).scalar_one()
                     for t in (Customer, ContactPoint, SearchTerm, Purchase))


def test_google_contacts_csv(db):
    report = load(db, "google.csv")
    assert (report.created, report.rejected, report.imported) == (2, 0, True)
    everyone = people(db)
    anna = everyone["Иванова Анна"]
    assert anna["patronymic"] == "Сергеевна" and anna["birthday"] == "1985-03-14"
    assert anna["sex"] == "female"
    # Google writes each label before its value
    assert phones(anna) == [("+79123456789", "mobile"), ("+74951234567", "home")]
    assert emails(anna) == [("anna.ivanova@mail.ru", "home"), ("a.ivanova@firma.ru", "work")]
    (address,) = anna["addresses"]
    assert (address["line1"], address["city"], address["postcode"], address["country"]) == (
        "ул. Ленина 1", "Москва", "101000", "RU")
    assert anna["tags"] == ["Ярмарка"]  # "* myContacts" is Google's, not the user's
    assert anna["notes"] == "Любит серебро, кольца 17 размера"
    john = everyone["Smith John"]
    assert john["birthday"] == "--07-04" and john["company"] == "Smith & Co"
    # two numbers in one cell, " ::: " apart
    assert [p for p, _ in phones(john)] == ["+12125550123", "+12125550199"]
    assert run_checks(db) == []  # search terms and figures as if typed in the card


def test_outlook_csv(db):
    report = load(db, "outlook.csv")
    assert (report.created, report.rejected) == (2, 0)
    everyone = people(db)
    mary = everyone["Jones Mary"]
    assert mary["birthday"] == "1985-03-14"  # 3/14/1985: month first, as Outlook writes
    assert phones(mary) == [("+442079460018", "mobile")]  # a UK number by the UK address
    assert mary["addresses"][0]["country"] == "GB" and mary["tags"] == ["VIP", "Wedding"]
    peter = everyone["Brown Peter"]
    assert peter["birthday"] is None  # Outlook's 0/0/00
    assert peter["company"] == "Brown Ltd" and phones(peter) == [("+12125550147", "home")]


@pytest.mark.parametrize("name, expected", [
    ("ios.vcf", {"Петрова Мария": {
        "patronymic": "Ивановна", "company": "Ателье «Нить»", "birthday": "1979-08-21",
        "phones": [("+79161234567", "mobile"), ("+74957654321", "home")],
        "emails": [("maria@yandex.ru", "home")], "city": "Москва",
        "notes": "Шьёт у нас с 2019 года"},
        "Олег": {"birthday": "--05-12", "phones": [("+79031112233", "mobile")]}}),
    ("android.vcf", {"Козлова Елена": {  # vCard 2.1, quoted-printable, soft line breaks
        "birthday": "1990-06-01",
        "phones": [("+79261234567", "mobile"), ("+74951112233", "home")],
        "emails": [("elena.k@gmail.com", "home")], "notes": "Постоянная покупательница"},
        "Taxi": {"phones": [("+74952222222", "mobile")]}}),
    ("outlook.vcf", {"Miller Laura": {  # 2.1 from Outlook: bare TYPE words, US numbers
        "company": "Miller Travel", "birthday": "1980-03-14",
        "phones": [("+14258828080", "work"), ("+12063864636", "mobile")],
        "emails": [("laura@millertravel.example", "")], "city": "Redmond"}}),
    ("v4.vcf", {"Димитрова Елена": {
        "birthday": "--02-29", "phones": [("+359881234567", "mobile")],
        "emails": [("elena@firma.bg", "work")], "tags": ["Sofia", "VIP"]}}),
])
def test_vcards_from_phones_and_address_books(db, name, expected):
    report = load(db, name)
    assert (report.created, report.rejected) == (len(expected), 0), report.errors
    everyone = people(db)
    assert set(everyone) == set(expected)
    for who, fields in expected.items():
        d = everyone[who]
        for key, value in fields.items():
            if key == "phones":
                assert sorted(phones(d)) == sorted(value)
            elif key == "emails":
                assert emails(d) == value
            elif key == "city":
                assert d["addresses"][0]["city"] == value
            else:
                assert d[key] == value, key


def test_the_same_vcards_again_change_nothing(db):
    load(db, "ios.vcf")
    before = people(db)
    report = load(db, "ios.vcf")
    assert (report.created, report.updated, report.skipped) == (0, 0, 2)
    assert people(db) == before


def test_cp1251_csv_with_semicolons_from_russian_excel(db):
    table = read_file(DATA / "cp1251.csv")
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    report = load(db, table)
    assert (report.created, report.rejected) == (3, 0)
    everyone = people(db)
    anna = everyone["Иванова Анна"]
    assert anna["birthday"] == "1980-12-31" and anna["notes"] == "Любит серебро; кольца"
    assert phones(anna) == [("+79123456789", "")]
    assert everyone["Ёлкина Дарья"]["emails"][0]["value"] == "darya@yandex.ru"


def test_encoding_can_be_named_and_a_wrong_one_is_explained(db):
    data = (DATA / "cp1251.csv").read_bytes()
    assert read_bytes(data, "x.csv", encoding="windows-1251").rows[0][0] == "Иванова"
    with pytest.raises(ServiceError, match=r"x.csv: not utf-8 text \(byte \d+ cannot be read"):
        read_bytes(data, "x.csv", encoding="utf-8")
    with pytest.raises(ServiceError, match="'klingon' is not a known encoding"):
        read_bytes(data, "x.csv", encoding="klingon")


def test_xlsx_with_dates_and_numbers(db, tmp_path):
    book = Workbook()
    ws = book.active
    ws.append([])  # a blank first row, as people leave
    ws.append(["ФИО", "Телефон", "Email", "День рождения", "Теги"])
    ws.append(["Соколова Ирина Петровна", 79121112233, "irina@mail.ru",
               dt.datetime(1988, 4, 5), "VIP, ярмарка"])
    ws.append(["Орлов Павел", "8 (912) 222-33-44", None, "05.06", None])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    table = read_file(path)
    assert table.format == "xlsx" and table.numbers == [3, 4]
    report = load(db, table)
    assert (report.created, report.rejected) == (2, 0), report.errors
    everyone = people(db)
    irina = everyone["Соколова Ирина"]
    assert irina["patronymic"] == "Петровна" and irina["birthday"] == "1988-04-05"
    assert phones(irina) == [("+79121112233", "")] and irina["tags"] == ["VIP", "ярмарка"]
    assert everyone["Орлов Павел"]["birthday"] == "--06-05"


def test_a_table_pasted_from_the_clipboard():
    table = read_text("Фамилия\tИмя\tТелефон\r\nИванова\tАнна\t+7 912 345 67 89\r\n",
                      "clipboard")
    assert table.delimiter == "\t" and table.rows == [["Иванова", "Анна", "+7 912 345 67 89"]]
    assert guess_mapping(table.headers) == ["family_name", "given_name", "phone"]


def test_header_guessing_in_english_and_russian():
    assert guess_mapping(["Surname", "First name", "Middle name", "Mobile", "E-mail",
                          "Date of birth", "Zip", "Whatever"]) == [
        "family_name", "given_name", "patronymic", "phone:mobile", "email", "birthday",
        "postcode", None]
    assert guess_mapping(["ФИО", "Эл. почта", "Примечание", "Индекс", "Страна"]) == [
        "full_name", "email", "notes", "postcode", "country"]
    assert guess_mapping(["Дата", "Сумма", "Клиент", "Товар"], "purchases") == [
        "date", "amount", "customer_name", "description"]
    # a field is taken once, except phones and e-mails
    assert guess_mapping(["Имя", "Name", "Phone", "Phone"]) == [
        "given_name", "full_name_given_first", "phone", "phone"]


@pytest.mark.parametrize("text, expected", [
    ("1985-03-14", (3, 14, 1985)), ("--03-14", (3, 14, None)), ("14.03.1985", (3, 14, 1985)),
    ("14.03", (3, 14, None)), ("3/14/1985", (3, 14, 1985)), ("14/03/1985", (3, 14, 1985)),
    ("19850314", (3, 14, 1985)), ("1985-03-14T00:00:00", (3, 14, 1985)),
    ("29.02", (2, 29, None)), ("14.03.85", (3, 14, 1985)),
])
def test_dates_as_spreadsheets_write_them(text, expected):
    d = parse_import_date(text, "birthday")
    assert (d.month, d.day, d.year) == expected


def test_slashed_dates_follow_their_column_then_the_country(db):
    from services.transfer.importing import month_first

    assert month_first(["03/14/1985", "01/02/1990"], "RU") is True  # 14 cannot be a month
    assert month_first(["14/03/1985", "01/02/1990"], "US") is False
    assert month_first(["01/02/1990"], "US") is True and not month_first(["01/02/1990"], "RU")
    assert parse_import_date("01/02/1990", "birthday", month_first=False).iso() == "1990-02-01"
    # a Russian business's file with only ambiguous dates: day first
    report = load(db, read_text("Фамилия,Дата рождения\nИванова,05/03/1990\n", "d.csv"))
    assert report.created == 1 and people(db)["Иванова"]["birthday"] == "1990-03-05"


@pytest.mark.parametrize("text, message", [
    ("31.02.2020", "'31.02.2020' is not a real date (day 31 does not exist in month 2)"),
    ("yesterday", "'yesterday' is not a date"), ("2020-13-01", "is not a real date"),
])
def test_impossible_dates_are_named(text, message):
    with pytest.raises(ServiceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_import_date(text, "birthday")


BAD = ("Фамилия;Имя;Телефон;E-mail;Дата рождения\n"
       "Иванова;Анна;+7 912 345-67-89;anna@mail.ru;31.12.1980\n"
       "Петров;Сергей;;sergey-at-mail.ru;31.02.2020\n"
       ";;;;\n"
       "Сидоров;Иван;12;;\n"
       ";;;;01.01.1990\n")


def test_only_a_row_that_says_nobody_is_rejected_and_nothing_is_written(db):
    before = counts(db)
    report = load(db, read_text(BAD, "bad.csv"))
    assert not report.imported and report.rejected == 1 and report.created == 3
    assert counts(db) == before
    assert [(e.row, e.message) for e in report.errors] == [
        (6, "nothing says who this is: no name, company, phone or e-mail")]
    by_row = {(w.row, w.field): w.message for w in report.warnings}
    assert by_row == {
        (3, "email"): "column 'E-mail': 'sergey-at-mail.ru' kept as written, not verified: "
                      "An email address must have an @-sign.",
        (3, "birthday"): "column 'Дата рождения': '31.02.2020' is not a real date (day 31 "
                         "does not exist in month 2); kept in the notes",
        (5, "phone"): "column 'Телефон': '12' kept as written, not verified: the wrong number "
                      "of digits for a number in Russia",
    }
    assert report.to_json()["errors"][0] == {"row": 6, "field": "name",
                                             "message": report.errors[0].message}
    assert report.to_json()["warnings"][0]["row"] == 3


def test_the_good_rows_only_when_the_user_says_so(db):
    report = load(db, read_text(BAD, "bad.csv"), skip_bad=True)
    assert report.imported and (report.created, report.rejected) == (3, 1)
    assert sorted(people(db)) == ["Иванова Анна", "Петров Сергей", "Сидоров Иван"]
    sergey = people(db)["Петров Сергей"]
    (email,) = sergey["emails"]
    assert (email["value"], email["verified"]) == ("sergey-at-mail.ru", False)
    assert "@-sign" in email["unverified"]
    assert "31.02.2020" in sergey["notes"]


def test_a_dry_run_reports_and_writes_nothing(db):
    before = counts(db)
    report = load(db, "google.csv", dry_run=True)
    assert (report.created, report.imported, report.dry_run) == (2, False, True)
    assert counts(db) == before


def test_a_failure_half_way_leaves_the_file_as_it_was(db, monkeypatch):
    import services.transfer.customers as import_customers

    load(db, "cp1251.csv")
    before = counts(db), people(db)

    def failing(*_args):
        raise OSError("disk full")

    # google.csv adds John (written first), then adds to Anna, who is already there
    monkeypatch.setattr(import_customers, "update_customer", failing)
    with pytest.raises(OSError):
        load(db, "google.csv")
    assert (counts(db), people(db)) == before


def test_reimport_matches_by_email_phone_or_external_id(db):
    load(db, "cp1251.csv")
    again = load(db, "cp1251.csv")
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    changed = ("Фамилия;Имя;Телефон;E-mail;Город\n"
               "Иванова;Анна;+7 912 345-67-89;anna.new@mail.ru;Казань\n"  # by phone
               "Ёлкина;Дарья;;darya@yandex.ru;\n"  # by e-mail, nothing new
               "Новикова;Ольга;;olga@mail.ru;\n")
    report = load(db, read_text(changed, "changed.csv"))
    assert (report.created, report.updated, report.skipped) == (1, 1, 1)
    anna = people(db)["Иванова Анна"]
    assert [e for e, _ in emails(anna)] == ["anna@mail.ru", "anna.new@mail.ru"]
    assert [a["city"] for a in anna["addresses"]] == ["Москва", "Казань"]
    ext = "Код клиента;Фамилия;Имя;Email\nK-1;Новикова;Ольга;olga@mail.ru\n"
    assert load(db, read_text(ext, "ext.csv")).updated == 1  # the id joins her by e-mail
    report = load(db, read_text("Код клиента;Фамилия;Имя\nK-1;Новикова-Белова;Ольга\n",
                                "ext2.csv"))
    assert (report.created, report.updated) == (0, 1)
    assert "Новикова-Белова Ольга" in people(db) and len(people(db)) == 4


def test_someone_listed_twice_in_one_file_is_one_customer(db):
    text = ("Name,Email,Phone\nAnna Smith,anna@example.com,\n"
            "Anna Smith,ANNA@example.com,+44 20 7946 0018\n")
    report = load(db, read_text(text, "twice.csv"))
    assert (report.created, report.skipped) == (1, 1)
    (anna,) = people(db).values()
    assert len(anna["phones"]) == 1


def test_splitting_names_and_cleaning_cells(db):
    text = ("ФИО;Name;Телефон\n"
            "Иванова  Анна\u00a0Сергеевна;;\u200b+7 912 345-67-89\x07\n"
            ";Mary Ann Jones;\n")
    report = load(db, read_text(text, "names.csv"))
    assert report.created == 2, report.errors
    everyone = people(db)
    assert everyone["Иванова Анна"]["patronymic"] == "Сергеевна"
    assert everyone["Jones Mary"]["patronymic"] == "Ann"  # given name first: the last is family
    assert phones(everyone["Иванова Анна"]) == [("+79123456789", "")]


def test_without_cleaning_control_characters_are_rejected(db):
    report = load(db, read_text("Фамилия;Имя\nИванова\x07;Анна\n", "raw.csv"), clean=False)
    assert [(e.row, e.field) for e in report.errors] == [(2, "family_name")]
    assert "control characters" in report.errors[0].message


@pytest.mark.parametrize("data, message", [
    (b"", "x.csv: the file is empty"),
    (b"  \r\n\r\n", "x.csv: the file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "x.csv: binary data, not a text table"),
    (b"PK\x03\x04garbage", "x.csv: not a readable Excel workbook"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "x.csv: an old Excel 97–2003 workbook"),
    ('Фамилия;Имя;Заметки\nИванова;Анна;"начало заметки\nи обрыв'.encode(),
     r"x.csv, row 2: the file ends inside a quoted cell \(was it cut short\?\)"),
])
def test_malformed_files_get_a_clear_message(data, message):
    with pytest.raises(ServiceError, match=message):
        read_bytes(data, "x.csv")


def test_a_file_cut_short_mid_row_and_stray_cells_are_rejected_rows(db):
    table = read_text("Фамилия;Имя;Телефон\nИванова;Анна;+79123456789\nПетров;Сергей;1;2;3\n"
                      "Сидоров;Ив", "cut.csv")
    assert [n for n, _ in table.problems] == [3, 4]
    before = counts(db)
    report = load(db, table)
    assert report.rejected == 2 and not report.imported and counts(db) == before
    assert "was it cut short?" in str(report.errors[-1])


def test_empty_and_damaged_vcards(db):
    table = read_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Smith\r\n", "x.vcf")
    assert table.rows[0][3] == "Anna Smith" and "cut short" in table.warnings[0][1]
    with pytest.raises(ServiceError, match="x.vcf: no contacts"):
        read_bytes(b"VERSION:3.0\r\n", "x.vcf")
    with pytest.raises(ServiceError, match="x.xlsx: not an Excel workbook"):
        read_bytes(b"hello", "x.xlsx")


def test_mappings_are_remembered_and_read_from_a_file(db, tmp_path):
    table = read_text("Колонка А;Колонка Б\nИванова;+79123456789\n", "odd.csv")
    mapping = ["family_name", "phone"]
    assert import_table(db, table, mapping).created == 1
    with db.sessions() as s:
        assert remembered_mapping(s, table.headers, "customers") == mapping
        assert remembered_mapping(s, table.headers, "purchases") is None
    spec = tmp_path / "map.json"
    spec.write_text(json.dumps({"Колонка А": "family_name", "колонка б": "phone"}))
    assert mapping_from_file(spec, table.headers, "customers") == mapping
    spec.write_text(json.dumps({"Колонка А": "surname"}))
    with pytest.raises(ServiceError, match="'surname' .* is not a field for customers"):
        mapping_from_file(spec, table.headers, "customers")
    spec.write_text(json.dumps({"Колонка В": "family_name"}))
    with pytest.raises(ServiceError, match="the file has no column 'Колонка В'"):
        mapping_from_file(spec, table.headers, "customers")
    spec.write_text("{not json")
    with pytest.raises(ServiceError, match="not a JSON mapping file"):
        mapping_from_file(spec, table.headers, "customers")
    with pytest.raises(ServiceError, match="no column is mapped to a name, a company, a phone"):
        check_mapping([None, "notes"], table.headers, "customers")
    check_mapping([None, "phone"], table.headers, "customers")  # a phone says who it is


@pytest.mark.parametrize("fmt, version", [("csv", None), ("xlsx", None), ("vcf", "3.0"),
                                          ("vcf", "4.0")])
def test_round_trip_export_then_import_gives_the_same_customers(db, tmp_path, fmt, version):
    from services.customers.writing import ContactDraft, create_customer
    from services.ops.store import open_store
    from services.text.dates import PartialDate

    with db.transaction() as s:
        create_customer(s, CustomerDraft(
            family_name="Иванова", given_name="Анна", patronymic="Сергеевна",
            birthday=PartialDate(3, 14, 1985), notes="Любит серебро", tags=["VIP", "Ярмарка"],
            contacts=[ContactDraft("phone", "+79123456789", "mobile"),
                      ContactDraft("email", "anna@mail.ru", "home"),
                      ContactDraft("email", "anna@firma.ru")]))
        create_customer(s, CustomerDraft(
            family_name="Smith", given_name="John", company="Smith & Co",
            birthday=PartialDate(7, 4),
            contacts=[ContactDraft("phone", "+12125550123", "work")]))
    data, _ = export(db, fmt, vcard_version=version or "3.0")
    path = tmp_path / f"out.{fmt}"
    path.write_bytes(data)
    other = open_store(tmp_path / "other.regulars", create=True)
    try:
        report = load(other, read_file(path))
        assert (report.created, report.rejected) == (2, 0), report.errors
        keys = ["family_name", "given_name", "patronymic", "company", "birthday", "tags",
                "notes"]

        def essence(d):
            labels = fmt == "vcf"  # a table has one phone and one e-mail column, unlabelled
            return ({k: d[k] for k in keys}, [(p["value"], labels and p["label"])
                                              for p in d["phones"]],
                    [(e["value"], labels and e["label"]) for e in d["emails"]])

        assert {k: essence(v) for k, v in people(other).items()} == {
            k: essence(v) for k, v in people(db).items()}
        again = load(other, read_file(path))
        assert (again.created, again.updated) == (0, 0)
    finally:
        other.close()


# --- purchases ------------------------------------------------------------------------------


def test_purchases_matched_by_email_phone_card_or_name(db, make_customer):
    anna = make_customer(family_name="Иванова", given_name="Анна", emails=["anna@mail.ru"])
    boris = make_customer(family_name="Петров", given_name="Борис", phones=["+79161234567"])
    make_customer(family_name="Смирнова", given_name="Ольга")
    make_customer(family_name="Смирнова", given_name="Ольга")
    text = ("Дата;Сумма;Email;Телефон;Клиент;Товар\n"
            "14.03.2025;1 250,50;anna@mail.ru;;;Кольцо\n"
            "15.03.2025;3000;;8 916 123-45-67;;Серьги\n"
            "16.03.2025;500;;;Анна Иванова;Цепочка\n"
            "17.03.2025;500;;;Смирнова Ольга;Браслет\n"
            "18.03.2025;-5;nobody@mail.ru;;;\n"
            "19.03;100;anna@mail.ru;;;\n")
    report = load(db, read_text(text, "sales.csv"), "purchases", skip_bad=True)
    assert report.created == 3
    messages = {(e.row, e.field): e.message for e in report.errors}
    assert messages == {
        (5, "customer"): "2 customers are called 'Смирнова Ольга'; give their e-mail, phone "
                         "or card number",
        (6, "customer"): "no customer with e-mail 'nobody@mail.ru'",
        (6, "amount"): "column 'Сумма': -5 is negative",
        (7, "date"): "column 'Дата': '19.03' has no year",
    }
    with db.sessions() as s:
        got = sorted((p.customer_id, p.date, p.amount, p.description)
                     for p in s.execute(select(Purchase)).scalars())
        assert got == [(anna, dt.date(2025, 3, 14), Decimal("1250.50"), "Кольцо"),
                       (anna, dt.date(2025, 3, 16), Decimal("500"), "Цепочка"),
                       (boris, dt.date(2025, 3, 15), Decimal("3000"), "Серьги")]
        assert get_customer(s, anna).purchase_count == 2
    again = load(db, read_text(text, "sales.csv"), "purchases", skip_bad=True)
    assert (again.created, again.skipped) == (0, 3)


def test_purchases_need_a_date_an_amount_and_a_customer(db):
    with pytest.raises(ServiceError, match="no column is mapped to: amount"):
        check_mapping(["date", "customer_email"], ["a", "b"], "purchases")
    with pytest.raises(ServiceError, match="no column says whose purchase it is"):
        check_mapping(["date", "amount"], ["a", "b"], "purchases")


def test_existing_purchases_are_not_imported_twice(db, make_customer):
    anna = make_customer(family_name="Иванова", emails=["anna@mail.ru"])
    with db.transaction() as s:
        add_purchase(s, anna, "100", date=dt.date(2025, 1, 2), description="Кольцо")
    report = load(db, read_text("date,amount,email,item\n2025-01-02,100.00,anna@mail.ru,"
                                "кольцо\n", "x.csv"), "purchases")
    assert (report.created, report.skipped) == (0, 1)


def test_xlsx_reader_refuses_a_missing_sheet():
    from services.transfer.readers import read_xlsx

    book = Workbook()
    book.active.append(["Фамилия"])
    buf = io.BytesIO()
    book.save(buf)
    with pytest.raises(ServiceError, match="no sheet 'Клиенты'"):
        read_xlsx(buf.getvalue(), "x.xlsx", sheet="Клиенты")


def _workbook_with(sheet_xml) -> bytes:
    """A real workbook whose first sheet's XML is changed as another program might write it."""
    import zipfile

    book = Workbook()
    book.active.append(["Фамилия", "Имя", "Телефон"])
    for i in range(100):
        book.active.append([f"Фамилия{i}", f"Имя{i}", f"+7916000{i:04d}"])
    plain, out = io.BytesIO(), io.BytesIO()
    book.save(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml(data)
            zout.writestr(item, data)
    return out.getvalue()


def test_xlsx_with_a_lying_dimension_is_read_in_full():
    import re

    from services.transfer.readers import read_xlsx

    data = _workbook_with(lambda xml: re.sub(rb'<dimension ref="[^"]+" ?/>',
                                             b'<dimension ref="A1:B11"/>', xml))
    table = read_xlsx(data, "x.xlsx")
    assert len(table.rows) == 100 and table.headers == ["Фамилия", "Имя", "Телефон"]
    assert table.rows[-1] == ["Фамилия99", "Имя99", "+79160000099"]


@pytest.mark.parametrize("doctype", [
    b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    b'<!DOCTYPE worksheet [<!ENTITY b SYSTEM "file:///etc/passwd">]>'])
def test_xlsx_with_xml_entities_is_refused_with_the_reason(doctype):
    from services.transfer.readers import read_xlsx

    data = _workbook_with(lambda xml: doctype + xml.replace(b"\xd0\xa4\xd0\xb0\xd0\xbc"
                                                            b"\xd0\xb8\xd0\xbb\xd0\xb8"
                                                            b"\xd1\x8f5<", b"&b;<", 1))
    with pytest.raises(ServiceError, match="x.xlsx: the workbook declares XML entities"):
        read_xlsx(data, "x.xlsx")


def test_xlsx_cut_short_or_with_broken_xml_is_a_clear_error():
    from services.transfer.readers import read_xlsx

    with pytest.raises(ServiceError, match="x.xlsx: the workbook is damaged"):
        read_xlsx(_workbook_with(lambda xml: xml[:len(xml) // 2]), "x.xlsx")


# --- fuzzing: whatever the bytes, a table or a clear ServiceError -----------------------------


CSV_ALPHABET = st.sampled_from(list("аяАЯabzAZ019 ,;\t|\"'\n\r=+-@.:/") + ["\x00", "\ufeff",
                                                                          "\u00a0", "ё"])
VCARD_LINES = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "VERSION:4.0", "N:A;B;;;",
    "FN:B A", "TEL;CELL:+79123456789", "TEL;TYPE=cell:8 912", "EMAIL:a@b.c", "EMAIL:@@",
    "BDAY:1980-02-30", "BDAY:--0229", "BDAY:garbage", "NOTE;ENCODING=QUOTED-PRINTABLE:=D0=",
    "ADR:;;street;city;;;", "ORG:X", "N;CHARSET=koi8-r;ENCODING=QUOTED-PRINTABLE:=FF=",
    "item1.EMAIL;type=HOME:x@y.z", "CATEGORIES:a,b", " continued", "X-FOO:bar", ":", ";;;"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_any_bytes(data):
    for name in ("x.csv", "x.vcf", "x.xlsx", "x.txt"):
        try:
            table = read_bytes(data, name)
        except ServiceError:
            continue
        assert all(len(r) == len(table.headers) for r in table.rows)


@settings(max_examples=300, deadline=None)
@given(st.text(CSV_ALPHABET, max_size=400))
def test_fuzz_csv_text(text):
    try:
        table = read_bytes(text.encode("utf-8"), "x.csv")
    except ServiceError:
        return
    assert len(table.rows) == len(table.numbers)
    assert all(len(r) == len(table.headers) for r in table.rows)
    guess_mapping(table.headers)


@settings(max_examples=300, deadline=None)
@given(st.lists(VCARD_LINES, max_size=30))
def test_fuzz_vcards(lines):
    try:
        table = read_bytes("\r\n".join(lines).encode("utf-8"), "x.vcf")
    except ServiceError:
        return
    assert all(len(r) == len(table.headers) for r in table.rows)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(list("0123456789./-T: ")), max_size=20))
def test_fuzz_dates(text):
    try:
        parse_import_date(text, "birthday")
    except ServiceError:
        pass


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.lists(st.text(CSV_ALPHABET, max_size=20), min_size=4, max_size=4),
                max_size=6))
def test_fuzz_import_rows_never_half_write(db, rows):
    """Whatever the cells, the import reports rows; the file changes only when all is well."""
    before = counts(db)
    table = read_text("Фамилия;Телефон;Email;Дата рождения\n", "f.csv")
    table.rows = [list(r) for r in rows]
    table.numbers = list(range(2, 2 + len(rows)))
    report = load(db, table)
    if report.rejected:
        assert counts(db) == before and not report.imported
    assert report.created + report.updated + report.skipped + report.rejected <= len(rows)


def test_a_large_file_is_checked_by_worker_processes_with_the_same_result(db, monkeypatch,
                                                                           tmp_path):
    import services.transfer.importing as importing
    from services.ops.store import open_store

    lines = ["Фамилия;Имя;Телефон;Email"]
    for i in range(40):
        lines.append(f"Иванова{i};Анна;+7 912 000-00-{i:02d};anna{i}@mail.ru")
    lines.append("Петров" * 40 + ";Сергей;12;bad-at-mail")  # rejected, row 42: too long
    lines.append("Иванова0;Анна;;anna0@mail.ru")  # the first one again
    table = read_text("\n".join(lines) + "\n", "big.csv")
    serial = load(db, table, skip_bad=True)
    monkeypatch.setattr(importing, "PARALLEL_FROM", 10)
    monkeypatch.setattr(importing, "BATCH", 7)
    monkeypatch.setattr(importing.os, "cpu_count", lambda: 3)
    other = open_store(tmp_path / "other.regulars", create=True)
    try:
        parallel = load(other, table, skip_bad=True)
        assert parallel.to_json() == serial.to_json()
        assert (parallel.created, parallel.skipped, parallel.rejected) == (40, 1, 1)
        assert people(other).keys() == people(db).keys()
        assert run_checks(other) == []
    finally:
        other.close()


def test_a_shared_phone_is_not_the_same_customer(db, make_customer):
    text = ("Фамилия;Имя;Телефон\n"
            "Иванова;Анна;+7 495 123-45-67\n"
            "Петров;Сергей;+7 495 123-45-67\n"  # the family's landline
            "Ivanova;Anna;+7 495 123-45-67\n"  # Anna again, in Latin letters
            "Иванова;Мария;+7 495 123-45-67\n"  # her daughter
            ";Анна;+7 495 123-45-67\n")  # no family name: nothing says she is not Anna
    report = load(db, read_text(text, "family.csv"))
    assert (report.created, report.skipped, report.updated) == (3, 2, 0)
    assert set(people(db)) == {"Иванова Анна", "Петров Сергей", "Иванова Мария"}
    sales = "date;amount;phone\n2025-01-02;100;+7 495 123-45-67\n"
    report = load(db, read_text(sales, "sales.csv"), "purchases")
    assert [e.message for e in report.errors] == [
        "3 customers have the phone '+7 495 123-45-67'; give their card number or full name "
        "too"]


def test_a_workbooks_other_sheet(db, tmp_path):
    book = Workbook()
    book.active.title = "Сводка"
    book.active.append(["Итого", 2])
    clients = book.create_sheet("Клиенты")
    clients.append(["Фамилия", "Имя"])
    clients.append(["Иванова", "Анна"])
    book.create_sheet("Пусто")
    path = tmp_path / "book.xlsx"
    book.save(path)
    first = read_file(path)
    assert (first.sheet, first.sheets) == ("Сводка", ["Сводка", "Клиенты", "Пусто"])
    table = read_file(path, sheet="Клиенты")
    assert load(db, table).created == 1 and "Иванова Анна" in people(db)
    with pytest.raises(ServiceError, match="the sheet 'Пусто' is empty \\(sheets: Сводка, "):
        read_file(path, sheet="Пусто")


def test_preview_reads_rows_as_the_import_will(db):
    from services.transfer.importing import preview

    table = read_text("ФИО;Дата рождения;Телефон\nИванова Анна Сергеевна;05/03/1990;"
                      "8 912 345-67-89\nПетров;31.02.2020;\n", "p.csv")
    assert preview(table, guess_mapping(table.headers), "RU") == [
        "Иванова Анна Сергеевна · 05.03.1990 · +79123456789",
        "Петров · ⚠ column 'Дата рождения': '31.02.2020' is not a real date (day 31 does not "
        "exist in month 2); kept in the notes"]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc (Linux)")
@pytest.mark.skipif((__import__("os").cpu_count() or 1) < 2, reason="one core: no workers")
def test_a_killed_import_leaves_no_worker_behind(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    def children(pid: int) -> set[int]:
        out = set()
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                out |= {int(c) for c in (task / "children").read_text().split()}
            except OSError:
                pass
        return out

    root = Path(__file__).resolve().parents[3]
    db = tmp_path / "c.regulars"
    csv = tmp_path / "big.csv"
    csv.write_text("family_name,given_name,phone\n" + "".join(
        f"Фамилия{i},Имя{i},+7916{i:07d}\n" for i in range(40_000)), encoding="utf-8")
    env = {**os.environ, "REGULARS_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(root / "main.py"), "create", "--db", str(db)],
                   check=True, env=env, capture_output=True)
    proc = subprocess.Popen([sys.executable, str(root / "main.py"), "import", str(csv),
                             "--db", str(db)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline, workers = time.monotonic() + 60, set()
    while time.monotonic() < deadline and proc.poll() is None:
        workers = {c for c in children(proc.pid) if "spawn_main" in
                   Path(f"/proc/{c}/cmdline").read_text(errors="replace")}
        if workers:
            break
        time.sleep(0.05)
    assert workers, "the import started no worker process"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
        time.sleep(0.1)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()
             and "Z" not in Path(f"/proc/{w}/stat").read_text().split()[2]]
    assert alive == []


def test_a_later_row_adds_to_a_customer_this_import_already_wrote(db, monkeypatch):
    """Rows of one customer far apart in a big file: the first is written long before the
    second is read, and what the second adds is kept all the same."""
    from services.transfer import customers as import_customers
    from services.transfer.undo import undo_import

    monkeypatch.setattr(import_customers, "FLUSH_EVERY", 1)
    report = load(db, read_text("Фамилия,Имя,Телефон,Email\nПетрова,Анна,+79161234567,\n"
                                "Иванов,Иван,+79160000001,\n"
                                "Петрова,Анна,+79161234567,anna@example.com\n", "x.csv"))
    assert (report.created, report.updated, report.errors) == (2, 0, [])
    anna = people(db)["Петрова Анна"]
    assert [v for v, _label in phones(anna)] == ["+79161234567"]
    assert [v for v, _label in emails(anna)] == ["anna@example.com"]
    result = undo_import(db, report.import_id)
    assert len(result.removed) == 2 and result.refused == [] and people(db) == {}
