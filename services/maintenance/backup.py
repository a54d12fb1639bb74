"""Backups of a customer file with SQLite's online backup API (a consistent copy even while
the file is open and being written), rotated; restore keeps the replaced file aside."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from pathlib import Path

from models import customer_file
from models.database import SQLITE_MAGIC, Database
from services.core import settings
from services.core.errors import ServiceError, field_error

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
    """A copy written under a temporary name, checked, then renamed: a backup cut short (the
    machine switched off, the program killed) never sits under a real backup's name."""
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
    part = path.with_name(f".{path.name}.part")
    if not target:  # what killed backups left; the file is ours (open, locked), so are they
        for stale in path.parent.glob(f".{db.path.stem}-*.regulars.part*"):
            stale.unlink(missing_ok=True)
    part.unlink(missing_ok=True)
    try:
        fd = os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except OSError as exc:
        raise field_error("output", f"cannot write {path}: {exc.strerror}") from None
    os.close(fd)
    raw = db.engine.raw_connection()
    try:
        target_conn = sqlite3.connect(part)
        try:
            raw.driver_connection.backup(target_conn)
            # one self-contained file: a backup is copied and moved about, never written to
            target_conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            target_conn.close()
        problem = customer_file.sqlite_problem(part) or _not_ours(part)
        if problem:
            raise ServiceError(f"the backup failed its check ({problem}); nothing was kept")
        with part.open("rb") as fh:
            os.fsync(fh.fileno())
        if path.exists():  # another backup took the name meanwhile: never overwrite one
            raise field_error("output", f"{path} already exists")
        os.replace(part, path)
        customer_file.sync_folder(path.parent)
    except sqlite3.Error as exc:
        raise ServiceError(f"the backup failed: {exc}") from exc
    except OSError as exc:
        raise ServiceError(f"the backup failed: cannot write {path}: {exc.strerror}") from exc
    finally:
        raw.close()
        part.unlink(missing_ok=True)
    return path


def _not_ours(path: Path) -> str | None:
    """Why a sound SQLite file is still not a Regulars customer file this version can open."""
    from models.migrate import known_revisions

    revision = customer_file.schema_revision(path, immutable=True)
    if revision is None:
        return "not a Regulars customer file"
    if revision not in known_revisions():
        return "written by a newer version of Regulars"
    return None


def auto_backup(db: Database, now: dt.datetime | None = None) -> Path | None:
    """On open: a backup when the newest good one is over a day old; keep the last N good ones
    (a setting). A file that is not a whole backup (one cut short by an older version) neither
    counts as today's nor takes a good one's place; it is left for `check` to report."""
    if db.path is None:
        return None
    now = now or dt.datetime.now()
    existing = [p for p in list_backups(db) if customer_file.sqlite_problem(p, False) is None]
    made = None
    if not existing or now - _taken(existing[0]) >= dt.timedelta(days=1):
        made = backup_now(db, now=now)
        existing = [made, *existing]
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
    """None when the file is a whole, sound customer file this version can open, else what is
    wrong with it."""
    return customer_file.sqlite_problem(path) or _not_ours(path)


def bad_backups(db_path: Path) -> list[tuple[Path, str]]:
    folder = db_path.parent / "backups"
    found = []
    for candidate in sorted(folder.glob(f"{db_path.stem}-*.regulars"), reverse=True):
        problem = is_good(candidate)
        if problem:
            found.append((candidate, problem))
    return found


def newest_good(db_path: Path) -> Path | None:
    folder = db_path.parent / "backups"
    for candidate in sorted(folder.glob(f"{db_path.stem}-*.regulars"), key=_order,
                            reverse=True):
        if is_good(candidate) is None:
            return candidate
    return None


def restore_closed(db_path: Path, backup: str | os.PathLike) -> Path | None:
    """restore() for a file no copy of Regulars has open, holding its lock meanwhile."""
    from filelock import Timeout

    if db_path.is_dir():
        raise ServiceError(f"{db_path} is a folder, not a customer file")
    lock = customer_file.file_lock(db_path)
    try:
        lock.acquire()
    except Timeout:
        raise ServiceError(f"{db_path} is in use by another copy of Regulars; close it first") \
            from None
    try:
        return restore(db_path, backup)
    finally:
        lock.release()


