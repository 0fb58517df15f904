"""`make devserver`: build, serve and rebuild on every save (plugins/devserver/watch.py)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plugins"))

from devserver import watch  # noqa: E402

if __name__ == "__main__":
    sys.exit(watch.main(sys.argv[1:]))
