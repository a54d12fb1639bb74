import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from services.directory.listing import CustomerDirectory, ListFilter, ListQuery
from ui.main_window import MainWindow
from ui.workspace.table_model import COLUMNS, PAGE


def open_window(qtbot, db):
    window = MainWindow(db, "9.9")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_lists_customers_lazily(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    expected = CustomerDirectory(demo_db).count()
    assert window.model.rowCount() == expected
    assert window.count_label.text() == f"{expected:,} customers"
    assert window.model.fetches <= 2, "only the visible page is read"
    first_name = window.model.index(0, 0).data()
    assert first_name
    window.table.scrollToBottom()
    qtbot.wait(50)
    assert window.model.fetches <= 4
    assert window.model.index(expected - 1, 0).data()
    assert window.model.fetches <= expected // PAGE + 2
    assert window.stack.currentWidget() is window.table


def test_search_as_you_type(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    total = window.model.rowCount()
    with demo_db.sessions() as s:
        from services.directory.search import search_ids

        wanted = [h.customer_id for h in search_ids(s, "ivanova", region="RU")]
    assert wanted
    # QTest types ASCII only; the Latin spelling finds the Cyrillic name all the same.
    qtbot.keyClicks(window.search, "ivanova")
    qtbot.waitUntil(lambda: window.model.rowCount() == len(wanted), timeout=3000)
    assert [window.model.customer_id(r) for r in range(len(wanted))] == wanted
    assert window.count_label.text() == f"{len(wanted)} of {total:,} customers"
    assert all("Иванова" in window.model.index(r, 0).data() for r in range(len(wanted)))

    window.search.setText("qqqqzzzz")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    assert window.stack.currentWidget() is window.empty
    assert "No customer matches “qqqqzzzz”" in window.empty_text.text()

    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=3000)


def test_empty_file_tells_what_to_do(qtbot, db):
    window = open_window(qtbot, db)
    assert window.model.rowCount() == 0
    assert "Your customer file is empty" in window.empty_text.text()
    assert window.count_label.text() == "0 customers"
    assert window.empty_new.isVisibleTo(window) and window.empty_demo.isVisibleTo(window)
    window.empty_demo.click()
    assert window.model.rowCount() > 250
    assert window.stack.currentWidget() is window.table


def test_geometry_is_remembered(qtbot, db):
    window = open_window(qtbot, db)
    window.resize(640, 470)  # the offscreen screen is 800×600: stay inside it
    qtbot.wait(10)
    size = (window.width(), window.height())
    assert size != (1100, 700)
    window.close()
    again = open_window(qtbot, db)
    assert (again.width(), again.height()) == size


def test_about_box_names_version_and_file(qtbot, db, monkeypatch):
    seen = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: seen.update(
        title=title, text=text))
    window = open_window(qtbot, db)
    window.show_about()
    assert seen["title"] == "About Regulars"
    assert "9.9" in seen["text"] and str(db.path) in seen["text"]


def test_unexpected_error_shows_a_dialog_with_the_log(qtbot, monkeypatch):
    from services.core.logs import log_file, setup_logging
    from ui.app import install_excepthook

    setup_logging()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    old = sys.excepthook
    try:
        install_excepthook()
        try:
            raise ValueError("bad row")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert "ValueError: bad row" in shown[0]
    assert str(log_file()) in shown[0]
    assert "ValueError: bad row" in log_file().read_text(encoding="utf-8")


def test_file_in_use_is_explained_not_crashed(qtbot, db, db_path, monkeypatch):
    from ui.app import open_file_interactively

    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: None)
    assert open_file_interactively(str(db_path)) is None
    assert "in use by another copy of Regulars" in texts[0]


def _answer(monkeypatch, button_text):
    """Every message box is answered with the button of that text (None: Quit)."""
    texts = []

    def clicked(box):
        for b in box.buttons():
            if b.text() == button_text:
                return b
        return None

    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", clicked)
    return texts


def test_a_missing_file_is_made_only_when_the_user_says_so(qtbot, tmp_path, monkeypatch):
    from ui.app import open_file_interactively

    target = tmp_path / "shop.regulars"
    texts = _answer(monkeypatch, None)
    assert open_file_interactively(str(target)) is None
    assert str(target) in texts[0] and not target.exists()
    _answer(monkeypatch, "Create a new customer file")
    db = open_file_interactively(str(target))
    assert db is not None and target.exists()
    db.close()


def test_a_file_kept_aside_by_a_restore_is_offered_back(qtbot, db_path, monkeypatch):
    import os

    from models.database import open_database
    from ui.app import open_file_interactively

    open_database(db_path).close()
    aside = db_path.with_name(db_path.name + ".replaced-20261201-101010")
    os.replace(db_path, aside)
    texts = _answer(monkeypatch, None)
    assert open_file_interactively(str(db_path)) is None
    assert str(aside) in texts[0] and not db_path.exists()
    _answer(monkeypatch, "Put it back")
    db = open_file_interactively(str(db_path))
    assert db is not None and db.path == db_path.resolve() and not aside.exists()
    db.close()


