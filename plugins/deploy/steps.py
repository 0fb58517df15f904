"""What the deploy plugin does when a build has written everything (`finalized`).

`finalized` runs inside Pelican.run(), before the publishing plugin swaps the
build folder into place: OUTPUT_PATH is then the build folder, and whatever is
written here is published with the rest, or thrown away with it. The order
matters: precompression comes last, so it also covers the files written before.
"""

from __future__ import annotations

import logging

from . import assets, precompress, robots

logger = logging.getLogger(__name__)


def finalize(pelican) -> None:
    settings = pelican.settings
    output = settings["OUTPUT_PATH"]  # the build folder while the build runs
    if settings["DEPLOY_HASH_ASSETS"]:
        count = assets.write_hashed_copies(settings, output)
        logger.info("deploy: %d theme files copied under content-hashed names", count)
    if settings["DEPLOY_ROBOTS"]:
        robots.write_robots(settings, output)
    if settings["DEPLOY_PRECOMPRESS"]:
        precompress.precompress(output, settings["CACHE_PATH"], settings["DEPLOY_PRECOMPRESS_TYPES"])
