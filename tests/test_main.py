"""The command line is a public contract: exit codes, one-line errors, --json shapes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from main import run_cli

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cli(db_path, capsys):
    assert run_cli(["create", "--db", str(db_path)]) == 0
    capsys.readouterr()

    def run(*args, db=True):
        argv = [*args, "--db", str(db_path)] if db else list(args)
        code = run_cli(argv)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_customer_add_show_search_purchase(cli):
    code, out, err = cli("customer", "add", "--name", "Петрова Мария Ивановна", "--phone",
                         "+7 (912) 345-67-89", "--email", "M.Petrova@mail.ru", "--birthday",
                         "--03-08", "--consent", "email,post", "--tag", "VIP", "--json")
    assert (code, err) == (0, "")
    cid = json.loads(out)["id"]
    assert isinstance(cid, int)

    code, out, _ = cli("customer", "add", "--name", "Smith John", "--birthday", "1980-12-31")
    assert code == 0 and out.strip().isdigit()

    code, out, _ = cli("purchase", "add", str(cid), "--amount", "1250.50", "--date",
                       "2026-01-15", "--what", "silver ring", "--json")
    assert code == 0
    purchase = json.loads(out)
    assert purchase == {"id": purchase["id"], "customer_id": cid, "date": "2026-01-15",
                        "amount": 1250.5, "currency": "RUB", "discount_amount": 0.0,
                        "what": "silver ring", "category": "", "status": "paid"}

    code, out, _ = cli("search", "89123456789", "--json")
    assert code == 0
    (hit,) = json.loads(out)
    assert hit == {"id": cid, "name": "Петрова Мария Ивановна", "phone": "+79123456789",
                   "email": "M.Petrova@mail.ru", "city": None, "archived": False, "score": 4}

    code, out, _ = cli("customer", "show", str(cid), "--json")
    data = json.loads(out)
    assert data["family_name"] == "Петрова" and data["patronymic"] == "Ивановна"
    assert data["birthday"] == "--03-08"
    assert data["phones"] == [{"value": "+79123456789", "label": "", "primary": True,
                               "verified": True, "unverified": "", "extension": ""}]
    assert sorted(data["consents"]) == ["email", "post"]
    assert data["consents"]["email"]["method"] == "command line"
    assert data["tags"] == ["VIP"]
    assert data["purchases"] == {"count": 1, "total": 1250.5, "first": "2026-01-15",
                                 "last": "2026-01-15"}

    code, out, _ = cli("customer", "show", str(cid))
    assert code == 0 and "Петрова Мария Ивановна" in out and "1250.50" in out
    code, out, _ = cli("search", "petrova")
    assert code == 0 and "Петрова" in out
    code, out, _ = cli("search", "nobody-like-this")
    assert code == 0 and "No customer matches" in out
    code, out, _ = cli("check")
    assert (code, out.strip()) == (0, "No problems found.")


@pytest.mark.parametrize("args,message", [
    (["customer", "add", "--name", "A B", "--email", " "], "emails[0]"),
    (["customer", "add", "--name", "A B", "--phone", " "], "phones[0]"),
    (["customer", "add", "--name", "A B", "--birthday", "1985-02-30"], "birthday"),
    (["customer", "add", "--name", "A B", "--birthday", "08.03.1985"], "YYYY-MM-DD"),
    (["customer", "add", "--name", "A B", "--consent", "email,fax"], "'fax' is not a channel"),
    (["customer", "add", "--name", "   "], "name"),
    (["customer", "add", "--name", "A B", "--frobnicate"], "unrecognized arguments"),
    (["customer", "add"], "--name"),
    (["purchase", "add", "1", "--amount", "10", "--date", "2026-02-31"], "not a real date"),
    (["purchase", "add", "abc", "--amount", "10"], "not a whole number"),
    (["customer", "show", "x"], "not a whole number"),
    (["demo", "--customers", "-5"], "negative"),
    (["nonsense"], "invalid choice"),
])
def test_bad_input_exits_2_with_one_line(cli, args, message):
    code, out, err = cli(*args)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1


def test_missing_file_and_unknown_customer(cli, tmp_path):
    code, _, err = cli("search", "x", "--db", str(tmp_path / "absent.regulars"), db=False)
    assert code == 2 and "no such customer file" in err
    code, _, err = cli("customer", "show", "1", "--db", str(tmp_path / "no" / "x.db"), db=False)
    assert code == 2 and "no such folder" in err
    cli("customer", "add", "--name", "A B")
    code, _, err = cli("customer", "show", "42")
    assert code == 2 and err.strip() == "regulars: no customer #42"
    code, _, err = cli("purchase", "add", "42", "--amount", "10")
    assert code == 2 and "no customer #42" in err


def test_failed_write_leaves_file_unchanged(cli):
    cli("customer", "add", "--name", "A B")
    code, _, _ = cli("purchase", "add", "1", "--amount", "10", "--currency", "XYZ")
    assert code == 2
    code, out, _ = cli("customer", "show", "1", "--json")
    assert json.loads(out)["purchases"]["count"] == 0


def test_archive_and_restore(cli):
    cli("customer", "add", "--name", "Old Customer")
    assert cli("customer", "archive", "1")[0] == 0
    assert json.loads(cli("search", "old", "--json")[1]) == []
    assert len(json.loads(cli("search", "old", "--json", "--archived")[1])) == 1
    assert cli("customer", "restore", "1")[0] == 0
    assert len(json.loads(cli("search", "old", "--json")[1])) == 1


def test_demo_then_check_json(cli):
    code, out, _ = cli("demo", "--customers", "50", "--seed", "3", "--end", "2026-11-01")
    assert code == 0 and "50 customers" in out
    code, out, _ = cli("demo", "--customers", "5")
    assert code == 2
    code, out, _ = cli("check", "--json")
    assert code == 0
    assert json.loads(out) == {"ok": True, "repaired": None, "problems": []}


def test_unexpected_error_exits_1_and_logs(cli, monkeypatch):
    import services.directory.search

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    cli("customer", "add", "--name", "A B")
    monkeypatch.setattr(services.directory.search, "search_ids", boom)
    code, _, err = cli("search", "a")
    assert code == 1
    assert "unexpected error: disk on fire" in err
    from services.core.logs import log_file

    assert "RuntimeError: disk on fire" in log_file().read_text(encoding="utf-8")
    assert str(log_file()) in err


def test_every_subcommand_has_help():
    for args in (["--help"], ["demo", "--help"], ["search", "--help"], ["customer", "--help"],
                 ["customer", "add", "--help"], ["customer", "show", "--help"],
                 ["purchase", "add", "--help"], ["check", "--help"]):
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), *args],
                                capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0, args
        assert "usage: regulars" in result.stdout


def test_stats_json_contract(cli):
    cli("demo", "--customers", "120", "--seed", "4", "--end", "2026-11-01")
    code, out, err = cli("stats", "--json", "--from", "2025-11-02", "--to", "2026-11-01")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert isinstance(data["customers"], int) and data["customers"] > 100
    assert set(data["ladder"]) == {"prospect", "buyer", "client", "regular", "adherent",
                                   "advocate"}
    assert all(isinstance(v, int) for v in data["ladder"].values())
    assert sum(data["ladder"].values()) == data["customers"]
    assert 0 <= data["repeat_rate"] <= 1
    assert isinstance(data["avg_check"], float) and data["avg_check"] > 0
    assert isinstance(data["ltv"], float)
    assert data["crr"] is None or 0 <= data["crr"] <= 1
    assert {"AX", "AY", "AZ", "BX", "BY", "BZ", "CX", "CY", "CZ", "insufficient"} == set(
        data["abc_xyz"])
    assert set(data["rfm"]) == {"champions", "loyal", "promising", "need_attention", "at_risk",
                                "hibernating", "lost"}
    assert data["period"] == {"from": "2025-11-02", "to": "2026-11-01"}
    code, out, _ = cli("stats")
    assert code == 0 and "CRR" in out and "Average check" in out


def test_stats_bad_period(cli):
    cli("customer", "add", "--name", "A B")
    code, _, err = cli("stats", "--from", "2026-05-01", "--to", "2026-01-01")
    assert code == 2 and "is after --to" in err
    code, _, err = cli("stats", "--from", "2026-13-01")
    assert code == 2 and "not a real date" in err


def test_customer_show_json_has_loyalty_and_value(cli):
    cli("customer", "add", "--name", "Петрова Анна")
    cli("purchase", "add", "1", "--amount", "1000", "--date", "2026-01-10")
    code, out, _ = cli("customer", "show", "1", "--json")
    data = json.loads(out)
    assert data["ladder"] == "buyer"
    assert data["discount_percent"] == 0.0 and data["points"] == 0
    assert data["ltv"] == 300.0  # 1000 spent × the default 30 % margin
    assert data["rfm"]["group"] in {"champions", "loyal", "promising", "need_attention",
                                    "at_risk", "hibernating", "lost"}
    assert data["abc_xyz"] in {"insufficient", None}


def test_reminders_json_and_ics(cli, tmp_path):
    import datetime as dt

    today = dt.date.today()
    soon = today + dt.timedelta(days=3)
    code, out, _ = cli("customer", "add", "--name", "Петрова Анна",
                       "--birthday", f"1990-{soon.month:02d}-{soon.day:02d}"
                       if (soon.month, soon.day) != (2, 29) else "1992-02-29", "--phone",
                       "+79123456789")
    cid = int(out)
    code, out, err = cli("reminders", "--json")
    assert (code, err) == (0, "")
    (item,) = [i for i in json.loads(out) if i["kind"] == "birthday"]
    assert item["date"] == soon.isoformat() or soon.month == 2
    assert item["customer_id"] == cid and item["customer"] == "Петрова Анна"
    assert item["text"].startswith("Birthday") and item["contact"] == "+79123456789"
    code, out, _ = cli("reminders", "--days", "1", "--json")
    assert [i for i in json.loads(out) if i["kind"] == "birthday"] == []
    ics = tmp_path / "out.ics"
    code, out, _ = cli("reminders", "--ics", str(ics))
    assert code == 0 and "1 events written" in out and ics.read_bytes().startswith(b"BEGIN")
    code, _, err = cli("reminders", "--staff", "Nobody")
    assert code == 2 and "no staff member named 'Nobody'" in err
    code, _, err = cli("reminders", "--ics", str(tmp_path / "no" / "x.ics"))
    assert code == 2 and "no such folder" in err


def test_default_file_lives_in_a_private_folder(tmp_path, monkeypatch, capsys):
    import os
    import stat

    home = tmp_path / "home"
    monkeypatch.setenv("REGULARS_HOME", str(home))
    from services.core.logs import setup_logging

    setup_logging()  # the log folder is made first, inside the data folder
    assert run_cli(["customer", "add", "--name", "Default File"]) == 2
    assert "no such customer file" in capsys.readouterr().err
    assert not (home / "customers.regulars").exists()
    assert run_cli(["create"]) == 0
    assert run_cli(["create"]) == 2 and "already exists" in capsys.readouterr().err
    assert run_cli(["customer", "add", "--name", "Default File"]) == 0
    assert (home / "customers.regulars").exists()
    if os.name == "posix":
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        assert stat.S_IMODE((home / "customers.regulars").stat().st_mode) == 0o600
    capsys.readouterr()


def test_labels_refused_when_nobody_has_an_address(cli, tmp_path):
    cli("customer", "add", "--name", "Nowhere Man")
    labels = tmp_path / "labels.pdf"
    code, out, err = cli("labels", "--sheet", "L7160", "--all", "-o", str(labels))
    assert code == 2 and "nobody to print" in err and not labels.exists()
    assert "skipped #1 Nowhere Man: no postal address" in err


def test_labels_with_addresses(tmp_path, capsys):
    from pypdf import PdfReader

    from services.customers.writing import AddressDraft, CustomerDraft, create_customer
    from services.ops.store import open_store

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        for name in ("Петрова", "Smith"):
            create_customer(s, CustomerDraft(family_name=name, given_name="Анна",
                                             addresses=[AddressDraft("ул. Ленина, 1",
                                                                     city="Москва",
                                                                     country="RU")]))
    out = tmp_path / "labels.pdf"
    assert run_cli(["labels", "--sheet", "L7163", "--start", "3", "--customers", "2,1",
                    "--db", str(path), "-o", str(out)]) == 0
    assert "2 label(s) written" in capsys.readouterr().out
    text = PdfReader(str(out)).pages[0].extract_text()
    assert text.index("Smith Анна") < text.index("Петрова Анна")  # in the order asked for
    env = tmp_path / "env.pdf"
    assert run_cli(["envelopes", "--size", "C6", "--all", "--db", str(path), "-o",
                    str(env)]) == 0
    assert len(PdfReader(str(env)).pages) == 2
    assert run_cli(["labels", "--sheet", "L0000", "--all", "--db", str(path), "-o",
                    str(out)]) == 2
    assert "not a known sheet" in capsys.readouterr().err
    assert run_cli(["labels", "--sheet", "L7160", "--customers", "1,x", "--db", str(path),
                    "-o", str(out)]) == 2
    assert run_cli(["labels", "--sheet", "L7160", "--all", "--db", str(path), "-o",
                    str(tmp_path / "no" / "x.pdf")]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_cards_command_marks_unprinted(tmp_path, capsys):
    from pypdf import PdfReader

    from services.customers.writing import CustomerDraft, create_customer
    from services.ops.store import open_store
    from services.sales import loyalty

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Петрова", given_name="Анна")).id
        number = loyalty.issue_card(s, cid).number
    out = tmp_path / "cards.pdf"
    args = ["cards", "--unprinted", "--db", str(path), "-o", str(out)]
    assert run_cli(args) == 0
    assert "1 card(s) written" in capsys.readouterr().out
    reader = PdfReader(str(out))
    assert "Петрова Анна" in reader.pages[0].extract_text()
    assert number in reader.pages[1].extract_text()
    assert run_cli(args) == 2  # printed now: nothing left
    assert "every card is printed already" in capsys.readouterr().err
    assert run_cli(["cards", "--customers", str(cid), "--one-per-page", "--qr", "--db",
                    str(path), "-o", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) == 2


def test_cards_command_issues_cards_to_those_who_have_none(tmp_path, capsys):
    from pypdf import PdfReader
    from sqlalchemy import select

    from models import Card
    from services.customers.writing import CustomerDraft, create_customer
    from services.directory.bulk import set_archived
    from services.ops.store import open_store
    from services.sales import loyalty

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        has, one, two, gone = (create_customer(s, CustomerDraft(family_name=name)).id
                               for name in ("Has", "One", "Two", "Gone"))
        loyalty.issue_card(s, has)
        set_archived(s, [gone])
    out = tmp_path / "cards.pdf"
    chosen = ["cards", "--customers", f"{has},{one},{two},{gone}", "--one-per-page", "--db",
              str(path), "-o", str(out)]
    assert run_cli(chosen) == 0  # without --issue: only the card there is
    assert "1 card(s) written" in capsys.readouterr().out
    assert run_cli(["cards", "--customers", str(one), "--db", str(path), "-o", str(out)]) == 2
    assert "no cards to print" in capsys.readouterr().err

    assert run_cli([*chosen, "--issue"]) == 0
    io = capsys.readouterr()
    assert "3 card(s) written" in io.out and "2 card(s) issued; 1 skipped" in io.out
    assert f"skipped #{gone} Gone" in io.err
    with open_store(path) as db, db.sessions() as s:
        cards = {c.customer_id: c for c in s.execute(
            select(Card).where(Card.status == "active")).scalars()}
    assert sorted(cards) == sorted([has, one, two])
    # the new ones are printed now; the card that was there keeps its state
    assert cards[one].printed_at and cards[two].printed_at and cards[has].printed_at is None
    reader = PdfReader(str(out))
    assert len(reader.pages) == 6  # one card per page, front and back
    text = "".join(page.extract_text() for page in reader.pages)
    assert all(cards[c].number in text for c in (has, one, two))

    assert run_cli([*chosen, "--issue"]) == 0  # everyone has one now: none issued again
    assert "issued" not in capsys.readouterr().out
    assert run_cli(["cards", "--unprinted", "--issue", "--db", str(path), "-o", str(out)]) == 2
    assert "issue:" in capsys.readouterr().err


def test_letters_command(tmp_path, capsys):
    from pypdf import PdfReader

    from services.customers.history import interactions_of
    from services.customers.writing import AddressDraft, CustomerDraft, create_customer
    from services.ops.store import open_store

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        cid = create_customer(s, CustomerDraft(
            family_name="Петрова", given_name="Анна", patronymic="Петровна", sex="female",
            language="ru", addresses=[AddressDraft("ул. Ленина, 1", city="Москва")])).id
        create_customer(s, CustomerDraft(family_name="Nowhere"))
    out = tmp_path / "letters.pdf"
    assert run_cli(["letters", "--template", "we_miss_you", "--all", "--db", str(path),
                    "-o", str(out)]) == 0
    io = capsys.readouterr()
    assert "1 letter(s) written" in io.out and "skipped #2 Nowhere" in io.err
    assert "Уважаемая Анна Петровна!" in PdfReader(str(out)).pages[0].extract_text()
    with open_store(path) as db, db.sessions() as s:
        assert [i.kind for i in interactions_of(s, cid)] == ["letter"]
    assert run_cli(["letters", "--template", "nope", "--all", "--db", str(path), "-o",
                    str(out)]) == 2
    assert "no template 'nope'" in capsys.readouterr().err


def test_segment_commands_and_printing_for_a_segment(tmp_path, capsys):
    from pypdf import PdfReader

    from services.customers.writing import (
        AddressDraft,
        CustomerDraft,
        PreferenceDraft,
        create_customer,
    )
    from services.ops.store import open_store

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        for name, metal in (("Петрова", "silver"), ("Smith", "gold")):
            create_customer(s, CustomerDraft(
                family_name=name, given_name="Анна",
                preferences=[PreferenceDraft("metal", metal)],
                addresses=[AddressDraft("ул. Ленина, 1", city="Москва")]))
    db_args = ["--db", str(path)]
    assert run_cli(["segment", "save", "Silver", "--interest", "silver", *db_args]) == 0
    assert "1 customer(s)" in capsys.readouterr().out
    assert run_cli(["segment", "list", "--json", *db_args]) == 0
    assert json.loads(capsys.readouterr().out) == [{"name": "Silver", "count": 1}]
    assert run_cli(["segment", "show", "Silver", "--json", *db_args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == {"name": "Silver", "definition": {"interests": ["silver"]}, "count": 1,
                    "customer_ids": [1]}
    out = tmp_path / "labels.pdf"
    assert run_cli(["labels", "--segment", "Silver", "--sheet", "L7160", "-o", str(out),
                    *db_args]) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Петрова Анна" in text and "Smith" not in text
    assert run_cli(["letters", "--segment", "all", "--template", "birthday", "-o", str(out),
                    *db_args]) == 0
    assert "2 letter(s)" in capsys.readouterr().out
    assert run_cli(["segment", "show", "Nope", *db_args]) == 2
    assert "no segment 'Nope'" in capsys.readouterr().err
    assert run_cli(["segment", "delete", "Silver", *db_args]) == 0


def test_mailing_export_command(tmp_path, capsys):
    from services.customers.writing import (
        ConsentDraft,
        ContactDraft,
        CustomerDraft,
        create_customer,
    )
    from services.ops.store import open_store

    path = tmp_path / "c.regulars"
    with open_store(path) as db, db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Yes", consents=[ConsentDraft("email",
                                                                                     True)],
                                         contacts=[ContactDraft("email", "y@example.com")]))
        create_customer(s, CustomerDraft(family_name="No",
                                         contacts=[ContactDraft("email", "n@example.com")]))
    out = tmp_path / "list.csv"
    assert run_cli(["mailing", "export", "--segment", "all", "--channel", "email", "-o",
                    str(out), "--db", str(path)]) == 0
    io = capsys.readouterr()
    assert "1 recipient(s)" in io.out and "left out: 1 — no consent" in io.err
    assert "n@example.com" not in out.read_text(encoding="utf-8-sig")


def test_dedupe_command(cli):
    cli("customer", "add", "--name", "Иванова Анна", "--phone", "+79123456789")
    cli("customer", "add", "--name", "Ivanova Anna", "--phone", "89123456789")
    code, out, _ = cli("dedupe", "--json")
    assert code == 0
    assert json.loads(out) == [{"customer_ids": [1, 2], "reason": "phone", "score": 100}]
    code, out, _ = cli("dedupe")
    assert "#1 Иванова Анна  ~  #2 Ivanova Anna" in out


def test_export_command(cli, tmp_path):
    cli("customer", "add", "--name", "Петрова Анна", "--email", "anna@example.com")
    out = tmp_path / "all.json"
    code, text, _ = cli("export", "--format", "json", "-o", str(out))
    assert code == 0 and "1 customer(s)" in text
    assert json.loads(out.read_text())["customers"][0]["family_name"] == "Петрова"
    for version in ("3.0", "4.0"):  # a customer without a birthday once crashed 4.0
        code, text, err = cli("export", "--format", "vcf", "--vcard", version, "-o",
                              str(tmp_path / f"{version}.vcf"))
        assert (code, err) == (0, "") and "1 customer(s)" in text
    code, _, err = cli("export", "--format", "vcf", "-o", str(tmp_path / "no" / "x.vcf"))
    assert code == 2 and "no such folder" in err


def test_import_json_dry_run_rejected_and_skip_bad(cli, tmp_path):
    src = tmp_path / "clients.csv"
    src.write_bytes("Фамилия;Имя;Телефон;E-mail;Дата рождения\n"
                    "Иванова;Анна;+7 912 345-67-89;anna@mail.ru;31.12.1980\n"
                    "Петров;Сергей;;sergey-at-mail.ru;31.02.2020\n"
                    ";;;;01.01.1990\n".encode("cp1251"))
    code, out, err = cli("import", str(src), "--dry-run", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert {k: report[k] for k in ("created", "updated", "skipped", "rejected")} == {
        "created": 2, "updated": 0, "skipped": 0, "rejected": 1}
    assert [(e["row"], e["field"]) for e in report["errors"]] == [(4, "name")]
    assert [(w["row"], w["field"]) for w in report["warnings"]] == [(3, "birthday"),
                                                                    (3, "email")]
    assert report["dry_run"] is True and report["imported"] is False
    assert report["import_id"] is None

    code, out, err = cli("import", str(src))
    assert code == 2 and "nothing was written" in out and "--skip-bad" in out
    assert "clients.csv, row 4, name: nothing says who this is" in out

    code, out, _ = cli("import", str(src), "--skip-bad", "--json")
    first = json.loads(out)
    assert code == 0 and first["created"] == 2 and first["imported"] and first["import_id"]
    code, out, _ = cli("import", str(src), "--skip-bad", "--json")
    assert (json.loads(out)["created"], json.loads(out)["skipped"]) == (0, 2)
    assert json.loads(out)["import_id"] is None  # it did nothing

    code, out, _ = cli("import", "history", "--json")
    assert [(r["id"], r["created"], r["undone_at"]) for r in json.loads(out)] == [
        (first["import_id"], 2, None)]
    code, out, _ = cli("import", "undo", "--json")
    assert code == 0 and len(json.loads(out)["removed"]) == 2
    code, out, _ = cli("search", "Иванова", "--json")
    assert json.loads(out) == []
    code, out, err = cli("import", "undo")
    assert code == 2 and "no import to undo" in err


def test_import_into_a_new_path_makes_the_customer_file(tmp_path, capsys):
    import sqlite3

    src = tmp_path / "clients.csv"
    src.write_text("Name;Phone\nИванова Анна;+7 912 345-67-89\n", encoding="utf-8")
    target = tmp_path / "new.regulars"
    assert run_cli(["import", str(src), "--dry-run", "--db", str(target)]) == 2
    assert "no such customer file" in capsys.readouterr().err and not target.exists()
    assert run_cli(["import", str(src), "--json", "--db", str(target)]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert run_cli(["search", "Иванова", "--json", "--db", str(target)]) == 0
    assert [c["name"] for c in json.loads(capsys.readouterr().out)] == ["Анна Иванова"]

    other = tmp_path / "music.db"  # another program's file is still never touched
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE album (id INTEGER)")
    assert run_cli(["import", str(src), "--db", str(other)]) == 2
    assert "another program" in capsys.readouterr().err
    with sqlite3.connect(other) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert tables == ["album"]


def test_import_with_a_mapping_file_purchases_and_bad_files(cli, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("A,B\nSmith,john@example.com\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text('{"A": "family_name", "B": "email"}', encoding="utf-8")
    code, out, err = cli("import", str(people), "--mapping", str(mapping), "--json")
    assert (code, err, json.loads(out)["created"]) == (0, "", 1)
    sales = tmp_path / "sales.txt"
    sales.write_text("date\tamount\temail\n2025-03-01\t120.50\tjohn@example.com\n",
                     encoding="utf-8")
    code, out, _ = cli("import", str(sales), "--kind", "purchases", "--delimiter", "tab",
                       "--json")
    assert code == 0 and json.loads(out)["created"] == 1
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, out, err = cli("import", str(empty))
    assert code == 2 and err.strip() == "regulars: empty.csv: the file is empty"
    code, _, err = cli("import", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv: no such file" in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_files_written_are_owner_only(cli, db_path, tmp_path):
    import os
    import stat

    cli("customer", "add", "--name", "Петрова Анна", "--birthday", "1980-03-08")
    ics = tmp_path / "dates.ics"
    ics.write_text("old")
    os.chmod(ics, 0o644)
    code, _, err = cli("export", "--format", "ics", "-o", str(ics))
    assert (code, err) == (0, "")
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600
    backup = tmp_path / "copy.regulars"
    assert cli("backup", "-o", str(backup))[0] == 0
    assert cli("restore", str(backup))[0] == 0
    for lock in tmp_path.glob("*.lock"):
        assert stat.S_IMODE(lock.stat().st_mode) & 0o077 == 0, lock


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_windows_calendar_file_is_owner_only(db, tmp_path, make_customer):
    import stat

    from services.ops import agenda as agenda_ops

    make_customer(family_name="Петрова", given_name="Анна")
    ics = tmp_path / "regulars.ics"
    agenda_ops.export_calendar(db, str(ics))
    assert stat.S_IMODE(ics.stat().st_mode) == 0o600


def test_settings_show_and_set(cli):
    code, out, _ = cli("settings", "set", "business.name", "Серебро", "--json")
    assert code == 0 and json.loads(out) == {"key": "business.name", "value": "Серебро"}
    code, out, err = cli("settings", "set", "smtp_security", "tls")
    assert code == 2 and "smtp_security: 'tls' is not one of: starttls, ssl, none" in err
    code, out, _ = cli("settings", "show", "--json")
    rows = {r["key"]: r for r in json.loads(out)}
    assert rows["business.name"]["value"] == "Серебро"
    assert rows["smtp_security"]["value"] == "starttls"
    assert all(set(r) == {"key", "value", "default", "meaning"} for r in rows.values())
    code, out, _ = cli("settings", "show")
    assert code == 0 and "business.name            Серебро" in out
