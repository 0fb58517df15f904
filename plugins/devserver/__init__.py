"""Devserver: the page open in the browser reloads itself after each rebuild.

Only with DEVSERVER_RELOAD = True, which `make devserver` sets on the command
line: `make html` and `make publish` never carry the script. See reload.py.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import reload


def register():
    signals.initialized.connect(reload.configure)
    signals.finalized.connect(reload.write_build_files)
