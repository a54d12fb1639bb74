"""Changing the settings: the Settings dialog's data (business profile, loyalty rules,
analysis thresholds) and the command line's `settings show` and `settings set`, both checked
by the one registry of settings (services.core.settings)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from babel.numbers import list_currencies
from sqlalchemy import select

from models import DiscountLevel
from models.database import Database
from services.core import settings
from services.core.errors import FieldError, ValidationError, field_error
from services.core.settings import number_in_range as _number
from services.outreach.sending import KEYRING_SERVICE
from services.sales.purchases import parse_amount


@dataclass
class LevelRow:
    name: str
    percent: str
    min_purchases: str = ""
    min_spent: str = ""


@dataclass
class Config:
    business_name: str = ""
    currency: str = "RUB"
    country: str = "RU"
    margin_percent: str = "30"
    levels: list[LevelRow] = field(default_factory=list)
    values: dict = field(default_factory=dict)  # every registered setting


def load(db: Database) -> Config:
    with db.sessions() as session:
        profile = settings.profile(session)
        levels = [LevelRow(lv.name, f"{lv.percent.normalize():f}",
                           str(lv.min_purchases or ""),
                           f"{lv.min_spent:f}" if lv.min_spent is not None else "")
                  for lv in session.execute(select(DiscountLevel).where(
                      DiscountLevel.active.is_(True)).order_by(DiscountLevel.id)).scalars()]
        values = {key: settings.get(session, key) for key in settings.options()}
        session.rollback()
        return Config(profile.name, profile.currency, profile.country,
                      f"{profile.margin_percent.normalize():f}", levels, values)


LADDER = ("ladder_client_from", "ladder_regular_from")  # checked together: a client comes first


def check_values(values: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
    """Each value as it is stored, by its setting's own rule, and what is wrong."""
    errors: list[FieldError] = []
    known = settings.options()
    out = {key: known[key].clean(errors, value) for key, value in values.items() if key in known}
    client, regular = (out.get(k) for k in LADDER)
    if client is not None and regular is not None and client >= regular:
        errors.append(FieldError("ladder_client_from", "a client comes before a regular"))
    return out, errors


def save(db: Database, config: Config) -> None:
    errors: list[FieldError] = []
    currency = config.currency.strip().upper()
    if currency not in set(list_currencies()):
        errors.append(FieldError("currency", f"'{currency}' is not an ISO 4217 currency code"))
    margin = _number(errors, "margin_percent", config.margin_percent, 0, 100, False)
    values, problems = check_values(config.values)
    errors += problems
    levels = []
    for i, row in enumerate(config.levels):
        name = " ".join(row.name.split())
        if not (name or row.percent or row.min_purchases or row.min_spent):
            continue
        where = f"levels[{i}]"
        if not name:
            errors.append(FieldError(where, "needs a name"))
        pct = _number(errors, where, row.percent or "x", Decimal("0.01"), 100, False)
        count = row.min_purchases.strip()
        spent = row.min_spent.strip()
        if bool(count) == bool(spent):
            errors.append(FieldError(where, "give either a purchase number or a spend"))
            continue
        n = _number(errors, where, count, 1, 10000, True) if count else None
        try:
            amount = parse_amount(spent, currency, where) if spent else None
        except ValidationError as exc:
            errors += exc.errors
            continue
        levels.append(DiscountLevel(name=name, percent=Decimal(str(pct or 0)), min_purchases=n,
                                    min_spent=amount))
    if errors:
        raise ValidationError(errors)
    with db.transaction() as session:
        profile = settings.profile(session)
        profile.name = config.business_name.strip()
        profile.currency = currency
        profile.country = config.country.strip().upper() or profile.country
        profile.margin_percent = Decimal(str(margin))
        for key, value in values.items():
            settings.put(session, key, value)
        for old in session.execute(select(DiscountLevel)).scalars():
            old.active = False
        session.add_all(levels)


# The business profile, spelled as settings on the command line.
PROFILE = {
    "business.name": ("name", "the business's name, on letters, envelopes and cards"),
    "business.country": ("country", "the business's country (two letters): phones without a "
                                    "country code, addresses, letters' language"),
    "business.currency": ("currency", "the currency amounts are in (ISO 4217)"),
}


def _shown(value: Any) -> Any:
    return value if value is None or isinstance(value, bool | int | float | list | dict) \
        else str(value)


def show(db: Database) -> list[dict[str, Any]]:
    """Every setting with its value, its default and what it means (`settings show`)."""
    with db.sessions() as session:
        profile = settings.profile(session)
        out = [{"key": key, "value": getattr(profile, column), "default": None,
                "meaning": meaning} for key, (column, meaning) in PROFILE.items()]
        for key, option in settings.options().items():
            out.append({"key": key, "value": _shown(settings.get(session, key)),
                        "default": _shown(option.default), "meaning": option.meaning})
        session.rollback()
    return out


def change(db: Database, key: str, text: str) -> dict[str, Any]:
    """One setting changed from its text as typed (`settings set KEY VALUE`); refused, naming
    what is allowed, when the key is unknown or the value out of range."""
    if key in PROFILE:
        return _change_profile(db, key, text)
    if key not in settings.options():
        raise field_error("key", f"'{key}' is not a setting; the settings are: "
                          + ", ".join([*PROFILE, *sorted(settings.options())]))
    option = settings.option(key)
    value: Any = text
    if option.kind == "json":
        try:
            value = json.loads(text)
        except ValueError:
            raise field_error(key, "takes JSON, such as {\"en\": {…}}") from None
    cleaned, errors = check_values({key: value})
    with db.transaction() as session:
        if key in LADDER and not errors:  # against the other one as stored
            current = {k: settings.get(session, k) for k in LADDER}
            _, errors = check_values({**current, **cleaned})
        if errors:
            raise ValidationError(errors)
        settings.put(session, key, cleaned[key])
    return {"key": key, "value": _shown(cleaned[key])}


def _change_profile(db: Database, key: str, text: str) -> dict[str, Any]:
    column = PROFILE[key][0]
    value = text.strip()
    if column == "currency":
        value = value.upper()
        if value not in set(list_currencies()):
            raise field_error(key, f"'{value}' is not an ISO 4217 currency code, such as RUB, "
                                   "BGN or EUR")
    elif column == "country":
        from babel import Locale

        value = value.upper()
        if value not in Locale("en").territories or not value.isalpha() or len(value) != 2:
            raise field_error(key, f"'{value}' is not a two-letter country code, such as RU "
                                   "or BG")
    with db.transaction() as session:
        setattr(settings.profile(session), column, value)
    return {"key": key, "value": value}


def store_smtp_password(user: str, password: str) -> None:
    """The mail password goes to the system keyring, never into the customer file."""
    import keyring
    from keyring.errors import KeyringError


    if not user:
        raise field_error("smtp_user", "say whose password it is")
    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except KeyringError as exc:
        raise field_error("smtp_password", f"the system keyring refused it: {exc}") from None
