"""List the townships of the NBS 2023 division codes whose name is made only of generic words
(data/places/generic_unit_words.txt): 新材料产业园, 现代农业产业园, 农场, 经济开发区. Such a name
names a kind of body, not one place, even where the list has it once.

    python scripts/build_generic_townships.py [../shared/data/nbs-2023]

writes src/policyie/data/places/generic_townships.txt (one name per line, sorted).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "policyie" / "data" / "places"


def generic_words() -> list[str]:
    lines = (DATA / "generic_unit_words.txt").read_text(encoding="utf-8").splitlines()
    return [w.strip() for w in lines if w.strip() and not w.startswith("#")]


def is_generic(name: str, words: set[str], longest: int) -> bool:
    """Can the name be cut into generic words only (dynamic programming over its prefixes)?"""
    ok = [True] + [False] * len(name)
    for i in range(1, len(name) + 1):
        ok[i] = any(ok[j] and name[j:i] in words for j in range(max(0, i - longest), i))
    return ok[-1]


def main(nbs: Path) -> None:
    words = set(generic_words())
    longest = max(map(len, words))
    with open(nbs / "streets.csv", encoding="utf-8") as fh:
        names = {row["name"] for row in csv.DictReader(fh)}
    generic = sorted(n for n in names if is_generic(n, words, longest))
    header = ("# Townships of the NBS 2023 list named only by generic words (built by\n"
              "# scripts/build_generic_townships.py from generic_unit_words.txt; do not edit by hand)\n")
    (DATA / "generic_townships.txt").write_text(header + "\n".join(generic) + "\n", encoding="utf-8")
    print(f"{len(generic)} generic township names")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "nbs-2023")
