"""What a template can read: the names it uses, and whether its pagination shows only sizes.

The render keys (incremental.py) describe only what a page can show. Two facts about a
template make them much smaller, and both are read from the template's source, never assumed:

- the variable names it (or a template it extends, includes or imports) uses: Pelican hands
  every tag page the whole article list as `all_articles`, which ours never read;
- whether it reads Pelican's paginator and neighbouring pages only for their numbers and
  URLs (`articles_paginator.num_pages`, `articles_next_page.url`): then one page of a list
  depends on its own articles, not on the articles of every other page.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import meta, nodes

# Attribute paths from a pagination name that show no article: sizes, numbers, URLs.
PAGE_FACTS = {"number", "has_next", "has_previous", "has_other_pages", "next_page_number",
              "previous_page_number", "start_index", "end_index", "url", "save_as"}
PAGINATOR_FACTS = {"num_pages", "count", "per_page", "page_range"}
PAGINATION_SUFFIXES = ("_paginator", "_previous_page", "_next_page", "_page")


@dataclass(frozen=True)
class TemplateReads:
    names: frozenset[str] | None  # None: a template chosen at render time, so anything
    pages_alone: bool  # each page of a pagination shows its own items and facts only

    def shows(self, argument: str) -> bool:
        """Whether a template argument can reach the page: read by name, or paginated by
        Pelican's writer into `<argument>_page`, `<argument>_paginator` and the like."""
        if self.names is None:
            return True
        return argument in self.names or any(argument + s in self.names for s in PAGINATION_SUFFIXES)


def template_reads(template, files: dict | None = None) -> TemplateReads:
    """`files` keeps what each template file holds, for the next template that uses it too."""
    env, names, seen, todo, alone = template.environment, set(), set(), [template.name], True
    files = {} if files is None else files
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name not in files:
            tree = env.parse(env.loader.get_source(env, name)[0])
            files[name] = (meta.find_undeclared_variables(tree), _pagination_facts_only(tree),
                           list(meta.find_referenced_templates(tree)))
        own, own_alone, referenced = files[name]
        names |= own
        alone = alone and own_alone
        if None in referenced:
            return TemplateReads(None, False)
        todo.extend(referenced)
    return TemplateReads(frozenset(names), alone)


def _kind(name: str) -> str | None:
    for suffix in PAGINATION_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return None


def _allowed(kind: str, path: list[str]) -> bool:
    """Whether reading `path` (attributes from the name outward) shows no article."""
    if kind == "_paginator":
        return len(path) == 1 and path[0] in PAGINATOR_FACTS
    if not path:
        return False
    if kind == "_page" and path == ["object_list"]:
        return True  # the page's own items: they are in its key
    if path[0] == "paginator":
        return _allowed("_paginator", path[1:])
    return len(path) == 1 and path[0] in PAGE_FACTS


def _pagination_facts_only(node, as_truth: bool = False) -> bool:
    """False when a pagination name is used whole (passed to a macro, indexed) or for an
    attribute that could show other pages' articles. Asking whether it is there
    (`{% if articles_page %}`) shows nothing."""
    if isinstance(node, nodes.Getattr):
        path, inner = [], node
        while isinstance(inner, nodes.Getattr):
            path.insert(0, inner.attr)
            inner = inner.node
        if isinstance(inner, nodes.Name) and _kind(inner.name):
            return _allowed(_kind(inner.name), path)
    elif isinstance(node, nodes.Name) and node.ctx == "load" and _kind(node.name):
        return as_truth
    if isinstance(node, (nodes.If, nodes.CondExpr)):
        rest = [c for c in node.iter_child_nodes() if c is not node.test]
        return (_pagination_facts_only(node.test, True)
                and all(_pagination_facts_only(c, as_truth) for c in rest))
    truth = as_truth or isinstance(node, nodes.Not)
    keep = truth if isinstance(node, (nodes.And, nodes.Or, nodes.Not)) else False
    return all(_pagination_facts_only(child, keep) for child in node.iter_child_nodes())
