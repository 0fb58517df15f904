"""Translation report for editors: `make translations` (python -m editions.report).

For every article and page: the languages it exists in, the ones missing and
the outdated translations (the rule of freshness.py); then the state of the UI
catalogs. Prints text, writes the same as JSON, and with --strict exits 1 when
anything is missing, outdated, untranslated or fuzzy (for CI).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

from babel.messages.pofile import read_po
from pelican.settings import read_settings
from pelican.utils import get_date

from sitecore import messages
from sitecore.frontmatter import read_header
from sitecore.messages import message

from .catalogs import catalog_file
from .freshness import outdated_translations
from .history import commit_dates
from .pairing import TranslationGroup
from .settings import build_editions



def _language(code: str) -> str:
    return {"sr": message("Serbian"), "en": message("English")}.get(code, code)


def _kind(kind: str) -> str:
    return message("article") if kind == "article" else message("page")


def collect_groups(content: Path, languages: list[str]) -> list[TranslationGroup]:
    groups: dict[tuple[str, str], TranslationGroup] = {}
    for lang in languages:
        for path in sorted((content / lang).rglob("*.md")):
            meta = read_header(path)
            if meta.get("status", "published").lower() == "draft":
                continue
            key = meta.get("key") or path.relative_to(content / lang).with_suffix("").as_posix()
            kind = "page" if key.startswith("pages/") else "article"
            modified = get_date(meta["modified"]) if meta.get("modified") else None
            member = SimpleNamespace(source_path=os.path.normpath(str(path.resolve())), modified=modified)
            groups.setdefault((kind, key), TranslationGroup(key=key, kind=kind)).members[lang] = member
    return [groups[k] for k in sorted(groups)]


def catalog_state(catalog_path: Path, catalogs: list[str]) -> list[dict]:
    """The UI catalogs of the editions, then the catalogs of the messages to editors."""
    paths = [Path(catalog_file(str(catalog_path), name)) for name in catalogs]
    paths += [Path(messages.catalog_file(lang)) for lang in messages.LANGUAGES if lang != messages.SOURCE]
    states = []
    for path in paths:
        with open(path, "rb") as handle:
            catalog = read_po(handle)
        entries = [m for m in catalog if m.id]
        untranslated = [m.id for m in entries if not all(m.string if isinstance(m.string, tuple) else (m.string,))]
        fuzzy = [m.id for m in entries if m.fuzzy]
        states.append({"catalog": str(path), "strings": len(entries), "untranslated": untranslated, "fuzzy": fuzzy})
    return states


def build_report(root: Path, settings: dict) -> dict:
    editions = build_editions(settings)
    languages = list(dict.fromkeys(e.source for e in editions))
    content = Path(settings["PATH"])
    history = commit_dates(str(content))
    items = []
    for group in collect_groups(content, languages):
        outdated = outdated_translations(group, languages, history)
        items.append({
            "key": group.key,
            "kind": group.kind,
            "present": {lang: os.path.relpath(m.source_path, root) for lang, m in group.members.items()},
            "missing": [lang for lang in languages if lang not in group.members],
            "outdated": {lang: {"original": orig, "original_changed": when.date().isoformat()}
                         for lang, (orig, when) in outdated.items()},
        })
    catalogs = sorted({e.catalog for e in editions if e.catalog})
    return {"languages": languages, "git_history": bool(history), "items": items,
            "catalogs": catalog_state(Path(settings["EDITIONS_CATALOG_PATH"]), catalogs)}


def format_report(report: dict, root: Path) -> list[str]:
    lines = []
    for item in report["items"]:
        files = ", ".join(report_path for report_path in item["present"].values())
        parts = [f"{_kind(item['kind']):7} {item['key']}: {files}"]
        if item["missing"]:
            parts.append(message("missing: %(languages)s", languages=", ".join(map(_language, item["missing"]))))
        for lang, info in item["outdated"].items():
            parts.append(message("outdated: %(path)s (the %(language)s original changed %(date)s)",
                                 path=item["present"][lang], language=_language(info["original"]),
                                 date=info["original_changed"]))
        lines.append(" | ".join(parts))
    if not report["git_history"]:
        lines.append(message("note: no git history here; outdated translations are found from `Modified:` lines only"))
    for catalog in report["catalogs"]:
        lines.append(message("catalog %(path)s: %(strings)d strings, %(untranslated)d untranslated, %(fuzzy)d fuzzy",
                             path=os.path.relpath(catalog["catalog"], root), strings=catalog["strings"],
                             untranslated=len(catalog["untranslated"]), fuzzy=len(catalog["fuzzy"])))
        lines += ["  " + message("untranslated: %(text)s", text=repr(m)) for m in catalog["untranslated"]]
        lines += ["  " + message("fuzzy: %(text)s", text=repr(m)) for m in catalog["fuzzy"]]
    missing = sum(1 for i in report["items"] if i["missing"])
    outdated = sum(len(i["outdated"]) for i in report["items"])
    lines.append(message("translations: %(items)d items, %(missing)d missing a language, %(outdated)d outdated",
                         items=len(report["items"]), missing=missing, outdated=outdated))
    return lines


def has_problems(report: dict) -> bool:
    return any(i["missing"] or i["outdated"] for i in report["items"]) or any(
        c["untranslated"] or c["fuzzy"] for c in report["catalogs"])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--content", default="content")
    parser.add_argument("--json", default="translation-report.json", help="where to write the JSON report")
    parser.add_argument("--strict", action="store_true", help="exit 1 if anything is missing or outdated")
    args = parser.parse_args(argv)
    root = Path.cwd()
    settings = read_settings(args.settings, override={"PATH": os.path.abspath(args.content)})
    messages.choose(settings)  # the editors' language (EDITOR_LANG)
    report = build_report(root, settings)
    print("\n".join(format_report(report, root)))
    Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 1 if args.strict and has_problems(report) else 0


if __name__ == "__main__":
    sys.exit(main())
