"""The one shape every import reads into: rows of text cells under a header, each with the
row number a spreadsheet shows, read again from the file when it is too big to keep."""

from __future__ import annotations

from collections.abc import Callable, Iterator

VCARD_MULTI = " ::: "  # several values in one cell, as Google Contacts' CSV writes them

HEAD = 100  # rows of a file read as it is imported that are kept for the preview


class Table:
    """Rows of text cells under a header, each with its row number as a spreadsheet shows it
    (the header is row 1), used in every message. A table read from a file on disk is read
    again from it whenever its rows are gone through (records()): only its first rows are
    kept in memory, so that a file of any size can be imported."""

    def __init__(self, source: str, headers: list[str], rows: list[list[str]] | None = None,
                 numbers: list[int] | None = None, format: str = "csv",  # noqa: A002
                 encoding: str | None = None, delimiter: str | None = None, *,
                 sheets: list[str] | None = None, sheet: str | None = None, path: str = ""):
        self.source, self.headers, self.format = source, headers, format
        self.encoding, self.delimiter = encoding, delimiter
        self._rows, self._numbers = rows if rows is not None else [], numbers or []
        # (row, message): a row that cannot be read at all
        self.problems: list[tuple[int, str]] = []
        # (row, message): a part of a row left out (a vCard's broken property), the rest read
        self.warnings: list[tuple[int, str]] = []
        self.sheets = sheets or []  # a workbook's sheets; the first is read
        self.sheet = sheet
        self.path = path  # the file read, in full (empty for pasted cells)
        self._reread: Callable[[], Iterator[tuple[int, list[str]]]] | None = None
        self._count = 0

    @property
    def count(self) -> int:
        return self._count if self._reread else len(self._rows)

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for every row, in order."""
        if self._reread is not None:
            return self._reread()
        return zip(self._numbers, self._rows, strict=True)

    @property
    def rows(self) -> list[list[str]]:
        """Every row in a list: for small tables; an import goes through records()."""
        return [cells for _n, cells in self.records()]

    @rows.setter
    def rows(self, rows: list[list[str]]) -> None:
        self._rows, self._reread = rows, None

    @property
    def numbers(self) -> list[int]:
        return [n for n, _c in self.records()]

    @numbers.setter
    def numbers(self, numbers: list[int]) -> None:
        self._numbers, self._reread = numbers, None

    def preview(self, n: int = 10) -> list[list[str]]:
        return self._rows[:n]

    def preview_numbers(self, n: int = 10) -> list[int]:
        return self._numbers[:n]

    def _fill(self, items: Iterator[tuple[int, list[str] | None, str]],
              reread: Callable[[], Iterator[tuple[int, list[str] | None, str]]] | None = None,
              ) -> Table:
        """The rows, from (row, cells, "") and (row, None, what is wrong) after the header;
        with `reread`, only the first rows are kept and the others read again from it."""
        for number, cells, problem in items:
            if cells is None:
                self.problems.append((number, problem))
            elif reread is None or self._count < HEAD:
                self._rows.append(cells)
                self._numbers.append(number)
                self._count += 1
            else:
                self._count += 1
        if reread is not None:
            def again() -> Iterator[tuple[int, list[str]]]:
                items = reread()
                next(items, None)  # the header
                return ((n, c) for n, c, _p in items if c is not None)

            self._reread = again
        return self
