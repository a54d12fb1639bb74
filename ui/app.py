"""Starting the window: the application object, the crash dialog, opening the customer file."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from models.database import Database, DatabaseError
from services.logs import log_file
from services.paths import default_customer_file, ensure_private_dir
from services.store import open_store

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives module text


def install_excepthook() -> None:
    """An unexpected error shows what happened and where the log is, instead of vanishing."""

    def hook(kind, value, tb):
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        app = QApplication.instance()
        if app is None:
            sys.__excepthook__(kind, value, tb)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, _t("Something went wrong"),
                          _t("Regulars ran into an unexpected error:\n\n%1\n\nYour customer file "
                             "was not changed by the failed action. The details were written to "
                             "the log:\n%2").replace("%1", f"{kind.__name__}: {value}")
                          .replace("%2", str(log_file())))
        box.setObjectName("crashDialog")
        box.exec()

    sys.excepthook = hook


def open_file_interactively(target: str | None) -> Database | None:
    """Open the customer file; when it cannot be opened, say why and offer another one."""
    if target is None:
        path = default_customer_file()
        ensure_private_dir(path.parent)
        target = str(path)
    while True:
        try:
            return open_store(target)
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", target, exc)
            box = QMessageBox(QMessageBox.Icon.Warning, _t("Cannot open the customer file"),
                              str(exc))
            other = box.addButton(_t("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not other:
                return None
            chosen, _ = QFileDialog.getSaveFileName(
                None, _t("Open or create a customer file"), str(default_customer_file().parent),
                _t("Customer files (*.regulars *.db);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not chosen:
                return None
            target = chosen


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Regulars")
    app.setOrganizationName("Regulars")
    app.setApplicationDisplayName("Regulars")
    from ui import i18n

    if not getattr(app, "_regulars_translators", None):
        i18n.install(app)
    return app


def run_gui(target: str | None = None) -> int:
    from main import __version__
    from ui.main_window import MainWindow

    app = make_app()
    install_excepthook()
    db = open_file_interactively(target)
    if db is None:
        return 2
    try:  # a daily safety copy; a failure to make one must not stop the day's work
        from services.backup import auto_backup

        auto_backup(db)
    except Exception:  # noqa: BLE001
        log.exception("automatic backup failed")
    window = MainWindow(db, __version__)
    window.show()
    window.announce_today()
    try:
        return app.exec()
    finally:
        db.close()
