"""Which widget of the card shows which problem: a field's errors under the field, a list's
under its table with the rows marked, the rest in the status line."""

from __future__ import annotations

import re
from collections.abc import Callable

from services.core.errors import FieldError

_LIST_FIELD = re.compile(r"^(\w+)\[(\d+)\]")
CONTACT_LISTS = {"phones": "phone", "emails": "email", "messengers": "messenger",
                 "websites": "website"}


def route_errors(errors: list[FieldError], tables: dict, contact_rows: dict[str, list[int]],
                 row_message: Callable[[int, str], str]
                 ) -> tuple[dict[str, list[str]], dict[str, set[int]]]:
    """(messages by widget name, rows to mark by table name)."""
    by_widget: dict[str, list[str]] = {}
    marked: dict[str, set[int]] = {k: set() for k in tables}
    for e in errors:
        m = _LIST_FIELD.match(e.field)
        if m and (m.group(1) in tables or m.group(1) in CONTACT_LISTS):
            name, index = m.group(1), int(m.group(2))
            if name in CONTACT_LISTS:
                rows = contact_rows.get(CONTACT_LISTS[name], [])
                row = rows[index] if index < len(rows) else index
                name = "contacts"
            else:
                row = index
            marked[name].add(row)
            by_widget.setdefault(name, []).append(row_message(row, e.message))
        elif e.field.startswith("tags"):
            by_widget.setdefault("tags", []).append(e.message)
        elif e.field.startswith("consents"):
            by_widget.setdefault("name", []).append(e.message)
        else:
            by_widget.setdefault(e.field, []).append(e.message)
    return by_widget, marked
