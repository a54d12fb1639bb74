"""Probable duplicates — the same phone or e-mail, or the same person's name in either
alphabet ("Ivanova Anna" and "Иванова Анна") — and merging two into one."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import func, select, update

from models import (
    ContactPoint,
    Customer,
    Relationship,
    customer_tables,
    customer_tag,
)
from models.database import Database
from services.core.errors import field_error
from services.core.undo import Change, Recorder
from services.text.folding import latin_key

NAME_SIMILARITY = 90  # rapidfuzz ratio of the Latin forms of "family given"
MAX_BLOCK = 400  # a block larger than this (a very common name) is compared by exact key only


@dataclass(frozen=True)
class Pair:
    first: int
    second: int
    reason: str  # "phone", "email" or "name"
    score: int  # 100 for the same contact; the name similarity otherwise

    def to_json(self) -> dict:
        return {"customer_ids": [self.first, self.second], "reason": self.reason,
                "score": self.score}


def find_duplicates(db: Database) -> list[Pair]:
    pairs: dict[tuple[int, int], Pair] = {}
    with db.sessions() as session:
        for kind in ("phone", "email"):
            value = func.lower(ContactPoint.value)
            shared = (select(value.label("v")).where(ContactPoint.kind == kind)
                      .group_by(value).having(func.count(func.distinct(
                          ContactPoint.customer_id)) > 1).subquery())
            groups: dict[str, set[int]] = defaultdict(set)
            for cid, v in session.execute(
                    select(ContactPoint.customer_id, value).join(Customer, Customer.id ==
                                                                 ContactPoint.customer_id)
                    .where(ContactPoint.kind == kind, value.in_(select(shared.c.v)),
                           Customer.archived.is_(False))):
                groups[v].add(cid)
            for ids in groups.values():
                ordered = sorted(ids)
                for i, a in enumerate(ordered):
                    for b in ordered[i + 1:]:
                        pairs.setdefault((a, b), Pair(a, b, kind, 100))
        blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
        middle: dict[int, str] = {}
        for cid, family, given, patronymic in session.execute(select(
                Customer.id, Customer.family_name, Customer.given_name, Customer.patronymic)
                .where(Customer.archived.is_(False), Customer.family_name != "")):
            family_key = latin_key(family)
            middle[cid] = latin_key(patronymic)
            blocks[f"{family_key}|{latin_key(given)[:1]}"].append(
                (cid, f"{family_key} {latin_key(given)}"))
    for members in blocks.values():
        if len(members) < 2:
            continue
        if len(members) > MAX_BLOCK:
            by_key: dict[str, list[int]] = defaultdict(list)
            for cid, key in members:
                by_key[key].append(cid)
            members = [(cid, key) for key, ids in by_key.items() if len(ids) > 1
                       for cid in ids]
        for i, (a, key_a) in enumerate(members):
            for b, key_b in members[i + 1:]:
                if middle[a] and middle[b] and middle[a] != middle[b]:
                    continue  # Анна Петровна and Анна Ивановна are two people
                score = int(fuzz.ratio(key_a, key_b))
                if score >= NAME_SIMILARITY:
                    pair_key = (min(a, b), max(a, b))
                    pairs.setdefault(pair_key, Pair(*pair_key, "name", score))
    strength = {"phone": 0, "email": 0, "name": 1}
    return sorted(pairs.values(), key=lambda p: (strength[p.reason], -p.score, p.first,
                                                 p.second))


# Everything that belongs to a customer by customer_id moves to the survivor, except what
# merge() combines itself (contacts and consents without doubles, tags once each).
COMBINED = ("contact_point", "consent", "customer_tag")
FILLED = ("given_name", "patronymic", "family_name_latin", "given_name_latin", "company",
          "salutation", "language", "birth_year", "birth_month", "birth_day", "source",
          "staff_id", "external_id", "penetration_percent", "personal_discount_percent",
          "regular_since")


def merge(db: Database, survivor: int, other: int, choose: dict[str, str] | None = None
          ) -> Change:
    """Move everything of `other` to `survivor`; the survivor's fields win unless `choose`
    names fields to take from the other; empty fields are filled from the other. Undoable."""
    if survivor == other:
        raise field_error("customers", "a customer cannot be merged with themselves")
    with db.transaction() as session:
        rec = Recorder(session)
        keep = session.get(Customer, survivor)
        gone = session.get(Customer, other)
        if keep is None or gone is None:
            raise field_error("customers", f"no customer #{other if keep else survivor}")
        referrers = session.execute(select(Customer.id).where(
            Customer.referred_by_id == other)).scalars().all()
        related = session.execute(select(Relationship.customer_id, Relationship.other_id)
                                  .where((Relationship.customer_id == other)
                                         | (Relationship.other_id == other))).all()
        rec.touch([survivor, other, *referrers, *{x for pair in related for x in pair}])
        choose = choose or {}
        for name in ("family_name", *FILLED, "notes"):
            mine, theirs = getattr(keep, name), getattr(gone, name)
            if choose.get(name) == "other" or (choose.get(name) != "mine"
                                               and mine in (None, "") and theirs):
                setattr(keep, name, theirs)
        if gone.notes and "notes" not in choose and gone.notes not in keep.notes:
            keep.notes = (keep.notes + "\n" + gone.notes).strip()
        keep.is_adherent = keep.is_adherent or gone.is_adherent
        keep.is_advocate = keep.is_advocate or gone.is_advocate
        known = {(c.kind, c.value.casefold()) for c in keep.contacts}
        for contact in list(gone.contacts):
            if (contact.kind, contact.value.casefold()) not in known:
                contact.is_primary = False
                contact.customer_id = survivor
        consents = {c.channel: c for c in keep.consents}
        for consent in list(gone.consents):
            if consent.channel not in consents:
                consent.customer_id = survivor
        tag_ids = set(session.execute(select(customer_tag.c.tag_id).where(
            customer_tag.c.customer_id == survivor)).scalars())
        for tag_id in session.execute(select(customer_tag.c.tag_id).where(
                customer_tag.c.customer_id == other)).scalars().all():
            if tag_id not in tag_ids:
                session.execute(customer_tag.insert().values(customer_id=survivor,
                                                             tag_id=tag_id))
        session.flush()
        for table in customer_tables():
            if table.name not in COMBINED:
                session.execute(update(table).where(table.c.customer_id == other)
                                .values(customer_id=survivor))
        session.execute(update(Customer).where(Customer.referred_by_id == other)
                        .values(referred_by_id=survivor))
        for rel in session.execute(select(Relationship).where(
                (Relationship.customer_id == other) | (Relationship.other_id == other))
                ).scalars().all():
            a = survivor if rel.customer_id == other else rel.customer_id
            b = survivor if rel.other_id == other else rel.other_id
            session.delete(rel)
            session.flush()
            if a != b and not session.execute(select(Relationship.id).where(
                    Relationship.customer_id == a, Relationship.other_id == b,
                    Relationship.kind == rel.kind)).first():
                session.add(Relationship(customer_id=a, other_id=b, kind=rel.kind,
                                         note=rel.note))
        session.flush()
        session.expire_all()
        session.delete(session.get(Customer, other))
        session.flush()
        from services.analysis.figures import refresh_stats
        from services.directory.search import refresh_terms

        refresh_stats(session.connection(), [survivor])
        refresh_terms(session.connection(), [survivor])
        session.expire_all()
        return rec.finish("Merge customers")
