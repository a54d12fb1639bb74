import datetime as dt

from services.core.undo import Recorder, redo, undo
from services.customers.history import add_interaction
from services.customers.writing import (
    ContactDraft,
    CustomerDraft,
    create_customer,
    customer_to_dict,
    draft_from,
    get_customer,
    link,
    update_customer,
)
from services.directory import bulk
from services.directory.search import search_ids
from services.sales.purchases import add_purchase, delete_purchase


def state(db, cid):
    with db.sessions() as s:
        from models import Customer

        if s.get(Customer, cid) is None:
            return None
        data = customer_to_dict(s, get_customer(s, cid))
        data.pop("updated_at")
        return data


def test_undo_redo_a_card_edit_restores_everything(db, make_customer):
    friend = make_customer(family_name="Friend")
    cid = make_customer(family_name="Петрова", given_name="Анна", phones=["+79123456789"],
                        tags=["VIP"], referred_by_id=friend)
    referred = make_customer(family_name="Referred", referred_by_id=cid)
    with db.transaction() as s:
        link(s, friend, cid, "friend")
        add_purchase(s, cid, "100", date=dt.date(2026, 1, 1))
        add_interaction(s, cid, "call", text="asked about rings")
    before = state(db, cid)
    with db.transaction() as s:
        rec = Recorder(s)
        rec.touch([cid])
        draft = draft_from(get_customer(s, cid))
        draft.family_name = "Сидорова"
        draft.contacts = [ContactDraft("email", "anna@example.com")]
        draft.tags = []
        update_customer(s, cid, draft)
        change = rec.finish("Edit Петрова")
    after = state(db, cid)
    assert after["family_name"] == "Сидорова" and after["phones"] == []

    undo(db, change)
    assert state(db, cid) == before
    assert state(db, referred)["referred_by"] == cid
    assert state(db, friend)["relationships"] == [
        {"kind": "friend", "customer_id": cid, "name": "Петрова Анна", "note": ""}]
    assert before["relationships"] == [
        {"kind": "friend_of", "customer_id": friend, "name": "Friend", "note": ""}]
    with db.sessions() as s:
        assert [h.customer_id for h in search_ids(s, "петрова")] == [cid]
        assert search_ids(s, "сидорова") == []
    redo(db, change)
    assert state(db, cid) == after
    with db.sessions() as s:
        assert [h.customer_id for h in search_ids(s, "сидорова")] == [cid]


def test_undo_creation_and_deleted_purchase(db):
    with db.transaction() as s:
        rec = Recorder(s)
        cid = create_customer(s, CustomerDraft(family_name="New")).id
        rec.created(cid)
        add_purchase(s, cid, "50", date=dt.date(2026, 2, 2))
        created = rec.finish("Record a sale")
    assert state(db, cid)["purchases"]["count"] == 1
    undo(db, created)
    assert state(db, cid) is None
    redo(db, created)
    assert state(db, cid)["purchases"]["total"] == 50.0

    with db.sessions() as s:
        from sqlalchemy import select

        from models import Purchase

        pid = s.execute(select(Purchase.id)).scalar_one()
    with db.transaction() as s:
        rec = Recorder(s)
        rec.touch([cid])
        delete_purchase(s, pid)
        deleted = rec.finish("Delete purchase")
    assert state(db, cid)["purchases"]["count"] == 0
    undo(db, deleted)
    assert state(db, cid)["purchases"] == {"count": 1, "total": 50.0, "first": "2026-02-02",
                                           "last": "2026-02-02"}


def test_undo_bulk_archive_and_tags(db, make_customer):
    ids = [make_customer(family_name=f"C{i}", tags=["old"] if i % 2 else []) for i in range(6)]
    before = {i: state(db, i) for i in ids}
    with db.transaction() as s:
        rec = Recorder(s)
        rec.touch(ids)
        bulk.add_tag(s, ids, "fair")
        bulk.remove_tag(s, ids, "old")
        bulk.set_archived(s, ids[:3])
        change = rec.finish("Bulk")
    assert all(state(db, i)["tags"] == ["fair"] for i in ids)
    assert [state(db, i)["archived"] for i in ids] == [True] * 3 + [False] * 3
    undo(db, change)
    assert {i: state(db, i) for i in ids} == before
