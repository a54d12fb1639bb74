"""The people in the business who serve customers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Staff
from services.core.errors import field_error
from services.text.named import find_by_name


def list_staff(session: Session, active_only: bool = True) -> list[Staff]:
    stmt = select(Staff).order_by(Staff.name)
    if active_only:
        stmt = stmt.where(Staff.active.is_(True))
    return list(session.execute(stmt).scalars())


def add_staff(session: Session, name: str) -> Staff:
    name = " ".join(name.split())
    if not name:
        raise field_error("staff", "the name is empty")
    if find_by_name(session, Staff, name) is not None:
        raise field_error("staff", f"'{name}' is already on the staff list")
    staff = Staff(name=name)
    session.add(staff)
    session.flush()
    return staff
