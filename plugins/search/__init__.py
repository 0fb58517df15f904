"""Search: a Pagefind bundle per edition, built from the editions' own views.

Each edition's pages in its own language become small source pages (text.py,
sources.py) that the Pagefind command line indexes into the edition's bundle at
`<prefix>search/pagefind/` (bundle.py); `search/fold.js` carries the Serbian
letter table to the browser (fold.py). Its generator (build.py) runs in the
build's own process once every edition is written, and before the deploy plugin
precompresses the output at `finalized`. See README.md, "Search".
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import build, settings


def register():
    signals.initialized.connect(_configure)
    signals.get_generators.connect(build.get_generators)


def _configure(pelican) -> None:
    settings.configure(pelican.settings)
