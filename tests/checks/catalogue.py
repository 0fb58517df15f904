"""Write docs/input-errors.md from the cases in cases/.

    .venv/bin/python tests/checks/catalogue.py

tests/checks/test_catalogue.py fails when the document and the cases differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cases import CASES  # noqa: E402

DOC = Path(__file__).resolve().parents[2] / "docs" / "input-errors.md"

HEADER = """\
# Input errors: what the build says, and what it does

Generated from `tests/checks/cases/` by `python tests/checks/catalogue.py`;
do not edit by hand. Every row is a test: the build of a small site with that
input must log exactly the message shown and exit with the status shown.

- **ERROR**: the output would be wrong. The build fails (exit status 1) and
  the published site in `output/` is left exactly as it was; the last line of
  the log is `build failed: 2 errors, 1 warning; the published site in output/
  was not changed`.
- **WARNING**: the site is publishable, but an editor should act. `make html`
  succeeds and updates `output/`; `make publish` (and CI) fail on warnings
  and leave `output/` as it was.
- Messages read `<file>:<line>: <what is wrong>. <what to do>`, the path from
  the repository root. No message comes with a traceback: a traceback means a
  bug in the build, not in the content.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(cases=CASES) -> str:
    parts = [HEADER]
    topics = list(dict.fromkeys(case.topic for case in cases))
    for topic in topics:
        parts.append(f"\n## {topic}\n\n| input | message | level | `make html` | `make publish` |\n"
                     "|---|---|---|---|---|\n")
        for case in (c for c in cases if c.topic == topic):
            html, publish = case.exits
            message = "<br>".join(_cell(m) for m in case.messages)
            parts.append(f"| {_cell(case.input)} | {message} | {case.level} | {html} | {publish} |\n")
    return "".join(parts)


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(DOC.parents[1])} ({len(CASES)} cases)")
