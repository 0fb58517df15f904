"""When the checks run during a build (Pelican signals).

Pelican calls the receivers of one signal in no fixed order, so every hook
here stands on its own: the scan happens at the first generator's creation,
which is inside `Pelican.run()` (a `pelican --listen` that only serves the
site never scans), and before any file is read.
"""

from __future__ import annotations

import os

from pelican.generators import ArticlesGenerator, PagesGenerator

from . import links, postread, preread, report, settings


def configure(pelican) -> None:
    """`initialized`: defaults and validation of the CHECKS_ settings."""
    settings.configure(pelican.settings)
    report.install_filter()


def _findings_for(generator) -> report.Findings:
    """This build's findings; the first generator of a build runs the scan."""
    current = report.CURRENT
    if current is None or current.context is not generator.context:
        root = os.path.dirname(os.path.abspath(generator.settings["PATH"]))
        current = report.Findings(root=root, context=generator.context)
        report.CURRENT = current
        _check_links(generator.settings, current)
        preread.scan(generator.settings, current)
    return current


def _check_links(conf, findings: report.Findings) -> None:
    """Links out of the repository, to nowhere or in a loop: stop before any input is read."""
    for folder in links.input_folders(conf):
        links.scan(folder, lambda path, what: findings.error(path.replace(os.sep, "/"), 1, what + "."))
    if findings.errors:
        noun = "link" if findings.errors == 1 else "links"
        raise report.ContentErrors(f"{findings.errors} {noun} must be fixed (listed above); nothing was read")


def before_reading(generator) -> None:
    """`generator_init`: check the links, scan the sources; keep files with errors from the readers."""
    findings = _findings_for(generator)
    if isinstance(generator, (ArticlesGenerator, PagesGenerator)) and findings.rejected:
        _skip(generator, findings.rejected)


def _skip(generator, rejected: set[str]) -> None:
    # Pelican's excludes take folders only, so filter this generator's file list.
    find = generator.get_files

    def get_files(paths, exclude=None, extensions=None):
        found = find(paths, exclude=exclude, extensions=extensions)
        return {f for f in found if f.replace(os.sep, "/") not in rejected}

    generator.get_files = get_files


def after_reading(generators) -> None:
    """`all_generators_finalized`: addresses and links; stop before rendering on any error."""
    if not generators:
        return
    findings = _findings_for(generators[0])
    postread.check(generators[0].context, generators[0].settings, findings)
