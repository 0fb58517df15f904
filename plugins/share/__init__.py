"""Sharing: what a shared link, a search engine, a printer and a phone's home screen see.

Covers, Open Graph and cards, feeds (one part); structured data (structured.py) and the
site's identity: logo, favicons, web app manifests (identity.py, icons.py). See README.md.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import cards, feeds, icons, identity, previews, structured


def register():
    # Each part connects its own signals below.
    signals.generator_init.connect(structured.install)
    signals.generator_init.connect(identity.install)
    signals.all_generators_finalized.connect(structured.remember_translations)
    signals.finalized.connect(icons.write_identity)
    # Social previews: the template function, and each edition's cards once it has rendered.
    signals.initialized.connect(cards.check_font)
    signals.generator_init.connect(previews.install)
    signals.article_writer_finalized.connect(previews.publish)
    signals.feed_generated.connect(feeds.add_covers)
