# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make run    create .venv, install, start the dashboard on http://localhost:8501
#   make test   install test tools (and Debian's Chromium and a Chinese font if missing), check style (ruff),
#               types (mypy) and import layers (import-linter), then run every test on two workers
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test install install-test bench demo

$(VENV)/.installed: requirements.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test
	@command -v java >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless)
	@command -v chromium >/dev/null 2>&1 && dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || \
		(apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-zenhei)

run: install
	$(PY) -m lossanalytics.ui.serve --server.port $(PORT) --server.headless true

test: install-test
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -n 2 --dist loadgroup

bench: install
	$(PY) -m bench.run

demo: install
	$(PY) -m lossanalytics demo
