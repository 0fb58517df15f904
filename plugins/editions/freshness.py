"""Which translations may be out of date.

The rule (docs/architecture.md): in a translation group the *original* is the
file committed first (ties, and sites without git history, go by the site's
language order). A file's *last change* is its `modified:` metadata when
given, else its last commit. A translation is outdated when the original's
last change is later than its own. Without git history and without
`modified:` nothing can be known and no note is shown.
"""

from __future__ import annotations

import datetime


def _aware(value):
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=datetime.timezone.utc)
    return value


def last_change(content, history) -> datetime.datetime | None:
    modified = getattr(content, "modified", None)
    if modified is not None:
        return _aware(modified)
    dates = history.get(content.source_path)
    return dates[1] if dates else None


def choose_original(members: dict, language_order: list[str], history) -> str:
    """The language of the group's original."""
    far_future = datetime.datetime.max.replace(tzinfo=datetime.timezone.utc)

    def first_commit(lang):
        dates = history.get(members[lang].source_path)
        order = language_order.index(lang) if lang in language_order else len(language_order)
        return (dates[0] if dates else far_future, order)

    return min(members, key=first_commit)


def outdated_translations(group, language_order, history) -> dict[str, tuple[str, datetime.datetime]]:
    """Translation language -> (original language, original's last change) for outdated ones."""
    if len(group.members) < 2:
        return {}
    original_lang = choose_original(group.members, language_order, history)
    original_change = last_change(group.members[original_lang], history)
    result = {}
    for lang, member in group.members.items():
        if lang == original_lang or original_change is None:
            continue
        own = last_change(member, history)
        if own is not None and original_change > own:
            result[lang] = (original_lang, original_change)
    return result
