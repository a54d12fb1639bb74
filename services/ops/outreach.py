"""Letters and mailings: the business's templates, who a mailing reaches, a preview, the list for a
mail service."""

from __future__ import annotations

from models.database import Database
from services.ops.segments import segment_members


def letter_templates(db: Database) -> dict[str, dict[str, str]]:
    from services.printing.letters import templates

    with db.sessions() as session:
        return templates(session)


def save_letter_template(db: Database, name: str, language: str, text: str) -> None:
    from services.printing.letters import save_template

    with db.transaction() as session:
        save_template(session, name, language, text)


def mailing_audience(db: Database, segment: str, channel: str):
    from services.outreach.audience import audience

    ids = segment_members(db, segment)
    with db.sessions() as session:
        return audience(session, ids, channel)


def preview_email(db: Database, customer_id: int, template: str, address: str
                  ) -> tuple[str, str]:
    """Subject and body of the message this customer would get."""
    from models import Customer
    from services.core import settings
    from services.outreach.sending import compose_email

    with db.sessions() as session:
        sender = (settings.get(session, "mail_from") or settings.profile(session).email
                  or "shop@example.invalid")
        message = compose_email(session, session.get(Customer, customer_id), address,
                                template, sender, sender)
        return message["Subject"], message.get_content()


def export_mailing_csv(db: Database, segment: str, channel: str, path: str) -> int:
    from services.core.files import write_atomic
    from services.outreach.audience import export_csv

    reached, _left = mailing_audience(db, segment, channel)
    write_atomic(path, export_csv(reached, channel))
    return len(reached)
