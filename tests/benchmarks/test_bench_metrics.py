"""Target (issue 4): every metric for 100,000 customers and about 1,000,000 purchases in under
2 s, aggregated in SQL."""

import statistics
import time

from services.analysis.metrics import compute, default_period
from tests.benchmarks.conftest import END


def test_all_metrics(benchmark, big_db):
    period = default_period(END)
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        metrics = compute(big_db, period, today=END)
        runs.append(time.perf_counter() - start)
    median = statistics.median(runs)
    print(f"\n[bench] all metrics: median {median:.2f} s "
          f"(runs: {', '.join(f'{r:.2f}' for r in runs)}); {metrics.customers} customers, "
          f"{metrics.purchases} purchases in the period")
    benchmark.pedantic(lambda: compute(big_db, period, today=END), rounds=1, iterations=1)
    assert median < 2.0
