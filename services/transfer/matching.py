"""Who a row of an import is: matched by their ids in other programs, e-mail or phone (when
the names agree), else by name with birthday or address; and what the row adds to them."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Address, ContactPoint, Customer, ExternalRef
from models.enums import Sex
from services.customers.writing import (
    AddressDraft,
    CustomerDraft,
)
from services.text.folding import fold, same_name
from services.transfer.scratch import Scratch


def _may_be_same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (family, given) names can be one person: each part the same where both
    have it. A family's shared phone or e-mail does not make Maria her mother Anna."""
    return all(not (x and y) or same_name(x, y) for x, y in zip(a, b, strict=True))


def _name_key(family: str, given: str, company: str = "") -> str:
    """Whom a name names: the person's family and given name, else the company's name."""
    return fold(f"{family} {given}").strip() or fold(company).strip()


def _place(a: AddressDraft) -> str:
    return "|".join(fold(x) for x in (a.line1, a.city, a.postcode))


class CustomerIndex:
    """Who is already in the file, by their ids in other programs, e-mail and phone, else by
    name and birthday or address; new rows join it as they are read, so a file that lists
    someone twice makes one customer. A customer read from the file is known by their id; one
    from this import not written yet by a negative number, -(its row). Kept on a scratch file
    (services.transfer.scratch), not in memory: a file of millions of rows has millions of keys."""

    def __init__(self, session: Session, scratch: Scratch, own_prefix: str = ""):
        self.own = own_prefix  # the UIDs Regulars' own vCard export gives this file's customers
        self.db = scratch.db
        self.db.execute("CREATE TABLE keys (key TEXT NOT NULL, who INTEGER NOT NULL, "
                        "UNIQUE (key, who))")
        self.db.execute("CREATE TABLE names (who INTEGER PRIMARY KEY, family TEXT NOT NULL, "
                        "given TEXT NOT NULL)")
        put = "INSERT OR IGNORE INTO keys VALUES (?, ?)"
        customers = session.execute(
            select(Customer.id, Customer.external_id, Customer.family_name, Customer.given_name,
                   Customer.company, Customer.birth_year, Customer.birth_month,
                   Customer.birth_day))
        for rows in customers.partitions(5000):
            self.db.executemany("INSERT INTO names VALUES (?, ?, ?)",
                                [(cid, family, given) for cid, _x, family, given, *_r in rows])
            keys = []
            for cid, ext, family, given, company, year, month, day in rows:
                keys.append((_key("id", str(cid)), cid))
                if ext is not None:
                    keys.append((_key("x", ext), cid))
                name = _name_key(family, given, company)
                if name:
                    keys.append((_key("n", name), cid))
                    if month:
                        keys.append((_key("nb", f"{name}|{year}|{month}|{day}"), cid))
            self.db.executemany(put, keys)
        for rows in session.execute(select(ExternalRef.source, ExternalRef.ref,
                                           ExternalRef.customer_id)).partitions(5000):
            self.db.executemany(put, ((_key("r:" + s, r), cid) for s, r, cid in rows))
        for rows in session.execute(
                select(ContactPoint.kind, ContactPoint.value, ContactPoint.customer_id)
                .where(ContactPoint.kind.in_(("email", "phone")))).partitions(5000):
            self.db.executemany(put, ((_key(k, v.casefold()), cid) for k, v, cid in rows))
        for rows in session.execute(
                select(Address.customer_id, Address.line1, Address.city, Address.postcode,
                       Customer.family_name, Customer.given_name, Customer.company)
                .join(Customer, Customer.id == Address.customer_id)).partitions(5000):
            keys = []
            for cid, line1, city, postcode, family, given, company in rows:
                name = _name_key(family, given, company)
                if name:
                    keys.append((_key("na", name + "|" + "|".join(
                        fold(x) for x in (line1, city, postcode))), cid))
            self.db.executemany(put, keys)

    def keys(self, d: CustomerDraft) -> list[tuple[str, str]]:
        keys = []
        for source, ref in d.refs:
            if source == "vcard" and self.own and ref.startswith(self.own):
                keys.append(("id", ref[len(self.own):]))
            keys.append(("r:" + source, ref))
        if d.external_id:
            keys.append(("x", d.external_id))
        keys += [(c.kind, c.value.casefold()) for c in d.contacts
                 if c.kind in ("email", "phone")]
        name = _name_key(d.family_name, d.given_name, d.company)
        if name:
            if d.birthday is not None:
                b = d.birthday
                keys.append(("nb", f"{name}|{b.year}|{b.month}|{b.day}"))
            keys += [("na", f"{name}|{_place(a)}") for a in d.addresses]
            if not (d.refs or d.external_id or d.contacts or d.birthday or d.addresses):
                keys.append(("n", name))  # nothing but a name: the same name is them
        return keys

    def drop_own(self, d: CustomerDraft) -> None:
        if self.own:
            d.refs = [(s, r) for s, r in d.refs if not (s == "vcard"
                                                         and r.startswith(self.own))]

    def find(self, d: CustomerDraft) -> int | None:
        """The customer this draft is: the same id in the other program, else the same
        e-mail or phone under a name that can be theirs, else the same name with the same
        birthday or address."""
        name = (d.family_name, d.given_name)
        for kind, value in self.keys(d):
            strong = kind in ("id", "x") or kind.startswith("r:")
            for who, family, given in self.db.execute(_FIND, (_key(kind, value),)):
                if strong or _may_be_same((family, given), name):
                    return who
        return None

    def customers(self, key: tuple[str, str]) -> list[int]:
        """The customers already written that have this id, e-mail or phone."""
        return [w for w, _f, _g in self.db.execute(_FIND, (_key(*key),)) if w > 0]

    def add(self, d: CustomerDraft, who: int) -> None:
        self.db.execute("INSERT OR REPLACE INTO names VALUES (?, ?, ?)",
                        (who, d.family_name, d.given_name))
        self.db.executemany("INSERT OR IGNORE INTO keys VALUES (?, ?)",
                            ((_key(*k), who) for k in self.keys(d)))

    def rebind(self, d: CustomerDraft, old: int, new: int) -> None:
        """A new customer of this file, known by its row until written, now by its id."""
        self.db.execute("UPDATE names SET who = ? WHERE who = ?", (new, old))
        self.db.executemany("UPDATE keys SET who = ? WHERE key = ? AND who = ?",
                            ((new, _key(*k), old) for k in self.keys(d)))


