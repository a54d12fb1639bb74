import os
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from models import Base, Customer
from models.database import (
    DatabaseError,
    FileInUseError,
    MissingFileError,
    NewerFileError,
    NotACustomerFileError,
    open_database,
)


def test_new_file_is_private_and_configured(db, db_path):
    if os.name == "posix":
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_models_match_migrations(db):
    """A model change without a migration would silently not reach users' files."""
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []


def test_second_copy_is_told_the_file_is_in_use(db, db_path):
    with pytest.raises(FileInUseError, match="in use by another copy of Regulars"):
        open_database(db_path)


def test_file_can_be_reopened_after_close(db_path):
    open_database(db_path).close()
    open_database(db_path).close()


def test_not_a_database(tmp_path):
    bogus = tmp_path / "notes.regulars"
    bogus.write_text("Dear diary, " * 100)
    with pytest.raises(NotACustomerFileError, match="not a Regulars customer file"):
        open_database(bogus)
    assert bogus.read_text().startswith("Dear diary")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(MissingFileError, match="no such customer file"):
        open_database(tmp_path / "absent.regulars", create=False)
    with pytest.raises(MissingFileError, match="no such folder"):
        open_database(tmp_path / "no" / "where.regulars")
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_file_from_a_newer_version_is_refused(db_path):
    database = open_database(db_path)
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(NewerFileError, match="newer version"):
        open_database(db_path)


def test_failed_transaction_leaves_the_file_as_it_was(db, make_customer):
    make_customer(family_name="Keep")
    with pytest.raises(RuntimeError):
        with db.transaction() as s:
            s.add(Customer(family_name="Half"))
            s.flush()
            raise RuntimeError("power cut")
    with db.sessions() as s:
        names = s.execute(select(Customer.family_name)).scalars().all()
    assert names == ["Keep"]


def test_damaged_file_is_reported(db_path):
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    db_path.write_bytes(bytes(data))
    with pytest.raises(NotACustomerFileError, match="damaged"):
        open_database(db_path)


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with db.transaction() as s:
            s.execute(text("INSERT INTO contact_point (customer_id, kind, value, label, "
                           "is_primary, position) VALUES (999, 'phone', '+1', '', 0, 0)"))
    with db.sessions() as s:
        assert s.execute(select(func.count()).select_from(text("contact_point"))).scalar() == 0


def test_customer_tables_are_derived_in_foreign_key_order():
    from models import customer_tables

    names = [t.name for t in customer_tables()]
    assert {"contact_point", "address", "purchase", "coupon", "points_entry", "card",
            "customer_tag", "mailing_recipient", "task"} <= set(names)
    assert "search_term" not in names and "relationship" not in names
    assert names.index("purchase") < names.index("coupon")  # coupons point at purchases
    assert names.index("purchase") < names.index("points_entry")
