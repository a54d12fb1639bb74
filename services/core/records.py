"""Fetching one row by id, with the message a user understands when it is not there."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from models import Customer
from services.core.errors import NotFoundError

T = TypeVar("T")


def require(session: Session, model: type[T], row_id: int, noun: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"no {noun} #{row_id}")
    return row


def get_customer(session: Session, customer_id: int) -> Customer:
    return require(session, Customer, customer_id, "customer")
