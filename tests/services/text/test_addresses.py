import pytest

from services.text.addresses import PostalAddress, address_lines


@pytest.mark.parametrize("address,sender,lines", [
    (PostalAddress("Петровой Анне Ивановне", "ул. Ленина, д. 1, кв. 2", "", "Москва",
                   "Московская обл.", "101000", "RU"), "RU",
     ["Петровой Анне Ивановне", "ул. Ленина, д. 1, кв. 2", "Москва", "Московская обл.",
      "101000"]),
    (PostalAddress("Иванка Георгиева", "ул. Витоша 15", "", "София", "", "1000", "BG"), "RU",
     ["Иванка Георгиева", "ул. Витоша 15", "1000 София", "BULGARIA"]),
    (PostalAddress("John Smith", "1600 Pennsylvania Ave NW", "", "Washington", "DC", "20500",
                   "US"), "US",
     ["John Smith", "1600 Pennsylvania Ave NW", "WASHINGTON, DC 20500"]),
    (PostalAddress("Jane Doe", "10 Downing Street", "", "London", "", "sw1a 2aa", "GB"), "GB",
     ["Jane Doe", "10 Downing Street", "LONDON", "SW1A 2AA"]),
    (PostalAddress("Max Mustermann", "Musterstraße 1", "", "Berlin", "", "10115", "DE"), "RU",
     ["Max Mustermann", "Musterstraße 1", "10115 Berlin", "GERMANY"]),
])
def test_address_order_per_country(address, sender, lines):
    assert address_lines(address, sender) == lines
