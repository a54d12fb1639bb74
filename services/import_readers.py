"""Reading what people import into one shape, a table of text cells: CSV in any delimiter and
encoding, Excel workbooks, vCards (2.1, 3.0, 4.0) and a table pasted from the clipboard.

Every problem names the file and, where there is one, the row.
"""

from __future__ import annotations

import base64
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
    # (row, message): a part of a row left out (a vCard's broken property), the rest read
    warnings: list[tuple[int, str]] = field(default_factory=list)
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
        # UTF-16 without a byte order mark: every other byte of ASCII text is zero
        sample = data[:4096]
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        name = "utf-16-le" if odd > len(sample) // 4 and even == 0 else \
            "utf-16-be" if even > len(sample) // 4 and odd == 0 else None
        if name:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                pass
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


# --- vCard ---------------------------------------------------------------------------------

# (column, field): each contact a row under these columns, named as the vCard writes them so
# that a message says which property a value came from
VCARD_COLUMNS = (("N: family", "family_name"), ("N: given", "given_name"),
                 ("N: additional", "patronymic"), ("FN", "full_name_given_first"),
                 ("NICKNAME", "nickname"), ("ORG", "company"), ("TITLE", "job_title"),
                 ("GENDER", "sex"), ("LANG", "language"),
                 ("TEL;TYPE=CELL", "phone:mobile"), ("TEL;TYPE=HOME", "phone:home"),
                 ("TEL;TYPE=WORK", "phone:work"), ("TEL", "phone"),
                 ("EMAIL;TYPE=HOME", "email:home"), ("EMAIL;TYPE=WORK", "email:work"),
                 ("EMAIL", "email"), ("BDAY", "birthday"), ("ANNIVERSARY", "anniversary"),
                 ("ADR;TYPE=HOME", "adr:home"), ("ADR;TYPE=WORK", "adr:work"), ("ADR", "adr"),
                 ("URL", "website"), ("IMPP", "messenger"), ("NOTE", "notes"),
                 ("CATEGORIES", "tags"), ("UID", "external_id"), ("PHOTO", "photo"))
VCARD_FIELDS = dict(VCARD_COLUMNS)
_QP_PARAMS = re.compile(r";(?:ENCODING=)?QUOTED-PRINTABLE", re.IGNORECASE)
_CHARSET = re.compile(r";CHARSET=([^;:]+)", re.IGNORECASE)
_CARD = re.compile(r"^BEGIN:VCARD\s*$(.*?)^END:VCARD\s*$", re.IGNORECASE | re.MULTILINE | re.DOTALL)
MAX_REPAIRS = 20


def _qp_text(raw: bytes, charset: str | None) -> str:
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("latin-1")


def _unquote_21(text: str) -> str:
    """vCard 2.1 (Android, old Outlook) writes non-ASCII values quoted-printable, with soft
    line breaks; vobject reads 3.0 and 4.0, so those lines are decoded here first. Without a
    CHARSET the bytes are UTF-8 if they decode as such, else what charset-normalizer finds."""
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
            decoded = _qp_text(quopri.decodestring(value.encode("ascii", "replace")),
                               m.group(1) if m else None)
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
                out.update(x.strip().strip('"').lower() for x in v.split(","))
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


def _vcard_date(prop) -> str:
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


def _flat(value) -> str:
    if isinstance(value, list):
        return " ".join(_flat(v) for v in value if _flat(v)).strip()
    return str(value or "").strip()


def _n_parts(card) -> tuple[str, str, str]:
    n = getattr(card, "n", None)
    if n is None:
        return "", "", ""
    value = n.value
    if isinstance(value, str):  # a card vobject could not split
        parts = (value.split(";") + ["", "", ""])[:3]
        return parts[0].strip(), parts[1].strip(), parts[2].strip()
    return _flat(value.family), _flat(value.given), _flat(value.additional)


