"""What the plugins share: one settings helper, one atomic writer, one fingerprint, the
Serbian letter table and one front-matter reader.

A plain package, not a Pelican plugin (it registers nothing): plugins/ is on the import
path of Pelican, the tests and tools/, so every plugin imports it as `sitecore`.
"""
