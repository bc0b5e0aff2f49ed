# Two commands: `make run` opens the app on the sample story, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-slow lint exe bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev,corpus]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m app seeds

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m ruff check app ui tests benchmarks
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

# The few cases that take more than a few seconds (full-size hostile input); CI runs them.
test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow

lint: $(STAMP)
	$(PY) -m ruff check app ui tests benchmarks

exe: $(STAMP)
	$(PY) -m pip install --quiet -e '.[build]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec

clean:
	rm -rf $(VENV) build dist .pytest_cache
