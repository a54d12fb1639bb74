"""Starting the window: the application object, the crash dialog, opening the customer file."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from models.database import Database, DatabaseError, MissingFileError, SetAsideError
from services.core.logs import log_file
from services.core.paths import default_customer_file, ensure_private_dir
from services.ops.store import open_store

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
    """Open the customer file; when it cannot be opened, say why and offer another one. A new
    file is made only on the first start (the default file) or when the user says so."""
    create = target is None  # the first start makes the default file
    if target is None:
        path = default_customer_file()
        ensure_private_dir(path.parent)
        target = str(path)
    while True:
        try:
            return open_store(target, create=create)
        except SetAsideError as exc:
            log.warning("cannot open %s: %s", target, exc)
            choice = _offer_put_back(exc)
            if choice == "yes":
                continue
        except MissingFileError as exc:
            log.warning("cannot open %s: %s", target, exc)
            choice = _ask(_t("There is no customer file at %1.").replace("%1", target),
                          _t("Create a new customer file"))
            if choice == "yes":
                create = True
                continue
        except DatabaseError as exc:
            log.warning("cannot open %s: %s", target, exc)
            choice = _ask(str(exc))
        if choice != "other":
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            None, _t("Open or create a customer file"), str(default_customer_file().parent),
            _t("Customer files (*.regulars *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target, create = chosen, True  # chosen in a dialog that says "or create"


def _ask(text: str, yes: str | None = None) -> str:
    """"yes", "other" or "quit"."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Cannot open the customer file"), text)
    box.setObjectName("openProblem")
    first = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole) if yes else None
    other = box.addButton(_t("Open another file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_t("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    return "yes" if first is not None and clicked is first else \
        "other" if clicked is other else "quit"


def _offer_put_back(exc: SetAsideError) -> str:
    """A restore that did not finish left the previous file aside: offer to put it back."""
    from services.core.errors import ServiceError
    from services.maintenance.backup import put_back

    kept = exc.kept[0]
    text = _t("The customer file %1 is missing. A restore that did not finish kept the "
              "previous file aside as %2.\n\nPut it back? Nothing is deleted.") \
        .replace("%1", str(exc.path)).replace("%2", str(kept))
    choice = _ask(text, _t("Put it back"))
    if choice == "yes":
        try:
            put_back(exc.path, kept)
        except (ServiceError, OSError) as err:
            QMessageBox.warning(None, _t("Cannot open the customer file"), str(err))
            return "other"
    return choice


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
    from services.core.version import __version__
    from ui.main_window import MainWindow

    app = make_app()
    install_excepthook()
    db = open_file_interactively(target)
    if db is None:
        return 2
    try:  # a daily safety copy; a failure to make one must not stop the day's work
        from services.maintenance.backup import auto_backup

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
