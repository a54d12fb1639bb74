"""purchase period index: (date, status, customer_id, amount) answers period sums from the index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_purchase_period", "purchase",
                    ["date", "status", "customer_id", "amount"])


def downgrade() -> None:
    op.drop_index("ix_purchase_period", table_name="purchase")
