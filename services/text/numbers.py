"""How amounts and counts are written in messages and on screen, everywhere the same: a thin
space between thousands (159 220.00), two decimals for money."""

from __future__ import annotations

from decimal import Decimal

THIN = "\u2009"


def money(value: Decimal | float | int) -> str:
    return f"{value:,.2f}".replace(",", THIN)


def count(value: float | int) -> str:
    return f"{value:,.0f}".replace(",", THIN)
