import datetime as dt

import pytest

from services.core.errors import NotFoundError, ValidationError
from services.customers.history import (
    add_interaction,
    delete_interaction,
    interactions_of,
    update_interaction,
)
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    ContactDraft,
    CustomerDraft,
    create_customer,
)
from services.directory import bulk
from services.directory.listing import CustomerDirectory, ListFilter, ListQuery
from services.directory.staff import add_staff
from services.duplicates.at_entry import possible_duplicates
from services.sales.purchases import add_purchase, update_purchase


@pytest.fixture
def shop(db):
    """Five customers with known purchases, tags, staff, contacts and consents."""
    with db.transaction() as s:
        olga = add_staff(s, "Olga").id
        misha = add_staff(s, "Misha").id

        def make(family, given, purchases, **kw):
            c = create_customer(s, CustomerDraft(family_name=family, given_name=given, **kw))
            for i, amount in enumerate(purchases):
                add_purchase(s, c.id, amount, date=dt.date(2026, 1, 1) + dt.timedelta(days=i))
            return c.id

        ids = {
            "anna": make("Андреева", "Анна", ["100", "200", "300"], staff_id=olga, tags=["VIP"],
                         birthday=None, contacts=[ContactDraft("email", "anna@x.example"),
                                                  ContactDraft("phone", "+79120000001")],
                         consents=[ConsentDraft("email", True)]),
            "boris": make("Борисов", "Борис", ["1000"], staff_id=misha,
                          addresses=[AddressDraft("ул. Ленина, 1", city="Москва")],
                          contacts=[ContactDraft("phone", "+79120000002")]),
            "vera": make("Веселова", "Вера", ["50", "50"], tags=["VIP", "fair"],
                         consents=[ConsentDraft("email", False)],
                         contacts=[ContactDraft("email", "vera@x.example")]),
            "gleb": make("Глебов", "Глеб", [], is_adherent=True),
            "dina": make("Динова", "Дина", ["10"], is_adherent=True),
        }
        referred = create_customer(s, CustomerDraft(family_name="Егоров",
                                                    referred_by_id=ids["boris"])).id
        add_purchase(s, referred, "5", date=dt.date(2026, 1, 1))
        ids["egor"] = referred
    return ids


def find(db, **kw):
    text = kw.pop("text", "")
    sort = kw.pop("sort", None)
    desc = kw.pop("descending", False)
    return CustomerDirectory(db).find(ListQuery(text, ListFilter(**kw), sort, desc))


def test_ladder_steps(db, shop):
    rows = {r.id: r.ladder for r in CustomerDirectory(db).rows(list(shop.values()))}
    assert rows == {shop["anna"]: "regular", shop["boris"]: "advocate",
                    shop["vera"]: "client", shop["gleb"]: "prospect",
                    shop["dina"]: "adherent", shop["egor"]: "buyer"}
    assert set(find(db, ladder=("regular", "client"))) == {shop["anna"], shop["vera"]}


def test_filters(db, shop):
    assert set(find(db, tags=("VIP",))) == {shop["anna"], shop["vera"]}
    assert find(db, tags=("fair",)) == [shop["vera"]]
    staff = dict((n, i) for i, n in CustomerDirectory(db).staff())
    assert find(db, staff_id=staff["Olga"]) == [shop["anna"]]
    assert set(find(db, staff_id=0)) == {shop[k] for k in ("vera", "gleb", "dina", "egor")}
    assert set(find(db, has_email=True)) == {shop["anna"], shop["vera"]}
    assert find(db, has_address=True) == [shop["boris"]]
    assert find(db, consent="email") == [shop["anna"]]  # Vera withdrew
    assert find(db, tags=("VIP",), consent="email", text="анна") == [shop["anna"]]


def test_birthday_filter(db, make_customer):
    from services.text.dates import PartialDate

    may = make_customer(family_name="May", birthday=PartialDate(5, 9))
    make_customer(family_name="June", birthday=PartialDate(6, 1, 1990))
    make_customer(family_name="None")
    assert find(db, birthday_month=5) == [may]


def test_sorting_in_the_database(db, shop):
    assert find(db, sort="total", descending=True)[:3] == [shop["boris"], shop["anna"],
                                                          shop["vera"]]
    assert find(db, sort="purchases", descending=True)[0] == shop["anna"]
    by_ladder = find(db, sort="ladder", descending=True)
    assert by_ladder[0] == shop["boris"] and by_ladder[-1] == shop["gleb"]
    by_email = find(db, sort="email")
    assert by_email[:2] == [shop["anna"], shop["vera"]]  # customers without e-mail last
    assert find(db, sort="last_purchase", descending=True)[0] == shop["anna"]
    alphabetical = [shop[k] for k in ("anna", "boris", "vera", "gleb", "dina", "egor")]
    assert find(db, sort="name") == alphabetical
    assert find(db, sort="name", descending=True) == alphabetical[::-1]


