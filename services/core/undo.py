"""Undo and redo for edits, bulk actions and archiving, by whole-customer snapshots.

An action records the customers it touches before and after; undoing puts the "before" copy back
row for row (same ids), redoing puts the "after" copy back. One mechanism serves every action,
including ones that create or remove rows (a sale recorded, a purchase deleted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Connection, Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from models import (
    Customer,
    Relationship,
    customer_tables,
)
from models.database import Database

# Every table whose rows belong to one customer, derived from the metadata (see
# models.customer_tables), so a table added later cannot be forgotten by undo.
CHILD_TABLES: list[Table] = customer_tables()
CHUNK = 500
T = TypeVar("T")
# What keeps derived columns (search terms, purchase figures) in step after rows are put back
# with plain SQL, which the session's flush hooks do not see: registered by the store when it
# opens a file, as the flush hooks are, so that undo need not know the rooms that own them.
_AFTER_RESTORE: list[Callable[[Connection, list[int]], None]] = []


def after_restore(refresh: Callable[[Connection, list[int]], None]) -> None:
    if refresh not in _AFTER_RESTORE:
        _AFTER_RESTORE.append(refresh)


@dataclass
class Snapshot:
    customer: dict
    children: dict[str, list[dict]] = field(default_factory=dict)
    relationships: list[dict] = field(default_factory=list)
    referrers: list[int] = field(default_factory=list)


@dataclass
class Change:
    label: str
    before: dict[int, Snapshot | None]
    after: dict[int, Snapshot | None]


def _chunks(ids: Iterable[int]):
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


RUN = 10_000  # ids side by side (an import's new customers) are read as one range


def groups(ids: Iterable[int]):
    """The ids in groups to read at once, each with how to select them: a range for ids
    side by side, else lists of CHUNK (many bound parameters cost more than the rows)."""
    ids = sorted(set(ids))
    start = 0
    while start < len(ids):
        group = ids[start:start + RUN]
        if len(group) > CHUNK and group[-1] - group[0] < 2 * len(group):
            yield group, lambda column, g=group: column.between(g[0], g[-1])
        else:
            group = group[:CHUNK]
            yield group, lambda column, g=group: column.in_(g)
        start += len(group)


def take(session: Session, ids: Iterable[int]) -> dict[int, Snapshot | None]:
    session.flush()
    out: dict[int, Snapshot | None] = {}
    customer = Customer.__table__
    relationship = Relationship.__table__
    for chunk, where in groups(ids):
        wanted = set(chunk)
        rows = session.execute(select(customer).where(where(customer.c.id))).mappings()
        snaps = {r["id"]: Snapshot(dict(r)) for r in rows if r["id"] in wanted}
        for table in CHILD_TABLES:
            for r in session.execute(select(table).where(where(table.c.customer_id))
                                     ).mappings():
                if r["customer_id"] in snaps:
                    snaps[r["customer_id"]].children.setdefault(table.name, []).append(
                        dict(r))
        for r in session.execute(select(relationship).where(or_(
                where(relationship.c.customer_id), where(relationship.c.other_id)))
                ).mappings():
            for end in (r["customer_id"], r["other_id"]):
                if end in snaps:
                    snaps[end].relationships.append(dict(r))
        for rid, ref in session.execute(select(customer.c.id, customer.c.referred_by_id)
                                        .where(where(customer.c.referred_by_id))):
            if ref in snaps:
                snaps[ref].referrers.append(rid)
        for cid in chunk:
            out[cid] = snaps.get(cid)
    return out


def put_back(session: Session, snapshots: dict[int, Snapshot | None]) -> None:
    """Make these customers exactly as snapshotted (None: not there at all)."""
    session.flush()
    customer = Customer.__table__
    ids = list(snapshots)
    for chunk in _chunks(ids):
        session.execute(delete(customer).where(customer.c.id.in_(chunk)))
    present = [s for s in snapshots.values() if s is not None]
    if present:
        # referred_by may point inside the batch: insert without it, then set it
        session.execute(insert(customer), [{**s.customer, "referred_by_id": None}
                                           for s in present])
        for s in present:
            for table in CHILD_TABLES:
                rows = s.children.get(table.name)
                if rows:
                    session.execute(insert(table), rows)
        existing = set()
        for chunk in _chunks({s.customer["referred_by_id"] for s in present
                              if s.customer["referred_by_id"] is not None}
                             | {r for s in present for r in s.referrers}
                             | {e for s in present for rel in s.relationships
                                for e in (rel["customer_id"], rel["other_id"])}):
            existing.update(session.execute(select(customer.c.id)
                                            .where(customer.c.id.in_(chunk))).scalars())
        for s in present:
            ref = s.customer["referred_by_id"]
            if ref is not None and ref in existing:
                session.execute(update(customer).where(customer.c.id == s.customer["id"])
                                .values(referred_by_id=ref))
            referrers = [r for r in s.referrers if r in existing]
            if referrers:
                session.execute(update(customer).where(customer.c.id.in_(referrers))
                                .values(referred_by_id=s.customer["id"]))
        relationship = Relationship.__table__
        rels = {r["id"]: r for s in present for r in s.relationships
                if r["customer_id"] in existing and r["other_id"] in existing}
        if rels:
            have = set(session.execute(select(relationship.c.id)
                                       .where(relationship.c.id.in_(list(rels)))).scalars())
            new = [r for rid, r in rels.items() if rid not in have]
            if new:
                session.execute(insert(relationship), new)
    conn = session.connection()
    for refresh in _AFTER_RESTORE:
        refresh(conn, ids)
    session.expire_all()


class Recorder:
    """Collects the before-copies of the customers an action is about to touch."""

    def __init__(self, session: Session):
        self.session = session
        self.before: dict[int, Snapshot | None] = {}

    def touch(self, ids: Iterable[int]) -> None:
        new = [i for i in ids if i not in self.before]
        if new:
            self.before.update(take(self.session, new))

    def created(self, customer_id: int) -> None:
        self.before.setdefault(customer_id, None)

    def finish(self, label: str) -> Change:
        return Change(label, self.before, take(self.session, list(self.before)))


def perform(db: Database, label: str, ids: Sequence[int],
            action: Callable[[Session], T]) -> tuple[T, Change]:
    """Run action(session) on these customers in one transaction; return its result and the
    Change that undoes it."""
    with db.transaction() as session:
        rec = Recorder(session)
        rec.touch(ids)
        result = action(session)
        return result, rec.finish(label)


def undo(db: Database, change: Change) -> None:
    with db.transaction() as session:
        put_back(session, change.before)


def redo(db: Database, change: Change) -> None:
    with db.transaction() as session:
        put_back(session, change.after)
