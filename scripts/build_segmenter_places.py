"""Write the place-name word list the segmenter forces as whole words.

    python scripts/build_segmenter_places.py

Reads the bundled gazetteer (src/policyie/data/gazetteer) and writes
src/policyie/data/segmenter_places.txt: the full names of every current province-, prefecture-
and county-level unit and of every township-level unit of three or more characters, sorted.
Run it again after rebuilding the gazetteer. Shipping the list (instead of deriving it at load
time) keeps `policyie.load()` from reading the whole gazetteer.
"""
from pathlib import Path

from policyie.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    gaz = Gazetteer(ROOT / "src" / "policyie" / "data" / "gazetteer")
    names = {u.name for u in gaz.units.values()}
    names.update(u.name for units in gaz.townships_by_county.values() for u in units if len(u.name) >= 3)
    out = ROOT / "src" / "policyie" / "data" / "segmenter_places.txt"
    out.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} names to {out}")


if __name__ == "__main__":
    main()
