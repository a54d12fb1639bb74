"""Customers in from a table, in one transaction: each checked row matched to who is in the
file already (services.transfer.matching), new ones written a few thousand at a time, the ones it
adds to written as they pile up, and what each was before kept for undoing the import.
Memory stays the same whatever the file's size: what must be remembered of every row is on a
scratch file (services.transfer.scratch).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Customer
from services.core import settings, undo
from services.core.errors import ValidationError
from services.customers.writing import (
    CustomerDraft,
    draft_from,
    tag_index,
    update_customer,
    validate,
)
from services.transfer import undo as import_undo
from services.transfer.bulk_insert import add_validated
from services.transfer.matching import CustomerIndex, merge_drafts
from services.transfer.report import ImportReport
from services.transfer.rows import Row
from services.transfer.scratch import Scratch
from services.transfer.table import Table

FLUSH_EVERY = 2000

# (row number, cells, draft or None, errors, warnings) for each row: importing._prepared
Prepared = Iterator[tuple[int, list[str], CustomerDraft | None, list, list]]


class CustomerImport:
    def __init__(self, session: Session, table: Table, mapping: Sequence[str | None],
                 report: ImportReport, clean: bool, mode: str, scratch: Scratch,
                 field_errors: Callable):
        self.session, self.table, self.mapping, self.clean = session, table, mapping, clean
        self.report, self.mode, self.field_errors = report, mode, field_errors
        self.region = settings.phone_region(session)
        self.index = CustomerIndex(session, scratch, import_undo.own_uid_prefix(session))
        self.tags = tag_index(session)
        self.pending: dict[int, CustomerDraft] = {}  # new customers not written yet, by -row
        self.fresh = scratch.ids("fresh")  # customers this import created (and wrote already)
        self.current: dict[int, CustomerDraft] = {}  # what the file makes of customers it touched
        self.originals: dict[int, CustomerDraft] = {}  # …and what they were before
        self.updated = scratch.ids("updated")  # customers it changed: their state before is kept
        self.db = scratch.db
        self.db.execute("CREATE TABLE before (id INTEGER PRIMARY KEY, snapshot TEXT)")

    def run(self, prepared: Prepared, progress: Callable[[int, int], None] | None) -> None:
        total = self.table.count
        for i, (number, cells, draft, errors, warnings) in enumerate(prepared):
            if progress and i % 1000 == 0:
                progress(i, total)
            if errors:
                self.report.reject(number, errors)
            elif draft is not None:  # not an empty row
                self._row(number, cells, draft, warnings)
        self._write_pending()
        self._write_touched()
        report = self.report
        if not report.dry_run and (self.fresh or self.updated):
            report.import_id = import_undo.record(
                self.session, report, (len(self.fresh), len(self.updated)),
                self.fresh.chunks(), self._befores(), self.table.path)
        if progress:
            progress(total, total)

    def _row(self, number: int, cells: list[str], draft: CustomerDraft, warnings: list
             ) -> None:
        report = self.report
        who = self.index.find(draft)
        self.index.drop_own(draft)  # this file's own UID is the customer's id, not another's
        if (who is None and self.mode == "update") or (
                who is not None and who > 0 and self.mode == "create" and who not in self.fresh):
            report.skipped += 1
            return
        if who is None:
            self.pending[-number] = draft
            self.index.add(draft, -number)
            report.created += 1
            report.warn(number, warnings)
            if len(self.pending) >= FLUSH_EVERY:
                self._write_pending()
            return
        if who > 0 and who not in self.current:
            if len(self.current) >= FLUSH_EVERY:
                self._write_touched()
            self.originals[who] = self.current[who] = draft_from(_load(self.session, who))
        before = self.pending[who] if who < 0 else self.current[who]
        merged = merge_drafts(before, draft)
        if merged == before:
            report.skipped += 1
            return
        try:
            merged = validate(self.session, merged, None if who < 0 else who,
                              region=self.region)
        except ValidationError as exc:
            row = Row(cells, self.mapping, self.table.headers, self.clean)
            report.reject(number, self.field_errors(exc, row))
            return
        report.warn(number, warnings)
        if who < 0:
            self.pending[who] = merged
        else:
            self.current[who] = merged
        report.skipped += 1  # until writing it says whether the customer really changed
        self.index.add(merged, who)

    def _write_pending(self) -> None:
        # written while the rest of the file is still being read and checked
        keys = list(self.pending)
        ids = add_validated(self.session, list(self.pending.values()), self.tags)
        for key, cid in zip(keys, ids, strict=True):
            self.index.rebind(self.pending.pop(key), key, cid)
        self.fresh.add(ids)  # their drafts are let go: a later row for one reads it back

    def _write_touched(self) -> None:
        """The customers this import added to, written: a customer it made is removed whole
        by undoing the import, so only the others need their earlier state kept, the first
        time they change."""
        session = self.session
        touched = [cid for cid in self.current if self.current[cid] != self.originals[cid]]
        first = [cid for cid in touched if cid not in self.fresh and cid not in self.updated]
        before = undo.take(session, first) if not self.report.dry_run else {}
        was = import_undo.digests(session, first)
        for cid in touched:
            update_customer(session, cid, self.current[cid])
        now = import_undo.digests(session, first)
        changed = [cid for cid in first if was[cid] != now[cid]]
        self.updated.add(changed)
        if before:
            self.db.executemany("INSERT INTO before VALUES (?, ?)",
                                [(cid, import_undo.dump(before[cid])) for cid in changed
                                 if before[cid] is not None])
        self.report.updated += len(changed)
        self.report.skipped -= len(changed)
        self.current.clear()
        self.originals.clear()
        if touched:  # the customers just written are let go, with their cycles, though
            gc.collect()  # the import holds the collector off

    def _befores(self) -> Iterator[list[tuple[int, str]]]:
        for chunk in self.updated.chunks():
            yield list(self.db.execute(
                f"SELECT id, snapshot FROM before WHERE id IN ({','.join('?' * len(chunk))})",
                chunk))


def _load(session: Session, cid: int) -> Customer:
    return session.execute(
        select(Customer).where(Customer.id == cid).options(
            selectinload(Customer.contacts), selectinload(Customer.addresses),
            selectinload(Customer.tags), selectinload(Customer.consents),
            selectinload(Customer.refs), selectinload(Customer.dates))
    ).scalar_one()
