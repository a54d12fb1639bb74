"""The dashboard: the numbers that matter and charts whose bars open the customers behind them."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.analysis.dashboard import DashboardData, buyers_in_month, load_dashboard
from services.analysis.metrics import RFM_GROUPS, Period, default_period, year_before
from ui import labels
from ui.dashboard.charts import Bar, BarChart, GridChart, LineChart
from ui.formatting import DAY_EDIT, count, to_date, to_qdate
from ui.labels import rfm_labels


class Tile(QFrame):
    clicked = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setEnabled(False)
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()
        self.note.setEnabled(False)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def mousePressEvent(self, _event) -> None:  # noqa: N802
        self.clicked.emit()

    def show_value(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


class DashboardPage(QWidget):
    # ("ladder", step) or ("rfm", group) or ("abc_xyz", cell), with the customers' ids
    show_customers = Signal(str, str, list)

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.db = db
        self.data: DashboardData | None = None
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._future: Future | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check_done)

        self.preset = QComboBox()
        self.preset.setObjectName("periodPreset")
        for key, text in (("12m", self.tr("Last 12 months")), ("year", self.tr("This year")),
                          ("last_year", self.tr("Last year")), ("custom", self.tr("Custom"))):
            self.preset.addItem(text, key)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DAY_EDIT)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.preset)
        bar.addWidget(self.start)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.end)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.status, 1)

        self.tiles = {key: Tile(title) for key, title in (
            ("customers", self.tr("Customers")), ("repeat", self.tr("Repeat purchase rate")),
            ("check", self.tr("Average check")), ("ltv", self.tr("LTV")),
            ("crr", self.tr("Retention (CRR)")), ("pareto", self.tr("Top 20 % bring")),
            ("dormant", self.tr("Dormant")), ("event", self.tr("Event buyers")))}
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, i)
        for key in ("dormant", "event"):
            self.tiles[key].setCursor(Qt.CursorShape.PointingHandCursor)
            self.tiles[key].setToolTip(self.tr("Click to list them"))
            self.tiles[key].clicked.connect(lambda k=key: self._clicked("rfm", k))

        self.ladder_chart = BarChart(self.tr("Customers per ladder step"))
        self.ladder_chart.setObjectName("ladderChart")
        self.ladder_chart.clicked.connect(lambda key: self._clicked("ladder", key))
        self.revenue_chart = BarChart(self.tr("Revenue: new and returning customers"),
                                      [self.tr("new"), self.tr("returning")],
                                      value_format=_short)
        self.revenue_chart.setObjectName("revenueChart")
        self.revenue_chart.clicked.connect(lambda key: self._clicked("month", key))
        self.crr_chart = LineChart(self.tr("Retention (CRR) month by month"),
                                   value_format=lambda v: f"{v * 100:.0f}%")
        self.crr_chart.setObjectName("crrChart")
        self.crr_chart.clicked.connect(lambda key: self._clicked("month", key))
        self.grid = GridChart(self.tr("ABC (revenue) × XYZ (regularity)"), list("ABC"),
                              list("XYZ"))
        self.grid.setObjectName("abcGrid")
        self.grid.clicked.connect(lambda key: self._clicked("abc_xyz", key))
        self.rfm_chart = BarChart(self.tr("RFM groups"), horizontal=True)
        self.rfm_chart.setObjectName("rfmChart")
        self.rfm_chart.clicked.connect(lambda key: self._clicked("rfm", key))

        charts = QGridLayout()
        charts.addWidget(self.ladder_chart, 0, 0)
        charts.addWidget(self.revenue_chart, 0, 1, 1, 2)
        charts.addWidget(self.grid, 1, 0)
        charts.addWidget(self.rfm_chart, 1, 1)
        charts.addWidget(self.crr_chart, 1, 2)
        hint = QLabel(self.tr("Click a bar or a cell to list its customers."))
        hint.setEnabled(False)

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        layout.addWidget(hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- period -----------------------------------------------------------------------------

    def _apply_preset(self) -> None:
        key = self.preset.currentData()
        today = dt.date.today()
        if key == "12m":
            period = default_period(today)
        elif key == "year":
            period = Period(dt.date(today.year, 1, 1), today)
        elif key == "last_year":
            period = Period(dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
        else:
            return
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _preset_changed(self) -> None:
        self._apply_preset()
        self.reload()

    def _dates_edited(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)

    def period(self) -> Period:
        start, end = to_date(self.start.date()), to_date(self.end.date())
        if start > end:
            start = year_before(end) + dt.timedelta(days=1)
        return Period(start, end)

    # --- loading ----------------------------------------------------------------------------

    def reload(self, wait: bool = False) -> None:
        """Compute in the background (a big file takes a few seconds); `wait` for tests."""
        if self._future is not None and not self._future.done():
            if wait:
                self._future.result()
                self._check_done()
            return
        self.status.setText(self.tr("Counting…"))
        self.refresh_button.setEnabled(False)
        self._future = self._pool.submit(load_dashboard, self.db, self.period())
        if wait:
            self._future.result()
            self._check_done()
        else:
            self._poll.start()

    def _check_done(self) -> None:
        if self._future is None or not self._future.done():
            return
        self._poll.stop()
        self.refresh_button.setEnabled(True)
        try:
            data = self._future.result()
        except Exception as exc:  # noqa: BLE001 - said on the page, and logged
            import logging

            logging.getLogger(__name__).exception("dashboard failed")
            self.status.setText(self.tr("Could not count: %1").replace("%1", str(exc)))
            return
        self.status.setText("")
        self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        m = data.metrics

        def pct(x):
            return "—" if x is None else f"{x * 100:.0f} %"

        money = _short
        self.tiles["customers"].show_value(count(m.customers),
                                           self.tr("%1 bought in the period")
                                           .replace("%1", count(m.crr_counts['end'])))
        self.tiles["repeat"].show_value(pct(m.repeat_rate), self.tr("bought twice or more"))
        self.tiles["check"].show_value(money(float(m.avg_check)),
                                       self.tr("%1 purchases").replace("%1", count(m.purchases)))
        self.tiles["ltv"].show_value(money(float(m.ltv)),
                                     self.tr("margin %1 %, %2 months")
                                     .replace("%1", f"{float(m.margin_percent):g}")
                                     .replace("%2", f"{m.lifetime_months:.1f}"))
        self.tiles["crr"].show_value(pct(m.crr), self.tr("start %1, end %2, new %3")
                                     .replace("%1", str(m.crr_counts["start"]))
                                     .replace("%2", str(m.crr_counts["end"]))
                                     .replace("%3", str(m.crr_counts["new"])))
        self.tiles["pareto"].show_value(pct(m.pareto_top20_share), self.tr("of the revenue"))
        self.tiles["dormant"].show_value(count(m.dormant), self.tr("worth waking up"))
        self.tiles["event"].show_value(count(m.event_buyers),
                                       self.tr("one or two purchases long ago"))
        steps = labels.ladder_steps()
        self.ladder_chart.set_bars([Bar(key, text, [m.ladder[key]]) for key, text in steps])
        self.revenue_chart.set_bars([
            Bar(row["month"], row["month"][5:] + "." + row["month"][2:4],
                [row["new"], row["returning"]],
                self.tr("%1: new %2, returning %3").replace("%1", row["month"])
                .replace("%2", count(row['new'])).replace("%3", count(row['returning'])))
            for row in m.revenue_by_month])
        self.crr_chart.set_bars([Bar(row["month"], row["month"][5:],
                                     [row["crr"]] if row["crr"] is not None else [])
                                 for row in data.crr_by_month])
        self.grid.set_counts({k: v for k, v in m.abc_xyz.items() if k != "insufficient"},
                             self.tr("%1 bought too seldom to judge their regularity")
                             .replace("%1", count(m.abc_xyz['insufficient'])))
        names = rfm_labels()
        self.rfm_chart.set_bars([Bar(g, names[g], [m.rfm[g]]) for g in RFM_GROUPS])

    def _clicked(self, kind: str, key: str) -> None:
        if self.data is None:
            return
        if kind == "ladder":
            self.show_customers.emit(kind, key, [])
        elif kind == "month":
            self.show_customers.emit(kind, key, buyers_in_month(self.db, key))
        elif kind == "rfm":
            self.show_customers.emit(kind, key, self.data.rfm_members.get(key, []))
        else:
            self.show_customers.emit(kind, key, self.data.cell_members.get(key, []))


def _short(value: float) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if abs(value) >= 10_000:
        return f"{value / 1000:.0f}k"
    return count(value)

