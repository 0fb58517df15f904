"""Editions: one Pelican run reads the content once and writes a full site per edition.

An edition is a language (and script) of the site: Serbian in Cyrillic at the
root, English under en/, and editions derived by the build (Serbian in Latin).
Pelican's own generators read the Markdown; this plugin pairs translations,
gives every edition its view of each page, and renders each edition with
Pelican's own article and page generators, its own URLs and its own catalog.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import generator, settings


def register():
    signals.initialized.connect(settings.configure)
    signals.get_generators.connect(generator.get_generators)
    signals.all_generators_finalized.connect(generator.bind_content_generators)
    signals.get_writer.connect(generator.get_writer)
