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

from models import Consent, Customer, Interaction, MailingRecipient
from models.database import Database
from models.types import utcnow
from services.core import settings
from services.core.errors import ServiceError, ValidationError, field_error
from services.core.files import write_atomic
from services.core.records import get_customer
from services.core.undo import Change, perform
from services.outreach.audience import audience
from services.printing.letters import letter_language, template_and_language, values_for
from services.text.folding import N_
from services.text.said import Said

KEYRING_SERVICE = "Regulars SMTP"



def mailing_key(segment: str, template: str) -> str:
    """The name a mailing's recipients are kept under, so that a rerun sends to nobody twice:
    the window and the command line must spell it alike."""
    return f"{segment}/{template}"

@dataclass(frozen=True)
class Planned:
    customer_id: int
    email: str
    status: str  # send, skipped (dry run); sent, failed, unconfirmed, not sent (after sending)
    reason: str = ""
    subject: str = ""

    def to_json(self) -> dict:
        return {"customer_id": self.customer_id, "email": self.email, "status": self.status,
                "reason": self.reason}


def compose_email(session, customer: Customer, address: str, template: str, sender: str,
                  unsubscribe: str) -> EmailMessage:
    text, language = template_and_language(
        session, template, letter_language(customer, settings.business_language(session)))
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


UNCONFIRMED = ("handed", "unconfirmed")  # given to the server, its answer never came
NOT_CONFIRMED = ("handed to the server, which never confirmed it: look in the sent folder or "
                 "ask the customer, then send again with --resend-unconfirmed if it is missing")


def _compose_or_skip(session, item: Planned, address: str, template: str, sender: str
                     ) -> EmailMessage | Planned:
    """The message, or the recipient skipped with the reason when the letter cannot be
    filled in (a greeting on the card with a placeholder it does not know)."""
    try:
        return compose_email(session, session.get(Customer, item.customer_id), address,
                             template, sender, sender)
    except ValidationError as exc:
        return Planned(item.customer_id, address, "skipped",
                       Said(N_("the letter cannot be written: {why}"), why=str(exc)))


def plan(db: Database, customer_ids: Sequence[int] | None, mailing: str, *,
         resend_unconfirmed: bool = False) -> list[Planned]:
    """Who would get the mailing and who would not (and why): what --dry-run prints. A
    message the server took but never confirmed is not sent again unless the user says so."""
    with db.sessions() as session:
        reached, left_out = audience(session, customer_ids, "email")
        done = dict(session.execute(
            select(MailingRecipient.customer_id, MailingRecipient.status).where(
                MailingRecipient.mailing == mailing,
                MailingRecipient.status.in_(("sent", *UNCONFIRMED)))).all())
    out = []
    for r in reached:
        status = done.get(r.customer_id)
        if status == "sent":
            out.append(Planned(r.customer_id, r.email, "skipped", N_("already sent")))
        elif status in UNCONFIRMED and not resend_unconfirmed:
            out.append(Planned(r.customer_id, r.email, "skipped", NOT_CONFIRMED))
        else:
            out.append(Planned(r.customer_id, r.email, "send"))
    out += [Planned(x.customer_id, "", "skipped", x.reason) for x in left_out]
    return out


class MailingStopped(ServiceError):
    """The server stopped answering midway; `results` says what happened to each recipient."""

    def __init__(self, message: str, results: list[Planned]):
        super().__init__(message)
        self.results = results


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
         sleep: Callable[[float], None] = time.sleep,
         resend_unconfirmed: bool = False) -> list[Planned]:
    """Send to everyone planned who has not had it yet; each result is kept at once, so a
    crash loses nothing and a rerun continues where this one stopped. Consent and the
    customer's address are read again just before each message, so a consent withdrawn
    while the mailing runs is honoured."""
    planned = plan(db, customer_ids, mailing, resend_unconfirmed=resend_unconfirmed)
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
            outcome, stop = _send_one(db, server, item, template, mailing, sender)
            results.append(outcome)
            if stop:
                results += [Planned(p.customer_id, p.email, "not sent",
                                    "the mail server stopped answering") for p in todo[n:]]
                sent = sum(r.status == "sent" for r in results)
                raise MailingStopped(
                    f"the mail server stopped answering after {sent} of {len(todo)} messages "
                    f"({outcome.reason}); run the mailing again to continue", results)
            if progress:
                progress(n, len(todo))
            if pause and n < len(todo) and outcome.status == "sent":
                sleep(pause)
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            pass
    return results


