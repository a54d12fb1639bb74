"""Who a row of an import is: matched by their ids in other programs, e-mail or phone (when
the names agree), else by name with birthday or address; and what the row adds to them."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Address, ContactPoint, Customer, ExternalRef
from models.enums import Sex
from services.customers import (
    AddressDraft,
    CustomerDraft,
)
from services.text import fold, latin_variants


def _same_name(a: str, b: str) -> bool:
    if fold(a) == fold(b):
        return True
    # "Ivanova" in one file and "Иванова" in the other
    return fold(b) in {fold(v) for v in latin_variants(a)} or \
        fold(a) in {fold(v) for v in latin_variants(b)}


def _may_be_same(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (family, given) names can be one person: each part the same where both
    have it. A family's shared phone or e-mail does not make Maria her mother Anna."""
    return all(not (x and y) or _same_name(x, y) for x, y in zip(a, b, strict=True))


def _name_key(family: str, given: str, company: str = "") -> str:
    """Whom a name names: the person's family and given name, else the company's name."""
    return fold(f"{family} {given}").strip() or fold(company).strip()


def _place(a: AddressDraft) -> str:
    return "|".join(fold(x) for x in (a.line1, a.city, a.postcode))


class CustomerIndex:
    """Who is already in the file, by their ids in other programs, e-mail and phone, else by
    name and birthday or address; new rows join it as they are read, so a file that lists
    someone twice makes one customer."""

    def __init__(self, session: Session, own_prefix: str = ""):
        self.own = own_prefix  # the UIDs Regulars' own vCard export gives this file's customers
        self.by_key: dict[tuple[str, str], list[int | str]] = {}
        self.names: dict[int | str, tuple[str, str]] = {}

        def put(key: tuple[str, str], cid: int) -> None:
            found = self.by_key.setdefault(key, [])
            if cid not in found:
                found.append(cid)

        named: dict[int, str] = {}
        for cid, ext, family, given, company, year, month, day in session.execute(
                select(Customer.id, Customer.external_id, Customer.family_name,
                       Customer.given_name, Customer.company, Customer.birth_year,
                       Customer.birth_month, Customer.birth_day)):
            self.names[cid] = (family, given)
            put(("id", str(cid)), cid)
            if ext is not None:
                put(("x", ext), cid)
            name = named[cid] = _name_key(family, given, company)
            if name:
                put(("n", name), cid)
                if month:
                    put(("nb", f"{name}|{year}|{month}|{day}"), cid)
        for cid, source, ref in session.execute(select(ExternalRef.customer_id,
                                                       ExternalRef.source, ExternalRef.ref)):
            put(("r:" + source, ref), cid)
        for cid, kind, value in session.execute(
                select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value)
                .where(ContactPoint.kind.in_(("email", "phone")))):
            put((kind, value.casefold()), cid)
        for cid, line1, city, postcode in session.execute(
                select(Address.customer_id, Address.line1, Address.city, Address.postcode)):
            name = named.get(cid, "")
            if name:
                put(("na", name + "|" + "|".join(fold(x) for x in (line1, city, postcode))),
                    cid)

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

    def find(self, d: CustomerDraft) -> int | str | None:
        """The customer this draft is: the same id in the other program, else the same
        e-mail or phone under a name that can be theirs, else the same name with the same
        birthday or address."""
        name = (d.family_name, d.given_name)
        for key in self.keys(d):
            strong = key[0] in ("id", "x") or key[0].startswith("r:")
            for who in self.by_key.get(key, ()):
                if strong or _may_be_same(self.names[who], name):
                    return who
        return None

    def customers(self, key: tuple[str, str]) -> list[int]:
        """The customers already written that have this id, e-mail or phone."""
        return [w for w in self.by_key.get(key, ()) if isinstance(w, int)]

    def add(self, d: CustomerDraft, who: int | str) -> None:
        self.names[who] = (d.family_name, d.given_name)
        for key in self.keys(d):
            found = self.by_key.setdefault(key, [])
            if who not in found:
                found.append(who)

    def rebind(self, d: CustomerDraft, old: str, new: int) -> None:
        """A new customer of this file, known by its row until written, now by its id."""
        self.names[new] = self.names.pop(old)
        for key in self.keys(d):
            found = self.by_key.get(key, [])
            if old in found:
                found[found.index(old)] = new


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
                          and getattr(old, name) and _same_name(getattr(old, name), value)):
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
