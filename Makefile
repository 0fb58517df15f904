# Cluster House site. `make html` builds, `make test` tests; both install what
# they need first (a virtual environment with the pinned packages; for tests
# also Debian's chromium). A second run installs nothing.

PY ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
PELICAN = $(BIN)/pelican

BASEDIR = $(CURDIR)
INPUTDIR = $(BASEDIR)/content
OUTPUTDIR = $(BASEDIR)/output
CONFFILE = $(BASEDIR)/pelicanconf.py
PUBLISHCONF = $(BASEDIR)/publishconf.py
PORT ?= 8000
SSH_TARGET ?=

# Stamp files: the install step reruns only when a requirements file changes.
BUILD_STAMP = $(VENV)/.installed-build
TEST_STAMP = $(VENV)/.installed-test
CHROMIUM = /usr/bin/chromium

.DEFAULT_GOAL := help
.PHONY: web-editor web-editor-tools npm-tool card-font upload help html publish serve devserver clean test i18n-extract i18n-update i18n-compile venv test-deps translations bench article album rsync_upload rsync-target shrink-photo

help:
	@echo 'Cluster House site'
	@echo ''
	@echo '  make html          build the whole site (every edition) into output/'
	@echo '  make test          run all tests (installs test tools when missing)'
	@echo '  make serve         serve output/ on http://127.0.0.1:$(PORT)/'
	@echo '  make devserver     build, serve, rebuild on every save and reload the open page (PORT=...);'
	@echo '                     the web editor at /admin/ (docs/web-editor.md)'
	@echo '  make web-editor    the web editor for the production host, into output/admin/ (after make publish)'
	@echo '  make web-editor-tools  install the web editor (Decap CMS, from npm; make devserver does it too)'
	@echo '  make publish       production build (publishconf.py, fails on warnings)'
	@echo '  make article       write a new article: TITLE=... LANG=sr|en ALBUM=... DATE=... (asks when missing)'
	@echo '                     an event on it: EVENT_START=... EVENT_END=... EVENT_PLACE=... (optional)'
	@echo '                     a translation: make article LANG=en FROM=content/sr/news/<file>.md'
	@echo '  make album         make a new photo album: NAME=... TITLE=... TITLE_EN=... DATE=...'
	@echo '  make rsync_upload  production build, then upload it: SSH_HOST=... SSH_USER=... SSH_TARGET_DIR=...'
	@echo '  make upload        upload output/ as built, without building (what CI does after make publish)'
	@echo '  make clean         remove output/ and caches'
	@echo '  make i18n-extract  collect UI strings (translations/messages.pot) and editor messages (editor.pot)'
	@echo '  make i18n-update   merge new strings into every translations/*/LC_MESSAGES/messages.po and editor.po'
	@echo '  make i18n-compile  check and compile the catalogs (the build reads .po directly)'
	@echo '  make translations  report missing and outdated translations (STRICT=1 fails on any)'
	@echo '  make bench         build-speed benchmark vs stock Pelican, i18n_subsites, Hugo (writes bench/RESULTS.md)'
	@echo '  make shrink-photo  PHOTO=<file>: shrink a photo the build flagged as too large for git'

APT_INSTALL = sh tools/apt-install.sh
PIP_INSTALL = $(BIN)/python -m pip install --quiet --disable-pip-version-check

# Debian's python3 makes a venv only with its python3-venv package (ensurepip), so a venv that
# could not be made is removed and made again once that is installed.
$(BUILD_STAMP): requirements.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) 2>/dev/null || { rm -rf $(VENV); \
		$(APT_INSTALL) "Python's venv module, for the build's own packages" python3-venv && $(PY) -m venv $(VENV); }
	@echo "Installing the build's Python packages (requirements.txt) into $(VENV)/..."
	$(PIP_INSTALL) -r requirements.txt
	@touch $@

$(TEST_STAMP): $(BUILD_STAMP) requirements-test.txt
	@echo "Installing the test tools (requirements-test.txt) into $(VENV)/..."
	$(PIP_INSTALL) -r requirements-test.txt
	@touch $@

NPM ?= npm
NODE_STAMP = node_modules/.installed

# Node.js and npm from Debian when missing: both `make html` (the photo viewer) and `make test`
# (the page checks) need npm, whichever runs first.
npm-tool:
	@command -v $(NPM) >/dev/null || $(APT_INSTALL) "Node.js and npm, for the photo viewer and the page checks (about 600 packages)" nodejs npm

# The photo viewer (PhotoSwipe) from package-lock.json; reinstalled only when the lock changes.
$(NODE_STAMP): package.json package-lock.json | npm-tool
	@echo "Installing the photo viewer (PhotoSwipe, package-lock.json) from npm..."
	$(NPM) ci --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

venv: $(BUILD_STAMP)

# The font of the preview cards (plugins/share/cards.py): Debian's DejaVu Sans, with every Cyrillic
# letter and the Latin ones with diacritics; a bare Debian 12 has no fonts. Never downloaded by the build.
CARD_FONT = /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
card-font:
	@test -f $(CARD_FONT) || $(APT_INSTALL) "the DejaVu fonts, for the link preview pictures" fonts-dejavu-core

