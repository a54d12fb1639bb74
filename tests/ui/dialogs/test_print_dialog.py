from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from services.customers.history import interactions_of
from services.customers.writing import AddressDraft, CustomerDraft, create_customer
from ui.dialogs.printing import TemplateDialog
from ui.main_window import MainWindow


def people(db):
    with db.transaction() as s:
        ids = [create_customer(s, CustomerDraft(
            family_name=f"Петрова{i}", given_name="Анна", sex="female", language="ru",
            addresses=[AddressDraft("ул. Ленина, 1", city="Москва")])).id for i in range(3)]
        ids.append(create_customer(s, CustomerDraft(family_name="Nowhere")).id)
    return ids


def open_dialog(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.table.selectAll()
    dialog = window.open_print()
    return window, dialog


def test_preview_then_save_labels(qtbot, db, tmp_path):
    ids = people(db)
    window, dialog = open_dialog(qtbot, db)
    assert dialog.who_selected.isChecked() and f"({len(ids)})" in dialog.who_selected.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("labels"))
    dialog.start.setValue(4)
    dialog.preview()
    assert dialog.pages == 1 and not dialog.image.pixmap().isNull()
    assert "Page 1 of 1 · 3 label(s)" == dialog.page_label.text()
    assert "Left out (1): Nowhere" in dialog.skipped.text()
    target = tmp_path / "labels.pdf"
    assert dialog.save_pdf(str(target))
    assert "Петрова0 Анна" in PdfReader(str(target)).pages[0].extract_text()


def test_letters_print_to_a_pdf_printer_and_are_recorded(qtbot, db, tmp_path):
    ids = people(db)
    window, dialog = open_dialog(qtbot, db)
    dialog.template.setCurrentIndex(dialog.template.findData("thank_you"))
    dialog.preview()
    assert dialog.pages == 3
    dialog.show_page(2)
    assert dialog.page_label.text().startswith("Page 3 of 3")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_(printer)
    assert len(PdfReader(str(out)).pages) == 3
    with db.sessions() as s:
        assert [i.kind for i in interactions_of(s, ids[0])] == ["letter"]


def test_nothing_to_print_is_explained(qtbot, db):
    with db.transaction() as s:
        create_customer(s, CustomerDraft(family_name="Nowhere"))
    window, dialog = open_dialog(qtbot, db)
    dialog.preview()
    assert "nobody to print for" in dialog.error.text()
    assert not dialog.save_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cards"))
    dialog.who_unprinted.setChecked(True)
    dialog.preview()
    assert "no cards to print" in dialog.error.text()


def test_template_editor_checks_placeholders(qtbot, db):
    dialog = TemplateDialog(db, "birthday")
    qtbot.addWidget(dialog)
    assert "{salutation}" in dialog.text.toPlainText()
    dialog.text.setPlainText("Hi\n{salutation} and {nickname}")
    dialog.save()
    assert "unknown placeholder {nickname}" in dialog.error.text()
    dialog.text.setPlainText("Hi\n{salutation}, many happy returns")
    dialog.save()
    assert dialog.result() == TemplateDialog.DialogCode.Accepted
    again = TemplateDialog(db, "birthday")
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Hi\n{salutation}, many happy returns"


def test_print_for_a_segment(qtbot, db):
    from services.directory.segments import SegmentRule, save_segment

    ids = people(db)
    save_segment(db, "Petrovs", SegmentRule(has_address=True))
    window, dialog = open_dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("envelopes"))
    dialog.who_segment.setChecked(True)
    assert dialog.segment.currentText() == "Petrovs"
    assert sorted(dialog.job().customer_ids) == sorted(ids[:3])
    dialog.preview()
    assert dialog.pages == 3 and dialog.skipped.text() == ""


def test_labels_on_your_own_grid(qtbot, db):
    people(db)
    window, dialog = open_dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("labels"))
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("custom"))
    assert dialog.grid.isEnabled()
    dialog.grid.setText("A4,9x9,70x36,0,0")
    dialog.preview()
    assert "run off the A4 page" in dialog.error.text()
    dialog.grid.setText("A4,3x8,70x36,0,4.5")
    dialog.preview()
    assert dialog.pages == 1 and dialog.error.text() == ""


def test_cards_can_be_issued_to_customers_who_have_none(qtbot, db, tmp_path):
    from sqlalchemy import select

    from models import Card
    from services.sales.loyalty import issue_card

    ids = people(db)
    with db.transaction() as s:
        issue_card(s, ids[0])
    window, dialog = open_dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("cards"))
    assert dialog.issue.isVisibleTo(dialog) and not dialog.issue.isChecked()
    assert dialog.issue.text() == "Issue a card to customers who have none"
    dialog.preview()
    assert dialog.result_.count == 1 and "Left out (3)" in dialog.skipped.text()

    dialog.issue.setChecked(True)
    dialog.preview()
    assert dialog.result_.count == 4 and dialog.skipped.text() == ""
    assert dialog.issued.text() == "3 new card(s) issued."
    assert dialog.save_pdf(str(tmp_path / "cards.pdf"))
    assert len(PdfReader(str(tmp_path / "cards.pdf")).pages) == 2  # a sheet, front and back
    with db.sessions() as s:
        printed = {c.customer_id: c.printed_at for c in s.execute(select(Card)).scalars()}
    assert sorted(printed) == sorted(ids) and printed[ids[0]] is None
    assert all(printed[c] for c in ids[1:])

    dialog.who_unprinted.setChecked(True)
    assert not dialog.issue.isEnabled() and not dialog.job().issue
    dialog.kind.setCurrentIndex(dialog.kind.findData("labels"))
    assert not dialog.issue.isVisibleTo(dialog)
