import pytest

from services.customers.card_form import latin_spelling
from services.text.folding import bulgarian_latin, latin_variants


@pytest.mark.parametrize("cyrillic,latin", [
    ("София", "Sofia"), ("Мария Георгиева", "Maria Georgieva"), ("Щерев", "Shterev"),
    ("Цветелина Ъглева", "Tsvetelina Agleva"), ("Юлия Янева", "Yulia Yaneva"),
    ("Жечо Христов", "Zhecho Hristov"), ("ЙОРДАНОВ", "YORDANOV"),
])
def test_bulgarian_official_transliteration(cyrillic, latin):
    assert bulgarian_latin(cyrillic) == latin


def test_passport_spelling_by_language():
    assert latin_spelling("Юлия", "ru") == "IULIIA"  # ICAO Doc 9303, Russian passports
    assert latin_spelling("Юлия", "bg") == "YULIA"  # Bulgaria's official system
    assert latin_spelling("", "ru") == ""


def test_search_knows_both_spellings():
    assert {"Iuliia", "Yuliya", "Yulia"} <= latin_variants("Юлия", "bg")
