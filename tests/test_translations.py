"""Every word in three languages: the Russian and Bulgarian files hold a finished translation
of every string the window shows, keep its placeholders, and are compiled."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest

import dev

PLACEHOLDER = re.compile(r"%(?:\d|n)")
NAMED = re.compile(r"\{\w+\}")
FORMS = {"ru": 3, "bg": 2}  # one / few / many; one / many


def messages(ts) -> list[ET.Element]:
    return ET.parse(ts).getroot().findall("./context/message")


@pytest.mark.parametrize("lang", dev.TRANSLATED)
def test_every_string_of_the_window_is_translated(lang, tmp_path):
    committed = dev.TS_DIR / f"regulars_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    dev.lupdate(fresh, lang)  # what the source asks for now
    unfinished = [m.findtext("source") for m in messages(fresh)
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], f"not translated into {lang} (run python3 dev.py translations)"
    assert len(messages(fresh)) == len(messages(committed)), "the .ts file is out of date"


@pytest.mark.parametrize("lang", dev.TRANSLATED)
def test_translations_keep_their_placeholders_and_plural_forms(lang):
    for m in messages(dev.TS_DIR / f"regulars_{lang}.ts"):
        source = m.findtext("source")
        translation = m.find("translation")
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        if m.get("numerus") == "yes":
            assert len(forms) == FORMS[lang], source
        for form in forms:
            assert form.strip(), source
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), \
                (source, form)
            # a service's {value} the translation names must be one the English has
            assert set(NAMED.findall(form)) <= set(NAMED.findall(source)), (source, form)


def test_english_has_its_plural_forms(tmp_path):
    fresh = tmp_path / "regulars_en.ts"
    shutil.copy(dev.TS_DIR / fresh.name, fresh)
    dev.lupdate(fresh, "en")
    for m in messages(fresh):
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in m.find("translation").findall("numerusform")]
            assert len(forms) == 2 and all("(s)" not in f and f for f in forms), \
                m.findtext("source")


def test_english_counts_in_words(qtbot):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from ui import i18n

    app = QApplication.instance()
    i18n.install(app, "en")
    try:
        words = [QCoreApplication.translate("GroupTaskDialog", "For %n customer(s)", "", n)
                 for n in (1, 2)]
    finally:
        i18n.remove(app)
    assert words == ["For 1 customer", "For 2 customers"]


@pytest.mark.parametrize("lang", dev.TRANSLATED + dev.PLURALS_ONLY)
def test_the_compiled_files_are_up_to_date(lang, tmp_path):
    ts = dev.TS_DIR / f"regulars_{lang}.ts"
    built = tmp_path / "x.qm"
    dev.lrelease(ts, built)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        "run python3 dev.py translations"


@pytest.mark.parametrize("lang, file_menu", [("ru", "&Файл"), ("bg", "&Файл")])
def test_the_window_speaks_the_language(qtbot, db, lang, file_menu):
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.main_window import MainWindow

    app = QApplication.instance()
    try:
        assert i18n.install(app, lang) == lang
        window = MainWindow(db)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert file_menu in titles and "&File" not in titles
        assert window.act_import.text() != "&Import from a file…"
    finally:
        i18n.remove(app)


def test_the_language_comes_from_the_environment(monkeypatch):
    from ui import i18n

    monkeypatch.setenv("REGULARS_LANGUAGE", "bg")
    assert i18n.chosen_language() == "bg"
    monkeypatch.setenv("REGULARS_LANGUAGE", "xx")
    assert i18n.chosen_language() in i18n.LANGUAGES
