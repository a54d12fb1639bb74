"""Undo and redo in the window: each Change from the services becomes a QUndoCommand."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.database import Database
from services.core import undo as undo_service
from services.core.changes import of_change
from services.core.undo import Change
from ui.operations import OP, UNDO, ChangeHub


class ChangeCommand(QUndoCommand):
    def __init__(self, manager: UndoManager, change: Change):
        super().__init__(change.label)
        self.manager = manager
        self.change = change
        self._done = True  # the action already ran when it was pushed

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        undo_service.redo(self.manager.db, self.change)
        self.manager.hub.announce(of_change(self.change), UNDO)

    def undo(self) -> None:
        undo_service.undo(self.manager.db, self.change)
        self.manager.hub.announce(of_change(self.change), UNDO)


class UndoManager(QObject):
    """The window's undo stack; every step, and its undo and redo, is announced on the hub."""

    def __init__(self, db: Database, parent=None, hub: ChangeHub | None = None):
        super().__init__(parent)
        self.db = db
        self.hub = hub or ChangeHub(self)
        self.stack = QUndoStack(self)

    def push(self, change: Change) -> None:
        self.stack.push(ChangeCommand(self, change))
        self.hub.announce(of_change(change), OP)

    def clear(self) -> None:
        self.stack.clear()
