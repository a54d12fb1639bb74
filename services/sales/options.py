"""Loyalty's settings: points, their value and expiry, the maker's welcome coupon, the gift
with the first purchase."""

from __future__ import annotations

from services.core.settings import Option

OPTIONS = (
    Option("points_per_unit", "0", "points earned per currency unit paid (0: no points)",
           "number", 0, 1000),
    Option("point_value", "1", "currency units a point is worth when spent", "number",
           0, 1000000),
    Option("points_expiry_days", None, "days after which points expire (empty: never)", "int",
           1, 36500, off=True),
    Option("welcome_coupon_percent", None, "the maker's scheme: a coupon of this per cent after "
           "the first purchase (empty: none)", "number", 1, 100, off=True),
    Option("welcome_coupon_days", 90, "days the welcome coupon is valid", "int", 1, 3650),
    Option("first_purchase_gift", "", "a gift noted in the history with the first purchase"),
)
