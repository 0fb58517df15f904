"""Pairing: which files are the same article (or page) in different languages.

A file's translation key is its path inside its language folder without the
extension (content/sr/news/x.md and content/en/news/x.md share `news/x`); a
`key:` line in the metadata overrides it. Each member's address is in its own
words: its `slug:` line, else a slug of its own title (`slugs.title_slug`), so a
translation never moves its original. The Latin edition shows the Cyrillic
member, so it shares that member's slug, romanised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pelican.contents import Article, Page

from .slugs import title_slug


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


def group_translations(contents) -> list[TranslationGroup]:
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
        for member in group.members.values():
            assign_slug(member)
    return result


def assign_slug(content) -> None:
    """The content's own address part: its `slug:` line, else its title in its language."""
    explicit = content.metadata.get("slug")
    if explicit:
        content.slug = explicit
    else:
        subs = content.settings.get("SLUG_REGEX_SUBSTITUTIONS", ())
        content.slug = title_slug(content.title, content.lang or "", regex_subs=subs)
