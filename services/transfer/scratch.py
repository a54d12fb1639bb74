"""Scratch space on disk for what a large import has to remember about every row (who each
e-mail and phone belongs to, which customers it made or changed): a private SQLite file that
SQLite deletes when it is closed, so that memory stays the same whatever the file's size.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

CACHE_KB = 8 * 1024  # the scratch file's page cache: what stays in memory at most (more was
# no faster: the file is in the system's cache)


class Scratch:
    def __init__(self) -> None:
        # "" is SQLite's private temporary file: on disk, removed on close or by the system
        self.db = sqlite3.connect("", isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{CACHE_KB}",
                       "temp_store=FILE", "locking_mode=EXCLUSIVE"):
            self.db.execute(f"PRAGMA {pragma}")
        self.db.execute("BEGIN")  # one transaction for its whole life: nothing to commit

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def ids(self, name: str) -> IdSet:
        return IdSet(self.db, name)


class IdSet:
    """A set of customer ids on the scratch file."""

    def __init__(self, db: sqlite3.Connection, name: str):
        self.db, self.name, self.count = db, name, 0
        db.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY)")
        self._add = f"INSERT OR IGNORE INTO {name} VALUES (?)"
        self._has = f"SELECT 1 FROM {name} WHERE id = ?"

    def add(self, ids: Iterable[int]) -> None:
        before = self.db.total_changes
        self.db.executemany(self._add, ((i,) for i in ids))
        self.count += self.db.total_changes - before

    def __contains__(self, cid: int) -> bool:
        return self.db.execute(self._has, (cid,)).fetchone() is not None

    def __len__(self) -> int:
        return self.count

    def __bool__(self) -> bool:
        return self.count > 0

    def chunks(self, size: int = 5000) -> Iterator[list[int]]:
        """The ids in order, `size` at a time."""
        last = -1 << 63
        while True:
            chunk = [r[0] for r in self.db.execute(
                f"SELECT id FROM {self.name} WHERE id > ? ORDER BY id LIMIT ?", (last, size))]
            if not chunk:
                return
            yield chunk
            last = chunk[-1]
