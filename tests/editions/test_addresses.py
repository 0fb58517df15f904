"""Permanent addresses (README, "Addresses never break"): a small site is built, then changed
the ways an editor changes one, and built again after each change. Every address it ever
published must still answer with its page, or with a redirect page (one hop) to the page,
or, for a removed article, with the page that says so; the record must keep every line.

One site per module: the changes are made in turn and each rebuild is checked as it is made.
"""

from __future__ import annotations

import re
import shutil

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, run_pelican, tree_digest, write_files

SITEURL = "http://127.0.0.1:8000"  # pelicanconf.py's
SITE = {
    "sr/news/2018-01-26-visit.md": "Title: Посета у Нишу\nDate: 2018-01-26 12:00\nTags: Ниш\n\nТекст посете.\n",
    "en/news/2018-01-26-visit.md": "Title: Visit to Niš\nDate: 2018-01-26 12:00\nTags: Niš\n\nText of the visit.\n",
    "en/news/2017-02-01-kick-off.md": "Title: Kick-off in Berlin\nDate: 2017-02-01 10:00\n\nEnglish only.\n",
    "sr/news/2018-02-09-training.md": "Title: Обука\nDate: 2018-02-09 10:00\nTags: Лесковац, обука\n\nОбука.\n",
    "sr/news/2018-03-01-fair.md": "Title: Сајам у Београду\nDate: 2018-03-01 10:00\n\nСајам.\n",
    "sr/news/2018-04-01-meeting.md": "Title: Састанак кластера\nDate: 2018-04-01 10:00\n\nСастанак.\n",
    "sr/news/2018-05-01-forum.md": "Title: Форум у Пироту\nDate: 2018-05-01 10:00\n\nФорум.\n",
    "sr/pages/contact.md": "Title: Контакт\n\nНиш.\n",
    "en/pages/contact.md": "Title: Contact\n\nNiš.\n",
}
REMOVED = ("Ова вест је уклоњена", "This article was removed", "Ova vest je uklonjena")


def record(base) -> dict[str, str]:
    text = (base / "content" / "addresses.txt").read_text(encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))


def build(base, name="output", cache="cache", **overrides):
    settings = base / f"settings-{cache}.py"
    settings.write_text(f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
                        f"CACHE_PATH = {str(base / cache)!r}\n"
                        + "".join(f"{k} = {v!r}\n" for k, v in overrides.items()), encoding="utf-8")
    result = run_pelican(base / "content", base / name, settings, "--log-handler", "plain")
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def page(output, address) -> BeautifulSoup | None:
    path = output / address.lstrip("/")
    path = path / "index.html" if address.endswith("/") else path
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser") if path.is_file() else None


def refresh_target(soup) -> str | None:
    meta = soup.find("meta", attrs={"http-equiv": "refresh"})
    return None if meta is None else meta["content"]


