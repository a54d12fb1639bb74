"""Targets (issue 6): 1,000 cards in under 5 s and 5,000 labels in under 5 s."""

import time

from services.printing.cards import CardFace, cards_pdf
from services.printing.labels import get_sheet, labels_pdf
from services.printing.recipients import Recipient
from services.sales import loyalty


def test_cards_and_labels(benchmark):
    faces = []
    for i in range(1000):
        base = f"2{i:011d}"
        faces.append(CardFace(base + loyalty.ean13_check_digit(base),
                              f"Иванова{i} Анна Петровна", "10% — Regular", "Серебряная нить",
                              "+7 495 123-45-67", "silver.example",
                              "Show this card when you pay. " * 4, qr=True))
    people = [Recipient(i, [f"Иванова{i} Анна Петровна", "ул. Ленина, д. 1, кв. 2",
                            "Москва", "101000"]) for i in range(5000)]
    start = time.perf_counter()
    cards = cards_pdf(faces)
    cards_s = time.perf_counter() - start
    start = time.perf_counter()
    labels = labels_pdf(get_sheet("L7160"), people)
    labels_s = time.perf_counter() - start
    print(f"\n[bench] 1,000 cards (with QR): {cards_s:.2f} s, {len(cards) // 1024} KiB; "
          f"5,000 labels: {labels_s:.2f} s, {len(labels) // 1024} KiB")
    benchmark.pedantic(lambda: labels_pdf(get_sheet("L7160"), people[:1000]), rounds=1,
                       iterations=1)
    assert cards_s < 5 and labels_s < 5
