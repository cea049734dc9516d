"""Train the shipped statistical NER on the gold seeds and measure it on held-out documents.

    python scripts/train_seeds.py                  # folds + final model -> models/ner, card
    python scripts/train_seeds.py --no-final       # only the held-out figures

1. Leave-one-document-out over the five seed reports: train on four (`policyie.training.train`
   with the shipped config), score rules only and rules + model on the fifth with
   `policyie.evaluate`; counts are summed over the five held-out documents.
2. Train on all five, keep the statistical part (`training.ship`) in models/ner with the
   held-out figures in meta.json, and render docs/model-card.md (scripts/model_card.py).
Extra data: no silver (rule-annotated) text — the seeds are all the text there is, and rule
output on them would only teach the model the rules — but `--synthetic 2` copies of each
training piece with an ORG, under made-up names (township short name + an organization
suffix of the agency lexicon; `training.synthetic_names`).
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold" / "seeds.jsonl"
OUT = ROOT / "models" / "ner"
SYNTHETIC = 2


def _write(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _add(total: dict, scores: dict) -> None:
    """Sum entity counts per label, and relation counts (amount→purpose/agency/place/…) under
    "→name"."""
    items = list(scores["entities"].items()) + [(f"→{k}", c) for k, c in scores.get("relations", {}).items()]
    for label, c in items:
        t = total.setdefault(label, {"tp": 0, "gold": 0, "pred": 0})
        for k in ("tp", "gold", "pred"):
            t[k] += c[k]


def _prf(counts: dict) -> dict:
    out = {}
    for label, c in sorted(counts.items()):
        p = c["tp"] / c["pred"] if c["pred"] else 0.0
        r = c["tp"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[label] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), **c}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-steps", type=int, default=None, help="training steps (default: the config's)")
    ap.add_argument("--synthetic", type=int, default=SYNTHETIC,
                    help="copies of ORG pieces under made-up names (training.synthetic_names)")
    ap.add_argument("--labels", default=None, help="comma-separated labels the model learns (default: training.MODEL_LABELS)")
    ap.add_argument("--seed", type=int, default=0, help="random seed of training and synthetic names")
    ap.add_argument("--variance-seeds", type=int, nargs="*", default=[1],
                    help="also run the folds with these training seeds (ORG figures in the card)")
    ap.add_argument("--no-final", action="store_true", help="only the held-out folds, no shipped model")
    ap.add_argument("--no-folds", action="store_true", help="only the final model (keeps meta's figures)")
    ap.add_argument("--reuse", action="store_true", help="score fold pipelines already in --work")
    ap.add_argument("--work", type=Path, default=None, help="keep fold pipelines here (default: a temp dir)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    import policyie
    from policyie import training
    from policyie.gold import read_gold

    labels = tuple(args.labels.split(",")) if args.labels else training.MODEL_LABELS
    gold = read_gold(GOLD)
    for g in gold:                     # absolute file paths: the fold corpora live elsewhere
        g["file"] = str(ROOT / g["file"])
    work = args.work or Path(tempfile.mkdtemp(prefix="policyie-folds-"))
    work.mkdir(parents=True, exist_ok=True)
    # merge options scored on each fold (the first two are the card's main columns)
    variants = {"rules": None, "rules+model": {},
                "rules+model, require_kind off": {"require_kind": False},
                "rules+model, extend_places": {"extend_places": True}}
    summary, per_doc, fold_seconds, by_seed = {}, [], [], {}
    if not args.no_folds:
        rules = policyie.load()
        summary, per_doc, fold_seconds = _folds(gold, work, args.seed, variants, rules, args, labels)
        by_seed[str(args.seed)] = summary["rules+model"]["ORG"]
        for seed in args.variance_seeds:   # the same folds, another training seed: how stable is it?
            other = _folds(gold, work / f"seed{seed}", seed, {"rules+model": {}}, rules, args, labels)[0]
            by_seed[str(seed)] = other["rules+model"]["ORG"]
        (work / "heldout.json").write_text(json.dumps({"summary": summary, "per_doc": per_doc, "org_by_seed": by_seed},
                                                      ensure_ascii=False, indent=1), encoding="utf-8")
        _print(summary)
        print("ORG of rules+model by training seed:", json.dumps(by_seed))
    if args.no_final:
        return

    all_docs = _write(gold, work / "all.jsonl")
    start = time.perf_counter()
    model = training.train(all_docs, all_docs, work / "final", max_steps=args.max_steps,
                           synthetic=args.synthetic, labels=labels,
                                       seed=args.seed)
    seconds = round(time.perf_counter() - start, 1)
    previous = {}
    if args.no_folds and (args.out / "meta.json").exists():
        previous = {k: v for k, v in json.loads((args.out / "meta.json").read_text(encoding="utf-8"))["policyie"].items()
                    if k in ("heldout", "heldout_per_document", "heldout_train_seconds", "heldout_org_by_seed")}
    import spacy.util
    steps = spacy.util.load_config(model / "config.cfg")["training"]["max_steps"]
    meta = {
        "name": "policyie_ner",
        "version": policyie.__version__,
        "description": "Statistical NER (HashEmbedCNN tok2vec + transition-based ner) trained on the five "
                       "hand-checked seed reports, merged with the policyie rules (docs/training.md).",
        "license": "MIT",
        "policyie": {
            "data": {"train": "tests/data/gold/seeds.jsonl: 5 documents (all five seed reports), labels "
                              f"{', '.join(labels)}; documents cut into pieces of about 400 "
                              f"characters after line breaks; plus {args.synthetic} copies of each piece holding an ORG "
                              "with made-up organization names (training.synthetic_names); no silver data",
                     "documents": len(gold),
                     "characters": sum(len(g["text"]) for g in gold),
                     "entities": {label: sum(1 for g in gold for e in g["entities"] if e["label"] == label)
                                  for label in labels}},
            "evaluation": "leave-one-document-out over the five seeds (each fold trained on four, scored on "
                          "the fifth with `policyie.evaluate`); counts summed over the five held-out documents",
            "heldout": previous.get("heldout") or summary,
            "heldout_per_document": previous.get("heldout_per_document") or per_doc,
            "heldout_train_seconds": previous.get("heldout_train_seconds") or fold_seconds,
            "heldout_org_by_seed": previous.get("heldout_org_by_seed") or by_seed,
            "train_seconds": seconds,
            "max_steps": steps,
            "machine": f"{platform.machine()}, {_cores()} cores, shared",
            "command": "python scripts/train_seeds.py",
            "merge_policy": "docs/training.md#merge-policy",
        },
    }
    target = training.ship(model, args.out, meta)
    meta_path = target / "meta.json"
    data = json.loads(meta_path.read_text(encoding="utf-8"))
    data["policyie"]["size_bytes"] = training.size_bytes(target)
    meta_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"shipped {target} ({data['policyie']['size_bytes'] / 1e6:.2f} MB), trained in {seconds} s")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "model_card.py")], check=True)


def _folds(gold: list[dict], work: Path, seed: int, variants: dict, rules, args, labels) -> tuple[dict, list, list]:
    """Leave-one-document-out: train on all documents but one, score each variant on it."""
    import policyie
    from policyie import training
    from policyie.evaluate import evaluate

    heldout = {name: {} for name in variants}
    per_doc, seconds = [], []
    for i, held in enumerate(gold):
        fold = work / f"fold{i}"
        fold.mkdir(parents=True, exist_ok=True)
        train = _write([g for j, g in enumerate(gold) if j != i], fold / "train.jsonl")
        dev = _write([held], fold / "dev.jsonl")
        start = time.perf_counter()
        model = fold / "model" / "model-last"
        if not (args.reuse and model.exists()):
            model = training.train(train, dev, fold / "model", max_steps=args.max_steps,
                                   synthetic=args.synthetic, labels=labels, seed=seed)
        seconds.append(round(time.perf_counter() - start, 1))
        row = {"held_out": held["id"], "train_seconds": seconds[-1]}
        trained = policyie.load(model)
        merge = trained.get_pipe("policyie_ner_merge")
        for name, options in variants.items():
            if options is None:
                nlp = rules
            else:
                merge.extend_places = options.get("extend_places", False)
                merge.skip_generic = options.get("skip_generic", True)
                merge.require_kind = options.get("require_kind", True)
                nlp = trained
            scores = evaluate(nlp, [held]).to_dict()
            _add(heldout[name], scores)
            row[name] = {k: v["recall"] for k, v in scores["entities"].items() if k in ("ORG", "GPE")}
        per_doc.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return {name: _prf(counts) for name, counts in heldout.items()}, per_doc, seconds


def _cores() -> int:
    import os
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _print(summary: dict) -> None:
    labels = sorted({label for s in summary.values() for label in s if not label.startswith("→")}) + \
        sorted({label for s in summary.values() for label in s if label.startswith("→")})
    print(f"{'label':<10}" + "".join(f"{name:>34}" for name in summary))
    for label in labels:
        cells = []
        for s in summary.values():
            c = s.get(label)
            cells.append(f"{c['p']:.3f} {c['r']:.3f} {c['f']:.3f} ({c['tp']}/{c['gold']})" if c else "-")
        print(f"{label:<10}" + "".join(f"{c:>34}" for c in cells))


if __name__ == "__main__":
    main()
