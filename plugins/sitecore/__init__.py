"""What the plugins share: one settings helper, one atomic writer, one fingerprint, the
Serbian letter table, one front-matter reader, and the list of Pelican internals touched.

A plain package, not a Pelican plugin (it registers nothing). Pelican loads a plugin from
PLUGIN_PATHS without putting that folder on the import path, so each plugin's __init__.py
adds its own folder first; the tests, tools/ and `make translations` have it already.
Every plugin then imports it as `sitecore`.
"""
