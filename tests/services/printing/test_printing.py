"""Labels and envelopes: the text is really in the PDF (with Cyrillic), and every label's
text starts where the sheet's specification puts the label (within 0.5 mm)."""

import io

import pytest
from pypdf import PdfReader

from services.core.errors import ValidationError
from services.customers.writing import AddressDraft, CustomerDraft, create_customer
from services.printing.envelopes import SIZES, envelopes_pdf, recipient_origin
from services.printing.labels import custom_sheet, get_sheet, labels_pdf
from services.printing.recipients import recipients

MM = 72 / 25.4
# Published layouts (mm): left margin, top margin, horizontal and vertical pitch, columns
SPEC = {"L7160": (7.25, 15.15, 66.04, 38.1, 3, 21), "L7163": (4.65, 15.15, 101.6, 38.1, 2, 14),
        "L7651": (4.65, 10.7, 40.6, 21.2, 5, 65), "5160": (4.7625, 12.7, 69.85, 25.4, 3, 30)}
PAGE_MM = {"L7160": (210, 297), "L7163": (210, 297), "L7651": (210, 297),
           "5160": (215.9, 279.4)}


@pytest.fixture
def people(db):
    with db.transaction() as s:
        ids = []
        for i in range(30):
            ids.append(create_customer(s, CustomerDraft(
                family_name=f"Иванова{i}", given_name="Анна", patronymic="Петровна",
                language="ru", addresses=[AddressDraft(f"ул. Ленина, д. {i}", city="Москва",
                                                       postcode="101000", country="RU")])).id)
        ids.append(create_customer(s, CustomerDraft(family_name="Nowhere")).id)
    with db.sessions() as s:
        return recipients(s, ids)


def text_origins(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            found.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_recipients_and_the_skipped(people):
    ok, skipped = people
    assert len(ok) == 30
    assert ok[0].lines == ["Иванова0 Анна Петровна", "ул. Ленина, д. 0", "Москва", "101000"]
    assert [(s.name, s.reason) for s in skipped] == [("Nowhere", "no postal address")]


@pytest.mark.parametrize("name", list(SPEC))
def test_every_label_sits_where_the_sheet_says(name, people):
    ok, _ = people
    sheet = get_sheet(name)
    left, top, h_pitch, v_pitch, columns, per_page = SPEC[name]
    page_w, page_h = PAGE_MM[name]
    pdf = labels_pdf(sheet, ok, start=1)
    reader = PdfReader(io.BytesIO(pdf))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width / MM - page_w) < 0.5 and abs(height / MM - page_h) < 0.5
    first_lines = [t for t in text_origins(pdf) if t[0].startswith("Иванова")]
    assert len(first_lines) == min(per_page, 30)
    for index, (_text, x, y) in enumerate(first_lines):
        row, col = divmod(index, columns)
        label_left = left + col * h_pitch
        label_top = top + row * v_pitch
        assert abs(x / MM - (label_left + 3)) < 0.5, (name, index)
        # the baseline of the first line: 3 mm padding plus the font size below the top
        size_mm = (10 if sheet.height >= 30 else 7) * 25.4 / 72
        assert abs((page_h - y / MM) - (label_top + 3 + size_mm)) < 0.5, (name, index)


def test_start_at_label_n_on_a_partly_used_sheet(people):
    ok, _ = people
    pdf = labels_pdf(get_sheet("L7160"), ok[:2], start=5)
    (a, b) = [t for t in text_origins(pdf) if t[0].startswith("Иванова")]
    left, top, h_pitch, v_pitch, columns, _ = SPEC["L7160"]
    assert abs(a[1] / MM - (left + 1 * h_pitch + 3)) < 0.5  # label 5: row 2, column 2
    assert abs(b[1] / MM - (left + 2 * h_pitch + 3)) < 0.5
    assert "Иванова0 Анна Петровна" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    with pytest.raises(ValidationError, match="not a label"):
        labels_pdf(get_sheet("L7160"), ok, start=22)


def test_sheets_overflow_to_new_pages(people):
    ok, _ = people
    reader = PdfReader(io.BytesIO(labels_pdf(get_sheet("L7163"), ok)))
    assert len(reader.pages) == 3  # 14 + 14 + 2
    assert "Иванова29" in reader.pages[2].extract_text()


def test_unknown_and_custom_sheets():
    with pytest.raises(ValidationError, match="not a known sheet"):
        get_sheet("L9999")
    sheet = custom_sheet("A4", 2, 5, 90, 50, 10, 20, 100, 52)
    assert sheet.origin(3) == (110, 72)
    with pytest.raises(ValidationError, match="run off the A4 page"):
        custom_sheet("A4", 3, 5, 90, 50, 10, 20)


@pytest.mark.parametrize("size", list(SIZES))
def test_envelopes(size, people):
    ok, _ = people
    pdf = envelopes_pdf(size, ["Серебряная нить", "ул. Садовая, 12", "Москва 101000"], ok[:2])
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert abs(float(box.width) / MM - SIZES[size][0]) < 0.5
    assert abs(float(box.height) / MM - SIZES[size][1]) < 0.5
    text = reader.pages[0].extract_text()
    assert "Серебряная нить" in text and "Иванова0 Анна Петровна" in text
    (name,) = [t for t in text_origins(pdf) if t[0].startswith("Иванова0")]
    left, top = recipient_origin(size)
    assert abs(name[1] / MM - left) < 0.5
    with pytest.raises(ValidationError, match="not one of"):
        envelopes_pdf("A3", [], ok)


def test_custom_grid_from_text(people):
    from services.printing.labels import parse_grid

    sheet = parse_grid("A4,3x8,70x36,0,4.5")
    assert (sheet.columns, sheet.rows, sheet.h_pitch, sheet.v_pitch) == (3, 8, 70, 36)
    ok, _ = people
    pdf = labels_pdf(sheet, ok[:4])
    (_t, x, y) = [t for t in text_origins(pdf) if t[0].startswith("Иванова3")][0]
    assert abs(x / MM - (0 + 0 * 70 + 3)) < 0.5  # the 4th label starts the second row
    assert abs((297 - y / MM) - (4.5 + 36 + 3 + 10 * 25.4 / 72)) < 0.5
    for bad in ("A4,3x8", "A5,3x8,70x36,0,4.5", "A4,3x9,70x36,0,4.5"):
        with pytest.raises(ValidationError):
            parse_grid(bad)