def test_filters_narrow_the_list(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    directory = CustomerDirectory(demo_db)
    vip = directory.find(ListQuery(filter=ListFilter(tags=("VIP",))))
    window.filters.tag.setCurrentIndex(window.filters.tag.findData("VIP"))
    qtbot.waitUntil(lambda: window.model.rowCount() == len(vip), timeout=3000)
    assert window.model.ids() == vip
    window.filters.has_email.setChecked(True)
    both = directory.find(ListQuery(filter=ListFilter(tags=("VIP",), has_email=True)))
    qtbot.waitUntil(lambda: window.model.ids() == both, timeout=3000)
    assert "of" in window.count_label.text()
    window.filters.clear_button.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == directory.count(), timeout=3000)
    window.filters.ladder.setCurrentIndex(window.filters.ladder.findData("regular"))
    regulars = directory.find(ListQuery(filter=ListFilter(ladder=("regular",))))
    qtbot.waitUntil(lambda: window.model.ids() == regulars, timeout=3000)
    column = [k for k, _ in COLUMNS].index("ladder")
    assert {window.model.index(r, column).data() for r in range(len(regulars))} == {"Regular"}


def test_clicking_a_header_sorts_in_the_database(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    header = window.table.horizontalHeader()
    total_col = [k for k, _ in COLUMNS].index("total")
    header.setSortIndicator(total_col, Qt.SortOrder.DescendingOrder)
    expected = CustomerDirectory(demo_db).find(ListQuery(sort="total", descending=True))
    assert window.model.ids() == expected
    rows = CustomerDirectory(demo_db).rows(expected[:2])
    assert rows[0].total >= rows[1].total
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert window.model.ids() == CustomerDirectory(demo_db).find(ListQuery())


def test_columns_can_be_hidden_and_are_remembered(qtbot, db):
    window = open_window(qtbot, db)
    email_col = [k for k, _ in COLUMNS].index("email")
    window.table.horizontalHeader().setSectionHidden(email_col, True)
    window.close()
    again = open_window(qtbot, db)
    assert again.table.horizontalHeader().isSectionHidden(email_col)
    assert not again.table.horizontalHeader().isSectionHidden(0)


def test_bulk_tag_archive_restore_and_undo(qtbot, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    window = open_window(qtbot, demo_db)
    ids = window.model.ids()[:3]
    window.table.selectRow(0)
    window.table.selectionModel().select(
        window.model.index(2, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows)
    window.table.selectionModel().select(
        window.model.index(1, 0),
        window.table.selectionModel().SelectionFlag.Select
        | window.table.selectionModel().SelectionFlag.Rows)
    assert window.selected_ids() == ids
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("bulk-test", True))
    window.act_tag.trigger()
    tagged = CustomerDirectory(demo_db).find(ListQuery(filter=ListFilter(tags=("bulk-test",))))
    assert sorted(tagged) == sorted(ids)

    window.act_archive.trigger()
    assert not set(ids) & set(window.model.ids())
    assert window.undo.stack.count() == 2
    window.act_undo.trigger()  # un-archive
    assert set(ids) <= set(window.model.ids())
    window.act_redo.trigger()  # archive again
    assert not set(ids) & set(window.model.ids())

    window.act_archive_view.trigger()
    assert set(ids) <= set(window.model.ids())  # with the demo file's own archived ones
    assert "archived" in window.count_label.text()
    assert not window.act_archive.isEnabled()
    window.refresh(keep=ids)
    assert window.selected_ids() == sorted(ids, key=window.model.row_of)
    window.act_restore.trigger()
    assert not set(ids) & set(window.model.ids())
    window.act_archive_view.trigger()
    assert set(ids) <= set(window.model.ids())
    window.act_undo.trigger()
    window.act_undo.trigger()
    window.act_undo.trigger()  # and the tag is gone again
    assert CustomerDirectory(demo_db).find(
        ListQuery(filter=ListFilter(tags=("bulk-test",)))) == []


def test_delete_for_good_says_what_goes_with_it(qtbot, demo_db, monkeypatch):
    window = open_window(qtbot, demo_db)
    target = next(i for i in window.model.ids()
                  if CustomerDirectory(demo_db).rows([i])[0].purchases > 1)
    purchases = CustomerDirectory(demo_db).rows([target])[0].purchases
    window.refresh(keep=[target])
    window.act_archive.trigger()
    window.act_archive_view.trigger()
    window.refresh(keep=[target])
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    window.act_delete.trigger()
    assert f"with {purchases} purchase(s)" in asked[0]
    assert target not in window.model.ids()
    assert window.undo.stack.count() == 0
    assert CustomerDirectory(demo_db).rows([target]) == []


def test_save_the_filters_as_a_segment_and_show_it(qtbot, demo_db, monkeypatch):
    from services.directory.segments import load_segment, members
    from ui.dialogs.segment import SegmentDialog

    window = open_window(qtbot, demo_db)
    window.filters.tag.setCurrentIndex(window.filters.tag.findData("VIP"))
    window.filters.has_email.setChecked(True)
    window.refresh()
    expected = window.model.ids()

    def builder(dialog):
        assert dialog.edits["tags"].text() == "VIP" and dialog.has_email.isChecked()
        assert dialog.count.text() == f"{len(expected)} customer(s)"
        dialog.name.setText("VIP online")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SegmentDialog, "exec", builder)
    window.filters.save_segment_button.click()
    rule = load_segment(demo_db, "VIP online")
    assert rule.tags == ["VIP"] and rule.has_email
    assert sorted(members(demo_db, rule)) == sorted(expected)
    assert "Segment “VIP online” saved" in window.statusBar().currentMessage()
    window.filters.clear_button.click()
    window.refresh()
    index = window.filters.segment.findData("VIP online")
    window.filters.segment.setCurrentIndex(index)
    window.filters.segment.activated.emit(index)
    window.refresh()
    assert sorted(window.model.ids()) == sorted(expected)
    assert window.filters.only_chip.text().startswith("Segment: VIP online")


def test_unsubscribe_is_one_click_and_undoable(qtbot, db, make_customer):
    from services.customers.card_form import load_card
    from services.customers.writing import ConsentDraft

    cid = make_customer(family_name="Mailable", consents=[ConsentDraft("email", True)])
    window = open_window(qtbot, db)
    window.refresh(keep=[cid])
    window.act_unsubscribe.trigger()
    info = load_card(db, cid).consents["email"]
    assert info.status == "withdrawn" and info.withdrawn_at is not None
    assert info.method == "unsubscribed"
    window.act_undo.trigger()
    assert load_card(db, cid).consents["email"].status == "given"


def test_forget_asks_and_clears_undo(qtbot, db, make_customer, monkeypatch):
    from services.customers.card_form import load_card

    cid = make_customer(family_name="Secret", given_name="Person", tags=["VIP"])
    window = open_window(qtbot, db)
    window.refresh(keep=[cid])
    from services.ops import customers as customers_ops

    _n, change = customers_ops.tag(db, [cid], "x")
    window.undo.push(change)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Cancel)
    window.act_forget.trigger()
    assert load_card(db, cid).draft.family_name == "Secret"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    window.act_forget.trigger()
    assert load_card(db, cid).draft.family_name == f"Forgotten customer #{cid}"
    assert window.undo.stack.count() == 0


