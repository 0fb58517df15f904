"""Serbian Cyrillic -> Latin transliteration of text: letters, capitals, digraphs, addresses
(HTML: test_transliterate_html.py)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from editions.transliterate import (  # noqa: E402
    cyr_to_lat,
    has_cyrillic,
    transliterate_html,
    transliterate_text,
)

# The official table, written out by hand (not derived from the module).
ALPHABET = [
    ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("ђ", "đ"),
    ("е", "e"), ("ж", "ž"), ("з", "z"), ("и", "i"), ("ј", "j"), ("к", "k"),
    ("л", "l"), ("љ", "lj"), ("м", "m"), ("н", "n"), ("њ", "nj"), ("о", "o"),
    ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("ћ", "ć"), ("у", "u"),
    ("ф", "f"), ("х", "h"), ("ц", "c"), ("ч", "č"), ("џ", "dž"), ("ш", "š"),
]
TITLE = {"љ": "Lj", "њ": "Nj", "џ": "Dž"}
UPPER = {"љ": "LJ", "њ": "NJ", "џ": "DŽ"}


def test_alphabet_has_thirty_letters():
    assert len(ALPHABET) == 30
    assert len({cyr for cyr, _ in ALPHABET}) == 30


# --- letters ------------------------------------------------------------------


@pytest.mark.parametrize("cyr, lat", ALPHABET)
def test_lowercase_letter(cyr, lat):
    assert cyr_to_lat(cyr) == lat


@pytest.mark.parametrize("cyr, lat", ALPHABET)
def test_title_case_letter(cyr, lat):
    # The capital starts a word in lower case: "Љак" -> "Ljak".
    assert cyr_to_lat(cyr.upper() + "ак") == TITLE.get(cyr, lat.upper()) + "ak"


@pytest.mark.parametrize("cyr, lat", ALPHABET)
def test_uppercase_letter(cyr, lat):
    # The capital inside an ALL-CAPS word: "ЉАК" -> "LJAK".
    assert cyr_to_lat(cyr.upper() + "АК") == UPPER.get(cyr, lat.upper()) + "AK"


def test_whole_alphabet_in_three_cases():
    lower = "".join(c for c, _ in ALPHABET)
    assert cyr_to_lat(lower) == "abvgdđežzijklljmnnjoprstćufhcčdžš"
    assert cyr_to_lat(lower.upper()) == "ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ"
    words = " ".join(c.upper() + "а" for c, _ in ALPHABET)
    assert cyr_to_lat(words) == (
        "Aa Ba Va Ga Da Đa Ea Ža Za Ia Ja Ka La Lja Ma Na Nja Oa Pa Ra Sa Ta Ća Ua Fa Ha Ca Ča Dža Ša"
    )


# --- capital digraphs (Љ, Њ, Џ) ----------------------------------------------


@pytest.mark.parametrize(
    "cyr, lat",
    [
        ("ЉУБАВ", "LJUBAV"),
        ("Љубав", "Ljubav"),
        ("љубав", "ljubav"),
        ("ЊЕГОШ", "NJEGOŠ"),
        ("Његош", "Njegoš"),
        ("ЏЕП", "DŽEP"),
        ("Џеп", "Džep"),
        ("ЏЕП-Џеп", "DŽEP-Džep"),
        ("Џеп-ЏЕП", "Džep-DŽEP"),
        # a capital digraph at the end of an ALL-CAPS word looks left
        ("НАЏ", "NADŽ"),
        ("КОЊ", "KONJ"),
        ("НАЏ.", "NADŽ."),
        ("ПРИЈАТЕЉ, ДРУГ", "PRIJATELJ, DRUG"),
        # two capital digraphs, and an ALL-CAPS acronym
        ("ЉЉ", "LJLJ"),
        ("ЏЏ", "DŽDŽ"),
        ("ЊЉ", "NJLJ"),
        # a lone capital digraph letter
        ("Љ", "Lj"),
        ("Њ", "Nj"),
        ("Џ", "Dž"),
        ("(Џ)", "(Dž)"),
        ("Џ.", "Dž."),
        # ... follows an adjacent ALL-CAPS word, otherwise title case
        ("Џ. ЏАКОВИЋ", "DŽ. DŽAKOVIĆ"),
        ("Џ. Џаковић", "Dž. Džaković"),
        ("ПОГЛАВЉЕ Њ", "POGLAVLJE NJ"),
        ("Поглавље Њ", "Poglavlje Nj"),
        ("слово Љ и", "slovo Lj i"),
        # a capital followed by a non-letter
        ("Џ2", "Dž2"),
        ("ЏЕП2", "DŽEP2"),
        # mixed case within a word: the next letter decides
        ("ЏЕп", "DŽEp"),
        ("НАЏи", "NADži"),
    ],
)
def test_capital_digraphs(cyr, lat):
    assert cyr_to_lat(cyr) == lat


def test_capital_digraph_with_latin_neighbours():
    # The case of a neighbouring Latin letter counts too.
    assert cyr_to_lat("ЏEP") == "DŽEP"
    assert cyr_to_lat("Џep") == "Džep"


def test_combining_accent_does_not_hide_the_neighbour():
    accent = "\u0301"
    assert cyr_to_lat("НА" + accent + "Џ") == "NA" + accent + "DŽ"
    assert cyr_to_lat("Џ" + accent + "ЕП") == "DŽ" + accent + "EP"


def test_sentence():
    assert cyr_to_lat("Кластер кућа у Нишу окупља 42 фирме.") == "Klaster kuća u Nišu okuplja 42 firme."
    assert cyr_to_lat("ЊУЈОРК И ЏЕРСИ") == "NJUJORK I DŽERSI"


# --- other characters ------------------------------------------------------


def test_non_serbian_characters_pass_unchanged():
    text = "Latin abc ÄÖü 0123 «„…“» — ‘’ €% ы Ы э ё ї є ґ ѓ ќ ѕ 中文 😀"
    assert cyr_to_lat(text) == text


def test_mixed_latin_and_cyrillic():
    assert cyr_to_lat("EU проjекат Niš / Ниш 2024") == "EU projekat Niš / Niš 2024"
    assert cyr_to_lat("ЕУ Cluster Excellence програм") == "EU Cluster Excellence program"


def test_latin_is_never_turned_into_cyrillic():
    text = "Ljubav, Njegoš, Džep, LJUBAV, nj, dž, đ, ć"
    assert cyr_to_lat(text) == text
    assert transliterate_text(text) == text
    assert transliterate_html("<p>" + text + "</p>") == "<p>" + text + "</p>"


def test_empty():
    assert cyr_to_lat("") == ""
    assert transliterate_text("") == ""
    assert transliterate_html("") == ""


def test_has_cyrillic():
    assert has_cyrillic("Ниш")
    assert has_cyrillic("Niš ы")
    assert has_cyrillic("ѓ")
    assert not has_cyrillic("Niš, Đorđe, Džep")
    assert not has_cyrillic("")


# --- transliterate_text: URLs and e-mail addresses ---------------------------


@pytest.mark.parametrize(
    "protected",
    [
        "https://пример.срб/путања",
        "http://кластер.срб/вести/?страна=2&amp;ред=нови#врх",
        "www.кластер.срб/о-нама",
        "info@кластер.срб",
        "ана.петровић@кластер.срб",
        "mailto:инфо@кластер.срб",
        "ftp://датотеке.срб/архива.zip",
    ],
)
def test_urls_and_emails_unchanged(protected):
    text = f"Види {protected} за више"
    assert transliterate_text(text) == f"Vidi {protected} za više"


def test_punctuation_after_url_or_email():
    text = "Пишите на info@кластер.срб. Сајт (https://кластер.срб/) ради."
    assert transliterate_text(text) == "Pišite na info@кластер.срб. Sajt (https://кластер.срб/) radi."


def test_at_sign_without_address_is_translated():
    assert transliterate_text("Састанак @ Ниш") == "Sastanak @ Niš"
