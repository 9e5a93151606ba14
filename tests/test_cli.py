"The console command, end to end in subprocesses, as a user runs it."
import json, subprocess, sys
from conftest import ROOT, BIN

def emanb(*args, env=None, cwd=ROOT):
    return subprocess.run([str(BIN / "emanb"), *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=600)

def test_list(env):
    r = emanb("list", env=env)
    assert r.returncode == 0 and "demo" in r.stdout and "[train/figures]" in r.stdout

def test_errors_are_clear(env, tmp_path):
    r = emanb("train", "nope", env=env)
    assert r.returncode == 2 and "Valid experiments:" in r.stderr and "Traceback" not in r.stderr
    r = emanb("train", "demo", "--preset", "tiny", "--set", "train.lrr=1", env=env)
    assert r.returncode == 2 and "Did you mean train.lr" in r.stderr
    (tmp_path / "ckpt.pt").write_text("not a checkpoint")
    r = emanb("train", "demo", "--preset", "tiny", "--out", str(tmp_path), "--resume", env=env)
    assert r.returncode == 2 and "corrupt" in r.stderr and "Traceback" not in r.stderr

def test_train_then_resume(env, tmp_path):
    out = tmp_path / "run"
    r = emanb("train", "demo", "--preset", "tiny", "--out", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["step"] == 30
    r = emanb("train", "demo", "--preset", "tiny", "--out", str(out), env=env)
    assert r.returncode == 2 and "--resume" in r.stderr  # refuses to overwrite silently
    r = emanb("train", "demo", "--preset", "tiny", "--out", str(out), "--resume", "--set", "train.steps=40", env=env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["step"] == 40

def test_figures_incremental(env, tmp_path):
    args = ("figures", "demo", "--preset", "tiny", "--jobs", "1", "--fig-dir", str(tmp_path / "f"), "--work-dir", str(tmp_path / "w"))
    r1, r2 = emanb(*args, env=env), emanb(*args, env=env)
    assert r1.returncode == 0 and "done demo:figures" in r1.stdout, r1.stdout + r1.stderr
    assert "up to date" in r2.stdout and "everything up to date" in r2.stdout, r2.stdout
    assert (tmp_path / "f" / "05_demo_copy.png").exists()

def test_figures_do_not_depend_on_the_number_of_processes(env, tmp_path):
    "Every run uses one thread, so 1 or 2 processes give identical result tables."
    import json
    names = ("demo", "traces", "averaging")
    out = {}
    for jobs in ("1", "2"):
        r = emanb("figures", *names, "--preset", "tiny", "--jobs", jobs, "--fig-dir", str(tmp_path / f"f{jobs}"), "--work-dir", str(tmp_path / f"w{jobs}"), env=env)
        assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
        out[jobs] = {f.name: json.loads(f.read_text()) for f in sorted((tmp_path / f"f{jobs}").glob("*.json")) if f.name != "00_timings.json"}
    assert set(out["1"]) == {"05_demo_copy.json", "08_traces_probe.json", "09_averaging.json"}
    assert out["1"] == out["2"]

def test_bench_is_reachable(env):
    r = emanb("bench", env=env)
    assert r.returncode == 0 and "usage" in r.stdout, r.stdout + r.stderr
