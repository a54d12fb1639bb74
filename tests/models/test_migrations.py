"""A file made by the first released schema must open in every later version, losing nothing.

The rows below are written with the first schema's own SQL, frozen here: never update them to a
newer schema. Each later migration must carry every value across.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import text

from models import (
    Address,
    BusinessProfile,
    Consent,
    ContactPoint,
    Customer,
    Document,
    ImportantDate,
    Interaction,
    Preference,
    Purchase,
    Relationship,
    Setting,
    Staff,
    Tag,
)
from models.database import open_database
from models.migrate import current_revision, head_revision, upgrade

FIRST = "0001"
TS = "2024-05-06 07:08:09.000000"

FIRST_SCHEMA_ROWS = [
    f"""INSERT INTO business_profile (id, name, address, phone, email, website, logo, currency,
        country, margin_percent, created_at, updated_at) VALUES (1, 'Серебряная нить',
        'ул. Садовая, 12', '+74951234567', 'a@b.example', 'b.example', X'89504E47', 'RUB', 'RU',
        4550, '{TS}', '{TS}')""",
    "INSERT INTO setting (key, value) VALUES ('phone_region', '\"BG\"')",
    f"""INSERT INTO staff (id, name, email, phone, active, created_at, updated_at)
        VALUES (1, 'Ольга', 'o@b.example', '+74950000000', 1, '{TS}', '{TS}')""",
    "INSERT INTO tag (id, name) VALUES (1, 'VIP')",
    f"""INSERT INTO customer (id, family_name, given_name, patronymic, family_name_latin,
        given_name_latin, company, sort_name, sex, salutation, language, birth_year,
        birth_month, birth_day, notes, source, referred_by_id, staff_id, is_adherent,
        is_advocate, penetration_percent, regular_since, external_id, archived, archived_at,
        created_at, updated_at) VALUES
        (1, 'Ёлкина', 'Анна', 'Петровна', 'ELKINA', 'ANNA', '', 'елкина анна петровна',
         'female', 'Аннушка', 'ru', NULL, 2, 29, 'Любит зелёный чай', 'fair', NULL, 1, 1, 0,
         7000, '2025-01-02', 'ext-1', 0, NULL, '{TS}', '{TS}'),
        (2, 'Smith', 'John', '', '', '', 'Bright Ltd', 'smith john bright ltd', 'male', '',
         'en', 1980, 12, 31, '', '', 1, NULL, 0, 1, NULL, NULL, NULL, 1, '{TS}', '{TS}',
         '{TS}')""",
    """INSERT INTO customer_tag (customer_id, tag_id) VALUES (1, 1)""",
    """INSERT INTO contact_point (id, customer_id, kind, value, label, is_primary, position)
        VALUES (1, 1, 'phone', '+79123456789', 'mobile', 1, 0),
               (2, 1, 'email', 'anna@example.com', '', 1, 1)""",
    """INSERT INTO address (id, customer_id, label, recipient, line1, line2, city, region,
        postcode, country, is_primary, position) VALUES (1, 1, 'home', '',
        'ул. Ленина, д. 1, кв. 2', '', 'Москва', '', '101000', 'RU', 1, 0)""",
    """INSERT INTO important_date (id, customer_id, kind, label, year, month, day, yearly, note)
        VALUES (1, 1, 'name_day', '', NULL, 2, 16, 1, '')""",
    """INSERT INTO document (id, customer_id, kind, number, issued_on, expires_on, citizenship,
        issued_by, note) VALUES (1, 1, 'foreign_passport', '75 1234567', '2020-03-04',
        '2030-03-04', 'RU', 'МВД 77001', '')""",
    """INSERT INTO relationship (id, customer_id, other_id, kind, note)
        VALUES (1, 2, 1, 'friend', 'met at the fair')""",
    """INSERT INTO preference (id, customer_id, category, value, value_key, note)
        VALUES (1, 1, 'metal', 'Silver', 'silver', '')""",
    f"""INSERT INTO consent (id, customer_id, channel, status, given_at, withdrawn_at, method,
        changed_at) VALUES (1, 1, 'email', 'withdrawn', '{TS}', '2025-01-01 00:00:00.000000',
        'paper form', '2025-01-01 00:00:00.000000')""",
    f"""INSERT INTO purchase (id, customer_id, date, amount, currency, discount_amount,
        discount_percent, description, category, status, service_start, service_end, due_date,
        staff_id, created_at, updated_at) VALUES (1, 1, '2024-05-06', 125050, 'RUB', 1000,
        1000, 'серебряное кольцо', 'rings', 'paid', '2024-06-01', '2024-06-10', NULL, 1,
        '{TS}', '{TS}')""",
    f"""INSERT INTO interaction (id, customer_id, at, channel, kind, text, outcome, reason,
        rating, staff_id) VALUES (1, 1, '{TS}', 'phone', 'feedback', 'Всё понравилось', 'ok',
        '', 5, 1)""",
    """INSERT INTO search_term (id, customer_id, term, kind) VALUES (1, 1, 'елкина', 'n')""",
]


def test_first_schema_file_upgrades_with_nothing_lost(db_path):
    first = open_database(db_path, migrate=False)
    upgrade(first.engine, FIRST)
    assert current_revision(first.engine) == FIRST
    with first.engine.begin() as conn:
        for statement in FIRST_SCHEMA_ROWS:
            conn.execute(text(statement))
    first.close()

    db = open_database(db_path)  # applies every later migration
    assert current_revision(db.engine) == head_revision()
    with db.sessions() as s:
        profile = s.get(BusinessProfile, 1)
        assert (profile.name, profile.currency, profile.country, profile.logo) == (
            "Серебряная нить", "RUB", "RU", b"\x89PNG")
        assert profile.margin_percent == Decimal("45.50")
        assert s.get(Setting, "phone_region").value == '"BG"'
        assert s.get(Staff, 1).name == "Ольга"
        anna = s.get(Customer, 1)
        assert (anna.family_name, anna.given_name, anna.patronymic) == ("Ёлкина", "Анна",
                                                                        "Петровна")
        assert (anna.family_name_latin, anna.given_name_latin) == ("ELKINA", "ANNA")
        assert (anna.sex, anna.salutation, anna.language) == ("female", "Аннушка", "ru")
        assert (anna.birth_year, anna.birth_month, anna.birth_day) == (None, 2, 29)
        assert anna.notes == "Любит зелёный чай" and anna.source == "fair"
        assert anna.staff.name == "Ольга" and anna.is_adherent and not anna.is_advocate
        assert anna.penetration_percent == Decimal("70.00")
        assert anna.regular_since == dt.date(2025, 1, 2) and anna.external_id == "ext-1"
        assert anna.created_at == dt.datetime(2024, 5, 6, 7, 8, 9)
        assert [t.name for t in anna.tags] == ["VIP"]
        # 0002 computed the purchase figures from the purchases already in the file
        assert (anna.purchase_count, anna.total_spent) == (1, Decimal("1250.50"))
        assert anna.first_purchase == anna.last_purchase == dt.date(2024, 5, 6)
        # 0010: one purchase, silent more than 180 days from 2024-05-06
        assert anna.dormant_on == dt.date(2024, 11, 3)
        assert [(c.kind, c.value, c.label, c.is_primary) for c in anna.contacts] == [
            ("phone", "+79123456789", "mobile", True), ("email", "anna@example.com", "", True)]
        (address,) = anna.addresses
        assert (address.line1, address.city, address.postcode, address.country) == (
            "ул. Ленина, д. 1, кв. 2", "Москва", "101000", "RU")
        (name_day,) = anna.dates
        assert (name_day.kind, name_day.month, name_day.day, name_day.year) == (
            "name_day", 2, 16, None)
        (doc,) = anna.documents
        assert (doc.number, doc.expires_on, doc.issued_by) == (
            "75 1234567", dt.date(2030, 3, 4), "МВД 77001")
        (pref,) = anna.preferences
        assert (pref.category, pref.value, pref.value_key) == ("metal", "Silver", "silver")
        (consent,) = anna.consents
        assert (consent.channel, consent.status, consent.method) == (
            "email", "withdrawn", "paper form")
        assert consent.withdrawn_at == dt.datetime(2025, 1, 1)
        john = s.get(Customer, 2)
        assert john.archived and john.referred_by_id == 1 and john.company == "Bright Ltd"
        assert (john.purchase_count, john.total_spent, john.last_purchase) == (0, 0, None)
        assert john.dormant_on is None
        assert (john.birth_year, john.birth_month, john.birth_day) == (1980, 12, 31)
        (rel,) = john.relationships
        assert (rel.kind, rel.other_id, rel.note) == ("friend", 1, "met at the fair")
        purchase = s.get(Purchase, 1)
        assert purchase.amount == Decimal("1250.50")
        assert purchase.discount_amount == Decimal("10.00")
        assert purchase.discount_percent == Decimal("10.00")
        assert (purchase.description, purchase.category, purchase.status) == (
            "серебряное кольцо", "rings", "paid")
        assert (purchase.service_start, purchase.service_end) == (
            dt.date(2024, 6, 1), dt.date(2024, 6, 10))
        interaction = s.get(Interaction, 1)
        assert (interaction.kind, interaction.text, interaction.rating) == (
            "feedback", "Всё понравилось", 5)
        assert s.get(Tag, 1).name == "VIP"
        assert s.get(Relationship, 1) is not None
        assert s.get(ContactPoint, 2).value == "anna@example.com"
        assert s.get(Address, 1) and s.get(Document, 1) and s.get(ImportantDate, 1)
        assert s.get(Preference, 1) and s.get(Consent, 1)
    db.close()


def test_failed_migration_leaves_the_file_as_it_was(db_path, tmp_path, monkeypatch):
    """A migration that breaks half-way is rolled back whole (DDL included)."""
    import shutil

    import models.migrate as migrate

    first = open_database(db_path, migrate=False)
    upgrade(first.engine, FIRST)
    with first.engine.begin() as conn:
        conn.execute(text(FIRST_SCHEMA_ROWS[3]))
    first.close()

    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "9000_broken.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9000'\ndown_revision = {head_revision()!r}\n"
        "branch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
        "    op.add_column('tag', sa.Column('colour', sa.String(20)))\n"
        "    op.execute(\"UPDATE tag SET name = 'changed'\")\n"
        "    raise RuntimeError('migration failed half-way')\n"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    try:
        open_database(db_path)
    except RuntimeError as exc:
        assert "half-way" in str(exc)
    else:
        raise AssertionError("the broken migration did not fail")
    monkeypatch.undo()
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT name FROM tag").fetchall() == [("VIP",)]
        columns = [r[1] for r in conn.execute("PRAGMA table_info(tag)")]
        assert "colour" not in columns
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST
