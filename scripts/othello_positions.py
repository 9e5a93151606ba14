"""The position probe of the Othello cpu preset (nbs/22_othellogpt.ipynb, "Choosing the extrapolating position scheme").
Usage: python scripts/othello_positions.py   (one thread, about 2 CPU minutes)
Trains the none and periodic schemes for 1,000 steps (a third of the 3,000-step cpu preset it was run for; the cpu
preset now trains 2,500) and writes figures/22_othellogpt_positions.json.
It is not part of `make figures` at the cpu preset (sweep.probe = False), to keep that inside its time budget."""
import torch
torch.set_num_threads(1)
from emanb.core import save_json
from emanb.othello.gpt import othello_preset, position_probe
print(save_json(position_probe(othello_preset("cpu"), ("none", "periodic"), steps=1_000), "figures/22_othellogpt_positions.json"))
