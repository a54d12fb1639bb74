"""Undo and redo in the window: each Change from the services becomes a QUndoCommand."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.database import Database
from services.core import undo as undo_service
from services.core.undo import Change


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
        self.manager.applied.emit(sorted(self.change.after))

    def undo(self) -> None:
        undo_service.undo(self.manager.db, self.change)
        self.manager.applied.emit(sorted(self.change.before))


class UndoManager(QObject):
    applied = Signal(list)  # ids of the customers an undo or redo changed

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.stack = QUndoStack(self)

    def push(self, change: Change) -> None:
        self.stack.push(ChangeCommand(self, change))

    def clear(self) -> None:
        self.stack.clear()
