"""Opening a customer file for the services: the database plus the hooks that keep derived
columns (sort name, search terms) in step with every change, whoever makes it."""

from __future__ import annotations

import os
from functools import cache

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from models import ContactPoint, Customer, Purchase
from models.database import Database, open_database
from services.analysis.figures import DORMANT_SETTINGS, refresh_dormant, refresh_stats
from services.core import settings
from services.core.errors import FieldError, ValidationError
from services.core.undo import after_restore
from services.directory.search import refresh_terms
from services.text.folding import sort_name

STAT_FIELDS = ["purchase_count", "total_spent", "first_purchase", "last_purchase"]
_PENDING = "regulars.reindex"
_PENDING_STATS = "regulars.stats"


@cache
def _limited(mapper) -> tuple[tuple[str, str, int], ...]:
    """(attribute, column, length) of a mapped class's text columns that have a length."""
    return tuple((mapper.get_property_by_column(c).key, c.key, c.type.length)
                 for c in mapper.columns if isinstance(c.type, String) and c.type.length)


def _check_lengths(objects) -> None:
    """Text longer than its column: PostgreSQL refuses it and SQLite would keep it, so both
    refuse it here, by the field's name, before either sees it."""
    problems = []
    for obj in objects:
        for attribute, column, limit in _limited(inspect(obj).mapper):
            value = getattr(obj, attribute, None)
            if isinstance(value, str) and len(value) > limit:
                problems.append(FieldError(column, f"is longer than {limit} characters "
                                                   f"({len(value)})"))
    if problems:
        raise ValidationError(problems)


def _before_flush(session: Session, _ctx, _instances) -> None:
    _check_lengths(list(session.new) + list(session.dirty))
    pending = session.info.setdefault(_PENDING, [])
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Customer):
            obj.sort_name = sort_name(obj)
            pending.append(obj)
        elif isinstance(obj, ContactPoint):
            pending.append(obj)
    for obj in session.deleted:
        if isinstance(obj, ContactPoint):
            pending.append(obj)
    stats = session.info.setdefault(_PENDING_STATS, set())
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Purchase):
            stats.add(obj)
            history = inspect(obj).attrs.customer_id.history
            stats.update(("id", old) for old in history.deleted or () if old is not None)


def _after_flush(session: Session, _ctx) -> None:
    pending = session.info.pop(_PENDING, [])
    ids = set()
    for obj in pending:
        cid = obj.id if isinstance(obj, Customer) else obj.customer_id
        if cid is None and isinstance(obj, ContactPoint) and obj.customer is not None:
            cid = obj.customer.id
        if cid is not None:
            ids.add(cid)
    if ids:
        refresh_terms(session.connection(), ids)
    touched = session.info.pop(_PENDING_STATS, set())
    stat_ids = {x[1] if isinstance(x, tuple) else x.customer_id for x in touched}
    stat_ids.discard(None)
    if stat_ids:
        refresh_stats(session.connection(), stat_ids)
        for obj in session.identity_map.values():
            if isinstance(obj, Customer) and obj.id in stat_ids:
                session.expire(obj, STAT_FIELDS)


def _dormant_follows(session: Session) -> None:
    refresh_dormant(session.connection())


def register_settings() -> None:
    """Every room's settings, each declared where its capability lives."""
    from services.agenda import options as agenda
    from services.analysis import options as analysis
    from services.maintenance import options as maintenance
    from services.outreach import options as outreach
    from services.printing import options as printing
    from services.sales import options as sales

    for room in (settings, analysis, sales, agenda, outreach, printing, maintenance):
        settings.register(room.OPTIONS)


def install_hooks(db: Database) -> Database:
    register_settings()
    settings.react(DORMANT_SETTINGS, _dormant_follows)
    after_restore(refresh_terms)
    after_restore(refresh_stats)
    event.listen(db.sessions, "before_flush", _before_flush)
    event.listen(db.sessions, "after_flush", _after_flush)
    return db


def open_store(target: str | os.PathLike[str], **kwargs) -> Database:
    return install_hooks(open_database(target, **kwargs))