# The web editor (Decap CMS) and its local backend (decap-server), pinned in admin/package-lock.json:
# only `make devserver` and `make web-editor` need them, so `make html` never installs them.
WEB_EDITOR_STAMP = admin/node_modules/.installed

$(WEB_EDITOR_STAMP): admin/package.json admin/package-lock.json | npm-tool
	@echo "Installing the web editor (Decap CMS, decap-server; admin/package-lock.json) from npm..."
	$(NPM) ci --prefix admin --no-audit --no-fund --ignore-scripts --loglevel=error
	@touch $@

web-editor-tools: $(WEB_EDITOR_STAMP)

# The web editor for the production host, into output/admin/ (after `make publish`; docs/web-editor.md).
web-editor: $(BUILD_STAMP) $(WEB_EDITOR_STAMP)
	$(BIN)/python tools/web_editor.py $(OUTPUTDIR)/admin

# The visitor suite's tools (tests/package.json, pinned in tests/package-lock.json): the Nu HTML
# Checker (vnu-jar, run by Java) and axe-core. npm ci reruns only when the lock file changes;
# --ignore-scripts: vnu-jar's install script would fetch a Java of its own, we use Debian's.
VISITOR_TOOLS = tests/node_modules/.package-lock.json

$(VISITOR_TOOLS): tests/package.json tests/package-lock.json | npm-tool
	@echo "Installing the page checkers (Nu HTML Checker, axe-core; tests/package-lock.json) from npm..."
	$(NPM) ci --prefix tests --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# Debian's chromium: browser tests never download a browser of their own. Java runs vnu.jar.
# Debian's nginx with its brotli module serves a production build in tests/deploy (started by the
# test on a free port with its own configuration; the system's nginx service is not used).
NGINX = /usr/sbin/nginx
NGINX_BROTLI = /usr/lib/nginx/modules/ngx_http_brotli_static_module.so
# Playwright's driver (a Node.js binary in the venv) needs libatomic1, which a bare Debian lacks.
LIBATOMIC = /usr/lib/$(shell uname -m)-linux-gnu/libatomic.so.1
test-deps: $(TEST_STAMP) $(VISITOR_TOOLS) $(WEB_EDITOR_STAMP)
	@test -x $(CHROMIUM) -a -f $(LIBATOMIC) || $(APT_INSTALL) "Chromium, for the browser tests" chromium libatomic1
	@command -v java >/dev/null || $(APT_INSTALL) "Java, for the Nu HTML Checker" default-jre-headless
	@test -x $(NGINX) -a -f $(NGINX_BROTLI) || $(APT_INSTALL) "nginx with brotli, for the deployment tests" nginx libnginx-mod-http-brotli-static

# tools/build.py runs pelican with these arguments, after saying at once when nothing changed.
html: $(BUILD_STAMP) $(NODE_STAMP) | card-font
	$(BIN)/python tools/build.py $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

publish: $(BUILD_STAMP) $(NODE_STAMP) | card-font
	$(BIN)/python tools/build.py $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

serve: $(BUILD_STAMP)
	$(PELICAN) -l $(OUTPUTDIR) -b 127.0.0.1 -p $(PORT) -s $(CONFFILE)

# Rebuilds on every save and reloads the page open in the browser (plugins/devserver): only
# this target sets DEVSERVER_RELOAD, so `make html` and `make publish` never carry the script.
# SITEURL follows PORT, so the absolute links (404 pages, canonical) lead to this server.
DEVSERVER_URL = http://127.0.0.1:$(PORT)
devserver: $(BUILD_STAMP) $(NODE_STAMP) $(WEB_EDITOR_STAMP) | card-font
	$(BIN)/python tools/devserver.py $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -b 127.0.0.1 -p $(PORT) \
		-e DEVSERVER_RELOAD=true 'SITEURL="$(DEVSERVER_URL)"' 'FEED_DOMAIN="$(DEVSERVER_URL)"'

# --- Editors' tools -----------------------------------------------------------
# Only values given on the command line are passed on: LANG (the locale) and NAME are often set
# in the environment and mean something else there. Each value is quoted for the shell.
quote = '$(subst ','\'',$(1))'
given = $(if $(filter command line,$(origin $(1))),$(2) $(call quote,$($(1))))
TOOL = LANG=C.UTF-8 $(BIN)/python

article: $(BUILD_STAMP)
	@$(TOOL) tools/new_article.py --content $(call quote,$(INPUTDIR)) $(call given,TITLE,--title) \
		$(call given,LANG,--lang) $(call given,ALBUM,--album) $(call given,DATE,--date) \
		$(call given,TAGS,--tags) $(call given,SUMMARY,--summary) $(call given,FROM,--from) \
		$(call given,EVENT_START,--event-start) $(call given,EVENT_END,--event-end) \
		$(call given,EVENT_PLACE,--event-place) $(call given,EVENT_ADDRESS,--event-address) \
		$(call given,EVENT_ORGANISER,--event-organiser) $(call given,EVENT_REGISTRATION,--event-registration)

