"""Folding and transliteration of names for search and sorting."""

from __future__ import annotations

import re
import unicodedata

import cyrtranslit
import iuliia

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD_SPLIT = re.compile(r"[\s\-‐‑–—'’.,()/]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Ёлкина' and 'елкина', 'José' and 'jose' meet."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().strip()


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def words(text: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(text) if w]


def latin_variants(text: str, language: str = "") -> set[str]:
    """The Latin spellings a person may type for a Cyrillic name.

    ICAO Doc 9303 is what Russian passports print; the Wikipedia scheme is what people type;
    Bulgarian names also get Bulgaria's official streamlined system.
    """
    if not has_cyrillic(text):
        return set()
    variants = {
        iuliia.ICAO_DOC_9303.translate(text),
        iuliia.WIKIPEDIA.translate(text),
    }
    if language in ("", "bg"):
        variants.add(cyrtranslit.to_latin(text, "bg"))
    return {v for v in variants if v}
