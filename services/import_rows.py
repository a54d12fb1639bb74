"""One row of an imported table, seen through the mapping, made into a customer draft: names
split the way the file writes them, dates read the way the column writes them, every phone,
e-mail and address kept with the column it came from, and what cannot be read moved to the
notes with a warning rather than losing the person.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass

from services.customers import AddressDraft, ConsentDraft, ContactDraft, CustomerDraft, DateDraft
from services.dates import PartialDate
from services.errors import ValidationError, field_error
from services.import_readers import VCARD_MULTI
from services.text import fold
from services.vcard_reader import column_label

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
_EMPTY_DATES = {"0/0/00", "0/0/0000", "00.00.0000", "0000-00-00"}  # Outlook's "no birthday"
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


def month_first(values: Sequence[str], region: str) -> bool:
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


def column(table, mapping: Sequence[str | None], field_name: str) -> list[str]:
    """Every value of the columns mapped to a field (a table of services.import_readers)."""
    return [cells[i] for i, f in enumerate(mapping) if f == field_name for cells in table.rows]


class Row:
    """One table row seen through the mapping: values per field, in column order."""

    def __init__(self, cells: list[str], mapping: Sequence[str | None], headers: Sequence[str],
                 clean: bool):
        self.values: list[tuple[str, str, str]] = []  # (field, value, header)
        self.first: dict[str, str] = {}  # each field's first non-empty value
        for cell, name, header in zip(cells, mapping, headers, strict=True):
            if name is None:
                continue
            value = clean_text(cell) if clean and name not in ("notes", "photo") + ADR_FIELDS \
                else cell.strip()
            if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
                value = value[1:]  # the apostrophe a formula-safe export put before it
            self.values.append((name, value, header))
            if value and name not in self.first:
                self.first[name] = value

    def get(self, name: str) -> str:
        return self.first.get(name, "")

    def header(self, name: str) -> str:
        return next((h for f, v, h in self.values if (f == name or f.startswith(name + ":"))
                     and v), next((h for f, _, h in self.values if f == name), name))


class Draft:
    """A customer draft from a row, and where each of its contacts and addresses came from
    (the column's header), so that a message names the column the value was in."""

    def __init__(self, draft: CustomerDraft):
        self.draft = draft
        self.origins: dict[str, list[str]] = {}  # "phones" → header of each phone, in order
        self.warnings: list[tuple[str, str]] = []  # (field, message)

    def origin(self, kind: str, n: int) -> str:
        headers = self.origins.get(kind, [])
        return headers[n] if n < len(headers) else ""


@dataclass(frozen=True)
class Reading:
    """How a file writes what can be written two ways, told from whole columns."""

    month_first: bool = True  # slashed dates: 03/05 is 5 March
    given_first: bool = False  # whole names in a name column: "John Smith", not "Иванова Анна"


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєЎў]")
_LATIN = re.compile(r"[A-Za-z]")


def western_names(values: Sequence[str]) -> bool:
    """Whether a column of whole names is mostly in Latin letters: written given name first,
    as English-speaking programs write them, unlike a Russian or Bulgarian ФИО."""
    latin = sum(1 for v in values if _LATIN.search(v) and not _CYRILLIC.search(v))
    return latin > sum(1 for v in values if _CYRILLIC.search(v))


def reading(table, mapping: Sequence[str | None], region: str) -> Reading:
    return Reading(month_first(column(table, mapping, "birthday"), region),
                   western_names(column(table, mapping, "full_name")))


