"""Production settings: `make publish`. Everything else comes from pelicanconf.py."""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F401,F403 - Pelican's documented pattern

# The public address (assumed; confirm it before the first publish); CI may override it.
SITEURL = os.environ.get("SITEURL", "https://www.klasterkuca.rs")
RELATIVE_URLS = False
FEED_DOMAIN = SITEURL
DELETE_OUTPUT_DIRECTORY = True
# Any warning fails the production build and leaves the published output as it was.
PUBLISH_FAIL_ON_WARNINGS = True
# .gz and .br copies of every text file, for servers that send them as they are
# (deploy/nginx.conf). Results are cached by content in CACHE_PATH: only changed
# files are compressed again.
DEPLOY_PRECOMPRESS = True
