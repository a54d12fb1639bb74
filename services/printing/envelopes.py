"""Envelopes DL, C5 and C6: the sender top left, the recipient where the post reads it."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from services.core.errors import field_error
from services.printing.fonts import fit, register
from services.printing.recipients import Recipient

# width × height in mm, landscape as fed to most printers
SIZES = {"DL": (220.0, 110.0), "C5": (229.0, 162.0), "C6": (162.0, 114.0)}
MARGIN = 10.0


def recipient_origin(size: str) -> tuple[float, float]:
    """Top-left of the recipient block, mm from the envelope's top-left corner: a little
    right of the middle and below the middle, where sorting machines look."""
    width, height = SIZES[size]
    return round(width * 0.45, 1), round(height * 0.5, 1)


def envelopes_pdf(size: str, sender: list[str], people: list[Recipient]) -> bytes:
    if size not in SIZES:
        raise field_error("size", f"'{size}' is not one of: {', '.join(SIZES)}")
    regular, bold = register()
    width, height = (v * mm for v in SIZES[size])
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    canvas.setTitle(f"Envelopes {size}")
    for person in people:
        y = height - MARGIN * mm - 8
        for line in sender:
            canvas.setFont(regular, 8)
            canvas.drawString(MARGIN * mm, y, fit(line, regular, 8, width * 0.4))
            y -= 10
        left, top = recipient_origin(size)
        y = height - top * mm - 11
        available = width - left * mm - MARGIN * mm
        for i, line in enumerate(person.lines):
            font = bold if i == 0 else regular
            canvas.setFont(font, 11)
            canvas.drawString(left * mm, y, fit(line, font, 11, available))
            y -= 14
        canvas.showPage()
    if not people:
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def sender_lines(name: str, address: str, phone: str = "") -> list[str]:
    lines = [name] if name else []
    lines += [x.strip() for x in address.splitlines() if x.strip()]
    return lines
