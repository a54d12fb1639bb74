"""E-mail mailings: one personalised message per consenting customer, sent through the user's
SMTP server (password in the system keyring, never in the file), at a gentle rate, resumable:
a rerun after a failure or a restart sends only what was not sent, never anything twice."""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import select

from models import Customer, Interaction, MailingRecipient
from models.database import Database
from models.types import utcnow
from services import settings
from services.errors import ServiceError, field_error
from services.mailing import audience
from services.printing.letters import letter_language, template_and_language, values_for

settings.DEFAULTS.update({
    "smtp_host": "", "smtp_port": 587, "smtp_security": "starttls",  # starttls, ssl, none
    "smtp_user": "", "mail_from": "", "mail_per_minute": 30,
})
KEYRING_SERVICE = "Regulars SMTP"


@dataclass(frozen=True)
class Planned:
    customer_id: int
    email: str
    status: str  # send, skipped (dry run); sent, failed, already sent (after sending)
    reason: str = ""
    subject: str = ""

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "email": self.email, "status": self.status,
                "reason": self.reason}


def compose_email(session, customer: Customer, address: str, template: str, sender: str,
                  unsubscribe: str) -> EmailMessage:
    country = settings.profile(session).country.lower()
    text, language = template_and_language(session, template,
                                           letter_language(customer, country or "en"))
    from services.printing.letters import render

    body = render(text, values_for(session, customer, language))
    subject, _, rest = body.partition("\n")
    message = EmailMessage()
    message["From"] = sender
    message["To"] = address
    message["Subject"] = subject.strip()
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] or None)
    # one click in the recipient's mail program withdraws the consent (RFC 2369)
    message["List-Unsubscribe"] = f"<mailto:{unsubscribe}?subject=unsubscribe>"
    message.set_content(rest.strip() + "\n")
    return message


def plan(db: Database, customer_ids: Sequence[int] | None, mailing: str
         ) -> list[Planned]:
    """Who would get the mailing and who would not (and why): what --dry-run prints."""
    with db.sessions() as session:
        reached, left_out = audience(session, customer_ids, "email")
        sent = set(session.execute(select(MailingRecipient.customer_id).where(
            MailingRecipient.mailing == mailing, MailingRecipient.status == "sent")).scalars())
    out = [Planned(r.customer_id, r.email, "skipped", "already sent")
           if r.customer_id in sent else Planned(r.customer_id, r.email, "send")
           for r in reached]
    out += [Planned(x.customer_id, "", "skipped", x.reason) for x in left_out]
    return out


def _connect(session) -> smtplib.SMTP:
    host = settings.get(session, "smtp_host")
    if not host:
        raise field_error("smtp_host", "no mail server set: fill in Settings (SMTP)")
    port = int(settings.get(session, "smtp_port"))
    security = settings.get(session, "smtp_security")
    try:
        if security == "ssl":
            server = smtplib.SMTP_SSL(host, port, timeout=30,
                                      context=ssl.create_default_context())
        else:
            server = smtplib.SMTP(host, port, timeout=30)
            if security == "starttls":
                server.starttls(context=ssl.create_default_context())
        user = settings.get(session, "smtp_user")
        if user:
            import keyring

            password = keyring.get_password(KEYRING_SERVICE, user)
            if password is None:
                raise ServiceError(f"no password for {user} in the system keyring")
            server.login(user, password)
    except (OSError, smtplib.SMTPException) as exc:
        raise ServiceError(f"cannot reach the mail server {host}:{port}: {exc}") from exc
    return server


