"""Bringing customers and purchases in from a table (services.transfer.readers): the mapping of
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
from itertools import islice

from models.database import Database
from services.core import settings
from services.core.errors import ServiceError, ValidationError
from services.core.gcpause import no_gc_pauses
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    validate,
)
from services.text.dates import format_user_date
from services.transfer.cells import (  # noqa: F401  (parse_import_date, clean_text: API)
    ADDRESS_PARTS,
    clean_text,
    month_first,
    parse_import_date,
)
from services.transfer.customers import CustomerImport
from services.transfer.fields import (  # noqa: F401  (re-exported: the import's public API)
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
from services.transfer.matching import merge_drafts  # noqa: F401  (merge_drafts: API)
from services.transfer.purchases import _import_purchases
from services.transfer.readers import read_file
from services.transfer.report import ImportReport, RowError
from services.transfer.rows import Draft, Reading, Row, customer_draft, reading
from services.transfer.scratch import Scratch
from services.transfer.table import Table

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
    from services.transfer.undo import find

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
    customers did is recorded, so that services.transfer.undo can take it back."""
    if kind not in KINDS:
        raise ServiceError(f"'{kind}' is not a kind of import (customers, purchases)")
    if mode not in MODES:
        raise ServiceError(f"'{mode}' is not a mode of import ({', '.join(MODES)})")
    check_mapping(mapping, table.headers, kind)
    report = ImportReport(kind, table.source, dry_run=dry_run)
    for number, message in table.problems:
        report.reject(number, [("", message)])
    for number, message in table.warnings:
        report.warn(number, [("", message)])
    try:
        with db.bulk_transaction() as session, Scratch() as scratch:
            with no_gc_pauses():  # a draft per row: many objects, no cycles
                if kind == "customers":
                    job = CustomerImport(session, table, mapping, report, clean, mode, scratch,
                                         _field_errors)
                    job.run(_prepared(table, mapping, clean, job.region), progress)
                else:
                    _import_purchases(session, table, mapping, report, clean, progress,
                                      scratch)
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
    for _number, cells in rows:
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
    """(row number, cells, draft or None, errors, warnings) for each row, in order. Reading
    and checking the rows is most of an import's work and needs no database, so a large file
    is checked by worker processes, one per core, while this one matches and writes."""
    order = reading(table, mapping, region)
    workers = min((os.cpu_count() or 1) - 1, MAX_WORKERS)
    if table.count < PARALLEL_FROM or workers < 1:
        for number, cells in table.records():
            yield (number, cells,
                   *_prepare_row(cells, mapping, table.headers, clean, region, order))
        return
    records = table.records()
    shared = (list(mapping), list(table.headers), clean, region, order)
    # spawn, not fork: the window's process has Qt's threads, which a fork would copy broken
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_end_with_parent,
                             initargs=(os.getpid(),)) as pool:
        # a few batches ahead, not all: the file is read as fast as it is written, and
        # checked rows waiting to be written are what would fill the memory
        ahead: deque = deque()
        for rows in iter(lambda: list(islice(records, BATCH)), []):
            ahead.append((rows, pool.submit(_prepare_batch, (rows, *shared))))
            if len(ahead) < workers * 2:
                continue
            yield from _results(*ahead.popleft())
        while ahead:
            yield from _results(*ahead.popleft())


def _results(rows: list[tuple[int, list[str]]], future):
    for (number, cells), (packed, errors, warnings) in zip(rows, future.result(), strict=True):
        yield number, cells, _unpack(packed), errors, warnings


def preview(table: Table, mapping: Sequence[str | None], region: str, clean: bool = True,
            rows: int = 10) -> list[str]:
    """How each of the first rows of a customer file will be read, in words: the name, the
    birthday as a date, the contacts as stored; or what is wrong with the row."""
    order = reading(table, mapping, region)
    out = []
    for cells in table.preview(rows):
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
