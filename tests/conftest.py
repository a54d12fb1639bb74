import os
import sys
from pathlib import Path

import pytest

# No display in CI: Qt renders offscreen. Logs and default files go to a scratch folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.fixture(autouse=True)
def _regulars_home(tmp_path, monkeypatch):
    monkeypatch.setenv("REGULARS_HOME", str(tmp_path / "home"))


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "customers.regulars"


@pytest.fixture
def db(db_path):
    from services.store import open_store

    database = open_store(db_path)
    yield database
    database.close()


@pytest.fixture
def session(db):
    with db.sessions() as s:
        yield s


@pytest.fixture
def make_customer(db):
    """Create and commit a customer from keyword fields of CustomerDraft; returns its id."""
    from services.customers import ContactDraft, CustomerDraft, create_customer

    def make(phones=(), emails=(), **fields) -> int:
        contacts = [ContactDraft("phone", p) for p in phones]
        contacts += [ContactDraft("email", e) for e in emails]
        with db.transaction() as s:
            return create_customer(s, CustomerDraft(contacts=contacts, **fields)).id

    return make
