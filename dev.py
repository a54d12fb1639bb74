#!/usr/bin/env python3
"""Set-up and run, with nothing but Python 3.11+ on the machine.

    python3 dev.py app [ARGS…]   create .venv, install Regulars, start it (ARGS go to main.py)
    python3 dev.py test [ARGS…]  create .venv, install Regulars with its test tools, run ruff,
                                 the import contracts and the whole test suite, then the
                                 services' tests again on PostgreSQL (ARGS: pytest's, and
                                 only those tests)
    python3 dev.py translations  bring resources/translations/*.ts up to date with the source
                                 (pyside6-lupdate) and compile them (pyside6-lrelease)
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_env(extra: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036  (the one check that must run on old Pythons)
        sys.exit(f"Regulars needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    spec = (ROOT / "pyproject.toml").read_bytes() + extra.encode()
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256(spec).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    print("Installing Regulars and its dependencies …", flush=True)
    target = f".[{extra}]" if extra else "."
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True, cwd=ROOT)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target],
                   check=True, cwd=ROOT)
    stamp.write_text(digest)


TRANSLATED = ("ru", "bg")
# English needs a file only for its plural forms ("%n customer(s)" → 1 customer, 2 customers)
PLURALS_ONLY = ("en",)
TS_DIR = ROOT / "resources" / "translations"
# _t and N_ are the module-level spellings of tr() (ui/labels.py, services/text/folding.py)
LUPDATE_ALIASES = "tr+=_t,QT_TR_NOOP+=N_"


def translation_sources() -> list[str]:
    """Every file whose text the window shows: ui/, and services that mark labels with N_."""
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "services").rglob("*.py")
                    if "N_(" in p.read_text(encoding="utf-8") and p.name != "folding.py")
    return files


LOCALES = {"ru": "ru_RU", "bg": "bg_BG", "en": "en_GB"}  # the plural rules for %n


def lupdate(ts_file: Path, language: str) -> None:
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    "-target-language", LOCALES[language],
                    "-tr-function-alias", LUPDATE_ALIASES, *translation_sources(),
                    "-ts", str(ts_file)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def main(argv: list[str]) -> int:
    if argv and argv[0] == "translations":
        ensure_env("test")
        languages = TRANSLATED + PLURALS_ONLY
        ts = [TS_DIR / f"regulars_{lang}.ts" for lang in languages]
        for lang, path in zip(languages, ts, strict=True):
            lupdate(path, lang)
            lrelease(path, path.with_suffix(".qm"))
        print("Updated " + ", ".join(p.name for p in ts) + "; translate what is unfinished "
              "(pyside6-linguist), then run this again to compile them.")
        return 0
    if not argv or argv[0] not in {"app", "test"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "app":
        ensure_env("")
        return subprocess.call([str(PYTHON), str(ROOT / "main.py"), *rest], cwd=ROOT)
    ensure_env("test")
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "."], cwd=ROOT)
    if lint:
        return lint
    # the import contracts in pyproject.toml: ui above services above models, no Qt below ui
    layers = subprocess.run([str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    if layers.returncode:
        print(layers.stdout + layers.stderr)
        return layers.returncode
    print("Import contracts kept.")
    tests = subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT)
    if tests or rest:
        return tests
    # the services once more on a real PostgreSQL server (pgserver's), as an office runs them
    print("The services on PostgreSQL:", flush=True)
    return subprocess.call([str(PYTHON), "-m", "pytest", "-q", "tests/services"], cwd=ROOT,
                           env={**os.environ, "REGULARS_TEST_DATABASE": "postgresql"})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
