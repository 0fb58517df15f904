"""URL slugs for titles in Serbian (Cyrillic or Latin) and English.

Slugs are lowercase ASCII words joined by "-", spelled the way Serbs write
Latin without diacritics: ш->s, ч/ћ->c, ђ->dj, ж->z, џ->dz, љ->lj, њ->nj (the
same for the Latin š č ć đ ž).  Unidecode alone would give "nish" for "Ниш"
and "d" for "đ", which no Serbian reader would type, so the Serbian letters are
mapped first and Unidecode only handles what is left (é, ß, ы, ...).

Both scripts of one title give the same slug ("Ниш" and "Niš" -> "nis"), so
the Cyrillic and Latin editions of an article can share its URL.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from markupsafe import Markup
from unidecode import unidecode

from sitecore.serbian import TO_ASCII

# Keep the case (like Pelican, substitutions see the case; lowercasing is last).
_TABLE = str.maketrans({**TO_ASCII, **{k.upper(): v.capitalize() for k, v in TO_ASCII.items()}})

# Used when no substitutions are given: the effect of Pelican's default
# SLUG_REGEX_SUBSTITUTIONS (drop punctuation, words joined by "-").
_DEFAULT_SUBS = (
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
)
_HYPHENS = re.compile(r"-{2,}")
# Longest slug of any kind (a Slug: line, a tag), in characters (ASCII, so also bytes):
# well under a file name's 255 bytes.
MAX_LENGTH = 100
# Longest address made from a title: what a link shared by e-mail or on LinkedIn keeps
# readable. Longer titles lose their small words first, then are cut after a whole word.
TITLE_LENGTH = 60
# Small words a slug can lose without changing what it names, by content language,
# spelled as they are in a slug. Only dropped from a title that is too long.
STOP_WORDS = {
    "en": frozenset("a an the of in on at to for and or with from by into its".split()),
    "sr": frozenset("i u na za sa od do o kroz ka ko po pri a te da se sto ili koji koja koje".split()),
}


def _visible(text: str) -> str:
    # Invisible format characters (zero-width space, bidi controls, soft hyphen):
    # Unidecode would turn some into a space, so "Ni<U+200B>š" would get an
    # address of its own ("ni-s"); an address follows what the reader sees.
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _shorten(slug: str) -> str:
    """At most MAX_LENGTH characters, cut after a whole word when there is one."""
    if len(slug) <= MAX_LENGTH:
        return slug
    cut = slug[:MAX_LENGTH + 1].rsplit("-", 1)[0] if "-" in slug[:MAX_LENGTH + 1] else slug[:MAX_LENGTH]
    return cut.rstrip("-")


def title_slug(title: str, lang: str, regex_subs: Iterable[tuple[str, str]] = ()) -> str:
    """The address part made from a title in `lang`: at most TITLE_LENGTH characters.

    A short title keeps all its words ("obuka-pcm-lfm-u-nisu-i-leskovcu"). A longer
    one first loses the language's small words (never its first word), then is cut
    after the last whole word that fits, so it never ends inside a word.
    """
    slug = serbian_slugify(title, regex_subs)
    if len(slug) <= TITLE_LENGTH:
        return slug
    words = slug.split("-")
    stop = STOP_WORDS.get(lang.split("-")[0], frozenset())
    kept = words[:1] + [word for word in words[1:] if word not in stop]
    cut = []
    for word in kept:
        if len("-".join([*cut, word])) > TITLE_LENGTH:
            break
        cut.append(word)
    # A first word longer than the limit is cut inside itself: an address needs something.
    return "-".join(cut) or kept[0][:TITLE_LENGTH]


def _nfkc(text: str) -> str:
    # Compatibility composition: "s" + combining caron -> "š", "ǆ" -> "dž".
    return unicodedata.normalize("NFKC", text)


def serbian_slugify(value: str, regex_subs: Iterable[tuple[str, str]] = ()) -> str:
    """Slug for ``value``, e.g. "Ђорђе Џаковић" -> "djordje-dzakovic".

    Works like ``pelican.utils.slugify`` (strip tags, NFKC, ASCII, then the
    ``regex_subs`` case-insensitively, then lowercase) with the Serbian letter
    table applied before Unidecode.  Without ``regex_subs`` Pelican's default
    substitutions are used, so the result is always hyphen-joined.  Repeated
    hyphens are collapsed and hyphens at either end removed in every case.
    Invisible format characters are dropped, and a slug longer than
    MAX_LENGTH is cut after its last whole word that fits.
    """
    # Memoised: every edition slugs every article's tags and category (90,000 calls for
    # 10,000 articles), from a few dozen distinct names.
    return _slugify(str(value), tuple(tuple(pair) for pair in regex_subs or ()))


@lru_cache(maxsize=65536)
def _slugify(value: str, regex_subs: tuple[tuple[str, str], ...]) -> str:
    value = Markup(value).striptags()  # also decodes entities: "&amp;" -> "&"
    value = _visible(_nfkc(value)).translate(_TABLE)
    value = unidecode(value)  # last resort for other non-ASCII letters
    for pattern, replacement in regex_subs or _DEFAULT_SUBS:
        value = re.sub(_nfkc(pattern), _nfkc(replacement), value, flags=re.IGNORECASE)
    value = _HYPHENS.sub("-", value.lower().strip())
    return _shorten(value.strip("-"))
