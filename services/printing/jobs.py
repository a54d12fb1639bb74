"""One print job (cards, letters, envelopes or labels for some customers), the same for the
window and the command line: build the PDF, say who was left out, and — once it is really
printed or saved — note what follows (letters in the history, cards marked printed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from models import Customer
from models.database import Database
from services.core import settings
from services.core.errors import ServiceError, ValidationError, field_error
from services.directory.search import all_ids
from services.printing.card_data import card_faces, mark_printed
from services.printing.cards import cards_pdf
from services.printing.envelopes import envelopes_pdf, sender_lines
from services.printing.labels import get_sheet, labels_pdf, parse_grid
from services.printing.letters import compose, letters_pdf, record_letters, template_for
from services.printing.recipients import Skipped, recipients
from services.sales.loyalty import issue_missing_cards
from services.text.folding import N_
from services.text.said import Said

KINDS = ("cards", "letters", "envelopes", "labels")
NOUNS = {"cards": "card(s)", "letters": "letter(s)", "envelopes": "envelope(s)",
         "labels": "label(s)"}


class NothingToPrint(ServiceError):
    def __init__(self, message: str, skipped: list[Skipped]):
        super().__init__(message)
        self.skipped = skipped


@dataclass
class PrintJob:
    kind: str
    customer_ids: Sequence[int] | None = None  # None: everyone (for cards: every card)
    sheet: str = "L7160"
    grid: str | None = None  # a custom sheet instead: see labels.parse_grid
    start: int = 1
    envelope: str = "DL"
    template: str = "birthday"
    page: str = "A4"
    layout: str = "band"
    one_per_page: bool = False
    qr: bool = False
    unprinted: bool = False
    issue: bool = False  # cards: first issue one to each chosen customer who has none
    record: bool = True


@dataclass
class PrintResult:
    pdf: bytes
    count: int
    skipped: list[Skipped] = field(default_factory=list)
    done: Callable[[], None] = lambda: None  # call once the PDF is printed or saved
    issued: int = 0  # cards issued for this job


def _issue_cards(db: Database, job: PrintJob) -> list[int]:
    if job.unprinted:  # "not printed yet" chooses cards, not customers to give one to
        raise field_error("issue", "cards are issued to chosen customers, not with the cards "
                          "not printed yet")
    with db.transaction() as session:
        ids = all_ids(session) if job.customer_ids is None else job.customer_ids
        return [card.id for card in issue_missing_cards(session, ids)]


def build(db: Database, job: PrintJob) -> PrintResult:
    if job.kind not in KINDS:
        raise field_error("kind", f"'{job.kind}' is not one of: {', '.join(KINDS)}")
    # Before the reading session starts: it would not see cards written after its snapshot.
    # The numbers on the faces are the cards' own, so even a preview needs them issued.
    issued = _issue_cards(db, job) if job.kind == "cards" and job.issue else []
    with db.sessions() as session:
        profile = settings.profile(session)
        business = sender_lines(profile.name, profile.address)
        if job.kind == "cards":
            faces, card_ids, skipped = card_faces(session, job.customer_ids,
                                                  unprinted=job.unprinted, qr=job.qr)
            if not faces:
                raise NothingToPrint("no cards to print" + (
                    ": every card is printed already" if job.unprinted else ""), skipped)
            pdf = cards_pdf(faces, page=job.page, layout=job.layout,
                            per_page=job.one_per_page)

            def cards_done() -> None:
                if job.unprinted or issued:
                    with db.transaction() as s:
                        mark_printed(s, card_ids if job.unprinted else issued)

            return PrintResult(pdf, len(faces), skipped, cards_done, len(issued))
        if job.kind == "letters":
            template_for(session, job.template, "en")
        people, skipped = recipients(session, job.customer_ids)
        if not people:
            raise NothingToPrint(f"nobody to print for: {len(skipped)} customer(s) without a "
                                 "postal address", skipped)
        if job.kind == "labels":
            sheet = parse_grid(job.grid) if job.grid else get_sheet(job.sheet)
            return PrintResult(labels_pdf(sheet, people, job.start),
                               len(people), skipped)
        if job.kind == "envelopes":
            return PrintResult(envelopes_pdf(job.envelope, business, people), len(people),
                               skipped)
        letters = []
        for p in people:
            customer = session.get(Customer, p.customer_id)
            try:
                letters.append(compose(session, customer, p.lines, job.template))
            except ValidationError as exc:  # a greeting on the card that cannot be filled in
                skipped.append(Skipped(p.customer_id, customer.display_name, Said(
                    N_("the letter cannot be written: {why}"), why=str(exc))))
        if not letters:
            raise NothingToPrint("no letter could be written", skipped)
        head = business + ([profile.phone] if profile.phone else [])
        pdf = letters_pdf(letters, head, " · ".join(head[:3]))

        def letters_done() -> None:
            if job.record:
                with db.transaction() as s:
                    record_letters(s, letters, job.template)

        return PrintResult(pdf, len(letters), skipped, letters_done)
