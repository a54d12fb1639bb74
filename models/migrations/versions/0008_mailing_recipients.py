"""mailing recipients

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa



revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('mailing_recipient',
    sa.Column('mailing', sa.String(length=300), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_mailing_recipient_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mailing', 'customer_id', name=op.f('pk_mailing_recipient'))
    )



def downgrade() -> None:

    op.drop_table('mailing_recipient')

