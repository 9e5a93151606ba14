"""Build README.md (or the path given as the first argument) from nbs/index.ipynb without Quarto (nbdev_readme needs it; it cannot be installed offline).

Markdown cells are copied as they are; code cells are skipped (the README shows commands, not a session).
Placeholders are filled from figures/ by code, so that no number in the README is typed by hand:
{{results_table}} (every verdict of figures/*.json), {{timings_table}} (figures/00_timings.json) and
{{paper_presets_table}} (figures/paper_presets.json and, where `make gpu-check` ran, figures/gpu_presets.csv)."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from emanb.report import paper_presets_table, results_table, timings_table

nb = json.loads((root / "nbs" / "index.ipynb").read_text())
parts = []
for cell in nb["cells"]:
    if cell["cell_type"] != "markdown": continue
    src = "".join(cell["source"])
    if src.lstrip().startswith("> "): src = src.replace("\n> ", "\n\n> ")
    parts.append(src.strip())
text = "\n\n".join(parts)
fig_dir = root / "figures"
text = (text.replace("{{results_table}}", results_table(fig_dir)).replace("{{timings_table}}", timings_table(fig_dir))
        .replace("{{paper_presets_table}}", paper_presets_table(fig_dir)))
text = "<!-- generated from nbs/index.ipynb and figures/*.json by scripts/make_readme.py: edit those, not this file -->\n\n" + text + "\n"
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "README.md"
out.write_text(text)
print(f"{out}: {len(text.splitlines())} lines")
