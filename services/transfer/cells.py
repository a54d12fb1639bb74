"""One cell of an imported table read as what it holds: text cleaned of invisible junk, a
date the way its column writes it, yes or no, a sex, a name split into its parts, tags, the
label a column's header gives a phone, a vCard address, a photo made small enough to keep.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable

from services.core.errors import field_error
from services.text.dates import PartialDate
from services.text.folding import fold
from services.transfer.table import VCARD_MULTI

ADDRESS_PARTS = ("address_line1", "address_line2", "city", "region", "postcode", "country")
ADR_FIELDS = ("adr", "adr:home", "adr:work")
_JUNK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_YES = {"yes", "y", "true", "1", "+", "да", "д", "x", "✓", "agreed", "given", "да ", "так"}
_NO = {"no", "n", "false", "0", "-", "нет", "н", "не", "withdrawn", "refused"}
_SEX = {"f": "female", "female": "female", "woman": "female", "w": "female", "ж": "female",
        "жен": "female", "женский": "female", "женщина": "female", "жена": "female",
        "mrs": "female", "ms": "female", "miss": "female", "madam": "female",
        "г-жа": "female", "госпожа": "female", "г-ца": "female", "госпожица": "female",
        "m": "male", "male": "male", "man": "male", "м": "male", "муж": "male",
        "мужской": "male", "мужчина": "male", "мъж": "male", "mr": "male", "sir": "male",
        "г-н": "male", "господин": "male", "unknown": "unknown", "u": "unknown",
        "o": "unknown", "n": "unknown", "x": "unknown"}
EMPTY_DATES = {"0/0/00", "0/0/0000", "00.00.0000", "0000-00-00"}  # Outlook's "no birthday"
# Russian and Bulgarian patronymics, so "Иванова Анна Сергеевна" and "Анна Сергеевна Иванова"
# are each split right
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|ична|овна|евна|оглы|кызы)$", re.IGNORECASE)
_LABEL_WORDS = {"home": "home", "домашний": "home", "work": "work", "business": "work",
                "рабочий": "work", "office": "work", "other": "other", "другой": "other"}


def clean_text(value: str) -> str:
    """Control and zero-width characters out, non-breaking spaces and runs of spaces as
    one space: what spreadsheets and web pages leave in cells."""
    if value.isprintable() and "  " not in value and value == value.strip():
        return value  # nothing to clean: most cells
    value = _JUNK.sub("", value).replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(value.split(" ")).strip() if "\n" in value else " ".join(value.split())


_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\s*$")
MONTH_FIRST_REGIONS = {"US", "PH", "PW", "FM", "MH"}


def month_first(values: Iterable[str], region: str) -> bool:
    """Whether a column's slashed dates are month first (American, as Outlook writes them in
    the US) or day first: told by the values that can only be one or the other (03/14 or
    14/03), else by the business's country."""
    day_first = months_first = 0
    for value in values:
        m = _SLASHED.match(value)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day_first += a > 12
            months_first += b > 12
    if day_first != months_first:
        return months_first > day_first
    return region.upper() in MONTH_FIRST_REGIONS


def parse_import_date(text: str, field_name: str, month_first: bool = True) -> PartialDate:
    """ISO (1985-03-14, --03-14), day first with dots (14.03.1985, 14.03), slashes as the
    column says (`month_first`, see month_first()) unless a number cannot be a month
    (03/14/1985, 14/03/1985), and 19850314."""
    value = text.strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", value)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    elif m := re.match(r"^--(\d{2})-?(\d{2})$", value):
        y, mo, d = None, int(m.group(1)), int(m.group(2))
    elif m := re.match(r"^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?\.?(?:\s*г\.?)?$", value):
        d, mo = int(m.group(1)), int(m.group(2))
        y = _year(m.group(3))
    elif m := re.match(r"^(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?$", value):
        a, b = int(m.group(1)), int(m.group(2))
        mo, d = (b, a) if a > 12 or (b <= 12 and not month_first) else (a, b)
        y = _year(m.group(3))
    elif m := re.match(r"^(\d{4})(\d{2})(\d{2})(?:T.*)?$", value):
        y, mo, d = (int(g) for g in m.groups())
    else:
        raise field_error(field_name, f"'{text}' is not a date (use DD.MM.YYYY or "
                                      "YYYY-MM-DD)")
    try:
        return PartialDate(mo, d, y)
    except ValueError as exc:
        raise field_error(field_name, f"'{text}' is not a real date ({exc})") from None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:  # 85 → 1985, 05 → 2005
        year += 2000 if year <= dt.date.today().year % 100 else 1900
    return year


