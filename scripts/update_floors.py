#!/usr/bin/env python
"""Write the regression floors of the test split (tests/data/corpus/floors.json) from a
measurement: the figures `policyie evaluate tests/data/corpus --split test` prints, nothing
else (no errors are read). Run it only at the end of a piece of work whose figures rose, and
commit the file with the change; CI fails when a figure drops below its floor.

    python scripts/update_floors.py [--check]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "data" / "corpus" / "floors.json"


def measure(nlp=None) -> dict:
    """The floored figures of the test split, one number each (a count for wrong values)."""
    import policyie
    from policyie.corpus import read_corpus
    from policyie.evaluate import evaluate

    d = evaluate(nlp or policyie.load(), read_corpus(ROOT / "tests" / "data" / "corpus", split="test")).to_dict()
    out = {f"{label} f1": d["entities"][label]["f1"] for label in ("MONEY", "PERCENT", "GPE", "ORG")}
    out["government agencies f1"] = d["government_agencies"]["f1"]
    out["amounts found"] = d["records"]["amount_recall"]
    out["amount exact"] = d["money_value_accuracy"]
    out["place adcode"] = d["place_adcode_accuracy"]
    out["agency canonical"] = d["agency_canonical_accuracy"]
    for k in ("kind", "purpose", "fund", "beneficiary", "agency", "agency_written", "place", "year",
              "purpose_annotated_f1_0.8", "purpose_annotated_f1_0.5"):
        out[f"record {k}"] = d["records"][k]
    out["wrong values (at most)"] = d["wrong_values"]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the committed floors")
    args = ap.parse_args(argv)
    now = measure()
    if args.check:
        floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
        for k, v in floors.items():
            print(f"{k:<34}{v!s:>8}{now.get(k)!s:>8}")
        return 0
    FLOORS.write_text(json.dumps({
        "about": "Regression floors on the corpus test split (measured; scripts/update_floors.py). "
                 "A figure below its floor fails CI; 'at most' entries are ceilings.",
        "floors": now}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(now, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
