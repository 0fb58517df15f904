"""`make web-editor`: write the web editor (Decap CMS) for the production site into
output/admin/, signing in to the repository named by WEB_EDITOR_BACKEND (docs/web-editor.md).

`make html` and `make publish` never write it; run this after `make publish` on a host whose
/admin/ has its own sign-in (GitHub or Gitea OAuth app) and its own CSP (deploy/nginx.conf).
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "plugins"))

from pelican.settings import read_settings  # noqa: E402

from webeditor import admin, settings as editor_settings  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", help="the folder to write, e.g. output/admin")
    parser.add_argument("-s", "--settings", default=os.path.join(ROOT, "publishconf.py"))
    args = parser.parse_args(argv)
    settings = read_settings(args.settings, override={"PATH": os.path.join(ROOT, "content")})
    try:
        editor_settings.validate(settings)
        if settings["WEB_EDITOR_BACKEND"] is None:
            print("WEB_EDITOR_BACKEND is None in pelicanconf.py: name the repository the editors commit to, "
                  "e.g. {'name': 'github', 'repo': 'owner/site', 'branch': 'main'} (docs/web-editor.md).",
                  file=sys.stderr)
            return 2
        admin.write({**settings, "WEB_EDITOR_ROOT": ROOT, "WEB_EDITOR_LOCAL": False}, args.target)
    except (editor_settings.WebEditorSettingsError, admin.MissingCMS) as error:
        print(error, file=sys.stderr)
        return 2
    print(f"The web editor is in {args.target}/ (sign-in: {settings['WEB_EDITOR_BACKEND']['name']}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
