"""The card's consent box: which channels the customer agreed to, when and how, and how a
consent ticked or unticked here is recorded."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel

from services.customers.writing import ConsentDraft
from ui import labels
from ui.formatting import day


class ConsentBox(QGroupBox):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("May we contact them? (consent)"), parent)
        self._loading = False
        self.consent_checks: dict[str, QCheckBox] = {}
        self.consent_info: dict[str, QLabel] = {}
        consent_layout = QGridLayout()
        for row, (channel, text) in enumerate(labels.channels()):
            check = QCheckBox(text)
            check.setObjectName(f"consent_{channel}")
            check.toggled.connect(self._changed)
            info = QLabel()
            self.consent_checks[channel] = check
            self.consent_info[channel] = info
            consent_layout.addWidget(check, row, 0)
            consent_layout.addWidget(info, row, 1)
        self.consent_method = QComboBox()
        self.consent_method.setEditable(True)
        self.consent_method.addItems(labels.consent_methods())
        consent_layout.addWidget(QLabel(self.tr("Agreed how")), 4, 0)
        consent_layout.addWidget(self.consent_method, 4, 1)
        self.setLayout(consent_layout)

    def show_consents(self, consents: list[ConsentDraft], recorded: dict) -> None:
        """Tick what the draft agreed to; beside each, when and how it was recorded."""
        self._loading = True
        given = {c.channel: c.given for c in consents}
        for channel, check in self.consent_checks.items():
            check.setChecked(given.get(channel, False))
            self.consent_info[channel].setText(self._consent_text(recorded.get(channel)))
        self._loading = False

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def consents(self, base: list[ConsentDraft]) -> list[ConsentDraft]:
        """A consent ticked or unticked here is recorded with the method shown ("agreed how"
        describes this change); the others stay as loaded, with their own methods."""
        method = self.consent_method.currentText().strip()
        out = []
        for consent in base:
            check = self.consent_checks.get(consent.channel)
            if check is not None and check.isChecked() != consent.given:
                out.append(replace(consent, given=check.isChecked(), method=method))
            else:
                out.append(replace(consent))  # a copy: validation cleans drafts in place
        known = {c.channel for c in base}
        out += [ConsentDraft(channel, True, method) for channel, check in
                self.consent_checks.items() if channel not in known and check.isChecked()]
        return out

    def _consent_text(self, info) -> str:
        if info is None:
            return ""
        if info.status == "given" and info.given_at:
            text = self.tr("agreed %1").replace("%1", day(info.given_at))
        elif info.withdrawn_at:
            text = self.tr("withdrawn %1").replace("%1", day(info.withdrawn_at))
        else:
            text = ""
        # a method from the list is said in the window's language; one typed in, as typed
        return f"{text} · {labels.say(info.method)}" if info.method and text else text
