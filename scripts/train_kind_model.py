#!/usr/bin/env python
"""Train the learned kind model (`policyie.kind_model`) on the corpus dev split and the seeds.

    python scripts/train_kind_model.py [--cv 5]        # cross-validated accuracy, rules vs model
    python scripts/train_kind_model.py --write          # fit on all of dev + seeds, write the model
    python scripts/train_kind_model.py --extra tests/data/fresh --cv 5   # also the fresh batches

The features are read from the rules' own run (the model disabled), so the model learns where
the rules' decision, in its context, tends to be wrong. The test split is never read.
"""
from __future__ import annotations

import sys

from learned_models import extra_ids, folds, options, training_docs, weighted


def examples(corpus: str, seeds: str, extra: list[str] = ()) -> list[tuple[str, list[str], str, str]]:
    """(doc id, features, rule kind, gold kind) for every gold amount the pipeline finds."""
    import policyie
    from policyie.kind_model import overrules
    from policyie.linking import Linker

    docs = training_docs(corpus, seeds, extra)
    calls: list[tuple[list[str], str, bool]] = []

    def capture(self, ctx, q, kind, why, previous, sent_start, sent_end, article):
        calls.append((self.kind_features(ctx, q, kind, why, previous, sent_start, sent_end, article), kind,
                      overrules(why)))
        return kind, why

    Linker._second_opinion = capture
    nlp = policyie.load()
    out = []
    for g in docs:
        calls.clear()
        doc = nlp(g["text"])
        gold = {(r["start"], r["end"]): r.get("kind") for r in g.get("records", [])}
        for r, (feats, rule, weak) in zip(doc._.records, calls):
            want = gold.get((r["start"], r["end"]))
            if want:
                out.append((g.get("id") or "seed", feats, rule, want, weak))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = options(__doc__.splitlines()[0])
    ap.add_argument("--threshold", type=float, default=0.6)
    args = ap.parse_args(argv)
    from policyie.kind_model import MODEL_FILE, train

    data = examples(args.corpus, args.seeds, args.extra)
    extra = extra_ids(args.extra)
    print(f"{len(data)} amounts; rules right on {sum(r == y for _, _, r, y, _ in data) / len(data):.3f}")
    if args.cv:
        fold = folds((d for d, *_ in data), args.cv)
        thresholds = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
        right = {t: 0 for t in thresholds}
        right_c = {t: 0 for t in thresholds}
        for f in range(args.cv):
            train_on = weighted([x for x in data if fold[x[0]] != f], extra, args.corpus_weight)
            model = train([(x, y) for d, x, _, y, _ in train_on], l2=args.l2, epochs=args.epochs)
            for d, x, rule, y, weak in data:
                if fold[d] == f:
                    label, p = model.predict(x)
                    for t in thresholds:
                        ok = (label if p >= t and weak else rule) == y
                        right[t] += ok
                        right_c[t] += ok and d not in extra
        n_c = sum(d not in extra for d, *_ in data)
        for t in thresholds:
            line = f"model at threshold {t}: {right[t] / len(data):.3f}"
            if n_c and extra:
                line += f" (corpus and seeds {right_c[t] / n_c:.3f}, extra sets {(right[t] - right_c[t]) / (len(data) - n_c):.3f})"
            print(line)
    if args.write:
        model = train([(x, y) for _, x, _, y, _ in weighted(data, extra, args.corpus_weight)],
                      l2=args.l2, epochs=args.epochs, threshold=args.threshold)
        model.save(MODEL_FILE)
        print(f"wrote {MODEL_FILE} ({len(model.weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
