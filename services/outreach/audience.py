"""Who a mailing may reach: the segment's customers who agreed to the channel and have an
address for it — enforced here, so no window or script can mail someone who did not agree."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Consent, ContactPoint, Customer
from models.enums import Channel, ConsentStatus
from services.core import settings
from services.core.errors import field_error
from services.directory.search import all_ids
from services.printing.recipients import address_block, first_addresses
from services.text.folding import N_

CHUNK = 2000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
E164 = re.compile(r"\+[1-9][0-9]{1,14}")


@dataclass(frozen=True)
class MailRecipient:
    customer_id: int
    first_name: str
    last_name: str
    language: str
    email: str = ""
    phone: str = ""
    address: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LeftOut:
    customer_id: int
    name: str
    reason: str  # no consent, consent withdrawn, no address for the channel, archived


def audience(session: Session, customer_ids: Sequence[int] | None, channel: str
             ) -> tuple[list[MailRecipient], list[LeftOut]]:
    """Split the customers into those the channel may reach and those it may not (and why)."""
    if channel not in {c.value for c in Channel if c.value != "phone"}:
        raise field_error("channel", f"'{channel}' is not one of: email, post, sms")
    ids = all_ids(session) if customer_ids is None else list(customer_ids)
    customers: dict[int, Customer] = {}
    consents: dict[int, str] = {}
    contacts: dict[int, dict[str, str]] = {}
    unverified: dict[int, set[str]] = {}  # kinds a customer has only unverified values of
    kind = {"email": "email", "sms": "phone"}.get(channel)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        customers.update({c.id: c for c in session.execute(
            select(Customer).where(Customer.id.in_(chunk))).scalars()})
        consents.update(dict(session.execute(select(Consent.customer_id, Consent.status).where(
            Consent.customer_id.in_(chunk), Consent.channel == channel)).all()))
        if kind:
            for cid, k, value, doubt in session.execute(
                    select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value,
                           ContactPoint.unverified)
                    .where(ContactPoint.customer_id.in_(chunk))
                    .order_by(ContactPoint.is_primary.desc(), ContactPoint.position)):
                if doubt:  # kept as written, but never texted or mailed
                    unverified.setdefault(cid, set()).add(k)
                else:
                    contacts.setdefault(cid, {}).setdefault(k, value)
    addresses = {} if kind else first_addresses(session, ids)
    sender_country = settings.profile(session).country
    reached, left_out = [], []
    for cid in ids:
        c = customers.get(cid)
        if c is None:
            continue
        name = c.display_name
        status = consents.get(cid)
        if c.archived:
            left_out.append(LeftOut(cid, name, N_("archived")))
        elif status is None:
            left_out.append(LeftOut(cid, name, N_("no consent")))
        elif status != ConsentStatus.GIVEN.value:
            left_out.append(LeftOut(cid, name, N_("consent withdrawn")))
        elif kind and not contacts.get(cid, {}).get(kind) and kind in unverified.get(cid, ()):
            left_out.append(LeftOut(cid, name, N_("e-mail address not verified") if kind == "email"
                                    else N_("number not verified")))
        elif kind and not contacts.get(cid, {}).get(kind):
            left_out.append(LeftOut(cid, name, N_("no e-mail address") if kind == "email"
                                    else N_("no phone number")))
        elif not kind and address_block(c, addresses.get(cid), sender_country) is None:
            left_out.append(LeftOut(cid, name, N_("no postal address")))
        else:
            lines = [] if kind else address_block(c, addresses.get(cid), sender_country)
            reached.append(MailRecipient(
                cid, c.given_name, c.family_name, c.language,
                email=contacts.get(cid, {}).get("email", "") if kind == "email" else "",
                phone=contacts.get(cid, {}).get("phone", "") if kind == "phone" else "",
                address=lines))
    return reached, left_out


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula. A phone number in E.164 (+ and digits
    only) is left bare: it cannot hold a formula, and SMS gateways and importers want it as
    it is, not with an apostrophe."""
    text = str(value)
    if text.startswith(FORMULA_START) and not E164.fullmatch(text):
        return "'" + text
    return text


def export_csv(recipients: list[MailRecipient], channel: str) -> bytes:
    """UTF-8 with a BOM (so Excel opens Cyrillic right), one row per recipient."""
    out = io.StringIO()
    writer = csv.writer(out)
    if channel == "email":
        header = ["email", "first_name", "last_name", "language"]
        rows = [[r.email, r.first_name, r.last_name, r.language] for r in recipients]
    elif channel == "sms":
        header = ["phone", "first_name", "last_name", "language"]
        rows = [[r.phone, r.first_name, r.last_name, r.language] for r in recipients]
    else:
        header = ["name", "address_1", "address_2", "address_3", "address_4", "address_5"]
        rows = [(r.address + [""] * 6)[:6] for r in recipients]
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
