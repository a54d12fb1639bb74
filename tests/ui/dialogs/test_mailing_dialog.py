
import pytest

from services.customers.writing import ConsentDraft, ContactDraft, CustomerDraft, create_customer
from ui.main_window import MainWindow


@pytest.fixture
def inbox(db, smtp_server):
    with db.transaction() as s:
        for name, agreed in (("Yes", True), ("No", False)):
            create_customer(s, CustomerDraft(family_name=name, given_name="Pat", sex="female",
                                             language="en",
                                             contacts=[ContactDraft("email",
                                                                    f"{name}@example.com")],
                                             consents=[ConsentDraft("email", agreed)]))
    return smtp_server


def test_check_preview_and_send_in_the_background(qtbot, db, inbox, tmp_path):
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.open_mailing()
    dialog.template.setCurrentIndex(dialog.template.findData("thank_you"))
    dialog.check()
    assert dialog.recipients.count() == 1 and dialog.left_out.count() == 1
    assert dialog.left_out.item(0).text() == "No Pat: consent withdrawn"
    assert "Subject: Thank you" in dialog.preview.toPlainText()
    assert "Dear Mrs Yes" in dialog.preview.toPlainText()
    dialog.send(wait=True)
    assert [m["To"] for m in inbox.messages] == ["Yes@example.com"]
    assert dialog.summary.text() == "Done: 1 sent, 1 skipped"
    assert dialog.progress.value() == 1
    dialog.send(wait=True)  # a second press sends nobody anything twice
    assert len(inbox.messages) == 1
    out = tmp_path / "list.csv"
    dialog.export(str(out))
    assert "Yes@example.com" in out.read_text(encoding="utf-8-sig")
    dialog.write_eml(str(tmp_path))
    assert len(list(tmp_path.glob("*.eml"))) == 1


def test_post_channel_has_no_send(qtbot, db, inbox):
    window = MainWindow(db)
    qtbot.addWidget(window)
    dialog = window.open_mailing()
    dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
    assert not dialog.send_button.isVisible()
    dialog.check()
    assert dialog.recipients.count() == 0
    assert "0 will get it; 2 left out" in dialog.summary.text()
