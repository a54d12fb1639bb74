"""A real SMTP server on loopback (aiosmtpd), started by the test."""

import email
import email.policy

import pytest

from services.core import settings
from services.customers.writing import ConsentDraft, ContactDraft, CustomerDraft, create_customer
from services.outreach import sending as E


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
    with db.sessions() as s:  # the server's own words are kept for whoever looks into it
        (detail,) = s.query(E.MailingRecipient.detail).filter_by(status="failed").one()
    assert detail.startswith("451 ") and "try again later" in detail
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
    E.unsubscribe(db, [shop["Smith"]])
    E.send(db, None, "birthday", "bday")
    assert "john@example.com" not in [m["To"] for m in inbox.messages]


def test_no_server_configured(db, shop):
    from services.core.errors import ValidationError

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
    from services.core.errors import ValidationError

    with pytest.raises(ValidationError, match="no such folder"):
        E.write_eml(db, None, "thank_you", str(tmp_path / "missing"))


def test_consent_withdrawn_or_customer_archived_while_sending(db, smtp, shop):
    from services.outreach.sending import unsubscribe

    inbox, _port = smtp
    mail = {"anna@example.com": "Петрова", "john@example.com": "Smith",
            "mary@example.com": "Jones"}
    later = []

    def meanwhile(n, _total):
        if n == 1:  # someone else, in the window, while the mailing runs
            later.extend(shop[name] for to, name in mail.items()
                         if to != inbox.messages[0]["To"])
            unsubscribe(db, [later[0]])
            with db.transaction() as s:
                s.get(E.Customer, later[1]).archived = True

    results = {r.customer_id: (r.status, r.reason)
               for r in E.send(db, None, "we_miss_you", "x", progress=meanwhile)}
    assert len(inbox.messages) == 1
    assert results[later[0]] == ("skipped", "consent withdrawn")
    assert results[later[1]] == ("skipped", "archived")


def test_a_greeting_the_card_refuses_and_a_stored_one_skips_only_that_customer(
        db, smtp, shop, tmp_path):
    from sqlalchemy import update

    from services.core.errors import ValidationError
    from services.customers.writing import CustomerDraft, create_customer

    inbox, _port = smtp
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        create_customer(s, CustomerDraft(family_name="Odd",
                                         salutation="Dear {business_email} {0}"))
    assert [e.field for e in refused.value.errors] == ["salutation"]
    assert "unknown placeholder {0}" in str(refused.value)
    with db.transaction() as s:  # written by an older version, or straight into the file
        s.execute(update(E.Customer).where(E.Customer.id == shop["Smith"])
                  .values(salutation="Dear {business_email} {0}"))
    results = {r.customer_id: (r.status, r.reason)
               for r in E.send(db, None, "we_miss_you", "odd")}
    assert sorted(m["To"] for m in inbox.messages) == ["anna@example.com", "mary@example.com"]
    status, reason = results[shop["Smith"]]
    assert status == "skipped" and "unknown placeholder {0}" in reason
    written = E.write_eml(db, None, "thank_you", str(tmp_path))
    assert sorted(r.status for r in written) == ["skipped", "skipped", "written", "written"]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in tmp_path.glob("*.eml"))


def test_a_server_that_hangs_up_after_data_never_gets_it_twice(db, db_path, smtp, shop,
                                                               capsys):
    import json

    from main import run_cli

    inbox, _port = smtp
    inbox.drop_after_data = {"john@example.com"}
    with pytest.raises(E.MailingStopped) as stopped:
        E.send(db, None, "we_miss_you", "autumn")
    results = {r.email or r.customer_id: r.status for r in stopped.value.results}
    # in the list's order: Jones, Smith, then Петрова
    assert results == {"mary@example.com": "sent", "john@example.com": "unconfirmed",
                       "anna@example.com": "not sent", shop["Refused"]: "skipped"}
    assert len(inbox.messages) == 2  # Smith's did arrive: the server just never said so
    inbox.drop_after_data = set()
    again = {r.email: (r.status, r.reason) for r in E.send(db, None, "we_miss_you", "autumn")}
    assert again["john@example.com"] == ("skipped", E.NOT_CONFIRMED)
    assert again["anna@example.com"][0] == "sent"
    assert sorted(m["To"] for m in inbox.messages) == [
        "anna@example.com", "john@example.com", "mary@example.com"]
    # only when the user says so
    db.close()
    args = ["mailing", "send", "--segment", "all", "--template", "we_miss_you", "--name",
            "autumn", "--db", str(db_path), "--json"]
    assert run_cli([*args, "--resend-unconfirmed"]) == 0
    sent = {p["email"]: p["status"] for p in json.loads(capsys.readouterr().out)}
    assert sent["john@example.com"] == "sent" and sent["anna@example.com"] == "skipped"
    assert len(inbox.messages) == 4


def test_a_json_run_that_stops_early_still_says_what_happened_to_each(db, db_path, smtp,
                                                                      shop, capsys):
    import json

    from main import run_cli

    inbox, _port = smtp
    inbox.drop_after_data = {"mary@example.com"}  # the first in the list
    db.close()
    assert run_cli(["mailing", "send", "--segment", "all", "--template", "birthday",
                    "--db", str(db_path), "--json"]) == 2
    out = capsys.readouterr()
    statuses = sorted(p["status"] for p in json.loads(out.out))
    assert statuses == ["not sent", "not sent", "skipped", "unconfirmed"]
    assert "stopped answering" in out.err
