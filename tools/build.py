"""`make html` and `make publish`: Pelican's command line, told first whether anything changed.

A build that changes nothing ends in Pelican's up-to-date check (publishing/uptodate.py),
after ~0.3 s of importing Pelican and loading the plugins. The last build recorded the
context it ran in and the stamps of its inputs (sitecore/inputs.py); when both are the
same, this says so and stops before importing Pelican. Otherwise it runs `pelican` with
the same arguments, in this process (exec), and the build is the same as without it.
"""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plugins"))

from sitecore import inputs  # noqa: E402 - needs the path above; imports nothing of Pelican


def main(args: list[str]) -> int:
    output = inputs.output_folder(args)
    shown = inputs.up_to_date(output, args) if output is not None else None
    if shown is not None:
        print(inputs.nothing_changed(shown), flush=True)
        return 0
    pelican = os.path.join(os.path.dirname(sys.executable), "pelican")
    os.execv(pelican, [pelican, *args])
    return 1  # not reached: execv replaces this process


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
