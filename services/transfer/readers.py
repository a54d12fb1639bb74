"""Reading what people import into one shape, a table of text cells: CSV in any delimiter and
encoding, Excel workbooks, vCards (2.1, 3.0, 4.0) and a table pasted from the clipboard.

Every problem names the file and, where there is one, the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import charset_normalizer

from services.core.errors import ServiceError
from services.transfer.table import Table
from services.transfer.vcard import read_vcards

DELIMITERS = ",;\t|"
SNIFF_LINES = 50
MAX_CELL = 100_000  # characters: a cell longer than this is not a customer's data
CHUNK = 1 << 20


def read_file(path: str | Path, *, encoding: str | None = None, delimiter: str | None = None,
              sheet: str | None = None) -> Table:
    """Any supported file, by its content first and its name second (an Excel workbook
    saved as .csv is still read as a workbook). Tables are not read into memory whole: see
    Table."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(65536)
        if head[:4] == b"PK\x03\x04":
            return read_xlsx(path, path.name, sheet, stream=True)
        used = _file_encoding(path, head, encoding)
        if path.suffix.lower() in (".vcf", ".vcard", ".xlsx") or head[:8] == _OLE or \
                _VCARD.match(head.decode(used.removesuffix("-sig"), errors="ignore")):
            table = read_bytes(path.read_bytes(), path.name, encoding=encoding,
                               delimiter=delimiter, sheet=sheet)
        else:
            table = _read_csv_file(path, used, delimiter)
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such file") from None
    except OSError as exc:
        raise ServiceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    table.path = str(path.resolve())
    return table


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_VCARD = re.compile(r"^[\ufeff \r\n\t]*BEGIN:VCARD", re.IGNORECASE)


def read_bytes(data: bytes, source: str, *, encoding: str | None = None,
               delimiter: str | None = None, sheet: str | None = None) -> Table:
    suffix = Path(source).suffix.lower()
    if not data.strip():
        raise ServiceError(f"{source}: the file is empty")
    if data[:4] == b"PK\x03\x04":
        return read_xlsx(data, source, sheet)
    if data[:8] == _OLE:
        raise ServiceError(f"{source}: an old Excel 97–2003 workbook (.xls); open it in Excel "
                           "or LibreOffice and save it as .xlsx or CSV")
    if suffix == ".xlsx":
        raise ServiceError(f"{source}: not an Excel workbook (.xlsx); the file is damaged or "
                           "of another kind")
    text, used = decode(data, source, encoding)
    if suffix in (".vcf", ".vcard") or _VCARD.match(text):
        return read_vcards(text, source, used)
    return read_text(text, source, delimiter=delimiter, encoding=used)


def _file_encoding(path: Path, head: bytes, encoding: str | None) -> str:
    """decode()'s choice for a file, made without holding the file in memory: UTF-8 is
    checked over the whole file, a piece at a time; another encoding is guessed from the
    first megabytes."""
    if encoding or head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
            or b"\x00" in head or not head.strip():
        return decode(head, path.name, encoding, partial=True)[1]
    checker = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as f:
        try:
            while chunk := f.read(CHUNK):
                checker.decode(chunk)
            checker.decode(b"", final=True)
            return "utf-8"
        except UnicodeDecodeError:
            f.seek(0)
            return decode(f.read(4 * CHUNK), path.name, partial=True)[1]


def decode(data: bytes, source: str, encoding: str | None = None, *,
           partial: bool = False) -> tuple[str, str]:
    """The text and the encoding used: the one asked for, else a byte-order mark, else UTF-8,
    else what charset-normalizer finds most likely (Windows-1251 from Russian Excel).
    `partial`: the data is the start of a file, and may end inside a character."""

    def text(name: str) -> str:
        if partial:
            return codecs.getincrementaldecoder(name)().decode(data)
        return data.decode(name)

    if encoding:
        try:
            return text(encoding), codecs.lookup(encoding).name
        except LookupError:
            raise ServiceError(f"{source}: '{encoding}' is not a known encoding") from None
        except UnicodeDecodeError as exc:
            raise ServiceError(f"{source}: not {encoding} text (byte {exc.start + 1} cannot "
                               f"be read); try another encoding") from None
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return text(name), name
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
                return text(name), name
            except UnicodeDecodeError:
                pass
        raise ServiceError(f"{source}: binary data, not a text table (is it really a CSV "
                           "file?)")
    try:
        return text("utf-8"), "utf-8"
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
    delimiter = _delimiter(delimiter or sniff_delimiter(text), source)
    items = _csv_items(io.StringIO(text, newline=""), source, delimiter)
    header = next(items, None)
    if header is None:
        raise ServiceError(f"{source}: the file is empty")
    return Table(source, header, [], [], fmt, encoding, delimiter)._fill(items)


def _delimiter(delimiter: str, source: str) -> str:
    if len(delimiter) != 1:
        raise ServiceError(f"{source}: the delimiter must be one character, not "
                           f"'{delimiter}'")
    return delimiter


