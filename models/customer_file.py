"""The customer file on disk, before SQLAlchemy sees it: what kind of file it is, who may read
it, and what an interrupted restore left beside it.

A restore (services/maintenance/backup.py) copies the backup to `NAME.restoring`, checks the
copy, moves the old file to `NAME.replaced-STAMP` and renames the copy into place. Killed at any
step it leaves one of two states, both finished here the next time the file is opened: the old
file still in place (the copy is dropped: the backup it came from is untouched), or no file but
a checked copy (renamed into place). Whatever cannot be settled that way is reported, never
replaced by a new empty file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

from filelock import FileLock

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
RESTORING = ".restoring"
REPLACED = ".replaced-"
SIDE_FILES = ("-wal", "-shm")


def restoring_path(path: Path) -> Path:
    return path.with_name(path.name + RESTORING)


def set_aside(path: Path) -> list[Path]:
    """Files a restore kept aside in place of this one, newest first."""
    found = [p for p in path.parent.glob(f"{path.name}{REPLACED}*")
             if not p.name.endswith(SIDE_FILES)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_private(path: Path) -> None:
    """A customer file and its journal are for their owner's eyes only, however they were made
    (copied from another machine, unpacked from an archive)."""
    if os.name != "posix":
        return
    for item in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        try:
            mode = stat.S_IMODE(item.stat().st_mode)
            if mode & 0o077:
                os.chmod(item, mode & 0o700)
        except FileNotFoundError:
            continue
        except OSError as exc:  # not ours to change (another owner): say so in the log only
            log.warning("cannot make %s private: %s", item, exc)


def _read_only(path: Path, immutable: bool) -> sqlite3.Connection:
    """A connection that changes nothing. `immutable` is for files nobody writes (backups, a
    restore's copy): SQLite then leaves no -wal or -shm beside them, even when killed."""
    flag = "immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.absolute().as_uri()}?{flag}", uri=True)


def sqlite_problem(path: Path, thorough: bool = True) -> str | None:
    """None when the file is a complete, sound SQLite database, else what is wrong with it.
    `thorough=False` checks only that no page is missing (a copy cut short), which costs
    nothing; `True` runs SQLite's integrity check over every page."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        if header[:len(SQLITE_MAGIC)] != SQLITE_MAGIC or len(header) < 100:
            return "not an SQLite database"
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        size = path.stat().st_size
        # the header's page count is valid when its change counter matches (SQLite ≥ 3.7)
        if header[24:28] == header[92:96] and page_size and pages and size < pages * page_size:
            return f"cut short: {size} of {pages * page_size} bytes"
        if not thorough:
            return None
        conn = _read_only(path, immutable=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except (OSError, sqlite3.Error) as exc:
        return str(exc)
    return None if result == "ok" else result


def _read(path: Path, sql: str, immutable: bool) -> list[tuple] | None:
    """The rows of one query, or None when the file cannot be read that far."""
    try:
        conn = _read_only(path, immutable)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def tables(path: Path, immutable: bool = False) -> set[str] | None:
    """The tables of an SQLite file, or None when they cannot be read (a damaged file)."""
    rows = _read(path, "SELECT name FROM sqlite_master WHERE type = 'table'", immutable)
    return None if rows is None else {r[0] for r in rows}


def schema_revision(path: Path, immutable: bool = False) -> str | None:
    rows = _read(path, "SELECT version_num FROM alembic_version", immutable)
    return rows[0][0] if rows else None


def is_foreign(path: Path, immutable: bool = False) -> bool:
    """An SQLite database of another program: tables, none of them Regulars'. Only a file whose
    tables can be read is judged; a damaged one is not called foreign."""
    found = tables(path, immutable)
    return bool(found) and "alembic_version" not in found


def finish_interrupted_restore(path: Path) -> None:
    """Called with the file's lock held, before it is opened."""
    copy = restoring_path(path)
    if not copy.exists():
        return
    if path.exists():
        log.warning("dropping %s: a restore was interrupted before it replaced %s", copy, path)
        copy.unlink()
        return
    if any(path.with_name(path.name + s).exists() for s in SIDE_FILES):
        return  # a journal without its file: not ours to guess; the caller reports it
    problem = sqlite_problem(copy)
    if problem is None and not is_foreign(copy, immutable=True):
        log.warning("finishing an interrupted restore: %s becomes %s", copy, path)
        os.replace(copy, path)
        sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make the renames in a folder survive a power cut (a no-op where folders cannot be
    opened, as on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def file_lock(path: Path) -> FileLock:
    """The lock that lets one copy of Regulars at a time open the file: beside it, owner-only
    like the file itself."""
    return FileLock(str(path) + ".lock", timeout=0, mode=0o600)
