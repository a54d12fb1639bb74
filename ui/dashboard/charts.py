"""Charts drawn with QPainter: bars (stacked or not) and a 3×3 grid. Every bar and cell can be
clicked; the chart says which key was clicked."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.formatting import count

SERIES_COLOURS = ["#2e7d6b", "#e0a526", "#5b7fc7", "#c75b7a", "#7a5bc7", "#5bc7b5"]


@dataclass
class Bar:
    key: str
    label: str
    values: list[float]  # one per series, stacked
    tooltip: str = ""


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def _begin(widget: QWidget, title: str) -> tuple[QPainter, QColor, int]:
    """A painter with the chart's bold title drawn; returns it, the text colour, and where the
    plot may start (below the title and a legend line)."""
    p = QPainter(widget)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = _text_colour(widget)
    bold = QFont(widget.font())
    bold.setBold(True)
    p.setFont(bold)
    p.setPen(text)
    fm = p.fontMetrics()
    p.drawText(QRectF(8, 4, widget.width() - 16, fm.height() + 4), Qt.AlignmentFlag.AlignLeft,
               title)
    top = fm.height() * 2 + 8
    p.setFont(widget.font())
    return p, text, top


class BarChart(QWidget):
    clicked = Signal(str)

    def __init__(self, title: str, series: list[str] | None = None, horizontal: bool = False,
                 value_format=count, parent=None):
        super().__init__(parent)
        self.title = title
        self.series = series or []
        self.horizontal = horizontal
        self.value_format = value_format
        self.bars: list[Bar] = []
        self._hit: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for rect, key in self._hit:
            if rect.contains(event.position()):
                self.clicked.emit(key)
                return

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        over = next((key for rect, key in self._hit if rect.contains(event.position())), None)
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else
                       Qt.CursorShape.ArrowCursor)
        bar = next((b for b in self.bars if b.key == over), None)
        self.setToolTip((bar.tooltip or f"{bar.label}: {self.value_format(sum(bar.values))}")
                        if bar else "")

    def paintEvent(self, _event) -> None:  # noqa: N802
        p, text, top = _begin(self, self.title)
        fm = p.fontMetrics()
        legend_h = fm.height() + 6 if len(self.series) > 1 else 0
        if legend_h:
            x = 8.0
            for i, name in enumerate(self.series):
                p.fillRect(QRectF(x, top - legend_h, 10, 10), QColor(SERIES_COLOURS[i]))
                p.drawText(QRectF(x + 14, top - legend_h - 3, 200, fm.height()),
                           Qt.AlignmentFlag.AlignLeft, name)
                x += 24 + fm.horizontalAdvance(name)
        self._hit = []
        if not self.bars:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data yet"))
            return
        biggest = max((sum(b.values) for b in self.bars), default=0) or 1
        if self.horizontal:
            label_w = max(fm.horizontalAdvance(b.label) for b in self.bars) + 12
            value_w = max(fm.horizontalAdvance(self.value_format(sum(b.values)))
                          for b in self.bars) + 12
            area_w = max(10, self.width() - label_w - value_w - 16)
            row_h = (self.height() - top - 8) / len(self.bars)
            for i, bar in enumerate(self.bars):
                y = top + i * row_h
                p.setPen(text)
                p.drawText(QRectF(8, y, label_w - 8, row_h), Qt.AlignmentFlag.AlignVCenter
                           | Qt.AlignmentFlag.AlignRight, bar.label)
                x = 8 + label_w
                for s, value in enumerate(bar.values):
                    w = area_w * value / biggest
                    p.fillRect(QRectF(x, y + row_h * 0.15, w, row_h * 0.7),
                               QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
                    x += w
                p.drawText(QRectF(x + 6, y, value_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                           self.value_format(sum(bar.values)))
                self._hit.append((QRectF(0, y, self.width(), row_h), bar.key))
            return
        col_w = (self.width() - 16) / len(self.bars)
        names = [_fit(fm, bar.label, col_w - 4) for bar in self.bars]
        lines = max(name.count("\n") + 1 for name in names)
        bottom = self.height() - fm.height() * lines - 10
        area_h = max(10, bottom - top - fm.height())
        for i, bar in enumerate(self.bars):
            x = 8 + i * col_w
            y = bottom
            for s, value in enumerate(bar.values):
                h = area_h * value / biggest
                y -= h
                p.fillRect(QRectF(x + col_w * 0.15, y, col_w * 0.7, h),
                           QColor(SERIES_COLOURS[s % len(SERIES_COLOURS)]))
            p.setPen(text)
            if col_w > fm.horizontalAdvance(self.value_format(sum(bar.values))) + 2:
                p.drawText(QRectF(x, y - fm.height() - 2, col_w, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, self.value_format(sum(bar.values)))
            p.drawText(QRectF(x, bottom + 4, col_w, fm.height() * lines + 4),
                       Qt.AlignmentFlag.AlignHCenter, names[i])
            self._hit.append((QRectF(x, top, col_w, self.height() - top), bar.key))


def _fit(fm, text: str, width: float) -> str:
    """A bar's name under a narrow bar: on two lines when it is too long for one, each cut
    with "…" rather than running into its neighbours (the full name is in the tooltip)."""
    if fm.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    first = words[0] if words else text
    for n in range(len(words) - 1, 0, -1):
        if fm.horizontalAdvance(" ".join(words[:n])) <= width:
            first = " ".join(words[:n])
            rest = " ".join(words[n:])
            break
    else:
        rest = " ".join(words[1:])
    lines = [fm.elidedText(first, Qt.TextElideMode.ElideRight, int(width))]
    if rest:
        lines.append(fm.elidedText(rest, Qt.TextElideMode.ElideRight, int(width)))
    return "\n".join(lines)


class LineChart(BarChart):
    """Values joined by a line (CRR over time); points are clickable like bars."""

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.bars:
            super().paintEvent(_event)
            return
        p, text, top = _begin(self, self.title)
        fm = p.fontMetrics()
        bottom = self.height() - fm.height() - 10
        axis = fm.horizontalAdvance("100%") + 8
        grid = QColor(text)
        grid.setAlpha(40)
        for share in (0.0, 0.5, 1.0):  # a light scale: 0 %, 50 %, 100 %
            y = bottom - (bottom - top) * share
            p.setPen(grid)
            p.drawLine(int(axis), int(y), self.width() - 8, int(y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, axis - 4, fm.height()),
                       Qt.AlignmentFlag.AlignRight, self.value_format(share))
        col_w = (self.width() - axis - 8) / len(self.bars)
        points = []
        self._hit = []
        for i, bar in enumerate(self.bars):
            x = axis + col_w * (i + 0.5)
            value = bar.values[0] if bar.values else None
            p.setPen(text)
            p.drawText(QRectF(axis + i * col_w, bottom + 4, col_w, fm.height() + 4),
                       Qt.AlignmentFlag.AlignHCenter, bar.label)
            self._hit.append((QRectF(axis + i * col_w, top, col_w, bottom - top), bar.key))
            if value is None:
                continue
            y = bottom - (bottom - top) * max(0.0, min(1.0, value))
            points.append((x, y, value))
        pen = p.pen()
        pen.setColor(QColor(SERIES_COLOURS[0]))
        pen.setWidth(2)
        p.setPen(pen)
        for (x1, y1, _), (x2, y2, _) in zip(points, points[1:], strict=False):
            p.drawLine(int(x1), int(y1), int(x2), int(y2))
        for x, y, value in points:
            p.setBrush(QColor(SERIES_COLOURS[0]))
            p.drawEllipse(int(x) - 3, int(y) - 3, 6, 6)
            p.setPen(text)
            if col_w > fm.horizontalAdvance("100%") + 2:
                p.drawText(QRectF(x - col_w / 2, y - fm.height() - 4, col_w, fm.height()),
                           Qt.AlignmentFlag.AlignHCenter, self.value_format(value))
            p.setPen(pen)


class GridChart(QWidget):
    """The ABC-XYZ 3×3 grid: colour by count, a click on a cell names it."""

    clicked = Signal(str)

    def __init__(self, title: str, rows: list[str], columns: list[str], parent=None):
        super().__init__(parent)
        self.title = title
        self.rows = rows
        self.columns = columns
        self.counts: dict[str, int] = {}
        self.footnote = ""
        self._hit: list[tuple[QRectF, str]] = []
        self.setMinimumSize(QSize(300, 220))
        self.setMouseTracking(True)

    def set_counts(self, counts: dict[str, int], footnote: str = "") -> None:
        self.counts = counts
        self.footnote = footnote
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        for rect, key in self._hit:
            if rect.contains(event.position()):
                self.clicked.emit(key)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        over = any(rect.contains(event.position()) for rect, _ in self._hit)
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else
                       Qt.CursorShape.ArrowCursor)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p, text, top = _begin(self, self.title)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        fm = p.fontMetrics()
        left = fm.horizontalAdvance("WW") + 12
        foot = fm.height() + 8 if self.footnote else 0
        cell_w = (self.width() - left - 8) / len(self.columns)
        cell_h = (self.height() - top - fm.height() - 8 - foot) / len(self.rows)
        biggest = max(self.counts.values(), default=0) or 1
        self._hit = []
        for c, col in enumerate(self.columns):
            p.drawText(QRectF(left + c * cell_w, top - fm.height() - 2, cell_w, fm.height()),
                       Qt.AlignmentFlag.AlignHCenter, col)
        for r, row in enumerate(self.rows):
            p.setPen(text)
            p.drawText(QRectF(4, top + r * cell_h, left - 8, cell_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, row)
            for c, col in enumerate(self.columns):
                key = row + col
                n = self.counts.get(key, 0)
                rect = QRectF(left + c * cell_w + 2, top + r * cell_h + 2, cell_w - 4,
                              cell_h - 4)
                colour = QColor(SERIES_COLOURS[0])
                colour.setAlpha(30 + int(200 * n / biggest))
                p.fillRect(rect, colour)
                p.setPen(text)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{key}\n{count(n)}")
                self._hit.append((rect, key))
        if self.footnote:
            p.setFont(self.font())
            p.drawText(QRectF(8, self.height() - foot, self.width() - 16, foot),
                       Qt.AlignmentFlag.AlignLeft, self.footnote)
