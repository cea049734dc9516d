"""Train the shipped statistical NER on the corpus dev split + the seeds, measure it, ship it.

    python scripts/train_corpus.py                 # folds + final model -> models/ner, card
    python scripts/train_corpus.py --no-folds      # final model only (keeps meta's fold figures)
    python scripts/train_corpus.py --extra tests/data/fresh --heldout DIR   # also the fresh batches;
                                                   # merge options also scored on a set nobody trained on

1. Folds: the 50 dev passages and the 5 seed reports in 3 folds (fixed by sorted id); each
   fold model is trained on the other two (`policyie.training.train`, shipped config) and
   scored, with `policyie.evaluate`, against the rules alone on its held-out third
   (`--reuse --work DIR` rescores fold models kept in DIR, relearning their names). Variants
   of the merge policy are scored with the same fold models; this is where the policy was
   chosen (docs/training.md#merge-policy).
2. Final: trained on all of dev + seeds, its statistical part kept in models/ner
   (`training.ship`), and scored once on the corpus test split, rules alone vs rules + model:
   aggregate counts per label and record field only (the test split's errors are not read).
3. docs/model-card.md is rendered from models/ner/meta.json (scripts/model_card.py).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
SEEDS = ROOT / "tests" / "data" / "gold" / "seeds.jsonl"
OUT = ROOT / "models" / "ner"
FOLDS = 3
#: merge options scored on the folds; "rules+model" is the shipped policy (ner.cfg)
VARIANTS = {
    "rules": None,
    "rules+model": {},
    "without learnt names": {"use_phrases": False},
    "with rejected names": {"use_rejected": True},
    "with model ORG": {"labels": ("ORG",)},
    "with model ORG+GPE, extend": {"labels": ("ORG", "GPE"), "extend_places": True, "extend_agencies": True},
}
ENTITY_LABELS = ("ORG", "GPE", "MONEY", "PERCENT", "QUANTITY", "DATE")


def _write(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _summary(scores) -> dict:
    """Counts and P/R/F per entity label, per record relation (→field), and record shares."""
    d = scores.to_dict()
    out = {}
    items = [(k, c) for k, c in d["entities"].items()] + [(f"→{k}", c) for k, c in d["relations"].items()]
    for label, c in items:
        out[label] = {"p": c["precision"], "r": c["recall"], "f": c["f1"], "tp": c["tp"], "gold": c["gold"],
                      "pred": c["pred"]}
    out["records"] = {k: d["records"][k] for k in ("amount_recall", "kind", "purpose", "fund", "beneficiary",
                                                    "agency", "agency_written", "place", "year")}
    return out


def _score_variants(model_dir: Path, docs: list[dict], rules, variants: dict) -> dict:
    import policyie
    from policyie.evaluate import Scores, evaluate

    trained = policyie.load(model_dir)
    merge = trained.get_pipe("policyie_ner_merge")
    defaults = dict(merge.__dict__)
    out = {}
    for name, options in variants.items():
        if options is None:
            out[name] = evaluate(rules, docs)
            continue
        merge.__dict__.update(defaults)
        for key, value in options.items():
            setattr(merge, key, value)
        out[name] = evaluate(trained, docs)
    merge.__dict__.update(defaults)
    return out


def folds(gold: list[dict], work: Path, args, rules) -> tuple[dict, list]:
    from policyie import training
    from policyie.evaluate import Scores

    parts = [[] for _ in range(FOLDS)]
    corpus = sorted((g for g in gold if g.get("gold_format") == "corpus"), key=lambda g: g["id"])
    seeds = [g for g in gold if g.get("gold_format") != "corpus"]
    for i, g in enumerate(corpus):
        parts[i % FOLDS].append(g)
    for i, g in enumerate(seeds):
        parts[i % FOLDS].append(g)
    totals = {name: Scores() for name in VARIANTS}
    seconds = []
    for i in range(FOLDS):
        fold = work / f"fold{i}"
        fold.mkdir(parents=True, exist_ok=True)
        train = _write([g for j, p in enumerate(parts) if j != i for g in p], fold / "train.jsonl")
        held = _write(parts[i], fold / "held.jsonl")
        start = time.perf_counter()
        model = fold / "model" / "model-last"
        if not (args.reuse and model.exists()):
            model = training.train(train, held, fold / "model", max_steps=args.max_steps, seed=args.seed,
                                   synthetic=args.synthetic)
        else:                          # the learnt names as the current code learns them
            records = training.read_records(train)
            training.write_phrases(model, training.learn_phrases(records, training.MODEL_LABELS),
                                   training.learn_rejected(records, rules))
        seconds.append(round(time.perf_counter() - start, 1))
        for name, s in _score_variants(model, parts[i], rules, VARIANTS).items():
            totals[name].merge(s)
        print(f"fold {i}: {len(parts[i])} held out, trained in {seconds[-1]} s", flush=True)
    return {name: _summary(s) for name, s in totals.items()}, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--max-steps", type=int, default=None, help="training steps (default: the config's)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--synthetic", type=int, default=0,
                    help="copies of each piece with an ORG under made-up names (training.synthetic_names)")
    ap.add_argument("--no-folds", action="store_true", help="only the final model (keeps meta's fold figures)")
    ap.add_argument("--reuse", action="store_true", help="score fold pipelines already in --work")
    ap.add_argument("--work", type=Path, default=None, help="keep fold pipelines here (default: a temp dir)")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--extra", action="append", default=[], help="another annotated set to train on (never test)")
    ap.add_argument("--heldout", type=Path, default=None,
                    help="an annotated set nobody trained on: the merge options are scored on it too")
    args = ap.parse_args()

    import tempfile

    import spacy.util

    import policyie
    from policyie import training
    from policyie.corpus import read_corpus
    from policyie.gold import read_gold

    dev = read_corpus(CORPUS, split="dev")
    seeds = read_gold(SEEDS)
    for g in seeds:                    # the text is in the record: the fold files live elsewhere
        g.pop("file", None)
    gold = dev + seeds
    extra = [d for path in args.extra for d in read_corpus(path) if d.get("split") != "test"]
    gold += extra
    work = args.work or Path(tempfile.mkdtemp(prefix="policyie-ner-"))
    rules = policyie.load()
    previous = {}
    if (args.out / "meta.json").exists():
        previous = json.loads((args.out / "meta.json").read_text(encoding="utf-8")).get("policyie", {})
    if args.no_folds:
        cv, fold_seconds = previous.get("cv"), previous.get("cv_train_seconds")
    else:
        cv, fold_seconds = folds(gold, work, args, rules)
        if args.reuse and previous.get("cv_train_seconds"):
            fold_seconds = previous["cv_train_seconds"]      # the fold models' own training times

    start = time.perf_counter()
    model = training.train(_write(gold, work / "all.jsonl"), _write(dev[:5], work / "dev5.jsonl"), work / "final",
                           max_steps=args.max_steps, seed=args.seed, synthetic=args.synthetic)
    seconds = round(time.perf_counter() - start, 1)
    heldout_figures = None
    if args.heldout is not None:           # the merge options on text nobody trained on
        heldout_figures = {name: _summary(s) for name, s in
                           _score_variants(model, read_corpus(args.heldout), rules, VARIANTS).items()}
    test = read_corpus(CORPUS, split="test")
    scored = _score_variants(model, test, rules, {"rules": None, "rules+model": {}})
    test_figures = {name: _summary(s) for name, s in scored.items()}
    config = spacy.util.load_config(model / "config.cfg")
    labels = list(config["components"]["ner"].get("labels") or []) or None
    ents = {}
    for g in gold:
        for e in g["entities"]:
            ents[e["label"]] = ents.get(e["label"], 0) + 1
    meta = {
        "name": "policyie_ner",
        "version": policyie.__version__,
        "description": "Statistical NER (HashEmbedCNN tok2vec + transition-based ner, ORG and GPE), the "
                       "names the annotations tag consistently (and the rule names they take out, off by default), learnt from "
                       "the corpus dev split and the five seed reports, merged with the policyie rules "
                       "(docs/training.md).",
        "license": "MIT",
        "policyie": {
            "data": {"train": f"tests/data/corpus dev split ({len(dev)} passages) + tests/data/gold/seeds.jsonl "
                              f"({len(seeds)} reports)"
                              + (f" + {', '.join(args.extra)} ({len(extra)} passages)" if extra else "")
                              + "; the ner learns ORG and GPE, cut into pieces of about "
                              "400 characters after line breaks; "
                              + (f"{args.synthetic} synthetic copies of each piece with an ORG" if args.synthetic
                                 else "no synthetic or silver data"),
                     "documents": len(gold), "characters": sum(len(g["text"]) for g in gold),
                     "entities": {k: ents.get(k, 0) for k in ("ORG", "GPE")}},
            "learnt_names": len(json.loads((model / "policyie_ner_merge" / "phrases.json").read_text(encoding="utf-8"))),
            "rejected_names": len(json.loads((model / "policyie_ner_merge" / "rejected.json").read_text(encoding="utf-8"))),
            "cv": cv, "cv_train_seconds": fold_seconds,
            "cv_evaluation": f"{FOLDS} folds over the dev passages and the seeds"
                             + (" and the extra sets" if extra else "") + " (fixed by sorted id), each "
                             "fold's model trained on the other two and scored on it; counts summed over the folds",
            "test": test_figures, "test_documents": len(test),
            "heldout": heldout_figures, "heldout_name": str(args.heldout) if args.heldout else None,
            "train_seconds": seconds, "max_steps": config["training"]["max_steps"],
            "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores, shared",
            "command": "python scripts/train_corpus.py" + "".join(f" --extra {p}" for p in args.extra),
            "merge_policy": "docs/training.md#merge-policy",
        },
    }
    target = training.ship(model, args.out, meta)
    meta_path = target / "meta.json"
    data = json.loads(meta_path.read_text(encoding="utf-8"))
    data["policyie"]["size_bytes"] = training.size_bytes(target)
    meta_path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"shipped {target} ({data['policyie']['size_bytes'] / 1e6:.2f} MB), trained in {seconds} s")
    for name, fig in test_figures.items():
        print(name, {k: v["f"] for k, v in fig.items() if k in ENTITY_LABELS})
    subprocess.run([sys.executable, str(ROOT / "scripts" / "model_card.py")], check=True)


if __name__ == "__main__":
    main()
