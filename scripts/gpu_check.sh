#!/usr/bin/env bash
# make gpu-check: the paper presets on a real GPU in 8 minutes at most (scripts/gpu_check.py says what it measures).
# Without CUDA it says so and exits 0, so that it can sit in any checklist.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
if ! "$PY" -c 'import sys, torch; sys.exit(0 if torch.cuda.is_available() else 1)' 2>/dev/null; then
  echo "gpu-check: no CUDA device here (torch.cuda.is_available() is False): nothing measured, nothing written."
  echo "gpu-check: run 'make gpu-check' on a machine with an NVIDIA GPU; on this one, 'emanb dry-run' checks the paper presets on the CPU."
  exit 0
fi
exec timeout --signal=INT "${GPU_CHECK_HARD_LIMIT:-500}" "$PY" scripts/gpu_check.py "$@"
