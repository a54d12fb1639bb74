"""What an operation changed, so that each screen refreshes only when it shows some of it (as
Anki's OpChanges): the customers touched, or every customer (an import, a merge), the saved
segments, the settings, the reminders."""

from __future__ import annotations

from dataclasses import dataclass

from services.core.undo import Change


@dataclass(frozen=True)
class OpChanges:
    customers: frozenset[int] = frozenset()
    every_customer: bool = False  # an import or its undo, a merge, a restore
    segments: bool = False
    settings: bool = False
    reminders: bool = False  # tasks and reminders that belong to no customer

    @property
    def any_customer(self) -> bool:
        return self.every_customer or bool(self.customers)

    def concerns(self, customer_id: int | None) -> bool:
        return self.every_customer or customer_id in self.customers


EVERY_CUSTOMER = OpChanges(every_customer=True, reminders=True)


def of_change(change: Change) -> OpChanges:
    """An undoable step's changes: the customers whose before or after copy it holds."""
    return OpChanges(customers=frozenset(change.before) | frozenset(change.after))
