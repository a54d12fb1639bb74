"""One row of an imported table, seen through the mapping, made into a customer draft: names
split the way the file writes them, dates read the way the column writes them, every phone,
e-mail and address kept with the column it came from, and what cannot be read moved to the
notes with a warning rather than losing the person.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from services.core.errors import ValidationError
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
)
from services.text.folding import fold
from services.transfer.cells import (
    ADDRESS_PARTS,
    ADR_FIELDS,
    EMPTY_DATES,
    clean_text,
    header_label,
    month_first,
    parse_import_date,
    phone_label,
    sex_of,
    small_photo,
    split_many,
    split_name,
    tags_of,
    unadr,
    yes_no,
)
from services.transfer.table import VCARD_MULTI
from services.transfer.vcard import column_label


def column(table, mapping: Sequence[str | None], field_name: str) -> Iterator[str]:
    """Every value of the columns mapped to a field (a table of services.transfer.readers),
    read as they come: a column of a large file is not held in memory."""
    wanted = [i for i, f in enumerate(mapping) if f == field_name]
    if not wanted:
        return
    for _number, cells in table.records():
        for i in wanted:
            yield cells[i]


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


def _western(value: str) -> int:
    """+1 for a name in Latin letters, -1 for one in Cyrillic."""
    if _CYRILLIC.search(value):
        return -1
    return 1 if _LATIN.search(value) else 0


def western_names(values: Iterable[str]) -> bool:
    """Whether a column of whole names is mostly in Latin letters: written given name first,
    as English-speaking programs write them, unlike a Russian or Bulgarian ФИО."""
    return sum(_western(v) for v in values) > 0


def reading(table, mapping: Sequence[str | None], region: str) -> Reading:
    """How the table's dates and whole names are written, from all of their values, in one
    pass over the rows."""
    births = [i for i, f in enumerate(mapping) if f == "birthday"]
    names = [i for i, f in enumerate(mapping) if f == "full_name"]
    latin = 0

    def birthdays() -> Iterator[str]:  # counting the names on the way
        nonlocal latin
        if not (births or names):
            return
        for _number, cells in table.records():
            latin += sum(_western(cells[i]) for i in names)
            for i in births:
                yield cells[i]

    first = month_first(birthdays(), region)  # it reads every value, so all names are seen
    return Reading(first, latin > 0)


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
        if text and text not in EMPTY_DATES:
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
    if not text or text in EMPTY_DATES:
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
