"""Reading what people import into one shape, a table of text cells: CSV in any delimiter and
encoding, Excel workbooks, vCards (2.1, 3.0, 4.0) and a table pasted from the clipboard.

Every problem names the file and, where there is one, the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import quopri
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import vobject

from services.errors import ServiceError

DELIMITERS = ",;\t|"
SNIFF_LINES = 50
MAX_CELL = 100_000  # characters: a cell longer than this is not a customer's data
VCARD_MULTI = " ::: "  # several values in one cell, as Google Contacts' CSV writes them


@dataclass
class Table:
    """Rows of text cells under a header. `numbers[i]` is rows[i]'s row number as a
    spreadsheet shows it (the header is row 1), used in every message."""

    source: str
    headers: list[str]
    rows: list[list[str]]
    numbers: list[int]
    format: str = "csv"
    encoding: str | None = None
    delimiter: str | None = None
    problems: list[tuple[int, str]] = field(default_factory=list)  # (row, message): unreadable
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets; the first is read
    sheet: str | None = None

    def preview(self, n: int = 10) -> list[list[str]]:
        return self.rows[:n]


def read_file(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None,
              sheet: str | None = None) -> Table:
    """Any supported file, by its content first and its name second (an Excel workbook
    saved as .csv is still read as a workbook)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such file") from None
    except OSError as exc:
        raise ServiceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, path.name, encoding=encoding, delimiter=delimiter, sheet=sheet)


def read_bytes(data: bytes, source: str, *, encoding: str | None = None,
               delimiter: str | None = None, sheet: str | None = None) -> Table:
    suffix = Path(source).suffix.lower()
    if not data.strip():
        raise ServiceError(f"{source}: the file is empty")
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data, source, sheet)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ServiceError(f"{source}: an old Excel 97–2003 workbook (.xls); open it in Excel "
                           "or LibreOffice and save it as .xlsx or CSV")
    if suffix == ".xlsx":
        raise ServiceError(f"{source}: not an Excel workbook (.xlsx); the file is damaged or "
                           "of another kind")
    text, used = decode(data, source, encoding)
    if suffix in (".vcf", ".vcard") or text.lstrip("\ufeff \r\n\t").upper().startswith(
            "BEGIN:VCARD"):
        return read_vcards(text, source, used)
    return read_text(text, source, delimiter=delimiter, encoding=used)


def decode(data: bytes, source: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding used: the one asked for, else a byte-order mark, else UTF-8,
    else what charset-normalizer finds most likely (Windows-1251 from Russian Excel)."""
    if encoding:
        try:
            return data.decode(encoding), codecs.lookup(encoding).name
        except LookupError:
            raise ServiceError(f"{source}: '{encoding}' is not a known encoding") from None
        except UnicodeDecodeError as exc:
            raise ServiceError(f"{source}: not {encoding} text (byte {exc.start + 1} cannot "
                               f"be read); try another encoding") from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise ServiceError(f"{source}: starts as {name} text but byte {exc.start + 1} "
                                   "cannot be read (damaged file?)") from None
    if b"\x00" in data[:65536]:
        raise ServiceError(f"{source}: binary data, not a text table (is it really a CSV "
                           "file?)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ServiceError(f"{source}: not text in any encoding Regulars knows (is it really "
                           "a CSV file?)")
    return str(best), best.encoding


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number (> 1) of cells most
    consistently; a single column reads as ','."""
    sample = "\n".join(text.splitlines()[:SNIFF_LINES])
    best, best_score = ",", (0, 0)
    for candidate in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=candidate)
                      if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not counts:
            continue
        width, rows = Counter(counts).most_common(1)[0]
        if width > 1 and (rows, width) > best_score:
            best, best_score = candidate, (rows, width)
    return best


