"""The web editor at /admin/ (Decap CMS): its configuration made from the site's settings and
the folder the browser loads. A plain package, not a Pelican plugin: `make html` and
`make publish` never write it (its sign-in belongs only where it is meant to be); `make
devserver` serves it, `make web-editor` writes it for a production host. See docs/web-editor.md.
"""
