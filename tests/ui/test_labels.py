"""What services say, said in the window's language and without their internal names."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from services.core.errors import FieldError, ValidationError
from services.customers.writing import CustomerDraft, create_customer
from services.sales.loyalty import add_level, entitlement
from services.text.said import Said
from ui import i18n
from ui.labels import N_, field_word, problem, say


@pytest.fixture
def russian(qapp):
    i18n.install(QApplication.instance(), "ru")
    yield
    i18n.remove(QApplication.instance())


def test_a_said_keeps_its_english_and_is_translated_with_its_values(russian):
    said = Said(N_("{what}: coupon {code}"), what=Said(N_("{amount} off"), amount="500.00"),
                code="SPRING")
    assert said == "500.00 off: coupon SPRING"  # what the command line prints
    assert say(said) == "−500.00: купон SPRING"
    assert say(Said(N_("{percent}: {level}, from purchase no. {n}"), percent="10%",
                    level="Regular", n=3)) == "10%: «Regular» с 3-й покупки"
    assert say("no postal address") == "нет почтового адреса"
    assert say("Иванова Анна") == "Иванова Анна"  # a name is never "translated"


def test_the_reason_for_no_discount_says_when_there_are_no_levels(db, russian):
    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Ёлкина")).id
        ent = entitlement(s, cid, "100")
        assert not ent.rules and say(ent.reason) == \
            "без скидки: уровни скидок ещё не настроены"
        add_level(s, "Постоянный", "10", min_purchases=3)
        ent = entitlement(s, cid, "100")
        assert ent.rules and say(ent.reason) == "без скидки"


def test_a_refusal_names_its_field_in_words_never_by_its_internal_name(russian):
    exc = ValidationError([FieldError("smtp_host", "no mail server set"),
                           FieldError("reminder_rules.birthday", "the text is empty"),
                           FieldError("birthday", "x")])
    lines = problem(exc).splitlines()
    assert lines == ["Почтовый сервер: no mail server set", "Напоминания: the text is empty",
                     "День рождения: x"]
    assert field_word("phones[2]") == "Телефон" and field_word("internal_thing") == ""
    assert problem(exc, {"birthday": "Когда родилась"}).endswith("Когда родилась: x")


def test_today_s_words_follow_the_window_s_language(db, russian):
    from services.agenda.reminders import agenda
    from services.sales.purchases import add_purchase

    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Петров")).id
        add_purchase(s, cid, "10", date=dt.date.today() - dt.timedelta(days=25))
    with db.sessions() as s:
        words = {item.kind: say(item.text) for item in agenda(s, days=60)}
    assert words["second_purchase"] == "Одна покупка: пригласить за второй"
