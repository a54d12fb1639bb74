"""agenda

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa



revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('task_group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_group'))
    )
    op.create_table('reminder_state',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('snoozed_until', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_reminder_state_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_reminder_state'))
    )
    with op.batch_alter_table('reminder_state', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminder_state_customer_id'), ['customer_id'], unique=False)

    op.create_table('task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_task_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['task_group.id'], name=op.f('fk_task_group_id_task_group'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_task_staff_id_staff'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task'))
    )
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_task_due_open', ['done_at', 'due'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_task_staff_id'), ['staff_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_staff_id'))
        batch_op.drop_index(batch_op.f('ix_task_group_id'))
        batch_op.drop_index('ix_task_due_open')
        batch_op.drop_index(batch_op.f('ix_task_customer_id'))

    op.drop_table('task')
    with op.batch_alter_table('reminder_state', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_state_customer_id'))

    op.drop_table('reminder_state')
    op.drop_table('task_group')

