"""What the customer list needs from the file, as plain calls (the window never builds SQL)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from models import Customer
from models.database import Database
from services import settings
from services.search import all_ids, search_ids
from services.views import CustomerRow, customer_rows


class CustomerDirectory:
    def __init__(self, db: Database):
        self.db = db
        with db.sessions() as session:
            self.region = settings.phone_region(session)

    def find(self, query: str, *, archived: bool = False) -> list[int]:
        """Ids of the customers to show, in display order: all of them for an empty query."""
        with self.db.sessions() as session:
            if not query.strip():
                return all_ids(session, archived_only=archived)
            hits = search_ids(session, query, region=self.region, archived_only=archived)
            return [h.customer_id for h in hits]

    def rows(self, ids: Sequence[int]) -> list[CustomerRow]:
        with self.db.sessions() as session:
            return customer_rows(session, ids)

    def count(self, *, archived: bool = False) -> int:
        with self.db.sessions() as session:
            return session.execute(
                select(func.count(Customer.id)).where(Customer.archived.is_(archived))
            ).scalar_one()
