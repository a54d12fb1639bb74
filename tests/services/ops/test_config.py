import pytest

from services.core.errors import ValidationError
from services.ops import settings as config


def test_round_trip(db):
    cfg = config.load(db)
    assert cfg.values["ladder_regular_from"] == 3 and cfg.values["abc_cutoffs"] == [80, 95]
    cfg.margin_percent = "42.5"
    cfg.currency = "bgn"
    cfg.levels = [config.LevelRow("Client", "3", "2"), config.LevelRow("Gold", "10", "",
                                                                        "50000")]
    cfg.values.update(ladder_regular_from="4", abc_cutoffs=["70", "90"],
                      points_per_unit="0.5", points_expiry_days="365",
                      welcome_coupon_percent="20")
    config.save(db, cfg)
    again = config.load(db)
    assert (again.margin_percent, again.currency) == ("42.5", "BGN")
    assert [(lv.name, lv.percent, lv.min_purchases, lv.min_spent) for lv in again.levels] == [
        ("Client", "3", "2", ""), ("Gold", "10", "", "50000.00")]
    assert again.values["ladder_regular_from"] == 4
    assert again.values["abc_cutoffs"] == [70.0, 90.0]
    assert again.values["points_expiry_days"] == 365
    assert again.values["welcome_coupon_percent"] == 20.0


def test_every_bad_value_is_named_and_nothing_is_saved(db):
    cfg = config.load(db)
    cfg.margin_percent = "150"
    cfg.currency = "XXY"
    cfg.levels = [config.LevelRow("", "5", "2"), config.LevelRow("Both", "5", "2", "100")]
    cfg.values.update(ladder_client_from="3", ladder_regular_from="3", xyz_cutoffs=[0.9, 0.2],
                      dormant_factor="many")
    with pytest.raises(ValidationError) as err:
        config.save(db, cfg)
    fields = {e.field for e in err.value.errors}
    assert {"margin_percent", "currency", "levels[0]", "levels[1]", "ladder_client_from",
            "xyz_cutoffs", "dormant_factor"} <= fields
    assert config.load(db).margin_percent == "30"


def test_ladder_threshold_setting_reaches_the_list_and_the_stats(db, make_customer):
    import datetime as dt

    from services.analysis.metrics import Period, compute
    from services.directory.listing import CustomerDirectory, ListFilter, ListQuery
    from services.sales.purchases import add_purchase

    cid = make_customer(family_name="Three")
    with db.transaction() as s:
        for day in (1, 2, 3):
            add_purchase(s, cid, "10", date=dt.date(2026, 1, day))
    directory = CustomerDirectory(db)
    assert directory.rows([cid])[0].ladder == "regular"
    cfg = config.load(db)
    cfg.values["ladder_regular_from"] = 4
    config.save(db, cfg)
    assert directory.rows([cid])[0].ladder == "client"
    assert directory.find(ListQuery(filter=ListFilter(ladder=("client",)))) == [cid]
    stats = compute(db, Period(dt.date(2026, 1, 1), dt.date(2026, 1, 31)))
    assert stats.ladder["client"] == 1 and stats.ladder["regular"] == 0


def test_reminder_rules_are_checked(db):
    cfg = config.load(db)
    cfg.values["reminder_rules"] = {"birthday": {"lead_days": "2", "text": "Greet {name}"},
                                    "nonsense": {}}
    with pytest.raises(ValidationError) as err:
        config.save(db, cfg)
    messages = {e.field: e.message for e in err.value.errors}
    assert "unknown {placeholder}" in messages["reminder_rules.birthday"]
    assert messages["reminder_rules.nonsense"] == "is not a reminder rule"
    cfg.values["reminder_rules"] = {"birthday": {"lead_days": "2", "enabled": False},
                                    "passport_expiry": {"text": "Passport {date}!"}}
    config.save(db, cfg)
    rules = config.load(db).values["reminder_rules"]
    assert rules["birthday"]["lead_days"] == 2 and rules["birthday"]["enabled"] is False
    assert rules["passport_expiry"]["text"] == "Passport {date}!"
