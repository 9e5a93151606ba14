"""Data parallel training (torchrun, 2 CPU processes, gloo) equals one process on the same global batch.

One process with grad_accum=2 sees micro-batches (2s, 2s+1) at step s; two processes with grad_accum=1 see
micro-batch 2s + rank. The weights must agree to float32 round-off (all-reduce sums in another order).
The control (one process, grad_accum=1: half the data) must not agree, so the comparison can fail."""
import subprocess, sys
import torch
from conftest import ROOT, BIN

COMMON = ["train", "demo", "--preset", "tiny", "--set", "train.steps=8", "train.warmup_steps=2", "train.eval_every=0"]

def _weights(path):
    return torch.load(path / "ckpt.pt", map_location="cpu", weights_only=True)["model"]

def test_torchrun_two_cpu_processes_match_single_process(env, tmp_path):
    py = [sys.executable, "-m", "emanb.cli"]
    r = subprocess.run(py + COMMON + ["train.grad_accum=2", "--out", str(tmp_path / "single")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    r = subprocess.run(py + COMMON + ["--out", str(tmp_path / "half")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([str(BIN / "torchrun"), "--standalone", "--nproc_per_node=2", "-m", "emanb.cli", *COMMON, "--out", str(tmp_path / "ddp")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    single, ddp, half = _weights(tmp_path / "single"), _weights(tmp_path / "ddp"), _weights(tmp_path / "half")
    for k in single:
        torch.testing.assert_close(ddp[k], single[k], rtol=1e-5, atol=1e-6, msg=lambda m: f"{k}: {m}")
    assert max((half[k] - single[k]).abs().max().item() for k in single) > 1e-4, "control: different data must give different weights"

LM = ["train", "lm", "--preset", "tiny", "--set", "kinds=gpt", "train.steps=4", "train.warmup_steps=2", "train.eval_every=0",
      "eval_batches=1", "data.shards=2", "seeds=0"]

def test_torchrun_ranks_reading_their_own_token_shards_match_single_process(env, tmp_path):
    """Text split into 2 token shards, data.shard_local=true: micro-batch i comes from shard i % 2, so rank r (given
    i = r mod 2) reads only shard r. Two such ranks must train the weights of one process with grad_accum=2. The control
    (one process drawing windows from the whole split) must not agree: shard-local reading changes the batches."""
    py, common = [sys.executable, "-m", "emanb.cli"], LM + [f"data.data_dir={tmp_path / 'data'}"]
    runs = {"single": py + common + ["data.shard_local=true", "train.grad_accum=2"],
            "whole": py + common + ["data.shard_local=false", "train.grad_accum=2"],
            "ddp": [str(BIN / "torchrun"), "--standalone", "--nproc_per_node=2", "-m", "emanb.cli", *common, "data.shard_local=true"]}
    for name, cmd in runs.items():
        r = subprocess.run(cmd + ["--out", str(tmp_path / name)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        assert r.returncode == 0, f"{name}: " + r.stdout[-3000:] + r.stderr[-3000:]
    single, ddp, whole = (_weights(tmp_path / n / "gpt_seed0") for n in ("single", "ddp", "whole"))
    for k in single:
        torch.testing.assert_close(ddp[k], single[k], rtol=1e-5, atol=1e-6, msg=lambda m: f"{k}: {m}")
    assert max((whole[k] - single[k]).abs().max().item() for k in single) > 1e-4, "control: other windows must give other weights"
