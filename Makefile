# The two commands of the README. Both install into .venv first (idempotent).
VENV   := .venv
PY     := $(VENV)/bin/python
SHELL  := /bin/bash

.PHONY: install figures test test-slow export clean readme bench gpu-check
install: $(VENV)/.installed
$(VENV)/.installed: settings.ini setup.py scripts/install.sh
	bash scripts/install.sh

## make figures: run every registered experiment at its cpu preset on JOBS processes (default: every core);
## cached runs are reused, interrupted ones resume; FORCE=1 reruns all; NAMES="demo traces" a subset
JOBS ?= 0
figures: install
	$(VENV)/bin/emanb figures --preset cpu --jobs $(JOBS) $(if $(FORCE),--force) $(NAMES)
	$(PY) scripts/make_readme.py

## make test: package tests and every notebook (nbdev_test, tiny preset); slow checks excluded (pytest.ini)
test: install
	$(PY) -m pytest -q tests

## make test-slow: the slow checks: every experiment's paper preset dry-run on the CPU (emanb dry-run)
test-slow: install
	$(PY) -m pytest -q -m slow tests

## make gpu-check: where CUDA is present, each paper preset for a few steps (bf16, compile off/on) and a short
## OthelloGPT run -> figures/gpu_*.csv, figures/gpu_summary.md (8 minutes at most); without CUDA it says so and exits 0
gpu-check: install
	bash scripts/gpu_check.sh

## make export: notebooks -> package, clean notebooks, regenerate README.md
export: install
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean && $(PY) scripts/make_readme.py

readme: install
	$(PY) scripts/make_readme.py
