# `make demo` and `make test` each build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB := demo.duckdb

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/sorot ingest --db $(DEMO_DB) examples/
	$(BIN)/sorot status --db $(DEMO_DB)
	$(BIN)/sorot articles --db $(DEMO_DB)
	$(BIN)/sorot stories --db $(DEMO_DB) --limit 5
	$(BIN)/sorot events --db $(DEMO_DB) --canonical --limit 10
	$(BIN)/sorot claims --db $(DEMO_DB) --limit 10

test: install-test
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB).wal build src/*.egg-info .pytest_cache
