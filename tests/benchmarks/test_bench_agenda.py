"""Target (issue 5): the agenda for 100,000 customers in under 200 ms."""

import statistics
import time

from services.agenda.reminders import agenda
from tests.benchmarks.conftest import END


def test_agenda(benchmark, big_db):
    with big_db.sessions() as session:
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            items = agenda(session, today=END)
            runs.append(time.perf_counter() - start)
        median = statistics.median(runs)
        print(f"\n[bench] agenda: median {median * 1000:.0f} ms for {len(items)} items "
              f"(overdue week + today + 14 days)")
        benchmark.pedantic(lambda: agenda(session, today=END), rounds=1, iterations=1)
        mine = agenda(session, today=END, staff_id=1)
        print(f"[bench] one staff member's agenda: {len(mine)} items")
    assert median < 0.2
