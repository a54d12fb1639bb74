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


ON_POSTGRESQL = os.environ.get("REGULARS_TEST_DATABASE") == "postgresql"


@pytest.fixture(scope="session")
def pg_server_url(tmp_path_factory):
    """One PostgreSQL server (pgserver's binaries) for the whole run."""
    pgserver = pytest.importorskip("pgserver")
    server = pgserver.get_server(tmp_path_factory.mktemp("pg"), cleanup_mode="stop")
    yield server.get_uri().replace("postgresql://", "postgresql+psycopg://", 1)
    server.cleanup()


@pytest.fixture
def pg_store(pg_server_url):
    """An empty database on the run's PostgreSQL server, emptied again afterwards."""
    from sqlalchemy import text

    from models import Base
    from services.ops.store import open_store

    database = open_store(pg_server_url)
    yield database
    database.close()
    with database.engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    database.engine.dispose()


@pytest.fixture
def db(request):
    """The test's customer file; with REGULARS_TEST_DATABASE=postgresql, an empty PostgreSQL
    database instead (tests about the file itself then skip)."""
    from services.ops.store import open_store

    if ON_POSTGRESQL:
        if "db_path" in request.fixturenames:
            pytest.skip("about the customer file itself")
        yield request.getfixturevalue("pg_store")
        return
    database = open_store(request.getfixturevalue("db_path"))
    yield database
    database.close()


@pytest.fixture
def session(db):
    with db.sessions() as s:
        yield s


@pytest.fixture
def make_customer(db):
    """Create and commit a customer from keyword fields of CustomerDraft; returns its id."""
    from services.customers.writing import ContactDraft, CustomerDraft, create_customer

    def make(phones=(), emails=(), **fields) -> int:
        contacts = [ContactDraft("phone", p) for p in phones]
        contacts += [ContactDraft("email", e) for e in emails]
        with db.transaction() as s:
            return create_customer(s, CustomerDraft(contacts=contacts, **fields)).id

    return make


class Inbox:
    """A mail server's inbox on loopback (aiosmtpd); `refuse` makes it turn recipients away,
    `drop_after_data` keeps a message and hangs up before answering."""

    def __init__(self):
        self.messages = []
        self.refuse: set[str] = set()
        self.drop_after_data: set[str] = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        if address in self.refuse:
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        import email
        import email.policy

        self.messages.append(email.message_from_bytes(envelope.content,
                                                      policy=email.policy.default))
        if self.drop_after_data & set(envelope.rcpt_tos):
            server.transport.close()
            return "250 never heard"
        return "250 Message accepted"


@pytest.fixture
def smtp_server(db):
    """A real SMTP server on 127.0.0.1, and the customer file's mail settings pointing at it."""
    import socket

    from aiosmtpd.controller import Controller

    from services.core import settings

    inbox = Inbox()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    with db.transaction() as s:
        settings.put(s, "smtp_host", "127.0.0.1")
        settings.put(s, "smtp_port", port)
        settings.put(s, "smtp_security", "none")
        settings.put(s, "mail_from", "shop@silver.example")
        settings.put(s, "mail_per_minute", 0)
    yield inbox
    controller.stop()
