"""robots.txt: every robot may read every page, and learns where the sitemap is."""

from __future__ import annotations

import logging
import os

from sitecore.files import write_bytes
from sitecore.messages import message

logger = logging.getLogger(__name__)

SITEMAP = "sitemap.xml"  # written at the site root by the editions plugin


def write_robots(settings, output_path: str) -> str:
    """Write robots.txt at the site root; returns its text."""
    lines = ["User-agent: *", "Allow: /"]
    siteurl = (settings.get("SITEURL") or "").rstrip("/")
    if os.path.isfile(os.path.join(output_path, SITEMAP)):
        if siteurl.startswith(("https://", "http://")):
            lines += ["", f"Sitemap: {siteurl}/{SITEMAP}"]
        else:  # robots.txt needs the sitemap's full address
            logger.warning("%s", message(
                "robots.txt names no sitemap, because SITEURL (%(siteurl)r) is not a full address. "
                "Set SITEURL to the site's address, e.g. 'https://www.example.org'.", siteurl=siteurl))
    text = "\n".join(lines) + "\n"
    write_bytes(os.path.join(output_path, "robots.txt"), text.encode("utf-8"))
    return text
