"""Reading on every core: the Markdown of new and changed files is parsed in forked processes
before Pelican reads them, and Pelican's reader then answers with those results."""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import parallel, settings


def _configure(pelican) -> None:
    settings.configure(pelican.settings)


def register():
    signals.initialized.connect(_configure)
    signals.readers_init.connect(parallel.install)
    signals.generator_init.connect(parallel.before_reading)
