"""Folders of real articles for the corpus tests: the seeds, the stories test's written
reports, and lightly perturbed copies of each (a paragraph dropped or moved, a number
changed), as an agency's story reappears on many sites."""

from __future__ import annotations

import random
import re
from pathlib import Path

from tests.app.test_stories import BANK, FLOOD_A, FLOOD_B, FOOTBALL, GRAIN

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
POLNEAR = ROOT.parent / "shared" / "data" / "polnear"


def perturb(text: str, rng: random.Random) -> str:
    """A copy as another site might carry it; never the same text."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    for _ in range(2):
        op = rng.randrange(3)
        if op == 0 and len(paras) > 3:
            del paras[rng.randrange(1, len(paras))]
        elif op == 1 and len(paras) > 3:
            i, j = rng.sample(range(1, len(paras)), 2)
            paras[i], paras[j] = paras[j], paras[i]
        else:
            k = rng.randrange(len(paras))
            paras[k] = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), paras[k], count=1)
    out = "\n\n".join(paras) + "\n"
    return out if out != text else out + "\nThis article was updated.\n"


def written_folder(folder: Path, copies: int = 3, seed: int = 7) -> list[Path]:
    """The eight base articles and ``copies`` perturbed copies of each, as .txt files."""
    rng = random.Random(seed)
    bases = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    bases += [FLOOD_A, FLOOD_B, BANK, FOOTBALL, GRAIN]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for b, text in enumerate(bases):
        seen = {text}
        for c in range(copies + 1):
            copy = perturb(text, rng) if c else text
            if copy in seen:  # two copies cut alike would be one file twice
                copy += f"\nUpdated {c} times.\n"
            seen.add(copy)
            path = folder / f"{b:02d}_{c}.txt"
            path.write_text(copy, encoding="utf-8")
            paths.append(path)
    return paths
