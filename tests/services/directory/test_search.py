import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.customers.writing import (
    ContactDraft,
    CustomerDraft,
    draft_from,
    get_customer,
    update_customer,
)
from services.directory.search import CustomerTerms, search_ids, terms_for, tokenize
from services.text.folding import fold


@pytest.fixture
def people(make_customer):
    return {
        "elkina": make_customer(family_name="Ёлкина", given_name="Анна", patronymic="Петровна",
                                phones=["89123456789"], emails=["anna.elkina@mail.ru"]),
        "ivanova": make_customer(family_name="Иванова", given_name="Мария",
                                 family_name_latin="IVANOVA", given_name_latin="MARIIA",
                                 phones=["+7 495 111 22 33"]),
        "ivanov": make_customer(family_name="Иванов", given_name="Иван",
                                phones=["+359 888 123 456"]),
        "ivanovskaya": make_customer(family_name="Ивановская", given_name="Ольга"),
        "smith": make_customer(family_name="Smith", given_name="John", company="Bright Ltd",
                               emails=["john@bright.example"]),
        "yuliya": make_customer(family_name="Щукина", given_name="Юлия"),
    }


def ids(session, query, **kw):
    return [h.customer_id for h in search_ids(session, query, region="RU", **kw)]


@pytest.mark.parametrize("query,who", [
    ("ёлкина", "elkina"), ("ЕЛКИНА", "elkina"), ("елк", "elkina"), ("Анна Петровна", "elkina"),
    ("петровна ёлкина", "elkina"), ("elkina", "elkina"), ("Elkina Anna", "elkina"),
    ("+7 (912) 345-67-89", "elkina"), ("89123456789", "elkina"), ("8 912 345 67 89", "elkina"),
    ("9123456789", "elkina"), ("6789", "elkina"), ("anna.elkina@mail.ru", "elkina"),
    ("ANNA.ELKINA", "elkina"), ("IVANOVA MARIIA", "ivanova"), ("mariia", "ivanova"),
    ("0888 123 456", None), ("+359888123456", "ivanov"), ("bright", "smith"),
    ("john@bright.example", "smith"), ("bright.example", "smith"), ("Iuliia", "yuliya"),
    ("Yuliya Shchukina", "yuliya"),
])
def test_finds(session, people, query, who):
    found = ids(session, query)
    if who is None:  # a Bulgarian national number typed with the Russian default region
        assert people["ivanov"] not in found
    else:
        assert people[who] in found, query


def test_exact_before_prefix_and_all_tokens_required(session, people):
    assert ids(session, "иванов")[:1] == [people["ivanov"]]
    assert set(ids(session, "иванов")) == {people["ivanov"], people["ivanova"],
                                           people["ivanovskaya"]}
    assert ids(session, "иванов мария") == [people["ivanova"]]
    assert ids(session, "иванов zzz") == []


def test_family_names_rank_before_patronymics(session, make_customer):
    petrova = make_customer(family_name="Петрова", given_name="Анна", patronymic="Ивановна")
    ivanova = make_customer(family_name="Иванова", given_name="Анна")
    assert ids(session, "Ивано") == [ivanova, petrova]
    assert ids(session, "ivano") == [ivanova, petrova]


def test_infix_fallback_finds_a_middle_of_a_name(session, people):
    assert set(ids(session, "ванов")) == {people["ivanov"], people["ivanova"],
                                          people["ivanovskaya"]}


def test_archived_are_hidden_unless_asked(db, session, people):
    from services.directory.bulk import set_archived

    with db.transaction() as s:
        set_archived(s, [people["smith"]])
    assert ids(session, "smith") == []
    assert ids(session, "smith", include_archived=True) == [people["smith"]]
    assert ids(session, "smith", archived_only=True) == [people["smith"]]


def test_index_follows_edits(db, session, people):
    with db.transaction() as s:
        draft = draft_from(get_customer(s, people["smith"]))
        draft.family_name = "Jones"
        draft.contacts = [ContactDraft("phone", "+44 7911 123456")]
        update_customer(s, people["smith"], draft)
    assert ids(session, "smith") == []
    assert ids(session, "john@bright.example") == []
    assert ids(session, "jones") == [people["smith"]]
    assert ids(session, "+447911123456") == [people["smith"]]


def test_empty_and_punctuation_queries(session, people):
    everyone = ids(session, "")
    assert sorted(everyone) == sorted(people.values())
    assert everyone[0] == people["smith"]  # name order: Smith, then the Cyrillic names
    assert ids(session, "   ") == everyone
    assert ids(session, "%") == []
    assert ids(session, "_") == []


def test_tokenize_keeps_phone_numbers_whole():
    assert tokenize("+7 (912) 345-67-89") == ["+7 (912) 345-67-89"]
    assert tokenize("Анна  Петровна") == ["Анна", "Петровна"]


def test_terms_include_reversed_phone_and_transliterations():
    terms = terms_for(CustomerTerms(id=1, names=["Юлия"], phones=["+79123456789"]))
    assert ("~98765432197", "r") in terms
    assert ("iuliia", "l") in terms and ("yuliya", "l") in terms
    assert ("9123456789", "p") in terms


NAME = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗabcdefgXYZ", min_size=2,
               max_size=12).filter(lambda s: fold(s).strip() != "")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(family=NAME, given_name=NAME, digits=st.integers(1000000, 9999999))
def test_any_customer_is_found_by_name_prefix_and_phone(db, family, given_name, digits):
    from services.customers.writing import create_customer

    phone = f"+7912{digits}"
    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name=family, given_name=given_name,
                                               contacts=[ContactDraft("phone", phone)])).id
    with db.sessions() as s:
        assert cid in ids(s, family)
        assert cid in ids(s, family[:2] + " " + given_name)
        assert cid in ids(s, family.upper().replace("Ё", "Е"))
        assert cid in ids(s, "8912" + str(digits))
        assert cid in ids(s, str(digits)[-4:])
