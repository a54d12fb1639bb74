"""The customer file on disk: another program's database, permissions, a restore cut short."""

import os
import sqlite3
import stat

import pytest

from models import customer_file
from models.database import MissingFileError, NotACustomerFileError, SetAsideError, open_database


def test_another_programs_database_is_left_as_it_was(tmp_path):
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE album (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    for create in (False, True):
        with pytest.raises(NotACustomerFileError, match="another program"):
            open_database(other, create=create)
    assert other.read_bytes() == before
    assert customer_file.tables(other) == {"album"}


def test_an_empty_file_becomes_a_customer_file_only_when_asked(tmp_path):
    empty = tmp_path / "empty.regulars"
    empty.touch()
    with pytest.raises(NotACustomerFileError, match="empty file"):
        open_database(empty, create=False)
    open_database(empty, create=True).close()
    open_database(empty, create=False).close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_file_readable_by_others_is_made_private(db_path):
    open_database(db_path).close()
    os.chmod(db_path, 0o644)
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    lock = db_path.with_name(db_path.name + ".lock")
    assert stat.S_IMODE(lock.stat().st_mode) & 0o077 == 0


def test_a_missing_file_with_one_kept_aside_is_not_replaced_by_an_empty_one(db_path):
    open_database(db_path).close()
    aside = db_path.with_name(db_path.name + ".replaced-20261201-101010")
    os.replace(db_path, aside)
    for create in (True, False):
        with pytest.raises(SetAsideError) as caught:
            open_database(db_path, create=create)
        assert caught.value.kept == [aside]
        assert str(aside) in str(caught.value) and "regulars restore" in str(caught.value)
    assert not db_path.exists()
    assert isinstance(caught.value, MissingFileError)


def test_sqlite_problem_finds_a_copy_cut_short(db_path, tmp_path):
    db = open_database(db_path)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler VALUES (zeroblob(200000))")
    db.close()
    whole = db_path.read_bytes()
    cut = tmp_path / "cut.regulars"
    cut.write_bytes(whole[: len(whole) // 2])
    assert customer_file.sqlite_problem(db_path) is None
    assert "cut short" in customer_file.sqlite_problem(cut, thorough=False)
    (tmp_path / "text.regulars").write_text("hello")
    assert customer_file.sqlite_problem(tmp_path / "text.regulars") == "not an SQLite database"
