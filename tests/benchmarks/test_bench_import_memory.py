"""Target (issue 13): an import streams, so its memory stays under 500 MB whatever the size of
the file. The command-line import runs in a child process whose peak resident memory the
kernel reports when it ends; the file's size is set by REGULARS_BENCH_IMPORT_ROWS (300,000
rows, about 20 MB, by default; 2,900,000 make the issue's 200 MB file, about 20 minutes).
"""

import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 500
FAMILY = ["Иванова", "Петров", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева"]
GIVEN = ["Анна", "Иван", "Мария", "Пётр", "Елена", "Сергей", "Ольга", "Дмитрий"]


def _write_csv(path: Path, rows: int) -> None:
    rnd = random.Random(1)
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("Фамилия,Имя,Телефон,E-mail,День рождения\n")
        for i in range(rows):
            fh.write(f"{rnd.choice(FAMILY)}{i},{rnd.choice(GIVEN)},+7916{i:07d},c{i}@ex.ru,"
                     f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}."
                     f"{rnd.randint(1940, 2005)}\n")


def _peak_mb(*args: str) -> tuple[float, float]:
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:  # a pipe left unread could stall the child
        proc = subprocess.Popen([sys.executable, "main.py", *args], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        err.seek(0)
        assert proc.returncode == 0, err.read().decode()
    return usage.ru_maxrss / 1024, time.perf_counter() - start


def test_import_memory_stays_bounded(benchmark, tmp_path):
    rows = int(os.environ.get("REGULARS_BENCH_IMPORT_ROWS", "300000"))
    source = tmp_path / "big.csv"
    _write_csv(source, rows)
    db = str(tmp_path / "big.regulars")
    _peak_mb("create", "--db", db)
    peak, seconds = _peak_mb("import", str(source), "--db", db)
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    print(f"\n[bench] import of {rows:,} rows ({source.stat().st_size / 1e6:.0f} MB): "
          f"{seconds:.0f} s, peak memory {peak:.0f} MB, {kept:,} customers in the file")
    benchmark.pedantic(lambda: None, rounds=1, iterations=1)
    assert kept == rows
    assert peak < LIMIT_MB
