"""Print: cards, letters, envelopes or labels for the selection, everyone or today's
reminders; a preview of every page; then print or save the PDF."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.core.errors import ServiceError
from services.core.files import write_atomic
from services.ops import agenda as agenda_ops
from services.ops import outreach as outreach_ops
from services.ops import segments as segments_ops
from services.printing.jobs import NOUNS, NothingToPrint, PrintJob, PrintResult, build
from services.printing.labels import sheets
from services.printing.preview import page_count, page_png
from services.text.placeholders import PLACEHOLDERS
from ui.labels import problem, say
from ui.widgets import ErrorLabel, fit_to_screen

PRINT_DPI = 300


class PrintDialog(QDialog):
    def __init__(self, db: Database, selected: list[int], parent=None):
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))
        self.db = db
        self.selected = selected
        self.result_: PrintResult | None = None
        self.page = 0

        self.kind = QComboBox()
        self.kind.setObjectName("printKind")
        for key, text in (("letters", self.tr("Letters")), ("envelopes", self.tr("Envelopes")),
                          ("labels", self.tr("Address labels")),
                          ("cards", self.tr("Loyalty cards"))):
            self.kind.addItem(text, key)
        self.who_selected = QRadioButton(self.tr("The selected customers (%1)")
                                         .replace("%1", str(len(selected))))
        self.who_all = QRadioButton(self.tr("Everyone"))
        self.who_today = QRadioButton(self.tr("Today's reminders"))
        self.who_segment = QRadioButton(self.tr("A segment:"))
        self.segment = QComboBox()
        self.segment.setObjectName("segment")
        self.segment.addItems(segments_ops.segment_names(self.db))
        self.who_segment.setEnabled(self.segment.count() > 0)
        self.segment.setEnabled(self.segment.count() > 0)
        self.who_unprinted = QRadioButton(self.tr("Cards not printed yet"))
        (self.who_selected if selected else self.who_all).setChecked(True)
        self.who_selected.setEnabled(bool(selected))

        self.options = QStackedWidget()
        self.template = QComboBox()
        self.template.setObjectName("template")
        self._fill_templates()
        edit = QPushButton(self.tr("Edit template…"))
        edit.clicked.connect(self.edit_template)
        self.record = QCheckBox(self.tr("Note each letter in the customer's history"))
        self.record.setChecked(True)
        letters = QWidget()
        form = QFormLayout(letters)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(edit)
        form.addRow(self.tr("Template"), row)
        form.addRow(self.record)
        self.envelope = QComboBox()
        self.envelope.addItems(["DL", "C5", "C6"])
        envelopes = QWidget()
        QFormLayout(envelopes).addRow(self.tr("Size"), self.envelope)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        for name, sheet in sheets().items():
            self.sheet.addItem(sheet.title, name)
        self.sheet.addItem(self.tr("Your own grid…"), "custom")
        self.grid = QLineEdit()
        self.grid.setObjectName("grid")
        self.grid.setPlaceholderText("A4,3x8,70x36,0,4.5")
        self.grid.setToolTip(self.tr("Page, columns×rows, label width×height, left and top "
                                     "margin (mm); optionally the pitch across and down"))
        self.grid.setEnabled(False)
        self.sheet.currentIndexChanged.connect(
            lambda _i: self.grid.setEnabled(self.sheet.currentData() == "custom"))
        self.start = QSpinBox()
        self.start.setObjectName("start")
        self.start.setRange(1, 65)
        labels = QWidget()
        form = QFormLayout(labels)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Grid"), self.grid)
        form.addRow(self.tr("Start at label"), self.start)
        self.card_page = QComboBox()
        self.card_page.addItems(["A4", "letter"])
        self.layout_ = QComboBox()
        self.layout_.addItems(["band", "minimal"])
        self.one_per_page = QCheckBox(self.tr("One card per page (card printer)"))
        self.qr = QCheckBox(self.tr("QR code"))
        self.issue = QCheckBox(self.tr("Issue a card to customers who have none"))
        self.issue.setObjectName("issueCards")
        self.issue.setToolTip(self.tr("The cards are issued when you press Preview, so that "
                                      "their numbers show; they count as printed once you "
                                      "print or save them"))
        # "not printed yet" chooses cards, not customers who could be given one
        self.who_unprinted.toggled.connect(lambda on: self.issue.setEnabled(not on))
        cards = QWidget()
        form = QFormLayout(cards)
        form.addRow(self.tr("Paper"), self.card_page)
        form.addRow(self.tr("Layout"), self.layout_)
        form.addRow(self.one_per_page)
        form.addRow(self.qr)
        form.addRow(self.issue)
        for w in (letters, envelopes, labels, cards):
            self.options.addWidget(w)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("preview")
        self.preview_button.clicked.connect(self.preview)
        self.error = ErrorLabel()
        self.error.setObjectName("printError")
        self.skipped = QLabel()
        self.skipped.setObjectName("skipped")
        self.skipped.setWordWrap(True)
        self.issued = QLabel()
        self.issued.setObjectName("issued")

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("What")))
        left.addWidget(self.kind)
        left.addWidget(QLabel(self.tr("For whom")))
        for w in (self.who_selected, self.who_all, self.who_today):
            left.addWidget(w)
        segment_row = QHBoxLayout()
        segment_row.addWidget(self.who_segment)
        segment_row.addWidget(self.segment, 1)
        left.addLayout(segment_row)
        left.addWidget(self.who_unprinted)
        left.addWidget(self.options)
        left.addWidget(self.preview_button)
        left.addWidget(self.error)
        left.addWidget(self.skipped)
        left.addWidget(self.issued)
        left.addStretch(1)

        self.image = QLabel()
        self.image.setObjectName("pageImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.prev_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.prev_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(scroll, 1)
        right.addLayout(nav)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("Print…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("Save PDF…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self._kind_changed()
        fit_to_screen(self, 1000, 720)

    def _fill_templates(self) -> None:
        current = self.template.currentData()
        self.template.clear()
        for name in sorted(outreach_ops.letter_templates(self.db)):
            self.template.addItem(name.replace("_", " ").capitalize(), name)
        self.template.setCurrentIndex(max(0, self.template.findData(current)))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.options.setCurrentIndex(["letters", "envelopes", "labels", "cards"].index(kind))
        self.who_unprinted.setEnabled(kind == "cards")
        if kind != "cards" and self.who_unprinted.isChecked():
            self.who_all.setChecked(True)
        self._clear()

    def _clear(self) -> None:
        self.result_ = None
        self.image.clear()
        self.issued.setText("")
        self.page_label.setText(self.tr("Press Preview to see the pages"))
        for b in (self.print_button, self.save_button, self.prev_button, self.next_button):
            b.setEnabled(False)

    def job(self) -> PrintJob:
        ids = None
        if self.who_selected.isChecked():
            ids = self.selected
        elif self.who_today.isChecked():
            ids = agenda_ops.due_today_customers(self.db)
        elif self.who_segment.isChecked():
            ids = segments_ops.segment_members(self.db, self.segment.currentText())
        return PrintJob(kind=self.kind.currentData(), customer_ids=ids,
                        sheet=self.sheet.currentData(), start=self.start.value(),
                        grid=self.grid.text() if self.sheet.currentData() == "custom"
                        else None,
                        envelope=self.envelope.currentText(),
                        template=self.template.currentData() or "birthday",
                        page=self.card_page.currentText(), layout=self.layout_.currentText(),
                        one_per_page=self.one_per_page.isChecked(), qr=self.qr.isChecked(),
                        unprinted=self.who_unprinted.isChecked(),
                        issue=self.issue.isEnabled() and self.issue.isChecked(),
                        record=self.record.isChecked())

    def preview(self) -> None:
        self._clear()
        try:
            self.result_ = build(self.db, self.job())
        except NothingToPrint as exc:
            self.error.show_messages([problem(exc)])
            self._show_skipped(exc.skipped)
            return
        except ServiceError as exc:
            self.error.show_messages([problem(exc)])
            return
        self.error.show_messages([])
        self._show_skipped(self.result_.skipped)
        if self.result_.issued:
            self.issued.setText(self.tr("%n new card(s) issued.", "", self.result_.issued))
        self.pages = page_count(self.result_.pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.show_page(0)

    def _show_skipped(self, skipped) -> None:
        if not skipped:
            self.skipped.setText("")
            return
        names = ", ".join(s.name or f"#{s.customer_id}" for s in skipped[:8])
        more = self.tr(" and %1 more").replace("%1", str(len(skipped) - 8)) \
            if len(skipped) > 8 else ""
        self.skipped.setText(self.tr("Left out (%1): %2%3 — %4")
                             .replace("%1", str(len(skipped))).replace("%2", names)
                             .replace("%3", more).replace("%4", say(skipped[0].reason)))

    def show_page(self, index: int) -> None:
        if self.result_ is None or not 0 <= index < self.pages:
            return
        self.page = index
        pixmap = QPixmap()
        # as wide as the preview area: an A4 page is 8.27 inches across
        dpi = max(40.0, min(150.0, (self.image.parentWidget().width() - 24) / 8.27))
        pixmap.loadFromData(page_png(self.result_.pdf, index, dpi=dpi), "PNG")
        self.image.setPixmap(pixmap)
        self.page_label.setText(self.tr("Page %1 of %2 · %3 %4")
                                .replace("%1", str(index + 1)).replace("%2", str(self.pages))
                                .replace("%3", str(self.result_.count))
                                .replace("%4", NOUNS[self.kind.currentData()]))
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.pages - 1)

    def save_pdf(self, path: str | None = None) -> bool:
        if self.result_ is None:
            return False
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                                  f"{self.kind.currentData()}.pdf",
                                                  self.tr("PDF (*.pdf)"))
        if not path:
            return False
        try:
            write_atomic(path, self.result_.pdf)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"), problem(exc))
            return False
        self.result_.done()
        self.page_label.setText(self.tr("Saved to %1").replace("%1", path))
        return True

    def print_(self, printer: QPrinter | None = None) -> bool:
        """Print page images at printer resolution (what you saw is what comes out)."""
        if self.result_ is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
                return False
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer is not ready."))
            return False
        for index in range(self.pages):
            if index:
                printer.newPage()
            image = QImage.fromData(page_png(self.result_.pdf, index, dpi=PRINT_DPI), "PNG")
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
        painter.end()
        self.result_.done()
        return True

    def edit_template(self) -> None:
        dialog = TemplateDialog(self.db, self.template.currentData() or "birthday", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_templates()
            self.template.setCurrentIndex(max(0, self.template.findData(dialog.saved_name)))
            self._clear()


class TemplateDialog(QDialog):
    """Edit a letter template; the placeholders are checked before it is saved."""

    def __init__(self, db: Database, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letter template"))
        self.db = db
        self.saved_name = name
        self.templates = outreach_ops.letter_templates(db)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.addItems(sorted(self.templates))
        self.name.setCurrentText(name)
        self.language = QComboBox()
        self.language.addItems(["en", "ru", "bg"])
        self.text = QPlainTextEdit()
        self.text.setObjectName("templateText")
        self.error = ErrorLabel()
        help_ = QLabel(self.tr("First line: the heading. Placeholders: %1")
                       .replace("%1", " ".join(f"{{{p}}}" for p in PLACEHOLDERS)))
        help_.setWordWrap(True)
        help_.setEnabled(False)
        for w in (self.name, self.language):
            w.currentTextChanged.connect(self._load)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(help_)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._load()

    def _load(self) -> None:
        by_language = self.templates.get(self.name.currentText(), {})
        self.text.setPlainText(by_language.get(self.language.currentText(), ""))

    def save(self) -> None:
        try:
            outreach_ops.save_letter_template(self.db, self.name.currentText(),
                                         self.language.currentText(), self.text.toPlainText())
        except ServiceError as exc:
            self.error.show_messages([problem(exc)])
            return
        self.saved_name = self.name.currentText().strip().lower().replace(" ", "_")
        self.accept()
