"""The report of a benchmark run: per-size summaries, the targets, bench/RESULTS.md."""

from .summary import summarise
from .table import shorten, write_report
from .targets import targets

__all__ = ["summarise", "shorten", "targets", "write_report"]
