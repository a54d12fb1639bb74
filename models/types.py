"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator):
    """An exact decimal stored as a scaled integer.

    SQLite has no decimal type and would hand back floats, so the value is kept as an integer
    count of 10**-scale units. SUM() and friends stay exact in SQL; the result is converted
    back to Decimal on the way out.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2):
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact amounts must be Decimal, int or str, not float")
        amount = Decimal(value).quantize(self._quantum, rounding=ROUND_HALF_EVEN)
        return int(amount * self._factor)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)

    def coerce_compared_value(self, op, value):
        return self


Money = ScaledDecimal(2)
Percent = ScaledDecimal(2)


def utcnow() -> dt.datetime:
    """Naive UTC: both back ends store it the same way."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


