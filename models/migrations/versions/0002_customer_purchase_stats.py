"""customer purchase stats: count, total, first and last purchase on the customer row

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the statuses that counted when this migration was written.
COUNTED = "('paid', 'unpaid', 'preorder')"


def upgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purchase_count", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("total_spent", sa.BigInteger(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("first_purchase", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("last_purchase", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_customer_last_purchase"), ["last_purchase"])
        batch_op.create_index(batch_op.f("ix_customer_purchase_count"), ["purchase_count"])
        batch_op.create_index(batch_op.f("ix_customer_total_spent"), ["total_spent"])
    where = f"p.customer_id = customer.id AND p.status IN {COUNTED}"
    op.execute(
        "UPDATE customer SET "
        f"purchase_count = (SELECT COUNT(*) FROM purchase p WHERE {where}), "
        f"total_spent = COALESCE((SELECT SUM(p.amount) FROM purchase p WHERE {where}), 0), "
        f"first_purchase = (SELECT MIN(p.date) FROM purchase p WHERE {where}), "
        f"last_purchase = (SELECT MAX(p.date) FROM purchase p WHERE {where})"
    )


def downgrade() -> None:
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_total_spent"))
        batch_op.drop_index(batch_op.f("ix_customer_purchase_count"))
        batch_op.drop_index(batch_op.f("ix_customer_last_purchase"))
        batch_op.drop_column("last_purchase")
        batch_op.drop_column("first_purchase")
        batch_op.drop_column("total_spent")
        batch_op.drop_column("purchase_count")