def read_text(text: str, source: str, *, delimiter: str | None = None,
              encoding: str | None = None, fmt: str = "csv") -> Table:
    """A delimited table: a CSV file's text, or cells copied from Excel or a web page."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ServiceError(f"{source}: the file is empty")
    delimiter = delimiter or sniff_delimiter(text)
    if len(delimiter) != 1:
        raise ServiceError(f"{source}: the delimiter must be one character, not "
                           f"'{delimiter}'")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        for record in reader:
            records.append(record)
    except csv.Error as exc:
        row = len(records) + 1
        if "end of data" in str(exc) or "unexpected end" in str(exc):
            raise ServiceError(f"{source}, row {row}: the file ends inside a quoted cell "
                               "(was it cut short?)") from None
        raise ServiceError(f"{source}, row {row}: cannot be read as CSV ({exc})") from None
    numbered = [(i + 1, r) for i, r in enumerate(records) if any(c.strip() for c in r)]
    if not numbered:
        raise ServiceError(f"{source}: the file is empty")
    (_, header), data = numbered[0], numbered[1:]
    table = Table(source, [h.strip() for h in header], [], [], fmt, encoding, delimiter)
    ends_cleanly = text.endswith(("\n", "\r"))
    for number, record in data:
        if len(record) > len(header):
            extra = record[len(header):]
            if any(c.strip() for c in extra):
                table.problems.append((number, f"has {len(record)} cells but the header has "
                                               f"{len(header)} (a stray '{delimiter}'?)"))
                continue
            record = record[:len(header)]
        if (number == numbered[-1][0] and not ends_cleanly and len(record) < len(header)
                and len(data) > 1):
            table.problems.append((number, f"has {len(record)} of {len(header)} cells and the "
                                           "file ends there (was it cut short?)"))
            continue
        long = next((i for i, c in enumerate(record) if len(c) > MAX_CELL), None)
        if long is not None:
            table.problems.append((number, f"cell {long + 1} is {len(record[long])} characters "
                                           "long; not customer data"))
            continue
        table.rows.append(record + [""] * (len(header) - len(record)))
        table.numbers.append(number)
    return table


# --- Excel ----------------------------------------------------------------------------------


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number Excel turned into a number
    return str(value).strip()


def read_xlsx(data: bytes, source: str, sheet: str | None = None) -> Table:
    """The first sheet (or the named one); the first non-empty row is the header."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise ServiceError(f"{source}: not a readable Excel workbook ({exc})") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ServiceError(f"{source}: no sheet '{sheet}' (sheets: "
                               f"{', '.join(book.sheetnames)})")
        ws = book[sheet] if sheet else book.worksheets[0]
        header: list[str] | None = None
        table = Table(source, [], [], [], "xlsx", sheets=list(book.sheetnames),
                      sheet=ws.title)
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if not any(cells):
                continue
            if header is None:
                while cells and not cells[-1]:
                    cells.pop()
                header = cells
                table.headers = cells
                continue
            if len(cells) > len(header) and any(cells[len(header):]):
                table.problems.append((number, f"has cells beyond the header's "
                                               f"{len(header)} columns"))
                continue
            cells = cells[:len(header)]
            table.rows.append(cells + [""] * (len(header) - len(cells)))
            table.numbers.append(number)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise ServiceError(f"{source}: the workbook is damaged ({exc})") from None
    finally:
        book.close()
    if header is None:
        raise ServiceError(f"{source}: the sheet '{table.sheet}' is empty"
                           + (f" (sheets: {', '.join(table.sheets)})"
                              if len(table.sheets) > 1 else ""))
    return table


# --- vCard ----------------------------------------------------------------------------------

VCARD_COLUMNS = ("family_name", "given_name", "patronymic", "full_name_given_first", "company",
                 "phone:mobile", "phone:home", "phone:work", "phone", "email:home",
                 "email:work", "email", "birthday", "address_line1", "address_line2", "city",
                 "region", "postcode", "country", "notes", "tags", "external_id")
_QP_PARAMS = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]+)", re.IGNORECASE)


