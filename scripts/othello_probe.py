"""The hand probes behind the Othello cpu preset (nbs/22_othellogpt.ipynb, "Choosing the board and model").
Usage: python scripts/othello_probe.py '{"board":6,"L":8,"pos":"periodic","layers":4,"width":128,"steps":3000}' ...
One run per JSON spec (seed 0 unless given), one thread; prints a row and appends it to othello_probes.jsonl."""
import sys, json, time, torch
torch.set_num_threads(1)
from emanb.othello.gpt import *
from emanb.othello.corpus import corpus_preset
from emanb.transformer import GPTConfig
from emanb.train import TrainConfig
from emanb.averaging import AveragingConfig
def probe(board, L, pos, layers, width, steps, bs=64, lr=3e-3, heads=4, seed=0, dropout=0.0):
    cfg = OthelloConfig(OthelloDataConfig(corpus_preset("cpu", board_size=board), train_len=L, eval_games=2000),
                        GPTConfig(n_layer=layers, n_head=heads, d_model=width, pos=pos, dropout=dropout),
                        TrainConfig(steps=steps, batch_size=bs, lr=lr, warmup_steps=100, log_every=500, device="cpu", progress=False,
                                    ckpt_every=0, seed=seed, averaging=AveragingConfig(("ema:decay=0.997:name=ema",))))
    t = time.process_time(); r = othello_run(cfg); w = r["weights"]["live"]; e = r["weights"]["ema"]
    row = dict(board=board, L=L, pos=pos, layers=layers, width=width, steps=steps, bs=bs, lr=lr, seed=seed, dropout=dropout,
               top1_in=round(w["top1_in"], 4), top1_out=round(w["top1_out"], 4), cliff=round(w["top1"][L-1]-w["top1"][L], 4),
               ema_in=round(e["top1_in"], 4), ema_cliff=round(e["top1"][L-1]-e["top1"][L], 4),
               curve=[round(x, 3) for x in w["top1"]], cpu=round(time.process_time() - t, 1))
    print(json.dumps(row), flush=True)
    with open("othello_probes.jsonl", "a") as f: f.write(json.dumps(row) + "\n")
for spec in sys.argv[1:]:
    kw = json.loads(spec); probe(**kw)
