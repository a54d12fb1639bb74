"""Opening a customer file: engine, session factory, file lock, permissions, migrations.

This module is the one place that speaks SQLite-specific SQL (pragmas); everything else is
portable so that the same models run on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from models import customer_file
from models.customer_file import SQLITE_MAGIC
from models.errors import (  # noqa: F401  (where callers have always found them)
    DatabaseError,
    FileInUseError,
    MigrationError,
    MissingFileError,
    NewerFileError,
    NotACustomerFileError,
    SetAsideError,
)

__all__ = ["SQLITE_MAGIC", "Database", "DatabaseError", "open_database"]

log = logging.getLogger(__name__)



# Reads through a memory map save a system call per page: the list, the agenda and the
# dashboard jump around a file of hundreds of megabytes.
CACHE_KB, BULK_CACHE_KB = 65536, 16384  # SQLite's page cache, and during a bulk write
MMAP_SIZE = 1 << 30


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None = None
    _lock: FileLock | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole on success, rolled back whole on any error."""
        with self.sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def bulk_transaction(self) -> Iterator[Session]:
        """A transaction that writes much and reads little (an import of millions of rows):
        on SQLite its reads skip the memory map, whose pages would otherwise be counted as
        the program's memory up to the size of the file."""
        with self.transaction() as session:
            if not self.is_sqlite:
                yield session
                return
            conn = session.connection()
            conn.exec_driver_sql("PRAGMA mmap_size = 0")
            # a smaller page cache: the pages written are in the WAL and the system's cache
            # anyway, and at 64 MB it was a fifth of a big import's memory for no speed
            conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
            try:
                yield session
            finally:
                with contextlib.suppress(Exception):  # must not hide the import's own error
                    conn.exec_driver_sql(f"PRAGMA mmap_size = {MMAP_SIZE}")
                    conn.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KB}")

    def close(self) -> None:
        if self.is_sqlite:
            try:  # keeps the query planner's statistics fresh; cheap when nothing changed
                with self.engine.connect() as conn:
                    # after an import of millions its ANALYZE reads whole tables: not through
                    # the memory map, which would count them as the program's memory
                    conn.exec_driver_sql("PRAGMA mmap_size = 0")
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:  # noqa: BLE001 - closing must not fail over statistics
                log.debug("PRAGMA optimize failed", exc_info=True)
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _is_url(target: str) -> bool:
    return "://" in target


KINDS = ("sqlite", "postgresql")  # what an address may point at


def _database_url(text: str) -> URL:
    try:
        url = make_url(text)
    except ArgumentError:
        raise DatabaseError(f"{text}: not a database address (a customer file's name, or "
                            "postgresql://USER@HOST/DATABASE)") from None
    if url.get_backend_name() not in KINDS:
        raise DatabaseError(f"{_shown(url)}: Regulars keeps customers in a customer file or "
                            f"in PostgreSQL, not in '{url.get_backend_name()}'")
    return url


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _server(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _first_line(exc: BaseException | None) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _check_writable(path: Path) -> None:
    """SQLite writes beside the file (its -wal and -shm): both must be writable, or every
    change would fail later with the database's own words."""
    for where in (path, path.parent):
        if not os.access(where, os.W_OK):
            raise DatabaseError(f"{where}: read-only, and Regulars must write to the customer "
                                "file and beside it; change its permissions, or copy the "
                                "file to a folder of your own and open the copy")


def sync_sequences(conn) -> None:
    """PostgreSQL: move every table's id sequence past the ids already in it, after rows were
    written with ids of their own (the demo). Only for a database nobody else is writing."""
    from models.base import Base

    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.autoincrement or len(table.primary_key) != 1:
            continue
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table.name} "
            f"WHERE pg_get_serial_sequence('{table.name}', 'id') IS NOT NULL")


