"""Publishing: a build replaces the published output all at once, and only when
it succeeded; its exit status says whether it did."""

from pelican import signals

from . import build, replay, space, status


def register():
    status.install()
    space.install()
    signals.initialized.connect(build.install)
    signals.readers_init.connect(replay.install)
