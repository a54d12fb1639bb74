"""The analysis's thresholds (DOMAIN.md): the ladder, one-off buyers, ABC-XYZ, dormancy, CRR."""

from __future__ import annotations

from services.core.settings import Option

OPTIONS = (
    Option("ladder_client_from", 2, "the purchase from which a buyer counts as a client",
           "int", 2, 100),
    Option("ladder_regular_from", 3, "the purchase from which a client counts as a regular "
           "(the third purchase, where loyalty starts)", "int", 2, 100),
    Option("event_buyer_days", 365, "one or two purchases, the last longer ago than this many "
           "days: an event buyer (a one-off)", "int", 1, 10000),
    Option("abc_cutoffs", [80, 95], "ABC by revenue share: A up to the first per cent of "
           "revenue, B up to the second, C the rest", "pair", 0, 100),
    Option("xyz_cutoffs", [0.35, 0.75], "XYZ by how irregular the days between purchases are "
           "(their coefficient of variation): X below the first, Y below the second, Z above",
           "pair", 0, 100),
    Option("xyz_min_purchases", 3, "purchases needed before a customer gets an XYZ class",
           "int", 3, 100),
    Option("dormant_factor", 2, "dormant: no purchase for longer than this many times the "
           "customer's usual interval", "number", 1, 100),
    Option("dormant_single_days", 180, "dormant: a one-time buyer silent for longer than this "
           "many days", "int", 1, 10000),
    Option("crr_window_days", 365, "CRR: a customer counts at a date if they bought in this "
           "many days before it", "int", 1, 10000),
)
