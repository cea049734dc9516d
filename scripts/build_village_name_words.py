"""Add to data/places/village_name_words.txt the two-character words of place names that hold a
function character (和, 有, 全, 其, 于, 如 …: never in a village's name otherwise), taken from the
township names of the NBS 2023 division codes: a word that names at least two townships (伊和,
大有, 万全, 格其) is a word villages are named with too.

    python scripts/build_village_name_words.py [../shared/data/nbs-2023]

The hand-written words at the top of the file stay; the block after the marker line is rewritten.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "policyie" / "data" / "places" / "village_name_words.txt"
MARKER = "# --- from the NBS 2023 township names (scripts/build_village_name_words.py) ---"
SUFFIX = re.compile(r"(?:民族乡|民族苏木|地区办事处|办事处|街道|镇|乡|苏木)$")
# names of farms, companies and zones: their words are not place names
NOT_A_NAME = re.compile(r"公司|有限|国有|农场|林场|牧场|渔场|监狱|管委会|管理委员会|开发区|园区|区域|社区")
MIN_TOWNSHIPS = 2
# pairs that are a noun's end and a conjunction far more often than a name (村民和, 居民和)
NOT_NAME_WORDS = {"民和", "员和", "户和", "们和", "与发", "护与", "由路", "和路", "和新", "和集", "向家"}


def main(argv: list[str]) -> int:
    from policyie.places import _NOT_IN_VILLAGE

    src = Path(argv[0]) if argv else ROOT.parent / "shared" / "data" / "nbs-2023"
    with open(src / "streets.csv", encoding="utf-8") as f:
        names = [row[1] for row in csv.reader(f) if row and row[0].isdigit()]
    counts: Counter[str] = Counter()
    for name in names:
        if NOT_A_NAME.search(name):
            continue
        stem = SUFFIX.sub("", name)
        words = {stem[i:i + 2] for i in range(len(stem) - 1)}
        counts.update(w for w in words if any(c in _NOT_IN_VILLAGE for c in w))
    lines = OUT.read_text(encoding="utf-8").splitlines()
    head = lines[:lines.index(MARKER)] if MARKER in lines else lines
    kept = set(head)
    new = sorted(w for w, n in counts.items() if n >= MIN_TOWNSHIPS and w not in kept and w not in NOT_NAME_WORDS)
    OUT.write_text("\n".join(head + [MARKER] + new) + "\n", encoding="utf-8")
    print(f"{len(new)} words from {len(names)} townships -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
