"""Reading: every Markdown file with its language's typography (typography.py), the reader cache
kept only while those rules are the same (rules.py), and the Markdown of new and changed files
parsed in forked processes before Pelican reads them (parallel.py)."""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import parallel, rules, settings, typography


def _configure(pelican) -> None:
    settings.configure(pelican.settings)


def _before_reading(pelican) -> None:
    """`get_generators`: a reader cache made by other rules is not read (rules.py)."""
    after_reading = rules.before_reading(pelican.settings)
    if after_reading is None:
        return

    def give_back(generators) -> None:  # once, in this build
        signals.all_generators_finalized.disconnect(give_back)
        after_reading()

    signals.all_generators_finalized.connect(give_back, weak=False)


def register():
    signals.initialized.connect(_configure)
    signals.get_generators.connect(_before_reading)
    # Typography first: the reader that answers with results parsed in advance parses with it too.
    signals.readers_init.connect(typography.install)
    signals.readers_init.connect(parallel.install)
    signals.generator_init.connect(parallel.before_reading)
