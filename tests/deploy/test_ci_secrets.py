"""CI never builds beside a secret: the step that holds the SSH key only uploads.

The build runs the content, the theme and the plugins; anything they read from the environment
(a symbolic link to /proc/self/environ, a template printing a variable) could reach the site or
the log. So the secrets live in the upload step alone, and that step's `make upload` never builds.
"""

from __future__ import annotations

import re
import subprocess

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"
BUILDS = re.compile(r"\bmake\s+(?:-\S+\s+)*(?:html|publish|test|devserver|rsync_upload)\b|\bpelican\b")


def _steps(text: str) -> list[str]:
    """The workflow's steps, each as its block of text (steps are '      - ' items)."""
    body = text.split("\n    steps:\n", 1)[1]
    return [block for block in re.split(r"\n(?=      - )", body) if block.strip()]


def test_the_step_with_secrets_does_not_build():
    steps = _steps(WORKFLOW.read_text(encoding="utf-8"))
    with_secrets = [s for s in steps if "secrets." in s]
    assert with_secrets, "the workflow's upload step reads its secrets"
    for step in with_secrets:
        assert not BUILDS.search(step), f"a step with secrets builds:\n{step}"
        assert "make upload" in step
    building = [s for s in steps if BUILDS.search(s)]
    assert any("make publish" in s for s in building) and any("make test" in s for s in building)
    assert all("secrets." not in s for s in building)


def test_the_checkout_leaves_no_token_for_the_build():
    checkout = next(s for s in _steps(WORKFLOW.read_text(encoding="utf-8")) if "actions/checkout" in s)
    assert "persist-credentials: false" in checkout


def test_make_upload_only_uploads():
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", "upload", "SSH_HOST=example.org", "SSH_USER=deploy",
         "SSH_TARGET_DIR=/srv/site"],
        cwd=ROOT, capture_output=True, text=True, check=True)
    assert "rsync " in result.stdout
    assert "pelican" not in result.stdout and "pip install" not in result.stdout, result.stdout
