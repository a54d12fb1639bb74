"""What each import did, so that it can be taken back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.types import utcnow


class ImportRun(Base):
    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(300))
    # the file it came from, so that "Import again" is one click (empty: pasted cells)
    path: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(16))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ImportChange(Base):
    """One customer an import created or changed. `before` is the customer as it was (a
    services.core.undo snapshot as JSON; empty for one the import created) and `after` a digest of
    the customer as the import left them: undoing refuses a customer changed since."""

    __tablename__ = "import_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(
        ForeignKey("import_run.id", ondelete="CASCADE"), index=True
    )
    # not a foreign key: undo and merges delete and re-insert customers, and this record
    # must outlive that (services.customers.erasure removes it with the customer's data)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(10))  # created, updated
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(String(64), default="")
