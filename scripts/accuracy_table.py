#!/usr/bin/env python
"""The README's accuracy table (Markdown) from `policyie evaluate … --json scores.json`:
the test split by genre, then dev and the seeds beside it.

    policyie evaluate tests/data/corpus tests/data/gold/seeds.jsonl --json scores.json
    python scripts/accuracy_table.py scores.json
"""
from __future__ import annotations

import json
import sys

ROWS = [
    ("money amounts found", lambda d: d["records"]["amount_recall"]),
    ("… exact value, unit, qualifier, rate", lambda d: d["money_value_accuracy"]),
    ("wrong values (count)", lambda d: d["wrong_values"]),
    ("MONEY F1", lambda d: d["entities"].get("MONEY", {}).get("f1")),
    ("PERCENT F1", lambda d: d["entities"].get("PERCENT", {}).get("f1")),
    ("places (GPE) F1", lambda d: d["entities"].get("GPE", {}).get("f1")),
    ("… adcode right", lambda d: d["place_adcode_accuracy"]),
    ("government agencies F1", lambda d: d["government_agencies"]["f1"]),
    ("… canonical name right", lambda d: d["agency_canonical_accuracy"]),
    ("ORG (agencies and organizations) F1", lambda d: d["entities"].get("ORG", {}).get("f1")),
    ("record kind", lambda d: d["records"]["kind"]),
    ("record purpose (F1 ≥ 0.8, null = null)", lambda d: d["records"]["purpose"]),
    ("purpose F1 ≥ 0.5, of annotated", lambda d: d["records"]["purpose_annotated_f1_0.5"]),
    ("purpose F1 ≥ 0.8, of annotated", lambda d: d["records"]["purpose_annotated_f1_0.8"]),
    ("record fund", lambda d: d["records"]["fund"]),
    ("record beneficiary", lambda d: d["records"]["beneficiary"]),
    ("record agency (canonical)", lambda d: d["records"]["agency"]),
    ("record agency (as written)", lambda d: d["records"]["agency_written"]),
    ("record place (adcode)", lambda d: d["records"]["place"]),
    ("record year", lambda d: d["records"]["year"]),
]


def cell(v) -> str:
    if v is None:
        return "—"
    return str(v) if isinstance(v, int) else f"{v:.3f}"


def main(path: str) -> None:
    groups = json.load(open(path, encoding="utf-8"))
    genres = sorted(k.split("/", 1)[1] for k in groups if k.startswith("test/"))
    cols = [("test", "**test**")] + [(f"test/{g}", g) for g in genres] + [("dev", "dev"), ("dev/seeds", "seeds")]
    cols = [(k, h) for k, h in cols if k in groups]
    print("| | " + " | ".join(h for _, h in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    print("| documents | " + " | ".join(str(groups[k]["documents"]) for k, _ in cols) + " |")
    for name, get in ROWS:
        print(f"| {name} | " + " | ".join(cell(get(groups[k])) for k, _ in cols) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
