# Two commands matter: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/emptychair --demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do $(BIN)/python $$b || exit 1; done

# English is the source; its catalogue holds only the plural forms of counted sentences.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py') -ts resources/translations/emptychair_fr.ts -no-obsolete -locations none
	$(BIN)/pyside6-lupdate $$(find desktop/ui -name '*.py') -ts resources/translations/emptychair_en.ts -no-obsolete -locations none -pluralonly -target-language en
	$(BIN)/pyside6-lrelease resources/translations/emptychair_fr.ts -qm resources/translations/emptychair_fr.qm
	$(BIN)/pyside6-lrelease resources/translations/emptychair_en.ts -qm resources/translations/emptychair_en.qm

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
