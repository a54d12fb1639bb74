"""first purchase index: anniversaries of the first purchase found by date ranges

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customer_first_purchase", "customer", ["first_purchase"])


def downgrade() -> None:
    op.drop_index("ix_customer_first_purchase", table_name="customer")
