"""Targets (issue 8): 100,000 customers exported to CSV in under 5 s and imported from CSV in
under 15 s."""

import time

from services.ops.store import open_store
from services.transfer.export import export
from services.transfer.importing import guess_mapping, import_table
from services.transfer.readers import read_bytes


def test_export_then_import_100k(benchmark, big_db, tmp_path):
    start = time.perf_counter()
    data, count = export(big_db, "csv")
    exported = time.perf_counter() - start
    print(f"\n[bench] export: {count} customers to CSV in {exported:.2f} s "
          f"({len(data) / 1e6:.1f} MB)")

    target = open_store(tmp_path / "imported.regulars", create=True)
    try:
        start = time.perf_counter()
        table = read_bytes(data, "customers.csv")
        report = import_table(target, table, guess_mapping(table.headers), skip_bad=True)
        imported = time.perf_counter() - start
        print(f"[bench] import: {report.summary()} in {imported:.2f} s")
    finally:
        target.close()
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    # the demo has a few people twice (the same phone): those are matched, not duplicated
    assert report.created + report.skipped == count and report.rejected == 0
    assert exported < 5
    assert imported < 15
