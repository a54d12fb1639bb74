from PySide6.QtCore import QPoint, Qt

from services.directory.listing import CustomerDirectory, ListFilter, ListQuery
from ui.main_window import MainWindow


def open_dashboard(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1300, 900)
    window.show()
    window.tabs.setCurrentIndex(1)
    page = window.dashboard
    page.reload(wait=True)
    return window, page


def test_tiles_and_charts_show_the_metrics(qtbot, demo_db):
    window, page = open_dashboard(qtbot, demo_db)
    m = page.data.metrics
    assert page.tiles["customers"].value.text() == f"{m.customers:,}"
    assert page.tiles["crr"].value.text() == f"{m.crr * 100:.0f} %"
    assert [b.values[0] for b in page.ladder_chart.bars] == list(m.ladder.values())
    assert len(page.revenue_chart.bars) == len(m.revenue_by_month) > 10
    assert page.grid.counts["AX"] == m.abc_xyz["AX"]
    assert sum(b.values[0] for b in page.rfm_chart.bars) == sum(m.rfm.values())
    assert len(page.crr_chart.bars) >= 12
    page.grab()  # paints every chart without error


def test_clicking_a_ladder_bar_lists_its_customers(qtbot, demo_db):
    window, page = open_dashboard(qtbot, demo_db)
    page.grab()
    rect, key = next((r, k) for r, k in page.ladder_chart._hit if k == "regular")
    qtbot.mouseClick(page.ladder_chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.tabs.currentIndex() == 0
    expected = CustomerDirectory(demo_db).find(ListQuery(filter=ListFilter(ladder=("regular",))))
    assert window.model.ids() == expected
    assert window.model.rowCount() == page.data.metrics.ladder["regular"]


def test_clicking_an_rfm_bar_or_a_grid_cell_lists_exactly_those(qtbot, demo_db):
    window, page = open_dashboard(qtbot, demo_db)
    members = page.data.rfm_members["at_risk"]
    page.rfm_chart.clicked.emit("at_risk")
    assert sorted(window.model.ids()) == sorted(members)
    assert window.filters.only_chip.isVisibleTo(window)
    assert window.filters.only_chip.text().startswith("RFM: At risk")
    assert f"{len(members)} of" in window.count_label.text()
    window.filters.only_chip.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == CustomerDirectory(demo_db).count(),
                    timeout=3000)
    window.tabs.setCurrentIndex(1)
    page.grab()
    rect, key = next((r, k) for r, k in page.grid._hit if k == "AX")
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert sorted(window.model.ids()) == sorted(page.data.cell_members["AX"])


def test_period_presets(qtbot, demo_db):
    window, page = open_dashboard(qtbot, demo_db)
    page.preset.setCurrentIndex(page.preset.findData("last_year"))
    page._future.result()
    page._check_done()
    period = page.data.metrics.period
    assert (period.start.month, period.start.day, period.end.month, period.end.day) == (
        1, 1, 12, 31)


def test_the_dormant_tile_lists_who_to_wake_up(qtbot, demo_db):
    window, page = open_dashboard(qtbot, demo_db)
    dormant = page.data.rfm_members["dormant"]
    assert len(dormant) == page.data.metrics.dormant > 0
    qtbot.mouseClick(page.tiles["dormant"], Qt.MouseButton.LeftButton)
    assert sorted(window.model.ids()) == sorted(dormant)
    assert window.filters.only_chip.text().startswith("Dormant")


def test_a_month_bar_lists_that_months_buyers(qtbot, demo_db):
    from services.analysis.dashboard import buyers_in_month

    window, page = open_dashboard(qtbot, demo_db)
    page.grab()
    month = page.revenue_chart.bars[-2].key
    rect = next(r for r, k in page.revenue_chart._hit if k == month)
    qtbot.mouseClick(page.revenue_chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.bottom() - 5)))
    expected = buyers_in_month(demo_db, month)
    assert expected and sorted(window.model.ids()) == sorted(expected)
    assert window.filters.only_chip.text().startswith(f"Bought in {month}")
    page.crr_chart.clicked.emit(month)
    assert sorted(window.model.ids()) == sorted(expected)


def test_each_figure_says_what_it_is_and_what_it_is_made_of(qtbot, demo_db):
    from ui.formatting import money

    window, page = open_dashboard(qtbot, demo_db)
    m = page.data.metrics
    ltv = page.tiles["ltv"]
    assert ltv.title.text() == "Worth over a lifetime (LTV)" and not ltv.what.isHidden()
    assert ltv.what.toolTip() == ltv.toolTip()
    assert f"= {money(m.avg_check)} × {m.purchases_per_month:.2f} × " \
        f"{float(m.margin_percent):g} % × {m.lifetime_months:.1f} = {money(m.ltv)}" \
        in ltv.toolTip()
    c = m.crr_counts
    crr = page.tiles["crr"].toolTip()
    assert f"({c['end']} − {c['new']}) ÷ {c['start']} = {m.crr * 100:.0f} %" in crr
    assert "under 365 days old" in crr
    assert "A bring the first 80 %" in page.grid.toolTip() and "X under 0.35" in \
        page.grid.toolTip()
    assert "RFM" in page.rfm_chart.toolTip()
    assert page.crr_note.text().startswith("Why the month-by-month line is higher")
    for tile in page.tiles.values():  # every caption readable: none greyed out
        assert tile.title.isEnabled() and tile.note.isEnabled()
