"""keep everything: unverified contacts, extensions, countries as written, photos, ids per
source, and a record of each import

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact_point") as batch:
        batch.add_column(sa.Column("unverified", sa.String(200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("extension", sa.String(20), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("address") as batch:
        batch.alter_column("country", type_=sa.String(100), existing_type=sa.String(2),
                           existing_nullable=False)
    with op.batch_alter_table("customer") as batch:
        batch.add_column(sa.Column("job_title", sa.String(200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("nickname", sa.String(200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("photo", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("photo_type", sa.String(40), nullable=False,
                                   server_default=""))
    op.create_table(
        "external_ref",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(100), nullable=False),
        sa.Column("ref", sa.String(300), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], ondelete="CASCADE",
                                name=op.f("fk_external_ref_customer_id_customer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_ref")),
        sa.UniqueConstraint("source", "ref", name="uq_external_ref_source_ref"),
    )
    op.create_index("ix_external_ref_customer_id", "external_ref", ["customer_id"])
    op.create_table(
        "import_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("path", sa.String(1000), nullable=False, server_default=""),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("created", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_table(
        "import_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(10), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["import_id"], ["import_run.id"], ondelete="CASCADE",
                                name=op.f("fk_import_change_import_id_import_run")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_change")),
    )
    op.create_index("ix_import_change_import_id", "import_change", ["import_id"])
    op.create_index("ix_import_change_customer_id", "import_change", ["customer_id"])
    # the ids other programs gave customers so far, each under its own source
    conn = op.get_bind()
    customer = sa.table("customer", sa.column("id", sa.Integer),
                        sa.column("external_id", sa.String))
    ref = sa.table("external_ref", sa.column("customer_id", sa.Integer),
                   sa.column("source", sa.String), sa.column("ref", sa.String))
    rows = conn.execute(sa.select(customer.c.id, customer.c.external_id)
                        .where(customer.c.external_id.is_not(None))).all()
    seen = set()
    values = []
    for cid, ext in rows:
        source, colon, value = ext.partition(":")
        key = (source, value) if colon and source == "vcard" else ("id", ext)
        if key not in seen:
            seen.add(key)
            values.append({"customer_id": cid, "source": key[0], "ref": key[1]})
    if values:
        conn.execute(sa.insert(ref), values)


def downgrade() -> None:
    op.drop_table("import_change")
    op.drop_table("import_run")
    op.drop_table("external_ref")
    with op.batch_alter_table("customer") as batch:
        batch.drop_column("photo_type")
        batch.drop_column("photo")
        batch.drop_column("nickname")
        batch.drop_column("job_title")
    with op.batch_alter_table("address") as batch:
        batch.alter_column("country", type_=sa.String(2), existing_type=sa.String(100))
    with op.batch_alter_table("contact_point") as batch:
        batch.drop_column("extension")
        batch.drop_column("unverified")