def test_each_page_follows_what_changed(qtbot, db, make_customer, monkeypatch):
    """An operation's changes reach the dashboard and Today: at once when on screen, else
    when next shown (a dashboard opened before an import once kept its old figures)."""
    from services.ops import customers as customers_ops
    from ui.dashboard.page import DashboardPage

    cid = make_customer(family_name="Иванова", given_name="Анна")
    window = open_window(qtbot, db)
    loads = []
    monkeypatch.setattr(DashboardPage, "reload", lambda self, wait=False: loads.append("d"))
    monkeypatch.setattr(window.agenda, "reload", lambda: loads.append("a"))
    window.tabs.setCurrentIndex(1)
    assert loads == ["d"]

    window._customers_replaced("10 created")  # an import, on screen: counted again at once
    assert loads == ["d", "d"]

    window.tabs.setCurrentIndex(0)
    loads.clear()
    _count, change = customers_ops.tag(db, [cid], "VIP")
    window.undo.push(change)  # a step run elsewhere: nothing reloads off screen…
    assert loads == [] and window.stale == {"dashboard", "agenda"}
    window.tabs.setCurrentIndex(1)  # …until shown
    assert loads == ["d"] and window.stale == {"agenda"}
    window.tabs.setCurrentIndex(1)
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(1)
    assert loads == ["d"], "nothing changed since: no reload"

    window.tabs.setCurrentIndex(0)
    window.undo.stack.undo()  # an undo redraws the list and the filters' tag choices
    qtbot.waitUntil(lambda: window.filters is not None)
    assert window.stale == {"dashboard", "agenda"}


def test_ctrl_comma_opens_the_settings(qtbot, db, monkeypatch):
    window = open_window(qtbot, db)
    opened = []
    monkeypatch.setattr(type(window), "open_settings", lambda self: opened.append(True))
    window.act_settings.triggered.disconnect()
    window.act_settings.triggered.connect(window.open_settings)
    assert window.act_settings.shortcut().toString() == "Ctrl+,"
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]
