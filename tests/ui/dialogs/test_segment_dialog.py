from services.directory.segments import load_segment
from ui.dialogs.segment import SegmentDialog


def test_builder_counts_live_and_names_bad_criteria(qtbot, demo_db):
    dialog = SegmentDialog(demo_db)
    qtbot.addWidget(dialog)
    everyone = dialog.update_count()
    dialog.edits["ladder"].setText("regular, adherent")
    dialog.edits["spent_min"].setText("20000")
    dialog.edits["rfm"].setText("champions, loyal")
    narrowed = dialog.update_count()
    assert 0 < narrowed < everyone
    dialog.edits["last_purchase_after"].setText("31.02.2026")
    assert dialog.update_count() is None
    assert dialog.error.text() == "Last purchase from: '31.02.2026' is not a date"
    dialog.edits["last_purchase_after"].setText("01.01.2000")  # day first, as shown everywhere
    assert dialog.update_count() == narrowed and dialog.rule().last_purchase_after == "2000-01-01"
    dialog.edits["last_purchase_after"].setText("")
    dialog.edits["abc_xyz"].setText("ax, bx")
    dialog.name.setText("Best regulars")
    dialog.save()
    assert dialog.result() == SegmentDialog.DialogCode.Accepted
    rule = load_segment(demo_db, "Best regulars")
    assert rule.ladder == ["regular", "adherent"] and rule.abc_xyz == ["AX", "BX"]
    assert rule.rfm == ["champions", "loyal"] and rule.spent_min == "20000"