def _logical_lines(block: str) -> list[str]:
    """A card's properties, folded lines joined (a line starting with a space or a tab goes
    on the one before)."""
    out: list[str] = []
    for line in block.split("\n"):
        line = line.rstrip("\r")
        if line[:1] in (" ", "\t") and out:
            out[-1] += "\n" + line
        elif line.strip():
            out.append(line)
    return out


def _read_card(lines: list[str], warnings: list[str]):
    """One card through vobject; a property it cannot read is left out with a warning and
    the card read again without it, so one broken PHOTO or PROFILE never loses the person."""
    if any(x.strip().upper() == "VERSION:2.1" for x in lines):
        # 2.1 does not escape commas in text, which a 3.0 reader takes as list separators
        lines = [_escape_commas(x) if re.match(r"^NOTE[;:]", x, re.IGNORECASE) else x
                 for x in lines]
    for _ in range(MAX_REPAIRS):
        text = "BEGIN:VCARD\r\n" + "\r\n".join(lines) + "\r\nEND:VCARD\r\n"
        try:
            return vobject.readOne(text, ignoreUnreadable=True)
        except Exception as exc:  # noqa: BLE001 - vobject raises many kinds on bad input
            bad = _bad_line(exc, lines)
            if bad is None:
                raise
            name = lines[bad].split(":", 1)[0].split(";", 1)[0]
            warnings.append(f"the {name} property cannot be read ({_reason(exc)}); left out")
            del lines[bad]
    raise ValueError("too many broken properties")


def _escape_commas(line: str) -> str:
    name, _, value = line.partition(":")
    return name + ":" + re.sub(r"(?<!\\),", r"\\,", value)


def _bad_line(exc: Exception, lines: list[str]) -> int | None:
    text = str(exc)
    if "PROFILE" in text:
        return next((i for i, x in enumerate(lines) if x.upper().startswith("PROFILE")), None)
    if "base64" in text.lower():  # a broken picture (or sound, or key) in base64
        return next((i for i, x in enumerate(lines)
                     if re.search(r";(?:ENCODING=)?(?:B|BASE64)[;:]",
                                  x.split(":", 1)[0] + ":", re.IGNORECASE)), None)
    number = getattr(exc, "lineNumber", None)
    if number:
        # vobject counts the physical lines of the text it was given, from 1, BEGIN first
        physical = 1
        for i, line in enumerate(lines):
            physical += line.count("\n") + 1
            if physical >= number:
                return i
    failing = re.search(r"line: (.*)$", text.splitlines()[0] if text else "")
    if failing:
        needle = failing.group(1).strip()
        return next((i for i, x in enumerate(lines) if needle and needle in x), None)
    return None


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def read_vcards(text: str, source: str, encoding: str | None = None) -> Table:
    """Each contact a row under VCARD_COLUMNS, so that vCards go through the same checks,
    dry run and report as a spreadsheet."""
    text = _unquote_21(text.lstrip("\ufeff")).replace("\r\n", "\n")
    table = Table(source, [c for c, _f in VCARD_COLUMNS], [], [], "vcard", encoding)
    matches = list(_CARD.finditer(text))
    blocks = [m.group(1) for m in matches]
    rest = text[matches[-1].end():] if matches else text
    cut = re.search(r"^BEGIN:VCARD\s*$", rest, re.IGNORECASE | re.MULTILINE)
    if cut:  # the file ends inside a contact: what there is of it is read
        blocks.append(rest[cut.end():])
    if not blocks:
        raise ServiceError(f"{source}: no contacts (no BEGIN:VCARD … END:VCARD)")
    for number, block in enumerate(blocks, start=1):  # "row" N: the file's Nth contact
        warnings: list[str] = []
        try:
            card = _read_card(_logical_lines(block), warnings)
            table.rows.append(_vcard_row(card, warnings))
        except Exception as exc:  # noqa: BLE001 - one odd card must not stop the others
            table.problems.append((number, f"this contact cannot be read ({_reason(exc)})"))
            continue
        table.numbers.append(number)
        if cut and number == len(blocks):
            warnings.append("the file ends inside this contact (was it cut short?); read as "
                            "far as it goes")
        table.warnings += [(number, w) for w in warnings]
    return table


