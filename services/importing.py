"""Bringing customers and purchases in from a table (services.import_readers): the mapping of
columns to fields, guessed from the header and remembered; each row checked like the card
checks a customer; re-imports matched by external id, e-mail or phone so nothing is
duplicated; a dry run; the good rows or nothing, and never half a file.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Customer
from models.database import Database
from services import settings, undo
from services.bulk_add import add_validated
from services.customers import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    draft_from,
    tag_index,
    update_customer,
    validate,
)
from services.dates import format_user_date
from services.errors import ServiceError, ValidationError
from services.gcpause import no_gc_pauses
from services.import_cells import (  # noqa: F401  (parse_import_date, clean_text: API)
    ADDRESS_PARTS,
    clean_text,
    month_first,
    parse_import_date,
)
from services.import_fields import (  # noqa: F401  (re-exported: the import's public API)
    CUSTOMER_FIELDS,
    FIELDS,
    KINDS,
    PURCHASE_FIELDS,
    check_mapping,
    guess_mapping,
    mapping_for,
    mapping_from_file,
    normalize_header,
    remember_mapping,
    remembered_mapping,
)
from services.import_match import CustomerIndex, merge_drafts  # noqa: F401  (merge_drafts: API)
from services.import_purchases import _import_purchases
from services.import_readers import Table, read_file
from services.import_report import ImportReport, RowError
from services.import_rows import Draft, Reading, Row, customer_draft, reading

FLUSH_EVERY = 2000
PARALLEL_FROM = 5000  # rows: below this, starting worker processes costs more than it saves
BATCH = 2000
MAX_WORKERS = 4


class _Rejected(Exception):
    def __init__(self, errors: list[RowError]):
        super().__init__(errors)
        self.errors = errors


class _DryRun(Exception):
    pass


# --- cells to drafts ------------------------------------------------------------------------


_LISTS = {"phones": "phone", "emails": "email", "contacts": "phone", "websites": "website",
          "messengers": "messenger", "addresses": "address_line1", "consents": "consent_email",
          "tags": "tags", "dates": "anniversary"}


def _base_field(name: str) -> str:
    """The import field a validation error is about: phones[1] → phone,
    addresses[0].country → country."""
    m = re.match(r"^(\w+)\[\d+\](?:\.(\w+))?$", name)
    if not m:
        return name
    if m.group(1) == "addresses" and m.group(2) in ("line1", "line2"):
        return "address_" + m.group(2)
    if m.group(1) == "addresses" and m.group(2):
        return m.group(2)
    return _LISTS.get(m.group(1), m.group(1))


def _column_of(name: str, row: Row, made: Draft | None) -> str:
    """The header of the column a draft's field came from: the second phone's own column,
    not the first phone column's."""
    m = re.match(r"^(\w+)\[(\d+)\]", name)
    if m and made is not None:
        header = made.origin(m.group(1), int(m.group(2)))
        if header:
            return header
    base = _base_field(name)
    header = row.header(base)
    return header if header != base else ""


def _field_errors(exc: ValidationError, row: Row, made: Draft | None = None
                  ) -> list[tuple[str, str]]:
    out = []
    for e in exc.errors:
        if e.field == "name":
            out.append(("name", "nothing says who this is: no name, company, phone or e-mail"))
            continue
        header = _column_of(e.field, row, made)
        out.append((_base_field(e.field), (f"column '{header}': " if header else "")
                    + e.message))
    return out


def _warnings(d: CustomerDraft, row: Row, made: Draft) -> list[tuple[str, str]]:
    """What was kept but could not be verified, for the user to review."""
    out = list(made.warnings)
    counters: dict[str, int] = {}
    for c in d.contacts:
        n = counters.get(c.kind, 0)
        counters[c.kind] = n + 1
        if c.unverified:
            header = _column_of(f"{c.kind}s[{n}]", row, made)
            out.append((c.kind, (f"column '{header}': " if header else "")
                        + f"'{c.value}' kept as written, {c.unverified}"))
    for i, a in enumerate(d.addresses):
        if a.country and len(a.country) != 2:
            header = made.origin("addresses", i) or row.header("country")
            out.append(("country", f"column '{header}': '{a.country}' kept as written; "
                                   "Regulars does not know which country that is"))
    return out


