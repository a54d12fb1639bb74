"""The card's five lists (contacts, dates with the birthday, addresses, documents,
preferences): built, filled from a draft, read back into one, and the rows errors are on."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from services.core.errors import FieldError, ValidationError
from services.customers.writing import (
    AddressDraft,
    ContactDraft,
    CustomerDraft,
    DateDraft,
    DocumentDraft,
    PreferenceDraft,
)
from services.text.contacts import format_phone
from services.text.dates import format_user_date, parse_user_date
from ui import labels
from ui.formatting import day
from ui.icons import icon
from ui.widgets import Column, RecordTable, named_line


class CardTables(QObject):
    edited = Signal()

    def __init__(self, err, parent=None):
        super().__init__(parent)
        # Contacts
        self.contacts = RecordTable([
            Column("kind", self.tr("Kind"), "choice", labels.contact_kinds(), 110),
            Column("value", self.tr("Number or address"), width=230),
            Column("label", self.tr("Label"), width=110, placeholder=self.tr("mobile, work…")),
            Column("primary", self.tr("Main"), "check", width=50),
        ], self.tr("Add contact"))
        self.contacts.setObjectName("contacts")
        self.contacts.changed.connect(self.edited)
        self.contacts_box = _box(self.tr("Phones, e-mails, messengers"), self.contacts)

        # Dates
        self.birthday = named_line("birthday", self.tr("DD.MM.YYYY, or DD.MM without the year"),
                                   self.edited)
        self.dates = RecordTable([
            Column("kind", self.tr("Kind"), "choice", labels.date_kinds(), 160),
            Column("date", self.tr("Date"), width=110, placeholder="DD.MM.YYYY / DD.MM"),
            Column("label", self.tr("Label"), width=140),
            Column("yearly", self.tr("Every year"), "check", width=80),
            Column("note", self.tr("Note"), width=120),
        ], self.tr("Add date"))
        self.dates.setObjectName("dates")
        self.dates.changed.connect(self.edited)
        dates_widget = QWidget()
        dates_layout = QFormLayout(dates_widget)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addRow(self.tr("Birthday"), self.birthday)
        dates_layout.addRow("", err("birthday"))
        dates_layout.addRow(self.dates)
        self.dates_box = _box(self.tr("Birthday and other dates"), dates_widget)

        # Addresses
        self.addresses = RecordTable([
            Column("line1", self.tr("Street, house"), width=200),
            Column("line2", self.tr("More"), width=80),
            Column("city", self.tr("City"), width=110),
            Column("region", self.tr("Region, state"), width=90),
            Column("postcode", self.tr("Postcode"), width=80),
            Column("country", self.tr("Country"), width=60, placeholder="RU, BG, GB…"),
            Column("label", self.tr("Label"), width=70),
            Column("recipient", self.tr("Recipient"), width=110,
                   placeholder=self.tr("if not the customer")),
            Column("primary", self.tr("Main"), "check", width=50),
        ], self.tr("Add address"))
        self.addresses.setObjectName("addresses")
        self.addresses.changed.connect(self.edited)
        self.addresses_box = _box(self.tr("Postal addresses"), self.addresses)

        # Documents
        self.documents = RecordTable([
            Column("kind", self.tr("Kind"), "choice", labels.document_kinds(), 150),
            Column("number", self.tr("Number"), width=130),
            Column("issued_on", self.tr("Issued"), width=100, placeholder="DD.MM.YYYY"),
            Column("expires_on", self.tr("Expires"), width=100, placeholder="DD.MM.YYYY"),
            Column("citizenship", self.tr("Citizenship"), width=80),
            Column("issued_by", self.tr("Issued by"), width=130),
            Column("note", self.tr("Note"), width=120),
        ], self.tr("Add document"))
        self.documents.setObjectName("documents")
        self.documents.changed.connect(self.edited)
        self.documents_box = _box(self.tr("Travel documents (never payment cards)"),
                                  self.documents)

        # Preferences
        self.preferences = RecordTable([
            Column("category", self.tr("What"), width=150,
                   placeholder=self.tr("size, metal, favourite drink…")),
            Column("value", self.tr("Preference"), width=200),
            Column("note", self.tr("Note"), width=120),
        ], self.tr("Add preference"))
        self.preferences.setObjectName("preferences")
        self.preferences.changed.connect(self.edited)
        self.preferences_box = _box(self.tr("Tastes and preferences"), self.preferences)
        self.by_name = {"contacts": self.contacts, "dates": self.dates,
                        "addresses": self.addresses, "documents": self.documents,
                        "preferences": self.preferences}

    def show_draft(self, draft: CustomerDraft) -> None:
        self.contacts.set_records([
            {"kind": c.kind, "value": format_phone(c.value) if c.kind == "phone"
             and not c.unverified else c.value,
             "label": c.label, "primary": c.primary} for c in draft.contacts], draft.contacts)
        self._mark_unverified(draft.contacts)
        self.birthday.setText(format_user_date(draft.birthday))
        self.dates.set_records([vars(d) | {"date": format_user_date(d.date)}
                                for d in draft.dates], draft.dates)
        self.addresses.set_records([vars(a) for a in draft.addresses], draft.addresses)
        self.documents.set_records([
            vars(d) | {"expires_on": day(d.expires_on), "issued_on": day(d.issued_on)}
            for d in draft.documents], draft.documents)
        self.preferences.set_records([vars(p) for p in draft.preferences], draft.preferences)

    def _mark_unverified(self, contacts: list[ContactDraft]) -> None:
        """A quiet mark on a number or address kept as written, the reason on hovering."""
        column = next(i for i, c in enumerate(self.contacts.columns) if c.key == "value")
        for row, contact in enumerate(contacts):
            item = self.contacts.table.item(row, column)
            if item is None or not contact.unverified:
                continue
            self.contacts.table.blockSignals(True)
            item.setIcon(icon("unverified"))
            item.setToolTip(self.tr("Kept as written, not verified: %1")
                            .replace("%1", contact.unverified.removeprefix("not verified: ")))
            self.contacts.table.blockSignals(False)

    def rows(self, problems: list) -> dict:
        """The five lists as drafts, by the draft field each fills (see _rows)."""
        full_date = {"expires_on": _full_date, "issued_on": _full_date}
        return dict(
            contacts=_rows(self.contacts, "contacts", ContactDraft, {}, problems),
            addresses=_rows(self.addresses, "addresses", AddressDraft, {}, problems),
            dates=_rows(self.dates, "dates", DateDraft, {"date": parse_user_date}, problems),
            documents=_rows(self.documents, "documents", DocumentDraft, full_date, problems),
            preferences=_rows(self.preferences, "preferences", PreferenceDraft, {}, problems),
        )

    def contact_rows(self) -> dict[str, list[int]]:
        rows: dict[str, list[int]] = {}
        for i, r in enumerate(self.contacts.records()):
            rows.setdefault(r["kind"], []).append(i)
        return rows


def _box(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box



def _rows(table: RecordTable, name: str, factory, parsers: dict, problems: list) -> list:
    """The table's rows as drafts. A loaded row is its loaded draft with the fields the user
    changed, so every field the table does not show survives (including fields added to the
    draft later); a row added here starts from the draft's defaults. A field that does not
    parse is reported and keeps its loaded value; an added row with one is left out."""
    out = []
    for i, (origin, edited) in enumerate(table.changes()):
        fields, parsed = {}, True
        for key, value in edited.items():
            parse = parsers.get(key)
            try:
                fields[key] = parse(value, f"{name}[{i}].{key}") if parse else value
            except ValidationError as exc:
                problems += exc.errors
                parsed = False
        if origin is not None:
            out.append(replace(origin, **fields))
        elif parsed:
            out.append(factory(**fields))
    return out


def _full_date(text: str, field: str) -> dt.date | None:
    if not text:
        return None
    parsed = parse_user_date(text, field)
    if parsed.year is None:
        raise ValidationError(FieldError(field, "needs a year"))
    return dt.date(parsed.year, parsed.month, parsed.day)
