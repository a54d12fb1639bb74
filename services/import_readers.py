"""Reading what people import into one shape, a table of text cells: CSV in any delimiter and
encoding, Excel workbooks, vCards (2.1, 3.0, 4.0) and a table pasted from the clipboard.

Every problem names the file and, where there is one, the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

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
    path: str = ""  # the file read, in full (empty for pasted cells)

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
    table = read_bytes(data, path.name, encoding=encoding, delimiter=delimiter, sheet=sheet)
    table.path = str(path.resolve())
    return table


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
        from services.vcard_reader import read_vcards  # it builds on this module's Table

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


_ENTITIES = ("{source}: the workbook declares XML entities, which Excel and LibreOffice never "
             "write; it is refused so that it cannot read other files or fill the memory. "
             "Open it in a spreadsheet program and save it again")


def _unreadable(exc: BaseException, source: str, what: str) -> ServiceError:
    """The message for a workbook openpyxl could not read: entities refused by defusedxml
    come wrapped in openpyxl's own errors, and deserve their own reason."""
    from defusedxml import EntitiesForbidden

    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, EntitiesForbidden):
            return ServiceError(_ENTITIES.format(source=source))
        cause = cause.__cause__ or cause.__context__
    return ServiceError(f"{source}: {what} ({exc})")


def read_xlsx(data: bytes, source: str, sheet: str | None = None) -> Table:
    """The first sheet (or the named one); the first non-empty row is the header."""
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
            ParseError) as exc:
        raise _unreadable(exc, source, "not a readable Excel workbook") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ServiceError(f"{source}: no sheet '{sheet}' (sheets: "
                               f"{', '.join(book.sheetnames)})")
        ws = book[sheet] if sheet else book.worksheets[0]
        # the size a sheet declares can be wrong (other programs write it, or leave it
        # stale): read the cells that are there, not the ones it claims
        ws.reset_dimensions()
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
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, ParseError, EOFError) as exc:
        raise _unreadable(exc, source, "the workbook is damaged") from None
    finally:
        book.close()
    if header is None:
        raise ServiceError(f"{source}: the sheet '{table.sheet}' is empty"
                           + (f" (sheets: {', '.join(table.sheets)})"
                              if len(table.sheets) > 1 else ""))
    return table
