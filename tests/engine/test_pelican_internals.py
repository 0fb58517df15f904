"""Each part of Pelican that the plugins use beyond its documented API, checked against the
installed Pelican: after an upgrade, the failing test names the internal that changed.

The list is sitecore/pelican_internals.py's INTERNALS; every entry has a check here.
"""

from __future__ import annotations

import inspect
import logging

import pelican
import pytest
from pelican import cache, contents, generators, log, readers, writers
from pelican.plugins import signals

from sitecore import pelican_internals


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def source(obj) -> str:
    return inspect.getsource(obj)


CHECKS = {
    "Pelican.run (replaced on the instance)": lambda: (
        parameters(pelican.Pelican.run) == ["self"]
        and "pelican.run()" in source(pelican.autoreload)  # the loop calls the instance's run
        and "pelican.run()" in source(pelican.main)),
    "log.FatalLogger.fatal_lvl": lambda: (
        isinstance(log.FatalLogger.fatal_lvl, int) and "FatalLogger.fatal_lvl" in source(log.init)),
    "Generator.get_files (replaced on the instance)": lambda: (
        parameters(generators.Generator.get_files) == ["self", "paths", "exclude", "extensions"]
        and "self.get_files(" in source(generators.ArticlesGenerator.generate_context)
        and "self.get_files(" in source(generators.PagesGenerator.generate_context)),
    "ArticlesGenerator._build_period_archives": lambda: (
        parameters(generators.ArticlesGenerator._build_period_archives)
        == ["self", "sorted_articles", "articles", "settings"]
        # It reads nothing from the generator: calling it on the reading pass's one is safe.
        and "self." not in source(generators.ArticlesGenerator._build_period_archives).split(":", 1)[1]),
    "copies of ArticlesGenerator and PagesGenerator with their lists replaced": lambda: all(
        f"self.{name}" in source(generators.ArticlesGenerator)
        for name in ("articles", "translations", "hidden_articles", "hidden_translations", "drafts",
                     "drafts_translations", "categories", "tags", "authors", "dates", "period_archives")
    ) and all(
        f"self.{name}" in source(generators.PagesGenerator)
        for name in ("pages", "translations", "hidden_pages", "hidden_translations", "draft_pages",
                     "draft_translations")),
    "Writer._written_files": lambda: (
        "self._written_files = set()" in source(writers.Writer.__init__)
        and "self._written_files" in source(writers.Writer)),
    "Writer._open_w (overridden)": lambda: (
        parameters(writers.Writer._open_w) == ["self", "filename", "encoding", "override"]
        and 'open(filename, "w", encoding=encoding)' in source(writers.Writer._open_w)
        and "self._open_w(" in source(writers.Writer.write_feed)
        and "self._open_w(" in source(writers.Writer.write_file)),
    "Writer._overridden_files": lambda: (
        "self._overridden_files = set()" in source(writers.Writer.__init__)
        and "filename = os.devnull" in source(writers.Writer._open_w)),
    "StaticGenerator copies onto an existing file": lambda: (
        'self.context["staticfiles"]' in source(generators.StaticGenerator.generate_output)
        and "os.path.join(self.output_path, sc.save_as)" in source(generators.StaticGenerator._copy_staticfile)),
    "Writer._create_new_feed (overridden)": lambda: (
        parameters(writers.Writer._create_new_feed) == ["self", "feed_type", "feed_title", "context"]
        and "self._create_new_feed(" in source(writers.Writer.write_feed)),
    "Writer.write_file renders each page of a list by template.render(localcontext)": lambda: (
        "output = template.render(localcontext)" in source(writers.Writer.write_file)
        and 'localcontext["output_file"] = name' in source(writers.Writer.write_file)
        and "context, page.save_as, paginated_kwargs" in source(writers.Writer.write_file)),
    "Content._update_content (overridden through a class swap)": lambda: (
        parameters(contents.Content._update_content) == ["self", "content", "siteurl"]
        and "self._update_content(" in source(contents.Content)),
    "Content class name -> *_URL, *_SAVE_AS": lambda: (
        "self.__class__.__name__" in source(contents.Content._expand_settings)),
    "Content._context": lambda: "self._context = context" in source(contents.Content.__init__),
    "Readers.reader_classes, cache_data, get_cached_data (replaced on the instance)": lambda: (
        parameters(readers.Readers.cache_data) == ["self", "filename", "data"]
        and parameters(readers.Readers.get_cached_data) == ["self", "filename", "default"]
        and "self.reader_classes" in source(readers.Readers.__init__)
        and "readers_init.send(self)" in source(readers.Readers.__init__)
        and "self.get_cached_data(" in source(readers.Readers.read_file)
        and "self.cache_data(" in source(readers.Readers.read_file)),
    "Readers.readers['md']": lambda: (
        "self.readers = {}" in source(readers.Readers.__init__)
        and parameters(readers.MarkdownReader.read) == ["self", "source_path"]),
    "log message 'Duplicate definition of' (pelican.readers)": lambda: (
        '"Duplicate definition of `%s` for %s. Using first one."' in source(readers.MarkdownReader)),
    "log record of main() and autoreload() carrying the exception": lambda: (
        "exc_info=True" in source(pelican.main) and "'Caught exception:" in source(pelican.autoreload)),
    "pelican.cache logs a failed cache save as a warning": lambda: (
        "except (OSError" in source(cache.FileDataCacher.save_cache)
        and "logger.warning(" in source(cache.FileDataCacher.save_cache)),
    "log.init (Pelican's log set-up, as its main() calls it)": lambda: (
        {"level", "name", "handler"} <= set(parameters(log.init)) and "init_logging(" in source(pelican.main)),
    "Generator.readers at generator_init, and the files generate_context reads": lambda: (
        0 < source(generators.Generator.__init__).find("self.readers = Readers(")
        < source(generators.Generator.__init__).find("signals.generator_init.send(self)")
        and 'self.settings["ARTICLE_PATHS"], exclude=self.settings["ARTICLE_EXCLUDES"]'
        in source(generators.ArticlesGenerator.generate_context)
        and 'self.settings["PAGE_PATHS"], exclude=self.settings["PAGE_EXCLUDES"]'
        in source(generators.PagesGenerator.generate_context)
        and "self.readers[fmt] = reader_class(self.settings)" in source(readers.Readers.__init__)
        and "content, reader_metadata = reader.read(path)" in source(readers.Readers.read_file)),
}


