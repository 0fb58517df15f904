"""When the checks run during a build (Pelican signals).

Pelican 4.12 calls the receivers of one signal in the order they were
connected, plugins in PLUGINS order; still, every hook here stands on its own
rather than on what another plugin's receiver did first. The scan happens at
the first generator's creation, which is inside `Pelican.run()` (a `pelican
--listen` that only serves the site never scans), and before any file is read.
"""

from __future__ import annotations

import os

from pelican.generators import ArticlesGenerator, PagesGenerator
from sitecore import pelican_internals

from sitecore import links, messages

from . import postread, preread, report, settings


def configure(pelican) -> None:
    """`initialized`: defaults and validation of the CHECKS_ settings."""
    messages.choose(pelican.settings)  # the editors' language (sitecore/messages.py)
    settings.configure(pelican.settings)


def _findings_for(generator) -> report.Findings:
    """This build's findings (kept in its context); the first generator of a build runs the scan."""
    current = report.findings_of(generator.context)
    if current is None:
        root = os.path.dirname(os.path.abspath(generator.settings["PATH"]))
        current = generator.context[report.KEY] = report.Findings(root=root)
        report.install_filter(current)
        _check_links(generator.settings, current)
        preread.scan(generator.settings, current)
    return current


def _check_links(conf, findings: report.Findings) -> None:
    """Links out of the repository, to nowhere or in a loop: stop before any input is read."""
    for folder in links.input_folders(conf):
        links.scan(folder, lambda path, what: findings.error(path.replace(os.sep, "/"), 1, what + "."))
    if findings.errors:
        raise report.ContentErrors(messages.nmessage("%(num)d link must be fixed (listed above); nothing was read",
                                                     "%(num)d links must be fixed (listed above); nothing was read",
                                                     findings.errors))


def before_reading(generator) -> None:
    """`generator_init`: check the links, scan the sources; keep files with errors from the readers."""
    findings = _findings_for(generator)
    if isinstance(generator, (ArticlesGenerator, PagesGenerator)) and findings.rejected:
        _skip(generator, findings.rejected)


def _skip(generator, rejected: set[str]) -> None:
    # Pelican's excludes take folders only, so filter this generator's file list.
    pelican_internals.keep_files_out(generator, lambda path: path.replace(os.sep, "/") in rejected)


def after_reading(generators) -> None:
    """`all_generators_finalized`: addresses and links; stop before rendering on any error."""
    if not generators:
        return
    findings = _findings_for(generators[0])
    postread.check(generators[0].context, generators[0].settings, findings)
