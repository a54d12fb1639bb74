"""Mail-merge letters: safe templates, salutations by sex and language, an A4 page with the
letterhead and the address where DL and C5 window envelopes show it (DIN 5008, form B)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_percent
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from models import Customer, Interaction
from services.core import settings
from services.core.errors import field_error
from services.printing.fonts import fit, register
from services.printing.options import SALUTATIONS
from services.sales.loyalty import customer_loyalty
from services.text.placeholders import placeholders_of, render

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
# DIN 5008 form B, mm from the page's top-left corner
ADDRESS_LEFT, RETURN_LINE_TOP, ADDRESS_TOP, ADDRESS_WIDTH = 20.0, 45.0, 50.0, 85.0
BODY_LEFT, BODY_WIDTH, BODY_TOP, DATE_TOP = 25.0, 165.0, 105.0, 98.6


def shipped_templates() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for path in sorted(TEMPLATES.glob("*.txt")):
        name, language = path.stem.rsplit(".", 1)
        out.setdefault(name, {})[language] = path.read_text(encoding="utf-8")
    return out


def templates(session: Session) -> dict[str, dict[str, str]]:
    """Shipped templates with the user's edits over them."""
    out = shipped_templates()
    for name, by_language in (settings.get(session, "letter_templates") or {}).items():
        out.setdefault(name, {}).update(by_language)
    return out


def save_template(session: Session, name: str, language: str, text: str) -> None:
    name = name.strip().lower().replace(" ", "_")
    if not name or not name.replace("_", "").isalnum():
        raise field_error("name", "use letters, digits and underscores")
    placeholders_of(text)
    if not text.strip():
        raise field_error("template", "is empty")
    stored = dict(settings.get(session, "letter_templates") or {})
    stored.setdefault(name, {})[language] = text
    settings.put(session, "letter_templates", stored)


def template_for(session: Session, name: str, language: str) -> str:
    return template_and_language(session, name, language)[0]


def template_and_language(session: Session, name: str, language: str) -> tuple[str, str]:
    """The template in the customer's language, else in English (and which one it is)."""
    known = templates(session)
    if name not in known:
        raise field_error("template", f"no template '{name}'; there are: "
                          + ", ".join(sorted(known)))
    by_language = known[name]
    for candidate in (language, "en", *by_language):
        if candidate in by_language:
            return by_language[candidate], candidate
    raise field_error("template", f"template '{name}' is empty")


def letter_language(customer: Customer, fallback: str) -> str:
    return customer.language if customer.language in SALUTATIONS else fallback


def values_for(session: Session, customer: Customer, language: str,
               today: dt.date | None = None) -> dict[str, str]:
    profile = settings.profile(session)
    loyalty = customer_loyalty(session, customer.id, today)
    locale = {"ru": "ru_RU", "bg": "bg_BG"}.get(language, "en_GB")
    today = today or dt.date.today()

    def day(value) -> str:
        return format_date(value, format="long", locale=locale) if value else ""

    coupon = loyalty["coupons"][0] if loyalty["coupons"] else None
    active = [c["number"] for c in loyalty["cards"] if c["status"] == "active"]
    values = {
        "first_name": customer.given_name, "patronymic": customer.patronymic,
        "last_name": customer.family_name,
        "discount": format_percent(loyalty["discount_percent"] / 100, locale=locale),
        "card_number": active[0] if active else "", "points": str(loyalty["points"]),
        "coupon_code": coupon["code"] if coupon else "",
        "coupon_valid_until": day(dt.date.fromisoformat(coupon["valid_until"]))
        if coupon and coupon["valid_until"] else "",
        "last_purchase": day(customer.last_purchase),
        "business_name": profile.name, "business_phone": profile.phone,
        "business_address": profile.address.replace("\n", ", "),
        "business_email": profile.email, "business_website": profile.website,
        "date": day(today),
    }
    forms = (settings.get(session, "salutations") or SALUTATIONS).get(language,
                                                                       SALUTATIONS["en"])
    form = customer.salutation or forms.get(customer.sex, forms["unknown"])
    values["salutation"] = " ".join(render(form, values).split())
    return values


@dataclass(frozen=True)
class Letter:
    customer_id: int
    address: list[str]
    subject: str
    body: str
    date: str


def compose(session: Session, customer: Customer, address: list[str], template: str,
            today: dt.date | None = None) -> Letter:
    wanted = letter_language(customer, settings.business_language(session))
    # one language for the whole letter: the template's, salutation and dates included
    text, language = template_and_language(session, template, wanted)
    values = values_for(session, customer, language, today)
    text = render(text, values)
    subject, _, body = text.partition("\n")
    return Letter(customer.id, address, subject.strip(), body.strip(), values["date"])


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split():
            candidate = f"{current} {word}".strip()
            if stringWidth(candidate, font, size) <= width:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
    return lines


def letters_pdf(letters: list[Letter], business: list[str], return_line: str) -> bytes:
    regular, bold = register()
    page_w, page_h = A4
    out = BytesIO()
    c = Canvas(out, pagesize=A4)
    c.setTitle("Letters")
    for letter in letters:
        if business:  # letterhead, right-aligned at the top
            c.setFont(bold, 14)
            c.drawRightString(page_w - 20 * mm, page_h - 20 * mm, business[0])
            c.setFont(regular, 8)
            for i, line in enumerate(business[1:4]):
                c.drawRightString(page_w - 20 * mm, page_h - (25 + 4 * i) * mm, line)
        c.setFont(regular, 6)
        c.drawString(ADDRESS_LEFT * mm, page_h - (RETURN_LINE_TOP + 3) * mm,
                     fit(return_line, regular, 6, ADDRESS_WIDTH * mm))
        y = page_h - ADDRESS_TOP * mm - 10
        for i, line in enumerate(letter.address):
            font = bold if i == 0 else regular
            c.setFont(font, 10)
            c.drawString(ADDRESS_LEFT * mm, y, fit(line, font, 10, ADDRESS_WIDTH * mm))
            y -= 12.5
        c.setFont(regular, 10)
        c.drawRightString(page_w - 20 * mm, page_h - DATE_TOP * mm, letter.date)
        y = page_h - BODY_TOP * mm
        c.setFont(bold, 12)
        c.drawString(BODY_LEFT * mm, y, fit(letter.subject, bold, 12, BODY_WIDTH * mm))
        y -= 24
        c.setFont(regular, 11)
        for line in _wrap(letter.body, regular, 11, BODY_WIDTH * mm):
            if y < 25 * mm:
                c.showPage()
                c.setFont(regular, 11)
                y = page_h - 25 * mm
            c.drawString(BODY_LEFT * mm, y, line)
            y -= 15
        c.showPage()
    c.save()
    return out.getvalue()


def record_letters(session: Session, letters: list[Letter], template: str) -> None:
    """Each letter sent goes into the customer's history."""
    for letter in letters:
        session.add(Interaction(customer_id=letter.customer_id, kind="letter", channel="post",
                                text=f"{letter.subject} (template {template})"))
    session.flush()
