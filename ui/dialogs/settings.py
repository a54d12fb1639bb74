"""Settings: the business, the loyalty rules, and the thresholds behind the analysis."""

from __future__ import annotations

import datetime as dt
import string

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.database import Database
from services.agenda.options import DEFAULT_RULES
from services.core.errors import ValidationError
from services.ops import settings as config_service
from services.ops.settings import LevelRow
from services.text.said import Said
from ui.formatting import day
from ui.labels import N_, problem, say
from ui.widgets import Column, ErrorLabel, RecordTable


def _example_values() -> dict:
    """What a reminder's words are shown with as an example: a date a month away and so on."""
    soon = dt.date.today() + dt.timedelta(days=30)
    return {"label": Said(N_("Name day")), "date": day(soon), "years": 3, "code": "SPRING10",
            "points": 120, "number": "2000000012345"}


def _placeholders(text: str) -> list[str]:
    return ["{" + name + "}" for _, name, _, _ in string.Formatter().parse(text) if name]


class SettingsDialog(QDialog):
    LOYALTY = 1  # the tabs a link elsewhere opens Settings at

    def __init__(self, db: Database, parent=None, tab: int = 0):
        super().__init__(parent)
        self.setObjectName("settings")
        self.setWindowTitle(self.tr("Settings"))
        self.db = db
        self.config = config_service.load(db)
        self.edits: dict[str, QLineEdit] = {}
        tabs = QTabWidget()
        tabs.addTab(self._business(), self.tr("Business"))
        tabs.addTab(self._loyalty(), self.tr("Loyalty"))
        tabs.addTab(self._analysis(), self.tr("Analysis"))
        tabs.addTab(self._reminders(), self.tr("Reminders"))
        tabs.addTab(self._letters(), self.tr("Letters"))
        tabs.addTab(self._mail(), self.tr("E-mail"))
        tabs.setCurrentIndex(tab)
        self.errors = ErrorLabel()
        self.errors.setObjectName("settingsErrors")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def _edit(self, key: str, value, tip: str = "") -> QLineEdit:
        if isinstance(value, list):
            text = " / ".join(f"{v:g}" if isinstance(v, float) else str(v) for v in value)
        else:
            text = "" if value is None else str(value)
        edit = QLineEdit(text)
        edit.setObjectName(key)
        edit.setToolTip(tip)
        self.edits[key] = edit
        return edit

    def _business(self) -> QWidget:
        c = self.config
        form = QFormLayout()
        form.addRow(self.tr("Business name"), self._edit("business_name", c.business_name))
        form.addRow(self.tr("Currency (ISO code)"), self._edit("currency", c.currency))
        form.addRow(self.tr("Country (phone numbers without a code)"),
                    self._edit("country", c.country))
        form.addRow(self.tr("Margin, % of the check (for LTV)"),
                    self._edit("margin_percent", c.margin_percent))
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def _loyalty(self) -> QWidget:
        v = self.config.values
        self.levels = RecordTable([
            Column("name", self.tr("Level"), width=140),
            Column("percent", self.tr("Discount %"), width=90),
            Column("min_purchases", self.tr("From purchase no."), width=130),
            Column("min_spent", self.tr("or once spent"), width=120),
        ], self.tr("Add level"))
        self.levels.setObjectName("levels")
        self.levels.set_records([vars(level) for level in self.config.levels])
        preset = QPushButton(self.tr("Use the maker's scheme"))
        preset.setObjectName("makersScheme")
        preset.setToolTip(self.tr("A small gift and a 20% coupon after the first purchase, "
                                  "then 10% on every purchase from the third"))
        preset.clicked.connect(self.makers_scheme)
        form = QFormLayout()
        form.addRow(self.levels)
        form.addRow(preset)
        form.addRow(self.tr("Points per currency unit paid"),
                    self._edit("points_per_unit", v["points_per_unit"], self.tr("0: no points")))
        form.addRow(self.tr("A point is worth"), self._edit("point_value", v["point_value"]))
        form.addRow(self.tr("Points expire after (days)"),
                    self._edit("points_expiry_days", v["points_expiry_days"],
                               self.tr("empty: never")))
        form.addRow(self.tr("Coupon after the first purchase, %"),
                    self._edit("welcome_coupon_percent", v["welcome_coupon_percent"],
                               self.tr("empty: none")))
        form.addRow(self.tr("…valid for (days)"),
                    self._edit("welcome_coupon_days", v["welcome_coupon_days"]))
        form.addRow(self.tr("Gift with the first purchase"),
                    self._edit("first_purchase_gift", v["first_purchase_gift"]))
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def _analysis(self) -> QWidget:
        v = self.config.values
        form = QFormLayout()
        rows = [
            ("ladder_client_from", self.tr("A client from purchase no.")),
            ("ladder_regular_from", self.tr("A regular from purchase no.")),
            ("event_buyer_days", self.tr("Event buyer: last of 1–2 purchases over (days)")),
            ("abc_cutoffs", self.tr("ABC cut-offs, % of revenue (A / B)")),
            ("xyz_cutoffs", self.tr("XYZ cut-offs, variation of intervals (X / Y)")),
            ("xyz_min_purchases", self.tr("Purchases needed to judge regularity")),
            ("dormant_factor", self.tr("Dormant: silent over k × their usual interval, k =")),
            ("dormant_single_days", self.tr("Dormant one-time buyers: silent over (days)")),
            ("crr_window_days", self.tr("CRR: a customer counts if they bought within (days)")),
        ]
        for key, text in rows:
            form.addRow(text, self._edit(key, v[key]))
        form.addRow(QLabel(self.tr("The defaults follow the trade literature on repeat "
                                   "customers; the dashboard explains each figure.")))
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def _reminders(self) -> QWidget:
        from ui.labels import action_labels, rule_labels

        stored = self.config.values.get("reminder_rules") or {}
        self.rule_rows = {}
        table = QTableWidget(len(DEFAULT_RULES), 4)
        table.setObjectName("reminderRules")
        table.setHorizontalHeaderLabels([self.tr("Reminder"), self.tr("Days before/after"),
                                         self.tr("Do"), self.tr("Words shown")])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        names = rule_labels()
        for row, (name, default) in enumerate(DEFAULT_RULES.items()):
            rule = {**default, **stored.get(name, {})}
            check = QCheckBox(names.get(name, name))
            check.setChecked(bool(rule["enabled"]))
            lead = QSpinBox()
            lead.setRange(0, 3650)
            lead.setValue(int(rule["lead_days"]))
            action = QComboBox()
            for key, text in action_labels().items():
                action.addItem(text, key)
            action.setCurrentIndex(max(0, action.findData(rule["action"])))
            text = QLineEdit("" if rule["text"] == default["text"] else rule["text"])
            text.setPlaceholderText(say(Said(default["text"], **_example_values())))
            text.setToolTip(self.tr("Empty: the standard words, in the window's language. "
                                    "Your own words can include: %1")
                            .replace("%1", " ".join(_placeholders(default["text"]))
                                     or self.tr("nothing to fill in")))
            for col, widget in enumerate((check, lead, action, text)):
                table.setCellWidget(row, col, widget)
            self.rule_rows[name] = (check, lead, action, text)
        table.resizeColumnsToContents()
        overdue = self._edit("agenda_overdue_days", self.config.values["agenda_overdue_days"])
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(table)
        form = QFormLayout()
        form.addRow(self.tr("Keep overdue reminders for (days)"), overdue)
        layout.addLayout(form)
        return widget

    def _letters(self) -> QWidget:
        from services.printing.letters import SALUTATIONS

        stored = self.config.values.get("salutations") or SALUTATIONS
        self.salutation_edits = {}
        form = QFormLayout()
        sexes = {"female": self.tr("woman"), "male": self.tr("man"),
                 "unknown": self.tr("not known")}
        for language, name in (("en", "English"), ("ru", "Русский"), ("bg", "Български")):
            for sex, label in sexes.items():
                text = stored.get(language, SALUTATIONS[language]).get(sex, "")
                edit = QLineEdit(text)
                edit.setObjectName(f"salutation_{language}_{sex}")
                self.salutation_edits[(language, sex)] = edit
                form.addRow(f"{name}, {label}", edit)
        form.addRow(QLabel(self.tr("Placeholders: {first_name} {patronymic} {last_name}")))
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def _mail(self) -> QWidget:
        v = self.config.values
        self.security = QComboBox()
        self.security.setObjectName("smtp_security")
        for key, text in (("starttls", "STARTTLS"), ("ssl", "SSL/TLS"),
                          ("none", self.tr("none (a server on this computer)"))):
            self.security.addItem(text, key)
        self.security.setCurrentIndex(max(0, self.security.findData(v["smtp_security"])))
        self.password = QLineEdit()
        self.password.setObjectName("smtp_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, not in the file"))
        form = QFormLayout()
        form.addRow(self.tr("Mail server"), self._edit("smtp_host", v["smtp_host"]))
        form.addRow(self.tr("Port"), self._edit("smtp_port", v["smtp_port"]))
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self._edit("smtp_user", v["smtp_user"]))
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Send as"), self._edit("mail_from", v["mail_from"]))
        form.addRow(self.tr("At most, per minute"),
                    self._edit("mail_per_minute", v["mail_per_minute"]))
        widget = QWidget()
        widget.setLayout(form)
        return widget

    def makers_scheme(self) -> None:
        self.levels.set_records([{"name": self.tr("Regular"), "percent": "10",
                                  "min_purchases": "3", "min_spent": ""}])
        self.edits["welcome_coupon_percent"].setText("20")
        self.edits["welcome_coupon_days"].setText("90")
        self.edits["first_purchase_gift"].setText(
            self.tr("Small gift with the first purchase (not something we sell)"))

    def read(self) -> config_service.Config:
        c = self.config
        c.business_name = self.edits["business_name"].text()
        c.currency = self.edits["currency"].text()
        c.country = self.edits["country"].text()
        c.margin_percent = self.edits["margin_percent"].text()
        c.levels = [LevelRow(r["name"], r["percent"], r["min_purchases"], r["min_spent"])
                    for r in self.levels.records()]
        salutations: dict[str, dict[str, str]] = {}
        for (language, sex), edit in self.salutation_edits.items():
            salutations.setdefault(language, {})[sex] = edit.text()
        c.values["salutations"] = salutations
        c.values["smtp_security"] = self.security.currentData()
        c.values["reminder_rules"] = {
            name: {"enabled": check.isChecked(), "lead_days": lead.value(),
                   "action": action.currentData(),
                   "text": text.text().strip() or DEFAULT_RULES[name]["text"]}
            for name, (check, lead, action, text) in self.rule_rows.items()}
        for key, edit in self.edits.items():
            if key in c.values:
                text = edit.text().strip()
                if key in ("abc_cutoffs", "xyz_cutoffs"):
                    c.values[key] = [p.strip() for p in text.split("/")]
                elif key in ("first_purchase_gift", "smtp_host", "smtp_user", "mail_from"):
                    c.values[key] = text
                else:
                    c.values[key] = text or None
        return c

    def save(self) -> None:
        try:
            config_service.save(self.db, self.read())
            if self.password.text():
                config_service.store_smtp_password(self.edits["smtp_user"].text().strip(),
                                                   self.password.text())
        except ValidationError as exc:
            self.errors.show_messages([problem(exc, self._words())])
            return
        self.accept()

    def _words(self) -> dict[str, str]:
        """Each setting as its row here is labelled, for the problems named after it."""
        from ui.labels import rule_labels

        words = {}
        edits = {**self.edits, **{f"salutations.{language}.{sex}": edit for (language, sex), edit
                                  in self.salutation_edits.items()}}
        for form in self.findChildren(QFormLayout):
            for key, edit in edits.items():
                label = form.labelForField(edit)
                if label is not None:
                    words[key] = label.text()
        names = rule_labels()
        for name in self.rule_rows:
            words[f"reminder_rules.{name}"] = self.tr("Reminder “%1”").replace(
                "%1", names.get(name, name))
        return words


class SettingsLink(QLabel):
    """"Set up …" that opens Settings at the page concerned: the window's own Settings when
    there is one above (so the pages refresh after), else the dialog by itself."""

    def __init__(self, db, text: str, tab: int, parent=None):
        super().__init__(f'<a href="settings">{text}</a>', parent)
        self.db, self.tab = db, tab
        self.setObjectName("settingsLink")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self.open)

    def open(self, _link: str = "") -> None:
        owner = self.window()
        while owner is not None and not hasattr(owner, "open_settings"):
            owner = owner.parentWidget()
        if owner is not None:
            owner.open_settings(self.tab)
        else:
            SettingsDialog(self.db, self.window(), self.tab).exec()
        self.refreshed.emit()

    refreshed = Signal()  # after Settings closed: what the link was for may have changed
