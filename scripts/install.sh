#!/usr/bin/env bash
# Create .venv (if missing) and install emanb with its dev tools.
# Where no CUDA GPU is present, the CPU torch wheel is pinned first: a bare `torch` requirement
# would otherwise pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
pip=".venv/bin/python -m pip"
if ! .venv/bin/python -c 'import torch' 2>/dev/null; then
  if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
    $pip install -q torch
  else
    # CPU wheel; override with TORCH_SPEC='torch==X' on machines where this pin is unavailable
    $pip install -q "${TORCH_SPEC:-torch==2.13.0}"
  fi
fi
$pip install -q -e ".[dev]"
touch .venv/.installed
