"""Mailings: a segment, a channel, a template; who gets it and who is left out (and why);
each recipient's message previewed; then send in the background, write .eml files, or export
the list."""

from __future__ import annotations

import queue
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import ServiceError
from services.ops import outreach as outreach_ops
from services.ops import segments as segments_ops
from ui.labels import problem, say
from ui.widgets import fit_to_screen


class MailingDialog(QDialog):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.setObjectName("mailing")
        self.setWindowTitle(self.tr("Mailing"))
        self.db = db
        self.reached = []
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._future: Future | None = None
        self._progress: queue.Queue = queue.Queue()
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._poll)

        self.segment = QComboBox()
        self.segment.setObjectName("mailingSegment")
        self.segment.addItem(self.tr("Everyone"), "all")
        for name in segments_ops.segment_names(db):
            self.segment.addItem(name, name)
        self.channel = QComboBox()
        self.channel.setObjectName("mailingChannel")
        for key, text in (("email", self.tr("E-mail")), ("post", self.tr("Post")),
                          ("sms", self.tr("SMS list"))):
            self.channel.addItem(text, key)
        self.template = QComboBox()
        self.template.setObjectName("mailingTemplate")
        for name in sorted(outreach_ops.letter_templates(db)):
            self.template.addItem(name.replace("_", " ").capitalize(), name)
        check = QPushButton(self.tr("Check recipients"))
        check.setObjectName("checkRecipients")
        check.clicked.connect(self.check)
        for combo in (self.segment, self.channel, self.template):
            combo.currentIndexChanged.connect(self._reset)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.segment)
        form.addRow(self.tr("By"), self.channel)
        form.addRow(self.tr("Template"), self.template)
        form.addRow(check)

        self.summary = QLabel()
        self.summary.setObjectName("mailingSummary")
        self.summary.setWordWrap(True)
        self.recipients = QListWidget()
        self.recipients.setObjectName("mailingRecipients")
        self.recipients.currentItemChanged.connect(self._preview)
        self.left_out = QListWidget()
        self.left_out.setObjectName("mailingLeftOut")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("mailingPreview")
        self.preview.setReadOnly(True)
        lists = QSplitter(Qt.Orientation.Vertical)
        lists.addWidget(self._titled(self.tr("Will get it"), self.recipients))
        lists.addWidget(self._titled(self.tr("Left out, and why"), self.left_out))
        body = QSplitter()
        body.addWidget(lists)
        body.addWidget(self._titled(self.tr("Their message"), self.preview))
        body.setSizes([380, 520])

        self.progress = QProgressBar()
        self.progress.setObjectName("mailingProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.send_button = self.buttons.addButton(self.tr("Send"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.eml_button = self.buttons.addButton(self.tr("Write .eml files…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button = self.buttons.addButton(self.tr("Export list…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send)
        self.eml_button.clicked.connect(self.write_eml)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 960, 640)
        self._reset()

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(title))
        layout.addWidget(widget)
        return box

    def _reset(self) -> None:
        self.reached = []
        self.recipients.clear()
        self.left_out.clear()
        self.preview.clear()
        self.summary.setText(self.tr("Check the recipients first."))
        email = self.channel.currentData() == "email"
        self.template.setEnabled(email)
        for b in (self.send_button, self.eml_button, self.export_button):
            b.setEnabled(False)
        self.send_button.setVisible(email)
        self.eml_button.setVisible(email)

    def check(self) -> None:
        self._reset()
        try:
            self.reached, left = outreach_ops.mailing_audience(self.db, self.segment.currentData(),
                                                          self.channel.currentData())
        except ServiceError as exc:
            self.summary.setText(problem(exc))
            return
        for r in self.reached:
            contact = r.email or r.phone or ", ".join(r.address[1:3])
            item = QListWidgetItem(f"{r.last_name} {r.first_name} · {contact}".strip())
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.recipients.addItem(item)
        for x in left:
            self.left_out.addItem(f"{x.name}: {say(x.reason)}")
        self.summary.setText(self.tr("%1 will get it; %2 left out (only customers who agreed "
                                     "to this channel, with an address for it).")
                             .replace("%1", str(len(self.reached))).replace("%2", str(len(left))))
        has = bool(self.reached)
        for b in (self.send_button, self.eml_button, self.export_button):
            b.setEnabled(has)
        if has:
            self.recipients.setCurrentRow(0)

    def _preview(self, item, _previous=None) -> None:
        if item is None or self.channel.currentData() != "email":
            self.preview.setPlainText("")
            return
        r = item.data(Qt.ItemDataRole.UserRole)
        subject, body = outreach_ops.preview_email(self.db, r.customer_id,
                                              self.template.currentData(), r.email)
        self.preview.setPlainText(f"{self.tr('To')}: {r.email}\n{self.tr('Subject')}: "
                                  f"{subject}\n\n{body}")

    def mailing_name(self) -> str:
        from services.outreach.sending import mailing_key

        return mailing_key(self.segment.currentData(), self.template.currentData())

    def send(self, wait: bool = False) -> None:
        """Send in the background; the dialog shows the progress and stays responsive."""
        if not self.reached or (self._future and not self._future.done()):
            return
        from services.outreach.sending import send

        ids = segments_ops.segment_members(self.db, self.segment.currentData())
        self.progress.setRange(0, len(self.reached))
        self.progress.setValue(0)
        self.progress.show()
        self.send_button.setEnabled(False)
        self._future = self._pool.submit(
            send, self.db, ids, self.template.currentData(), self.mailing_name(),
            progress=lambda n, total: self._progress.put(n))
        if wait:  # for tests: block until the background send is over
            wait_for([self._future])
            self._poll()
        else:
            self._timer.start()

    def _poll(self) -> None:
        while not self._progress.empty():
            self.progress.setValue(self._progress.get())
        if self._future is None or not self._future.done():
            return
        self._timer.stop()
        self.send_button.setEnabled(True)
        from services.outreach.sending import MailingStopped

        error = self._future.exception()
        if error is not None and not isinstance(error, MailingStopped):
            self.summary.setText(problem(error))
            return
        results = error.results if error is not None else self._future.result()
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        said = {"sent": lambda n: self.tr("%n sent", "", n),
                "skipped": lambda n: self.tr("%n skipped", "", n),
                "failed": lambda n: self.tr("%n failed", "", n),
                "not sent": lambda n: self.tr("%n not sent yet", "", n)}
        done = self.tr("Done: %1").replace("%1", ", ".join(
            said[status](n) if status in said else f"{n} {status}"
            for status, n in sorted(counts.items())))
        self.summary.setText(f"{done}\n{error}" if error is not None else done)

    def write_eml(self, folder: str | None = None) -> None:
        from services.outreach.sending import write_eml

        if not folder:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the .eml "
                                                                    "files"))
        if not folder:
            return
        try:
            results = write_eml(self.db, segments_ops.segment_members(
                self.db, self.segment.currentData()), self.template.currentData(), folder)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Mailing"), problem(exc))
            return
        written = sum(1 for r in results if r.status == "written")
        self.summary.setText(self.tr("%n message(s) written to %1", "", written)
                             .replace("%1", folder))

    def export(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export list"),
                                                  f"{self.channel.currentData()}.csv",
                                                  self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            n = outreach_ops.export_mailing_csv(self.db, self.segment.currentData(),
                                           self.channel.currentData(), path)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export list"), problem(exc))
            return
        self.summary.setText(self.tr("%n recipient(s) written to %1", "", n)
                             .replace("%1", path))