album: $(BUILD_STAMP)
	@$(TOOL) tools/new_album.py --content $(call quote,$(INPUTDIR)) $(call given,NAME,--name) \
		$(call given,TITLE,--title) $(call given,TITLE_EN,--title-en) $(call given,DATE,--date)

# --- Upload to a web server over SSH (like Pelican's quickstart Makefile) ------
# Builds with publishconf.py first. --delay-updates and --delete-after put the new files in
# place together at the end: a visitor never gets a new page whose stylesheet is not there yet.
# Hidden files (.build/ records, .devserver/) stay home; hidden files on the server (e.g.
# .well-known/) are left alone. SSH_OPTS: more ssh options, e.g. -i key (CI uses it).
SSH_HOST ?=
SSH_PORT ?= 22
SSH_USER ?=
SSH_TARGET_DIR ?=
SSH_OPTS ?=
rsync-target:  # checked before the build, so a forgotten variable costs nothing
	@test -n "$(SSH_HOST)" -a -n "$(SSH_USER)" -a -n "$(SSH_TARGET_DIR)" || { \
		echo "the upload needs the server, e.g. make rsync_upload SSH_HOST=example.org SSH_USER=deploy SSH_TARGET_DIR=/srv/klasterkuca/output" >&2; exit 2; }
	@command -v rsync >/dev/null || $(APT_INSTALL) "rsync, for the upload" rsync openssh-client

rsync_upload: rsync-target publish
	$(MAKE) --no-print-directory upload

# Upload output/ as it is, without building: CI builds in a step that holds no secrets and uploads
# in the next one, so the build (content, theme, plugins) never runs beside the SSH key.
upload: rsync-target
	@test -f "$(OUTPUTDIR)/index.html" || { echo "$(OUTPUTDIR)/ holds no built site: run make publish first" >&2; exit 2; }
	rsync -e "ssh -p $(SSH_PORT) $(SSH_OPTS)" -P -rvzc --delete --delete-after --delay-updates \
		--include='/.build/' --include='/.build/redirects.map' --exclude='/.build/*' \
		--exclude='.*' "$(OUTPUTDIR)"/ "$(SSH_USER)@$(SSH_HOST):$(SSH_TARGET_DIR)"

clean:
	rm -rf $(OUTPUTDIR) $(OUTPUTDIR).building-* $(OUTPUTDIR).old-* .output.lock .output.spare cache __pycache__ .pytest_cache

# PYTHONDONTWRITEBYTECODE is unset: the tests run as on a normal Debian, which writes __pycache__.
test: test-deps $(NODE_STAMP) | card-font
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q tests

# Two catalogs, kept the same way: the theme's (messages) and the editors' messages (editor: the build's
# errors and warnings, make article/album/translations; plugins/sitecore/messages.py).
EDITOR_KEYWORDS = --no-default-keywords -k message -k nmessage:1,2
i18n-extract: $(BUILD_STAMP)
	$(BIN)/pybabel extract -F translations/babel.cfg -o translations/messages.pot \
		--no-location --sort-output --add-comments=Translators: \
		--project='Cluster House' .
	$(BIN)/pybabel extract -F translations/editor-babel.cfg -o translations/editor.pot $(EDITOR_KEYWORDS) \
		--no-location --sort-output --add-comments=Translators: \
		--project='Cluster House' .

i18n-update: i18n-extract
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel update -D editor -i translations/editor.pot -d translations --no-fuzzy-matching --ignore-obsolete

i18n-compile: $(BUILD_STAMP)
	$(BIN)/pybabel compile -D 'messages editor' -d translations --statistics

# Editors' report: missing and outdated translations, catalog state; JSON in translation-report.json.
translations: $(BUILD_STAMP)
	PYTHONPATH=plugins $(BIN)/python -m editions.report --settings $(CONFFILE) --content $(INPUTDIR) $(if $(STRICT),--strict)

# Build-speed benchmark (not part of `make test`): see bench/README.md.
BENCH_ARGS ?=
# Hugo is one of its peers: Debian's package, installed for the benchmark only.
# As for the tests, PYTHONDONTWRITEBYTECODE is unset: every build of every peer is timed as on
# a normal Debian, which keeps compiled modules in __pycache__ instead of compiling them each run.
bench: $(BUILD_STAMP)
	@command -v hugo >/dev/null || $(APT_INSTALL) "Hugo, a peer of the benchmark" hugo
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python bench/run.py $(BENCH_ARGS)

# Shrink a photo that the build flagged as too large to keep in git (in place).
shrink-photo: $(BUILD_STAMP)
	@test -n "$(PHOTO)" || { echo "Say which photo: make shrink-photo PHOTO=content/galleries/<album>/<file>.jpg"; exit 2; }
	$(BIN)/python tools/shrink_photo.py "$(PHOTO)"
