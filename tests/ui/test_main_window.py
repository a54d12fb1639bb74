import sys

from PySide6.QtWidgets import QMessageBox

from services.directory import CustomerDirectory
from ui.customer_model import PAGE
from ui.main_window import MainWindow


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
    assert window.empty.isHidden()


def test_search_as_you_type(qtbot, demo_db):
    window = open_window(qtbot, demo_db)
    total = window.model.rowCount()
    with demo_db.sessions() as s:
        from services.search import search_ids

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
    assert window.table.isHidden() and not window.empty.isHidden()
    assert "No customer matches “qqqqzzzz”" in window.empty.text()

    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=3000)


def test_empty_file_tells_what_to_do(qtbot, db):
    window = open_window(qtbot, db)
    assert window.model.rowCount() == 0
    assert "Your customer file is empty" in window.empty.text()
    assert window.count_label.text() == "0 customers"


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
    from services.logs import log_file, setup_logging
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
