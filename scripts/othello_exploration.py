"""The exploratory seeds behind the Othello cliff rule (nbs/22_othellogpt.ipynb, "From runs to verdicts").
Usage: python scripts/othello_exploration.py [runs_dir]
Top-1 legal curves (live weights, dropout 0) of the cpu preset as it stood at commit 3351593 (seeds 0..2 of the
periodic and learned arms, seeds 3 and 4 of the periodic arm), read from the run caches under runs_dir
(default runs/figures/othello/cpu) where a run's result is there, trained otherwise (one thread, ~2.5 CPU min each).
Writes figures/22_othellogpt_exploration.json. The verdicts read other seeds (the preset's), never these."""
import sys, json, dataclasses, torch
from pathlib import Path
torch.set_num_threads(1)
from emanb.othello.gpt import othello_preset, othello_run

runs = Path(sys.argv[1] if len(sys.argv) > 1 else "runs/figures/othello/cpu")
cfg = othello_preset("cpu")
curves = {}
for pos, seeds in (("periodic", range(5)), ("learned", range(3))):
    for s in seeds:
        f = runs / f"{pos}_dropout0_seed{s}" / "result.json"
        if f.exists(): top1 = json.loads(f.read_text())["metrics"]["weights"]["live"]["top1"]
        else:
            rc = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, pos=pos, dropout=0.0),
                                     train=dataclasses.replace(cfg.train, seed=s, ckpt_every=0, progress=False))
            top1 = othello_run(rc)["weights"]["live"]["top1"]
        curves.setdefault(f"{pos}_dropout0", {})[str(s)] = [round(x, 5) for x in top1]
        print(pos, s, "from cache" if f.exists() else "trained", flush=True)
out = {"train_len": cfg.data.train_len, "board_size": cfg.data.corpus.board_size, "steps": cfg.train.steps,
       "source": "cpu preset at commit 3351593 (seeds 0-4), before the two-move rule was fixed", "top1": curves}
Path("figures/22_othellogpt_exploration.json").write_text(json.dumps(out, indent=1) + "\n")
