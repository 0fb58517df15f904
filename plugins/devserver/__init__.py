"""Devserver: the page open in the browser reloads itself after each rebuild.

Only with DEVSERVER_RELOAD = True, which `make devserver` sets on the command
line: `make html` and `make publish` never carry the script. See reload.py.
"""

from pelican import signals

from . import reload


def register():
    signals.initialized.connect(reload.configure)
    signals.finalized.connect(reload.write_build_files)
