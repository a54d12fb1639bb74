"""Benchmarks run on demand, never in CI:

    python3 dev.py test tests/benchmarks --benchmark-only -s

The 100,000-customer file is generated once per run (about a minute) into a temporary folder.
"""

import datetime as dt

import pytest

BIG = 100_000
END = dt.date(2026, 11, 1)


@pytest.fixture(scope="session")
def big_db(tmp_path_factory):
    from services.maintenance.demo import generate
    from services.ops.store import open_store

    path = tmp_path_factory.mktemp("bench") / "big.regulars"
    db = open_store(path)
    report = generate(db, BIG, seed=1, end=END)
    print(f"\n[bench] demo: {report.customers} customers, {report.purchases} purchases "
          f"in {report.seconds:.1f} s")
    yield db
    db.close()