def test_every_internal_the_plugins_rely_on_is_checked_here():
    assert sorted(CHECKS) == sorted(pelican_internals.INTERNALS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_the_installed_pelican_still_has(name):
    assert CHECKS[name](), f"{name}: changed in Pelican {pelican.__version__} (see {pelican_internals.INTERNALS[name][0]})"


def test_the_installed_pelican_is_a_release_they_were_checked_with():
    pelican_internals.check_release()


def test_another_release_is_refused_with_a_message_naming_the_list():
    with pytest.raises(pelican_internals.UntestedPelican, match=r"this is Pelican 5\.0\.0: check each entry"):
        pelican_internals.check_release("5.0.0")


def test_receivers_of_one_signal_run_in_connection_order():
    """Not an internal: the premise several designs got wrong. Pelican 4.12's signals keep order."""
    assert "Signal.set_class = OrderedSet" in inspect.getsource(signals)
    calls = []
    signal = signals.signal("test_pelican_internals_order")
    receivers = [lambda sender, i=i: calls.append(i) for i in range(20)]
    for receiver in receivers:
        signal.connect(receiver)
    signal.send(None)
    assert calls == list(range(20))


def test_a_copied_generator_refuses_an_attribute_it_does_not_have():
    class Generator:
        articles = []

    copied = pelican_internals.generator_copy(Generator(), articles=[1])
    assert copied.articles == [1]
    with pytest.raises(AttributeError, match="no artikles"):
        pelican_internals.generator_copy(Generator(), artikles=[1])


def test_fatal_is_taken_over_and_reported(monkeypatch):
    monkeypatch.setattr(log.FatalLogger, "fatal_lvl", logging.WARNING)
    assert pelican_internals.take_over_fatal() == "warnings"
    assert log.FatalLogger.fatal_lvl > logging.CRITICAL
    assert pelican_internals.take_over_fatal() is None
