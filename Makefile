# Two entry points for a fresh clone (python3 >= 3.10 and the package index):
#   make demo   project-local .venv, core + every plugin, run on the seed article
#   make test   + test requirements, then every test: core, plugins, doctests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PLUGINS := $(sort $(wildcard plugins/tidings-*))
SEED   := seeds/rt-putin-al-sharaa.txt

.PHONY: install install-test demo test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e . $(foreach p,$(PLUGINS),-e $(p))

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]' $(foreach p,$(PLUGINS),-e '$(p)[test]')

demo: install
	$(BIN)/tidings plugins
	$(BIN)/tidings extract $(SEED) --published 2026-01-28 --title "Relations between the two countries “continue to progress,” Vladimir Putin has said" --source "RT News"

test: install-test
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench.py
