"""Postal address lines in the order each country's post expects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, localedata


@dataclass(frozen=True)
class PostalAddress:
    recipient: str
    line1: str
    line2: str
    city: str
    region: str
    postcode: str
    country: str  # ISO 3166-1 alpha-2


# The names babel does not give (old, short or official forms) as people write them
_ALIASES = {"usa": "US", "us": "US", "u s": "US", "u s a": "US", "america": "US",
            "united states of america": "US", "uk": "GB", "u k": "GB", "great britain": "GB",
            "britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
            "northern ireland": "GB", "рф": "RU", "russian federation": "RU",
            "российская федерация": "RU", "rus": "RU", "bgr": "BG", "czech republic": "CZ",
            "чехия": "CZ", "holland": "NL", "the netherlands": "NL", "macedonia": "MK",
            "македония": "MK", "burma": "MM", "ivory coast": "CI", "swaziland": "SZ",
            "korea": "KR", "south korea": "KR", "republic of korea": "KR", "deu": "DE",
            "ukr": "UA", "blr": "BY", "kaz": "KZ", "gbr": "GB", "fra": "FR", "ita": "IT",
            "esp": "ES", "сша": "US", "англия": "GB", "великобритания": "GB", "uae": "AE",
            "оаэ": "AE", "бразилия": "BR", "vatican": "VA", "türkiye": "TR", "turkey": "TR"}
# Locales asked first; the rest of babel's 1,100 only when a name is not found in these
_FIRST_LOCALES = ("en", "ru", "bg", "uk", "de", "fr", "es", "it", "pl", "cs", "sr", "ro", "tr",
                  "el", "nl", "pt", "sv", "fi", "hu", "zh", "ja")
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}


def _country_key(text: str) -> str:
    return " ".join(re.sub(r"[.,()'’]", " ", text.casefold().replace("ё", "е")).split())


def _names(locales) -> dict[str, str]:
    out: dict[str, str] = {}
    for ident in locales:
        try:
            territories = Locale.parse(ident).territories
        except (ValueError, TypeError, localedata.UnknownLocaleError):
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES:
                out.setdefault(_country_key(name), code)
    return out


@cache
def _common_names() -> dict[str, str]:
    return {**_names(_FIRST_LOCALES), **_ALIASES}


@cache
def _all_names() -> dict[str, str]:
    return {**_names(localedata.locale_identifiers()), **_common_names()}


@cache
def country_codes() -> frozenset[str]:
    return frozenset(c for c in Locale("en").territories
                     if len(c) == 2 and c.isalpha() and c not in _NOT_COUNTRIES)


def country_code(text: str) -> str | None:
    """The ISO 3166 code for a country as people write it: "RU", "ru", "Russia", "Россия",
    "РФ", "U.S.A.", "България", "Czech Republic", in any language babel knows; None when it
    cannot be told."""
    value = text.strip()
    if len(value) == 2 and value.upper() in country_codes():
        return value.upper()
    key = _country_key(value)
    if not key:
        return None
    if key.startswith("the "):
        key = key[4:]
    return _common_names().get(key) or _all_names().get(key)


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