# --- the import -----------------------------------------------------------------------------


MODES = ("both", "create", "update")


def import_again(db: Database, import_id: int, **options) -> ImportReport:
    """The file of an earlier import, read again and imported with the mapping used last
    time for its headers: what the window's "Import again" does in one click."""
    from services.import_undo import find

    run = find(db, import_id)
    if not run.path:
        raise ServiceError(f"import #{import_id} was pasted cells, not a file; paste them again")
    table = read_file(run.path)
    return import_table(db, table, mapping_for(db, table.headers, run.kind), run.kind,
                        **options)


def import_table(db: Database, table: Table, mapping: Sequence[str | None],
                 kind: str = "customers", *, dry_run: bool = False, skip_bad: bool = False,
                 clean: bool = True, remember: bool = True, mode: str = "both",
                 progress: Callable[[int, int], None] | None = None) -> ImportReport:
    """Import the table in one transaction. Rows that fail their checks are reported; with
    any rejected, nothing is written unless `skip_bad` (import the good rows). A dry run
    reports the same and writes nothing. `mode`: "create" only adds customers not in the
    file yet, "update" only adds to those who are, "both" does both. What an import of
    customers did is recorded, so that services.import_undo can take it back."""
    if kind not in KINDS:
        raise ServiceError(f"'{kind}' is not a kind of import (customers, purchases)")
    if mode not in MODES:
        raise ServiceError(f"'{mode}' is not a mode of import ({', '.join(MODES)})")
    check_mapping(mapping, table.headers, kind)
    report = ImportReport(kind, table.source, dry_run=dry_run)
    for number, message in table.problems:
        report.errors.append(RowError(number, "", message))
    report.warnings += [RowError(number, "", message) for number, message in table.warnings]
    try:
        with db.transaction() as session:
            with no_gc_pauses():  # a draft per row: many objects, no cycles
                if kind == "customers":
                    _import_customers(session, table, mapping, report, clean, progress, mode)
                else:
                    _import_purchases(session, table, mapping, report, clean, progress)
            report.rejected = len({e.row for e in report.errors})
            if report.rejected and not skip_bad:
                raise _Rejected(report.errors)
            if dry_run:
                raise _DryRun
            if remember:
                remember_mapping(session, table.headers, kind, mapping)
        report.imported = True
    except (_Rejected, _DryRun):
        report.import_id = None
    report.errors.sort(key=lambda e: e.row)
    report.warnings.sort(key=lambda e: e.row)
    return report


