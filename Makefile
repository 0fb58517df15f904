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
.PHONY: help html publish serve devserver clean test i18n-extract i18n-update i18n-compile venv test-deps translations bench

help:
	@echo 'Cluster House site'
	@echo ''
	@echo '  make html          build the whole site (every edition) into output/'
	@echo '  make test          run all tests (installs test tools when missing)'
	@echo '  make serve         serve output/ on http://127.0.0.1:$(PORT)/'
	@echo '  make devserver     build, serve and rebuild on every change'
	@echo '  make publish       production build (publishconf.py, fails on warnings)'
	@echo '  make clean         remove output/ and caches'
	@echo '  make i18n-extract  collect UI strings from the theme into translations/messages.pot'
	@echo '  make i18n-update   merge new strings into every translations/*/LC_MESSAGES/messages.po'
	@echo '  make i18n-compile  check and compile the catalogs (the build reads .po directly)'
	@echo '  make translations  report missing and outdated translations (STRICT=1 fails on any)'
	@echo '  make bench         build-speed benchmark vs stock Pelican (writes bench/RESULTS.md)'

$(BUILD_STAMP): requirements.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(TEST_STAMP): $(BUILD_STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

NPM ?= npm
NODE_STAMP = node_modules/.installed

# The photo viewer (PhotoSwipe) from package-lock.json; reinstalled only when the lock changes.
$(NODE_STAMP): package.json package-lock.json
	@command -v $(NPM) >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	$(NPM) ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

venv: $(BUILD_STAMP)

# The visitor suite's tools (tests/package.json, pinned in tests/package-lock.json): the Nu HTML
# Checker (vnu-jar, run by Java) and axe-core. npm ci reruns only when the lock file changes;
# --ignore-scripts: vnu-jar's install script would fetch a Java of its own, we use Debian's.
VISITOR_TOOLS = tests/node_modules/.package-lock.json

$(VISITOR_TOOLS): tests/package.json tests/package-lock.json
	npm ci --prefix tests --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Debian's chromium: browser tests never download a browser of their own. Java runs vnu.jar.
test-deps: $(TEST_STAMP) $(VISITOR_TOOLS)
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }

html: $(BUILD_STAMP) $(NODE_STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE)

publish: $(BUILD_STAMP) $(NODE_STAMP)
	$(PELICAN) $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF)

serve: $(BUILD_STAMP)
	$(PELICAN) -l $(OUTPUTDIR) -b 127.0.0.1 -p $(PORT) -s $(CONFFILE)

devserver: $(BUILD_STAMP) $(NODE_STAMP)
	$(PELICAN) -lr $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) -b 127.0.0.1 -p $(PORT)

clean:
	rm -rf $(OUTPUTDIR) $(OUTPUTDIR).building-* $(OUTPUTDIR).old-* .output.lock cache __pycache__ .pytest_cache

test: test-deps $(NODE_STAMP)
	$(BIN)/python -m pytest -q tests

i18n-extract: $(BUILD_STAMP)
	$(BIN)/pybabel extract -F translations/babel.cfg -o translations/messages.pot \
		--no-location --sort-output --add-comments=Translators: \
		--project='Cluster House' .

i18n-update: i18n-extract
	$(BIN)/pybabel update -i translations/messages.pot -d translations --no-fuzzy-matching --ignore-obsolete

i18n-compile: $(BUILD_STAMP)
	$(BIN)/pybabel compile -d translations --statistics

# Editors' report: missing and outdated translations, catalog state; JSON in translation-report.json.
translations: $(BUILD_STAMP)
	PYTHONPATH=plugins $(BIN)/python -m editions.report --settings $(CONFFILE) --content $(INPUTDIR) $(if $(STRICT),--strict)

# Build-speed benchmark (not part of `make test`): see bench/README.md.
BENCH_ARGS ?=
bench: $(BUILD_STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)
