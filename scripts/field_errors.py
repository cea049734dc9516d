#!/usr/bin/env python
"""List the errors of one field on the dev split (and the seeds), grouped by a short reason,
largest group first, so that work on a field starts from its largest error class.

Usage::

    python scripts/field_errors.py FIELD [--corpus tests/data/corpus] [--seeds tests/data/gold/seeds.jsonl]
                                         [--genre news] [--no-seeds] [--max 8] [--json errors.jsonl]

FIELD is a record field (kind, purpose, fund, beneficiary, agency, agency_written, place,
year), `amount` (missed amounts and wrong values), `percent`, `place_mention` or
`government` (agency mentions). Fields are judged exactly as `policyie evaluate` judges them.

The test split is never read here: its errors are not for reading (README, "How we measure").
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from policyie.evaluate import (RECORD_FIELDS, field_right, same_field, gold_value, pred_value, predicted_records,
                               purpose_f1, scored)

SPAN_FIELDS = ("amount", "percent", "place_mention", "government")


def _short(s, n=40):
    if s is None:
        return "—"
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def record_errors(name: str, doc, g: dict) -> list[tuple[str, dict]]:
    """(reason, detail) for each gold record of `g` whose field `name` is wrong."""
    records = predicted_records(doc)
    out = []
    for gr in g.get("records", []):
        if not scored(name, gr):
            continue
        r = records.get((gr["start"], gr["end"]))
        if r is None:
            continue                       # a missed amount is the `amount` field's error
        if field_right(name, r, gr):
            continue
        want, got = gold_value(name, gr), pred_value(name, r)
        if want is None:
            reason = "predicted where gold has none"
        elif got is None:
            reason = "none predicted"
        elif name == "purpose":
            f1 = purpose_f1(r, gr)
            w, p = "".join(want.split()), "".join(got.split())
            reason = ("too long (contains gold)" if w in p else "too short (inside gold)" if p in w
                      else "partial (F1 ≥ 0.5)" if f1 >= 0.5 else "other phrase (F1 < 0.5)")
        elif name == "kind":
            reason = f"{want} → {got}"
        elif name == "place":
            reason = ("other level" if str(want)[:2] == str(r.get("adcode") or "")[:2] else "other province")
        elif name == "year":
            reason = "later" if got > want else "earlier"
        else:
            reason = "other value"
        text = g["text"]
        sent = text[max(0, gr["start"] - 60): gr["end"] + 30]
        why = r.get("why") or {}
        if isinstance(why, str):
            why = dict(part.split(": ", 1) for part in why.split("; ") if ": " in part)
        out.append((reason, {"doc": g.get("id"), "amount": gr["text"], "gold": want, "pred": got,
                             "context": sent, "why": why.get(name.split("_")[0])}))
    return out


def span_errors(name: str, doc, g: dict) -> list[tuple[str, dict]]:
    text = g["text"]
    if name == "amount":
        want = {(e["start"], e["end"]): e for e in g.get("entities", []) if e["label"] == "MONEY"}
        got = {(q["start"], q["end"]): q for q in doc._.quantities or () if q["kind"] == "money"}
    elif name == "percent":
        want = {(e["start"], e["end"]): e for e in g.get("entities", []) if e["label"] == "PERCENT"}
        got = {(q["start"], q["end"]): q for q in doc._.quantities or () if q["kind"] == "percent"}
    elif name == "place_mention":
        want = {(p["start"], p["end"]): p for p in g.get("places", [])}
        got = {(e.start_char, e.end_char): {"adcode": e._.place.adcode if e._.place else None}
               for e in doc.ents if e.label_ == "GPE"}
    else:
        want = {(e["start"], e["end"]): e for e in g.get("entities", [])
                if e["label"] == "ORG" and (e.get("government") or e.get("department"))}
        got = {(a["start"], a["end"]): a for a in doc._.agencies or () if a.get("department")}
    out = []
    for key, e in want.items():
        ctx = text[max(0, key[0] - 25): key[1] + 25]
        if key in got:
            q = got[key]
            if name in ("amount", "percent"):
                bad = [f for f in ("value", "low", "high", "unit", "qualifier", "per") if f in e and not same_field(f, q.get(f), e.get(f))]
                if bad:
                    out.append((f"wrong {'/'.join(bad)}", {"doc": g.get("id"), "text": e["text"],
                                "gold": {f: e.get(f) for f in bad}, "pred": {f: q.get(f) for f in bad}, "context": ctx}))
            elif name == "place_mention" and e.get("adcode") and q.get("adcode") != e.get("adcode"):
                out.append(("wrong code", {"doc": g.get("id"), "text": e["text"], "gold": e.get("adcode"),
                                           "pred": q.get("adcode"), "context": ctx}))
            continue
        overlap = [k for k in got if k[0] < key[1] and key[0] < k[1]]
        reason = "boundary" if overlap else "missed"
        out.append((reason, {"doc": g.get("id"), "text": e["text"],
                             "pred": [text[a:b] for a, b in overlap] or None, "context": ctx}))
    for key in got:
        if key not in want and not any(k[0] < key[1] and key[0] < k[1] for k in want):
            out.append(("spurious", {"doc": g.get("id"), "text": text[key[0]:key[1]],
                                     "context": text[max(0, key[0] - 25): key[1] + 25]}))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("field", choices=RECORD_FIELDS + SPAN_FIELDS)
    ap.add_argument("--corpus", default="tests/data/corpus")
    ap.add_argument("--seeds", default="tests/data/gold/seeds.jsonl")
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--seeds-only", action="store_true")
    ap.add_argument("--genre", help="only this genre")
    ap.add_argument("--split", default="dev", help="the corpus split to read (dev, or a set of your own; never test)")
    ap.add_argument("--why", action="store_true", help="show the linker's reason for each predicted value")
    ap.add_argument("--max", type=int, default=8, help="examples shown per reason")
    ap.add_argument("--segmenter", default="pkuseg")
    ap.add_argument("--json", help="also write every error as JSONL here")
    args = ap.parse_args(argv)

    import policyie
    from policyie.corpus import read_corpus

    docs = [] if args.seeds_only else read_corpus(args.corpus, split=args.split)
    if not args.no_seeds:
        docs += read_corpus(args.seeds)
    if args.genre:
        docs = [d for d in docs if (d.get("genre") or "seeds") == args.genre]
    if any(d.get("split") == "test" for d in docs):
        sys.exit("refusing to list errors of the test split")
    nlp = policyie.load(segmenter=args.segmenter)
    groups: dict[str, list[dict]] = defaultdict(list)
    for g in docs:
        doc = nlp(g["text"])
        errs = span_errors(args.field, doc, g) if args.field in SPAN_FIELDS else record_errors(args.field, doc, g)
        for reason, detail in errs:
            groups[reason].append(detail)
    total = sum(len(v) for v in groups.values())
    print(f"{args.field}: {total} errors on dev{'' if args.no_seeds else ' + seeds'} ({len(docs)} documents)")
    for reason, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {reason} — {len(items)}")
        for d in items[: args.max]:
            parts = [f"{d['doc']}", _short(d.get("amount") or d.get("text"), 24)]
            if "gold" in d:
                parts.append(f"gold {_short(d['gold'])}")
            if "pred" in d:
                parts.append(f"pred {_short(d['pred'])}")
            print("  " + " | ".join(parts) + f"\n      …{_short(d['context'], 110)}…")
            if args.why and d.get("why"):
                print(f"      why: {d['why']}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for reason, items in groups.items():
                for d in items:
                    fh.write(json.dumps({"reason": reason, **d}, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
