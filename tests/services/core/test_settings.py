"""The one registry of settings: declared in each room, registered by the store, checked by the
same rules in the window and on the command line."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Setting
from services.core import settings
from services.core.errors import ValidationError
from services.core.settings import Option
from services.ops import settings as ops

ROOT = Path(__file__).resolve().parents[3]


def test_importing_the_services_registers_nothing():
    code = ("import pkgutil, importlib, services\n"
            "for m in pkgutil.walk_packages(['services'], 'services.'):\n"
            "    importlib.import_module(m.name)\n"
            "from services.core import settings\n"
            "print(len(settings.options()))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "0"


def test_every_setting_the_code_reads_is_registered_with_a_meaning(db):
    read = set()
    for path in (ROOT / "services").rglob("*.py"):
        read |= set(re.findall(r"settings\.get\(\s*\w+,\s*\"([\w.]+)\"",
                               path.read_text(encoding="utf-8")))
    known = settings.options()
    assert len(read) > 15 and read <= set(known)
    assert all(o.meaning and o.key == key for key, o in known.items())


@pytest.mark.parametrize(("option", "value", "expected", "problem"), [
    (Option("n", 1, "m", "int", 1, 10), "7", 7, None),
    (Option("n", 1, "m", "int", 1, 10), "11", 11, "not between 1 and 10"),
    (Option("n", 1, "m", "int", 1, 10), "2.5", 2, "whole number"),
    (Option("n", 1, "m", "number", 0, 5), "1,5", 1.5, None),
    (Option("n", 1, "m", "number", 0, 5), "nan", None, "not a number"),
    (Option("n", None, "m", "int", 1, 9, off=True), "", None, None),
    (Option("p", [1, 2], "m", "pair", 0, 100), "80, 95", [80.0, 95.0], None),
    (Option("p", [1, 2], "m", "pair", 0, 100), [95, 80], [95.0, 80.0], "below the second"),
    (Option("c", "a", "m", "choice", choices=("a", "b")), "B", "b", None),
    (Option("c", "a", "m", "choice", choices=("a", "b")), "z", "z", "not one of: a, b"),
    (Option("r", None, "m", "region"), "bg", "BG", None),
    (Option("r", None, "m", "region"), "Bulgaria", "BULGARIA", "two-letter"),
])
def test_each_kind_is_checked(option, value, expected, problem):
    errors = []
    assert option.clean(errors, value) == expected
    assert [e.message for e in errors if problem and problem in e.message] == \
        [e.message for e in errors]
    assert bool(errors) == bool(problem)


def test_show_lists_the_profile_and_every_setting(db):
    rows = {r["key"]: r for r in ops.show(db)}
    assert {"business.name", "business.country", "business.currency", "business.language",
            "dormant_factor", "smtp_port", "backup_keep"} <= set(rows)
    assert rows["dormant_factor"]["value"] == rows["dormant_factor"]["default"] == 2
    assert rows["business.currency"]["value"] == "RUB"


def test_set_checks_and_changes_only_that_setting(db):
    assert ops.change(db, "dormant_factor", "3")["value"] == 3.0
    assert ops.change(db, "business.currency", "bgn")["value"] == "BGN"
    with db.sessions() as s:
        assert settings.get(s, "dormant_factor") == 3.0
        assert settings.profile(s).currency == "BGN"
        assert s.scalar(select(func.count()).select_from(Setting)) == 1
    with pytest.raises(ValidationError, match="business.name, business.country"):
        ops.change(db, "dormant", "3")
    with pytest.raises(ValidationError, match="not between 1 and 100"):
        ops.change(db, "dormant_factor", "0")
    with pytest.raises(ValidationError, match="a client comes before a regular"):
        ops.change(db, "ladder_client_from", "3")
    with pytest.raises(ValidationError, match="ISO 4217"):
        ops.change(db, "business.currency", "rubles")
    with pytest.raises(ValidationError, match="takes JSON"):
        ops.change(db, "salutations", "{not json")
    with db.sessions() as s:
        assert settings.get(s, "ladder_client_from") == 2


def test_the_business_language_follows_the_country_unless_set(db):
    with db.transaction() as s:
        assert settings.business_language(s) == "ru"
        settings.profile(s).country = "DE"
        assert settings.business_language(s) == "en"
    ops.change(db, "business.language", "bg")
    with db.sessions() as s:
        assert settings.business_language(s) == "bg"
