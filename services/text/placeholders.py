"""Placeholders in letters, e-mails and salutations: plain known names only, so nothing a
user types into a template or a card can run code or break a mailing."""

from __future__ import annotations

import string

from services.core.errors import FieldError, ValidationError, field_error

PLACEHOLDERS = ("salutation", "first_name", "patronymic", "last_name", "discount",
                "card_number", "points", "coupon_code", "coupon_valid_until", "last_purchase",
                "business_name", "business_phone", "business_address", "business_email",
                "business_website", "date")


def placeholders_of(text: str) -> list[str]:
    """The placeholders a template uses; ValidationError for anything not a plain, known name
    (no attribute access, indexing or format codes: nothing in a template can run code)."""
    names, problems = [], []
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise field_error("template", f"a brace is not closed ({exc}); write {{{{ for a "
                          "literal {") from None
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in PLACEHOLDERS:
            problems.append(FieldError("template", f"unknown placeholder {{{name}}}"))
        elif spec or conversion:
            problems.append(FieldError("template", f"{{{name}}} cannot have a format code"))
        else:
            names.append(name)
    if problems:
        problems.append(FieldError("template", "valid placeholders: "
                                   + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)))
        raise ValidationError(problems)
    return names


OPTIONAL = ("card_number", "coupon_code", "coupon_valid_until", "last_purchase")


def render(text: str, values: dict[str, str]) -> str:
    """Fill the template. A paragraph about something this customer does not have (a card, a
    coupon, a purchase) is left out rather than printed with a hole in it."""
    placeholders_of(text)
    kept = []
    for paragraph in text.split("\n\n"):
        used = placeholders_of(paragraph)
        if any(name in OPTIONAL and not values.get(name) for name in used):
            continue
        kept.append(paragraph)
    return "\n\n".join(kept).format_map({name: values.get(name, "") for name in PLACEHOLDERS})


def salutation_problem(text: str) -> str | None:
    """Why a greeting cannot be used (an unknown placeholder, an unclosed brace, the greeting
    inside itself), or None when it can."""
    try:
        if "salutation" in placeholders_of(text):
            return "cannot use {salutation} itself"
    except ValidationError as exc:
        return exc.errors[0].message
    return None
