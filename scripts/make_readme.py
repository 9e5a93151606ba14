"""Build README.md (or the path given as the first argument) from nbs/index.ipynb without Quarto (nbdev_readme needs it; it cannot be installed offline).

Markdown cells are copied as they are; code cells are skipped (the README shows commands, not a session)."""
import json, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root / "nbs" / "index.ipynb").read_text())
parts = []
for cell in nb["cells"]:
    if cell["cell_type"] != "markdown": continue
    src = "".join(cell["source"])
    if src.lstrip().startswith("> "): src = src.replace("\n> ", "\n\n> ")
    parts.append(src.strip())
text = "\n\n".join(parts)
text = "<!-- generated from nbs/index.ipynb by scripts/make_readme.py: edit the notebook, not this file -->\n\n" + text + "\n"
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "README.md"
out.write_text(text)
print(f"{out}: {len(text.splitlines())} lines")
