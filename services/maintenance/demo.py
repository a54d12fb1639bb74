"""A deterministic demo customer file: realistic names, contacts and three years of purchases.

Written with bulk Core inserts (not the ORM) so that 100,000 customers with a million purchases
take seconds; the derived columns the session hooks would fill (sort name, search terms) are
computed here directly with the same functions.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import iuliia
import phonenumbers
from sqlalchemy import func, insert, select

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
    SearchTerm,
    Staff,
    Tag,
    customer_tag,
)
from models.database import Database, sync_sequences
from models.types import utcnow
from services.analysis.figures import dormant_from
from services.core.errors import ServiceError
from services.core.settings import default
from services.directory.search import CustomerTerms, term_rows
from services.maintenance import demo_names as N
from services.text.folding import fold, sort_key

CHUNK = 20_000


@dataclass
class DemoReport:
    customers: int
    purchases: int
    seconds: float


def _latin(text: str) -> str:
    return iuliia.ICAO_DOC_9303.translate(text)


class _Gen:
    def __init__(self, seed: int, end: dt.date):
        self.r = random.Random(seed)
        self.end = end
        self.start = end - dt.timedelta(days=3 * 365)
        self.now = dt.datetime.combine(end, dt.time(12, 0))

    def person(self) -> dict:
        r = self.r
        roll = r.random()
        female = r.random() < 0.68  # jewellery and flowers: mostly women buy
        if roll < 0.6:
            country, lang = "RU", "ru"
            fam = r.choice(N.RU_FAMILY)[1 if female else 0]
            given = r.choice(N.RU_FEMALE if female else N.RU_MALE)
            father = r.choice(list(N.RU_PATRONYMIC))
            patronymic = N.RU_PATRONYMIC[father][1 if female else 0]
        elif roll < 0.85:
            country, lang = "BG", "bg"
            fam = r.choice(N.BG_FAMILY)[1 if female else 0]
            given = r.choice(N.BG_FEMALE if female else N.BG_MALE)
            patronymic = ""
        else:
            country, lang = "GB", "en"
            fam = r.choice(N.EN_FAMILY)
            given = r.choice(N.EN_FEMALE if female else N.EN_MALE)
            patronymic = ""
        return {"country": country, "language": lang, "female": female, "family": fam,
                "given": given, "patronymic": patronymic}

    def phone(self, country: str) -> str:
        # Drawn until phonenumbers agrees it is a real mobile range (07700 900xxx, for one,
        # is the UK's range for drama): the demo file must pass its own checks and import.
        r = self.r
        while True:
            if country == "RU":
                number = f"+79{r.randint(0, 99):02d}{r.randint(0, 9999999):07d}"
            elif country == "BG":
                number = f"+3598{r.choice('789')}{r.randint(0, 9999999):07d}"
            else:
                number = f"+447{r.choice('45789')}{r.randint(0, 99999999):08d}"
            if phonenumbers.is_valid_number(phonenumbers.parse(number)):
                return number

    def email(self, p: dict, n: int) -> str:
        given, fam = p["given"], p["family"]
        if p["country"] != "GB":
            given, fam = _latin(given), _latin(fam)
        local = self.r.choice([f"{given}.{fam}", f"{given[0]}{fam}", f"{fam}{n % 1000}",
                               f"{given}{self.r.randint(1960, 2005)}"])
        return f"{local.lower()}{n}@{self.r.choice(N.EMAIL_DOMAINS[p['country']])}"

    def purchase_dates(self, pattern: str) -> list[dt.date]:
        r, start, end = self.r, self.start, self.end
        span = (end - start).days
        if pattern == "prospect":
            return []
        if pattern == "one_off":
            return [start + dt.timedelta(days=r.randint(0, span))]
        if pattern == "tester":
            first = r.randint(0, span - 60)
            second = min(span, first + r.randint(10, 400))
            return sorted({start + dt.timedelta(days=first), start + dt.timedelta(days=second)})
        interval = r.choice([14, 21, 30, 45, 60]) if pattern == "regular" else r.choice([30, 60])
        first = r.randint(0, 200)
        stop = span if pattern == "regular" else r.randint(first + 200, span - 150)
        dates, day = [], first
        while day <= min(stop, span):
            dates.append(start + dt.timedelta(days=day))
            day += max(3, int(r.gauss(interval, interval * 0.3)))
        return dates


def generate(db: Database, customers: int, seed: int = 1, end: dt.date | None = None,
             progress: Callable[[str], None] | None = None) -> DemoReport:
    """Fill an empty customer file with `customers` demo customers."""
    t0 = time.perf_counter()
    if customers < 0:
        raise ServiceError("the number of customers cannot be negative")
    with db.engine.begin() as conn:
        if conn.execute(select(func.count(Customer.id))).scalar_one():
            raise ServiceError(
                "this customer file already has customers; demo data goes into a new file only"
            )
        g = _Gen(seed, end or dt.date.today())
        r = g.r
        now = utcnow()
        conn.execute(insert(BusinessProfile), [{
            "id": 1, "name": "Silver Thread Jewellery", "address": "ул. Садовая, 12\nМосква 101000",
            "phone": "+7 495 123-45-67", "email": "hello@silverthread.example",
            "website": "silverthread.example", "currency": "RUB", "country": "RU",
            "margin_percent": Decimal("45"), "created_at": now, "updated_at": now}])
        conn.execute(insert(Staff), [{"id": i + 1, "name": n, "active": True, "created_at": now,
                                      "updated_at": now} for i, n in enumerate(N.STAFF)])
        conn.execute(insert(Tag), [{"id": i + 1, "name": n} for i, n in enumerate(N.TAGS)])
        tables: dict = {k: [] for k in ("customer", "contact", "address", "date", "doc", "pref",
                                        "consent", "tag", "rel", "purchase", "interaction",
                                        "terms")}
        purchase_id = 0
        patterns = ["prospect", "one_off", "tester", "regular", "lapsed"]
        dormancy = default("dormant_factor"), default("dormant_single_days")
        weights = [0.08, 0.42, 0.22, 0.2, 0.08]

        def flush(final: bool = False) -> None:
            if len(tables["customer"]) < CHUNK and not final:
                return
            for key, table in (("customer", Customer), ("contact", ContactPoint),
                               ("address", Address), ("date", ImportantDate),
                               ("doc", Document), ("pref", Preference), ("consent", Consent),
                               ("tag", customer_tag), ("purchase", Purchase),
                               ("interaction", Interaction), ("terms", SearchTerm)):
                rows = tables[key]
                for i in range(0, len(rows), CHUNK * 5):
                    conn.execute(insert(table), rows[i:i + CHUNK * 5])
                rows.clear()
            if progress:
                progress(f"{cid} customers")

        for cid in range(1, customers + 1):
            p = g.person()
            pattern = r.choices(patterns, weights)[0]
            year = r.randint(1950, 2004) if r.random() < 0.7 else None
            has_birthday = r.random() < 0.75
            month, day = r.randint(1, 12), r.randint(1, 28)
            if has_birthday and r.random() < 0.01:
                month, day = 2, 29
                year = r.choice([1972, 1984, 1996, None])
            archived = r.random() < 0.01
            created = dt.datetime.combine(g.start, dt.time(10)) + dt.timedelta(
                days=r.randint(0, 900))
            latin = p["country"] != "GB" and r.random() < 0.3
            cust = {
                "id": cid, "family_name": p["family"], "given_name": p["given"],
                "patronymic": p["patronymic"],
                "family_name_latin": _latin(p["family"]).upper() if latin else "",
                "given_name_latin": _latin(p["given"]).upper() if latin else "",
                "company": "", "sex": "female" if p["female"] else "male", "salutation": "",
                "language": p["language"],
                "birth_year": year if has_birthday else None,
                "birth_month": month if has_birthday else None,
                "birth_day": day if has_birthday else None,
                "notes": "", "source": r.choice(N.SOURCES),
                "referred_by_id": (r.randint(1, cid - 1) if cid > 10 and r.random() < 0.08
                                   else None),
                "staff_id": r.randint(1, len(N.STAFF)) if r.random() < 0.5 else None,
                "is_adherent": pattern == "regular" and r.random() < 0.3,
                "is_advocate": pattern == "regular" and r.random() < 0.1,
                "penetration_percent": (Decimal(r.choice([30, 50, 70, 90]))
                                        if pattern == "regular" and r.random() < 0.3 else None),
                "regular_since": None, "external_id": None, "archived": archived,
                "archived_at": now if archived else None, "created_at": created,
                "updated_at": created,
            }
            if r.random() < 0.02:
                cust["company"] = {"RU": "ООО «Рассвет»", "BG": "Витоша ЕООД",
                                   "GB": "Bright Ltd"}[p["country"]]
                cust["notes"] = "Corporate gifts for the team twice a year."
            cust["sort_name"] = sort_key(cust["family_name"], cust["given_name"],
                                         cust["patronymic"], cust["company"])
            tables["customer"].append(cust)
            phones = [g.phone(p["country"])] + ([g.phone(p["country"])]
                                                if r.random() < 0.15 else [])
            emails = [g.email(p, cid)] if r.random() < 0.65 else []
            for i, ph in enumerate(phones):
                tables["contact"].append({"customer_id": cid, "kind": "phone", "value": ph,
                                          "label": "mobile" if i == 0 else "work",
                                          "is_primary": i == 0, "position": i})
            for em in emails:
                tables["contact"].append({"customer_id": cid, "kind": "email", "value": em,
                                          "label": "", "is_primary": True, "position": 10})
            if r.random() < 0.55:
                city, postcode = r.choice(N.CITIES[p["country"]])
                street = r.choice(N.STREETS[p["country"]])
                line1 = (f"{r.randint(1, 200)} {street}" if p["country"] == "GB"
                         else f"{street}, д. {r.randint(1, 120)}, кв. {r.randint(1, 300)}"
                         if p["country"] == "RU" else f"{street} {r.randint(1, 120)}")
                tables["address"].append({"customer_id": cid, "label": "home", "recipient": "",
                                          "line1": line1, "line2": "", "city": city,
                                          "region": "", "postcode": postcode,
                                          "country": p["country"], "is_primary": True,
                                          "position": 0})
            nd = N.NAME_DAYS.get(p["given"])
            if nd and p["country"] != "GB" and r.random() < 0.6:
                tables["date"].append({"customer_id": cid, "kind": "name_day", "label": "",
                                       "year": None, "month": nd[0], "day": nd[1],
                                       "yearly": True, "note": ""})
            if r.random() < 0.12:
                tables["date"].append({"customer_id": cid, "kind": "wedding_anniversary",
                                       "label": "", "year": r.randint(1980, 2024),
                                       "month": r.randint(1, 12), "day": r.randint(1, 28),
                                       "yearly": True, "note": ""})
            if r.random() < 0.15:
                expires = g.end + dt.timedelta(days=r.randint(-200, 3000))
                number = f"{r.randint(10, 99)} {r.randint(10**6, 10**7 - 1)}"
                tables["doc"].append({"customer_id": cid, "kind": "foreign_passport",
                                      "number": number,
                                      "issued_on": expires - dt.timedelta(days=3652),
                                      "expires_on": expires, "citizenship": p["country"],
                                      "issued_by": "", "note": ""})
            for category, values in r.sample(N.PREFERENCES, r.choice([0, 0, 1, 1, 2, 3])):
                value = r.choice(values)
                tables["pref"].append({"customer_id": cid, "category": category, "value": value,
                                       "value_key": fold(value), "note": ""})
            for channel, share in (("email", 0.7), ("post", 0.4), ("sms", 0.3), ("phone", 0.5)):
                if r.random() < share:
                    withdrawn = r.random() < 0.05
                    tables["consent"].append({
                        "customer_id": cid, "channel": channel,
                        "status": "withdrawn" if withdrawn else "given", "given_at": created,
                        "withdrawn_at": now if withdrawn else None,
                        "method": r.choice(["paper form", "in person", "website", "phone"]),
                        "changed_at": now if withdrawn else created})
            for tag_id in {r.randint(1, len(N.TAGS)) for _ in range(r.choice([0, 0, 0, 1, 2]))}:
                tables["tag"].append({"customer_id": cid, "tag_id": tag_id})
            if cid > 1 and r.random() < 0.03:
                tables["rel"].append({"customer_id": cid, "other_id": r.randint(1, cid - 1),
                                      "kind": r.choice(["spouse", "child", "friend", "parent"]),
                                      "note": ""})
            check = r.lognormvariate(8.2, 0.6)
            dates = g.purchase_dates(pattern)
            for d in dates:
                purchase_id += 1
                category = r.choice(N.CATEGORIES)
                amount = Decimal(max(200, int(r.gauss(check, check * 0.35)) // 10 * 10))
                tables["purchase"].append({
                    "id": purchase_id, "customer_id": cid, "date": d, "amount": amount,
                    "currency": "RUB", "discount_amount": Decimal(0), "discount_percent": None,
                    "description": r.choice(N.ITEMS[category]), "category": category,
                    "status": "paid", "service_start": None, "service_end": None,
                    "due_date": None, "staff_id": cust["staff_id"], "created_at": now,
                    "updated_at": now})
            bought = tables["purchase"][len(tables["purchase"]) - len(dates):]
            cust.update(purchase_count=len(dates),
                        total_spent=sum((x["amount"] for x in bought), Decimal(0)),
                        first_purchase=dates[0] if dates else None,
                        last_purchase=dates[-1] if dates else None,
                        dormant_on=dormant_from(len(dates), dates[0] if dates else None,
                                                dates[-1] if dates else None, *dormancy))
            if pattern == "regular" and r.random() < 0.3:
                tables["interaction"].append({
                    "customer_id": cid, "at": now - dt.timedelta(days=r.randint(1, 300)),
                    "channel": "phone", "kind": r.choice(["call", "feedback", "gift"]),
                    "text": r.choice(["Asked how she likes the ring", "Birthday call",
                                      "Small gift: polishing cloth"]),
                    "outcome": "", "reason": "", "rating": r.choice([4, 5, None]),
                    "staff_id": cust["staff_id"]})
            tables["terms"].extend(term_rows([CustomerTerms(
                id=cid, family_names=(cust["family_name"], cust["family_name_latin"]),
                names=(cust["given_name"], cust["patronymic"], cust["company"]),
                latin_names=(cust["given_name_latin"],),
                language=cust["language"], phones=phones, emails=emails)]))
            flush()
        flush(final=True)
        rels = {(x["customer_id"], x["other_id"], x["kind"]): x for x in tables["rel"]}
        if rels:
            conn.execute(insert(Relationship), list(rels.values()))
        if db.is_sqlite:
            conn.exec_driver_sql("ANALYZE")
        else:  # the rows above carry their own ids: the next ones must come after them
            sync_sequences(conn)
    return DemoReport(customers, purchase_id, time.perf_counter() - t0)
