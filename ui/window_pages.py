"""The Dashboard and Today pages beside the list, and the reminder on start."""

from __future__ import annotations

from ui.dashboard.page import DashboardPage
from ui.icons import icon


class PagesMixin:
    """MainWindow's tabs other than the Customers page."""

    def _page_changed(self, index: int) -> None:
        if index == 2:
            self.stale.discard("agenda")
            self.agenda.reload()
        if index == 1 and self.dashboard is None:
            self.dashboard = DashboardPage(self.db)
            self.dashboard.show_customers.connect(self.show_from_dashboard)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(1)
            self.tabs.insertTab(1, self.dashboard, icon("columns"), self.tr("Dashboard"))
            self.tabs.setCurrentIndex(1)
            self.tabs.blockSignals(False)
            self.stale.discard("dashboard")
            self.dashboard.reload()
        elif index == 1:
            self._reload_stale(index)

    def _agenda_count(self, n: int) -> None:
        self.tabs.setTabText(2, self.tr("Today (%1)").replace("%1", str(n)) if n
                             else self.tr("Today"))

    def announce_today(self) -> int:
        """On start: how many reminders are due, in the status bar and the system tray."""
        self.agenda.reload()
        n = len([i for i in self.agenda.items if i.date <= _today()])
        if n:
            message = self.tr("%n thing(s) to do today: see the Today page (Ctrl+3)", "", n)
            self.statusBar().showMessage(message, 15000)
            from PySide6.QtWidgets import QSystemTrayIcon

            if QSystemTrayIcon.isSystemTrayAvailable():
                self.tray = QSystemTrayIcon(self.windowIcon(), self)
                self.tray.show()
                self.tray.showMessage(self.tr("Regulars"), message)
        return n

    def show_dashboard(self) -> DashboardPage:
        self.tabs.setCurrentIndex(1)
        return self.dashboard

    def show_from_dashboard(self, kind: str, key: str, ids: list) -> None:
        """A click on a bar or a cell: the customers behind it, in the list."""
        self.search.clear()
        self.filters.blockSignals(True)
        self.filters.clear()
        if self.act_archive_view.isChecked():
            self.act_archive_view.setChecked(False)
            self._toggle_archive_view()
        if kind == "ladder":
            self.filters.ladder.setCurrentIndex(self.filters.ladder.findData(key))
        else:
            from ui.labels import rfm_labels

            name = rfm_labels().get(key, key) if kind == "rfm" else key
            if kind == "month":
                label = self.tr("Bought in %1").replace("%1", key)
            else:
                label = (name if key in ("dormant", "event") else self.tr("RFM: %1")
                         if kind == "rfm" else self.tr("ABC-XYZ: %1")).replace("%1", name)
            self.filters.set_only((frozenset(ids), label))
        self.filters.blockSignals(False)
        self.tabs.setCurrentIndex(0)
        self.refresh(keep=[])


def _today():
    import datetime as dt

    return dt.date.today()
