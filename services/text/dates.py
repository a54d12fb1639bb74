"""Dates with an optional year: birthdays people tell without the year, name days."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from services.core.errors import field_error

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")


@dataclass(frozen=True, order=True)
class PartialDate:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self):
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1–12")
        # Without a year, 29 February is a real date (it happens in leap years).
        last = calendar.monthrange(self.year if self.year else 2000, self.month)[1]
        if not 1 <= self.day <= last:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")

    def iso(self) -> str:
        return iso_date(self.month, self.day, self.year)

    def __str__(self) -> str:
        return self.iso()


def iso_date(month: int, day: int, year: int | None) -> str:
    """ISO 8601: 1985-03-14, or --03-14 when the year is unknown."""
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_partial_date(text: str, field: str = "date") -> PartialDate:
    value = text.strip()
    m = _FULL.match(value)
    if m:
        year, month, day = (int(g) for g in m.groups())
    else:
        m = _NO_YEAR.match(value)
        if not m:
            raise field_error(field, f"'{text}' is not a date; use YYYY-MM-DD or --MM-DD")
        year, (month, day) = None, (int(g) for g in m.groups())
    try:
        return PartialDate(month=month, day=day, year=year)
    except ValueError as exc:
        raise field_error(field, f"'{text}' is not a real date ({exc})") from None


def parse_date(text: str, field: str = "date") -> dt.date:
    value = text.strip()
    if not _FULL.match(value):
        raise field_error(field, f"'{text}' is not a date; use YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise field_error(field, f"'{text}' is not a real date ({exc})") from None


_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$")


def parse_user_date(text: str, field: str = "date") -> PartialDate:
    """What people type: 08.03.1985 or 8.3 (day first), and the ISO forms."""
    value = text.strip()
    m = _DOTTED.match(value)
    if not m:
        try:
            return parse_partial_date(value, field)
        except Exception:
            raise field_error(field, f"'{text}' is not a date; type DD.MM.YYYY, or DD.MM "
                              "when the year is unknown") from None
    day, month = int(m.group(1)), int(m.group(2))
    year = int(m.group(3)) if m.group(3) else None
    try:
        return PartialDate(month=month, day=day, year=year)
    except ValueError as exc:
        raise field_error(field, f"'{text}' is not a real date ({exc})") from None


def format_user_date(value: PartialDate | None) -> str:
    if value is None:
        return ""
    if value.year is None:
        return f"{value.day:02d}.{value.month:02d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


DAY = "%d.%m.%Y"  # the one day-first spelling of a date that messages and the window show


def format_day(value: dt.date | dt.datetime) -> str:
    return value.strftime(DAY)


def format_user_datetime(value: dt.datetime | None) -> str:
    return value.strftime(DAY + " %H:%M") if value is not None else ""