def _unquote_21(text: str) -> str:
    """vCard 2.1 (Android, old Outlook) writes non-ASCII values quoted-printable, with soft
    line breaks; vobject reads 3.0 and 4.0, so those lines are decoded here first."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        name, colon, value = line.partition(":")
        if colon and _QP_PARAMS.search(name):
            while value.endswith("=") and i + 1 < len(lines):
                i += 1
                value = value[:-1] + lines[i]
            m = _CHARSET.search(name)
            charset = m.group(1) if m else "utf-8"
            raw = quopri.decodestring(value.encode("ascii", "replace"))
            try:
                decoded = raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                decoded = raw.decode("utf-8", "replace")
            name = _CHARSET.sub("", _QP_PARAMS.sub("", name))
            # a decoded line break would end the line: written as vCard's escaped \n
            decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
            line = f"{name}:{decoded}"
        elif colon and _CHARSET.search(name):
            line = f"{_CHARSET.sub('', name)}:{value}"
        out.append(line)
        i += 1
    return "\r\n".join(out)


def _types(prop) -> set[str]:
    """A property's TYPE labels in every vCard dialect: TYPE=CELL,VOICE (3.0), TYPE=cell;
    TYPE=pref (4.0), and the bare CELL of 2.1."""
    out: set[str] = set()
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            for v in values:
                out.update(x.strip().lower() for x in v.split(","))
        elif not values:
            out.add(key.lower())
    out.update(x.lower() for x in getattr(prop, "singletonparams", ()))  # 2.1's bare CELL
    return out


def _label(kinds: set[str]) -> str:
    if kinds & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "home" in kinds:
        return "home"
    if "work" in kinds:
        return "work"
    return ""


def _vcard_birthday(prop) -> str:
    value = prop.value
    if isinstance(value, (dt.date, dt.datetime)):
        value = value.isoformat()[:10]
    text = str(value).strip()
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})", text)
    if m:
        # Apple Contacts writes a birthday without a year as 1604-MM-DD and says so
        omit = {k.upper(): v for k, v in prop.params.items()}.get("X-APPLE-OMIT-YEAR")
        if m.group(1) == (omit[0] if omit else "1604"):
            return f"--{m.group(2)}-{m.group(3)}"
        return "-".join(m.groups())
    m = re.match(r"^--(\d{2})-?(\d{2})", text)
    if m:
        return f"--{m.group(1)}-{m.group(2)}"
    return text


def _n_parts(card) -> tuple[str, str, str]:
    n = getattr(card, "n", None)
    if n is None:
        return "", "", ""
    value = n.value
    if isinstance(value, str):  # a card vobject could not split
        parts = (value.split(";") + ["", "", ""])[:3]
        return parts[0].strip(), parts[1].strip(), parts[2].strip()

    def join(x) -> str:
        return " ".join(x).strip() if isinstance(x, list) else str(x or "").strip()

    return join(value.family), join(value.given), join(value.additional)


def read_vcards(text: str, source: str, encoding: str | None = None) -> Table:
    """Each contact a row under fixed columns (VCARD_COLUMNS), so that vCards go through the
    same checks, dry run and report as a spreadsheet."""
    text = _unquote_21(text.lstrip("\ufeff"))
    table = Table(source, list(VCARD_COLUMNS), [], [], "vcard", encoding)
    try:
        cards = list(vobject.readComponents(text, ignoreUnreadable=True))
    except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on malformed input
        line = getattr(exc, "lineNumber", None)
        where = f", line {line}" if line else ""
        raise ServiceError(f"{source}{where}: not a readable vCard file "
                           f"({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})"
                           ) from None
    if not cards:
        raise ServiceError(f"{source}: no contacts (no BEGIN:VCARD … END:VCARD)")
    for number, card in enumerate(cards, start=1):  # "row" N: the file's Nth contact
        if card.name.upper() != "VCARD":
            table.problems.append((number, f"a {card.name} entry, not a contact"))
            continue
        try:
            table.rows.append(_vcard_row(card))
        except Exception as exc:  # noqa: BLE001 - one odd card must not stop the others
            table.problems.append((number, f"this contact cannot be read ({exc})"))
            continue
        table.numbers.append(number)
    return table


def _vcard_row(card) -> list[str]:
    family, given, additional = _n_parts(card)
    cells = dict.fromkeys(VCARD_COLUMNS, "")
    cells.update(family_name=family, given_name=given, patronymic=additional)
    if not (family or given) and hasattr(card, "fn"):
        cells["full_name_given_first"] = str(card.fn.value).strip()
    if hasattr(card, "org"):
        org = card.org.value
        cells["company"] = (" ".join(org) if isinstance(org, list) else str(org)).strip()
    multi: dict[str, list[str]] = {}
    for prop in card.contents.get("tel", []):
        key = "phone:" + _label(_types(prop)) if _label(_types(prop)) else "phone"
        value = str(prop.value).strip()
        multi.setdefault(key, []).append(value[4:] if value.lower().startswith("tel:")
                                         else value)
    for prop in card.contents.get("email", []):
        label = _label(_types(prop))
        key = f"email:{label}" if label in ("home", "work") else "email"
        multi.setdefault(key, []).append(str(prop.value).strip())
    for key, values in multi.items():
        cells[key] = VCARD_MULTI.join(v for v in values if v)
    if hasattr(card, "bday"):
        cells["birthday"] = _vcard_birthday(card.bday)
    if hasattr(card, "adr"):
        adr = card.adr.value

        def part(name: str) -> str:
            value = getattr(adr, name, "")
            return (" ".join(value) if isinstance(value, list) else str(value or "")).strip()

        street = getattr(adr, "street", "")
        street = "\n".join(street) if isinstance(street, list) else str(street or "")
        line1, _, line2 = street.strip().partition("\n")
        cells.update(address_line1=line1.strip(), address_line2=" ".join(line2.split()),
                     city=part("city"), region=part("region"), postcode=part("code"),
                     country=part("country"))
    if hasattr(card, "note"):
        cells["notes"] = str(card.note.value).strip()
    if hasattr(card, "categories"):
        value = card.categories.value
        cells["tags"] = ", ".join(value) if isinstance(value, list) else str(value)
    if hasattr(card, "uid"):
        cells["external_id"] = "vcard:" + str(card.uid.value).strip()
    return [cells[c] for c in VCARD_COLUMNS]
