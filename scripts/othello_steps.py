"""How many steps the Othello cpu preset trains (nbs/22_othellogpt.ipynb, "Choosing the number of steps").
Usage: python scripts/othello_steps.py [cache_dir]
At 3,000 steps the 11 runs of the cpu preset took 35 of the 78 CPU minutes of `make figures` (41 minutes on 2 cores,
over its 40-minute budget). This script trains the periodic arm (dropout 0 and 0.1) at 2,000 and 2,500 steps on
exploratory seeds (0-2: never read by a verdict) and records the mastery gate (top-1 legal inside the horizon) and the
horizon statistics of each; it also keeps the summary of the 3,000-step preset's confirmatory run (seeds 5-9, from
figures/22_othellogpt.json at commit 1a29a64) that the shorter preset replaced. A run whose result is in cache_dir
(default runs/othello_steps; one JSON per run, the format this script writes) is read, not trained (one thread,
~2.5 CPU min each). Writes figures/22_othellogpt_steps.json."""
import sys, json, dataclasses, subprocess, torch
from pathlib import Path
torch.set_num_threads(1)
from emanb.othello.gpt import othello_preset, othello_run, horizon_drops

PROBES = [("periodic", 0.0, 0, 2000), ("periodic", 0.0, 0, 2500), *[("periodic", 0.1, s, n) for n in (2000, 2500) for s in range(3)]]
cache = Path(sys.argv[1] if len(sys.argv) > 1 else "runs/othello_steps"); cache.mkdir(parents=True, exist_ok=True)
cfg = othello_preset("cpu"); L = cfg.data.train_len
probes = []
for pos, p, seed, steps in PROBES:
    f = cache / f"{pos}_{p}_{seed}_{steps}.json"
    if not f.exists():
        rc = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, pos=pos, dropout=p),
                                 train=dataclasses.replace(cfg.train, seed=seed, steps=steps, ckpt_every=0, progress=False))
        r = othello_run(rc); w = r["weights"]["live"]
        f.write_text(json.dumps({"pos": pos, "dropout": p, "seed": seed, "steps": steps, "cpu_s": r["cpu_seconds"],
                                 "live": {"in": w["top1_in"], "top1": w["top1"]}}))
    r = json.loads(f.read_text())
    probes.append({"pos": pos, "dropout": p, "seed": seed, "steps": steps, "top1_in": round(r["live"]["in"], 5),
                   **{k: round(float(v), 5) for k, v in horizon_drops(r["live"]["top1"], L).items()},
                   "cpu_seconds": round(r["cpu_s"], 1), "curve": [round(x, 5) for x in r["live"]["top1"]]})
    print(probes[-1]["pos"], p, seed, steps, probes[-1]["top1_in"], flush=True)
old = json.loads(subprocess.run(["git", "show", "1a29a64:figures/22_othellogpt.json"], capture_output=True, text=True, check=True).stdout)
arms = {a: {k: v["weights"]["live"][k] for k in ("top1_in", "cliff", "cliff_inside", "cliff_one")} | {"seeds": v["seeds"]} for a, v in old["arms"].items()}
out = {"train_len": L, "board_size": cfg.data.corpus.board_size, "probes": probes,
       "preset_3000": {"steps": old["steps"], "source": "figures/22_othellogpt.json at commit 1a29a64", "arms": arms,
                       "cpu_minutes": old["cpu_minutes"], "verdicts": [{"claim": v["claim"], "verdict": v["verdict"]} for v in old["verdicts"]]}}
Path("figures/22_othellogpt_steps.json").write_text(json.dumps(out, indent=1) + "\n")
