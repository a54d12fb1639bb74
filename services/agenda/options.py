"""The agenda's settings: the reminder rules (on or off, how many days ahead, what to do, the
words shown) and how long an overdue item stays on the list."""

from __future__ import annotations

from services.core.errors import FieldError
from services.core.settings import Option, number_in_range
from services.text.folding import N_

ACTIONS = ("call", "letter", "email", "card")
DEFAULT_RULES = {
    "birthday": {"enabled": True, "lead_days": 0, "action": "call",
                 "text": N_("Birthday: call and congratulate")},
    "date": {"enabled": True, "lead_days": 0, "action": "call", "text": "{label}"},
    "passport_expiry": {"enabled": True, "lead_days": 90, "action": "call",
                        "text": N_("Passport expires {date}: time to renew")},
    "first_purchase_anniversary": {"enabled": True, "lead_days": 0, "action": "letter",
                                   "text": N_("Years since the first purchase: {years}")},
    "follow_up": {"enabled": True, "lead_days": 3, "action": "call",
                  "text": N_("How do they like it? Ask what they liked and what they did not")},
    # (follow-ups go to customers still finding their way, up to their 3rd purchase: a
    # regular buying every week is not called after each visit)
    "second_purchase": {"enabled": True, "lead_days": 30, "action": "call",
                        "text": N_("Bought once: invite them back for the second purchase")},
    "third_purchase": {"enabled": True, "lead_days": 30, "action": "call",
                       "text": N_("Bought twice: the third purchase is where loyalty starts")},
    "reactivation": {"enabled": True, "lead_days": 0, "action": "call",
                     "text": N_("Slipping away: invite them back (and ask why they left)")},
    "service_end": {"enabled": True, "lead_days": 1, "action": "call",
                    "text": N_("Back from the trip: welcome back, how was it?")},
    "coupon_expiry": {"enabled": True, "lead_days": 7, "action": "email",
                      "text": N_("Coupon {code} expires {date}")},
    "points_expiry": {"enabled": True, "lead_days": 14, "action": "email",
                      "text": N_("{points} points expire {date}")},
    "card": {"enabled": True, "lead_days": 0, "action": "card",
             "text": N_("Loyalty card {number} to hand over")},
}

# defaults the words once were, read as the default they became (so they are translated)
FORMER_TEXTS = {"{years} year(s) since the first purchase": "first_purchase_anniversary"}

_SAMPLE = {"label": "x", "date": "x", "years": 1, "code": "x", "points": 1, "number": "x"}


def _check_rules(errors: list[FieldError], rules: dict) -> dict:
    """Each reminder rule: on/off, days of lead time, the action, the words shown."""
    out = {}
    for name, rule in rules.items():
        where = f"reminder_rules.{name}"
        if name not in DEFAULT_RULES:
            errors.append(FieldError(where, "is not a reminder rule"))
            continue
        merged = {**DEFAULT_RULES[name], **rule}
        lead = number_in_range(errors, where, merged["lead_days"], 0, 3650, True)
        if merged["action"] not in ACTIONS:
            errors.append(FieldError(where, f"'{merged['action']}' is not one of: "
                                     + ", ".join(ACTIONS)))
        text = str(merged["text"]).strip()
        try:
            text.format(**_SAMPLE)
        except (KeyError, IndexError, ValueError) as exc:
            errors.append(FieldError(where, f"the text has an unknown {{placeholder}}: {exc}"))
        if not text:
            errors.append(FieldError(where, "the text is empty"))
        out[name] = {"enabled": bool(merged["enabled"]), "lead_days": lead,
                     "action": merged["action"], "text": text}
    return out


OPTIONS = (
    Option("reminder_rules", DEFAULT_RULES, "what the agenda reminds of, how many days ahead, "
           "and the words it shows", "json", check=_check_rules),
    Option("agenda_overdue_days", 7, "days an undone reminder stays on the agenda as overdue",
           "int", 0, 365),
)
