"""Backups of a customer file with SQLite's online backup API (a consistent copy even while
the file is open and being written), rotated; restore keeps the replaced file aside."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

from models.database import SQLITE_MAGIC, Database
from services import settings
from services.errors import ServiceError, field_error

settings.DEFAULTS.update({"backup_keep": 7})
STAMP = "%Y%m%d-%H%M%S"
# customers-20261202-043929.regulars, and -2, -3… for more made in the same second
_NAMED = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?$")


def backup_dir(db: Database) -> Path:
    if db.path is None:
        raise ServiceError("backups are for customer files; back up a PostgreSQL server with "
                           "its own tools (pg_dump)")
    folder = db.path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def list_backups(db: Database) -> list[Path]:
    """Newest first."""
    folder = backup_dir(db)
    return sorted(folder.glob(f"{db.path.stem}-*.regulars"), key=_order, reverse=True)


def backup_now(db: Database, target: str | os.PathLike | None = None,
               now: dt.datetime | None = None) -> Path:
    if db.path is None:
        backup_dir(db)  # says why not
    if target:
        path = Path(target)
    else:  # a second backup in the same second (an undo, then an import) gets the next number
        name = f"{db.path.stem}-{(now or dt.datetime.now()).strftime(STAMP)}"
        path = backup_dir(db) / f"{name}.regulars"
        n = 1
        while path.exists():
            n += 1
            path = path.with_name(f"{name}-{n}.regulars")
    if path.exists():
        raise field_error("output", f"{path} already exists")
    if not path.parent.is_dir():
        raise field_error("output", f"{path.parent}: no such folder")
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    raw = db.engine.raw_connection()
    try:
        target_conn = sqlite3.connect(path)
        try:
            raw.driver_connection.backup(target_conn)
        finally:
            target_conn.close()
    except sqlite3.Error as exc:
        path.unlink(missing_ok=True)
        raise ServiceError(f"the backup failed: {exc}") from exc
    finally:
        raw.close()
    return path


def auto_backup(db: Database, now: dt.datetime | None = None) -> Path | None:
    """On open: a backup when the newest is over a day old; keep the last N (a setting)."""
    if db.path is None:
        return None
    now = now or dt.datetime.now()
    existing = list_backups(db)
    made = None
    if not existing or now - _taken(existing[0]) >= dt.timedelta(days=1):
        made = backup_now(db, now=now)
        existing = list_backups(db)
    with db.sessions() as session:
        keep = max(1, int(settings.get(session, "backup_keep")))
    for old in existing[keep:]:
        old.unlink(missing_ok=True)
    return made


def _taken(path: Path) -> dt.datetime:
    m = _NAMED.search(path.stem)
    try:
        return dt.datetime.strptime(m.group(1), STAMP) if m else \
            dt.datetime.fromtimestamp(path.stat().st_mtime)
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def _order(path: Path) -> tuple[dt.datetime, int]:
    m = _NAMED.search(path.stem)
    return _taken(path), int(m.group(2) or 1) if m else 1


def is_good(path: Path) -> str | None:
    """None when the file is a sound SQLite database, else what is wrong with it."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return "not an SQLite database"
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    return None if result == "ok" else result


def newest_good(db_path: Path) -> Path | None:
    folder = db_path.parent / "backups"
    for candidate in sorted(folder.glob(f"{db_path.stem}-*.regulars"), reverse=True):
        if is_good(candidate) is None:
            return candidate
    return None


def restore(db_path: str | os.PathLike, backup: str | os.PathLike,
            now: dt.datetime | None = None) -> Path | None:
    """Put a backup in place of the customer file, which is kept aside (never deleted).
    The file must not be open: the caller holds its lock. Returns where the old one went."""
    db_path, backup = Path(db_path), Path(backup)
    if not backup.is_file():
        raise field_error("backup", f"{backup}: no such file")
    problem = is_good(backup)
    if problem:
        raise field_error("backup", f"{backup} is not a good backup: {problem}")
    aside = None
    if db_path.exists():
        stamp = (now or dt.datetime.now()).strftime(STAMP)
        aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = db_path.with_name(db_path.name + suffix)
            if extra.exists():
                os.replace(extra, aside.with_name(aside.name + suffix))
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    os.chmod(tmp, 0o600)
    os.replace(tmp, db_path)
    return aside
