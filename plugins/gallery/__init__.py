"""Cluster House photo galleries: albums from content/galleries/, pages in every edition.

images.py and cache.py make the derivative images (one decode per photo, cached by
content); the rest turns album folders into Pelican pages that the editions plugin renders
in every edition. List "gallery" before "editions" in PLUGINS. See docs/architecture.md.
"""

from pelican import signals

from . import generator, settings, templating


def register():
    signals.initialized.connect(settings.configure)
    signals.get_generators.connect(generator.get_generators)
    signals.generator_init.connect(templating.install)
