import os, sys
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

@pytest.fixture
def env():
    "Environment for subprocesses: one thread each (2-core CI), no progress bars fighting over stderr."
    e = dict(os.environ, OMP_NUM_THREADS="1", PYTHONHASHSEED="0")
    return e
