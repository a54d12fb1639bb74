"""What the closed vocabularies are called on screen (translatable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from services.text.said import Said


def N_(text: str) -> str:  # noqa: N802  (gettext's spelling, known to lupdate by -tr-function-alias)
    """Marks a label kept in a list for translation; label() translates it when shown."""
    return text


def label(text: str) -> str:
    """A label marked with N_ (here or in services.text.folding), in the window's language."""
    return QCoreApplication.translate("", text)


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives module text


def sexes():
    return [("unknown", _t("—")), ("female", _t("Female")), ("male", _t("Male"))]


def contact_kinds():
    return [("phone", _t("Phone")), ("email", _t("E-mail")), ("messenger", _t("Messenger")),
            ("website", _t("Website"))]


def date_kinds():
    return [("name_day", _t("Name day")), ("wedding_anniversary", _t("Wedding anniversary")),
            ("passport_expiry", _t("Passport expiry")), ("child_birthday", _t("Child's birthday")),
            ("founding_day", _t("Founding day")), ("custom", _t("Other"))]


def document_kinds():
    return [("foreign_passport", _t("Foreign passport")),
            ("domestic_passport", _t("Domestic passport")), ("id_card", _t("ID card")),
            ("visa", _t("Visa")), ("other", _t("Other"))]


def relation_kinds():
    return [("spouse", _t("spouse")), ("child", _t("child")), ("parent", _t("parent")),
            ("sibling", _t("sibling")), ("friend", _t("friend")), ("colleague", _t("colleague")),
            ("contact_person", _t("contact person")), ("referred", _t("referred")),
            ("other", _t("other"))]


def channels():
    return [("email", _t("E-mail")), ("sms", _t("SMS")), ("post", _t("Post")),
            ("phone", _t("Phone calls"))]


def purchase_statuses():
    return [("paid", _t("Paid")), ("unpaid", _t("Unpaid")), ("preorder", _t("Pre-order")),
            ("cancelled", _t("Cancelled")), ("returned", _t("Returned"))]


def interaction_kinds():
    return [("call", _t("Call")), ("visit", _t("Visit")), ("letter", _t("Letter")),
            ("email", _t("E-mail")), ("sms", _t("SMS")), ("complaint", _t("Complaint")),
            ("feedback", _t("Feedback")), ("gift", _t("Gift")),
            ("testimonial", _t("Testimonial")), ("lapse", _t("Why they left")),
            ("note", _t("Note"))]


def interaction_channels():
    return [("", _t("—")), ("phone", _t("Phone")), ("in_person", _t("In person")),
            ("email", _t("E-mail")), ("post", _t("Post")), ("sms", _t("SMS")),
            ("messenger", _t("Messenger")), ("other", _t("Other"))]


def reasons():
    return [("", _t("—")), ("forgot", _t("Forgot about us")),
            ("needed_new_offer", _t("Needed a new offer")), ("service", _t("Service")),
            ("product", _t("Product")), ("delivery", _t("Delivery")), ("other", _t("Other"))]


def ladder_steps():
    return [("prospect", _t("Prospect")), ("buyer", _t("Buyer")), ("client", _t("Client")),
            ("regular", _t("Regular")), ("adherent", _t("Adherent")),
            ("advocate", _t("Advocate"))]


def consent_methods():
    return [_t("in person"), _t("paper form"), _t("phone"), _t("e-mail"), _t("website")]


def kind_labels() -> dict[str, str]:
    """Kinds of reminder on the Today page."""
    return {"birthday": _t("Birthday"), "date": _t("Date"), "follow_up": _t("Follow-up"),
            "second_purchase": _t("Next purchase"), "reactivation": _t("Wake up"),
            "service_end": _t("Welcome back"), "expiry": _t("Expiring"), "card": _t("Card"),
            "task": _t("Task")}


def action_labels() -> dict[str, str]:
    return {"call": _t("Call"), "letter": _t("Letter"), "email": _t("E-mail"),
            "card": _t("Hand over")}


def rule_labels() -> dict[str, str]:
    return {"birthday": _t("Birthdays"), "date": _t("Name days and other dates"),
            "passport_expiry": _t("Passport expiry"),
            "first_purchase_anniversary": _t("Anniversary of the first purchase"),
            "follow_up": _t("Follow-up after a purchase"),
            "second_purchase": _t("Towards the 2nd purchase"),
            "third_purchase": _t("Towards the 3rd purchase"),
            "reactivation": _t("Wake up the dormant"), "service_end": _t("Back from a trip"),
            "coupon_expiry": _t("Coupon about to expire"),
            "points_expiry": _t("Points about to expire"), "card": _t("Card to hand over")}


def rfm_labels() -> dict[str, str]:
    return {"champions": _t("Champions"), "loyal": _t("Loyal"), "promising": _t("Promising"),
            "need_attention": _t("Need attention"), "at_risk": _t("At risk"),
            "hibernating": _t("Hibernating"), "lost": _t("Lost"), "dormant": _t("Dormant"),
            "event": _t("Event buyers")}


def label_of(pairs, value: str) -> str:
    return dict(pairs).get(value, value)


def say(text: str) -> str:
    """What a service said, in the window's language: a Said by its translated template with
    its values (a Said among them said in turn, a name as it is); a fixed phrase marked with
    N_ by its translation."""
    if isinstance(text, Said):
        values = {k: say(v) if isinstance(v, Said) else v for k, v in text.values.items()}
        return _t(text.template).format(**values)
    return _t(text)


def field_word(field: str) -> str:
    """A field as the window calls it ("birthday" → "Birthday"); "" for one it has no word
    for (an internal name is never shown)."""
    from services.transfer.fields import CUSTOMER_FIELDS, PURCHASE_FIELDS

    base = field.split("[", 1)[0].split(".", 1)[0]
    base = {"phones": "phone", "emails": "email", "addresses": "address_line1",
            "websites": "website", "messengers": "messenger", "dates": "date:custom"}.get(
        base, base)
    text = _OTHER_FIELDS.get(base) or CUSTOMER_FIELDS.get(base) or PURCHASE_FIELDS.get(base)
    return _t(text) if text else ""


_OTHER_FIELDS = {
    "name": N_("Name"), "smtp_host": N_("Mail server"), "smtp_port": N_("Port"),
    "smtp_user": N_("User name"),
    "mail_from": N_("Send as"), "coupon": N_("Coupon"), "points": N_("Points"),
    "reason": N_("Reason"), "amount": N_("Amount"), "customer": N_("Customer"),
    "currency": N_("Currency"), "business_name": N_("Business name"),
    "reminder_rules": N_("Reminders"), "salutations": N_("Salutations"),
    "percent": N_("Discount, %"), "min_purchases": N_("From purchase no."),
    "min_spent": N_("From a spend of"), "personal_discount_percent": N_("Personal discount"),
}


def problem(exc: BaseException, words: dict[str, str] | None = None) -> str:
    """A service's refusal as the window says it: each problem under the window's word for its
    field (the dialog's own `words` first, or none), never the field's internal name."""
    from services.core.errors import ValidationError

    if isinstance(exc, ValidationError):
        lines = []
        for e in exc.errors:
            word = (words or {}).get(e.field) or field_word(e.field)
            lines.append(f"{word}: {say(e.message)}" if word else say(e.message))
        return "\n".join(lines)
    return say(str(exc)) if not isinstance(exc, Said) else say(exc)