def answer(output, address):
    """What a visitor gets at `address`: ("page", address) of a real page, reached directly or by
    one redirect, ("removed", address), or ("broken", why)."""
    if address.endswith(".xml"):
        return ("page", address) if (output / address.lstrip("/")).is_file() else ("broken", "no feed")
    soup = page(output, address)
    if soup is None:
        return "broken", "no page"
    if soup.find("meta", attrs={"name": "robots", "content": "noindex"}) and soup.h1 and soup.h1.text in REMOVED:
        return "removed", address
    if refresh_target(soup) is None:
        return "page", address
    target = soup.find("link", rel="canonical")["href"].removeprefix(SITEURL)
    landing = page(output, target)
    if target == address or landing is None or refresh_target(landing) is not None:
        return "broken", f"the redirect leads to {target}, which is not a page"
    if soup.find("a")["href"] != refresh_target(soup).removeprefix("0; url="):
        return "broken", "the visible link and the refresh differ"
    return "page", target


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The site, built after each change in turn: {change: (record, log)}, and the first record."""
    base = tmp_path_factory.mktemp("addresses")
    write_files(base / "content", SITE)
    content = base / "content"
    log = build(base)
    # Two lists of an earlier build (a longer news list, a feed's former name) as the record keeps them.
    with open(content / "addresses.txt", "a", encoding="utf-8") as stream:
        stream.write("/page/3/\tlist\n/en/feeds/news.rss.xml\tlist\n")
    builds = {"first": (log, record(base))}

    def change(name, write=None, remove=()):
        for path in remove:
            (content / path).unlink()
        write_files(content, write or {})
        log = build(base)
        builds[name] = (log, record(base))
        builds[name + ":answers"] = {a: answer(base / "output", a) for a in builds["first"][1]}

    first = builds["first"][1]
    change("retitled", {"sr/news/2018-01-26-visit.md": SITE["sr/news/2018-01-26-visit.md"].replace(
        "Посета у Нишу", "Посета амбасадора Данске у Нишу")})
    change("slug", {"en/news/2018-01-26-visit.md": "Slug: danish-visit\n" + SITE["en/news/2018-01-26-visit.md"]})
    change("translated", {"sr/news/2017-02-01-kick-off.md": "Title: Почетак у Берлину\nDate: 2017-02-01 10:00\n\n"
                          "Превод.\n"})
    meeting = next(a for a, i in first.items() if i == "article:news/2018-04-01-meeting@sr-Cyrl")
    # Moved to another name and retitled: the key and the address change.
    change("moved-with-redirect", {"sr/news/2018-04-02-meeting.md": SITE["sr/news/2018-04-01-meeting.md"].replace(
        "Састанак кластера", "Годишњи састанак")}, remove=["sr/news/2018-04-01-meeting.md"])
    moved_to = next(a for a, i in record(base).items() if i == "article:news/2018-04-02-meeting@sr-Cyrl")
    change("redirected", {"redirects.txt": f"# The meeting's file has a new name.\n{meeting} {moved_to}\n"})
    change("moved", {"sr/news/2018-05-02-forum.md": SITE["sr/news/2018-05-01-forum.md"].replace(
        "Форум у Пироту", "Пиротски форум")}, remove=["sr/news/2018-05-01-forum.md"])
    change("deleted", remove=["sr/news/2018-03-01-fair.md"])
    change("tag-removed", {"sr/news/2018-02-09-training.md": "Title: Обука\nDate: 2018-02-09 10:00\nTags: обука\n\n"
                           "Обука.\n"})
    builds["base"] = base
    return builds


CHANGES = ["retitled", "slug", "translated", "moved-with-redirect", "redirected", "moved", "deleted", "tag-removed"]


@pytest.mark.parametrize("change", CHANGES)
def test_every_first_address_still_answers_and_the_record_keeps_every_line(site, change):
    first = site["first"][1]
    before = site[CHANGES[CHANGES.index(change) - 1]][1] if change != CHANGES[0] else first
    _, now = site[change]
    assert set(before) <= set(now) and all(now[a] == before[a] for a in before), "no line lost or changed"
    answers = site[change + ":answers"]
    assert not {a: why for a, (kind, why) in answers.items() if kind == "broken"}
    for address, (kind, where) in answers.items():
        identity = first[address]
        if kind == "page":
            # The page reached shows what the address showed: the same article or page, or a list.
            # (redirects.txt sends the meeting's old file's addresses to the new file's.)
            shown = now[where]
            assert shown in (identity, identity.replace("04-01-meeting", "04-02-meeting")), (address, where, shown)


def test_a_changed_address_leads_to_the_new_one(site):
    first = site["first"][1]
    answers = site["retitled:answers"]
    old = next(a for a, i in first.items() if i == "article:news/2018-01-26-visit@sr-Cyrl")
    kind, new = answers[old]
    assert kind == "page" and new != old and site["retitled"][1][new] == first[old]
    kind, new = site["slug:answers"][next(a for a, i in first.items() if i == "article:news/2018-01-26-visit@en")]
    assert (kind, new) == ("page", "/en/news/danish-visit/")


def test_no_original_moves_because_of_its_translation(site):
    """A translation's Slug: or a new translation gives new addresses to the translation only."""
    new = {change: set(site[change][1]) - set(site[before][1])
           for before, change in (("retitled", "slug"), ("slug", "translated"))}
    assert new["slug"] == {"/en/news/danish-visit/"}, "the Serbian original keeps its address"
    assert new["translated"] == {"/news/pocetak-u-berlinu/", "/sr-latn/news/pocetak-u-berlinu/"}
    original = next(a for a, i in site["first"][1].items() if i == "article:news/2017-02-01-kick-off@en")
    assert original == "/en/news/kick-off-in-berlin/"
    for change in CHANGES[CHANGES.index("translated"):]:
        assert site[change + ":answers"][original] == ("page", original), "still the page itself, no redirect"


def test_a_moved_file_with_a_redirect_leads_there_in_every_edition_without_a_warning(site):
    first = site["first"][1]
    log, now = site["redirected"]
    olds = [a for a, i in first.items() if i.startswith("article:news/2018-04-01-meeting@")]
    assert len(olds) == 3
    for old in olds:
        kind, new = site["redirected:answers"][old]
        assert kind == "page" and now[new] == first[old].replace("04-01", "04-02"), old
    assert "2018-04-01-meeting" not in log
    moved_log, _ = site["moved-with-redirect"]
    assert "the article news/2018-04-01-meeting is no longer on the site" in moved_log