def _adr(prop) -> str:
    """An ADR as one cell: its seven parts joined by ';' (a ';' inside a part as \\;)."""
    adr = prop.value

    def part(name: str) -> str:
        value = getattr(adr, name, "")
        value = "\n".join(value) if isinstance(value, list) else str(value or "")
        return value.strip().replace(";", "\\;")

    return ";".join(part(n) for n in ("box", "extended", "street", "city", "region", "code",
                                      "country"))


def _photo(prop) -> str:
    value = prop.value
    if isinstance(value, bytes):
        kind = next(iter(_types(prop) - {"pref"}), "jpeg")
        kind = kind if "/" in kind else f"image/{kind}"
        return f"data:{kind};base64," + base64.b64encode(value).decode("ascii")
    text = str(value or "").strip()
    return text if text.startswith("data:") else ""  # a link to a picture is not the picture


def _vcard_row(card, warnings: list[str]) -> list[str]:
    family, given, additional = _n_parts(card)
    multi: dict[str, list[str]] = {}

    def put(column: str, value: str) -> None:
        if value:
            multi.setdefault(column, []).append(value)

    put("N: family", family)
    put("N: given", given)
    put("N: additional", additional)
    if not (family or given) and hasattr(card, "fn"):
        put("FN", _flat(card.fn.value))
    for name, column in (("nickname", "NICKNAME"), ("title", "TITLE"), ("org", "ORG"),
                         ("lang", "LANG"), ("note", "NOTE"), ("uid", "UID")):
        for prop in card.contents.get(name, [])[:1 if name != "note" else None]:
            value = _flat(prop.value)
            if name == "uid":
                value = "vcard:" + value if value else ""
            put(column, value)
    for prop in card.contents.get("gender", [])[:1]:
        put("GENDER", _flat(prop.value).split(";")[0])
    for prop in card.contents.get("x-gender", [])[:1]:
        put("GENDER", _flat(prop.value))
    for prop in card.contents.get("tel", []):
        label = _label(_types(prop))
        value = str(prop.value).strip()
        put({"mobile": "TEL;TYPE=CELL", "home": "TEL;TYPE=HOME", "work": "TEL;TYPE=WORK"}
            .get(label, "TEL"), value[4:] if value.lower().startswith("tel:") else value)
    for prop in card.contents.get("email", []):
        label = _label(_types(prop))
        put({"home": "EMAIL;TYPE=HOME", "work": "EMAIL;TYPE=WORK"}.get(label, "EMAIL"),
            str(prop.value).strip())
    for prop in card.contents.get("adr", []):
        label = _label(_types(prop))
        put({"home": "ADR;TYPE=HOME", "work": "ADR;TYPE=WORK"}.get(label, "ADR"), _adr(prop))
    for prop in card.contents.get("url", []):
        put("URL", str(prop.value).strip())
    for name in ("impp", "x-socialprofile", "x-skype", "x-jabber", "x-icq", "x-aim", "x-msn",
                 "x-yahoo", "x-twitter", "x-telegram"):
        for prop in card.contents.get(name, []):
            put("IMPP", str(prop.value).strip())
    for name, column in (("bday", "BDAY"), ("anniversary", "ANNIVERSARY"),
                         ("x-anniversary", "ANNIVERSARY")):
        for prop in card.contents.get(name, [])[:1]:
            put(column, _vcard_date(prop))
    if hasattr(card, "categories"):
        value = card.categories.value
        put("CATEGORIES", ", ".join(value) if isinstance(value, list) else str(value))
    for prop in card.contents.get("photo", [])[:1]:
        try:
            put("PHOTO", _photo(prop))
        except Exception as exc:  # noqa: BLE001 - a broken picture must not lose the person
            warnings.append(f"the PHOTO cannot be read ({_reason(exc)}); left out")
    return [VCARD_MULTI.join(multi.get(column, [])) for column, _f in VCARD_COLUMNS]
