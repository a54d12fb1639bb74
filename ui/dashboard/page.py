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
from ui.formatting import money as full_money
from ui.labels import problem, rfm_labels


class Tile(QFrame):
    clicked = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.what = QLabel(self.tr("what is this?"))
        self.what.setObjectName("whatIsThis")
        self.what.setStyleSheet("text-decoration: underline dotted;")
        self.what.hide()
        self.value = QLabel("—")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.what, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def mousePressEvent(self, _event) -> None:  # noqa: N802
        self.clicked.emit()

    def show_value(self, value: str, note: str = "", explained: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.explain(explained)

    def explain(self, text: str) -> None:
        """What the figure is and the numbers it is made of, on hovering the tile."""
        self.setToolTip(text)
        self.what.setToolTip(text)
        self.what.setVisible(bool(text))


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
            ("customers", self.tr("Customers")),
            ("repeat", self.tr("Came back (repeat purchase rate)")),
            ("check", self.tr("Average check")),
            ("ltv", self.tr("Worth over a lifetime (LTV)")),
            ("crr", self.tr("Customers kept (CRR)")), ("pareto", self.tr("Top 20 % bring")),
            ("dormant", self.tr("Slipping away")), ("event", self.tr("Event buyers")))}
        tiles = QGridLayout()
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 4, i % 4)  # two rows of four fit a 1024-pixel screen
        for key in ("dormant", "event"):
            self.tiles[key].setCursor(Qt.CursorShape.PointingHandCursor)
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
        self.grid = GridChart(self.tr("Who brings the money (ABC) and how regularly (XYZ)"),
                              list("ABC"), list("XYZ"))

        self.grid.setObjectName("abcGrid")
        self.grid.clicked.connect(lambda key: self._clicked("abc_xyz", key))
        self.rfm_chart = BarChart(self.tr("Groups by recency, frequency and spend (RFM)"),
                                  horizontal=True)
        self.rfm_chart.setToolTip(self.tr(
            "RFM: each customer scored 1–5 on how recently they bought (R), how often (F) and "
            "how much they spent (M), each against the others in the file; the groups follow "
            "from R and F."))
        self.rfm_chart.setObjectName("rfmChart")
        self.rfm_chart.clicked.connect(lambda key: self._clicked("rfm", key))

        charts = QGridLayout()
        charts.addWidget(self.ladder_chart, 0, 0)
        charts.addWidget(self.revenue_chart, 0, 1, 1, 2)
        charts.addWidget(self.grid, 1, 0)
        charts.addWidget(self.rfm_chart, 1, 1)
        charts.addWidget(self.crr_chart, 1, 2)
        self.crr_note = QLabel()
        self.crr_note.setObjectName("crrNote")
        self.crr_note.setWordWrap(True)
        hint = QLabel(self.tr("Click a bar or a cell to list its customers."))

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(bar)
        layout.addLayout(tiles)
        layout.addLayout(charts, 1)
        layout.addWidget(self.crr_note)
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
            self.status.setText(self.tr("Could not count: %1").replace("%1", problem(exc)))
            return
        self.status.setText("")
        self.show_data(data)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        m = data.metrics

        def pct(x):
            return "—" if x is None else f"{x * 100:.0f} %"

        money = _short
        self.tiles["customers"].show_value(
            count(m.customers), self.tr("%1 bought in the period")
            .replace("%1", count(m.crr_counts['end'])),
            self.tr("Everyone in the file (archived ones aside); the note counts those whose "
                    "last purchase is recent enough to count them as customers at the end of "
                    "the period."))
        self.tiles["repeat"].show_value(
            pct(m.repeat_rate), self.tr("bought twice or more"),
            self.tr("The share of buyers who came back for a second purchase or more. The "
                    "second and the third purchase are where a buyer becomes a regular: "
                    "raise this first."))
        self.tiles["check"].show_value(
            money(float(m.avg_check)), self.tr("%1 purchases").replace("%1", count(m.purchases)),
            self.tr("The average purchase in the period: revenue ÷ purchases = %1 ÷ %2 = %3.")
            .replace("%1", full_money(m.revenue)).replace("%2", count(m.purchases))
            .replace("%3", full_money(m.avg_check)))
        self.tiles["ltv"].show_value(
            money(float(m.ltv)), self.tr("margin %1 %, %2 months")
            .replace("%1", f"{float(m.margin_percent):g}")
            .replace("%2", f"{m.lifetime_months:.1f}"), self._ltv_explained(m))
        self.tiles["crr"].show_value(pct(m.crr), self.tr("start %1, end %2, new %3")
                                     .replace("%1", count(m.crr_counts["start"]))
                                     .replace("%2", count(m.crr_counts["end"]))
                                     .replace("%3", count(m.crr_counts["new"])),
                                     self._crr_explained(m, data.thresholds))
        self.tiles["pareto"].show_value(
            pct(m.pareto_top20_share), self.tr("of the revenue"),
            self.tr("The fifth of the period's buyers who spent the most brought %1 of its "
                    "revenue. The Pareto rule expects about 80 %: far below, the business "
                    "rests on many small buyers; far above, on a few big ones.")
            .replace("%1", pct(m.pareto_top20_share)))
        t = data.thresholds
        self.tiles["dormant"].show_value(
            count(m.dormant), self.tr("worth waking up"),
            self.tr("Silent %1 times longer than their own usual interval between purchases "
                    "(one-time buyers: over %2 days): time to invite them back. Click to "
                    "list them.").replace("%1", f"{t.get('dormant_factor', 0):g}")
            .replace("%2", str(t.get("dormant_single_days", ""))))
        self.tiles["event"].show_value(
            count(m.event_buyers), self.tr("one or two purchases long ago"),
            self.tr("One or two purchases, the last over %1 days ago: bought for an occasion "
                    "(a gift, a holiday) rather than as regulars. Click to list them.")
            .replace("%1", str(t.get("event_buyer_days", ""))))
        self.grid.setToolTip(self._abc_xyz_explained(t))
        self.crr_note.setText(self.tr(
            "Why the month-by-month line is higher than the tile: each month is counted the "
            "same way, but over one month, in which few customers go silent, so it stays near "
            "100 %. The tile counts the whole period, over which more are lost."))
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

    def _ltv_explained(self, m) -> str:
        return self.tr(
            "Lifetime value: what an average customer brings you in margin over the time they "
            "stay a customer.\nLTV = average check × purchases a month × margin × months a "
            "customer stays\n= %1 × %2 × %3 % × %4 = %5").replace(
            "%1", full_money(m.avg_check)).replace("%2", f"{m.purchases_per_month:.2f}") \
            .replace("%3", f"{float(m.margin_percent):g}") \
            .replace("%4", f"{m.lifetime_months:.1f}").replace("%5", full_money(m.ltv))

    def _crr_explained(self, m, t: dict) -> str:
        c = m.crr_counts
        return self.tr(
            "Customer retention rate: of the customers you had at the start of the period, "
            "the share you still had at its end (new ones not counted). A customer counts "
            "while their last purchase is under %5 days old.\nCRR = (at the end − new) ÷ at "
            "the start = (%1 − %2) ÷ %3 = %4").replace("%1", count(c["end"])) \
            .replace("%2", count(c["new"])).replace("%3", count(c["start"])) \
            .replace("%4", "—" if m.crr is None else f"{m.crr * 100:.0f} %") \
            .replace("%5", str(t.get("crr_window_days", "")))

    def _abc_xyz_explained(self, t: dict) -> str:
        abc, xyz = t.get("abc_cutoffs") or ("", ""), t.get("xyz_cutoffs") or ("", "")
        return self.tr(
            "ABC: customers by their share of the revenue. A bring the first %1 % of it, B the "
            "next up to %2 %, C the rest.\nXYZ: how regular their purchases are (the "
            "variation of the intervals between them): X under %3, Y under %4, Z above — "
            "steady, uneven, by chance.\nAX are the core of the business; CZ bought by "
            "chance.").replace("%1", f"{abc[0]:g}").replace("%2", f"{abc[1]:g}") \
            .replace("%3", f"{xyz[0]:g}").replace("%4", f"{xyz[1]:g}")

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

