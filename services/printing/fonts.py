"""The embedded Unicode font: the standard PDF fonts cannot print "Иванова"."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "RegularsSans"
BOLD = "RegularsSans-Bold"


@cache
def register() -> tuple[str, str]:
    """Register DejaVu Sans (Latin, Cyrillic, Greek…) once; returns (regular, bold) names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    return REGULAR, BOLD


def fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def fitted_size(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The size at which the text fits `width`, but not below `smallest`."""
    wide = pdfmetrics.stringWidth(text, font, size)
    if wide <= width:
        return size
    return max(smallest, size * width / wide)
