"""Icons from resources/icons, drawn in the palette's text colour so they suit light and dark."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("#000000", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode()))
    icon = QIcon()
    for size in SIZES:  # drawn at every size, so HiDPI screens get sharp lines
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    app = QApplication.instance()
    colour = "#444444"
    if app is not None:
        colour = app.palette().color(QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)
