"""Actions on many selected customers at once: tags, staff, archive."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from models import Customer, Staff, Tag, customer_tag
from models.types import utcnow
from services.core.errors import NotFoundError, field_error
from services.text.named import find_by_name

CHUNK = 500


def _chunks(ids: Sequence[int]):
    ids = sorted(set(ids))
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _existing(session: Session, ids: Sequence[int]) -> list[int]:
    found = []
    for chunk in _chunks(ids):
        found += session.execute(select(Customer.id).where(Customer.id.in_(chunk))).scalars()
    missing = set(ids) - set(found)
    if missing:
        raise NotFoundError(f"no customer #{min(missing)}")
    return found


def tag_id(session: Session, name: str, create: bool = True) -> int | None:
    name = " ".join(name.split())
    if not name:
        raise field_error("tag", "is empty")
    if len(name) > 100:
        raise field_error("tag", "is too long (at most 100 characters)")
    row = find_by_name(session, Tag, name)
    found = row.id if row is not None else None
    if found is None and create:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
        found = tag.id
    return found


def add_tag(session: Session, ids: Sequence[int], name: str) -> int:
    """Tag the customers; returns how many did not have the tag yet."""
    ids = _existing(session, ids)
    tid = tag_id(session, name)
    added = 0
    for chunk in _chunks(ids):
        have = set(session.execute(select(customer_tag.c.customer_id).where(
            customer_tag.c.tag_id == tid, customer_tag.c.customer_id.in_(chunk))).scalars())
        rows = [{"customer_id": cid, "tag_id": tid} for cid in chunk if cid not in have]
        if rows:
            session.execute(insert(customer_tag), rows)
            added += len(rows)
    _touch(session, ids)
    return added


def remove_tag(session: Session, ids: Sequence[int], name: str) -> int:
    ids = _existing(session, ids)
    tid = tag_id(session, name, create=False)
    if tid is None:
        return 0
    removed = 0
    for chunk in _chunks(ids):
        removed += session.execute(delete(customer_tag).where(
            customer_tag.c.tag_id == tid, customer_tag.c.customer_id.in_(chunk))).rowcount
    _touch(session, ids)
    return removed


def assign_staff(session: Session, ids: Sequence[int], staff_id: int | None) -> int:
    ids = _existing(session, ids)
    if staff_id is not None and session.get(Staff, staff_id) is None:
        raise NotFoundError(f"no staff member #{staff_id}")
    changed = 0
    for chunk in _chunks(ids):
        changed += session.execute(
            update(Customer).where(Customer.id.in_(chunk))
            .where(or_(Customer.staff_id.is_(None), Customer.staff_id != staff_id)
                   if staff_id is not None else Customer.staff_id.is_not(None))
            .values(staff_id=staff_id, updated_at=utcnow())
            .execution_options(synchronize_session=False)).rowcount
    session.expire_all()
    return changed


def set_archived(session: Session, ids: Sequence[int], archived: bool = True) -> int:
    """Archive (or restore) customers; returns how many changed."""
    ids = _existing(session, ids)
    changed = 0
    now = utcnow()
    for chunk in _chunks(ids):
        changed += session.execute(
            update(Customer).where(Customer.id.in_(chunk), Customer.archived.is_(not archived))
            .values(archived=archived, archived_at=now if archived else None, updated_at=now)
            .execution_options(synchronize_session=False)).rowcount
    session.expire_all()
    return changed


def _touch(session: Session, ids: Sequence[int]) -> None:
    now = utcnow()
    for chunk in _chunks(ids):
        session.execute(update(Customer).where(Customer.id.in_(chunk)).values(updated_at=now)
                        .execution_options(synchronize_session=False))
    session.expire_all()


def deletion_summary(session: Session, ids: Sequence[int]) -> dict[str, int]:
    """What a permanent deletion takes with it, to say so before asking."""
    from models import Interaction, Purchase

    ids = _existing(session, ids)
    out = {"customers": len(ids), "purchases": 0, "history": 0, "notes": 0}
    for chunk in _chunks(ids):
        out["purchases"] += session.execute(select(func.count(Purchase.id)).where(
            Purchase.customer_id.in_(chunk))).scalar_one()
        out["history"] += session.execute(select(func.count(Interaction.id)).where(
            Interaction.customer_id.in_(chunk))).scalar_one()
        out["notes"] += session.execute(select(func.count(Customer.id)).where(
            Customer.id.in_(chunk), Customer.notes != "")).scalar_one()
    return out


def delete_permanently(session: Session, ids: Sequence[int]) -> int:
    """Delete archived customers with everything they own. Only from the archive."""
    ids = _existing(session, ids)
    for chunk in _chunks(ids):
        active = session.execute(select(Customer.id).where(
            Customer.id.in_(chunk), Customer.archived.is_(False))).scalars().first()
        if active is not None:
            raise field_error("customer", f"#{active} is not archived; archive a customer "
                              "before deleting them for good")
    for chunk in _chunks(ids):
        session.execute(delete(Customer).where(Customer.id.in_(chunk))
                        .execution_options(synchronize_session=False))
    session.expire_all()
    return len(ids)
