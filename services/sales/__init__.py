"""Purchases and loyalty (discount levels, coupons, points, cards)."""
