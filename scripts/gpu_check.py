"""The paper presets on a GPU, in about 8 minutes (run by scripts/gpu_check.sh, which checks for CUDA first).

1. Every experiment that trains (per figures/paper_presets.json if present, else all), through the same dry-run
   machinery as `emanb dry-run` but on CUDA, at the preset's whole micro-batch, bf16 autocast as the presets say,
   torch.compile off, then on (while time is left): items/s (tokens or samples), MFU against the card's bf16 peak
   (EMANB_PEAK_TFLOPS, default 989: H100/H200 dense), torch.cuda.max_memory_allocated -> figures/gpu_presets.csv.
2. OthelloGPT's paper preset trained for about GPU_CHECK_OTHELLO_SECONDS (default 240) with a corpus small enough to
   build in seconds; its legal-move rate by move index (metrics named `NAME@MOVE`) -> figures/gpu_othello.csv.
3. figures/gpu_summary.md: both, as markdown.
"""
import json, os, re, statistics, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import torch
from emanb.core import ConfigError, get_experiment, save_csv
from emanb.preset_costs import dry_run_experiments, human
from emanb.runs import Run, load_experiments

BUDGET = float(os.environ.get("GPU_CHECK_SECONDS", 480))
OTHELLO_S = float(os.environ.get("GPU_CHECK_OTHELLO_SECONDS", 240))
PEAK = float(os.environ.get("EMANB_PEAK_TFLOPS", 989)) * 1e12
STEPS = int(os.environ.get("GPU_CHECK_STEPS", 8))
DEVICE = os.environ.get("GPU_CHECK_DEVICE", "cuda")      # "cpu": a smoke test of this script (with GPU_CHECK_NAMES=demo)
FIG = Path(os.environ.get("GPU_CHECK_FIG_DIR", ROOT / "figures"))
BATCH = int(os.environ.get("GPU_CHECK_BATCH", 0)) or None   # rows of each micro-batch; default: the preset's whole micro-batch
T0 = time.perf_counter()
def left() -> float: return BUDGET - (time.perf_counter() - T0)

def training_experiments() -> list[str]:
    "GPU_CHECK_NAMES (comma-separated), else the experiments whose CPU dry run trained (figures/paper_presets.json), else all."
    if os.environ.get("GPU_CHECK_NAMES"): return os.environ["GPU_CHECK_NAMES"].split(",")
    f = ROOT / "figures" / "paper_presets.json"
    if f.exists():
        exps = json.loads(f.read_text())["experiments"]
        names = [n for n, rows in exps.items() if any(r["status"] == "ok" for r in rows)]
        if names: return names
    return sorted(load_experiments())

def measure(names: list[str], phase_end: float) -> list[dict]:
    "Phase 1: each experiment on CUDA, compile off then on, while the phase has time."
    out = []
    for compile_ in (False, True):
        for name in names:
            budget = min(120.0, phase_end - (time.perf_counter() - T0))
            if budget < 20: out.append({"experiment": name, "compile": compile_, "status": "skipped: out of time"}); continue
            for r in dry_run_experiments([name], "paper", timeout=budget, say=lambda *a: None, steps=STEPS, batch=BATCH, device=DEVICE, compile=compile_):
                row = {"experiment": name, "run": r.get("run", "-"), "compile": compile_, "status": r["status"]}
                if r["status"] == "ok":
                    warm = r["step_seconds"][2:] or r["step_seconds"]      # the first steps compile and warm up
                    # per optimizer step at the preset's batch: the dry run takes one micro-batch a step (and GPU_CHECK_BATCH cuts it)
                    dt = statistics.median(warm) * r["micro_batch"] / r["measured_rows"] * r["grad_accum"] / r.get("ran_grad_accum", r["grad_accum"])
                    row.update(unit=r["unit"], micro_batch=r["micro_batch"], grad_accum=r["grad_accum"], step_s=round(dt, 4),
                               items_per_s=round(r["per_step"] / dt), mfu=round(r["flops_per_step"] / dt / PEAK, 4),
                               max_memory_gib=round(r.get("max_memory_allocated", 0) / 2**30, 2),
                               estimated_memory_gib=round(r["memory_bytes"] / 2**30, 2), amp=r.get("amp"))
                out.append(row); print(row, flush=True)
    return out

