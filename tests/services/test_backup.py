import datetime as dt
import os
import stat

import pytest

from models.database import open_database
from services import backup as B
from services.customers import CustomerDraft, create_customer
from services.errors import ServiceError, ValidationError
from services.search import search_ids
from services.store import open_store


def test_backup_is_a_consistent_private_copy(db, db_path, make_customer):
    make_customer(family_name="Петрова")
    path = B.backup_now(db, now=dt.datetime(2026, 1, 2, 3, 4, 5))
    assert path.name == "customers-20260102-030405.regulars"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert B.is_good(path) is None
    copy = open_store(path, lock=False)
    with copy.sessions() as s:
        assert len(search_ids(s, "петрова")) == 1
    copy.close()
    with pytest.raises(ValidationError, match="already exists"):
        B.backup_now(db, path)


def test_auto_backup_daily_and_rotation(db):
    from services import settings

    with db.transaction() as s:
        settings.put(s, "backup_keep", 3)
    day = dt.datetime(2026, 3, 1, 9, 0, 0)
    assert B.auto_backup(db, now=day) is not None
    assert B.auto_backup(db, now=day + dt.timedelta(hours=5)) is None  # not a day yet
    for i in range(1, 6):
        B.auto_backup(db, now=day + dt.timedelta(days=i))
    names = [p.name for p in B.list_backups(db)]
    assert names == ["customers-20260306-090000.regulars", "customers-20260305-090000.regulars",
                     "customers-20260304-090000.regulars"]


def test_restore_keeps_the_replaced_file_aside(db_path, tmp_path):
    db = open_store(db_path)
    with db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Before"))
    good = B.backup_now(db)
    with db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="After"))
    db.close()
    aside = B.restore(db_path, good, now=dt.datetime(2026, 5, 5, 5, 5, 5))
    assert aside.name == "customers.regulars.replaced-20260505-050505"
    assert aside.exists()
    db = open_store(db_path)
    with db.sessions() as s:
        assert [h.customer_id for h in search_ids(s, "before")] == [1]
        assert search_ids(s, "after") == []
    db.close()
    junk = tmp_path / "junk.regulars"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ValidationError, match="not a good backup"):
        B.restore(db_path, junk)


def test_damaged_file_check_offers_the_newest_good_backup(db_path, capsys):
    from main import run_cli

    db = open_store(db_path)
    B.backup_now(db, now=dt.datetime(2026, 1, 1))
    newest = B.backup_now(db, now=dt.datetime(2026, 2, 1))
    db.close()
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    assert run_cli(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "damaged" in out and str(newest) in out
    assert run_cli(["restore", str(newest), "--db", str(db_path)]) == 0
    assert "kept as" in capsys.readouterr().out
    assert run_cli(["check", "--db", str(db_path)]) == 0
    assert len(list(db_path.parent.glob("customers.regulars.replaced-*"))) == 1


def test_restore_refuses_an_open_file(db, db_path, capsys):
    from main import run_cli

    good = B.backup_now(db)
    assert run_cli(["restore", str(good), "--db", str(db_path)]) == 2
    assert "in use" in capsys.readouterr().err


def test_no_backups_for_a_server():
    class Fake:
        path = None

    with pytest.raises(ServiceError, match="pg_dump"):
        B.backup_dir(Fake())


def test_backup_command(db_path, capsys, tmp_path):
    from main import run_cli

    open_database(db_path).close()
    target = tmp_path / "copy.regulars"
    assert run_cli(["backup", "-o", str(target), "--db", str(db_path)]) == 0
    assert B.is_good(target) is None


def test_two_backups_in_the_same_second_both_kept_newest_first(db):
    import datetime as dt

    from services.backup import backup_now, list_backups

    moment = dt.datetime(2026, 12, 2, 4, 39, 29)
    first = backup_now(db, now=moment)
    second = backup_now(db, now=moment)
    assert first != second and second.name.endswith("-043929-2.regulars")
    assert list_backups(db)[:2] == [second, first]
