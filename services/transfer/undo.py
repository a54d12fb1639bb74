"""Taking an import back: each import of customers records whom it created and, for those it
changed, what they were before (the snapshots services.core.undo uses). Undoing removes the ones it
created and puts back the ones it changed — but never a customer changed since, whose newer
work would be lost; those are named, with the reason.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import Customer, ImportChange, ImportRun, Relationship
from models.database import Database
from models.types import utcnow
from services.core import settings, undo
from services.core.errors import ServiceError

FILE_ID_SETTING = "file_id"


def file_id(session: Session) -> str:
    """A name for this customer file that no other file has, made on first use: the UIDs of
    its vCard export say which file they came from."""
    value = settings.get(session, FILE_ID_SETTING)
    if not value:
        value = uuid.uuid4().hex
        settings.put(session, FILE_ID_SETTING, value)
    return value


def own_uid_prefix(session: Session) -> str:
    value = settings.get(session, FILE_ID_SETTING)
    return f"regulars-{value}-" if value else ""


def own_uid(session: Session, customer_id: int) -> str:
    return f"regulars-{file_id(session)}-{customer_id}"


# --- snapshots as text ----------------------------------------------------------------------


def _encode(value):
    if isinstance(value, dt.datetime):
        return {"t": value.isoformat()}
    if isinstance(value, dt.date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"m": str(value)}
    if isinstance(value, bytes):
        return {"b": base64.b64encode(value).decode("ascii")}
    return value


def _decode(value):
    if isinstance(value, dict) and len(value) == 1:
        (tag, text), = value.items()
        if tag == "t":
            return dt.datetime.fromisoformat(text)
        if tag == "d":
            return dt.date.fromisoformat(text)
        if tag == "m":
            return Decimal(text)
        if tag == "b":
            return base64.b64decode(text)
    return value


def _rows(rows: list[dict]) -> list[dict]:
    return [{k: _encode(v) for k, v in r.items()} for r in rows]


def dump(snap: undo.Snapshot) -> str:
    return json.dumps({"customer": _rows([snap.customer])[0],
                       "children": {k: _rows(v) for k, v in snap.children.items()},
                       "relationships": _rows(snap.relationships),
                       "referrers": snap.referrers}, sort_keys=True)


def load(text: str) -> undo.Snapshot:
    data = json.loads(text)

    def rows(items):
        return [{k: _decode(v) for k, v in r.items()} for r in items]

    return undo.Snapshot(rows([data["customer"]])[0],
                         {k: rows(v) for k, v in data["children"].items()},
                         rows(data["relationships"]), list(data["referrers"]))


_NOT_DATA = frozenset({"id", "updated_at", "changed_at"})  # a save unchanged changes none


def digests(session: Session, ids: list[int]) -> dict[int, str]:
    """What each customer is, in 64 characters: equal digests, the same customer (their row,
    every row of theirs, their relationships). Read as plain rows a range at a time: an
    import asks this of every customer it created."""
    session.flush()
    parts: dict[int, list[str]] = {}
    customer, relationship = Customer.__table__, Relationship.__table__
    for group, where in undo.groups(ids):
        wanted = set(group)
        columns = [c for c in customer.c if c.name != "updated_at"]
        for row in session.execute(select(*columns).where(where(customer.c.id))):
            if row[0] in wanted:
                parts[row[0]] = [repr(tuple(row))]
        for table in undo.CHILD_TABLES:
            columns = [c for c in table.c if c.name not in _NOT_DATA and c.name != "customer_id"]
            for cid, *values in session.execute(select(table.c.customer_id, *columns)
                                                .where(where(table.c.customer_id))):
                if cid in parts:
                    parts[cid].append(table.name + repr(values))
        for a, b, kind, note in session.execute(
                select(relationship.c.customer_id, relationship.c.other_id, relationship.c.kind,
                       relationship.c.note)
                .where(or_(where(relationship.c.customer_id), where(relationship.c.other_id)))):
            for end in (a, b):
                if end in parts:
                    parts[end].append(repr(("relationship", a, b, kind, note)))
    return {cid: hashlib.sha256("\n".join(sorted(parts[cid])).encode()).hexdigest()
            if cid in parts else "" for cid in ids}


# --- the record -----------------------------------------------------------------------------


def record(session: Session, report, counts: tuple[int, int], created: Iterable[list[int]],
           updated: Iterable[list[tuple[int, str]]], path: str = "") -> int:
    """Note what this import did; its id. `counts`: how many it created and changed;
    `created`: their ids, `updated`: the others' (id, dump() of what they were before), a
    few thousand at a time."""
    run = ImportRun(source=report.source[:300], path=path[:1000], kind=report.kind,
                    created=counts[0], updated=counts[1])
    session.add(run)
    session.flush()
    table = ImportChange.__table__
    for ids in created:
        after = digests(session, ids)
        session.execute(table.insert(), [
            {"import_id": run.id, "customer_id": cid, "action": "created", "before": "",
             "after": after[cid]} for cid in ids])
    for befores in updated:
        if not befores:
            continue
        after = digests(session, [cid for cid, _b in befores])
        session.execute(table.insert(), [
            {"import_id": run.id, "customer_id": cid, "action": "updated", "before": before,
             "after": after[cid]} for cid, before in befores])
    return run.id


@dataclass
class ImportInfo:
    id: int
    at: dt.datetime
    source: str
    kind: str
    created: int
    updated: int
    undone_at: dt.datetime | None
    path: str = ""

    def to_json(self) -> dict:
        return {"id": self.id, "at": self.at.isoformat(), "source": self.source,
                "kind": self.kind, "created": self.created, "updated": self.updated,
                "undone_at": self.undone_at.isoformat() if self.undone_at else None,
                "path": self.path or None}


def _info(r: ImportRun) -> ImportInfo:
    return ImportInfo(r.id, r.at, r.source, r.kind, r.created, r.updated, r.undone_at, r.path)


def find(db: Database, import_id: int) -> ImportInfo:
    with db.sessions() as session:
        run = session.get(ImportRun, import_id)
        if run is None:
            raise ServiceError(f"no import #{import_id} (see 'import history')")
        return _info(run)


def history(db: Database, limit: int = 50) -> list[ImportInfo]:
    """The imports of this file, newest first."""
    with db.sessions() as session:
        return [_info(r) for r in session.execute(select(ImportRun).order_by(ImportRun.id.desc())
                                         .limit(limit)).scalars()]


@dataclass
class UndoResult:
    import_id: int
    removed: list[int] = field(default_factory=list)  # customers the import had created
    restored: list[int] = field(default_factory=list)  # customers put back as they were
    refused: list[tuple[int, str]] = field(default_factory=list)  # (customer, why not)

    @property
    def changed_ids(self) -> list[int]:
        return self.removed + self.restored

    def to_json(self) -> dict:
        return {"import_id": self.import_id, "removed": self.removed,
                "restored": self.restored,
                "refused": [{"customer_id": c, "reason": r} for c, r in self.refused]}


def undo_import(db: Database, import_id: int | None = None) -> UndoResult:
    """Take back an import (the newest not yet undone, without an id)."""
    with db.transaction() as session:
        if import_id is None:
            run = session.execute(select(ImportRun).where(ImportRun.undone_at.is_(None))
                                  .order_by(ImportRun.id.desc()).limit(1)).scalar_one_or_none()
            if run is None:
                raise ServiceError("there is no import to undo")
        else:
            run = session.get(ImportRun, import_id)
            if run is None:
                raise ServiceError(f"no import #{import_id} (see 'import history')")
        if run.undone_at is not None:
            raise ServiceError(f"import #{run.id} was undone already, on "
                               f"{run.undone_at:%Y-%m-%d %H:%M}")
        result = UndoResult(run.id)
        changes = session.execute(select(ImportChange).where(ImportChange.import_id == run.id)
                                  .order_by(ImportChange.id)).scalars().all()
        now = digests(session, [c.customer_id for c in changes])
        puts: dict[int, undo.Snapshot | None] = {}
        for change in changes:
            cid = change.customer_id
            if not now[cid]:
                result.refused.append((cid, "no longer in the file (merged or deleted since)"))
                continue
            if now[cid] != change.after:
                result.refused.append((cid, "changed since the import; left as it is now"))
                continue
            if change.action == "created":
                puts[cid] = None
                result.removed.append(cid)
            else:
                puts[cid] = load(change.before)
                result.restored.append(cid)
        undo.put_back(session, puts)
        session.execute(ImportChange.__table__.delete().where(ImportChange.import_id == run.id))
        run.undone_at = utcnow()
        return result
