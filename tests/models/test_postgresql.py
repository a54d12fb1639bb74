"""The same models and services on a real PostgreSQL server (pgserver runs one in a temp folder)."""

import datetime as dt
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import DataError

from models import Base

pytest.importorskip("pgserver")


def test_migrations_match_models_on_postgresql(pg_store):
    with pg_store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_customers_search_purchases_and_check_on_postgresql(pg_store):
    from services.customers.writing import ContactDraft, CustomerDraft, create_customer
    from services.directory.rows import customer_rows
    from services.directory.search import search_ids
    from services.maintenance.check import run_checks
    from services.sales.purchases import add_purchase

    with pg_store.transaction() as s:
        anna = create_customer(s, CustomerDraft(
            family_name="Ёлкина-Петрова", given_name="Анна",
            contacts=[ContactDraft("phone", "8 912 345 67 89"),
                      ContactDraft("email", "anna@example.com")], tags=["VIP"])).id
        other = create_customer(s, CustomerDraft(family_name="Елкин", given_name="Пётр")).id
        add_purchase(s, anna, "0.10", date=dt.date(2026, 1, 1))
        add_purchase(s, anna, "0.20", date=dt.date(2026, 2, 1))
    with pg_store.sessions() as s:
        def found(q):
            return [h.customer_id for h in search_ids(s, q, region="RU")]

        assert found("елкина") == [anna]
        assert found("elkina-petrova") == [anna]
        assert found("петрова анна") == [anna]
        assert found("елкин") == [other, anna]
        assert found("+7 (912) 345-67-89") == [anna]
        assert found("6789") == [anna]
        assert found("лкин") == [other, anna]  # infix fallback
        (row,) = customer_rows(s, [anna])
        assert row.total == Decimal("0.30") and row.purchases == 2
    with pytest.raises(DataError), pg_store.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Half"))
        s.execute(text("SELECT 1/0"))
    with pg_store.sessions() as s:
        assert [h.customer_id for h in search_ids(s, "half", region="RU")] == []
    assert run_checks(pg_store) == []


def test_import_and_agenda_on_postgresql(pg_store):
    """The import's plain INSERTs (RETURNING ids in order) and the agenda's queries."""
    from pathlib import Path

    from services.agenda.reminders import agenda
    from services.directory.search import search_ids
    from services.maintenance.check import run_checks
    from services.transfer.importing import guess_mapping, import_table
    from services.transfer.readers import read_file

    data = Path(__file__).resolve().parents[1] / "data" / "import"
    for name in ("google.csv", "ios.vcf", "cp1251.csv"):
        table = read_file(data / name)
        report = import_table(pg_store, table, guess_mapping(table.headers))
        assert report.imported and report.rejected == 0, report.errors
    table = read_file(data / "cp1251.csv")  # the last one again: nothing new
    again = import_table(pg_store, table, guess_mapping(table.headers))
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    assert run_checks(pg_store) == []
    with pg_store.sessions() as s:
        assert len(search_ids(s, "Petrova", region="RU")) == 1
        items = agenda(s, today=dt.date(2026, 8, 15), days=14)
    assert any(i.kind == "birthday" and "Петрова" in i.customer for i in items)


def test_after_the_demo_new_rows_get_new_ids_on_postgresql(pg_store, pg_server_url, capsys):
    import json

    from main import run_cli

    assert run_cli(["demo", "--customers", "5", "--db", pg_server_url]) == 0
    capsys.readouterr()
    assert run_cli(["customer", "add", "--name", "Новикова Анна", "--tag", "новый",
                    "--json", "--db", pg_server_url]) == 0
    new = json.loads(capsys.readouterr().out)["id"]
    assert new == 6
    url = pg_server_url
    assert run_cli(["purchase", "add", str(new), "--amount", "100", "--db", url]) == 0
    assert run_cli(["segment", "save", "after demo", "--spent-min", "1", "--db", url]) == 0


def test_too_long_text_is_refused_alike_on_both_engines(pg_store, pg_server_url, tmp_path,
                                                        capsys):
    from main import run_cli

    sqlite = tmp_path / "c.regulars"
    assert run_cli(["create", "--db", str(sqlite)]) == 0
    for db in (pg_server_url, str(sqlite)):
        assert run_cli(["customer", "add", "--name", "Петрова", "--db", db]) == 0
        capsys.readouterr()
        assert run_cli(["purchase", "add", "1", "--amount", "10", "--category", "к" * 101,
                        "--db", db]) == 2
        err = capsys.readouterr().err
        assert "category" in err and "100" in err, err
