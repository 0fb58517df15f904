"""The site's own sentences in every edition: dates inside sentences, notices, feed links, counts,
and the meta description's ending."""

from __future__ import annotations

import datetime
import os
import subprocess

import pytest

from conftest import build_fixture, write_files
from editions import templating

LONG_SR = ("Кластер кућа је одржала обуку за тридесет малих и средњих предузећа из Ниша, Лесковца и Пирота "
           "о извозу на тржиште Европске уније, са примерима из праксе и разговором о фондовима.")
LONG_EN = ("Cluster House held a training course for thirty small and medium-sized companies from Niš, Leskovac "
           "and Pirot on exporting to the European Union market, with examples and a talk about funds.")

# Slugs are pinned: the addresses are not what these tests are about.
# Committed first, so each is the original of its group (tests/editions/test_fallback.py: the rule).
ORIGINALS = {
    # Serbian original changed on 3 December 2026, after its English translation.
    "sr/news/2026-01-10-changed.md": "Title: Измењен текст\nSlug: changed\nDate: 2026-01-10 10:00\n"
                                     "Modified: 2026-12-03 10:00\n\nНов текст.\n",
    # English original changed on 21 May 2026, after its Serbian translation.
    "en/news/2026-02-10-english-first.md": "Title: English first\nSlug: english-first\nDate: 2026-02-10 10:00\n"
                                          "Modified: 2026-05-21 10:00\n\nRevised text.\n",
    "sr/news/2026-03-10-long.md": "Title: Дуг сажетак\nSlug: long\nDate: 2026-03-10 10:00\nTags: обука\n"
                                  f"Summary: {LONG_SR}\n\nТекст.\n",
    "en/news/2026-03-10-long.md": "Title: Long summary\nSlug: long\nDate: 2026-03-10 10:00\nTags: training\n"
                                  f"Summary: {LONG_EN}\n\nText.\n",
    "sr/news/2026-04-10-sr-only.md": "Title: Само српски\nSlug: sr-only\nDate: 2026-04-10 10:00\n\nТекст.\n",
}
TRANSLATIONS = {
    "en/news/2026-01-10-changed.md": "Title: Changed text\nSlug: changed\nDate: 2026-01-10 10:00\n"
                                     "Modified: 2026-01-11 10:00\n\nOld text.\n",
    "sr/news/2026-02-10-english-first.md": "Title: Прво енглески\nSlug: english-first\nDate: 2026-02-10 10:00\n"
                                          "Modified: 2026-02-11 10:00\n\nСтари текст.\n",
}


def _git(cwd, *args, date):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("language")
    write_files(base / "content", ORIGINALS)
    _git(base, "init", "-q", date="2026-01-01T10:00:00+00:00")
    _git(base, "add", ".", date="2026-01-01T10:00:00+00:00")
    _git(base, "commit", "-qm", "originals", date="2026-01-01T10:00:00+00:00")
    write_files(base / "content", TRANSLATIONS)
    _git(base, "add", ".", date="2026-01-02T10:00:00+00:00")
    _git(base, "commit", "-qm", "translations", date="2026-01-02T10:00:00+00:00")
    return build_fixture(base, {})


def _notice(site, url):
    return [" ".join(p.get_text(" ", strip=True).split()) for p in site.html(url).find_all("p", class_="notice")]


def test_a_date_inside_the_outdated_note_is_grammatical_in_every_edition(site):
    assert _notice(site, "en/news/changed/") == [
        "The Serbian original was updated on 3 December 2026; this translation may be out of date. Read the original"]
    assert _notice(site, "news/english-first/") == [
        "Енглески оригинал је измењен 21. маја 2026.; овај превод можда није ажуран. Прочитај оригинал"]
    assert _notice(site, "sr-latn/news/english-first/") == [
        "Engleski original je izmenjen 21. maja 2026.; ovaj prevod možda nije ažuran. Pročitaj original"]


def test_a_date_standing_alone_keeps_babels_form(site):
    # The article's own date is not in a sentence: the nominative of Babel's Serbian data.
    assert site.html("news/changed/").find("time").get_text() == "10. јануар 2026."
    assert site.html("sr-latn/news/changed/").find("time").get_text() == "10. januar 2026."


GENITIVE = ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра",
            "октобра", "новембра", "децембра"]
ENGLISH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
LATIN_GENITIVE = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra",
                  "oktobra", "novembra", "decembra"]


@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_in_a_sentence(month):
    day = datetime.date(2026, month, 9)
    assert templating.formatted_date(day, "long", "sr_Cyrl", True) == f"9. {GENITIVE[month - 1]} 2026."
    assert templating.formatted_date(day, "long", "sr_Latn", True) == f"9. {LATIN_GENITIVE[month - 1]} 2026."
    english = templating.formatted_date(day, "long", "en_GB", True)
    assert english == templating.formatted_date(day, "long", "en_GB") == f"9 {ENGLISH[month - 1]} 2026"


def test_a_fallback_page_links_to_its_own_edition_without_calling_it_the_original(site):
    # The fallback page already shows the original text: the link offers the other edition's page.
    notice = site.html("en/news/sr-only/").find("p", class_="notice")
    assert " ".join(notice.get_text(" ", strip=True).split()) == (
        "This article is available only in Serbian. View it on the Serbian version of the site")
    assert notice.a["hreflang"] == "sr-Cyrl" and notice.a["href"].endswith("news/sr-only/")


@pytest.mark.parametrize("prefix, atom, rss", [
    ("", "Atom канал", "RSS канал"), ("en/", "News feed (Atom)", "News feed (RSS)"),
    ("sr-latn/", "Atom kanal", "RSS kanal")])
def test_feed_links_in_the_footer(site, prefix, atom, rss):
    links = [a.get_text() for a in site.html(prefix).find("footer").find_all("a") if "/feeds/" in a["href"]]
    assert links == [atom, rss]


@pytest.mark.parametrize("prefix, tag, count", [
    ("", "obuka", "(1 вест)"), ("en/", "training", "(1 article)"), ("sr-latn/", "obuka", "(1 vest)")])
def test_counts_call_articles_what_the_menu_calls_them(site, prefix, tag, count):
    tags = site.html(f"{prefix}tags/")
    assert [li.find("span", class_="count").get_text() for li in tags.find_all("li")
            if li.a and li.a["href"].rstrip("/").endswith(f"tag/{tag}")] == [count]


@pytest.mark.parametrize("url, text", [
    ("news/long/", LONG_SR), ("en/news/long/", LONG_EN), ("sr-latn/news/long/", None)])
def test_a_long_meta_description_is_cut_after_a_word_with_one_ellipsis(site, url, text):
    description = site.html(url).find("meta", attrs={"name": "description"})["content"]
    assert description.endswith("…") and "..." not in description
    assert len(description) <= templating.DESCRIPTION_LENGTH
    kept = description[:-1]
    if text is None:  # the Latin edition: the same cut of the transliterated summary
        cyrillic = site.html("news/long/").find("meta", attrs={"name": "description"})["content"]
        from editions.transliterate import transliterate_text

        assert description == transliterate_text(cyrillic)
        return
    assert len(text) > templating.DESCRIPTION_LENGTH
    assert text.startswith(kept) and text[len(kept)] == " ", "cut between two words"


def test_a_short_meta_description_is_the_whole_text():
    assert templating.meta_description("<p>Short &amp; <em>sweet</em>.</p>") == "Short & sweet."
    assert templating.meta_description("<p>" + "x" * 200 + "</p>") == "x" * 159 + "…"
    assert templating.meta_description("<p>" + "word, " * 40 + "</p>").endswith("word…")
