#!/usr/bin/env python
"""Train the learned purpose chooser (`policyie.purpose_model`) on the corpus dev split, the
seeds and other annotated sets (never the test split).

    python scripts/train_purpose_model.py --extra tests/data/fresh --cv 5    # rules vs chooser, by fold
    python scripts/train_purpose_model.py --extra tests/data/fresh --write --margin 0.2

Each gold amount the pipeline finds gives one example per option (every candidate phrase the
purpose paths propose, and "no purpose"); an option is right when its character F1 against the
annotated purpose is at least 0.8 (no purpose is right when none is annotated), as
`policyie evaluate` judges it. Cross-validation is by document.
"""
from __future__ import annotations

import sys

from learned_models import extra_ids, folds, options, training_docs, weighted


def collect(corpus: str, seeds: str, extra: list[str] = ()) -> list[tuple[str, list[dict], dict]]:
    """(doc id, options, gold record) for every gold amount with a purpose field the pipeline finds."""
    import policyie
    import policyie.components.records as component
    from policyie.evaluate import scored
    from policyie.linking import Linker

    docs = training_docs(corpus, seeds, extra)
    nlp = policyie.load(segmenter="char")
    nlp.get_pipe("policyie_records")._linker = Linker(kind_model="default", keep_candidates=True)
    plain = component.make_record

    def keep(linked, quantity, text):
        out = plain(linked, quantity, text)
        out["_candidates"] = linked.get("_candidates")
        return out
    component.make_record = keep
    out = []
    try:
        for g in docs:
            doc = nlp(g["text"])
            got = {(r["start"], r["end"]): r for r in doc._.records}
            for gr in g.get("records", []):
                r = got.get((gr["start"], gr["end"]))
                if r is None or not scored("purpose", gr) or not r.get("_candidates"):
                    continue
                out.append((g.get("id") or "seed", r["_candidates"], gr))
    finally:
        component.make_record = plain
    return out


def right(option: dict, gr: dict) -> bool:
    from policyie.evaluate import purpose_f1
    if option["start"] is None:
        return gr.get("purpose") is None
    if gr.get("purpose") is None:
        return False
    return purpose_f1({"purpose": option["text"], "purpose_start": option["start"],
                       "purpose_end": option["end"]}, gr) >= 0.8


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__.splitlines()[0])
    ap.add_argument("--margin", type=float, default=0.1)
    ap.add_argument("--none-floor", type=float, default=0.5)
    args = ap.parse_args(argv)
    from policyie.kind_model import _why_type
    from policyie.purpose_model import MODEL_FILE, PurposeModel, train

    data = collect(args.corpus, args.seeds, args.extra)
    extra = extra_ids(args.extra)
    n = len(data)
    rule_right = sum(right(next((o for o in opts if o["rule"]), opts[-1]), gr) for _, opts, gr in data)
    oracle = sum(any(right(o, gr) for o in opts) for _, opts, gr in data)
    print(f"{n} amounts; rules right {rule_right / n:.3f}; some option right {oracle / n:.3f}")
    if args.cv:
        fold = folds((d for d, *_ in data), args.cv)
        margins = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)
        got = {m: 0 for m in margins}
        # the corpus and the seeds apart: their annotators' conventions are those scores are measured by
        corpus_n = sum(d not in extra for d, *_ in data)
        corpus_a = sum(d not in extra and gr.get("purpose") is not None for d, _, gr in data)
        got_c = {m: [0, 0] for m in margins}
        rule_c = [0, 0]
        annotated = sum(gr.get("purpose") is not None for *_, gr in data)
        got_a = {m: 0 for m in margins}
        rule_a = sum(gr.get("purpose") is not None and right(next((o for o in opts if o["rule"]), opts[-1]), gr)
                     for _, opts, gr in data)
        by_why: dict[str, list[int]] = {}
        for f in range(args.cv):
            train_on = weighted([x for x in data if fold[x[0]] != f], extra, args.corpus_weight)
            scorer = train([(o["features"], right(o, gr)) for d, opts, gr in train_on for o in opts],
                           l2=args.l2, epochs=args.epochs).scorer
            for d, opts, gr in data:
                if fold[d] != f:
                    continue
                for m in margins:
                    model = PurposeModel(scorer=scorer, margin=m, none_floor=args.none_floor)
                    record = {"why": {"purpose": opts[0]["why"]}}
                    choice = model.choose(opts, record)
                    if choice is None:
                        pick = next((o for o in opts if o["rule"]), opts[-1])
                    else:
                        pick = next(o for o in opts if o["start"] == choice[0] and o["end"] == choice[1])
                    ok = right(pick, gr)
                    if m == args.margin:
                        key = _why_type(next((o for o in opts if o["rule"]), opts[-1])["why"])
                        by_why.setdefault(key, [0, 0, 0])
                        by_why[key][0] += 1
                        by_why[key][1] += right(next((o for o in opts if o["rule"]), opts[-1]), gr)
                        by_why[key][2] += ok
                    got[m] += ok
                    got_a[m] += ok and gr.get("purpose") is not None
                    if d not in extra:
                        got_c[m][0] += ok
                        got_c[m][1] += ok and gr.get("purpose") is not None
                if d not in extra:
                    by_rule = right(next((o for o in opts if o["rule"]), opts[-1]), gr)
                    rule_c[0] += by_rule
                    rule_c[1] += by_rule and gr.get("purpose") is not None
        print(f"rules: {rule_right / n:.3f} (of annotated {rule_a / annotated:.3f})")
        print(f"by the rules' reason, at margin {args.margin}: amounts, rules right, chooser right")
        for key, (n_, r_, c_) in sorted(by_why.items(), key=lambda x: -x[1][0]):
            print(f"  {n_:5d} {r_ / n_:.2f} {c_ / n_:.2f}  {key}")
        if extra and corpus_n and corpus_a:
            print(f"corpus and seeds, rules: {rule_c[0] / corpus_n:.3f} (of annotated {rule_c[1] / corpus_a:.3f})")
        for m in margins:
            line = f"chooser at margin {m}: {got[m] / n:.3f} (of annotated {got_a[m] / annotated:.3f})"
            if extra and corpus_n and corpus_a:
                line += f"; corpus and seeds {got_c[m][0] / corpus_n:.3f} (of annotated {got_c[m][1] / corpus_a:.3f})"
            print(line)
    if args.write:
        model = train([(o["features"], right(o, gr)) for _, opts, gr in weighted(data, extra, args.corpus_weight)
                       for o in opts],
                      margin=args.margin, none_floor=args.none_floor, l2=args.l2, epochs=args.epochs)
        model.save(MODEL_FILE)
        print(f"wrote {MODEL_FILE} ({len(model.scorer.weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
