import datetime as dt

import pytest

from services.core.errors import NotFoundError, ValidationError
from services.customers.writing import (
    AddressDraft,
    ConsentDraft,
    CustomerDraft,
    PreferenceDraft,
    create_customer,
)
from services.directory import segments as S
from services.sales.purchases import add_purchase


@pytest.fixture
def base(db):
    with db.transaction() as s:
        def make(name, purchases=0, **kw):
            cid = create_customer(s, CustomerDraft(family_name=name, **kw)).id
            for i in range(purchases):
                add_purchase(s, cid, "1000", date=dt.date(2026, 1, 1) + dt.timedelta(days=30 * i))
            return cid

        return {
            "silver": make("Silver", 3, preferences=[PreferenceDraft("metal", "Silver")],
                           addresses=[AddressDraft("ул. Ленина, 1", city="Москва")],
                           consents=[ConsentDraft("post", True)]),
            "gold": make("Gold", 1, preferences=[PreferenceDraft("metal", "gold")],
                         addresses=[AddressDraft("High St 1", city="London")]),
            "none": make("None"),
        }


def test_criteria(db, base):
    def ids(**kw):
        return S.members(db, S.SegmentRule(**kw))

    assert ids(interests=["SILVER"]) == [base["silver"]]
    assert ids(ladder=["regular"]) == [base["silver"]]
    assert ids(city="москва") == [base["silver"]]
    assert ids(consent="post") == [base["silver"]]
    assert sorted(ids(has_address=True)) == sorted([base["silver"], base["gold"]])
    assert ids(spent_min="2000") == [base["silver"]]
    assert ids(purchases_max=0) == [base["none"]]
    assert ids(last_purchase_before="2026-02-01") == [base["gold"]]
    assert ids(last_purchase_after="2026-02-01") == [base["silver"]]
    assert ids(interests=["gold"], ladder=["regular"]) == []  # every criterion must hold


def test_save_load_resolve(db, base):
    S.save_segment(db, "Silver lovers", S.SegmentRule(interests=["silver"]))
    S.save_segment(db, "silver LOVERS", S.SegmentRule(interests=["silver", "gold"]))
    assert S.segment_names(db) == ["Silver lovers"]  # replaced, not duplicated
    assert sorted(S.resolve(db, "silver lovers")) == sorted([base["silver"], base["gold"]])
    assert S.resolve(db, "all") is None
    with pytest.raises(NotFoundError, match="there are: Silver lovers"):
        S.resolve(db, "nope")
    S.delete_segment(db, "Silver lovers")
    assert S.segment_names(db) == []


def test_bad_criteria_are_named(db):
    with pytest.raises(ValidationError) as err:
        S.save_segment(db, "Bad", S.SegmentRule(ladder=["vip"], rfm=["happy"],
                                                last_purchase_after="31.02.2026",
                                                consent="fax"))
    assert {e.field for e in err.value.errors} == {"ladder", "rfm", "last_purchase_after",
                                                   "consent"}
    with pytest.raises(ValidationError, match="is not a segment criterion"):
        S.SegmentRule.from_json({"colour": "blue"})
    with pytest.raises(ValidationError, match="every customer"):
        S.save_segment(db, "All", S.SegmentRule())


def test_rfm_segment(db, base):
    from services.analysis.metrics import compute_with_groups

    _m, groups, _cells = compute_with_groups(db)
    group = groups[base["silver"]]
    assert base["silver"] in S.members(db, S.SegmentRule(rfm=[group]))
