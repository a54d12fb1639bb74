"""Postal address lines in the order each country's post expects."""

from __future__ import annotations

from dataclasses import dataclass

from babel import Locale


@dataclass(frozen=True)
class PostalAddress:
    recipient: str
    line1: str
    line2: str
    city: str
    region: str
    postcode: str
    country: str  # ISO 3166-1 alpha-2


def country_name(code: str, language: str = "en") -> str:
    try:
        return Locale.parse(language or "en").territories.get(code.upper(), code)
    except (ValueError, TypeError):
        return code


def address_lines(a: PostalAddress, sender_country: str = "") -> list[str]:
    """Lines top to bottom. The country is added (in capitals, in English, as the Universal
    Postal Union asks) only when the letter crosses a border."""
    street = [x for x in (a.line1, a.line2) if x]
    c = (a.country or sender_country or "").upper()
    if c == "RU":  # Russian Post: street, city, region, then the postcode
        body = street + [x for x in (a.city, a.region, a.postcode) if x]
    elif c == "US":
        last = f"{a.city}, {a.region} {a.postcode}".strip(" ,") if a.region else \
            f"{a.city} {a.postcode}".strip()
        body = street + [last.upper()]
    elif c == "GB":
        body = street + [x for x in (a.city.upper(), a.region, a.postcode.upper()) if x]
    else:  # BG, DE and most of Europe: postcode before the city
        body = street + [" ".join(x for x in (a.postcode, a.city) if x)]
        if a.region:
            body.append(a.region)
    lines = [a.recipient] + [x for x in body if x]
    if c and sender_country and c != sender_country.upper():
        lines.append(country_name(c).upper())
    return [x for x in lines if x]
