"""The Settings dialog's data: business profile, loyalty rules, analysis thresholds."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from babel.numbers import list_currencies
from sqlalchemy import select

from models import DiscountLevel
from models.database import Database
from services.agenda.reminders import ACTIONS, DEFAULT_RULES
from services.core import settings
from services.core.errors import FieldError, ValidationError, field_error
from services.outreach.sending import KEYRING_SERVICE  # (importing it registers the mail defaults)
from services.sales.loyalty import LOYALTY_DEFAULTS  # noqa: F401  (registers the loyalty defaults)
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
    values: dict = field(default_factory=dict)  # every key of settings.DEFAULTS


NUMBERS = {  # key: (minimum, maximum, whole number?)
    "ladder_regular_from": (2, 100, True), "ladder_client_from": (2, 100, True),
    "event_buyer_days": (1, 10000, True), "xyz_min_purchases": (3, 100, True),
    "dormant_factor": (1, 100, False), "dormant_single_days": (1, 10000, True),
    "crr_window_days": (1, 10000, True), "points_per_unit": (0, 1000, False),
    "point_value": (0, 1000000, False), "welcome_coupon_days": (1, 3650, True),
    "agenda_overdue_days": (0, 365, True),
    "smtp_port": (1, 65535, True), "mail_per_minute": (0, 10000, False),
}


def load(db: Database) -> Config:
    with db.sessions() as session:
        profile = settings.profile(session)
        levels = [LevelRow(lv.name, f"{lv.percent.normalize():f}",
                           str(lv.min_purchases or ""),
                           f"{lv.min_spent:f}" if lv.min_spent is not None else "")
                  for lv in session.execute(select(DiscountLevel).where(
                      DiscountLevel.active.is_(True)).order_by(DiscountLevel.id)).scalars()]
        values = {key: settings.get(session, key) for key in settings.DEFAULTS}
        session.rollback()
        return Config(profile.name, profile.currency, profile.country,
                      f"{profile.margin_percent.normalize():f}", levels, values)


def _number(errors, key, text, low, high, whole):
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except InvalidOperation:
        errors.append(FieldError(key, f"'{text}' is not a number"))
        return None
    if not low <= value <= high:
        errors.append(FieldError(key, f"{value} is not between {low} and {high}"))
    if whole and value != value.to_integral_value():
        errors.append(FieldError(key, f"{value} must be a whole number"))
    return int(value) if whole else float(value)


def save(db: Database, config: Config) -> None:
    errors: list[FieldError] = []
    currency = config.currency.strip().upper()
    if currency not in set(list_currencies()):
        errors.append(FieldError("currency", f"'{currency}' is not an ISO 4217 currency code"))
    margin = _number(errors, "margin_percent", config.margin_percent, 0, 100, False)
    values = dict(config.values)
    for key, (low, high, whole) in NUMBERS.items():
        values[key] = _number(errors, key, values.get(key), low, high, whole)
    for key in ("abc_cutoffs", "xyz_cutoffs"):
        pair = values.get(key) or []
        if len(pair) != 2:
            errors.append(FieldError(key, "needs two cut-offs"))
            continue
        low_cut = _number(errors, key, pair[0], 0, 100, False)
        high_cut = _number(errors, key, pair[1], 0, 100, False)
        if low_cut is not None and high_cut is not None:
            if Decimal(low_cut) >= Decimal(high_cut):
                errors.append(FieldError(key, "the first cut-off must be below the second"))
            values[key] = [float(low_cut), float(high_cut)]
    if values.get("welcome_coupon_percent") not in (None, "", 0, "0"):
        values["welcome_coupon_percent"] = _number(
            errors, "welcome_coupon_percent", values["welcome_coupon_percent"], 1, 100, False)
    else:
        values["welcome_coupon_percent"] = None
    expiry = values.get("points_expiry_days")
    values["points_expiry_days"] = (None if expiry in (None, "", 0, "0") else
                                    _number(errors, "points_expiry_days", expiry, 1, 36500, True))
    if values.get("ladder_client_from") is not None and values.get("ladder_regular_from") \
            is not None and values["ladder_client_from"] >= values["ladder_regular_from"]:
        errors.append(FieldError("ladder_client_from", "a client comes before a regular"))
    values["reminder_rules"] = _check_rules(errors, values.get("reminder_rules") or {})
    values["salutations"] = _check_salutations(errors, values.get("salutations") or {})
    if values.get("smtp_security") not in ("starttls", "ssl", "none"):
        errors.append(FieldError("smtp_security", "is not one of: starttls, ssl, none"))
    sender = str(values.get("mail_from") or "").strip()
    if sender:
        from services.text.contacts import normalize_email

        try:
            values["mail_from"] = normalize_email(sender, "mail_from")
        except ValidationError as exc:
            errors += exc.errors
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
            if key in settings.DEFAULTS:
                settings.put(session, key, value)
        for old in session.execute(select(DiscountLevel)).scalars():
            old.active = False
        session.add_all(levels)


_SAMPLE = {"label": "x", "date": "x", "years": 1, "code": "x", "points": 1, "number": "x"}


def _check_rules(errors: list[FieldError], rules: dict) -> dict:
    """Each reminder rule: on/off, days of lead time, the action, the words shown."""
    out = {}
    for name, rule in rules.items():
        where = f"reminder_rules.{name}"
        if name not in DEFAULT_RULES:
            errors.append(FieldError(where, "is not a reminder rule"))
            continue
        merged = {**DEFAULT_RULES[name], **rule}
        lead = _number(errors, where, merged["lead_days"], 0, 3650, True)
        if merged["action"] not in ACTIONS:
            errors.append(FieldError(where, f"'{merged['action']}' is not one of: "
                                     + ", ".join(ACTIONS)))
        text = str(merged["text"]).strip()
        try:
            text.format(**_SAMPLE)
        except (KeyError, IndexError, ValueError) as exc:
            errors.append(FieldError(where, f"the text has an unknown {{placeholder}}: {exc}"))
        if not text:
            errors.append(FieldError(where, "the text is empty"))
        out[name] = {"enabled": bool(merged["enabled"]), "lead_days": lead,
                     "action": merged["action"], "text": text}
    return out


def _check_salutations(errors: list[FieldError], forms: dict) -> dict:
    """Per language and sex: how a letter greets the customer, with the letters' placeholders
    (all but {salutation} itself)."""
    from services.printing.letters import SALUTATIONS
    from services.text.placeholders import salutation_problem

    out = {}
    for language, by_sex in forms.items():
        merged = {**SALUTATIONS.get(language, SALUTATIONS["en"]), **by_sex}
        for sex, text in merged.items():
            where = f"salutations.{language}.{sex}"
            text = str(text).strip()
            if not text:
                errors.append(FieldError(where, "is empty"))
                continue
            problem = salutation_problem(text)
            if problem:
                errors.append(FieldError(where, problem))
            merged[sex] = text
        out[language] = merged
    return out


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
