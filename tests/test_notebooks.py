"Every notebook under nbs/ runs top to bottom (nbdev_test, tiny presets); a failing notebook fails this test."
import subprocess, sys
from conftest import ROOT, BIN

def test_all_notebooks_run():
    cmd = [str(BIN / "nbdev_test"), "--n_workers", "2", "--timing"]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=40 * 60)
    print(r.stdout[-6000:]); print(r.stderr[-6000:], file=sys.stderr)
    assert r.returncode == 0, "a notebook failed under nbdev_test; see the output above"
