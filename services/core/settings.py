"""Settings stored in the customer file, so that every desk sharing it agrees on them."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from models import BusinessProfile, Setting
from services.core.errors import FieldError, field_error


@dataclass(frozen=True)
class Option:
    """One setting: its key, default, what values it takes and one line of what it means.

    Declared in the room whose capability it tunes (its `options.py`) and registered by the
    store when it opens a file, so that no default depends on which modules were imported."""

    key: str
    default: Any
    meaning: str
    kind: str = "text"  # int, number, pair, choice, text, region, language, json
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    off: bool = False  # empty or 0 means "not used" and is kept as None
    # for json values and checked text: (errors, value) → the value cleaned, problems appended
    check: Callable[[list[FieldError], Any], Any] | None = None

    def clean(self, errors: list[FieldError], value: Any) -> Any:
        """The value as stored, or None with the problem appended to errors."""
        if self.off and value in (None, "", 0, "0"):
            return None
        if self.kind in ("int", "number"):
            return number_in_range(errors, self.key, value, self.low, self.high, self.kind == "int")
        if self.kind == "pair":
            pair = value if isinstance(value, list | tuple) else str(value or "").split(",")
            if len(pair) != 2:
                errors.append(FieldError(self.key, "needs two cut-offs, such as 80,95"))
                return None
            low, high = (number_in_range(errors, self.key, v, self.low, self.high, False)
                         for v in pair)
            if low is None or high is None:
                return None
            if low >= high:
                errors.append(FieldError(self.key, "the first cut-off must be below the second"))
            return [float(low), float(high)]
        if self.kind in ("choice", "language"):
            text = str(value if value is not None else "").strip().lower()
            if self.kind == "language" and not text:
                return None
            if text not in self.choices:
                errors.append(FieldError(self.key, f"'{text}' is not one of: "
                                                   + ", ".join(self.choices)))
            return text
        if self.kind == "region":
            text = str(value or "").strip().upper()
            if text and not (len(text) == 2 and text.isalpha()):
                errors.append(FieldError(self.key, f"'{text}' is not a two-letter country code"))
            return text or None
        if self.kind == "json":
            value = copy.deepcopy(self.default) if value is None else value
            return self.check(errors, value) if self.check else value
        text = "" if value is None else str(value)
        return self.check(errors, text) if self.check else text


def number_in_range(errors: list[FieldError], key: str, text: Any, low, high, whole: bool):
    try:
        value = Decimal(str(text).strip().replace(",", ".").replace(" ", ""))
        if not value.is_finite():
            raise InvalidOperation
    except InvalidOperation:
        errors.append(FieldError(key, f"'{text}' is not a number"))
        return None
    if (low is not None and value < Decimal(str(low))) or (
            high is not None and value > Decimal(str(high))):
        errors.append(FieldError(key, f"{value} is not between {low} and {high}"))
    if whole and value != value.to_integral_value():
        errors.append(FieldError(key, f"{value} must be a whole number"))
    return int(value) if whole else float(value)


_REGISTRY: dict[str, Option] = {}


def register(options: Iterable[Option]) -> None:
    for option in options:
        _REGISTRY[option.key] = option


def options() -> dict[str, Option]:
    """Every registered setting, in the order registered."""
    return dict(_REGISTRY)


def option(key: str) -> Option:
    if key not in _REGISTRY:
        raise field_error("key", f"'{key}' is not a setting; the settings are: "
                                 + ", ".join(sorted(_REGISTRY)))
    return _REGISTRY[key]


def default(key: str) -> Any:
    return copy.deepcopy(option(key).default)


# Settings of the core itself.
OPTIONS = (
    Option("phone_region", None, "where a phone number typed without a country code is assumed "
           "to be (empty: the business's country)", "region"),
    Option("business.language", None, "the language letters fall back to when a customer has "
           "none (empty: the business's country's)", "language", choices=("en", "ru", "bg")),
)


def _value(key: str, stored: str | None) -> Any:
    if stored is not None:
        return json.loads(stored)
    known = _REGISTRY.get(key)
    return copy.deepcopy(known.default) if known is not None else None


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return _value(key, row.value if row is not None else None)


def get_many(conn: Connection, keys: Sequence[str]) -> dict[str, Any]:
    """Several settings read on a bare connection (the purchase-figure hooks have no
    session of their own)."""
    stored = dict(conn.execute(select(Setting.key, Setting.value)
                               .where(Setting.key.in_(keys))).all())
    return {key: _value(key, stored.get(key)) for key in keys}


# What follows a setting when it changes (each customer's dormant date follows the dormant
# settings): registered by the store when it opens a file, so that nothing depends on which
# modules happen to be imported.
_REACTIONS: dict[str, set[Callable[[Session], None]]] = {}


def react(keys: Sequence[str], reaction: Callable[[Session], None]) -> None:
    for key in keys:
        _REACTIONS.setdefault(key, set()).add(reaction)


def put(session: Session, key: str, value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    before = _value(key, row.value if row is not None else None)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    if before != value and _REACTIONS.get(key):
        session.flush()
        for reaction in _REACTIONS[key]:
            reaction(session)


def profile(session: Session) -> BusinessProfile:
    """The business profile, created with defaults on first use."""
    row = session.execute(select(BusinessProfile).order_by(BusinessProfile.id)).scalars().first()
    if row is None:
        row = BusinessProfile(id=1)
        session.add(row)
        session.flush()
    return row


def phone_region(session: Session) -> str:
    region = get(session, "phone_region")
    if region:
        return str(region)
    row = session.execute(select(BusinessProfile.country).order_by(BusinessProfile.id)).first()
    return (row[0] if row else None) or "RU"


def currency(session: Session) -> str:
    row = session.execute(select(BusinessProfile.currency).order_by(BusinessProfile.id)).first()
    return (row[0] if row else None) or "RUB"


def business_language(session: Session) -> str:
    """The language of the business's letters: as set, or its country's (en elsewhere)."""
    chosen = get(session, "business.language")
    if chosen:
        return str(chosen)
    country = (profile(session).country or "").lower()
    return country if country in ("ru", "bg") else "en"
