"""Changes reach every page: each operation's OpChanges is announced once, and each page
refreshes only when it shows some of it (the list, the open card, the dashboard, Today).

An undoable step is announced by the undo stack when it is pushed (the page that ran it has
already redrawn itself) and again when it is undone or redone; an import, a merge or changed
settings are announced by whoever ran them."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from services.core.changes import OpChanges
from services.core.errors import Cancelled

OP, UNDO, OTHER = "op", "undo", "other"  # the step itself; its undo or redo; from elsewhere


class ChangeHub(QObject):
    changed = Signal(object, str)  # OpChanges, and where they came from (OP, UNDO, OTHER)

    def announce(self, changes: OpChanges, origin: str = OTHER) -> None:
        self.changed.emit(changes, origin)


def run_long(parent: QWidget, call: Callable[[Callable[[int, int], None]], Any], *, name: str,
             first_text: str, cancel_text: str, describe: Callable[[int, int], str]) -> Any:
    """Run call(progress) off the GUI thread behind a progress dialog (shown after half a
    second) whose Cancel makes the next progress(done, total) raise Cancelled, which an
    operation turns into "nothing was changed"; the window stays responsive meanwhile.
    Returns what the call returns, or raises what it raised."""
    stop = threading.Event()
    steps: queue.SimpleQueue = queue.SimpleQueue()
    progress = QProgressDialog(first_text, cancel_text, 0, 0, parent)
    progress.setObjectName(name)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.canceled.connect(stop.set)

    def step(done: int, total: int) -> None:  # in the worker thread
        if stop.is_set():
            raise Cancelled("cancelled; nothing was changed")
        steps.put((done, total))

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix=name) as pool:
        future = pool.submit(call, step)
        loop = QEventLoop()
        timer = QTimer(interval=100)

        def poll() -> None:
            if progress.wasCanceled():
                stop.set()
            while not steps.empty():
                done, total = steps.get()
                progress.setMaximum(max(total, 1))
                progress.setValue(min(done, total))
                if done:
                    progress.setLabelText(describe(done, total))
            if future.done():
                loop.quit()

        timer.timeout.connect(poll)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
    progress.close()
    return future.result()
