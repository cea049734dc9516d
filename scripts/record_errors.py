#!/usr/bin/env python
"""List the gold funding records the linker gets wrong, to find the general patterns behind them.

Usage::

    python scripts/record_errors.py [tests/data/gold/seeds.jsonl] [--field purpose] [--all]
                                    [--json errors.jsonl]

For each gold record (one per money amount) with at least one wrong field among kind, purpose,
agency, place and year, prints the document, the amount, its sentence (as the linker cut it)
and, field by field, expected vs predicted; a wrong field is marked ``✗``. Fields are judged as
`policyie evaluate` judges them (purpose: character F1 >= 0.8 between the two phrases' offsets),
and the closing line gives the same shares, so the two can be checked against each other.

``--field`` shows only records wrong in that field (repeatable); ``--all`` shows every record;
``--json`` also writes one JSON object per shown record.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FIELDS = ("kind", "purpose", "agency", "place", "year")


def judge(gr: dict, r: dict) -> dict[str, bool]:
    """Which fields of predicted record `r` are right against gold record `gr`."""
    from policyie.evaluate import char_f1

    if gr["purpose"] is None:
        purpose_ok = r["purpose"] is None
    else:
        purpose_ok = r["purpose"] is not None and char_f1(
            r["purpose_start"], r["purpose_end"], gr["purpose_start"], gr["purpose_start"] + len(gr["purpose"])) >= 0.8
    return {
        "kind": r["kind"] == gr["kind"],
        "purpose": purpose_ok,
        "agency": r["agency"] == gr["agency"],
        "place": gr["place"] in (r["adcode"], r["place"]) or (gr["place"] is None and r["place"] is None),
        "year": r["year"] == gr["year"],
    }


def _shown(value, start=None) -> str:
    if value is None:
        return "—"
    return f"{value} @{start}" if start is not None else str(value)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default="tests/data/gold/seeds.jsonl")
    ap.add_argument("--field", action="append", choices=FIELDS, help="only records wrong in this field")
    ap.add_argument("--all", action="store_true", help="show right records too")
    ap.add_argument("--json", help="also write the shown records as JSONL here")
    ap.add_argument("--width", type=int, default=160, help="cut sentences longer than this")
    args = ap.parse_args(argv)

    import policyie
    from policyie.evaluate import read_gold

    nlp = policyie.load()
    right = dict.fromkeys(FIELDS, 0)
    found = missing = 0
    shown = []
    for g in read_gold(args.gold):
        text = g["text"]
        doc = nlp(text)
        predicted = {(r["start"], r["end"]): r for r in doc._.records or ()}
        for gr in g.get("records", []):
            r = predicted.get((gr["start"], gr["end"]))
            if r is None:
                missing += 1
                print(f"[{g['id']}] {gr['text']} @{gr['start']}: amount not found\n")
                continue
            found += 1
            ok = judge(gr, r)
            for f in FIELDS:
                right[f] += ok[f]
            wrong = [f for f in FIELDS if not ok[f]]
            if not args.all and (not wrong or (args.field and not set(args.field) & set(wrong))):
                continue
            sentence = text[r["sentence_start"]:r["sentence_end"]].strip().replace("\n", "⏎")
            if len(sentence) > args.width:
                # keep the part around the amount
                at = max(0, gr["start"] - r["sentence_start"] - args.width // 2)
                sentence = ("…" if at else "") + sentence[at:at + args.width] + "…"
            print(f"[{g['id']}] {gr['text']} @{gr['start']}  wrong: {', '.join(wrong) or '-'}")
            print(f"  sentence: {sentence}")
            expected = {"kind": gr["kind"], "purpose": _shown(gr["purpose"], gr.get("purpose_start")),
                        "agency": gr["agency"], "place": gr["place"], "year": gr["year"]}
            got = {"kind": r["kind"], "purpose": _shown(r["purpose"], r["purpose_start"]),
                   "agency": r["agency"], "place": f"{r['adcode'] or '-'} {r['place'] or ''}".strip(),
                   "year": r["year"]}
            for f in FIELDS:
                mark = "✗" if not ok[f] else " "
                print(f"  {mark} {f:<8} expected {_shown(expected[f])!s:<40} got {_shown(got[f])}")
            print()
            shown.append({"doc": g["id"], "start": gr["start"], "text": gr["text"], "wrong": wrong,
                          "sentence": sentence, "expected": expected, "predicted": got})
    if args.json:
        Path(args.json).write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in shown), encoding="utf-8")
    shares = ", ".join(f"{f} {right[f] / found:.4f}" for f in FIELDS) if found else "no records found"
    print(f"{found} records found, {missing} missing; right of found: {shares}; shown {len(shown)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
