"""Nothing is lost on the way in: what cannot be verified is kept and marked, broken parts of
a contact are left out with a warning, every address comes in, a re-import changes nothing
and an import can be taken back."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from models import Customer
from services.customers.writing import customer_to_dict
from services.transfer.importing import import_table, mapping_for
from services.transfer.readers import read_file, read_text
from services.transfer.undo import history, undo_import

DATA = Path(__file__).resolve().parents[2] / "data" / "import"


def load(db, source, **kwargs):
    table = read_file(DATA / source) if isinstance(source, str) else source
    return import_table(db, table, mapping_for(db, table.headers, "customers"), **kwargs)


def everyone(db) -> dict[str, dict]:
    with db.sessions() as s:
        return {c.display_name: customer_to_dict(s, c)
                for c in s.execute(select(Customer).order_by(Customer.id)).scalars()}


def test_a_contact_with_odd_values_and_a_broken_photo_comes_in_whole(db):
    report = load(db, "kept.vcf")
    assert (report.created, report.rejected, report.imported) == (3, 0, True)
    people = everyone(db)
    john = people["Doe John"]
    assert [(p["value"], p["label"], p["verified"], p["extension"]) for p in john["phones"]] == [
        ("555-555-1113", "mobile", False, ""), ("+1-555-123-4567;ext=102", "work", False, "102"),
        ("pager", "pager", False, "")]
    assert (john["emails"][0]["value"], john["emails"][0]["verified"]) == (
        "contact1@invalid", False)
    assert [(a["city"], a["region"], a["country"], a["label"]) for a in john["addresses"]] == [
        ("Springfield", "IL", "US", "home"), ("Zürich", "", "CH", "work")]
    assert "silver, gold, and pearls" in john["notes"] or "gold," in john["notes"]
    assert john["websites"][0]["value"] == "https://example.com/john"
    assert (john["nickname"], john["job_title"], john["photo"]) == ("Johnny", "Buyer", None)
    by_row = {(w.row, w.field) for w in report.warnings}
    assert (1, "") in by_row and (1, "phone") in by_row and (1, "email") in by_row
    assert any("PHOTO" in w.message for w in report.warnings)
    # the column named is the property the value came from
    assert any(w.message.startswith("column 'TEL;TYPE=WORK'") for w in report.warnings)
    only = people["Email Only"]
    assert only["emails"][0]["value"] == "only@example.com"
    anna = people["Иванова Анна Сергеевна"]
    assert (anna["sex"], anna["birthday"]) == ("female", "1985-03-14")
    assert [(d["kind"], d["date"]) for d in anna["dates"]] == [
        ("wedding_anniversary", "2010-06-12")]
    assert anna["messengers"][0]["value"] == "xmpp:anna@jabber.ru"
    assert {"source": "vcard", "id": "urn:uuid:no-contacts-1"} in anna["ids"]


def test_utf16_without_a_byte_order_mark_is_read(db):
    report = load(db, "utf16-nobom.vcf")
    assert (report.created, report.rejected) == (1, 0)
    assert everyone(db)["Петрова Мария"]["phones"][0]["value"] == "+79161234567"


def test_reimport_changes_nothing_and_finds_contacts_without_phone_or_email(db):
    load(db, "kept.vcf")
    before = everyone(db)
    again = load(db, "kept.vcf")
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    assert again.import_id is None
    assert everyone(db) == before


def test_russian_shop_list_all_comes_in(db):
    text = ("ФИО;Пол;Телефон;Город;Страна\n"
            "Иванова Анна Сергеевна;женский;7(78)972-73-11;Москва;Россия\n"
            "Петров Сергей Иванович;мужской;8 916 123 45 67;Казань;РФ\n"
            "Анна Сергеевна Смирнова;Ж;905-555-1234;Торонто;Canada\n"
            "Георгиева Мария;жена;088 123 4567;София;България\n")
    report = load(db, read_text(text, "shop.csv"))
    assert (report.created, report.rejected) == (4, 0), report.errors
    people = everyone(db)
    assert people["Иванова Анна Сергеевна"]["sex"] == "female"
    assert people["Петров Сергей Иванович"]["phones"][0]["value"] == "+79161234567"
    smirnova = people["Смирнова Анна Сергеевна"]
    assert smirnova["phones"][0]["value"] == "+19055551234"  # Canada, from the row
    assert smirnova["addresses"][0]["country"] == "CA"
    maria = people["Георгиева Мария"]
    assert (maria["sex"], maria["phones"][0]["value"]) == ("female", "+359881234567")


def test_modes_create_and_update(db):
    load(db, "kept.vcf")
    text = ("Family name;Given name;E-mail;City\n"
            "Doe;John;john.new@example.com;Paris\n"  # not found by e-mail: a new person?
            "New;Person;new@example.com;Rome\n"
            "Email;Only;only@example.com;Oslo\n")
    update = load(db, read_text(text, "u.csv"), mode="update")
    assert (update.created, update.updated) == (0, 1)
    create = load(db, read_text(text, "u.csv"), mode="create")
    assert create.created == 2


def test_an_import_is_undone_except_for_a_customer_changed_since(db, make_customer):
    from services.core.records import get_customer
    from services.customers.writing import draft_from, update_customer

    kept = make_customer(family_name="Email", given_name="Only",
                         emails=["only@example.com"])
    report = load(db, "kept.vcf")
    assert report.import_id and (report.created, report.updated) == (2, 1)
    with db.transaction() as s:  # someone edits John after the import
        john = next(c.id for c in s.execute(select(Customer)).scalars()
                    if c.family_name == "Doe")
        draft = draft_from(get_customer(s, john))
        draft.notes = "Called on Monday"
        update_customer(s, john, draft)
    result = undo_import(db, report.import_id)
    assert result.refused == [(john, "changed since the import; left as it is now")]
    assert result.restored == [kept] and len(result.removed) == 1
    people = everyone(db)
    assert set(people) == {"Doe John", "Email Only"}
    assert people["Email Only"]["ids"] == []  # the UID the import added is gone again
    assert history(db)[0].undone_at is not None
    assert json.dumps(result.to_json())


def test_unverified_numbers_and_addresses_are_left_out_of_mailings_with_the_reason(
        db, make_customer):
    from services.customers.writing import ConsentDraft
    from services.outreach.audience import audience

    cid = make_customer(family_name="Doe", phones=["555-555-1113"], emails=["contact1@invalid"],
                        consents=[ConsentDraft("sms", True), ConsentDraft("email", True)])
    with db.sessions() as s:
        for channel, reason in (("sms", "number not verified"),
                                ("email", "e-mail address not verified")):
            reached, left_out = audience(s, [cid], channel)
            assert reached == [] and [x.reason for x in left_out] == [reason]


def test_check_does_not_call_a_value_kept_as_written_a_problem(db):
    from services.maintenance.check import run_checks

    load(db, "kept.vcf")
    assert run_checks(db) == []


def test_an_import_undone_can_be_imported_again_from_its_file(db):
    from services.transfer.importing import import_again

    first = load(db, "kept.vcf")
    assert history(db)[0].path == str((DATA / "kept.vcf").resolve())
    undo_import(db)
    assert everyone(db) == {}
    again = import_again(db, first.import_id)
    assert (again.created, again.imported) == (3, True) and again.import_id != first.import_id
    assert len(everyone(db)) == 3


def test_apple_labels_and_odd_types_are_kept(db):
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Jane;;;\r\n"
            "item1.TEL:+44 20 7946 0958\r\nitem1.X-ABLabel:_$!<Assistant>!$_\r\n"
            "item2.EMAIL;type=INTERNET:jane@dacha.example\r\nitem2.X-ABLabel:dacha\r\n"
            "TEL;TYPE=FAX:+44 20 7946 0959\r\n"
            "item3.ADR:;;1 Lane;Oxford;;OX1 1AA;UK\r\nitem3.X-ABLabel:summer house\r\n"
            "END:VCARD\r\n")
    from services.transfer.readers import read_bytes

    table = read_bytes(text.encode(), "apple.vcf")
    assert "TEL (assistant)" in table.headers and "ADR (summer house)" in table.headers
    report = load(db, table)
    assert report.created == 1
    jane = everyone(db)["Smith Jane"]
    assert [(p["value"], p["label"]) for p in jane["phones"]] == [
        ("+442079460958", "assistant"), ("+442079460959", "fax")]
    assert jane["emails"][0]["label"] == "dacha"
    assert [(a["city"], a["country"], a["label"]) for a in jane["addresses"]] == [
        ("Oxford", "GB", "summer house")]


def test_a_companys_card_is_not_taken_for_a_person(db):
    from services.transfer.readers import read_bytes

    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Ателье «Нить»\r\nORG:Ателье «Нить»\r\n" \
           "TEL:+7 495 765-43-21\r\nEND:VCARD\r\n"
    load(db, read_bytes(text.encode(), "org.vcf"))
    (shop,) = everyone(db).values()
    assert (shop["company"], shop["family_name"], shop["given_name"]) == ("Ателье «Нить»", "", "")


def test_a_company_known_only_by_its_name_and_address_is_found_again(db):
    from services.transfer.readers import read_bytes

    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Apple AG\r\nORG:Apple AG;\r\n"
            "ADR;TYPE=WORK:;;Birgistrasse 4a;Wallisellen;;8304;Switzerland\r\nEND:VCARD\r\n")
    first = load(db, read_bytes(text.encode(), "org.vcf"))
    again = load(db, read_bytes(text.encode(), "org.vcf"))
    assert (first.created, again.created, again.updated) == (1, 0, 0)


def test_yahoo_and_thunderbird_csv_headers_and_utf16_without_bom(db):
    from services.transfer.readers import read_bytes

    yahoo = ("First,Middle,Last,Nickname,Email,Category,Mobile,Pager,Alternate Email 1,"
             "Home Address,Home City,Home ZIP,Home Country,Work Address,Work City,Work Country,"
             "Comments\n"
             "Jane,Q,Public,JQ,jane@example.com,VIP,+1 202 555 0123,+1 202 555 0199,"
             "jq@example.org,1 Main St,Springfield,62701,USA,5 Office Rd,Chicago,USA,"
             "Likes gold\n")
    table = read_bytes(yahoo.encode("utf-16-le"), "yahoo.csv")  # no byte order mark
    report = load(db, table)
    assert (report.created, report.rejected) == (1, 0), report.errors
    jane = everyone(db)["Public Jane Q"]
    assert (jane["nickname"], jane["tags"], jane["notes"]) == ("JQ", ["VIP"], "Likes gold")
    assert [(p["value"], p["label"]) for p in jane["phones"]] == [
        ("+12025550123", "mobile"), ("+12025550199", "pager")]
    assert [e["value"] for e in jane["emails"]] == ["jane@example.com", "jq@example.org"]
    assert [(a["city"], a["label"], a["country"]) for a in jane["addresses"]] == [
        ("Springfield", "home", "US"), ("Chicago", "work", "US")]
    thunderbird = ("First Name,Last Name,Display Name,Primary Email,Secondary Email\n"
                   ",,Only Shown,shown@example.com,second@example.com\n")
    load(db, read_bytes(thunderbird.encode(), "tb.csv"))
    shown = everyone(db)["Shown Only"]
    assert [e["value"] for e in shown["emails"]] == ["shown@example.com", "second@example.com"]


def test_whole_names_in_latin_letters_are_given_name_first(db):
    load(db, read_text("Client;Phone\nJohn Smith;+44 20 7946 0958\nMary Ann Jones;\n", "w.csv"))
    load(db, read_text("ФИО;Телефон\nИванова Анна;+7 912 345-67-89\n", "r.csv"))
    people = everyone(db)
    assert set(people) == {"Smith John", "Jones Mary Ann", "Иванова Анна"}
    assert people["Jones Mary Ann"]["patronymic"] == "Ann"
