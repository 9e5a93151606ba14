"""Build README.md from nbs/index.ipynb without Quarto (nbdev_readme needs it; it cannot be installed offline).

Markdown cells are copied as they are; code cells are skipped (the README shows commands, not a session)."""
import json
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
(root / "README.md").write_text(text)
print(f"README.md: {len(text.splitlines())} lines")
