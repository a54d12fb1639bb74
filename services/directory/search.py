"""Finding a customer while the phone rings: names in any alphabet, phones in any format, e-mails.

Every customer has a set of folded search terms (services/directory/search.py keeps them in step
through the session hook in services/ops/store.py). A query token matches a term by prefix,
which an index on `term` answers in a few milliseconds on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    case,
    delete,
    func,
    insert,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from models import Card, ContactPoint, Customer, SearchTerm
from models.enums import ContactKind
from services.text.contacts import national_digits, query_phone_digits
from services.text.folding import fold, latin_variants, words

# Above every code point: 'abc' <= term < 'abc' + TOP is "term starts with abc".
TOP = "\U0010ffff"
NAME_KINDS = ("f", "n", "l", "e")
DIGIT_KINDS = ("p", "c")
_DIGITS = re.compile(r"\D")
_PHONEISH = re.compile(r"^[\d\s+()\-./]+$")
MAX_TERM = 300
CHUNK = 500


@dataclass(frozen=True)
class CustomerTerms:
    """What the index needs to know of one customer."""

    id: int
    family_names: Sequence[str] = ()
    names: Sequence[str] = ()
    latin_names: Sequence[str] = ()
    language: str = ""
    phones: Sequence[str] = ()
    emails: Sequence[str] = ()
    cards: Sequence[str] = ()


def terms_for(c: CustomerTerms) -> set[tuple[str, str]]:
    """(term, kind) pairs for one customer."""
    out: set[tuple[str, str]] = set()

    def add_name(name: str, kind: str, latin_kind: str) -> None:
        if not name:
            return
        out.add((fold(name), kind))
        out.update((fold(w), kind) for w in words(name))
        for variant in latin_variants(name, c.language):
            out.add((fold(variant), latin_kind))
            out.update((fold(w), latin_kind) for w in words(variant))

    for name in c.family_names:
        add_name(name, "f", "f")
    for name in c.names:
        add_name(name, "n", "l")
    for name in c.latin_names:
        add_name(name, "l", "l")
    for email in c.emails:
        address = email.casefold()
        out.add((address, "e"))
        local, _, domain = address.partition("@")
        out.update((w, "e") for w in re.split(r"[._+\-]+", local) if w)
        if domain:
            out.add((domain, "e"))
    for phone in c.phones:
        digits = _DIGITS.sub("", phone)
        if not digits:
            continue
        out.add((digits, "p"))
        national = national_digits(phone)
        if national:
            out.add((national, "p"))
        out.add(("~" + digits[::-1], "r"))
    for card in c.cards:
        digits = _DIGITS.sub("", card)
        if digits:
            out.add((digits, "c"))
    return {(t[:MAX_TERM], k) for t, k in out if t}


def load_terms(conn: Connection, ids: Sequence[int]) -> list[CustomerTerms]:
    rows = conn.execute(
        select(
            Customer.id,
            Customer.family_name,
            Customer.given_name,
            Customer.patronymic,
            Customer.company,
            Customer.family_name_latin,
            Customer.given_name_latin,
            Customer.language,
        ).where(Customer.id.in_(ids))
    ).all()
    contacts: dict[int, dict[str, list[str]]] = {}
    for cid, kind, value in conn.execute(
        select(ContactPoint.customer_id, ContactPoint.kind, ContactPoint.value).where(
            ContactPoint.customer_id.in_(ids)  # no kind condition: see services/directory/rows.py
        )
    ):
        if kind in (ContactKind.PHONE.value, ContactKind.EMAIL.value):
            contacts.setdefault(cid, {}).setdefault(kind, []).append(value)
    cards: dict[int, list[str]] = {}
    for cid, number in conn.execute(select(Card.customer_id, Card.number).where(
            Card.customer_id.in_(ids), Card.status == "active")):
        cards.setdefault(cid, []).append(number)
    return [
        customer_terms(r, contacts.get(r.id, {}).get(ContactKind.PHONE.value, []),
                       contacts.get(r.id, {}).get(ContactKind.EMAIL.value, []),
                       cards.get(r.id, []))
        for r in rows
    ]


def customer_terms(c, phones: Sequence[str], emails: Sequence[str],
                   cards: Sequence[str] = ()) -> CustomerTerms:
    """Which of a customer's fields the index holds, and as what: `c` is a customer row or
    anything with the same name attributes (an import's draft, with an id)."""
    return CustomerTerms(
        id=c.id, cards=cards, family_names=(c.family_name, c.family_name_latin),
        names=(c.given_name, c.patronymic, c.company), latin_names=(c.given_name_latin,),
        language=c.language, phones=phones, emails=emails)


def term_rows(customers: Iterable[CustomerTerms]) -> list[dict]:
    return [
        {"customer_id": c.id, "term": term, "kind": kind}
        for c in customers
        for term, kind in sorted(terms_for(c))
    ]


def refresh_terms(conn: Connection, ids: Iterable[int]) -> None:
    """Rebuild the search terms of these customers (deleted ids simply lose theirs)."""
    id_list = sorted(set(ids))
    for start in range(0, len(id_list), CHUNK):
        chunk = id_list[start : start + CHUNK]
        conn.execute(delete(SearchTerm).where(SearchTerm.customer_id.in_(chunk)))
        rows = term_rows(load_terms(conn, chunk))
        if rows:
            conn.execute(insert(SearchTerm), rows)


def rebuild_all(conn: Connection) -> int:
    conn.execute(delete(SearchTerm))
    ids = conn.execute(select(Customer.id)).scalars().all()
    refresh_terms(conn, ids)
    return len(ids)


# --- querying -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    customer_id: int
    score: int


def _token_select(token: str, region: str):
    """customer_id, score for one query token.

    A whole word scores 4, a prefix 2; a family name scores one more, so "Ивано" lists the
    Ивановы before the Ивановны.
    """
    ranges: list[tuple[str, tuple[str, ...]]] = []
    digits = _DIGITS.sub("", token)
    if _PHONEISH.match(token) and len(digits) >= 3:
        full = query_phone_digits(token, region)
        if full:
            ranges.append((full, ("p",)))
        ranges.append((digits, DIGIT_KINDS))
        ranges.append(("~" + digits[::-1], ("r",)))
    else:
        ranges.append((fold(token), NAME_KINDS))
    parts = []
    for value, kinds in ranges:
        parts.append(
            select(
                SearchTerm.customer_id.label("cid"),
                (case((SearchTerm.term == value, 4), else_=2)
                 + case((SearchTerm.kind == "f", 1), else_=0)).label("score"),
            ).where(
                SearchTerm.term >= value,
                SearchTerm.term < value + TOP,
                SearchTerm.kind.in_(kinds),
            )
        )
    union = parts[0] if len(parts) == 1 else union_all(*parts)
    sub = union.subquery()
    return (
        select(sub.c.cid, func.max(sub.c.score).label("score")).group_by(sub.c.cid).subquery()
    )


def _infix_select(token: str):
    value = fold(token).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (
        select(SearchTerm.customer_id.label("cid"), literal(0).label("score"))
        .where(SearchTerm.term.like(f"%{value}%", escape="\\"), SearchTerm.kind.in_(NAME_KINDS))
        .group_by(SearchTerm.customer_id)
        .subquery()
    )


def tokenize(query: str) -> list[str]:
    """Phone numbers keep their spaces ("+7 912 345 67 89" is one token); words split."""
    text = query.strip()
    if not text:
        return []
    if _PHONEISH.match(text) and len(_DIGITS.sub("", text)) >= 3:
        return [text]
    return [t for t in text.split() if fold(t)]


def search_ids(
    session: Session,
    query: str,
    *,
    region: str = "RU",
    include_archived: bool = False,
    archived_only: bool = False,
    where: Sequence = (),
    order_by: Sequence | None = None,
    limit: int | None = None,
) -> list[Hit]:
    """Customers matching every token of the query and every `where` condition.

    Best match first (whole word, then prefix, then inside a word), unless `order_by` is given.
    An empty query matches everyone (score 0), in `order_by` or name order.
    """
    conditions = list(where)
    if archived_only:
        conditions.append(Customer.archived.is_(True))
    elif not include_archived:
        conditions.append(Customer.archived.is_(False))
    tokens = tokenize(query)
    if not tokens:
        if query.strip():
            return []  # only punctuation: nothing to look for
        stmt = select(Customer.id, literal(0)).where(*conditions)
        return _execute(session, stmt, order_by or [Customer.sort_name], limit)
    hits = _run(session, [_token_select(t, region) for t in tokens], conditions, order_by, limit)
    if not hits:
        letters = [t for t in tokens if len(fold(t)) >= 3 and not _PHONEISH.match(t)]
        if letters and len(letters) == len(tokens):
            hits = _run(session, [_infix_select(t) for t in tokens], conditions, order_by, limit)
    return hits


def _run(session, subs, conditions, order_by, limit) -> list[Hit]:
    first = subs[0]
    total = first.c.score
    stmt_from = first
    for sub in subs[1:]:
        stmt_from = stmt_from.join(sub, sub.c.cid == first.c.cid)
        total = total + sub.c.score
    stmt = (
        select(first.c.cid, total.label("total"))
        .select_from(stmt_from.join(Customer, Customer.id == first.c.cid))
        .where(*conditions)
    )
    return _execute(session, stmt, order_by or [total.desc(), Customer.sort_name], limit)


def _execute(session, stmt, order_by, limit) -> list[Hit]:
    stmt = stmt.order_by(*order_by, Customer.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [Hit(cid, int(score)) for cid, score in session.execute(stmt)]


def all_ids(
    session: Session, *, include_archived: bool = False, archived_only: bool = False
) -> list[int]:
    hits = search_ids(session, "", include_archived=include_archived,
                      archived_only=archived_only)
    return [h.customer_id for h in hits]


__all__ = [
    "CustomerTerms",
    "Hit",
    "all_ids",
    "rebuild_all",
    "refresh_terms",
    "search_ids",
    "term_rows",
    "terms_for",
    "tokenize",
]
