"""agenda speed: customer.dormant_on, and a covering (customer, kind, …, value) contact index

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

CHUNK = 5000


def _dormant_from(count, first, last, factor, single):
    # services.stats.dormant_from as of this revision; a migration keeps its own copy so that
    # later changes to the service cannot change what this step did
    if not count or first is None or last is None:
        return None
    if count < 2:
        return last + dt.timedelta(days=single + 1)
    usual = (last - first).days / (count - 1)
    return last + dt.timedelta(days=int(factor * max(usual, 1)) + 1)


def upgrade() -> None:
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("dormant_on", sa.Date(), nullable=True))
    op.create_index("ix_customer_dormant_on", "customer", ["dormant_on"])
    op.drop_index("ix_contact_point_customer_id", table_name="contact_point")
    op.create_index("ix_contact_point_customer", "contact_point",
                    ["customer_id", "kind", sa.text("is_primary DESC"), "position", "value"])

    conn = op.get_bind()
    setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))
    stored = dict(conn.execute(sa.select(setting.c.key, setting.c.value)).all())
    factor = float(json.loads(stored.get("dormant_factor", "2")))
    single = int(json.loads(stored.get("dormant_single_days", "180")))
    customer = sa.table("customer", sa.column("id", sa.Integer),
                        sa.column("purchase_count", sa.Integer),
                        sa.column("first_purchase", sa.Date), sa.column("last_purchase", sa.Date),
                        sa.column("dormant_on", sa.Date))
    rows = conn.execute(sa.select(customer.c.id, customer.c.purchase_count,
                                  customer.c.first_purchase, customer.c.last_purchase)
                        .where(customer.c.purchase_count > 0)).all()
    changes = [{"cid": cid, "d": _dormant_from(n, first, last, factor, single)}
               for cid, n, first, last in rows]
    stmt = (sa.update(customer).where(customer.c.id == sa.bindparam("cid"))
            .values(dormant_on=sa.bindparam("d")))
    for start in range(0, len(changes), CHUNK):
        conn.execute(stmt, changes[start:start + CHUNK])


def downgrade() -> None:
    op.drop_index("ix_contact_point_customer", table_name="contact_point")
    op.create_index("ix_contact_point_customer_id", "contact_point", ["customer_id"])
    op.drop_index("ix_customer_dormant_on", table_name="customer")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("dormant_on")