def othello_curve(seconds: float, step_s: float | None) -> list[dict]:
    "Phase 2: OthelloGPT's paper preset for about `seconds`; the rows of every `metric@move` it reports."
    exp = get_experiment("othello")
    steps = max(50, int(0.75 * seconds / step_s)) if step_s else 300
    overrides = []
    for o in (f"train.steps={steps}", "train.eval_every=0", "train.ckpt_every=0", "train.warmup_steps=100",
              "data.corpus.n_train=200000", "data.corpus.n_test=10000", "data.corpus.n_val=2000", "data.corpus.workers=0"):
        try: exp.config("paper", tuple(overrides + [o])); overrides.append(o)
        except ConfigError: print(f"othello: override {o} does not apply, skipped")
    cfg = exp.config("paper", tuple(overrides))
    runs = exp.runs(cfg) if exp.runs else {"train": Run(exp.train, cfg)}
    name, run = next(iter(runs.items()))
    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as d: metrics = run.fn(run.cfg, Path(d) / name, False)
    print(f"othello {name}: {steps} steps in {time.perf_counter() - t:.0f} s", flush=True)
    rows = []
    def walk(x, prefix=""):
        for k, v in x.items():
            if isinstance(v, dict): walk(v, f"{prefix}{k}/")
            elif (m := re.fullmatch(r"(.+)@(\d+)", k)) and isinstance(v, (int, float)):
                rows.append({"run": name, "steps": steps, "metric": prefix + m.group(1), "move": int(m.group(2)), "value": float(v)})
    walk(metrics)
    return rows

def summary(presets: list[dict], curve: list[dict]) -> str:
    card = torch.cuda.get_device_name(0) if torch.cuda.is_available() else DEVICE
    lines = [f"# GPU check: {card}", "",
             f"Paper presets for {STEPS} steps at their whole micro-batch (median of the steps after the first two); "
             f"MFU against {PEAK / 1e12:.0f} bf16 TFLOP/s; memory: torch.cuda.max_memory_allocated vs the CPU dry run's estimate.", "",
             "| experiment | run | compile | status | items/s | MFU | max memory | estimate |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in presets:
        if r["status"] != "ok": lines.append(f"| {r['experiment']} | {r.get('run', '-')} | {r['compile']} | {r['status']} | | | | |"); continue
        lines.append(f"| {r['experiment']} | {r['run']} | {r['compile']} | ok | {human(r['items_per_s'])} {r['unit']}/s | {r['mfu']:.1%} | "
                     f"{r['max_memory_gib']:.2f} GiB | {r['estimated_memory_gib']:.2f} GiB |")
    if curve:
        lines += ["", f"OthelloGPT, paper preset, {curve[0]['steps']} steps: metrics by move index (figures/gpu_othello.csv)", "",
                  "| metric | " + " | ".join(f"move {m}" for m in (1, 10, 20, 30, 40, 50, 59)) + " |", "|" + " --- |" * 8]
        for metric in dict.fromkeys(r["metric"] for r in curve):
            v = {r["move"]: r["value"] for r in curve if r["metric"] == metric}
            lines.append(f"| {metric} | " + " | ".join(f"{v[m]:.3f}" if m in v else "-" for m in (1, 10, 20, 30, 40, 50, 59)) + " |")
    return "\n".join(lines) + "\n"

if __name__ == "__main__":
    assert DEVICE != "cuda" or torch.cuda.is_available(), "gpu_check.py needs CUDA: run scripts/gpu_check.sh, which checks first"
    names = training_experiments()
    presets = measure(names, BUDGET - OTHELLO_S - 15)
    save_csv(presets, FIG / "gpu_presets.csv", columns=list(dict.fromkeys(k for r in presets for k in r)))
    step = next((r["step_s"] for r in presets if r["experiment"] == "othello" and r["status"] == "ok" and not r["compile"]), None)
    curve = []
    if "othello" in load_experiments() and OTHELLO_S > 0 and left() > 60:
        try: curve = othello_curve(min(OTHELLO_S, left() - 30), step)
        except Exception as e: print(f"othello curve failed: {type(e).__name__}: {e}", flush=True)
        if curve: save_csv(curve, FIG / "gpu_othello.csv")
    (FIG / "gpu_summary.md").write_text(summary(presets, curve))
    print((FIG / "gpu_summary.md").read_text())
    print(f"gpu-check: {time.perf_counter() - T0:.0f} s")