def _private_create(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite's -wal/-shm inherit the mode)."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY
    fd = os.open(path, flags, 0o600)
    os.close(fd)


def _check_existing(path: Path, create: bool) -> None:
    """Only a customer file is opened as one: another program's database is never given
    Regulars' tables, and an empty file becomes a customer file only when asked to."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read the file ({exc.strerror})") from exc
    if head and head != SQLITE_MAGIC:
        raise NotACustomerFileError(
            f"{path}: not a Regulars customer file (not an SQLite database)"
        )
    found = customer_file.tables(path) if head else set()
    if found and "alembic_version" not in found:
        raise NotACustomerFileError(
            f"{path}: not a Regulars customer file (the database of another program; "
            "it was left as it was)")
    if not create and found == set():
        raise NotACustomerFileError(
            f"{path}: an empty file, not a customer file yet (make one with "
            f"`regulars create --db {path}`)")
    customer_file.make_private(path)


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Hand transaction control to SQLAlchemy so that DDL (migrations) is transactional too.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA busy_timeout = 5000")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        # A larger page cache than the 2 MB default, and reads through a memory map instead of
        # a system call per page: the list, the agenda and the dashboard jump around a file of
        # hundreds of megabytes.
        cur.execute(f"PRAGMA cache_size = -{CACHE_KB}")
        cur.execute(f"PRAGMA mmap_size = {MMAP_SIZE}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def open_database(
    target: str | os.PathLike[str],
    *,
    create: bool = True,
    migrate: bool = True,
    lock: bool = True,
) -> Database:
    """Open (and, if allowed, create) a customer file or a database URL, migrated to head."""
    target_s = os.fspath(target)
    lock_obj: FileLock | None = None
    path: Path | None = None
    if _is_url(target_s):
        url = _database_url(target_s)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return open_database(url.database, create=create, migrate=migrate, lock=lock)
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except (ImportError, ArgumentError) as exc:
            raise DatabaseError(f"{_shown(url)}: cannot open this kind of database here "
                                f"({exc})") from None
    else:
        path = Path(target_s).expanduser().resolve()
        if path.is_dir():
            raise DatabaseError(f"{path}: is a folder, not a customer file")
        if not path.parent.is_dir():
            raise MissingFileError(f"{path.parent}: no such folder")
        if lock:
            lock_obj = customer_file.file_lock(path)
            try:
                lock_obj.acquire()
            except Timeout:
                raise FileInUseError(
                    f"{path} is in use by another copy of Regulars. Close it there first, "
                    "or open another customer file."
                ) from None
        try:
            customer_file.finish_interrupted_restore(path)
            if not path.exists():
                kept = customer_file.set_aside(path)
                if kept or customer_file.restoring_path(path).exists():
                    raise SetAsideError(path, kept or [customer_file.restoring_path(path)])
                if not create:
                    raise MissingFileError(
                        f"{path}: no such customer file (make a new one with "
                        f"`regulars create --db {path}`)")
                _private_create(path)
            else:
                _check_existing(path, create)
            _check_writable(path)
            engine = _sqlite_engine(path)
        except BaseException:
            if lock_obj is not None:
                lock_obj.release()
            raise
    db = Database(engine=engine, sessions=sessionmaker(engine, expire_on_commit=False),
                  path=path, _lock=lock_obj)
    try:
        if migrate:
            from models.migrate import upgrade

            upgrade(db.engine)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise NotACustomerFileError(f"{path}: damaged or not a customer file ({exc})") from exc
    except MigrationError as exc:
        db.close()
        raise MigrationError(f"{path or db.url}: {exc}") from exc
    except BaseException as exc:
        db.close()
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.exc import OperationalError

        if isinstance(exc, OperationalError) and path is None:
            raise DatabaseError(
                f"{db.url}: the database server at {_server(db.engine.url)} cannot be reached "
                f"or refused the connection ({_first_line(exc.orig)})") from exc
        if isinstance(exc, SADatabaseError):
            raise NotACustomerFileError(
                f"{path or db.url}: damaged or not a customer file ({exc.orig})"
            ) from exc
        raise
    log.info("opened %s", path or db.url)
    return db
