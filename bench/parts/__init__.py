"""The parts of the benchmark, each a peer measured on the same corpus in the same run.

Each module has a Part(b) with run(r), called once per run in turn so that the
peers alternate, and finish(), called after the runs.
"""

from . import floor, hugo, i18n, ours, stock

MODULES = {"ours": ours, "stock": stock, "i18n": i18n, "hugo": hugo, "floor": floor}
PARTS = tuple(MODULES)
