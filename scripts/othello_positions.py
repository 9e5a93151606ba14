"""The position probe of the Othello cpu preset (nbs/22_othellogpt.ipynb, "Choosing the extrapolating position scheme").
Usage: python scripts/othello_positions.py   (one thread, about 2 CPU minutes)
Trains the none and periodic schemes for a third of the preset's steps and writes figures/22_othellogpt_positions.json.
It is not part of `make figures` at the cpu preset (sweep.probe = False), to keep that inside its time budget."""
import torch
torch.set_num_threads(1)
from emanb.core import save_json
from emanb.othello.gpt import othello_preset, position_probe_run
print(save_json(position_probe_run(othello_preset("cpu")), "figures/22_othellogpt_positions.json"))