def test_a_deleted_or_renamed_article_gets_the_removed_page_and_a_warning(site):
    first = site["first"][1]
    for change, key in (("moved", "news/2018-05-01-forum"), ("deleted", "news/2018-03-01-fair")):
        olds = sorted(a for a, i in first.items() if i.startswith(f"article:{key}@"))
        answers = site[change + ":answers"]
        assert {answers[a][0] for a in olds} == {"removed"}, change
        log, _ = site[change]
        line = next(n for n, text in enumerate((site["base"] / "content" / "addresses.txt").read_text(
            encoding="utf-8").splitlines(), 1) if text.startswith(olds[0] + "\t"))
        assert (f"content/addresses.txt:{line}: the article {key} is no longer on the site (its file was "
                f"deleted, or moved to another name), so its addresses {', '.join(olds)} now show a page saying "
                f"that it was removed. If that is meant, say so: add the line \"{olds[0]} gone\" to "
                f"content/redirects.txt. If it has a new address, add \"{olds[0]} <its new address>\" there "
                "instead.") in log, log
    gone = page(site["base"] / "output", olds[0])
    assert gone.html["lang"] in ("sr-Cyrl", "en", "sr-Latn") and gone.find("a", href=True)


def test_a_removed_tag_leads_to_the_tags_index(site):
    first = site["first"][1]
    tags = [a for a in first if re.fullmatch(r"/(en/|sr-latn/)?tag/leskovac/", a)]
    assert tags
    for old in tags:
        assert site["tag-removed:answers"][old] == ("page", old.replace("tag/leskovac/", "tags/"))


def test_a_later_page_beyond_the_last_leads_to_the_list_and_an_old_feed_is_a_copy_of_the_feed(site):
    output = site["base"] / "output"
    assert site["tag-removed:answers"]["/page/3/"] == ("page", "/")
    assert (output / "en/feeds/news.rss.xml").read_bytes() == (output / "en/feeds/all.rss.xml").read_bytes()


def test_redirects_are_in_the_map_never_in_the_sitemap_and_a_rebuild_equals_a_cold_build(site):
    base = site["base"]
    output = base / "output"
    lines = (output / ".build" / "redirects.map").read_text(encoding="utf-8").splitlines()
    moved = dict(re.fullmatch(r'"(\S+)" (\S+);', line).groups() for line in lines)
    first = site["first"][1]
    for address, (kind, where) in site["tag-removed:answers"].items():
        if kind == "removed":
            assert moved[address] == "410"
        elif where != address:
            assert moved[address] == f'"{where}"'
    assert all(target.strip('"') not in moved for target in moved.values()), "no chain"
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert not [a for a in moved if f"<loc>{SITEURL}{a}</loc>" in sitemap]
    assert len(moved) > 10 and set(moved) <= set(first) | set(site["tag-removed"][1])
    shutil.rmtree(base / "cold", ignore_errors=True)
    build(base, "cold", "cold-cache")
    ours = {k: v for k, v in tree_digest(output).items() if not k.startswith(".build/render-keys")}
    cold = {k: v for k, v in tree_digest(base / "cold").items() if not k.startswith(".build/render-keys")}
    assert {k for k in ours if ours[k] != cold.get(k)} <= {".build/inputs", ".build/quick.json"}
    assert set(ours) == set(cold)


def test_a_fallback_copy_no_longer_written_leads_to_the_original(tmp_path):
    """EDITIONS_UNTRANSLATED = 'link' after 'fallback': the copies' addresses lead to the original."""
    write_files(tmp_path / "content", {"en/news/2017-02-01-kick-off.md": SITE["en/news/2017-02-01-kick-off.md"],
                                       "sr/pages/contact.md": SITE["sr/pages/contact.md"]})
    build(tmp_path)
    copies = [a for a, i in record(tmp_path).items() if i.startswith("article:") and not a.startswith("/en/")]
    original = next(a for a, i in record(tmp_path).items() if i == "article:news/2017-02-01-kick-off@en")
    assert len(copies) == 2
    log = build(tmp_path, EDITIONS_UNTRANSLATED="link")
    assert "no longer on the site" not in log
    for copy in copies:
        assert answer(tmp_path / "output", copy) == ("page", original)


def test_the_record_is_created_sorted_and_written_only_when_an_address_is_new(tmp_path):
    write_files(tmp_path / "content", {"sr/news/2018-01-26-visit.md": SITE["sr/news/2018-01-26-visit.md"],
                                       "sr/news/2018-02-01-plan.md": "Title: План\nDate: 2018-02-01\nStatus: draft\n\nНацрт.\n"})
    build(tmp_path)
    assert (tmp_path / "output" / "drafts").is_dir(), "the draft is written, but not an address of the site"
    path = tmp_path / "content" / "addresses.txt"
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert text.startswith("# Published addresses of this site") and lines == sorted(lines)
    assert "/news/poseta-u-nisu/\tarticle:news/2018-01-26-visit@sr-Cyrl" in lines and "/\tlist" in lines
    assert not [line for line in lines if "drafts/" in line or "404" in line or "sitemap" in line]
    before = path.stat()
    write_files(tmp_path / "content", {"sr/news/2018-01-26-visit.md": SITE["sr/news/2018-01-26-visit.md"].replace(
        "Текст посете.", "Други текст посете.")})
    build(tmp_path)
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert "Други текст" in (tmp_path / "output" / "news" / "poseta-u-nisu" / "index.html").read_text(encoding="utf-8")
