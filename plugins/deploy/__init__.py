"""Deploy: a build's output ready for any static host.

Theme files under content-hashed names (`asset_url` in templates), robots.txt,
and with DEPLOY_PRECOMPRESS a .gz and a .br copy of every text file. Runs at
`finalized`, inside the build folder, before the publishing plugin swaps it in.
The sample server configuration is deploy/nginx.conf; see docs/architecture.md.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import assets, settings, steps


def register():
    signals.initialized.connect(_configure)
    signals.generator_init.connect(assets.install)
    signals.finalized.connect(steps.finalize)


def _configure(pelican) -> None:
    settings.configure(pelican.settings)
