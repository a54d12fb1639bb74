"""How amounts and counts are written in messages and on screen, everywhere the same: a narrow
space between thousands that a line never breaks at (159 220.00), two decimals for money."""

from __future__ import annotations

from decimal import Decimal

THIN = "\u202f"  # narrow no-break space: "1 350.45" never wraps as "1 / 350.45"


def money(value: Decimal | float | int) -> str:
    return f"{value:,.2f}".replace(",", THIN)


def count(value: float | int) -> str:
    return f"{value:,.0f}".replace(",", THIN)