def _read_csv_file(path: Path, encoding: str, delimiter: str | None) -> Table:
    source = path.name
    unchanged = _unchanged(path)

    def lines() -> Iterator[str]:
        unchanged()
        with path.open(encoding=encoding, newline="") as f:
            try:
                first = True
                for line in f:
                    yield line.lstrip("\ufeff") if first else line
                    first = False
            except UnicodeDecodeError as exc:
                raise ServiceError(f"{source}: not {encoding} text after the first "
                                   f"{f.tell() if f.seekable() else '?'} bytes ({exc.reason}); "
                                   "choose the file's encoding") from None

    start = lines()
    sample = "".join(itertools.islice(start, SNIFF_LINES))
    start.close()
    delimiter = _delimiter(delimiter or sniff_delimiter(sample), source)

    def items() -> Iterator:
        return _csv_items(lines(), source, delimiter)

    first = items()
    header = next(first, None)
    if header is None:
        raise ServiceError(f"{source}: the file is empty")
    return Table(source, header, [], [], "csv", encoding, delimiter)._fill(first, items)


def _unchanged(path: Path) -> Callable[[], None]:
    """A check that the file is still the one read: a table read again from it must not
    be another one."""
    stamp = path.stat()

    def check() -> None:
        now = path.stat()
        if (now.st_size, now.st_mtime_ns) != (stamp.st_size, stamp.st_mtime_ns):
            raise ServiceError(f"{path.name}: the file was changed since it was opened; open "
                               "it again")

    return check


def _csv_items(lines: Iterable[str], source: str, delimiter: str) -> Iterator:
    """The header's cells, then (row, cells, "") for each row, (row, None, what is wrong) for
    one that cannot be taken; blank lines are left out."""
    end = [""]

    def remember(lines: Iterable[str]) -> Iterator[str]:
        for line in lines:
            end[0] = line
            yield line

    reader = csv.reader(remember(lines), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    held: tuple[int, list[str]] | None = None  # each row waits for the next: is it the last?
    rows = 0
    number = 0
    try:
        for number, record in enumerate(reader, start=1):  # noqa: B007 (used after the loop)
            if not any(c.strip() for c in record):
                continue
            if header is None:
                header = record
                yield [h.strip() for h in header]
                continue
            rows += 1
            if held is not None:
                yield _csv_row(*held, header, delimiter)
            held = (number, record)
    except csv.Error as exc:
        row = number + 1
        if "end of data" in str(exc) or "unexpected end" in str(exc):
            raise ServiceError(f"{source}, row {row}: the file ends inside a quoted cell "
                               "(was it cut short?)") from None
        raise ServiceError(f"{source}, row {row}: cannot be read as CSV ({exc})") from None
    if held is not None:
        number, record = held
        if not end[0].endswith(("\n", "\r")) and len(record) < len(header) and rows > 1:
            yield (number, None, f"has {len(record)} of {len(header)} cells and the file ends "
                                 "there (was it cut short?)")
        else:
            yield _csv_row(number, record, header, delimiter)


def _csv_row(number: int, record: list[str], header: list[str], delimiter: str) -> tuple:
    if len(record) > len(header):
        if any(c.strip() for c in record[len(header):]):
            return (number, None, f"has {len(record)} cells but the header has {len(header)} "
                                  f"(a stray '{delimiter}'?)")
        record = record[:len(header)]
    long = next((i for i, c in enumerate(record) if len(c) > MAX_CELL), None)
    if long is not None:
        return (number, None, f"cell {long + 1} is {len(record[long])} characters long; not "
                              "customer data")
    return (number, record + [""] * (len(header) - len(record)), "")


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


def read_xlsx(data: bytes | Path, source: str, sheet: str | None = None, *,
              stream: bool = False) -> Table:
    """The first sheet (or the named one); the first non-empty row is the header. `data`:
    the workbook, or the file it is in; `stream`: the rows are read again from that file
    when they are needed (see Table)."""
    book = _open_workbook(data, source)
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise ServiceError(f"{source}: no sheet '{sheet}' (sheets: "
                               f"{', '.join(book.sheetnames)})")
        title = (book[sheet] if sheet else book.worksheets[0]).title
        sheets = list(book.sheetnames)
    finally:
        book.close()

    unchanged = _unchanged(data) if isinstance(data, Path) else lambda: None

    def items() -> Iterator:
        unchanged()
        return _xlsx_items(data, source, title)

    first = items()
    header = next(first, None)
    if header is None:
        raise ServiceError(f"{source}: the sheet '{title}' is empty"
                           + (f" (sheets: {', '.join(sheets)})" if len(sheets) > 1 else ""))
    table = Table(source, header, [], [], "xlsx", sheets=sheets, sheet=title)
    return table._fill(first, items if stream else None)


def _open_workbook(data: bytes | Path, source: str):
    from xml.etree.ElementTree import ParseError

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data,
                             read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError,
            ParseError) as exc:
        raise _unreadable(exc, source, "not a readable Excel workbook") from None


def _xlsx_items(data: bytes | Path, source: str, title: str) -> Iterator:
    """As _csv_items, for a sheet."""
    from xml.etree.ElementTree import ParseError

    book = _open_workbook(data, source)
    try:
        ws = book[title]
        # the size a sheet declares can be wrong (other programs write it, or leave it
        # stale): read the cells that are there, not the ones it claims
        ws.reset_dimensions()
        header: list[str] | None = None
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if not any(cells):
                continue
            if header is None:
                while cells and not cells[-1]:
                    cells.pop()
                header = cells
                yield cells
            elif len(cells) > len(header) and any(cells[len(header):]):
                yield (number, None, f"has cells beyond the header's {len(header)} columns")
            else:
                cells = cells[:len(header)]
                yield (number, cells + [""] * (len(header) - len(cells)), "")
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, ParseError, EOFError) as exc:
        raise _unreadable(exc, source, "the workbook is damaged") from None
    finally:
        book.close()
