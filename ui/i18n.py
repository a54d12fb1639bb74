"""The window's language: English, Russian or Bulgarian, from REGULARS_LANGUAGE or the
system's locale; Qt's own texts (OK, Cancel, the file dialogs) in the same language."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

LANGUAGES = ("en", "ru", "bg")
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def chosen_language() -> str:
    """REGULARS_LANGUAGE if set to one of LANGUAGES, else the system's, else English."""
    wanted = os.environ.get("REGULARS_LANGUAGE", "").strip().lower()[:2]
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system().name()[:2].lower()
    return system if system in LANGUAGES else "en"


def install(app: QApplication, language: str | None = None) -> str:
    """Load the translations for `language` (default: chosen_language()) into the app, in
    place of any loaded before; the language used."""
    language = language or chosen_language()
    remove(app)
    loaded = []
    files = [(str(TRANSLATIONS), f"regulars_{language}")]  # English's: its plural forms
    if language != "en":
        files.insert(0, (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                         f"qtbase_{language}"))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    QLocale.setDefault(QLocale(language) if language != "en" else
                       QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app._regulars_translators = loaded  # Qt does not own them: kept alive with the app
    return language


def remove(app: QApplication) -> None:
    """Back to the source texts (the tests' state)."""
    for old in getattr(app, "_regulars_translators", []):
        app.removeTranslator(old)
    app._regulars_translators = []
