"""No broken link anywhere a visitor, a feed reader or a search engine follows one: pages (href,
src, srcset, #fragments), stylesheets, feeds and the sitemap, in every edition."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

import linkcheck


@pytest.fixture(scope="module")
def base(settings):
    return settings["SITEURL"].rstrip("/") + "/"


@pytest.mark.parametrize("check, at_least", [
    (linkcheck.broken_links, 300),
    (linkcheck.broken_fragments, 60),   # the skip link of every page
    (linkcheck.broken_css_urls, 0),
    (linkcheck.broken_feed_links, 30),
    (linkcheck.broken_sitemap_entries, 100),
], ids=["pages", "fragments", "stylesheets", "feeds", "sitemap"])
def test_no_broken_link(built, base, check, at_least):
    problems, checked = check(built.output, base)
    print(f"{check.__name__}: {checked} links checked, {len(problems)} broken")
    assert checked >= at_least
    assert problems == [], "\n".join(problems)


def test_every_edition_has_its_feeds_and_the_sitemap_lists_every_edition(built, base, settings):
    locs = {u.findtext(f"{linkcheck.SITEMAP}loc") for u in
            ET.parse(built.output / "sitemap.xml").getroot().findall(f"{linkcheck.SITEMAP}url")}
    for edition in settings["EDITIONS"].values():
        for feed in (settings["FEED_ATOM"], settings["FEED_RSS"]):
            assert (built.output / edition["prefix"] / feed).exists(), edition["prefix"] + feed
        assert base + edition["prefix"] in locs


def test_a_feed_links_to_its_own_edition(built, base, settings):
    for edition in settings["EDITIONS"].values():
        root = ET.parse(built.output / edition["prefix"] / settings["FEED_ATOM"]).getroot()
        site_link = next(link.get("href") for link in root.findall(f"{linkcheck.ATOM}link") if link.get("rel") == "alternate")
        assert site_link == base + edition["prefix"], edition["prefix"]
