from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from services.customers import card_form as card_service
from services.customers.writing import ContactDraft, CustomerDraft, create_customer
from services.directory.listing import CustomerDirectory
from ui.main_window import MainWindow


def test_record_a_sale_for_a_found_customer_by_phone(qtbot, db):
    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(
            family_name="Петрова", contacts=[ContactDraft("phone", "+79123456789")])).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.wait(10)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()  # the list has the focus: its type-to-search must let this through
    qtbot.keyClick(window.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.sale_dialog
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.picker.edit, "8 912 345 67 89")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1, timeout=2000)
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.customer_id == cid and dialog.focusWidget() is dialog.amount
    qtbot.keyClicks(dialog.amount, "1250.50")
    qtbot.keyClicks(dialog.what, "silver ring")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (line,) = card_service.purchase_lines(db, cid)
    assert (str(line.amount), line.description) == ("1250.50", "silver ring")
    assert cid in window.selected_ids()
    window.act_undo.trigger()
    assert card_service.purchase_lines(db, cid) == []


def test_record_a_sale_for_a_new_customer(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    dialog = window.record_sale()
    qtbot.keyClicks(dialog.picker.edit, "+44 7911 123456")
    dialog.new_customer.setChecked(True)
    assert dialog.new_phone.text() == "+44 7911 123456"
    dialog.amount.setText("99")
    dialog.save()
    assert "Name: is empty" in dialog.error.text()  # nobody's name yet
    dialog.new_name.setText("Smith John")
    dialog.amount.setText("-5")
    dialog.save()
    assert "negative" in dialog.error.text()
    assert CustomerDirectory(db).count() == 0  # nothing half-saved
    dialog.amount.setText("99")
    dialog.save()
    assert not dialog.isVisible()
    (cid,) = CustomerDirectory(db).find("smith")
    row = CustomerDirectory(db).rows([cid])[0]
    assert (row.name, row.phone, row.purchases) == ("Smith John", "+447911123456", 1)
    window.act_undo.trigger()
    assert CustomerDirectory(db).count() == 0
    window.act_redo.trigger()
    assert CustomerDirectory(db).find("smith") == [cid]


def test_sale_without_a_customer_is_refused(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.record_sale()
    dialog.amount.setText("10")
    dialog.save()
    assert "Choose the customer first" in dialog.error.text()
    assert dialog.isVisible()


def test_the_dialog_says_why_and_applies_the_discount(qtbot, db):
    import datetime as dt

    from services.sales import loyalty

    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Regular")).id
        loyalty.apply_makers_scheme(s)
        for month in (1, 2):
            loyalty.record_purchase(s, cid, "100", date=dt.date(2026, month, 1))
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.record_sale(cid)
    dialog.amount.setText("1000")
    assert dialog.why.text() == "10%: Regular, from purchase no. 3 → to pay 900.00"
    dialog.what.setText("ring")
    dialog.save()
    assert not dialog.isVisible()
    assert dialog.outcome.discount == 100 and dialog.outcome.paid == 900
    assert "10%: Regular, from purchase no. 3" in window.statusBar().currentMessage()
    lines = card_service.purchase_lines(db, cid)
    assert (str(lines[0].amount), str(lines[0].discount_amount)) == ("900.00", "100.00")


def test_enter_never_closes_the_sale_with_nothing_saved(qtbot, db):
    from ui.dialogs.record_sale import RecordSaleDialog

    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Петрова")).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = RecordSaleDialog(db, window.undo, window, customer_id=cid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.amount.setText("fifteen")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not an amount" in dialog.error.text()
    assert card_service.purchase_lines(db, cid) == []
    qtbot.keyClick(dialog.picker.edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    cancel = next(b for b in dialog.findChildren(type(dialog.save_button))
                  if b is not dialog.save_button and b.text() == "Cancel")
    assert dialog.save_button.isDefault() and not cancel.isDefault()
    assert not cancel.autoDefault()
    dialog.amount.setText("1 500 руб")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (line,) = card_service.purchase_lines(db, cid)
    assert line.amount == 1500


def test_the_highlighted_customer_s_discount_shows_before_choosing(qtbot, db):
    import datetime as dt

    from services.sales import loyalty
    from ui.dialogs.record_sale import RecordSaleDialog

    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Regular")).id
        loyalty.apply_makers_scheme(s)
        for month in (1, 2):
            loyalty.record_purchase(s, cid, "100", date=dt.date(2026, month, 1))
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = RecordSaleDialog(db, window.undo, window)
    qtbot.addWidget(dialog)
    dialog.amount.setText("1500")
    qtbot.keyClicks(dialog.picker.edit, "Regular")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1, timeout=2000)
    assert dialog.customer_id is None  # highlighted, not chosen yet
    assert dialog.why.text() == ("Regular: 10%: Regular, from purchase no. 3 → to pay "
                                 "1\u202f350.00")


def test_with_no_discount_levels_the_sale_says_so_and_links_to_settings(qtbot, db, monkeypatch):
    from services.sales.loyalty import add_level
    from ui.dialogs.settings import SettingsDialog

    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Иванова")).id
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.record_sale(cid)
    assert dialog.why.text() == "no discount: no discount levels are set up yet"
    assert not dialog.rules_link.isHidden()
    opened = []

    def settings_at(tab):  # as if the owner set up a level there
        opened.append(tab)
        with db.transaction() as s:
            add_level(s, "Regular", "10", min_purchases=1)

    monkeypatch.setattr(window, "open_settings", settings_at)
    dialog.rules_link.linkActivated.emit("settings")
    assert opened == [SettingsDialog.LOYALTY]
    assert dialog.rules_link.isHidden() and dialog.why.text().startswith("10%: Regular")