def restore(db_path: str | os.PathLike, backup: str | os.PathLike,
            now: dt.datetime | None = None) -> Path | None:
    """Put a backup in place of the customer file, which is kept aside (never deleted).
    The file must not be open: the caller holds its lock. Returns where the old one went.

    The backup is copied beside the file and checked first; the old file is moved aside and the
    copy renamed into place only then, so that at every moment either the old file or a checked
    copy is there (models/customer_file.py finishes a restore killed in between)."""
    db_path, backup = Path(db_path).absolute(), Path(backup).absolute()
    if db_path.is_dir():
        raise field_error("db", f"{db_path} is a folder, not a customer file")
    if not backup.is_file():
        raise field_error("backup", f"{backup}: no such file")
    if db_path.exists() and os.path.samefile(db_path, backup):
        raise field_error("backup", f"{backup} is the customer file itself, not a backup of it")
    problem = is_good(backup)
    if problem:
        raise field_error("backup", f"{backup} is not a good backup: {problem}")
    if db_path.exists():
        _check_replaceable(db_path)
    copy = customer_file.restoring_path(db_path)
    copy.unlink(missing_ok=True)  # left by a restore killed while copying
    try:
        fd = os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with open(fd, "wb") as out, backup.open("rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        copy.unlink(missing_ok=True)
        raise ServiceError(f"cannot copy {backup} beside {db_path}: {exc.strerror}; "
                           "the customer file was left as it was") from None
    problem = is_good(copy)
    if problem:
        copy.unlink(missing_ok=True)
        raise ServiceError(f"the copy of {backup} failed its check ({problem}); the customer "
                           "file was left as it was")
    aside = _move_aside(db_path, now) if db_path.exists() else None
    os.replace(copy, db_path)
    customer_file.sync_folder(db_path.parent)
    return aside


def _check_replaceable(db_path: Path) -> None:
    """Only a customer file (sound or damaged) is replaced: never another program's database
    or a file a newer version wrote."""
    with db_path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head and head != SQLITE_MAGIC:
        raise field_error("db", f"{db_path} is not a customer file (not an SQLite database); "
                          "restore to a new file name instead")
    if customer_file.is_foreign(db_path):
        raise field_error("db", f"{db_path} is another program's database, not a customer "
                          "file; restore to a new file name instead")
    from models.migrate import known_revisions

    revision = customer_file.schema_revision(db_path)
    if revision is not None and revision not in known_revisions():
        raise field_error("db", f"{db_path} was written by a newer version of Regulars; "
                          "update the program before restoring over it")


def _move_aside(db_path: Path, now: dt.datetime | None) -> Path:
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    aside = db_path.with_name(f"{db_path.name}{customer_file.REPLACED}{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = db_path.with_name(f"{db_path.name}{customer_file.REPLACED}{stamp}-{n}")
    try:  # a sound file folds its journal in, so that the file kept aside is whole by itself
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass
    # the journal first: a journal left beside the restored file would be read into it
    for suffix in customer_file.SIDE_FILES:
        extra = db_path.with_name(db_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    os.replace(db_path, aside)
    return aside


def put_back(db_path: str | os.PathLike, kept: str | os.PathLike) -> Path:
    """Undo a restore that did not finish: the file it kept aside goes back under its name."""
    db_path, kept = Path(db_path), Path(kept)
    if db_path.exists():
        raise field_error("db", f"{db_path} exists; nothing to put back")
    for suffix in customer_file.SIDE_FILES:
        extra = kept.with_name(kept.name + suffix)
        if extra.exists():
            os.replace(extra, db_path.with_name(db_path.name + suffix))
    os.replace(kept, db_path)
    customer_file.restoring_path(db_path).unlink(missing_ok=True)
    customer_file.sync_folder(db_path.parent)
    return db_path
