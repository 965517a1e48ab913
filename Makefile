# The README's commands. Each target creates .venv and installs once (torch's CPU wheel first),
# then builds the index from seeds/ when it is missing or stale.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test index lint bench eval clean

run: index
	$(BIN)/python app.py

test: index
	$(BIN)/python -m pytest

index: $(STAMP)
	$(BIN)/assistant ingest --if-stale

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check assistant tests app.py
	$(BIN)/ruff format --check assistant tests app.py
	$(BIN)/mypy assistant

bench: index
	$(BIN)/assistant bench ingest
	$(BIN)/assistant bench answer

eval: index
	$(BIN)/assistant eval --split all --baseline

clean:
	rm -rf $(VENV) eval-out
	find index -mindepth 1 ! -name README.md -exec rm -rf {} +
