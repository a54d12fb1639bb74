from services.ops import settings as config_service
from ui.dialogs.settings import SettingsDialog


def test_settings_dialog_saves_and_names_errors(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.edits["margin_percent"].setText("120")
    dialog.edits["abc_cutoffs"].setText("90 / 80")
    dialog.save()
    text = dialog.errors.text()
    assert "Margin, % of the check (for LTV):" in text
    assert "ABC cut-offs, % of revenue (A / B): the first cut-off" in text
    assert "margin_percent" not in text and "abc_cutoffs" not in text
    assert dialog.result() == 0
    assert config_service.load(db).margin_percent == "30"

    dialog.edits["margin_percent"].setText("45")
    dialog.edits["abc_cutoffs"].setText("75 / 95")
    dialog.findChild(type(dialog.levels.add_button), "makersScheme").click()
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = config_service.load(db)
    assert saved.margin_percent == "45"
    assert saved.values["abc_cutoffs"] == [75.0, 95.0]
    assert [(lv.name, lv.percent, lv.min_purchases) for lv in saved.levels] == [
        ("Regular", "10", "3")]
    assert saved.values["welcome_coupon_percent"] == 20.0


def test_reminder_rules_tab(qtbot, db):
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    check, lead, action, text = dialog.rule_rows["birthday"]
    check.setChecked(False)
    lead.setValue(2)
    text.setText("Greet them")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    rule = config_service.load(db).values["reminder_rules"]["birthday"]
    assert rule == {"enabled": False, "lead_days": 2, "action": "call", "text": "Greet them"}
    again = SettingsDialog(db)
    qtbot.addWidget(again)
    _check, _lead, _action, bad = again.rule_rows["follow_up"]
    bad.setText("How is the {ring}?")
    again.save()
    assert again.errors.text().startswith("Reminder “Follow-up after a purchase”: ")

    third = SettingsDialog(db)  # the standard words are not written in: they are translated
    qtbot.addWidget(third)
    _check, _lead, _action, words = third.rule_rows["follow_up"]
    assert words.text() == "" and words.placeholderText().startswith("How do they like it?")
    _check, _lead, _action, words = third.rule_rows["passport_expiry"]
    assert "{date}" in words.toolTip() and "{" not in words.placeholderText()
    third.save()
    rules = config_service.load(db).values["reminder_rules"]
    assert rules["follow_up"]["text"] == "How do they like it? Ask what they liked and what " \
        "they did not" and rules["birthday"]["text"] == "Greet them"


def test_salutation_forms_are_editable_and_checked(qtbot, db):
    from models import Customer
    from services.customers.writing import CustomerDraft, create_customer
    from services.printing.letters import values_for

    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.salutation_edits[("ru", "female")].setText("Дорогая {first_name}")
    dialog.salutation_edits[("en", "male")].setText("Dear {nickname}")
    dialog.save()
    assert dialog.errors.text() == "English, man: unknown placeholder {nickname}"
    dialog.salutation_edits[("en", "male")].setText("Dear Mr {last_name}")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with db.transaction() as s:
        cid = create_customer(s, CustomerDraft(family_name="Петрова", given_name="Анна",
                                               sex="female")).id
        assert values_for(s, s.get(Customer, cid), "ru")["salutation"] == "Дорогая Анна"


def test_mail_settings_and_the_password_goes_to_the_keyring(qtbot, db, monkeypatch):
    import keyring

    stored = {}
    monkeypatch.setattr(keyring, "set_password",
                        lambda service, user, password: stored.update({(service, user):
                                                                       password}))
    dialog = SettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.edits["smtp_host"].setText("smtp.example.com")
    dialog.edits["smtp_port"].setText("465")
    dialog.security.setCurrentIndex(dialog.security.findData("ssl"))
    dialog.edits["smtp_user"].setText("shop")
    dialog.password.setText("s3cret")
    dialog.edits["mail_from"].setText("not an address")
    dialog.save()
    assert dialog.errors.text().startswith("Send as: 'not an address' is not") and stored == {}
    dialog.edits["mail_from"].setText("Shop@Silver.example")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    values = config_service.load(db).values
    assert (values["smtp_host"], values["smtp_port"], values["smtp_security"]) == (
        "smtp.example.com", 465, "ssl")
    assert values["mail_from"] == "Shop@silver.example"
    assert stored == {("Regulars SMTP", "shop"): "s3cret"}
    with db.sessions() as s:  # the password is nowhere in the customer file
        from models import Setting

        assert all("s3cret" not in row.value for row in s.query(Setting))
