"""Target (issue 7): segment counts for 100,000 customers in under 500 ms."""

import statistics
import time

from services.directory.segments import SegmentRule, members

RULES = {
    "regulars who agreed to e-mail": SegmentRule(ladder=["regular"], consent="email"),
    "silver lovers with an address": SegmentRule(interests=["silver"], has_address=True),
    "spent over 50,000": SegmentRule(spent_min="50000"),
    "VIP, bought since spring": SegmentRule(tags=["VIP"], last_purchase_after="2026-03-01"),
    "birthday in December, Москва": SegmentRule(birthday_month=12, city="Москва"),
}


def test_segment_counts(benchmark, big_db):
    timings = {}
    for name, rule in RULES.items():
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            count = len(members(big_db, rule))
            runs.append(time.perf_counter() - start)
        timings[name] = (statistics.median(runs), count)
    for name, (seconds, count) in timings.items():
        print(f"[bench] segment {name!r}: {count} customers in {seconds * 1000:.0f} ms")
    benchmark.pedantic(lambda: members(big_db, RULES["spent over 50,000"]), rounds=1,
                       iterations=1)
    assert max(s for s, _ in timings.values()) < 0.5
