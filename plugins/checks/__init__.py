"""Checks of the content: every problem an editor can fix is reported with the
file and line, before it can break or silently change the published site."""

from pelican import signals

from . import hooks, terms


def register():
    signals.initialized.connect(hooks.configure)
    signals.generator_init.connect(hooks.before_reading)
    signals.all_generators_finalized.connect(hooks.after_reading)
    signals.content_object_init.connect(terms.check)
