"""Loyalty cards: ID-1 (CR80) size, front and back, ten to a sheet with crop marks and the
back mirrored for duplex printing, or one card per page for card printers."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing, qrencoder
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from services.core.errors import field_error
from services.printing.fonts import fit, fitted_size, register

CARD_W, CARD_H = 85.60, 53.98  # ISO/IEC 7810 ID-1, mm
COLUMNS, ROWS = 2, 5
PAGES = {"A4": A4, "letter": letter}
LAYOUTS = ("band", "minimal")
CROP = 5.0  # length of a crop mark, mm


@dataclass(frozen=True)
class CardFace:
    number: str
    holder: str
    level: str  # "10% discount", or ""
    business: str
    phone: str
    website: str
    terms: str
    colour: str = "#2e7d6b"
    logo: bytes | None = None
    qr: bool = False


def sheet_origin(page: str, index: int, back: bool = False) -> tuple[float, float]:
    """Top-left corner (mm from the page's top-left) of card `index` on a sheet of ten. On the
    back the columns swap, so a long-edge duplex print puts each back behind its front."""
    page_w, page_h = (v / mm for v in PAGES[page])
    left = (page_w - COLUMNS * CARD_W) / 2
    top = (page_h - ROWS * CARD_H) / 2
    row, col = divmod(index % (COLUMNS * ROWS), COLUMNS)
    if back:
        col = COLUMNS - 1 - col
    return left + col * CARD_W, top + row * CARD_H


def _front(c: Canvas, x: float, y: float, face: CardFace, layout: str) -> None:
    """Draw a front with its bottom-left corner at (x, y) points."""
    regular, bold = register()
    w, h = CARD_W * mm, CARD_H * mm
    accent = HexColor(face.colour)
    if layout == "band":
        c.setFillColor(accent)
        c.rect(x, y + h - 16 * mm, w, 16 * mm, stroke=0, fill=1)
        c.setFillColor(white)
    else:
        c.setStrokeColor(accent)
        c.setLineWidth(2)
        c.line(x + 5 * mm, y + h - 15 * mm, x + w - 5 * mm, y + h - 15 * mm)
        c.setFillColor(accent)
    text_left = x + 5 * mm
    if face.logo:
        c.drawImage(ImageReader(BytesIO(face.logo)), x + 4 * mm, y + h - 14 * mm,
                    12 * mm, 12 * mm, preserveAspectRatio=True, mask="auto")
        text_left = x + 18 * mm
    size = fitted_size(face.business, bold, 12, x + w - 5 * mm - text_left, 8)
    c.setFont(bold, size)
    c.drawString(text_left, y + h - 10 * mm, fit(face.business, bold, size,
                                                 x + w - 5 * mm - text_left))
    c.setFillColor(HexColor("#222222"))
    size = fitted_size(face.holder, bold, 11, w - 10 * mm, 7)
    c.setFont(bold, size)
    c.drawString(x + 5 * mm, y + h - 22 * mm, fit(face.holder, bold, size, w - 10 * mm))
    if face.level:
        c.setFont(regular, 8)
        c.setFillColor(accent)
        c.drawString(x + 5 * mm, y + h - 27 * mm, fit(face.level, regular, 8, w - 10 * mm))
    barcode = createBarcodeDrawing("EAN13", value=face.number[:12], barHeight=11 * mm,
                                   barWidth=0.3 * mm, fontSize=7, fontName=regular,
                                   humanReadable=True)
    renderPDF.draw(barcode, c, x + 5 * mm, y + 3 * mm)
    if face.qr:
        _qr(c, face.number, x + w - 21 * mm, y + 3 * mm, 17 * mm)


def _qr(c: Canvas, value: str, x: float, y: float, size: float) -> None:
    """A QR code as one filled path: reportlab's widget draws a shape per module, which made
    a thousand cards take seconds."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    # Any of the eight masks gives a valid code; trying all eight (make()) for the "best" one
    # cost most of the time for a card number that every scanner reads either way.
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    count = code.getModuleCount()
    quiet = 2
    module = size / (count + 2 * quiet)
    path = c.beginPath()
    for row in range(count):
        for col in range(count):
            if code.isDark(row, col):
                path.rect(x + (col + quiet) * module, y + (count - 1 - row + quiet) * module,
                          module, module)
    c.setFillColor(HexColor("#000000"))
    c.drawPath(path, stroke=0, fill=1)


def _back(c: Canvas, x: float, y: float, face: CardFace) -> None:
    regular, bold = register()
    w, h = CARD_W * mm, CARD_H * mm
    c.setFillColor(HexColor("#222222"))
    c.setFont(bold, 9)
    c.drawString(x + 5 * mm, y + h - 9 * mm, fit(face.business, bold, 9, w - 10 * mm))
    c.setFont(regular, 7)
    line_y = y + h - 15 * mm
    for paragraph in face.terms.splitlines():
        for line in _wrap(paragraph, regular, 7, w - 10 * mm):
            if line_y < y + 12 * mm:
                break
            c.drawString(x + 5 * mm, line_y, line)
            line_y -= 9
    c.setFont(regular, 7)
    c.drawString(x + 5 * mm, y + 8 * mm, fit(face.phone, regular, 7, w - 10 * mm))
    c.drawString(x + 5 * mm, y + 4 * mm, fit(face.website, regular, 7, w - 10 * mm))
    c.drawRightString(x + w - 5 * mm, y + 4 * mm, face.number)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
        else:
            if current:
                lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _crop_marks(c: Canvas, page: str) -> None:
    page_w, page_h = PAGES[page]
    left, top = sheet_origin(page, 0)
    c.setStrokeColor(HexColor("#000000"))
    c.setLineWidth(0.3)
    xs = [left + i * CARD_W for i in range(COLUMNS + 1)]
    ys = [top + i * CARD_H for i in range(ROWS + 1)]
    for x in xs:  # marks above and below the grid, where nothing is printed
        c.line(x * mm, page_h - (top - 1) * mm, x * mm, page_h - (top - 1 - CROP) * mm)
        bottom = ys[-1]
        c.line(x * mm, page_h - (bottom + 1) * mm, x * mm, page_h - (bottom + 1 + CROP) * mm)
    for y in ys:  # and left and right of it
        c.line((xs[0] - 1) * mm, page_h - y * mm, (xs[0] - 1 - CROP) * mm, page_h - y * mm)
        c.line((xs[-1] + 1) * mm, page_h - y * mm, (xs[-1] + 1 + CROP) * mm, page_h - y * mm)


def cards_pdf(faces: list[CardFace], *, page: str = "A4", layout: str = "band",
              per_page: bool = False) -> bytes:
    """Sheets of ten (a front sheet, then its mirrored back sheet), or one card per page
    (front, back) for a card printer."""
    if layout not in LAYOUTS:
        raise field_error("layout", f"'{layout}' is not one of: {', '.join(LAYOUTS)}")
    if page not in PAGES:
        raise field_error("page", f"'{page}' is not one of: {', '.join(PAGES)}")
    if not faces:
        raise field_error("cards", "no cards to print")
    out = BytesIO()
    if per_page:
        c = Canvas(out, pagesize=(CARD_W * mm, CARD_H * mm))
        c.setTitle("Loyalty cards")
        for face in faces:
            _front(c, 0, 0, face, layout)
            c.showPage()
            _back(c, 0, 0, face)
            c.showPage()
        c.save()
        return out.getvalue()
    page_w, page_h = PAGES[page]
    c = Canvas(out, pagesize=(page_w, page_h))
    c.setTitle("Loyalty cards")
    per_sheet = COLUMNS * ROWS
    for start in range(0, len(faces), per_sheet):
        batch = faces[start:start + per_sheet]
        for back in (False, True):
            _crop_marks(c, page)
            for i, face in enumerate(batch):
                x_mm, y_mm = sheet_origin(page, i, back)
                x, y = x_mm * mm, page_h - (y_mm + CARD_H) * mm
                if back:
                    _back(c, x, y, face)
                else:
                    _front(c, x, y, face, layout)
            c.showPage()
    c.save()
    return out.getvalue()