def test_bulk_tag_staff_archive(db, shop):
    ids = [shop["gleb"], shop["dina"]]
    with db.transaction() as s:
        assert bulk.add_tag(s, ids, "wholesale") == 2
        assert bulk.add_tag(s, ids, "WHOLESALE") == 0
        assert bulk.remove_tag(s, [shop["gleb"]], "wholesale") == 1
        olga = add_staff(s, "Ira").id
        assert bulk.assign_staff(s, ids, olga) == 2
        assert bulk.set_archived(s, ids) == 2
    assert find(db, tags=("wholesale",)) == []  # Dina is archived now
    assert find(db, tags=("wholesale",), archived=True) == [shop["dina"]]
    assert set(find(db, archived=True)) == set(ids)
    with pytest.raises(NotFoundError), db.transaction() as s:
        bulk.add_tag(s, [999], "x")
    with pytest.raises(ValidationError), db.transaction() as s:
        bulk.add_tag(s, ids, "  ")


def test_permanent_deletion_only_from_the_archive(db, shop):
    cid = shop["anna"]
    with db.transaction() as s:
        add_interaction(s, cid, "call", text="hello")
        assert bulk.deletion_summary(s, [cid]) == {"customers": 1, "purchases": 3,
                                                   "history": 1, "notes": 0}
    with pytest.raises(ValidationError, match="not archived"), db.transaction() as s:
        bulk.delete_permanently(s, [cid])
    with db.transaction() as s:
        bulk.set_archived(s, [cid])
        assert bulk.delete_permanently(s, [cid]) == 1
    assert find(db, archived=True) == []
    assert cid not in find(db)


def test_duplicate_hint(db, shop):
    with db.sessions() as s:
        by_phone = possible_duplicates(s, phones=["8 912 000-00-02"])
        assert [(m.customer_id, m.reason) for m in by_phone] == [(shop["boris"], "phone")]
        by_email = possible_duplicates(s, emails=["ANNA@x.example"])
        assert [m.customer_id for m in by_email] == [shop["anna"]]
        by_name = possible_duplicates(s, family_name="андреева")
        assert [(m.name, m.reason) for m in by_name] == [("Андреева Анна", "name")]
        assert possible_duplicates(s, family_name="андреева", exclude_id=shop["anna"]) == []
        assert possible_duplicates(s, family_name="Андр") == []  # whole names only
        assert possible_duplicates(s, phones=["123"]) == []


def test_interactions_and_purchase_edits(db, shop):
    cid = shop["gleb"]
    with db.transaction() as s:
        first = add_interaction(s, cid, "complaint", channel="phone", reason="delivery",
                                text="late", rating=2).id
        add_interaction(s, cid, "gift", text="polishing cloth")
        update_interaction(s, first, outcome="apologised with a bonus")
        with pytest.raises(ValidationError, match="rating"):
            update_interaction(s, first, rating=9)
        with pytest.raises(ValidationError, match="kind"):
            add_interaction(s, cid, "party")
    with db.sessions() as s:
        items = interactions_of(s, cid)
        assert [i.kind for i in items] == ["gift", "complaint"]
        assert items[1].outcome == "apologised with a bonus" and items[1].rating == 2
    with db.transaction() as s:
        delete_interaction(s, first)
        p = add_purchase(s, cid, "10", date=dt.date(2026, 5, 1))
        update_purchase(s, p.id, amount="12.50", description=" ring ")
        with pytest.raises(ValidationError, match="decimals"):
            update_purchase(s, p.id, amount="1.999")
    rows = CustomerDirectory(db).rows([cid])
    assert (rows[0].purchases, str(rows[0].total)) == (1, "12.50")




def test_event_buyers_are_marked_but_never_adherents(db):
    from services.analysis import metrics

    with db.transaction() as s:
        once = create_customer(s, CustomerDraft(family_name="Once")).id
        flagged = create_customer(s, CustomerDraft(family_name="Flagged",
                                                   is_adherent=True)).id
        recent = create_customer(s, CustomerDraft(family_name="Recent")).id
        for cid, day in ((once, dt.date(2023, 1, 1)), (flagged, dt.date(2023, 1, 1)),
                         (recent, dt.date.today())):
            add_purchase(s, cid, "10", date=day)
    rows = {r.id: r.event_buyer for r in CustomerDirectory(db).rows([once, flagged, recent])}
    assert rows == {once: True, flagged: False, recent: False}
    assert metrics.compute(db).event_buyers == 1


def test_cyrillic_names_match_whatever_the_case(db, make_customer):
    a = make_customer(family_name="А", tags=["Свадьба"])
    b = make_customer(family_name="Б", tags=["СВАДЬБА"])
    with db.transaction() as s:
        bulk.add_tag(s, [b], "свадьба")
        with pytest.raises(ValidationError, match="already on the staff list"):
            add_staff(s, "Ольга"), add_staff(s, "ОЛЬГА")
    rows = CustomerDirectory(db).rows([a, b])
    assert [r.tags for r in rows] == ["Свадьба", "Свадьба"]  # one tag, not three
