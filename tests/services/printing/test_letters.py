import datetime as dt
import io

import pytest
from pypdf import PdfReader

from models import Customer
from services.core.errors import ValidationError
from services.customers.history import interactions_of
from services.customers.writing import AddressDraft, CustomerDraft, create_customer
from services.printing import letters as L
from services.printing.recipients import recipients

MM = 72 / 25.4


def test_safe_substitution():
    assert L.render("Hello {first_name}!", {"first_name": "Анна"}) == "Hello Анна!"
    assert L.render("{{not a placeholder}} {points}", {"points": "5"}) == \
        "{not a placeholder} 5"
    for bad, message in (("{first_name.__class__}", "unknown placeholder"),
                         ("{first_name[0]}", "unknown placeholder"),
                         ("{points:>10}", "cannot have a format code"),
                         ("{points!r}", "cannot have a format code"),
                         ("{nickname}", "unknown placeholder {nickname}"),
                         ("{unclosed", "brace is not closed")):
        with pytest.raises(ValidationError, match=message.replace("{", r"\{")):
            L.render(bad, {})
    with pytest.raises(ValidationError) as err:
        L.placeholders_of("{nickname}")
    assert "{coupon_valid_until}" in str(err.value)  # the message lists the valid ones


@pytest.fixture
def three(db):
    with db.transaction() as s:
        ids = [create_customer(s, CustomerDraft(
            family_name=family, given_name=given, patronymic=patronymic, sex=sex,
            language=language, addresses=[AddressDraft("Street 1", city="City",
                                                       country="RU")])).id
            for family, given, patronymic, sex, language in (
                ("Smith", "Jane", "", "female", "en"),
                ("Петрова", "Анна", "Петровна", "female", "ru"),
                ("Иванова", "Мария", "", "female", "bg"))]
    return ids


def test_salutations_follow_sex_and_language(db, three):
    with db.sessions() as s:
        got = [L.values_for(s, s.get(Customer, cid), lang)["salutation"]
               for cid, lang in zip(three, ("en", "ru", "bg"), strict=True)]
    assert got == ["Dear Mrs Smith", "Уважаемая Анна Петровна", "Уважаема госпожо Иванова"]


def test_dates_and_money_in_the_letters_language(db, three):
    from services.sales.purchases import add_purchase

    with db.transaction() as s:
        add_purchase(s, three[1], "100", date=dt.date(2025, 3, 8))
        values = L.values_for(s, s.get(Customer, three[1]), "ru", today=dt.date(2025, 3, 9))
    assert values["last_purchase"] == "8 марта 2025\u202fг."  # CLDR: a narrow no-break space
    assert values["discount"] == "0\u00a0%"


def test_letters_pdf_text_and_window_position(db, three):
    with db.transaction() as s:
        people, _ = recipients(s, three)
        letters = [L.compose(s, s.get(Customer, p.customer_id), p.lines, "birthday",
                             today=dt.date(2025, 3, 9)) for p in people]
        pdf = L.letters_pdf(letters, ["Серебряная нить", "ул. Садовая, 12"], "Серебряная нить")
        L.record_letters(s, letters, "birthday")
        (note,) = interactions_of(s, three[1])
    assert (note.kind, note.channel) == ("letter", "post")
    assert note.text == "С днём рождения! (template birthday)"
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    text = reader.pages[1].extract_text()
    assert "Уважаемая Анна Петровна!" in text and "Петрова Анна Петровна" in text
    assert "Dear Mrs Smith" in reader.pages[0].extract_text()
    found = []

    def visit(t, cm, tm, _f, _s):
        if t.strip() == "Петрова Анна Петровна":
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    reader.pages[1].extract_text(visitor_text=visit)
    ((x, y),) = found
    # DIN 5008 form B address field: 20 mm from the left, starting 45 mm from the top
    assert abs(x / MM - 20) < 0.5
    assert 45 < 297 - y / MM < 60


def test_unknown_template_and_editing(db, three):
    with db.transaction() as s:
        with pytest.raises(ValidationError, match="no template 'nope'"):
            L.template_for(s, "nope", "en")
        with pytest.raises(ValidationError, match="unknown placeholder"):
            L.save_template(s, "Spring sale", "en", "Hi {nick}")
        L.save_template(s, "Spring sale", "en", "Spring sale\n{salutation}, come in!")
        L.save_template(s, "birthday", "en", "Hi!\n{salutation}, happy birthday.")
        assert "spring_sale" in L.templates(s)
        letter = L.compose(s, s.get(Customer, three[0]), ["x"], "birthday")
    assert (letter.subject, letter.body) == ("Hi!", "Dear Mrs Smith, happy birthday.")


def test_every_shipped_template_is_valid():
    shipped = L.shipped_templates()
    assert set(shipped) == {"birthday", "thank_you", "welcome", "we_miss_you",
                            "new_collection"}
    for by_language in shipped.values():
        assert set(by_language) >= {"en", "ru"}
        for text in by_language.values():
            L.placeholders_of(text)


def test_a_paragraph_about_a_missing_coupon_is_left_out():
    text = "Title\n\n{salutation},\n\nYour coupon {coupon_code} ends {coupon_valid_until}.\n\nBye"
    assert L.render(text, {"salutation": "Dear Ann"}) == "Title\n\nDear Ann,\n\nBye"
    assert "XY12" in L.render(text, {"salutation": "Dear Ann", "coupon_code": "XY12",
                                     "coupon_valid_until": "1 May"})


def test_a_missing_translation_falls_back_to_english_throughout(db, three):
    with db.sessions() as s:
        letter = L.compose(s, s.get(Customer, three[2]), ["x"], "birthday")  # bg customer
    assert letter.subject == "Happy birthday!"
    assert letter.body.startswith("Dear Mrs Иванова")


def test_a_greeting_that_cannot_be_filled_skips_only_that_letter(db, three):
    from sqlalchemy import update

    from services.printing.jobs import PrintJob, build

    with db.transaction() as s:  # the card refuses this; an older file may hold it
        s.execute(update(Customer).where(Customer.id == three[0])
                  .values(salutation="Dear {business_email} {0}"))
    result = build(db, PrintJob("letters", three, template="birthday", record=False))
    assert result.count == 2
    ((skipped),) = result.skipped
    assert skipped.customer_id == three[0] and "unknown placeholder {0}" in skipped.reason
    assert len(PdfReader(io.BytesIO(result.pdf)).pages) == 2
