"""An export imported into a new file gives the same customers, field for field, for every
field the format carries; and imported into the same file it changes nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Customer
from services.customers.writing import (
    AddressDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    create_customer,
    customer_to_dict,
)
from services.ops.store import open_store
from services.text.dates import PartialDate
from services.transfer.export import export
from services.transfer.importing import import_table, mapping_for
from services.transfer.readers import read_bytes

WORDS = st.sampled_from(["Иванова", "Петров", "Smith", "Георгиева", "O'Brien", "Анна",
                         "Maria", "Сергеевна", "Jean-Luc", "Ёлкина"])
PHONES = st.sampled_from(["+79123456789", "+359881234567", "+442079460958", "+12025550123",
                          "555-0100", "12"])
EMAILS = st.sampled_from(["anna@mail.ru", "j.smith@example.com", "contact1@invalid"])
LABELS = st.sampled_from(["", "mobile", "home", "work", "fax"])
CITIES = st.sampled_from(["Москва", "София", "London", "Zürich"])
COUNTRIES = st.sampled_from(["RU", "BG", "GB", "CH", ""])
DAYS = st.builds(lambda m, d, y: PartialDate(m, d, y), st.integers(1, 12), st.integers(1, 28),
                 st.one_of(st.none(), st.integers(1940, 2010)))


@st.composite
def customers(draw) -> CustomerDraft:
    company = draw(st.sampled_from(["", "Ателье «Нить»", "Smith & Co"]))
    family = draw(WORDS)
    phones = draw(st.lists(st.tuples(PHONES, LABELS), max_size=3, unique_by=lambda p: p[0]))
    emails = draw(st.lists(st.tuples(EMAILS, st.sampled_from(["", "home", "work"])),
                           max_size=2, unique_by=lambda e: e[0]))
    addresses = draw(st.lists(st.builds(
        lambda line1, city, country, label, region, postcode, recipient: AddressDraft(
            line1=line1, city=city, country=country, label=label, region=region,
            postcode=postcode, recipient=recipient),
        st.sampled_from(["ул. Ленина, 1", "12 Main St", "бул. Витоша 5"]), CITIES, COUNTRIES,
        st.sampled_from(["", "home", "work", "dacha"]), st.sampled_from(["", "IL", "Тверская"]),
        st.sampled_from(["", "101000", "1000"]), st.sampled_from(["", "Anna Smith"])),
        max_size=2, unique_by=lambda a: a.line1 + a.city))
    return CustomerDraft(
        family_name=family, given_name=draw(st.one_of(st.just(""), WORDS)),
        patronymic=draw(st.sampled_from(["", "Ивановна"])), company=company,
        sex=draw(st.sampled_from(["unknown", "female", "male"])),
        language=draw(st.sampled_from(["", "ru", "bg", "en"])),
        birthday=draw(st.one_of(st.none(), DAYS)),
        notes=draw(st.sampled_from(["", "Любит серебро, кольца 17 размера", "two\nlines"])),
        nickname=draw(st.sampled_from(["", "Аннушка"])),
        job_title=draw(st.sampled_from(["", "Buyer"])),
        contacts=[ContactDraft("phone", v, label) for v, label in phones]
        + [ContactDraft("email", v, label) for v, label in emails]
        + [ContactDraft("website", v) for v in draw(st.lists(
            st.sampled_from(["https://example.com", "https://shop.example.bg"]), max_size=1))],
        addresses=addresses,
        dates=[DateDraft(kind, day) for kind, day in draw(st.lists(st.tuples(
            st.sampled_from(["wedding_anniversary", "name_day", "custom"]), DAYS),
            max_size=2, unique_by=lambda x: x[0]))],
        tags=draw(st.lists(st.sampled_from(["VIP", "ярмарка", "silver"]), max_size=2,
                           unique=True)),
        photo=draw(st.one_of(st.none(), st.just(b"\xff\xd8\xff\xe0 a small picture"))),
        photo_type="image/jpeg")


def _contacts(d: dict, key: str, labels: bool) -> list:
    """In any order (a vCard reader reads them property by property), the first flagged."""
    return sorted((c["value"], c["label"] if labels else "", c["verified"], c["extension"],
                   c["primary"] if labels else False) for c in d[key])


def carried(d: dict, fmt: str) -> dict:
    """What of a customer the format carries."""
    vcard = fmt == "vcf"
    addresses = d["addresses"] if vcard else d["addresses"][:1]
    keys = ["line1", "line2", "city", "region", "postcode", "country"]
    if vcard:
        keys += ["label", "recipient"]
    out = {k: d[k] for k in ("family_name", "given_name", "patronymic", "company", "sex",
                             "language", "birthday", "notes", "tags")}
    if vcard:
        keys += ["primary"]
    out.update(phones=_contacts(d, "phones", vcard), emails=_contacts(d, "emails", vcard),
               addresses=sorted(({k: a[k] for k in keys} for a in addresses),
                                key=lambda a: sorted(a.items())))
    if vcard:
        out.update(nickname=d["nickname"], job_title=d["job_title"], photo=d["photo"],
                   websites=_contacts(d, "websites", False),
                   dates=sorted((x["kind"], x["date"]) for x in d["dates"]))
    return out


def everyone(db, fmt: str) -> list[dict]:
    with db.sessions() as s:
        return [carried(customer_to_dict(s, c), fmt) for c in
                s.execute(select(Customer).order_by(Customer.sort_name, Customer.id)).scalars()]


def bring_in(db, data: bytes, name: str):
    table = read_bytes(data, name)
    return import_table(db, table, mapping_for(db, table.headers, "customers"))


@pytest.mark.parametrize("fmt, version", [("vcf", "3.0"), ("vcf", "4.0"), ("csv", None),
                                          ("xlsx", None)])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
# different family names: two people with one phone and the same name would be one person
@given(people=st.lists(customers(), min_size=1, max_size=3, unique_by=lambda d: d.family_name))
def test_an_export_imported_into_a_new_file_is_the_same_customers(fmt, version, people):
    with tempfile.TemporaryDirectory() as folder:
        source = open_store(Path(folder) / "a.regulars", create=True)
        target = open_store(Path(folder) / "b.regulars", create=True)
        try:
            with source.transaction() as s:
                for draft in people:
                    create_customer(s, draft)
            data, count = export(source, fmt, vcard_version=version or "3.0")
            report = bring_in(target, data, f"out.{fmt}")
            assert (report.rejected, report.errors) == (0, [])
            assert everyone(target, fmt) == everyone(source, fmt)
            if fmt == "vcf":  # and into the file it came from: nothing changes
                again = bring_in(source, data, "out.vcf")
                assert (again.created, again.updated) == (0, 0), again
        finally:
            source.close()
            target.close()
