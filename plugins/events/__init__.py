"""Events: dates, places and sessions on articles and pages, an events page per edition,
calendar files (.ics) and schema.org Event data. See README.md, "Events".

fields.py is the rule for the event lines (the checks plugin reports its problems with their
lines), texts.py the dates as each edition writes them, model.py an edition's events,
calendar.py the .ics files, structured.py the JSON-LD objects, build.py the build's steps.
"""

import os
import sys

from pelican import signals

# Pelican imports a plugin from PLUGIN_PATHS without putting that folder on the import path;
# sitecore, which every plugin shares, lives in the same folder.
if os.path.dirname(os.path.dirname(os.path.abspath(__file__))) not in sys.path:
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from . import build, settings


def register():
    signals.initialized.connect(_configure)
    signals.all_generators_finalized.connect(build.attach)
    signals.article_writer_finalized.connect(build.write_page)
    signals.get_generators.connect(build.get_generators)


def _configure(pelican) -> None:
    settings.configure(pelican.settings)