def _key(kind: str, value: str) -> str:
    return f"{kind}\x1f{value}"


# in the order the keys were added, as the first match wins
_FIND = ("SELECT keys.who, names.family, names.given FROM keys JOIN names USING (who) "
         "WHERE keys.key = ? ORDER BY keys.rowid")


_REPLACED = ("family_name", "given_name", "patronymic", "family_name_latin", "given_name_latin",
             "company", "job_title", "nickname", "language", "notes", "source")


def merge_drafts(old: CustomerDraft, new: CustomerDraft) -> CustomerDraft:
    """What the file says added to what is known: filled fields replace, contacts, addresses,
    dates, ids and tags are added, nothing is taken away."""
    out = replace(old, contacts=list(old.contacts), addresses=list(old.addresses),
                  tags=list(old.tags), consents=list(old.consents), dates=list(old.dates),
                  refs=list(old.refs))
    for name in _REPLACED:
        value = getattr(new, name)
        if value and not (name in ("family_name", "given_name", "patronymic")
                          and getattr(old, name) and same_name(getattr(old, name), value)):
            setattr(out, name, value)  # but "Ivanova" does not rename "Иванова"
    if new.external_id and not old.external_id:
        out.external_id = new.external_id  # another program's id never replaces the first
    if new.photo and not old.photo:
        out.photo, out.photo_type = new.photo, new.photo_type
    if new.sex and new.sex != Sex.UNKNOWN.value:
        out.sex = new.sex
    if new.birthday is not None:
        out.birthday = new.birthday
    have = {(c.kind, c.value.casefold(), c.extension) for c in out.contacts}
    for c in new.contacts:
        if (c.kind, c.value.casefold(), c.extension) not in have:
            out.contacts.append(replace(c, primary=False))
            have.add((c.kind, c.value.casefold(), c.extension))
    places = {_place(a) for a in out.addresses}
    for a in new.addresses:
        if _place(a) not in places:
            out.addresses.append(replace(a, primary=False))
            places.add(_place(a))
    dates = {(x.kind, x.date) for x in out.dates}
    out.dates += [x for x in new.dates if (x.kind, x.date) not in dates]
    out.refs += [r for r in new.refs if r not in out.refs]
    known = {fold(t) for t in out.tags}
    out.tags += [t for t in new.tags if fold(t) not in known]
    channels = {c.channel: i for i, c in enumerate(out.consents)}
    for c in new.consents:
        if c.channel in channels:
            old_c = out.consents[channels[c.channel]]
            if old_c.given != c.given:
                out.consents[channels[c.channel]] = c
        else:
            out.consents.append(c)
    return out
