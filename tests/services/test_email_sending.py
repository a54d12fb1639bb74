"""A real SMTP server on loopback (aiosmtpd), started by the test."""

import email
import email.policy

import pytest

from services import email_sending as E
from services import settings
from services.customers import ConsentDraft, ContactDraft, CustomerDraft, create_customer


@pytest.fixture
def smtp(smtp_server):
    return smtp_server, None


@pytest.fixture
def shop(db, smtp):
    with db.transaction() as s:
        ids = {}
        for name, mail, agreed in (("Петрова", "anna@example.com", True),
                                   ("Smith", "john@example.com", True),
                                   ("Jones", "mary@example.com", True),
                                   ("Refused", "no@example.com", False)):
            ids[name] = create_customer(s, CustomerDraft(
                family_name=name, given_name="Анна" if name == "Петрова" else "Pat",
                sex="female", language="ru" if name == "Петрова" else "en",
                contacts=[ContactDraft("email", mail)],
                consents=[ConsentDraft("email", agreed)])).id
    return ids


def test_messages_arrive_personalised_with_headers(db, smtp, shop):
    inbox, _port = smtp
    results = E.send(db, None, "we_miss_you", "autumn")
    assert sorted(r.status for r in results) == ["sent", "sent", "sent", "skipped"]
    assert len(inbox.messages) == 3
    by_to = {m["To"]: m for m in inbox.messages}
    assert "no@example.com" not in by_to
    anna = by_to["anna@example.com"]
    assert anna["Subject"] == "Мы скучаем"
    assert anna["List-Unsubscribe"] == "<mailto:shop@silver.example?subject=unsubscribe>"
    assert anna["From"] == "shop@silver.example" and anna["Message-ID"]
    assert "Уважаемая Анна" in anna.get_payload(decode=True).decode("utf-8")
    assert "Dear Mrs Smith" in by_to["john@example.com"].get_payload(decode=True).decode()
    # a rerun sends nobody anything twice
    again = E.send(db, None, "we_miss_you", "autumn")
    assert len(inbox.messages) == 3
    assert sorted(r.reason for r in again if r.status == "skipped") == [
        "already sent", "already sent", "already sent", "consent withdrawn"]


def test_a_failure_midway_then_a_rerun_sends_each_exactly_once(db, smtp, shop):
    inbox, _port = smtp
    inbox.refuse = {"john@example.com"}
    first = E.send(db, None, "new_collection", "spring")
    assert [r.email for r in first if r.status == "failed"] == ["john@example.com"]
    assert sorted(m["To"] for m in inbox.messages) == ["anna@example.com", "mary@example.com"]
    inbox.refuse = set()
    second = E.send(db, None, "new_collection", "spring")
    assert [r.email for r in second if r.status == "sent"] == ["john@example.com"]
    tos = sorted(m["To"] for m in inbox.messages)
    assert tos == ["anna@example.com", "john@example.com", "mary@example.com"]


def test_dry_run_plan_and_unsubscribe(db, smtp, shop):
    inbox, _port = smtp
    plan = {p.email or p.customer_id: (p.status, p.reason)
            for p in E.plan(db, None, "x")}
    assert plan["anna@example.com"] == ("send", "")
    assert plan[shop["Refused"]] == ("skipped", "consent withdrawn")
    E.unsubscribe(db, shop["Smith"])
    E.send(db, None, "birthday", "bday")
    assert "john@example.com" not in [m["To"] for m in inbox.messages]


def test_no_server_configured(db, shop):
    from services.errors import ValidationError

    with db.transaction() as s:
        settings.put(s, "smtp_host", "")
    with pytest.raises(ValidationError, match="no mail server"):
        E.send(db, None, "birthday", "x")


def test_mailing_send_command(db, db_path, smtp, shop, capsys):
    import json

    from main import run_cli

    inbox, _port = smtp
    db.close()  # the command opens the file itself
    args = ["mailing", "send", "--segment", "all", "--template", "birthday", "--db",
            str(db_path)]
    assert run_cli([*args, "--dry-run", "--json"]) == 0
    planned = json.loads(capsys.readouterr().out)
    assert {p["status"] for p in planned} == {"send", "skipped"}
    assert {"customer_id", "email", "status", "reason"} == set(planned[0])
    assert [p["reason"] for p in planned if p["status"] == "skipped"] == ["consent withdrawn"]
    assert inbox.messages == []
    assert run_cli([*args, "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)
    assert sorted(p["status"] for p in sent) == ["sent", "sent", "sent", "skipped"]
    assert len(inbox.messages) == 3
    assert run_cli(args) == 0
    assert capsys.readouterr().out.strip().endswith("4 skipped")  # 3 already sent, 1 refused
    assert len(inbox.messages) == 3
    assert run_cli(["mailing", "send", "--segment", "all", "--template", "nope", "--db",
                    str(db_path)]) == 2


def test_eml_files_for_the_users_mail_program(db, shop, tmp_path):
    results = E.write_eml(db, None, "thank_you", str(tmp_path))
    written = [r for r in results if r.status == "written"]
    assert len(written) == 3 and len(list(tmp_path.glob("*.eml"))) == 3
    anna = email.message_from_bytes((tmp_path / f"{shop['Петрова']:06d}-thank_you.eml")
                                    .read_bytes(), policy=email.policy.default)
    assert anna["To"] == "anna@example.com" and anna["Subject"] == "Спасибо!"
    assert anna["List-Unsubscribe"]
    from services.errors import ValidationError

    with pytest.raises(ValidationError, match="no such folder"):
        E.write_eml(db, None, "thank_you", str(tmp_path / "missing"))
