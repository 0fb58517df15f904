"""What one build found and counted belongs to that build: two builds in one process (as in a
devserver session, or a driver calling Pelican twice) share nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from conftest import ROOT, write_content, write_settings

sys.path.insert(0, str(ROOT / "tests" / "checks"))
from cases import BASE  # noqa: E402

BROKEN = {"sr/news/2019-01-01-no-title.md": "Date: 2019-01-01\n\nТекст.\n"}
FIXED = {"sr/news/2019-01-01-no-title.md": "Title: Поправка\nDate: 2019-01-01\n\nТекст.\n"}

# Two builds through Pelican's own API in one process; prints what each left behind.
SCRIPT = textwrap.dedent("""
    import json, logging, sys
    from pelican import Pelican
    from pelican.settings import read_settings

    content, output, settings_file = sys.argv[1:4]
    results = []
    for step in ("broken", "fixed"):
        if step == "fixed":
            with open(content + "/sr/news/2019-01-01-no-title.md", "w", encoding="utf-8") as f:
                f.write(sys.argv[4])
        settings = read_settings(settings_file, override={"PATH": content, "OUTPUT_PATH": output})
        try:
            Pelican(settings).run()
            status = 0
        except Exception as error:
            status = getattr(error, "exitcode", "bug")
        from publishing import status as counting
        from checks import report
        readers_filters = [f for f in logging.getLogger("pelican.readers").filters
                           if isinstance(f, report.SupersededFilter)]
        results.append({
            "status": status,
            "counters": sum(isinstance(h, counting.LevelCounter) for h in logging.getLogger().handlers),
            "superseded_filters": len(readers_filters),
        })
    print(json.dumps(results))
""")


def test_a_second_build_in_the_same_process_starts_afresh(tmp_path):
    write_content(tmp_path / "content", {**BASE, **BROKEN})
    settings = write_settings(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "content"), str(tmp_path / "output"), str(settings),
         FIXED["sr/news/2019-01-01-no-title.md"]],
        capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    broken, fixed = json.loads(result.stdout.strip().splitlines()[-1])
    assert broken["status"] == 1 and fixed["status"] == 0, result.stderr
    # The fixed build is published: the first build's error was not counted again.
    assert (tmp_path / "output" / "news" / "popravka" / "index.html").exists()
    # Nothing of a finished build keeps listening; the checks' filter is the last build's only.
    assert broken["counters"] == fixed["counters"] == 0
    assert fixed["superseded_filters"] == 1
