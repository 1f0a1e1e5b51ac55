# Wellness: `make run` to try it, `make test` to check it. `make help` lists every target.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/wellness
REDIS_TEST_URL ?= redis://127.0.0.1:6379/15
DEV_SETTINGS := DJANGO_SETTINGS_MODULE=wellness.settings.dev

.DEFAULT_GOAL := help
VALIDATORS := tools/validators/node_modules/.package-lock.json

.PHONY: help venv run worker serve demo migrate test lint check test-sqlite test-postgres validators chromium bench bench-moderation bench-pages bench-tools proof proof-email scan lock clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements-dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "Wellness needs Python 3.11 or newer (found $$($(PYTHON) --version))."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $(STAMP)

venv: $(STAMP) ## Create .venv and install the locked dependencies

migrate: venv ## Apply database migrations (SQLite unless DATABASE_URL is set)
	$(DEV_SETTINGS) $(PY) manage.py migrate --noinput

demo: migrate ## Load the demo content and the demo editor account (idempotent)
	$(DEV_SETTINGS) $(PY) manage.py load_demo_content

# The email worker runs beside the dev server and stops with it; the development settings print
# each email it sends to this terminal (the console email backend).
WORKER := manage.py db_worker --backend email --queue-name email --interval 1

run: demo ## Set everything up and serve the site on http://127.0.0.1:8000 (admin at /admin/)
	@$(DEV_SETTINGS) $(PY) manage.py requeue_email && $(DEV_SETTINGS) $(PY) manage.py schedule_digest
	@$(DEV_SETTINGS) $(PY) $(WORKER) & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(DEV_SETTINGS) $(PY) manage.py runserver 127.0.0.1:8000

worker: venv ## Only the email worker (what `make run` runs beside the dev server)
	$(DEV_SETTINGS) $(PY) $(WORKER)

serve: venv ## Serve without loading anything
	$(DEV_SETTINGS) $(PY) manage.py runserver 127.0.0.1:8000

$(VALIDATORS): tools/validators/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tools/validators --no-audit --no-fund --loglevel=error; \
	else echo "npm is not installed: tests that need the npm validators will say so and skip."; fi

validators: $(VALIDATORS) ## Install the offline validators the tests use (npm, locked)

chromium: ## Debian's Chromium for the browser tests, and pdftotext for the printing test (apt-get when missing)
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium chromium-driver; }
	@test -x /usr/bin/pdftotext || { apt-get update && apt-get install -y poppler-utils; }

lint: venv ## ruff check, ruff format --check, and the layering contract (pyproject.toml)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

check: venv ## Django system checks and missing migrations
	$(DEV_SETTINGS) $(PY) manage.py check
	$(DEV_SETTINGS) $(PY) manage.py makemigrations --check --dry-run

test-sqlite: venv validators chromium ## The test suite on the embedded SQLite database
	DATABASE_URL= REDIS_URL= $(BIN)/pytest

test-postgres: venv validators chromium ## The test suite on PostgreSQL (and Redis as the cache when it answers)
	@redis=; if $(PY) scripts/services.py redis; then redis="$(REDIS_TEST_URL)"; fi; \
	if [ -n "$$DATABASE_URL" ] || $(PY) scripts/services.py postgres; then \
		echo "PostgreSQL run: $${DATABASE_URL:-$(PG_TEST_URL)} cache: $${redis:-local memory}"; \
		DATABASE_URL="$${DATABASE_URL:-$(PG_TEST_URL)}" REDIS_URL="$$redis" \
			CACHE_KEY_PREFIX="wellness-test-$$$$" $(BIN)/pytest; \
	else echo "No PostgreSQL here (no DATABASE_URL, nothing on 127.0.0.1:5432): PostgreSQL run skipped."; fi

test: lint check test-sqlite test-postgres ## Everything: lint, checks, the suite on SQLite, then on PostgreSQL

BENCH_TOOLS := wrk nginx varnishd

bench-tools: ## Install the load generator and the servers the page benchmark needs (apt)
	@missing=; for tool in $(BENCH_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing=1; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing wrk, nginx and Varnish from Debian's packages"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light varnish >/dev/null; \
	fi

bench-pages: venv bench-tools ## Page benchmark: 10,000 articles served by gunicorn, nginx and Varnish
	@$(PY) scripts/services.py postgres || { echo "The benchmarks need PostgreSQL on 127.0.0.1:5432."; exit 1; }
	@$(PY) scripts/services.py redis || { echo "The page benchmark needs Redis on 127.0.0.1:6379."; exit 1; }
	DATABASE_URL=$${DATABASE_URL:-$(PG_TEST_URL)} $(PY) bench/pages.py

bench-moderation: venv ## Moderation desk benchmark: 1,000,000 comments (100,000 pending) on PostgreSQL
	@$(PY) scripts/services.py postgres || { echo "The benchmarks need PostgreSQL on 127.0.0.1:5432."; exit 1; }
	DATABASE_URL=$${DATABASE_URL:-$(PG_TEST_URL)} $(PY) bench/moderation.py

bench: venv bench-tools ## All benchmarks (PostgreSQL): pages, search, WordPress import, moderation; writes artifacts/
	@$(PY) scripts/services.py postgres || { echo "The benchmarks need PostgreSQL on 127.0.0.1:5432."; exit 1; }
	@$(PY) scripts/services.py redis || { echo "The page benchmark needs Redis on 127.0.0.1:6379."; exit 1; }
	@missed=; for script in pages search wordpress_import moderation; do \
		DATABASE_URL=$${DATABASE_URL:-$(PG_TEST_URL)} $(PY) bench/$$script.py || missed="$$missed $$script"; \
	done; \
	if [ -n "$$missed" ]; then echo "Benchmarks that missed a target or failed:$$missed"; exit 1; fi

proof: venv ## Load, faults and backup proof on throwaway PostgreSQL/Redis/gunicorn (about 3 minutes)
	@test -x /usr/lib/postgresql/15/bin/initdb && command -v redis-server >/dev/null \
		|| { echo "make proof needs PostgreSQL 15 server binaries and redis-server installed."; exit 1; }
	timeout 900 $(PY) -m scripts.proof.run

proof-email: venv ## Follow by email: 10,000 followers, one article published, delivered to loopback SMTP, worker killed halfway
	$(PY) bench/email_delivery.py --publish --emails 10000 --kill-halfway

scan: venv ## wapiti (apt) against the demo site on loopback, at most ~10 minutes; fails on findings
	@command -v wapiti >/dev/null 2>&1 || { echo "Installing wapiti from Debian's packages"; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q wapiti >/dev/null; }
	timeout 660 $(PY) scripts/scan.py --max-scan-time 420

lock: venv ## Re-resolve pyproject.toml into the hashed lock files
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links \
		--no-emit-index-url -o requirements.lock pyproject.toml
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-find-links \
		--no-emit-index-url --extra dev -o requirements-dev.lock pyproject.toml

clean: ## Remove the virtualenv, the SQLite database, media and caches
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache .ruff_cache tools/validators/node_modules
