"""The catalogue of bad input, part: Addresses (the record content/addresses.txt and the editor's
content/redirects.txt; editions/addresses.py)."""

from __future__ import annotations

from . import _case

_case(
    "address-record-line", "Addresses", "a line of `content/addresses.txt` changed by hand (a space for the tab)",
    ("content/addresses.txt:2: this line is not an address and what it shows (an address from the site's root "
     "such as /news/visit/, a tab, then \"list\" or \"article:news/<file>@<edition>\"). The build writes this file "
     "by itself: take back the change to this line in git (git checkout content/addresses.txt), then build again.",),
    "ERROR", files={"addresses.txt": "/\tlist\n/news/poseta-ambasadora/ article:news/2018-01-26-visit@sr-Cyrl\n"},
)
_case(
    "redirect-to-nowhere", "Addresses", "`content/redirects.txt` sends an old address to a page the site does not have",
    ("content/redirects.txt:1: /news/no-such-page/ is not a page of the site, so the redirect would lead nowhere. "
     "Write the address of a page the site has, or the word gone.",),
    "ERROR", files={"redirects.txt": "/news/old-visit/ /news/no-such-page/\n"},
)
_case(
    "redirect-hides-a-page", "Addresses", "`content/redirects.txt` names a page the site has as an old address",
    ("content/redirects.txt:1: /kontakt/ is a page of the site, which this line would hide. Delete the line, or "
     "first remove or rename that page.",),
    "ERROR", files={"redirects.txt": "/kontakt/ /news/poseta-ambasadora/\n"},
)
_case(
    "article-removed", "Addresses", "an article that was published is deleted (or moved, so its key changed)",
    ("content/addresses.txt:14: the article news/2018-03-01-fair is no longer on the site (its file was deleted, "
     "or moved to another name), so its address /aktuelno/sajam/ now shows a page saying that it was removed. If "
     "that is meant, say so: add the line \"/aktuelno/sajam/ gone\" to content/redirects.txt. If it has a new "
     "address, add \"/aktuelno/sajam/ <its new address>\" there instead.",),
    "WARNING", files={"addresses.txt": "/aktuelno/sajam/\tarticle:news/2018-03-01-fair@sr-Cyrl\n"},
    published=("aktuelno/sajam/",),
)
_case(
    "redirect-out-of-site", "Addresses", "`content/redirects.txt` names an address outside the site",
    ("content/redirects.txt:2: ../../etc/cron.d/x is not an address of this site. Write it from the site's root, "
     "as it shows after the site's name in the browser: /news/visit/ or /en/news/visit/.",),
    "ERROR", files={"redirects.txt": "# a line that would write outside the site\n../../etc/cron.d/x /kontakt/\n"},
)
