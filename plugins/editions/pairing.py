"""Pairing: which files are the same article (or page) in different languages.

A file's translation key is its path inside its language folder without the
extension (content/sr/news/x.md and content/en/news/x.md share `news/x`); a
`key:` line in the metadata overrides it. All members of a group share one
slug, made from the primary language's title the Serbian way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pelican.contents import Article, Page

from .slugs import serbian_slugify


@dataclass
class TranslationGroup:
    key: str
    kind: str  # 'article' or 'page'
    members: dict[str, object] = field(default_factory=dict)  # content language -> Content

    def original(self, language_order: list[str]):
        """The member shown where a language is missing: the first language in site order."""
        for lang in language_order:
            if lang in self.members:
                return self.members[lang]
        return next(iter(self.members.values()))


def content_kind(content) -> str | None:
    if isinstance(content, Article):
        return "article"
    if isinstance(content, Page):
        return "page"
    return None


def group_translations(contents, language_order: list[str]) -> list[TranslationGroup]:
    """Group Pelican content objects by translation key, in a stable order."""
    groups: dict[tuple[str, str], TranslationGroup] = {}
    for content in contents:
        kind = content_kind(content)
        if kind is None:
            continue
        key = content.metadata.get("key") or content.source_path
        group = groups.setdefault((kind, key), TranslationGroup(key=key, kind=kind))
        # Two files of one language with one key: Pelican warns about it already;
        # keep the first so the build stays deterministic.
        group.members.setdefault(content.lang, content)
    result = sorted(groups.values(), key=lambda g: (g.kind, g.key))
    for group in result:
        assign_shared_slug(group, language_order)
    return result


def assign_shared_slug(group: TranslationGroup, language_order: list[str]) -> None:
    """Give every member of the group the same slug (explicit `slug:` wins)."""
    ordered = [group.members[lang] for lang in language_order if lang in group.members]
    ordered += [m for m in group.members.values() if m not in ordered]
    explicit = next((m.metadata["slug"] for m in ordered if m.metadata.get("slug")), None)
    if explicit:
        slug = explicit
    else:
        settings = ordered[0].settings
        slug = serbian_slugify(ordered[0].title, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", ()))
    for member in ordered:
        member.slug = slug
