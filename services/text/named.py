"""Finding a short named thing (tag, segment, staff member) whatever the case, in any
alphabet: SQLite's lower() knows only ASCII, so the few names are compared in Python."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.text.folding import fold


def find_by_name(session: Session, model, name: str):
    """The row of `model` whose .name matches `name` ignoring case and accents, or None."""
    wanted = fold(name)
    for row in session.execute(select(model)).scalars():
        if fold(row.name) == wanted:
            return row
    return None
