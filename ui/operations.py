"""Changes reach every page: each operation's OpChanges is announced once, and each page
refreshes only when it shows some of it (the list, the open card, the dashboard, Today).

An undoable step is announced by the undo stack when it is pushed (the page that ran it has
already redrawn itself) and again when it is undone or redone; an import, a merge or changed
settings are announced by whoever ran them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from services.core.changes import OpChanges

OP, UNDO, OTHER = "op", "undo", "other"  # the step itself; its undo or redo; from elsewhere


class ChangeHub(QObject):
    changed = Signal(object, str)  # OpChanges, and where they came from (OP, UNDO, OTHER)

    def announce(self, changes: OpChanges, origin: str = OTHER) -> None:
        self.changed.emit(changes, origin)
