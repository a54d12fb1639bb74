"""Pages of a PDF as PNG images, for the preview inside the window (pypdfium2)."""

from __future__ import annotations

from io import BytesIO

import pypdfium2 as pdfium


def page_count(pdf: bytes) -> int:
    return len(pdfium.PdfDocument(pdf))


def page_png(pdf: bytes, index: int, dpi: float = 96) -> bytes:
    doc = pdfium.PdfDocument(pdf)
    image = doc[index].render(scale=dpi / 72).to_pil()
    out = BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
