import datetime as dt
import os
import stat

import pytest

from models.database import open_database
from services.core.errors import ServiceError, ValidationError
from services.customers.writing import CustomerDraft, create_customer
from services.directory.search import search_ids
from services.maintenance import backup as B
from services.ops.store import open_store

# backups here are of customer files; a PostgreSQL database's come with the shared office
pytestmark = pytest.mark.skipif(os.environ.get("REGULARS_TEST_DATABASE") == "postgresql",
                                reason="about customer files")


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
    from services.core import settings

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

    from services.maintenance.backup import backup_now, list_backups

    moment = dt.datetime(2026, 12, 2, 4, 39, 29)
    first = backup_now(db, now=moment)
    second = backup_now(db, now=moment)
    assert first != second and second.name.endswith("-043929-2.regulars")
    assert list_backups(db)[:2] == [second, first]


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs, no cleanup."""


def _names(path):
    db = open_store(path)
    try:
        with db.sessions() as s:
            from models import Customer

            return sorted(c.family_name for c in s.query(Customer))
    finally:
        db.close()


def _file_with_backup(db_path):
    db = open_store(db_path)
    with db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Old"))
    good = B.backup_now(db)
    with db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Newer"))
    db.close()
    return good


@pytest.mark.parametrize("step", ["copy", "check", 1, 2])
def test_a_restore_killed_at_any_step_is_finished_or_undone_on_next_open(
        db_path, monkeypatch, step):
    good = _file_with_backup(db_path)
    real_replace, calls = os.replace, []

    def replace(src, dst):
        calls.append((src, dst))
        if len(calls) == step:
            raise Killed
        real_replace(src, dst)

    def half_copy(src, dst, length=0):
        dst.write(src.read(4096))
        raise Killed

    if step == "copy":
        monkeypatch.setattr(B.shutil, "copyfileobj", half_copy)
    elif step == "check":
        monkeypatch.setattr(B, "is_good", lambda p: (_ for _ in ()).throw(Killed)
                            if p.name.endswith(".restoring") else None)
    else:
        monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(Killed):
        B.restore(db_path, good)
    monkeypatch.undo()
    names = _names(db_path)  # the next open settles it: never an empty file
    # killed before the old file moved: undone; after it moved: the checked copy goes in
    assert names == (["Old"] if step == 2 else ["Newer", "Old"])
    assert not db_path.with_name(db_path.name + ".restoring").exists()
    if names == ["Old"]:  # restored: the file it replaced is kept whole
        (aside,) = db_path.parent.glob("customers.regulars.replaced-*[0-9]")
        assert _names(aside) == ["Newer", "Old"]


def _sql(path, statement):
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute(statement)
    conn.commit()
    conn.close()


def test_restore_refuses_what_is_not_a_customer_file(db_path, tmp_path):
    good = _file_with_backup(db_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(ValidationError, match="is a folder"):
        B.restore(folder, good)
    with pytest.raises(ValidationError, match="the customer file itself"):
        B.restore(db_path, db_path)
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE album (id INTEGER)")
    with pytest.raises(ValidationError, match="another program's database"):
        B.restore(other, good)
    with pytest.raises(ValidationError, match="not a Regulars customer file"):
        B.restore(tmp_path / "new.regulars", other)
    newer = tmp_path / "newer.regulars"
    newer.write_bytes(db_path.read_bytes())
    _sql(newer, "UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(ValidationError, match="newer version"):
        B.restore(newer, good)
    with pytest.raises(ValidationError, match="newer version"):
        B.restore(tmp_path / "new2.regulars", newer)
    assert folder.is_dir() and _names(db_path) == ["Newer", "Old"]
    assert sorted(p.name for p in tmp_path.iterdir() if "replaced" in p.name) == []


def test_cli_restore_onto_itself_or_a_folder_exits_2_and_keeps_the_file(db_path, tmp_path,
                                                                       capsys):
    from main import run_cli

    _file_with_backup(db_path)
    assert run_cli(["restore", str(db_path), "--db", str(db_path)]) == 2
    assert "the customer file itself" in capsys.readouterr().err
    assert run_cli(["restore", str(db_path), "--db", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert _names(db_path) == ["Newer", "Old"] and tmp_path.is_dir()


def test_a_file_kept_aside_by_an_older_restore_is_named_and_put_back(db_path, capsys):
    from main import run_cli

    _file_with_backup(db_path)
    aside = db_path.with_name(db_path.name + ".replaced-20261201-101010")
    os.replace(db_path, aside)  # what an older version's killed restore left
    db_path.with_name(db_path.name + ".restoring").write_bytes(b"SQLite format 3\x00" + b"\0" * 50)
    assert run_cli(["check", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert str(aside) in out and "regulars restore" in out
    assert run_cli(["check", "--json", "--db", str(db_path)]) == 1
    import json

    assert json.loads(capsys.readouterr().out)["kept_aside"] == [str(aside)]
    assert run_cli(["customer", "add", "--name", "A B", "--db", str(db_path)]) == 2
    assert not db_path.exists()
    B.put_back(db_path, aside)
    assert _names(db_path) == ["Newer", "Old"] and not aside.exists()


def test_a_backup_cut_short_is_not_taken_for_todays(db, db_path, make_customer):
    make_customer(family_name="Петрова")
    day = dt.datetime(2026, 3, 1, 9, 0, 0)
    real = B.backup_now(db, now=day - dt.timedelta(days=2))
    # what a killed backup of an older version left: half a file under a backup's name
    cut = real.with_name("customers-20260301-080000.regulars")
    cut.write_bytes(real.read_bytes()[:4096 * 2])
    assert B.auto_backup(db, now=day) is not None  # the cut one does not count as today's
    assert cut.exists()  # kept for `check` to report, not deleted
    assert B.newest_good(db_path) != cut
    assert [p for p, _ in B.bad_backups(db_path)] == [cut]


def test_a_backup_killed_midway_leaves_no_file_under_a_backups_name(db, monkeypatch):
    import sqlite3

    real_connect = sqlite3.connect

    def connect(path, *a, **k):
        conn = real_connect(path, *a, **k)
        if str(path).endswith(".part"):
            raise sqlite3.OperationalError("disk I/O error")
        return conn

    monkeypatch.setattr(B.sqlite3, "connect", connect)
    with pytest.raises(ServiceError, match="the backup failed"):
        B.backup_now(db)
    monkeypatch.undo()
    assert B.list_backups(db) == []
    assert list(B.backup_dir(db).iterdir()) == []
    killed = B.backup_dir(db) / ".customers-20260101-000000.regulars.part"
    killed.write_bytes(b"SQLite format 3\x00")  # kill -9 runs no cleanup
    assert B.backup_now(db) and not killed.exists()


def test_cli_import_makes_a_backup_first(db_path, tmp_path, capsys):
    from main import run_cli

    open_store(db_path).close()
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Phone\nАнна Петрова,+79123456789\n", encoding="utf-8")
    assert run_cli(["import", str(csv), "--db", str(db_path)]) == 0
    (made,) = (db_path.parent / "backups").glob("customers-*.regulars")
    assert B.is_good(made) is None and _names(made) == []
