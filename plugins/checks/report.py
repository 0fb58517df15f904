"""Messages to editors, and what one build's checks found.

Every message reads `<path>:<line>: <what is wrong>. <what to do>`, with the
path from the repository root (the folder holding the content folder), so an
editor can open the file at that line.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

logger = logging.getLogger("checks")


class ContentErrors(Exception):
    """The content has errors: stop after reading instead of rendering a site
    that will not be published (and that bad input might break halfway)."""

    # Pelican's main() exits with this status; the attribute also marks the
    # exception as a deliberate stop, which the publishing plugin prints
    # without a traceback.
    exitcode = 1


@dataclass
class Findings:
    """What the checks found during one build."""

    root: str  # the repository root: the folder holding the content folder
    errors: int = 0
    warnings: int = 0
    rejected: set[str] = field(default_factory=set)  # paths Pelican must not read
    empty: set[str] = field(default_factory=set)  # rejected for being empty (a warning, not an error)
    sources: dict = field(default_factory=dict)  # path in content folder -> Source
    fresh: set[str] = field(default_factory=set)  # read afresh: new or changed since the last scan
    # Pelican messages that ours replace: ("duplicate", key, absolute path)
    superseded: set[tuple] = field(default_factory=set)

    def error(self, where: str, line: int, message: str) -> None:
        self.errors += 1
        logger.error("%s:%d: %s", where, line, message)

    def warning(self, where: str, line: int, message: str) -> None:
        self.warnings += 1
        logger.warning("%s:%d: %s", where, line, message)

    def where(self, path: str) -> str:
        """A path as messages show it: relative to the repository root, with '/'."""
        return os.path.relpath(path, self.root).replace(os.sep, "/")


@dataclass
class Recorder(Findings):
    """The findings of one file, kept to be told again: what a check reports is recorded in
    order instead of logged, so that a later build with the file unchanged can repeat it."""

    records: list[tuple[str, str, int, str]] = field(default_factory=list)  # (level, where, line, message)

    def error(self, where: str, line: int, message: str) -> None:
        self.records.append(("error", where, line, message))

    def warning(self, where: str, line: int, message: str) -> None:
        self.records.append(("warning", where, line, message))

    def tell(self, findings: Findings) -> None:
        """Report the recorded findings to this build's `findings`, as if checked now."""
        for level, where, line, message in self.records:
            getattr(findings, level)(where, line, message)
        findings.rejected |= self.rejected
        findings.empty |= self.empty
        findings.superseded |= self.superseded


# Where a build's Findings live: in the context Pelican makes for each build (and passes to every
# generator and content object), so two builds of one process never share them.
KEY = "checks_findings"


def findings_of(context: dict | None) -> Findings | None:
    return context.get(KEY) if context else None


class SupersededFilter(logging.Filter):
    """Drops Pelican's own message about a problem our checks already reported
    with a file and line, so each problem is reported (and counted) once.
    One per build: it holds that build's findings."""

    def __init__(self, findings: Findings):
        super().__init__()
        self.findings = findings

    def filter(self, record: logging.LogRecord) -> bool:
        findings = self.findings
        if not findings.superseded or not isinstance(record.args, tuple):
            return True
        if record.msg.startswith("Duplicate definition of") and len(record.args) == 2:
            name, path = record.args
            return ("duplicate", name, os.path.abspath(str(path))) not in findings.superseded
        return True


def install_filter(findings: Findings) -> None:
    """Attach this build's filter to the Pelican logger that would repeat our messages,
    in place of the previous build's."""
    for name in ("pelican.readers",):  # the message text it knows: sitecore/pelican_internals.py
        target = logging.getLogger(name)
        for old in [f for f in target.filters if isinstance(f, SupersededFilter)]:
            target.removeFilter(old)
        target.addFilter(SupersededFilter(findings))
