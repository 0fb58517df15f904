"""Publishing: a build replaces the published output all at once, and only when
it succeeded; its exit status says whether it did."""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import build, replay, space, spare, status


def register():
    status.install()
    space.install()
    signals.initialized.connect(build.install)
    signals.readers_init.connect(replay.install)
    signals.all_generators_finalized.connect(spare.clear_static_targets)
