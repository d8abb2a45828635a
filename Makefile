# Two commands matter: `make run` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
WHEEL := dist/emptychair-$(VERSION)-py3-none-any.whl
BUNDLE := dist/emptychair
PACKAGE_VENV := build/package-venv

.PHONY: run test lint format bench translations notices clean
.PHONY: wheel check-wheel package check-package install-desktop uninstall-desktop

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

# The scale benchmark runs its small sizes here (100 and 1,000 meetings; the workspaces are built
# once and cached): `$(BIN)/python benchmarks/bench_scale.py [--large]` runs 10,000 (and 26,000).
# Every benchmark runs even when one misses its target; the missed ones are named at the end.
bench: $(STAMP)
	missed=; for b in benchmarks/bench_*.py; do \
		case $$b in *bench_scale.py) args=--small;; *) args=;; esac; \
		$(BIN)/python $$b $$args || missed="$$missed $$b"; \
	done; \
	if [ -n "$$missed" ]; then echo "targets missed:$$missed"; exit 1; fi

# The wheel, with the resources, licence and notices in it. setuptools builds in build/lib:
# cleared first, so a file deleted from the tree cannot linger in the wheel.
wheel: $(STAMP)
	rm -rf build/lib build/bdist.* *.egg-info dist/emptychair-*.whl
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .
	rm -rf *.egg-info

# The wheel installed into a fresh virtual environment outside the checkout, then smoke-tested
# from there (packaging/smoke.py): resources, licence, demo, verify, minutes EN/FR/NL, GUI offscreen.
check-wheel: wheel
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PYTHON) -m venv "$$tmp/venv" && \
	"$$tmp/venv/bin/python" -m pip install --quiet --disable-pip-version-check $(WHEEL) && \
	$(BIN)/python packaging/smoke.py wheel "$$tmp/venv"

# The bundled app, no Python needed: dist/emptychair/ (PyInstaller one-folder, from the wheel in
# a build environment of its own), with the licence, the notices and the desktop files (share/).
package: wheel
	test -x $(PACKAGE_VENV)/bin/python || $(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r packaging/requirements-build.txt $(WHEEL)
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		--force-reinstall --no-deps $(WHEEL)
	rm -rf $(BUNDLE)
	cd build && ../$(PACKAGE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath ../dist --workpath pyinstaller ../packaging/emptychair.spec
	cp LICENSE resources/licenses/THIRD-PARTY-NOTICES.txt $(BUNDLE)/
	$(PACKAGE_VENV)/bin/python packaging/linux/desktop_integration.py stage $(BUNDLE) \
		resources/icons/emptychair.svg
	du -sh $(BUNDLE)

# The bundle smoke-tested as the wheel is (run `make package` first).
check-package: $(STAMP)
	test -x $(BUNDLE)/emptychair || { echo "No bundle: run make package first."; exit 1; }
	$(BIN)/python packaging/smoke.py bundle $(BUNDLE)

# For this user, no root: the bundle in ~/.local/opt/emptychair, the menu entry, icons, metainfo
# and the workspace file type in ~/.local/share. Builds the bundle if there is none.
install-desktop:
	test -x $(BUNDLE)/emptychair || $(MAKE) package
	$(PYTHON) packaging/linux/desktop_integration.py install $(BUNDLE)

# Removes what install-desktop put; workspaces, backups and settings stay.
uninstall-desktop:
	$(PYTHON) packaging/linux/desktop_integration.py uninstall

# Both catalogues, every language of desktop/core/languages.py: the UI's (Qt Linguist .ts/.qm)
# and everything else's (gettext .po/.mo, with Babel). See docs/translating.md.
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

# The third-party notices shipped with the app, from the dependencies installed in .venv.
notices: $(STAMP)
	$(BIN)/python packaging/notices.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build dist *.egg-info
