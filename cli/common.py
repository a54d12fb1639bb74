"""What the commands share: opening the customer file, JSON out, files written whole, the
customers a command is for."""

from __future__ import annotations

import json
import sys

LARGEST = 2**31 - 1  # an id or a count both SQLite and PostgreSQL hold


def open_db(args, create: bool = False):
    from services.core.paths import default_customer_file, ensure_private_dir
    from services.ops.store import open_store

    target = args.db
    if target is None:
        path = default_customer_file()
        ensure_private_dir(path.parent)
        target = str(path)
    return open_store(target, create=create)


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def customer_ids(args, db=None) -> list[int] | None:
    from services.core.errors import field_error

    if getattr(args, "segment", None) is not None:
        from services.directory.segments import resolve

        return resolve(db, args.segment)
    if args.all:
        return None
    ids = []
    for part in args.customers.split(","):
        part = part.strip()
        if not part.isdecimal() or not 0 < int(part) <= LARGEST:
            raise field_error("customers", f"'{part}' is not a customer id")
        ids.append(int(part))
    return ids


def chosen(args) -> list[int] | None:
    """--customers as ids; None for --all and for a segment (resolved once the file is open)."""
    return None if args.segment is not None else customer_ids(args)


def write_file(path: str, data: bytes) -> None:
    from services.core.files import write_atomic

    write_atomic(path, data)