def send(db: Database, customer_ids: Sequence[int] | None, template: str, mailing: str, *,
         progress: Callable[[int, int], None] | None = None,
         sleep: Callable[[float], None] = time.sleep) -> list[Planned]:
    """Send to everyone planned who has not had it yet; each result is kept at once, so a
    crash loses nothing and a rerun continues where this one stopped."""
    planned = plan(db, customer_ids, mailing)
    todo = [p for p in planned if p.status == "send"]
    results = [p for p in planned if p.status != "send"]
    if not todo:
        return results
    with db.sessions() as session:
        sender = settings.get(session, "mail_from") or settings.profile(session).email
        if not sender:
            raise field_error("mail_from", "no sender address: fill in Settings")
        per_minute = float(settings.get(session, "mail_per_minute") or 0)
        server = _connect(session)
    pause = 60.0 / per_minute if per_minute > 0 else 0.0
    try:
        for n, item in enumerate(todo, 1):
            with db.transaction() as session:
                customer = session.get(Customer, item.customer_id)
                message = compose_email(session, customer, item.email, template, sender,
                                        sender)
                try:
                    server.send_message(message)
                except smtplib.SMTPRecipientsRefused as exc:
                    code, text = next(iter(exc.recipients.values()))
                    _keep(session, mailing, item.customer_id, "failed", f"{code} {text!r}")
                    results.append(Planned(item.customer_id, item.email, "failed",
                                           f"server said {code}"))
                    continue
                except smtplib.SMTPResponseException as exc:
                    _keep(session, mailing, item.customer_id, "failed",
                          f"{exc.smtp_code} {exc.smtp_error!r}")
                    results.append(Planned(item.customer_id, item.email, "failed",
                                           f"server said {exc.smtp_code}"))
                    continue
                except (OSError, smtplib.SMTPException) as exc:
                    _keep(session, mailing, item.customer_id, "failed", str(exc))
                    results.append(Planned(item.customer_id, item.email, "failed", str(exc)))
                    raise ServiceError(f"the mail server stopped answering after {n - 1} "
                                       f"message(s): {exc}; run the mailing again to "
                                       "continue") from exc
                _keep(session, mailing, item.customer_id, "sent", message["Message-ID"])
                session.add(Interaction(customer_id=item.customer_id, kind="email",
                                        channel="email", text=message["Subject"],
                                        outcome=f"mailing {mailing}"))
                results.append(Planned(item.customer_id, item.email, "sent",
                                       subject=message["Subject"]))
            if progress:
                progress(n, len(todo))
            if pause and n < len(todo):
                sleep(pause)
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            pass
    return results


def _keep(session, mailing: str, customer_id: int, status: str, detail: str) -> None:
    row = session.get(MailingRecipient, (mailing, customer_id))
    if row is None:
        row = MailingRecipient(mailing=mailing, customer_id=customer_id)
        session.add(row)
    row.status, row.detail, row.updated_at = status, detail, utcnow()


def unsubscribe(db: Database, customer_id: int) -> None:
    """One click: e-mail consent withdrawn, with the date (undo comes with the window's)."""
    from services.actions import unsubscribe as withdraw

    withdraw(db, [customer_id])


def write_eml(db: Database, customer_ids: Sequence[int] | None, template: str, folder: str
              ) -> list[Planned]:
    """The same messages as .eml files for the user's own mail program (nothing is sent, so
    nothing is noted as sent either)."""
    from pathlib import Path

    target = Path(folder)
    if not target.is_dir():
        raise field_error("eml", f"{folder}: no such folder")
    planned = plan(db, customer_ids, f"eml:{template}")
    out = []
    with db.sessions() as session:
        sender = settings.get(session, "mail_from") or settings.profile(session).email
        if not sender:
            raise field_error("mail_from", "no sender address: fill in Settings")
        for item in planned:
            if item.status != "send":
                out.append(item)
                continue
            customer = session.get(Customer, item.customer_id)
            message = compose_email(session, customer, item.email, template, sender, sender)
            path = target / f"{item.customer_id:06d}-{template}.eml"
            try:
                path.write_bytes(bytes(message))
            except OSError as exc:
                raise field_error("eml", f"cannot write {path}: {exc.strerror}") from None
            out.append(Planned(item.customer_id, item.email, "written", str(path),
                               message["Subject"]))
    return out
