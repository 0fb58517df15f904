"""The Serbian letter table, once: slugs, the Latin edition and photo names all spell from it."""

from __future__ import annotations

from editions.slugs import serbian_slugify
from editions.transliterate import cyr_to_lat
from gallery.images import safe_stem
from sitecore.serbian import CYRILLIC, CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC, TO_ASCII

ALPHABET_ASCII = "abvgddjezzijklljmnnjoprstcufhccdzs"


def test_the_table_has_every_letter_once():
    assert len(CYRILLIC) == len(set(CYRILLIC)) == 30
    assert {latin: cyrillic for latin, cyrillic in LATIN_TO_CYRILLIC} == {v: k for k, v in CYRILLIC_TO_LATIN.items()}
    assert [len(latin) for latin, _ in LATIN_TO_CYRILLIC][:3] == [2, 2, 2]  # lj, nj, dž before l, n, d
    assert all(value.isascii() for value in TO_ASCII.values())


def test_both_scripts_give_one_address_and_one_photo_name():
    latin = cyr_to_lat(CYRILLIC)
    assert latin == "".join(CYRILLIC_TO_LATIN.values())
    assert serbian_slugify(CYRILLIC) == serbian_slugify(latin) == ALPHABET_ASCII
    assert safe_stem(CYRILLIC.upper() + ".JPG") == safe_stem(latin + ".jpg") == ALPHABET_ASCII
    assert serbian_slugify("Ђорђе Џаковић") == safe_stem("Đorđe Džaković.jpg") == "djordje-dzakovic"
