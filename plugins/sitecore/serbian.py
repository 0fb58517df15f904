"""The Serbian alphabets, once: Cyrillic, its official Latin, and Latin without diacritics.

Three jobs read them: the Latin edition (editions/transliterate.py: Cyrillic -> Latin),
addresses (editions/slugs.py, and the gallery's photo file names: either script -> ASCII,
spelled as Serbs write without diacritics, "Ђорђе" -> "djordje"), and the tools' Latin ->
Cyrillic suggestion (tools/editorial.py). All tables here are lowercase; each user decides
how capitals go, since that differs (ЉУБАВ is LJUBAV in Latin, but Lj in a title).
"""

from __future__ import annotations

# The 30 letters in the Cyrillic alphabet's order, and their official Latin spelling.
CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
LATIN = tuple("a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split())
# Latin letters with a diacritic, as Serbs write them in plain ASCII (not Unidecode's "d" for đ).
LATIN_ASCII = {"š": "s", "č": "c", "ć": "c", "đ": "dj", "ž": "z"}

CYRILLIC_TO_LATIN = dict(zip(CYRILLIC, LATIN))
# Either script to ASCII: "ш" and "š" -> "s", "ђ" and "đ" -> "dj", "џ" -> "dz".
TO_ASCII = {
    **{cyrillic: "".join(LATIN_ASCII.get(c, c) for c in latin) for cyrillic, latin in CYRILLIC_TO_LATIN.items()},
    **LATIN_ASCII,
}
# Latin -> Cyrillic, the letters written with two characters (lj, nj, dž) first.
LATIN_TO_CYRILLIC = tuple(sorted(((latin, cyrillic) for cyrillic, latin in CYRILLIC_TO_LATIN.items()),
                                 key=lambda pair: -len(pair[0])))
