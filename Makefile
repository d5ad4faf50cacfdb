# healthsvc: `make run` (the whole system) and `make test` (the whole suite).
# Both start an embedded PostgreSQL and Redis under .data/ unless DATABASE_URL /
# REDIS_URL are set, in which case those servers are used.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test drill lint install clean bench bench-triage bench-er bench-triage-accuracy messages bench-export bench-live mutation mutation-data

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings HEALTHSVC_DATA_DIR=.data $(PY) -m healthsvc.embedded --data .data -- $(PY) scripts/run.py

test: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/test -- $(PY) -m pytest $(PYTEST_ARGS)

# The availability drills (docs/operations.md): real PostgreSQL frozen and down, Redis stopped, workers
# killed, make run's restart, concurrent booking, shadow rollout; prints a table of figures.
drill: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/drill -- $(PY) scripts/drill.py

# Mutation testing of the safety-critical modules (docs/testing.md): a score per module, target 90 %.
# Not part of `make test`. Incremental: a rerun tests only what changed. MUTATION_ARGS=--fresh starts over.
mutation: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/mutation -- $(PY) scripts/mutation.py $(MUTATION_ARGS)

# The constant pass over the rule tables that mutmut cannot mutate (docs/testing.md); kept apart from `mutation`.
mutation-data: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/mutation -- $(PY) scripts/mutation.py --pass data $(MUTATION_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: bench-triage bench-er

bench-triage: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/bench -- $(PY) bench/triage.py

bench-er: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/bench -- $(PY) bench/er_queue.py

# Live updates (issue 15 item 3): 10,000 SSE watchers in 50 rooms against today's 5-s polling; about 10 minutes.
bench-live: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/bench -- $(PY) bench/live.py $(BENCH_ARGS)

# Peak memory of manage.py export_fhir, 1,000 vs 100,000 bookings (docs/fhir.md, "Bulk export"); about 7 minutes.
bench-export: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) -m healthsvc.embedded --data .data/bench -- $(PY) bench/export_fhir.py --tracemalloc

# Triage accuracy on the development vignettes (pure Python: no database, no servers).
bench-triage-accuracy: $(STAMP)
	$(PY) bench/triage_accuracy.py

# Translations (docs/i18n.md): collect every marked string of code, templates and scripts (GNU gettext's
# xgettext, as makemessages needs), then the data tables' text, and compile every .po to .mo in pure Python.
# The .mo files are committed, so `make run` and `make test` need none of this.
MESSAGES_IGNORE := --ignore=.venv --ignore=.data --ignore=staticfiles --ignore=node_modules --ignore=bench \
	--ignore=tests --ignore='*/tests/*' --ignore=scripts --ignore=deploy --ignore=docs
messages: $(STAMP)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) manage.py makemessages -l fr --no-location --no-obsolete $(MESSAGES_IGNORE)
	DJANGO_SETTINGS_MODULE=healthsvc.settings_test $(PY) manage.py makemessages -d djangojs -l fr --no-location --no-obsolete $(MESSAGES_IGNORE)
	$(PY) scripts/data_messages.py
	$(PY) scripts/compile_messages.py

clean:
	rm -rf .data staticfiles .pytest_cache