def _send_one(db: Database, server: smtplib.SMTP, item: Planned, template: str, mailing: str,
              sender: str) -> tuple[Planned, bool]:
    """One message, and whether the server is gone; what became of the message is in the
    file before the next one starts."""
    with db.sessions() as session:
        reached, left_out = audience(session, [item.customer_id], "email")
        if not reached:
            reason = left_out[0].reason if left_out else N_("no longer in the file")
            return Planned(item.customer_id, item.email, "skipped", reason), False
        address = reached[0].email
        message = _compose_or_skip(session, item, address, template, sender)
        if isinstance(message, Planned):
            return message, False
    cid = item.customer_id
    handed = []

    def hand_over(data, _send=server.data):
        # the server has everything once DATA goes out: from here a lost answer must not
        # lead to a second copy, so the file says so before the answer is awaited
        _keep(db, mailing, cid, "handed", message["Message-ID"])
        handed.append(True)
        return _send(data)

    server.data = hand_over
    try:
        server.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        code, text = next(iter(exc.recipients.values()))
        _keep(db, mailing, cid, "failed", f"{code} {text!r}")
        return Planned(cid, address, "failed", f"server said {code}"), False
    except smtplib.SMTPResponseException as exc:
        _keep(db, mailing, cid, "failed", f"{exc.smtp_code} {exc.smtp_error!r}")
        return Planned(cid, address, "failed", f"server said {exc.smtp_code}"), False
    except (OSError, smtplib.SMTPException) as exc:
        if handed:
            _keep(db, mailing, cid, "unconfirmed", str(exc))
            return Planned(cid, address, "unconfirmed", NOT_CONFIRMED), True
        reason = str(exc) or type(exc).__name__
        _keep(db, mailing, cid, "failed", reason)
        return Planned(cid, address, "failed", reason), True
    finally:
        del server.data
    _keep(db, mailing, cid, "sent", message["Message-ID"],
          Interaction(customer_id=cid, kind="email", channel="email", text=message["Subject"],
                      outcome=f"mailing {mailing}"))
    return Planned(cid, address, "sent", subject=message["Subject"]), False


def _keep(db: Database, mailing: str, customer_id: int, status: str, detail: str,
          *also) -> None:
    """What became of one recipient, in the file at once (with anything else to note)."""
    with db.transaction() as session:
        row = session.get(MailingRecipient, (mailing, customer_id))
        if row is None:
            row = MailingRecipient(mailing=mailing, customer_id=customer_id)
            session.add(row)
        row.status, row.detail, row.updated_at = status, detail, utcnow()
        session.add_all(also)


def unsubscribe(db: Database, ids: Sequence[int]) -> tuple[int, Change]:
    """E-mail consent withdrawn, dated, for each of these customers (undoable)."""
    def withdraw(session) -> int:
        now = utcnow()
        for cid in ids:
            customer = get_customer(session, cid)
            row = next((c for c in customer.consents if c.channel == "email"), None)
            if row is None:
                row = Consent(channel="email")
                customer.consents.append(row)
            row.status, row.withdrawn_at, row.changed_at = "withdrawn", now, now
            row.method = "unsubscribed"
        session.flush()
        return len(ids)

    return perform(db, f"Unsubscribe {len(ids)} customer(s)", ids, withdraw)


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
            message = _compose_or_skip(session, item, item.email, template, sender)
            if isinstance(message, Planned):
                out.append(message)
                continue
            path = target / f"{item.customer_id:06d}-{template}.eml"
            try:
                write_atomic(path, bytes(message))
            except OSError as exc:
                raise field_error("eml", f"cannot write {path}: {exc.strerror}") from None
            out.append(Planned(item.customer_id, item.email, "written", str(path),
                               message["Subject"]))
    return out
