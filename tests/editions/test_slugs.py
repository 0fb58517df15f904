"""URL slugs the Serbian way."""

import re
import sys
from pathlib import Path

import pytest
from pelican.settings import DEFAULT_CONFIG
from pelican.utils import slugify

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from editions.slugs import serbian_slugify  # noqa: E402

PELICAN_SUBS = DEFAULT_CONFIG["SLUG_REGEX_SUBSTITUTIONS"]
SLUG_SHAPE = re.compile(r"^[a-z0-9_]+(?:-[a-z0-9_]+)*$")


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Ниш", "nis"),
        ("Кућа", "kuca"),
        ("Ђорђе Џаковић", "djordje-dzakovic"),
        ("Klaster kuća Niš", "klaster-kuca-nis"),
        ("Кластер кућа Ниш", "klaster-kuca-nis"),
        ("Đorđe Džaković", "djordje-dzakovic"),
        ("ЉУБАВ и ЊЕГОШ", "ljubav-i-njegos"),
        ("Љубав, Његош, Џеп", "ljubav-njegos-dzep"),
        ("Шта је ЧИП, а шта ЖИЦА?", "sta-je-cip-a-sta-zica"),
        ("ŠČĆĐŽ šččđž", "sccdjz-sccdjz"),
        (
            "Kick-off: Second Phase of the European Cluster Excellence Initiative",
            "kick-off-second-phase-of-the-european-cluster-excellence-initiative",
        ),
    ],
)
def test_examples(title, slug):
    assert serbian_slugify(title) == slug


def test_whole_alphabet():
    assert serbian_slugify("абвгдђежзијклљмнњопрстћуфхцчџш") == "abvgddjezzijklljmnnjoprstcufhccdzs"
    assert serbian_slugify("АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ") == "abvgddjezzijklljmnnjoprstcufhccdzs"


def test_both_scripts_give_the_same_slug():
    assert serbian_slugify("Почетак друге фазе у Нишу") == serbian_slugify("Početak druge faze u Nišu")
    assert serbian_slugify("Почетак друге фазе у Нишу") == "pocetak-druge-faze-u-nisu"


@pytest.mark.parametrize("value", ["", "   ", "!!!", "?!.,;:", "— … «»", "<b></b>", "&amp;"])
def test_empty_or_only_punctuation(value):
    assert serbian_slugify(value) == ""


@pytest.mark.parametrize(
    "title, slug",
    [
        ("2024", "2024"),
        ("Извештај за 2024. годину", "izvestaj-za-2024-godinu"),
        ("10 година Кластер куће", "10-godina-klaster-kuce"),
        ("3,5 милиона евра", "35-miliona-evra"),
    ],
)
def test_numbers(title, slug):
    assert serbian_slugify(title) == slug


def test_html_tags_stripped_and_entities_decoded():
    assert serbian_slugify("<em>Нови</em> <b>члан</b> кластера") == "novi-clan-klastera"
    assert serbian_slugify("Ниш &amp; Београд") == "nis-beograd"


def test_punctuation_and_hyphens():
    assert serbian_slugify("  — Ниш — ") == "nis"
    assert serbian_slugify("Ниш -- Београд --- Нови Сад") == "nis-beograd-novi-sad"
    assert serbian_slugify("„Кластер кућа“: нови почетак!") == "klaster-kuca-novi-pocetak"
    assert serbian_slugify("Kick-off") == "kick-off"
    assert serbian_slugify("Cluster's day") == "clusters-day"


def test_whitespace_of_all_kinds():
    assert serbian_slugify("Ниш\tи\nБеоград\u00a0данас") == "nis-i-beograd-danas"


def test_other_non_ascii_via_unidecode():
    assert serbian_slugify("Café Straße Ångström") == "cafe-strasse-angstrom"
    assert serbian_slugify("Ы и Ѓ") == "y-i-gj"


def test_compatibility_forms_normalised():
    # Latin digraph ligatures and decomposed carons mean the same letters.
    assert serbian_slugify("ǅep ǈubav ǌegoš") == "dzep-ljubav-njegos"
    assert serbian_slugify("Nis\u030c") == "nis"
    assert serbian_slugify("ﬁnale") == "finale"


@pytest.mark.parametrize(
    "title",
    [
        "Kick-off: Second Phase of the European Cluster Excellence Initiative",
        "Annual report 2024 (draft)",
        "  Hello,   World!  ",
        "The cluster's new members & partners",
        "snake_case title",
    ],
)
def test_english_matches_pelican_with_default_substitutions(title):
    assert serbian_slugify(title, PELICAN_SUBS) == slugify(title, PELICAN_SUBS)
    assert serbian_slugify(title) == slugify(title, PELICAN_SUBS)


