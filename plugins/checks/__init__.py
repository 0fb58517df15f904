"""Checks of the content: every problem an editor can fix is reported with the
file and line, before it can break or silently change the published site."""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import hooks, terms


def register():
    signals.initialized.connect(hooks.configure)
    signals.generator_init.connect(hooks.before_reading)
    signals.all_generators_finalized.connect(hooks.after_reading)
    signals.content_object_init.connect(terms.check)