def yes_no(text: str, field_name: str) -> bool | None:
    if not text:
        return None
    value = fold(text).strip()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise field_error(field_name, f"'{text}' is neither yes nor no")


_SEX = {fold(k): v for k, v in _SEX.items()}  # looked up folded: «женский» is «женскии»
_YES = {fold(k) for k in _YES}
_NO = {fold(k) for k in _NO}


def sex_of(text: str) -> str | None:
    return _SEX.get(fold(text).strip().rstrip("."))


def split_many(text: str, kind: str) -> list[str]:
    parts = text.split(VCARD_MULTI.strip())
    out = []
    for part in parts:
        # a comma or a semicolon separates numbers, but not the ";ext=" of an extension
        pieces = re.split(r",|;(?!\s*ext=)|\n" if kind == "phone" else r"[,;\s]+", part)
        out.extend(p.strip() for p in pieces if p.strip())
    return out


def split_name(text: str, given_first: bool) -> tuple[str, str, str]:
    """(family, given, patronymic) from a whole name: "Иванова Анна Сергеевна" (family first,
    as Russian and Bulgarian lists write it), "Анна Сергеевна Иванова", "Anna Maria Smith".
    A patronymic ending tells the order where it can."""
    words = text.replace(",", " ").split()
    if not words:
        return "", "", ""
    if len(words) == 3 and _PATRONYMIC.search(words[1]) and not _PATRONYMIC.search(words[2]):
        return words[2], words[0], words[1]  # Given Patronymic Family
    if len(words) == 3 and _PATRONYMIC.search(words[2]):
        return words[0], words[1], words[2]  # Family Given Patronymic
    if given_first:  # "Anna Maria Smith": the last word is the family name
        if len(words) == 1:
            return "", words[0], ""
        return words[-1], words[0], " ".join(words[1:-1])
    if len(words) > 3:  # "Иванова Анна Сергеевна" — more words than that are a double name
        return " ".join(words[:-2]), words[-2], words[-1]
    words += [""] * (3 - len(words))
    return words[0], words[1], words[2]


def tags_of(text: str) -> list[str]:
    out = []
    for part in re.split(r"\s*(?::::|[,;])\s*", text):
        part = part.strip()
        if part and not part.startswith("*"):  # Google's system groups: "* myContacts"
            out.append(part)
    return out


def header_label(header: str) -> str:
    """"Home City" → home, "Рабочий телефон" → work: the label a column's header gives."""
    for word in fold(header).replace("-", " ").split():
        if word in _LABEL_WORDS:
            return _LABEL_WORDS[word]
    return ""


def phone_label(header: str) -> str:
    """The kind of number a plain phone column holds, in its header's words: "Pager Number"
    → pager, "Home Fax" → home fax; nothing for "Phone" or "Phone 1 - Value"."""
    words = [w for w in re.split(r"[^\w']+", fold(header)) if w and not w.isdigit()
             and w not in {"phone", "number", "telephone", "tel", "value", "телефон", "тел",
                           "номер", "primary", "main"}]
    return " ".join(words)[:60]


def unadr(text: str) -> list[str]:
    """A vCard ADR value as the reader wrote it ("pobox;ext;street;city;region;code;country",
    with \\; inside a part, and the recipient our own export names as an eighth) back into its
    parts."""
    parts = [p.replace("\\;", ";") for p in re.split(r"(?<!\\);", text)]
    return (parts + [""] * 8)[:8]


PHOTO_PIXELS = 256  # on a side: enough for the card, small enough for 100,000 customers
PHOTO_BYTES = 48_000


def small_photo(raw: bytes, mime: str) -> tuple[bytes, str]:
    """A contact's picture as kept: as it came when it is small already, else shrunk to a
    JPEG of at most PHOTO_PIXELS on a side (a picture Pillow cannot read is kept as it is)."""
    from PIL import Image, UnidentifiedImageError

    if len(raw) <= PHOTO_BYTES:
        return raw, mime
    try:
        with Image.open(io.BytesIO(raw)) as image:
            image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError):
        return raw, mime
    return out.getvalue(), "image/jpeg"
