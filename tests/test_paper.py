"""The paper presets, checked without a GPU: `emanb dry-run` takes every experiment's normal code path for two steps
on two-row batches and reports parameters, FLOPs, memory and GPU hours (emanb.dryrun). `make test` runs the cheapest
experiment; `make test-slow` runs all of them."""
import json, math, subprocess
import pytest
import torch
from torch import nn
from conftest import ROOT, BIN

def emanb(*args, env, timeout=900):
    return subprocess.run([str(BIN / "emanb"), *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=timeout)

def test_dry_run_cheapest_experiment(env, tmp_path):
    "demo, the cheapest paper preset: a table, a JSON, finite losses (`train --dry-run` is checked in nbs/99_cli)."
    out = tmp_path / "presets.json"
    r = emanb("dry-run", "demo", "--json", str(out), env=env)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert "| demo | main | 1 |" in r.stdout and "H100" in r.stdout, r.stdout
    (row,) = json.loads(out.read_text())["experiments"]["demo"]
    assert row["status"] == "ok" and len(row["losses"]) == 2 and all(math.isfinite(x) for x in row["losses"])
    assert row["measured_rows"] == 2 and row["micro_batch"] > 2          # measured small, scaled to the preset's batch

def test_dry_run_catches_a_diverging_preset(env, tmp_path):
    "The check can fail: a learning rate that blows the weights up gives a non-finite loss, exit code 1 and the reason."
    r = emanb("dry-run", "demo", "--json", "-", "--steps", "3", "--set", "train.lr=1e30", "train.warmup_steps=0", "train.grad_clip=0", env=env)
    assert r.returncode == 1, r.stdout[-3000:] + r.stderr[-3000:]
    assert "error: NonFiniteLossError" in r.stdout, r.stdout[-3000:]

class _Tokens:
    "Random token windows (B, T) -> (x, y) for a GPT, as a BatchSource counting tokens."
    unit = "tokens"
    def __init__(self, B, T, V): self.B, self.T, self.V = B, T, V
    def batch(self, i):
        x = torch.randint(0, self.V, (self.B, self.T + 1), generator=torch.Generator().manual_seed(i)); return x[:, :-1], x[:, 1:]
    def count(self, b): return b[0].numel()

def _dry_train(model, cfg, data, loss):
    from emanb.dryrun import DryRunDone, dry_run
    from emanb.train import train
    with dry_run(steps=2, batch=2):
        try: train(model, cfg, data, loss)
        except DryRunDone as e: return e.report
    raise AssertionError("a dry run must end in DryRunDone")

def test_flops_of_a_small_gpt_match_the_closed_form():
    """FLOPs/step through the loop (2 rows measured, scaled to 6 rows x 3 micro-batches) = 6 N tokens + 14 L T d tokens, to 0.5%
    (the usual 12 L T d, without the scores that the attention backward recomputes, is 1.8% off here)."""
    from emanb.train import TrainConfig
    from emanb.transformer import GPT, GPTConfig
    torch.manual_seed(0)
    gc = GPTConfig(vocab_size=96, block_size=48, n_layer=3, n_head=4, d_model=64)
    model, B, T, accum = GPT(gc), 6, 48, 3
    loss = lambda m, b: nn.functional.cross_entropy(m(b[0]).flatten(0, 1), b[1].flatten())
    rep = _dry_train(model, TrainConfig(steps=100, batch_size=B, grad_accum=accum, device="cpu", progress=False), _Tokens(B, T, 96), loss)
    N = sum(mod.weight.numel() for mod in model.modules() if isinstance(mod, nn.Linear))   # the head included, embeddings not
    tokens = B * T * accum
    closed = 6 * N * tokens + 14 * gc.n_layer * T * gc.d_model * tokens
    assert rep["tokens_per_step"] == tokens == rep["per_step"]
    assert abs(rep["flops_per_step"] / closed - 1) < 0.005, (rep["flops_per_step"], closed)

class _Regression:
    unit = "samples"
    def batch(self, i): g = torch.Generator().manual_seed(i); return torch.randn(10, 5, generator=g), torch.randn(10, 3, generator=g)
    def count(self, b): return b[0].shape[0]

def test_memory_estimate_of_a_tiny_mlp_matches_a_hand_count():
    "Parameters, gradients, AdamW moments and step counters, two EMA copies, and the saved activations of one micro-batch of 10."
    from emanb.averaging import AveragingConfig
    from emanb.train import TrainConfig
    torch.manual_seed(0)
    mlp = nn.Sequential(nn.Linear(5, 7), nn.Tanh(), nn.Linear(7, 3))
    P = 5 * 7 + 7 + 7 * 3 + 3
    cfg = TrainConfig(steps=50, batch_size=10, grad_accum=4, device="cpu", progress=False,
                      averaging=AveragingConfig(averagers=("ema:decay=0.9", "ema:decay=0.8")))
    rep = _dry_train(mlp, cfg, _Regression(), lambda m, b: nn.functional.mse_loss(m(b[0]), b[1]))
    activations = 10 * (5 + 7 + 3 + 3) * 4          # input, tanh output (its own gradient), prediction, target: float32
    assert rep["activation_bytes"] == activations
    assert rep["memory_bytes"] == 4 * P + 4 * P + 2 * 4 * P + 4 * 4 + 2 * 4 * P + activations
    assert rep["per_step"] == 40 and rep["params"] == P

@pytest.mark.slow
def test_every_paper_preset_dry_runs(env, tmp_path):
    "Every registered experiment at its paper preset: each either trains (status ok) or trains nothing (no training)."
    out = tmp_path / "presets.json"
    r = emanb("dry-run", "--json", str(out), "--timeout", "1200", env=env, timeout=3 * 3600)
    print(r.stdout)
    rows = [x for rows in json.loads(out.read_text())["experiments"].values() for x in rows]
    bad = [x for x in rows if not (x["status"] == "ok" or x["status"].startswith("no training"))]
    assert r.returncode == 0 and not bad, bad

def test_data_builders_use_small_stand_ins_under_a_dry_run():
    "The paper Othello corpus (4M games) becomes dr.games games a split of the same schema, in the dry run's folder."
    from emanb.dryrun import dry_run
    from emanb.othello.corpus import build_corpus, corpus_preset, load_split
    with dry_run(games=64) as dr:
        folder = build_corpus(corpus_preset("paper"), progress=False)
        assert dr.work_dir in folder.parents, folder
        games = load_split(folder, "train", verify=True)
        assert games.shape == (64, 60) and games.dtype.name == "uint8"
