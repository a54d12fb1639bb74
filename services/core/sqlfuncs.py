"""The few date expressions SQLite and PostgreSQL spell differently, in one marked place."""

from __future__ import annotations

from sqlalchemy import Integer, cast, func, literal_column
from sqlalchemy.orm import Session


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def days_between(session: Session, later, earlier):
    """Whole days from `earlier` to `later` (both DATE columns or expressions)."""
    if _dialect(session) == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier


def month_of(session: Session, column):
    """'YYYY-MM' of a DATE."""
    if _dialect(session) == "sqlite":
        return func.substr(column, 1, 7)
    # the format as a literal, not a parameter: PostgreSQL matches a GROUP BY to the select
    # list by the expression, and two parameters are two different expressions to it
    return func.to_char(column, literal_column("'YYYY-MM'"))
