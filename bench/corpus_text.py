"""The text half of the benchmark corpus: seeded articles and pages in English and Serbian.

Words, titles, dates and tags for bench/corpus.py; see its docstring for the layout.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

EN_SHARE = 0.54  # 540 of 1000 article files are English
PAIR_SHARE = 0.30  # 300 of 1000 files' paths exist in both languages

FIRST_DAY = dt.date(2017, 1, 1)  # dates spread over 8 years
LAST_DAY = dt.date(2024, 12, 31)

SR_WORDS = {
    "noun": """град кућа кластер изложба концерт радионица фестивал публика
        уметник уметница програм пројекат простор галерија музика култура
        заједница сарадња подршка догађај вече дан година месец недеља сцена
        позориште филм књига читање разговор трибина предавање учесник
        посетилац становник улица центар тврђава река обала фотографија слика
        цртеж скулптура дизајн архитектура наслеђе историја традиција
        будућност идеја прича искуство знање вештина занат материјал дрво
        камен папир боја светло звук глас песма плес игра деца породица
        пријатељ суседство тим волонтер партнер организација удружење
        фондација конкурс награда позив пријава улаз сала двориште башта
        кухиња библиотека архива збирка колекција документ мапа пут шетња
        тура посета зграда фасада кров прозор радионица мурал плакат
        издање часопис емисија серија поставка отварање сусрет дружење
        мрежа школа факултет студент професор кустос аутор песник композитор
        хор оркестар бенд публику простору граду кући заједници""".split(),
    "verb": """отвара представља организује позива окупља показује истражује
        гради ствара подржава учи слави обележава доноси нуди наставља почиње
        завршава спаја развија прати пише чита свира пева разговара открива
        дели мења води чува обнавља приређује уводи покреће најављује
        угошћује дочекује припрема повезује осветљава бележи""".split(),
    "adj": """нови нова ново стари стара градски градска културни културна
        уметнички уметничка музички летњи зимски јесењи пролећни велики мали
        заједнички отворени бесплатни савремени традиционални локални
        међународни млади креативни јавни дигитални први последњи посебан
        важан леп топао живописан занимљив нишки нишка српски балкански
        документарни аутентичан гласан тих дугачак кратак""".split(),
    "func": """и у на са за од до кроз око после пре током између према као али
        или што који која које где када већ још само такође веома сви све
        много наш наша њихов њихова овај ова ово тај та то""".split(),
}

EN_WORDS = {
    "noun": """city house cluster exhibition concert workshop festival audience
        artist programme project space gallery music culture community
        cooperation support event evening day year month week stage theatre
        film book reading conversation panel lecture participant visitor
        resident street centre fortress river bank photograph picture drawing
        sculpture design architecture heritage history tradition future idea
        story experience knowledge skill craft material wood stone paper
        colour light sound voice song dance game children family friend
        neighbourhood team volunteer partner organisation association
        foundation call award invitation application entrance hall courtyard
        garden kitchen library archive collection document map road walk tour
        visit building facade roof window mural poster edition magazine
        broadcast series display opening meeting gathering network school
        faculty student professor curator author poet composer choir
        orchestra band""".split(),
    "verb": """opens presents organises invites gathers shows explores builds
        creates supports teaches celebrates marks brings offers continues
        starts ends connects develops follows writes reads plays sings
        discusses discovers shares changes leads keeps restores hosts
        introduces launches announces welcomes prepares links lights
        records""".split(),
    "adj": """new old urban cultural artistic musical summer winter autumn
        spring large small shared open free contemporary traditional local
        international young creative public digital first last special
        important beautiful warm vivid interesting northern southern quiet
        loud long short documentary authentic independent""".split(),
    "func": """and in on with for from to through around after before during
        between towards as but or that which where when already still only
        also very all every many our their this these those the a the the
        of of""".split(),
}

# Same index = same tag in both languages (translated pairs share tags).
EN_TAGS = ["culture", "music", "exhibitions", "workshops", "community",
           "architecture", "film", "literature", "education", "youth",
           "festival", "history"]
SR_TAGS = ["култура", "музика", "изложбе", "радионице", "заједница",
           "архитектура", "филм", "књижевност", "образовање", "млади",
           "фестивал", "историја"]

LANG_WORDS = {"en": EN_WORDS, "sr": SR_WORDS}
LANG_TAGS = {"en": EN_TAGS, "sr": SR_TAGS}

_CYR2LAT = dict(zip(
    "абвгдђежзијклљмнњопрстћуфхцчџш",
    ["a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj",
     "m", "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c",
     "dz", "s"]))

# Sentence shapes: a loose noun-phrase / verb rhythm, not grammar.
_SHAPES = [
    ["adj", "noun", "verb", "func", "adj", "noun"],
    ["noun", "func", "noun", "verb", "adj", "noun", "func", "noun"],
    ["func", "adj", "noun", "verb", "noun", "func", "func", "adj", "noun"],
    ["noun", "verb", "func", "noun", "func", "adj", "adj", "noun"],
    ["adj", "noun", "func", "noun", "verb", "func", "noun"],
]


def slug_ascii(text: str) -> str:
    """Lower-case ASCII slug; Cyrillic is transliterated."""
    out = "".join(_CYR2LAT.get(ch, ch) for ch in text.lower())
    return re.sub(r"[^a-z0-9]+", "-", out).strip("-")


def split_counts(articles: int) -> tuple[int, int, int]:
    """(English files, Serbian files, paths present in both).

    1000 -> (540, 460, 300): 300 pairs, 240 English-only, 160 Serbian-only.
    """
    en = round(articles * EN_SHARE)
    sr = articles - en
    pairs = min(round(articles * PAIR_SHARE), en, sr)
    return en, sr, pairs



def _words(rng: random.Random, lang: str, count: int) -> list[str]:
    table = LANG_WORDS[lang]
    out: list[str] = []
    while len(out) < count:
        for kind in rng.choice(_SHAPES):
            out.append(rng.choice(table[kind]))
            if len(out) == count:
                break
    return out


def _sentence(rng: random.Random, lang: str, lo: int = 7, hi: int = 16) -> list[str]:
    words = _words(rng, lang, rng.randint(lo, hi))
    words[0] = words[0][:1].upper() + words[0][1:]
    words[-1] += "."
    return words


def make_title(rng: random.Random, lang: str) -> str:
    words = _words(rng, lang, rng.randint(4, 8))
    # A title should not start with a function word.
    words[0] = rng.choice(LANG_WORDS[lang]["adj"] + LANG_WORDS[lang]["noun"])
    return (words[0][:1].upper() + words[0][1:] + " " + " ".join(words[1:])).strip()


def _paragraph(rng: random.Random, lang: str, target_words: int) -> tuple[str, int]:
    words: list[str] = []
    while len(words) < target_words:
        words.extend(_sentence(rng, lang))
    if rng.random() < 0.5:  # some bold
        i = rng.randrange(len(words) - 2)
        j = i + rng.randint(1, 2)
        if not words[j - 1].endswith("."):
            words[i] = "**" + words[i]
            words[j - 1] = words[j - 1] + "**"
    return " ".join(words), len(words)


def _article_body(rng: random.Random, lang: str, target: int) -> str:
    parts: list[str] = []
    count = 0
    for _ in range(2):
        text, n = _paragraph(rng, lang, rng.randint(40, 70))
        parts.append(text)
        count += n
    heading = _words(rng, lang, rng.randint(2, 4))
    parts.append("## " + heading[0][:1].upper() + heading[0][1:] + " " + " ".join(heading[1:]))
    count += len(heading)
    text, n = _paragraph(rng, lang, rng.randint(40, 60))
    parts.append(text)
    count += n
    items = []
    for _ in range(rng.randint(3, 5)):
        item = _words(rng, lang, rng.randint(3, 7))
        count += len(item)
        items.append("- " + item[0][:1].upper() + item[0][1:] + " " + " ".join(item[1:]))
    parts.append("\n".join(items))
    # A paragraph with a link, then fill up to the target length.
    text, n = _paragraph(rng, lang, rng.randint(30, 50))
    link_words = _words(rng, lang, rng.randint(2, 3))
    link = "[{}](https://example.org/{}/{})".format(
        " ".join(link_words), lang, slug_ascii(" ".join(link_words)))
    cut = text.find(". ")
    text = text[:cut + 2] + link + ": " + text[cut + 2:] if cut > 0 else text + " " + link + "."
    parts.append(text)
    count += n + len(link_words)
    while count < target:
        text, n = _paragraph(rng, lang, min(max(target - count, 20), 80))
        parts.append(text)
        count += n
    return "\n\n".join(parts) + "\n"


def _article_text(title: str, when: dt.datetime, tags: list[str],
                  summary: str | None, body: str) -> str:
    lines = [f"Title: {title}", f"Date: {when:%Y-%m-%d %H:%M}", "Tags: " + ", ".join(tags)]
    if summary:
        lines.append(f"Summary: {summary}")
    return "\n".join(lines) + "\n\n" + body


def random_datetime(rng: random.Random) -> dt.datetime:
    days = (LAST_DAY - FIRST_DAY).days
    day = FIRST_DAY + dt.timedelta(days=rng.randrange(days + 1))
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.choice(range(0, 60, 5)))


def write_articles(out_dir: Path, articles: int, seed: int) -> dict:
    """Write en/news and sr/news; return counts."""
    rng = random.Random(f"{seed}-articles")
    en_n, sr_n, pairs = split_counts(articles)
    # Story kinds, shuffled so pairs and singles are spread over the dates.
    kinds = ["pair"] * pairs + ["en"] * (en_n - pairs) + ["sr"] * (sr_n - pairs)
    rng.shuffle(kinds)
    used_titles: set[str] = set()
    used_paths: set[str] = set()
    words = 0

    def unique_title(lang: str) -> str:
        while True:
            title = make_title(rng, lang)
            key = slug_ascii(title)
            if key not in used_titles:
                used_titles.add(key)
                return title

    for lang in ("en", "sr"):
        (out_dir / lang / "news").mkdir(parents=True, exist_ok=True)

    for kind in kinds:
        when = random_datetime(rng)
        langs = ["en", "sr"] if kind == "pair" else [kind]
        titles = {lang: unique_title(lang) for lang in langs}
        key_words = slug_ascii(titles[langs[0]]).split("-")[:4]
        name = f"{when:%Y-%m-%d}-" + "-".join(key_words)
        stem, n = name, 2
        while stem in used_paths:
            stem, n = f"{name}-{n}", n + 1
        used_paths.add(stem)
        tag_idx = rng.sample(range(len(EN_TAGS)), rng.randint(1, 3))
        has_summary = rng.random() < 0.5
        for lang in langs:
            target = rng.randint(270, 330)
            body = _article_body(rng, lang, target)
            words += len(body.split())
            summary = " ".join(_sentence(rng, lang, 10, 18)) if has_summary else None
            tags = [LANG_TAGS[lang][i] for i in tag_idx]
            text = _article_text(titles[lang], when, tags, summary, body)
            (out_dir / lang / "news" / f"{stem}.md").write_text(text, encoding="utf-8")
    return {"en": en_n, "sr": sr_n, "pairs": pairs, "stories": len(kinds), "body_words": words}


PAGES = {
    "en": {"about.md": "About Cluster House", "contact.md": "Contact"},
    "sr": {"about.md": "О Кластер кући", "contact.md": "Контакт"},
}


def write_pages(out_dir: Path, seed: int) -> int:
    rng = random.Random(f"{seed}-pages")
    count = 0
    for lang, pages in PAGES.items():
        folder = out_dir / lang / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        for name, title in pages.items():
            body = "\n\n".join(_paragraph(rng, lang, 50)[0] for _ in range(3))
            (folder / name).write_text(f"Title: {title}\n\n{body}\n", encoding="utf-8")
            count += 1
    return count