def _import_customers(session: Session, table: Table, mapping: Sequence[str | None],
                      report: ImportReport, clean: bool,
                      progress: Callable[[int, int], None] | None, mode: str = "both") -> None:
    from services import import_undo

    region = settings.phone_region(session)
    index = CustomerIndex(session, import_undo.own_uid_prefix(session))
    tags = tag_index(session)
    pending: dict[str, CustomerDraft] = {}  # new customers not written yet, by their row
    fresh: set[int] = set()  # customers this import created (and wrote already)
    current: dict[int, CustomerDraft] = {}  # what the file makes of customers it touched
    originals: dict[int, CustomerDraft] = {}  # …and what they were before

    def write_pending() -> None:
        # written while the rest of the file is still being read and checked
        keys = list(pending)
        for key, cid in zip(keys, add_validated(session, list(pending.values()), tags),
                            strict=True):
            index.rebind(pending.pop(key), key, cid)
            fresh.add(cid)  # its draft is let go: a later row for it reads it back

    warned: dict[int, list[RowError]] = {}
    for i, (number, draft, errors, warnings) in enumerate(_prepared(table, mapping, clean,
                                                                    region)):
        if progress and i % 1000 == 0:
            progress(i, len(table.rows))
        if errors:
            report.errors += [RowError(number, f, m) for f, m in errors]
            continue
        if draft is None:  # an empty row
            continue
        who = index.find(draft)
        index.drop_own(draft)  # this file's own UID is the customer's id, not another's
        if (who is None and mode == "update") or (isinstance(who, int) and who not in fresh
                                                  and mode == "create"):
            report.skipped += 1
            continue
        if warnings:  # kept per row, so that a row rejected later loses its warnings
            warned[number] = [RowError(number, f, m) for f, m in warnings]
        if who is None:
            key = f"row{number}"
            pending[key] = draft
            index.add(draft, key)
            report.created += 1
            if len(pending) >= FLUSH_EVERY:
                write_pending()
            continue
        if isinstance(who, int) and who not in current:
            originals[who] = current[who] = draft_from(_load(session, who))
        before = pending[who] if isinstance(who, str) else current[who]
        merged = merge_drafts(before, draft)
        if merged == before:
            report.skipped += 1
            continue
        try:
            merged = validate(session, merged, None if isinstance(who, str) else who,
                              region=region)
        except ValidationError as exc:
            row = Row(table.rows[i], mapping, table.headers, clean)
            report.errors += [RowError(number, f, m) for f, m in _field_errors(exc, row)]
            warned.pop(number, None)
            continue
        if isinstance(who, str):
            pending[who] = merged
        else:
            current[who] = merged
        report.skipped += 1  # until the end says whether the customer really changed
        index.add(merged, who)
    write_pending()
    touched = [cid for cid in current if current[cid] != originals[cid]]
    # customers this import made and a later row added to are written again; undoing the
    # import removes them whole, so only the others need their earlier state kept
    changed = [cid for cid in touched if cid not in fresh]
    before, was = undo.take(session, changed), import_undo.digests(session, changed)
    for cid in touched:
        update_customer(session, cid, current[cid])
    now = import_undo.digests(session, changed)
    updated = [cid for cid in changed if was[cid] != now[cid]]
    report.updated = len(updated)
    report.skipped -= len(updated)
    report.warnings += [w for ws in warned.values() for w in ws]
    if not report.dry_run and (fresh or updated):
        report.import_id = import_undo.record(session, report, sorted(fresh),
                                              {cid: before[cid] for cid in updated},
                                              table.path)
    if progress:
        progress(len(table.rows), len(table.rows))


def _prepare_row(cells: list[str], mapping: Sequence[str | None], headers: Sequence[str],
                 clean: bool, region: str, how: Reading = Reading()
                 ) -> tuple[CustomerDraft | None, list[tuple[str, str]], list[tuple[str, str]]]:
    """One row to a validated draft, or its problems (field, message), and what was kept
    but could not be verified; (None, [], []) when the row is empty. No database: it may run
    in another process."""
    row = Row(cells, mapping, headers, clean)
    if not row.first:
        return None, [], []
    made = customer_draft(row, how)
    try:
        draft = validate(None, made.draft, region=region)
    except ValidationError as exc:
        return None, _field_errors(exc, row, made), []
    return draft, [], _warnings(draft, row, made)


_SCALARS = tuple(f.name for f in fields(CustomerDraft)
                 if f.name not in ("contacts", "addresses", "dates", "documents",
                                   "preferences", "tags", "consents", "refs"))
_ADDRESS = tuple(f.name for f in fields(AddressDraft))
_CONTACT = tuple(f.name for f in fields(ContactDraft))
_DATE = tuple(f.name for f in fields(DateDraft))


def _pack(d: CustomerDraft | None) -> tuple | None:
    """A draft as plain tuples: what crosses from a worker process. Unpickling tuples is a
    tenth of the cost of unpickling dataclasses, and this end reads 100,000 of them."""
    if d is None:
        return None
    return (tuple(getattr(d, n) for n in _SCALARS),
            tuple(tuple(getattr(c, n) for n in _CONTACT) for c in d.contacts),
            tuple(tuple(getattr(a, n) for n in _ADDRESS) for a in d.addresses),
            tuple(d.tags), tuple((c.channel, c.given, c.method) for c in d.consents),
            tuple(tuple(getattr(x, n) for n in _DATE) for x in d.dates), tuple(d.refs))


