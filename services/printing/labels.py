"""Address labels on the common sheets, starting at any label of a partly used sheet."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from services.core.errors import field_error
from services.printing.fonts import fit, fitted_size, register
from services.printing.recipients import Recipient

SHEETS_FILE = Path(__file__).resolve().parents[2] / "resources" / "labels.json"
PAGES = {"A4": A4, "letter": letter}
PADDING = 3 * mm


@dataclass(frozen=True)
class Sheet:
    name: str
    title: str
    page: str
    columns: int
    rows: int
    width: float  # mm, like every other measure here
    height: float
    left: float
    top: float
    h_pitch: float
    v_pitch: float

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Top-left corner of label `index` (0-based, row by row), in mm from the page's
        top-left corner."""
        row, col = divmod(index % self.per_page, self.columns)
        return self.left + col * self.h_pitch, self.top + row * self.v_pitch


@cache
def sheets() -> dict[str, Sheet]:
    data = json.loads(SHEETS_FILE.read_text(encoding="utf-8"))
    return {name: Sheet(name=name, **spec) for name, spec in data.items()
            if not name.startswith("_")}


MOST_LABELS = 400  # more to a page than this is no label a printer can separate


def custom_sheet(page: str, columns: int, rows: int, width: float, height: float,
                 left: float, top: float, h_pitch: float | None = None,
                 v_pitch: float | None = None) -> Sheet:
    """A grid of the user's own; refused when the labels would run off the page."""
    if page not in PAGES:
        raise field_error("page", f"'{page}' is not one of: {', '.join(PAGES)}")
    sheet = Sheet("custom", "Custom", page, columns, rows, width, height, left, top,
                  h_pitch or width, v_pitch or height)
    page_w, page_h = (x / mm for x in PAGES[page])
    if not all(math.isfinite(v) for v in (width, height, left, top, sheet.h_pitch,
                                          sheet.v_pitch)):
        raise field_error("sheet", "every size and margin must be a number of millimetres")
    if columns < 1 or rows < 1 or width <= 0 or height <= 0:
        raise field_error("sheet", "needs at least one label of a positive size")
    if columns * rows > MOST_LABELS:
        raise field_error("sheet", f"{columns} × {rows} labels are more than a sheet holds "
                          f"(at most {MOST_LABELS})")
    right = left + (columns - 1) * sheet.h_pitch + width
    bottom = top + (rows - 1) * sheet.v_pitch + height
    if left < 0 or top < 0 or right > page_w + 0.01 or bottom > page_h + 0.01:
        raise field_error("sheet", f"the labels run off the {page} page "
                          f"({right:.1f} × {bottom:.1f} mm of {page_w:.0f} × {page_h:.0f})")
    return sheet


def get_sheet(name: str) -> Sheet:
    known = sheets()
    if name not in known:
        raise field_error("sheet", f"'{name}' is not a known sheet; use one of: "
                          + ", ".join(known))
    return known[name]


def labels_pdf(sheet: Sheet, people: list[Recipient], start: int = 1) -> bytes:
    """One label per recipient, the first at label number `start` (1-based) of the sheet."""
    if not 1 <= start <= sheet.per_page:
        raise field_error("start", f"{start} is not a label of {sheet.name} "
                          f"(1 to {sheet.per_page})")
    regular, bold = register()
    page_w, page_h = PAGES[sheet.page]
    out = BytesIO()
    canvas = Canvas(out, pagesize=(page_w, page_h))
    canvas.setTitle(f"Address labels ({sheet.title})")
    size = 10.0 if sheet.height >= 30 else 7.0
    leading = size * 1.2
    index = start - 1
    for person in people:
        if index and index % sheet.per_page == 0:
            canvas.showPage()
        x_mm, y_mm = sheet.origin(index)
        x = x_mm * mm + PADDING
        available = sheet.width * mm - 2 * PADDING
        max_lines = max(1, int((sheet.height * mm - 2 * PADDING) // leading))
        lines = person.lines[:max_lines]
        y = page_h - y_mm * mm - PADDING - size
        for i, line in enumerate(lines):
            font = bold if i == 0 else regular
            # a long Russian name shrinks a little before anything is cut off
            line_size = fitted_size(line, font, size, available, size * 0.75)
            canvas.setFont(font, line_size)
            canvas.drawString(x, y, fit(line, font, line_size, available))
            y -= leading
        index += 1
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def parse_grid(text: str) -> Sheet:
    """ "A4,3x8,70x36,0,4.5[,70,36]": page, columns×rows, label width×height in mm, left and
    top margins, and optionally the horizontal and vertical pitch."""
    parts = [p.strip() for p in text.split(",")]
    try:
        page = parts[0]
        columns, rows = (int(v) for v in parts[1].lower().split("x"))
        width, height = (float(v) for v in parts[2].lower().split("x"))
        left, top = float(parts[3]), float(parts[4])
        h_pitch = float(parts[5]) if len(parts) > 5 else None
        v_pitch = float(parts[6]) if len(parts) > 6 else None
    except (IndexError, ValueError):
        raise field_error("grid", f"'{text}' is not a grid; write PAGE,COLUMNSxROWS,"
                          "WIDTHxHEIGHT,LEFT,TOP[,H_PITCH,V_PITCH] in mm, e.g. "
                          "A4,3x8,70x36,0,4.5") from None
    return custom_sheet(page, columns, rows, width, height, left, top, h_pitch, v_pitch)
