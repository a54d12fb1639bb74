import io

import pytest
from pypdf import PdfReader

from services.core.errors import ValidationError
from services.customers.writing import CustomerDraft, create_customer
from services.printing.card_data import card_faces, mark_printed
from services.printing.cards import CARD_H, CARD_W, CardFace, cards_pdf, sheet_origin
from services.sales import loyalty

MM = 72 / 25.4


def face(n: int, name="Иванова Анна Петровна") -> CardFace:
    base = f"2{n:011d}"
    return CardFace(base + loyalty.ean13_check_digit(base), name, "10% — Regular",
                    "Серебряная нить", "+7 495 123-45-67", "silver.example", "Terms apply.")


def origins(pdf: bytes, page: int, prefix: str):
    found = []

    def visit(text, cm, tm, _font, _size):
        if text.strip().startswith(prefix):
            found.append((text.strip(), tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    PdfReader(io.BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_sheet_geometry_and_mirrored_backs():
    faces = [face(i, f"Holder{i}") for i in range(10)]
    pdf = cards_pdf(faces, page="A4")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2  # a front sheet and its back sheet
    # ten ID-1 cards, 2 × 5, centred on A4: left (210 − 171.2) / 2, top (297 − 269.9) / 2
    for i, (_text, x, y) in enumerate(origins(pdf, 0, "Holder")):
        row, col = divmod(i, 2)
        card_left = 19.4 + col * 85.6
        card_top = 13.55 + row * 53.98
        assert abs(x / MM - (card_left + 5)) < 0.5
        assert abs((297 - y / MM) - (card_top + 22)) < 0.5
    backs = origins(pdf, 1, "2000")  # the number, right-aligned on each back
    numbers = [f.number for f in faces]
    for text, x, _y in backs:
        i = numbers.index(text)
        col = i % 2
        mirrored_left = 19.4 + (1 - col) * 85.6
        assert mirrored_left < x / MM < mirrored_left + 85.6
    assert sheet_origin("A4", 1, back=True) == sheet_origin("A4", 0)


def test_one_card_per_page_for_card_printers():
    pdf = cards_pdf([face(1), face(2)], per_page=True, layout="minimal")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 4
    box = reader.pages[0].mediabox
    assert abs(float(box.width) / MM - CARD_W) < 0.5
    assert abs(float(box.height) / MM - CARD_H) < 0.5
    front = reader.pages[0].extract_text()
    assert "Иванова Анна Петровна" in front and "Серебряная нить" in front
    assert "10% — Regular" in front
    assert face(1).number in reader.pages[1].extract_text()


def test_bad_requests():
    with pytest.raises(ValidationError, match="layout"):
        cards_pdf([face(1)], layout="fancy")
    with pytest.raises(ValidationError, match="no cards"):
        cards_pdf([])


def test_unprinted_cards_are_marked_printed(db):
    with db.transaction() as s:
        a = create_customer(s, CustomerDraft(family_name="Петрова", given_name="Анна")).id
        b = create_customer(s, CustomerDraft(family_name="Smith", given_name="John")).id
        create_customer(s, CustomerDraft(family_name="NoCard"))
        loyalty.issue_card(s, a)
        loyalty.issue_card(s, b)
        faces, card_ids, skipped = card_faces(s, unprinted=True)
        assert [f.holder for f in faces] == ["John Smith", "Петрова Анна"]  # name order
        mark_printed(s, card_ids[1:])
        faces, _ids, _ = card_faces(s, unprinted=True)
        assert [f.holder for f in faces] == ["John Smith"]
        _faces, _ids, skipped = card_faces(s, [a, 3])
        assert [(x.customer_id, x.reason) for x in skipped] == [(3, "no active loyalty card")]
