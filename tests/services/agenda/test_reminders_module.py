"""services.agenda.reminders stays the module callers import from, though the rules live apart."""

from services.agenda import reminders
from services.agenda import rules as reminder_rules
from services.core import settings


def test_callers_names_import_from_reminders():
    from services.agenda.reminders import (  # noqa: F401
        ACTIONS,
        DEFAULT_RULES,
        Item,
        add_task,
        agenda,
        dismiss,
        group_progress,
        group_task,
        mark_done,
        snooze,
    )

    assert reminders.DEFAULT_RULES is reminder_rules.DEFAULT_RULES
    assert reminders.Item is reminder_rules.Item


def test_the_rules_defaults_are_registered_with_the_settings(db):
    assert settings.default("reminder_rules") == reminder_rules.DEFAULT_RULES
    assert settings.option("agenda_overdue_days").default == 7
