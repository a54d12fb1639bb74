import datetime as dt

from services.customers import card_form as card_service
from services.customers.writing import ContactDraft, CustomerDraft, create_customer
from services.sales.purchases import add_purchase
from ui.dialogs.merge import MergeDialog
from ui.main_window import MainWindow


def test_pick_fields_merge_and_undo(qtbot, db, monkeypatch):
    with db.transaction() as s:
        a = create_customer(s, CustomerDraft(family_name="Иванова", given_name="Анна",
                                             contacts=[ContactDraft("phone",
                                                                    "+79123456789")])).id
        b = create_customer(s, CustomerDraft(family_name="Ivanova", given_name="Anna",
                                             company="Bright Ltd",
                                             contacts=[ContactDraft("phone",
                                                                    "89123456789")])).id
        add_purchase(s, b, "300", date=dt.date(2026, 1, 1))
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.open_duplicates()
    assert dialog.pairs.count() == 1
    assert "same phone" in dialog.pairs.item(0).text()

    def choose_and_merge(merge: MergeDialog):
        assert set(merge.choices) >= {"family_name", "given_name", "company"}
        merge.choices["given_name"][1].setChecked(True)  # "Anna" from the second
        merge.merge()
        return merge.result()

    monkeypatch.setattr(MergeDialog, "exec", choose_and_merge)
    dialog.open_pair(dialog.pairs.item(0))
    assert dialog.pairs.count() == 0
    kept = card_service.load_card(db, a).draft
    assert (kept.family_name, kept.given_name, kept.company) == ("Иванова", "Anna",
                                                                 "Bright Ltd")
    assert not card_service.exists(db, b)
    assert [str(p.amount) for p in card_service.purchase_lines(db, a)] == ["300.00"]
    window.act_undo.trigger()
    assert card_service.exists(db, b)
    assert card_service.load_card(db, a).draft.given_name == "Анна"
