"""Mailing settings: the user's own mail server and how fast to send (the password is in the
system keyring, never here)."""

from __future__ import annotations

from services.core.errors import FieldError, ValidationError
from services.core.settings import Option
from services.text.contacts import normalize_email


def _sender(errors: list[FieldError], text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    try:
        return normalize_email(text, "mail_from")
    except ValidationError as exc:
        errors += exc.errors
        return text


OPTIONS = (
    Option("smtp_host", "", "the mail server that sends mailings (the business's own)"),
    Option("smtp_port", 587, "the mail server's port", "int", 1, 65535),
    Option("smtp_security", "starttls", "how the connection to the mail server is protected",
           "choice", choices=("starttls", "ssl", "none")),
    Option("smtp_user", "", "the user name on the mail server"),
    Option("mail_from", "", "the address mailings come from", check=_sender),
    Option("mail_per_minute", 30, "messages sent per minute at most (0: no limit)", "number",
           0, 10000),
)
