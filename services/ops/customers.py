"""One customer or a selection: history entries, tags, who serves them, archive, delete, forget,
merge."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from models import Interaction
from models.database import Database
from services.core.undo import Change, perform
from services.customers.history import add_interaction, delete_interaction, update_interaction
from services.directory import bulk


def _owner(db: Database, model, row_id: int) -> list[int]:
    """The customer a purchase or history entry belongs to (none if it is gone)."""
    with db.sessions() as session:
        owner = session.execute(select(model.customer_id).where(model.id == row_id)
                                ).scalar_one_or_none()
    return [owner] if owner is not None else []


def new_interaction(db: Database, customer_id: int, kind: str, **fields) -> Change:
    return perform(db, "Add to history", [customer_id],
                   lambda s: add_interaction(s, customer_id, kind, **fields))[1]


def edit_interaction(db: Database, interaction_id: int, **fields) -> Change:
    return perform(db, "Edit history entry", _owner(db, Interaction, interaction_id),
                   lambda s: update_interaction(s, interaction_id, **fields))[1]


def remove_interaction(db: Database, interaction_id: int) -> Change:
    return perform(db, "Delete history entry", _owner(db, Interaction, interaction_id),
                   lambda s: delete_interaction(s, interaction_id))[1]


def tag(db: Database, ids: Sequence[int], name: str) -> tuple[int, Change]:
    return perform(db, f"Tag {len(ids)} customer(s) “{name}”", ids,
                   lambda s: bulk.add_tag(s, ids, name))


def untag(db: Database, ids: Sequence[int], name: str) -> tuple[int, Change]:
    return perform(db, f"Remove tag “{name}”", ids, lambda s: bulk.remove_tag(s, ids, name))


def assign(db: Database, ids: Sequence[int], staff_id: int | None) -> tuple[int, Change]:
    return perform(db, f"Assign {len(ids)} customer(s)", ids,
                   lambda s: bulk.assign_staff(s, ids, staff_id))


def archive(db: Database, ids: Sequence[int], archived: bool = True) -> tuple[int, Change]:
    label = "Archive" if archived else "Restore"
    return perform(db, f"{label} {len(ids)} customer(s)", ids,
                   lambda s: bulk.set_archived(s, ids, archived))


def deletion_summary(db: Database, ids: Sequence[int]) -> dict[str, int]:
    with db.sessions() as session:
        return bulk.deletion_summary(session, ids)


def delete_for_good(db: Database, ids: Sequence[int]) -> int:
    with db.transaction() as session:
        return bulk.delete_permanently(session, ids)


def forget_customer(db: Database, customer_id: int) -> None:
    from services.customers.erasure import forget

    forget(db, customer_id)


def duplicate_pairs(db: Database):
    from services.duplicates.pairs import find_duplicates

    return find_duplicates(db)


def merge_customers(db: Database, survivor: int, other: int, choose: dict[str, str]) -> Change:
    from services.duplicates.pairs import merge

    return merge(db, survivor, other, choose)