def customer_draft(row: Row, how: Reading = Reading()) -> Draft:
    d = CustomerDraft()
    out = Draft(d)
    notes: list[str] = []
    for name in ("family_name", "given_name", "patronymic", "family_name_latin",
                 "given_name_latin", "company", "notes", "source", "language", "nickname",
                 "job_title"):
        setattr(d, name, row.get(name))
    if row.get("department"):
        d.job_title = ", ".join(x for x in (d.job_title, row.get("department")) if x)
    for name, given_first in (("full_name", how.given_first), ("full_name_given_first", True)):
        if row.get(name) and not (d.family_name and d.given_name):
            family, given, patronymic = split_name(row.get(name), given_first)
            if d.family_name and not d.given_name and not given and not patronymic:
                continue
            d.family_name = d.family_name or family
            d.given_name = d.given_name or given
            d.patronymic = d.patronymic or patronymic
    if d.family_name and not d.given_name and len(d.family_name.split()) > 1:
        # "Иванова Анна Сергеевна" typed whole into the family name column
        d.family_name, d.given_name, patronymic = split_name(d.family_name, False)
        d.patronymic = d.patronymic or patronymic
    external = row.get("external_id")
    if external:
        source, colon, ref = external.partition(":")
        if colon and source == "vcard":
            d.refs.append(("vcard", ref))
        else:
            d.refs.append(("id " + fold(row.header("external_id")), external))
            d.external_id = external
    for name in ("sex", "name_prefix"):
        text = row.get(name)
        if not text:
            continue
        sex = sex_of(text)
        if sex is not None:
            if sex != "unknown" or name == "sex":
                d.sex = sex
        elif name == "sex":
            out.warnings.append(("sex", f"column '{row.header('sex')}': '{text}' is not a sex "
                                        "Regulars knows (female, male, ж, м…); kept in the "
                                        "notes"))
            notes.append(f"{row.header('sex')}: {text}")
        else:
            notes.append(f"{row.header(name)}: {text}")
    _birthday(row, d, out, notes, how.month_first)
    kinds = [("anniversary", "wedding_anniversary"), ("name_day", "name_day")]
    kinds += [(f, f[5:]) for f, v in row.first.items() if f.startswith("date:") and v]
    for name, kind in kinds:
        text = row.get(name)
        if text and text not in _EMPTY_DATES:
            try:
                d.dates.append(DateDraft(kind, parse_import_date(text, name, how.month_first)))
            except ValidationError as exc:
                out.warnings.append((name, f"column '{row.header(name)}': "
                                           f"{exc.errors[0].message}; kept in the notes"))
                notes.append(f"{row.header(name)}: {text}")
    _contacts(row, out)
    _addresses(row, out)
    _preferred(row, d)
    photo = row.get("photo")
    if photo:
        _photo(photo, d, out, row.header("photo"))
    d.tags = tags_of(row.get("tags"))
    for channel in ("email", "sms", "post"):
        name = f"consent_{channel}"
        try:
            given = yes_no(row.get(name), name)
        except ValidationError as exc:
            out.warnings.append((name, f"column '{row.header(name)}': "
                                       f"{exc.errors[0].message}; no consent recorded"))
            continue
        if given is not None:
            d.consents.append(ConsentDraft(channel, given, "import"))
    if notes:
        d.notes = "\n".join([d.notes, *notes]).strip()
    _name_the_nameless(row, d)
    return out


def _birthday(row: Row, d: CustomerDraft, out: Draft, notes: list[str], order: bool) -> None:
    text = row.get("birthday")
    if not text and row.get("birth_month") and row.get("birth_day"):
        year = row.get("birth_year")
        text = (f"{int(year):04d}-" if year.isdigit() else "--") + \
            f"{row.get('birth_month').zfill(2)}-{row.get('birth_day').zfill(2)}"
    if not text or text in _EMPTY_DATES:
        return
    try:
        d.birthday = parse_import_date(text, "birthday", order)
    except ValidationError as exc:
        header = row.header("birthday") if row.get("birthday") else row.header("birth_day")
        out.warnings.append(("birthday", f"column '{header}': {exc.errors[0].message}; "
                                         "kept in the notes"))
        notes.append(f"{header}: {text}")


def _contacts(row: Row, out: Draft) -> None:
    # Google writes "Phone 1 - Type" before "Phone 1 - Value": a label column labels the
    # phone or e-mail that comes next
    d = out.draft
    labels: dict[str, str] = {}
    for name, value, header in row.values:
        kind, _, label = name.partition(":")
        if kind in ("phone", "email", "website", "messenger"):
            label = label or labels.pop(kind, "") or column_label(header) or (
                phone_label(header) if kind == "phone" else header_label(header))
            items = split_many(value, kind) if kind in ("phone", "email") else \
                [v.strip() for v in value.split(VCARD_MULTI.strip()) if v.strip()]
            for item in items:
                d.contacts.append(ContactDraft(kind, item, label))
                out.origins.setdefault(kind + "s", []).append(header)
        elif name in ("phone_label", "email_label"):
            labels[name.split("_")[0]] = value.lstrip("* ").lower()[:60]


