"The package is exactly what the notebooks export; notebooks are clean; CI runs the README's command."
import filecmp, shutil, subprocess
from pathlib import Path
from conftest import ROOT, BIN

def _copy(tmp_path):
    dst = tmp_path / "repo"
    for p in ("settings.ini", "setup.py"): shutil.copy(ROOT / p, dst / p) if dst.exists() else (dst.mkdir(), shutil.copy(ROOT / p, dst / p))
    shutil.copytree(ROOT / "nbs", dst / "nbs"); shutil.copytree(ROOT / "emanb", dst / "emanb", ignore=shutil.ignore_patterns("__pycache__"))
    return dst

def _same_tree(a: Path, b: Path, pattern: str):
    fa = sorted(p.relative_to(a) for p in a.rglob(pattern) if "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts)
    fb = sorted(p.relative_to(b) for p in b.rglob(pattern) if "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts)
    assert fa == fb, f"file lists differ: {set(fa) ^ set(fb)}"
    diff = [str(f) for f in fa if not filecmp.cmp(a / f, b / f, shallow=False)]
    assert not diff, f"differ: {diff}"

def test_export_changes_nothing(tmp_path):
    dst = _copy(tmp_path)
    subprocess.run([str(BIN / "nbdev_export")], cwd=dst, check=True, capture_output=True)
    _same_tree(ROOT / "emanb", dst / "emanb", "*.py")

def test_notebooks_are_clean(tmp_path):
    dst = _copy(tmp_path)
    subprocess.run([str(BIN / "nbdev_clean")], cwd=dst, check=True, capture_output=True)
    _same_tree(ROOT / "nbs", dst / "nbs", "*.ipynb")

def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / "README.md").read_text()
    assert "make test" in (ROOT / ".ci" / "run").read_text()

def test_import_and_version():
    import emanb
    assert emanb.__version__

def test_readme_is_built_from_index_notebook(tmp_path):
    import subprocess, sys
    subprocess.run([sys.executable, str(ROOT / "scripts" / "make_readme.py"), str(tmp_path / "R.md")], check=True, capture_output=True)
    assert (ROOT / "README.md").read_text() == (tmp_path / "R.md").read_text(), "README.md is out of step with nbs/index.ipynb: run `make readme` and commit"
