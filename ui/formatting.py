"""How the window spells dates, times and money, and how it converts Qt's dates: one place, so
that every page shows the same thing the same way."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from services.text.dates import format_day, format_user_datetime
from services.text.numbers import count, money  # noqa: F401  (the window's spelling)

DAY_EDIT = "dd.MM.yyyy"  # a QDateEdit's display format: the same day-first spelling as day()
day_time = format_user_datetime


def day(value: dt.date | dt.datetime | None) -> str:
    return format_day(value) if value else ""


def weekday_and_day(value: dt.date) -> str:
    return value.strftime("%a ") + format_day(value)




def to_date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def to_qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)
