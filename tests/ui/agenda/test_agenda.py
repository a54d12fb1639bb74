import datetime as dt

from PySide6.QtWidgets import QInputDialog

from services.customers.history import interactions_of
from services.customers.writing import ContactDraft, CustomerDraft, create_customer
from services.ops import agenda as agenda_ops
from services.text.dates import PartialDate
from ui.main_window import MainWindow

TODAY = dt.date.today()


def customer(db, name, days_to_birthday):
    day = TODAY + dt.timedelta(days=days_to_birthday)
    if (day.month, day.day) == (2, 29):
        day += dt.timedelta(days=1)
    with db.transaction() as s:
        return create_customer(s, CustomerDraft(
            family_name=name, birthday=PartialDate(day.month, day.day, 1990),
            contacts=[ContactDraft("phone", "+79123456789")])).id


def open_today(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(2)
    return window, window.agenda


def test_today_page_groups_and_acts(qtbot, db, monkeypatch):
    anna = customer(db, "Anna", 0)
    boris = customer(db, "Boris", 2)
    window, page = open_today(qtbot, db)
    assert window.tabs.tabText(2) == "Today (1)"
    titles = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert titles[0] == "Today (1)" and len(titles) == 2
    row = page.tree.topLevelItem(0).child(0)
    assert row.text(0) == "Anna" and row.text(3) == "+7 912 345-67-89" and row.text(2) == "Call"
    assert row.text(1) == f"Birthday: call and congratulate (turns {TODAY.year - 1990})"
    page.tree.setCurrentItem(row)
    page.done("delighted")
    assert [i.customer_id for i in page.items] == [boris]
    with db.sessions() as s:
        (note,) = interactions_of(s, anna)
    assert note.text.endswith("— delighted")
    window.act_undo.trigger()  # undo brings the reminder back
    page.reload()
    assert sorted(i.customer_id for i in page.items) == sorted([anna, boris])
    page.tree.setCurrentItem(page.tree.topLevelItem(1).child(0))
    page.snooze(7)  # still inside the 14 days shown: it moves to its new day
    assert [(i.customer_id, i.date, i.status) for i in page.items] == [
        (anna, TODAY, "open"), (boris, TODAY + dt.timedelta(days=7), "snoozed")]
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    page.dismiss()
    assert [i.customer_id for i in page.items] == [boris]
    assert window.tabs.tabText(2) == "Today"


def test_group_task_from_the_selection_with_progress(qtbot, db, monkeypatch):
    from services.directory.staff import add_staff

    ids = [customer(db, f"C{i}", 40) for i in range(4)]
    with db.transaction() as s:
        add_staff(s, "Olga")
    window, page = open_today(qtbot, db)
    window.tabs.setCurrentIndex(0)
    window.table.selectAll()
    from ui.agenda.page import GroupTaskDialog

    def fake_exec(dialog):
        dialog.title.setText("Call about the sale")
        dialog.staff.item(0).setCheckState(dialog.staff.item(0).checkState().Checked)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(GroupTaskDialog, "exec", fake_exec)
    window.act_group_task.trigger()
    window.tabs.setCurrentIndex(2)
    tasks = [i for i in page.items if i.kind == "task"]
    assert sorted(i.customer_id for i in tasks) == sorted(ids)
    assert all(i.staff == "Olga" for i in tasks)
    assert "Call about the sale: 0 of 4 done" in page.groups.text()
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    page.done()
    assert "Call about the sale: 1 of 4 done" in page.groups.text()


def test_announce_today_counts(qtbot, db):
    customer(db, "Anna", 0)
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.announce_today() == 1
    assert "1 thing(s) to do today" in window.statusBar().currentMessage()


def test_calendar_export_action(qtbot, db, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    customer(db, "Anna", 5)
    window, page = open_today(qtbot, db)
    target = tmp_path / "cal.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_calendar()
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "1 events written" in page.summary.text()
    assert agenda_ops.export_calendar(db, str(target)) == 1
