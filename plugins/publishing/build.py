"""One build, start to end: lock, write aside, then publish or leave the site alone.

We wrap `Pelican.run()` of the instance (at `initialized`) rather than redirect
the output at `initialized` and swap at `finalized`:

- `initialized` also fires for `pelican --listen` (`make serve`), which serves
  `settings['OUTPUT_PATH']`: redirecting there would serve an empty folder.
  Redirecting inside run() touches builds only, and every build of a
  devserver session gets its own folder.
- A build that raises never reaches `finalized`; the wrapper still cleans up
  and reports. And the lock and the up-to-date check must come before
  anything run() does (the first generator is made before any signal of a
  build is sent).

(Not a reason, though this module once said so: Pelican 4.12 calls the
receivers of one signal in connection order, plugins in PLUGINS order, so
"publishing" last in PLUGINS would make its `finalized` receiver the last.)
Replacing run() on the instance is a Pelican internal, kept with the others in
sitecore/pelican_internals.py; an explicit build driver would remove it
(docs/architecture.md, "Toward an explicit build driver").

A failed build ends with BuildFailed, an ordinary exception with `exitcode`,
rather than sys.exit() from a signal: Pelican's main() catches it and exits
with that status, and status.DeliberateStopFilter keeps main() from printing
a traceback for it. `make devserver` runs its own loop (devserver/watch.py),
which prints the failure and waits for the next save. (Pelican's `--autoreload`
loop would run a failed build again at once; `make devserver` does not use it.)
"""

from __future__ import annotations

import logging
import os

from pelican.log import console
from sitecore import messages, pelican_internals
from sitecore.messages import message
from sitecore.inputs import nothing_changed

from . import output, replay, settings, space, status, uptodate

logger = logging.getLogger("publishing")


class BuildFailed(Exception):
    """The build logged errors (or warnings, where they count): nothing was published."""

    exitcode = 1
    reported = True  # the summary line is in the log already: main() need not repeat it


class BuildRefused(BuildFailed):
    """Another build kept the output folder locked for too long."""

    exitcode = 75  # EX_TEMPFAIL: trying again later may work


def install(pelican) -> None:
    """`initialized`: check the settings and make this instance's run() atomic."""
    messages.choose(pelican.settings)  # the editors' language, for the build's summary
    settings.configure(pelican.settings)
    pelican_internals.check_release()
    replay.forget_compressed_cache(pelican.settings)
    pelican_internals.replace_run(pelican, lambda run: build(pelican, run))


def _shown(path: str, content: str) -> str:
    """The output folder as messages name it: from the repository root when inside it."""
    root = os.path.dirname(content)
    if path == root or path.startswith(root + os.sep):
        return os.path.relpath(path, root).replace(os.sep, "/") + "/"
    return path + "/"


def _say(message: str) -> None:
    # Not a log record: waiting is not a problem, and must not count as a warning.
    console.print(message, markup=False, highlight=False)


def build(pelican, run) -> None:
    with status.counting() as counter:  # each build of a devserver session counts on its own
        _build_locked(pelican, run, counter)


def _build_locked(pelican, run, counter: status.LevelCounter) -> None:
    conf = pelican.settings
    given = os.path.abspath(pelican.output_path)
    # A symlinked output folder (a web server's document root) is replaced where it really is.
    target = os.path.realpath(given)
    content = os.path.abspath(conf["PATH"])
    shown = _shown(given, content)
    if content == target or content.startswith(target + os.sep):
        raise settings.PublishingSettingsError(
            f"OUTPUT_PATH ({shown}) contains the content folder; replacing it would replace the sources. "
            "Choose an output folder outside the content.")
    timeout = conf["PUBLISH_LOCK_TIMEOUT"]
    building = output.building_path(target)
    try:
        with output.OutputLock(target, timeout,
                               lambda: _say(message("another build is writing %(output)s; waiting...", output=shown))):
            output.clean_leftovers(target)
            inputs, quick = uptodate.take({**conf, "OUTPUT_PATH": target}, shown)
            if uptodate.is_up_to_date(target, inputs):
                if quick is not None:  # this context too, next time, before Pelican is imported
                    uptodate.mark(target, inputs, quick)
                _say(nothing_changed(shown))
                return
            _build_aside(pelican, run, counter, target, building, shown, (inputs, quick))
    except output.LockTimeout:
        logger.error("%s", message(
            "another build is still writing %(output)s after %(seconds)s seconds; this build stopped without "
            "changing it. Run it again when the other build has finished.", output=shown, seconds=f"{timeout:g}"))
        raise BuildRefused(f"{shown} is locked by another build") from None
    except OSError as error:
        full = space.disk_full(error)
        if full is None:
            raise
        if os.path.lexists(building):
            output.remove(building, tolerant=True)
        logger.error("%s", space.message(full, _written_folders(conf, target, building, shown)))
        raise BuildFailed(str(full)) from None


def _written_folders(conf, target: str, building: str, shown: str) -> dict[str, str]:
    """Where a build writes (absolute) -> its name in messages: to say which disk is full."""
    folders = {building: shown, target: shown, os.path.dirname(target): shown}
    cache = conf.get("CACHE_PATH")
    if cache:
        folders.setdefault(os.path.abspath(cache), _shown(os.path.abspath(cache), os.path.abspath(conf["PATH"])))
    return folders


def _build_aside(pelican, run, counter, target: str, building: str, shown: str, inputs: tuple) -> None:
    conf = pelican.settings
    # The spare brought in, or a fresh folder.
    taken = output.make_building(target, building, conf.get("OUTPUT_RETENTION"))
    existed = os.path.isdir(target)
    given = pelican.output_path, conf["OUTPUT_PATH"]
    pelican.output_path = conf["OUTPUT_PATH"] = building
    # The published copy, for plugins that reuse unchanged files from it (editions/incremental.py).
    # Not from a mount point: hard links from there into the build folder cross file systems.
    conf["PUBLISH_PREVIOUS_OUTPUT"] = target if existed and not output.is_mount_point(target) else None
    try:
        run()
    except Exception as error:
        deliberate = hasattr(error, "exitcode")
        if deliberate and not space.disk_full(error):
            output.set_aside(building, target)  # the next build's spare
        else:
            output.remove(building)  # a bug's folder or a full disk's: gone
        if space.disk_full(error):
            raise space.disk_full(error) from None  # reported, with the disk's name, by _build_locked
        problem = (str(error) if deliberate else
                   "an unexpected error in the build (a bug: please report it with the traceback below)")
        logger.error("%s", status.summary(counter, shown, existed, problem))
        if deliberate:
            raise BuildFailed(str(error)) from error
        raise
    except BaseException:  # Ctrl-C: leave the published site as it was
        output.remove(building)
        raise
    finally:
        pelican.output_path, conf["OUTPUT_PATH"] = given  # the next build of a devserver session starts afresh
        conf.pop("PUBLISH_PREVIOUS_OUTPUT", None)
    if status.fails(counter, conf["PUBLISH_FAIL_ON_WARNINGS"]):
        output.set_aside(building, target)
        summary = status.summary(counter, shown, existed)
        logger.error("%s", summary)
        raise BuildFailed(summary)
    output.finish(building, taken)
    output.retain(target, building, conf.get("OUTPUT_RETENTION"))
    uptodate.mark(building, *inputs)
    if not output.publish(building, target):
        _say(message("%(output)s is a mount point, which cannot be replaced as a whole: it was updated in place, "
                     "each file replaced at once.", output=shown))
