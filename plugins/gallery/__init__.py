"""Cluster House photo galleries: albums from content/galleries/, pages in every edition.

images.py and cache.py make the derivative images (one decode per photo, cached by
content); the rest turns album folders into Pelican pages that the editions plugin renders
in every edition. List "gallery" before "editions" in PLUGINS. See docs/architecture.md.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import generator, settings, templating


def register():
    signals.initialized.connect(settings.configure)
    signals.get_generators.connect(generator.get_generators)
    signals.generator_init.connect(templating.install)