def _addresses(row: Row, out: Draft) -> None:
    """Every address of the row: a vCard's ADR cells, and the address columns in order — a
    part met again, or a column of another label ("Work City" after "Home City"), starts the
    next address (Google's "Address 2 - Street", Outlook's "Business Street")."""
    d = out.draft
    current: dict[str, str] = {}
    label = ""
    header_of = ""
    pending_label = ""
    group = ""  # what the headers of the current address say ("Home …")

    def close() -> None:
        if any(current.values()):
            d.addresses.append(AddressDraft(
                line1=current.get("address_line1", ""), line2=current.get("address_line2", ""),
                city=current.get("city", ""), region=current.get("region", ""),
                postcode=current.get("postcode", ""), country=current.get("country", ""),
                label=label))
            out.origins.setdefault("addresses", []).append(header_of)

    for name, value, header in row.values:
        base, _, adr_label = name.partition(":")
        adr_label = adr_label or column_label(header)
        if name == "address_label":
            pending_label = value.lstrip("* ").lower()[:60]
            continue
        if base == "adr":
            for one in value.split(VCARD_MULTI.strip()):
                if not one.strip(" ;"):
                    continue
                _box, extended, street, city, region, code, country, recipient = unadr(
                    one.strip())
                line1, _, rest = street.strip().partition("\n")
                line2 = " ".join(" ".join([rest, extended]).split())
                d.addresses.append(AddressDraft(line1.strip(), line2, city.strip(),
                                                region.strip(), code.strip(), country.strip(),
                                                adr_label, recipient.strip()))
                out.origins.setdefault("addresses", []).append(header)
            continue
        if name not in ADDRESS_PARTS:
            continue
        this_label = header_label(header)
        if name == "address_line2" and current.get(name) and value:
            current[name] += ", " + value  # a PO box and an extended address: one line
            continue
        if name in current or (current and this_label != group):
            close()
            current = {}
        if not current:
            group = this_label
            label = pending_label or this_label
            pending_label = ""
            header_of = header
        if value:
            current[name] = value
        else:
            current.setdefault(name, "")
    close()


_PREFERRED_KINDS = {"TEL": "phone", "EMAIL": "email"}


def _preferred(row: Row, d: CustomerDraft) -> None:
    """The phone, e-mail and address a vCard marks PREF come first of their kind."""
    chosen: dict[str, str] = {}
    for item in row.get("preferred").split(VCARD_MULTI.strip()):
        kind, _, value = item.strip().partition(":")
        chosen.setdefault(_PREFERRED_KINDS.get(kind, kind), value.strip())
    for c in d.contacts:
        if chosen.get(c.kind) == c.value and not any(x.primary for x in d.contacts
                                                      if x.kind == c.kind):
            c.primary = True
    if "ADR" in chosen:
        parts = unadr(chosen["ADR"])
        for a in d.addresses:
            if (a.city, a.postcode, a.country) == (parts[3].strip(), parts[5].strip(),
                                                   parts[6].strip()) and \
                    a.line1 == parts[2].strip().partition("\n")[0].strip():
                a.primary = True
                break


def _photo(text: str, d: CustomerDraft, out: Draft, header: str) -> None:
    kind, _, data = text.partition(",") if text.startswith("data:") else ("", "", text)
    mime = kind[5:].split(";")[0] if kind else "image/jpeg"
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        out.warnings.append(("photo", f"column '{header}': the photo cannot be read; "
                                      "left out"))
        return
    if raw:
        d.photo, d.photo_type = small_photo(raw, mime or "image/jpeg")


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


def _name_the_nameless(row: Row, d: CustomerDraft) -> None:
    """Someone known only by an e-mail or a phone is still somebody: named by the name their
    address book showed, else by their e-mail or number."""
    if d.family_name or d.given_name or d.company:
        return
    shown = row.get("display_name") or d.nickname
    if shown:
        d.family_name, d.given_name, d.patronymic = split_name(shown, True)
        return
    contact = next((c for c in d.contacts if c.kind == "email"), None) or \
        next((c for c in d.contacts if c.kind == "phone"), None)
    if contact is not None:
        d.given_name = contact.value.strip()[:200]
