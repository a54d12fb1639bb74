"""Printing's settings: how letters greet customers, the business's own letter templates, and
the loyalty card's colour and terms."""

from __future__ import annotations

from services.core.errors import FieldError
from services.core.settings import Option
from services.text.placeholders import salutation_problem

SALUTATIONS = {  # per language: female, male, unknown; the same placeholders as letters
    "en": {"female": "Dear Mrs {last_name}", "male": "Dear Mr {last_name}",
           "unknown": "Dear {first_name} {last_name}"},
    "ru": {"female": "Уважаемая {first_name} {patronymic}",
           "male": "Уважаемый {first_name} {patronymic}",
           "unknown": "Здравствуйте, {first_name} {patronymic}"},
    "bg": {"female": "Уважаема госпожо {last_name}", "male": "Уважаеми господин {last_name}",
           "unknown": "Здравейте, {first_name} {last_name}"},
}


def _check_salutations(errors: list[FieldError], forms: dict) -> dict:
    """Per language and sex: how a letter greets the customer, with the letters' placeholders
    (all but {salutation} itself)."""
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


OPTIONS = (
    Option("salutations", SALUTATIONS, "how a letter greets the customer, per language and sex",
           "json", check=_check_salutations),
    Option("letter_templates", {}, "the business's own letter templates, per name and language",
           "json"),
    Option("card_colour", "#2e7d6b", "the loyalty card's colour"),
    Option("card_terms", "Show this card when you pay. The discount applies to every purchase; "
           "it cannot be exchanged for cash. If you lose the card, tell us and we will issue a "
           "new one.", "the terms printed on the back of a loyalty card"),
)