def test_pelican_default_substitutions_give_serbian_slugs():
    assert serbian_slugify("Ђорђе Џаковић", PELICAN_SUBS) == "djordje-dzakovic"
    assert serbian_slugify("Ниш", PELICAN_SUBS) == "nis"  # Pelican alone: "nish"
    assert serbian_slugify("— Ниш —", PELICAN_SUBS) == "nis"  # no hyphen at the ends


def test_custom_substitutions_applied_after_the_serbian_table():
    subs = [(r"&", " and "), (r"dj", "gj")] + list(PELICAN_SUBS)
    assert serbian_slugify("Ђорђе & Ана", subs) == "gjorgje-and-ana"


def test_substitutions_are_case_insensitive_and_lowercased_afterwards():
    subs = [(r"klaster", "Cluster")] + list(PELICAN_SUBS)
    assert serbian_slugify("КЛАСТЕР кућа", subs) == "cluster-kuca"


@pytest.mark.parametrize(
    "title",
    ["Ниш", "Kick-off: Second Phase", "Џ. ЏАКОВИЋ — ЉУБАВ!", "a  -  b", "«Ђ»", "Ѐ Ѝ Ӂ", "日本語 title"],
)
def test_result_is_lowercase_ascii_words(title):
    slug = serbian_slugify(title)
    assert SLUG_SHAPE.match(slug), slug


def test_long_titles_are_cut_after_a_whole_word():
    from editions.slugs import MAX_LENGTH

    slug = serbian_slugify("Веома " * 60 + "дуг наслов")
    assert len(slug) <= MAX_LENGTH and slug.startswith("veoma-veoma-") and slug.endswith("-veoma")
    assert serbian_slugify("Ниш " * 100) == ("nis-" * 25)[:-1]  # 99 characters: the next word would not fit
    assert serbian_slugify("a" * 300) == "a" * MAX_LENGTH  # one word longer than the limit: cut inside it
    # The longest real title (89 characters of slug) is left as it is.
    long_real = "Balkan clusters meet in Nis: ESCA cluster management excellence training for the region"
    assert serbian_slugify(long_real) == slugify(long_real, PELICAN_SUBS)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u2066"])
def test_invisible_characters_do_not_change_the_slug(invisible):
    assert serbian_slugify(f"Ни{invisible}ш") == "nis"
    assert serbian_slugify(f"Kick{invisible}-off") == "kick-off"


# -- an address from a title: at most TITLE_LENGTH characters --------------------

from editions.slugs import TITLE_LENGTH, title_slug  # noqa: E402


@pytest.mark.parametrize(
    "title, lang, slug",
    [
        # short titles keep every word, the small ones too
        ("Обука PCM-LFM у Нишу и Лесковцу", "sr", "obuka-pcm-lfm-u-nisu-i-leskovcu"),
        ("PCM-LFM training in Niš and Leskovac", "en", "pcm-lfm-training-in-nis-and-leskovac"),
        # a long one loses its language's small words first, then is cut after a whole word
        ("Мост Данска–југ Србије: округли столови са амбасадом Данске у Нишу и Лесковцу", "sr",
         "most-danska-jug-srbije-okrugli-stolovi-ambasadom-danske-nisu"),
        ("Kick-off of the second phase of the European Cluster Excellence Initiative", "en",
         "kick-off-second-phase-european-cluster-excellence-initiative"),
        # the first word stays even when it is a small word
        ("The " + "very " * 20 + "long title", "en", "the-" + "-".join(["very"] * 11)),
    ],
)
def test_title_slug_examples(title, lang, slug):
    assert title_slug(title, lang) == slug


@pytest.mark.parametrize("lang", ["sr", "en", "de"])
@pytest.mark.parametrize("title", ["Веома " * 40 + "дуг наслов", "word " * 40, "x" * 80, "Ниш"])
def test_title_slug_is_short_and_never_ends_inside_a_word(title, lang):
    slug = title_slug(title, lang)
    full = serbian_slugify(title)
    assert 0 < len(slug) <= TITLE_LENGTH and SLUG_SHAPE.match(slug)
    if "-" in full and len(full) > TITLE_LENGTH:
        assert all(word in full.split("-") for word in slug.split("-")), "whole words only"
    else:
        assert slug == full[:TITLE_LENGTH]
