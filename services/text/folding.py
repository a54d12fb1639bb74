"""Folding and transliteration of names for search and sorting."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD_SPLIT = re.compile(r"[\s\-‐‑–—'’.,()/]+")


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Ёлкина' and 'елкина', 'José' and 'jose' meet.
    Cached: indexing a file folds the same names, words and spellings over and over."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().strip()


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


@lru_cache(maxsize=65536)
def latin_variants(text: str, language: str = "") -> frozenset[str]:
    """The Latin spellings a person may type for a Cyrillic name.

    ICAO Doc 9303 is what Russian passports print; the Wikipedia scheme is what people type;
    Bulgarian names also get Bulgaria's official streamlined system.
    """
    if not has_cyrillic(text):
        return frozenset()
    variants = {
        iuliia.ICAO_DOC_9303.translate(text),
        iuliia.WIKIPEDIA.translate(text),
    }
    if language in ("", "bg"):
        variants.add(bulgarian_latin(text))
    # cached: the same names come back thousands of times in a file or an import
    return frozenset(v for v in variants if v)


# Bulgaria's official transliteration (Transliteration Act 2009, the "streamlined system").
_BG = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch",
       "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}


def bulgarian_latin(text: str) -> str:
    """Bulgarian Cyrillic in the official Latin spelling; "-ия" ending a word is "-ia"
    (София → Sofia), as the Act says."""
    out = []
    words_ = re.split(r"(\W+)", text)
    for word in words_:
        lower = word.lower()
        if lower.endswith("ия") and len(lower) > 2:
            body, tail = word[:-2], "ia" if word[-2:].islower() else "IA"
        else:
            body, tail = word, ""
        letters = []
        for ch in body:
            latin = _BG.get(ch.lower())
            if latin is None:
                letters.append(ch)
            elif ch.isupper():
                letters.append(latin.upper() if body.isupper() else latin.capitalize())
            else:
                letters.append(latin)
        out.append("".join(letters) + tail)
    return "".join(out)


def N_(text: str) -> str:  # noqa: N802  (gettext's spelling; pyside6-lupdate is told of it)
    """Marks a label the window shows (an import field's name) for translation; the window
    translates it (ui.labels.label). Services themselves speak English."""
    return text


def sort_key(family: str, given: str, patronymic: str, company: str) -> str:
    """The folded name the list sorts by: family name first, whatever the display order."""
    return fold(" ".join(p for p in (family, given, patronymic, company) if p))


def sort_name(customer) -> str:
    return sort_key(customer.family_name, customer.given_name, customer.patronymic,
                    customer.company)


# --- the same person in either alphabet: the one rule imports, duplicates and merging use ----


def latin_key(text: str) -> str:
    """One folded Latin spelling of a name (Wikipedia's scheme), for grouping names that may be
    one person's: "Иванова" and "Ivanova" get the same key."""
    return fold(iuliia.WIKIPEDIA.translate(text) if has_cyrillic(text) else text)


def same_name(a: str, b: str) -> bool:
    """Whether two spellings are one name: the same folded, or one a Latin spelling of the
    other ("Ivanova" in one file and "Иванова" in another)."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return True
    return fb in {fold(v) for v in latin_variants(a)} or \
        fa in {fold(v) for v in latin_variants(b)} or latin_key(a) == latin_key(b)