def _unpack(packed: tuple | None) -> CustomerDraft | None:
    if packed is None:
        return None
    scalars, contacts, addresses, tags, consents, dates, refs = packed
    d = CustomerDraft(**dict(zip(_SCALARS, scalars, strict=True)))
    d.contacts = [ContactDraft(*c) for c in contacts]
    d.addresses = [AddressDraft(*a) for a in addresses]
    d.tags = list(tags)
    d.consents = [ConsentDraft(*c) for c in consents]
    d.dates = [DateDraft(*x) for x in dates]
    d.refs = list(refs)
    return d


def _prepare_batch(args) -> list[tuple]:
    rows, mapping, headers, clean, region, order = args
    out = []
    for cells in rows:
        draft, errors, warnings = _prepare_row(cells, mapping, headers, clean, region, order)
        out.append((_pack(draft), errors, warnings))
    return out


def _end_with_parent(parent: int) -> None:
    """A worker's first task: end when the importing process does, even by kill -9, instead
    of waiting for ever on a queue nobody will fill."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _prepared(table: Table, mapping: Sequence[str | None], clean: bool, region: str):
    """(row number, draft or None, errors) for each row, in order. Reading and checking the
    rows is most of an import's work and needs no database, so a large file is checked by
    worker processes, one per core, while this one matches and writes."""
    n = len(table.rows)
    order = reading(table, mapping, region)
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS)
    if n < PARALLEL_FROM or workers < 1:
        for number, cells in zip(table.numbers, table.rows, strict=True):
            yield (number, *_prepare_row(cells, mapping, table.headers, clean, region, order))
        return
    batches = [(table.rows[i:i + BATCH], list(mapping), list(table.headers), clean, region,
                order) for i in range(0, n, BATCH)]
    # spawn, not fork: the window's process has Qt's threads, which a fork would copy broken
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_end_with_parent,
                             initargs=(os.getpid(),)) as pool:
        numbers = iter(table.numbers)
        # a few batches ahead, not all: checked rows waiting to be written are what fills
        # the memory when the writing is the slower side
        ahead = deque(pool.submit(_prepare_batch, b) for b in batches[:workers * 2])
        rest = iter(batches[workers * 2:])
        while ahead:
            results = ahead.popleft().result()
            if (batch := next(rest, None)) is not None:
                ahead.append(pool.submit(_prepare_batch, batch))
            for packed, errors, warnings in results:
                yield next(numbers), _unpack(packed), errors, warnings


def preview(table: Table, mapping: Sequence[str | None], region: str, clean: bool = True,
            rows: int = 10) -> list[str]:
    """How each of the first rows of a customer file will be read, in words: the name, the
    birthday as a date, the contacts as stored; or what is wrong with the row."""
    order = reading(table, mapping, region)
    out = []
    for cells in table.rows[:rows]:
        draft, errors, warnings = _prepare_row(cells, mapping, table.headers, clean, region,
                                               order)
        if errors:
            out.append("✗ " + "; ".join(m for _f, m in errors))
        elif draft is None:
            out.append("")
        else:
            name = " ".join(x for x in (draft.family_name, draft.given_name, draft.patronymic)
                            if x)
            parts = [name or draft.company]
            if name and draft.company:
                parts.append(draft.company)
            parts.append(format_user_date(draft.birthday))
            parts += [c.value for c in draft.contacts]
            parts += [a.city for a in draft.addresses if a.city]
            parts += ["⚠ " + m for _f, m in warnings]
            out.append(" · ".join(p for p in parts if p))
    return out


def preview_for(db: Database, table: Table, mapping: Sequence[str | None], clean: bool = True,
                rows: int = 10) -> list[str]:
    with db.sessions() as session:
        region = settings.phone_region(session)
    return preview(table, mapping, region, clean, rows)


def _load(session: Session, cid: int) -> Customer:
    return session.execute(
        select(Customer).where(Customer.id == cid).options(
            selectinload(Customer.contacts), selectinload(Customer.addresses),
            selectinload(Customer.tags), selectinload(Customer.consents),
            selectinload(Customer.refs), selectinload(Customer.dates))
    ).scalar_one()
