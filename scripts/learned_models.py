"""What the scripts training policyie's learned models share (train_kind_model.py,
train_purpose_model.py): the annotated documents they learn from, never the test split, and
their command-line options."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def training_docs(corpus: str, seeds: str, extra: list[str] = ()) -> list[dict]:
    """The corpus dev split, the seeds and the non-test documents of other annotated sets;
    exits if a test document would be read."""
    from policyie.corpus import read_corpus

    docs = read_corpus(corpus, split="dev") + read_corpus(seeds)
    for path in extra:                                   # more annotated sets (never the test split)
        docs += [d for d in read_corpus(path) if d.get("split") != "test"]
    if any(d.get("split") == "test" for d in docs):
        sys.exit("refusing to read the test split")
    return docs


def options(description: str) -> argparse.ArgumentParser:
    """The options every training script takes: the sets, cross-validation, writing, l2, epochs."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--corpus", default=str(ROOT / "tests/data/corpus"))
    ap.add_argument("--seeds", default=str(ROOT / "tests/data/gold/seeds.jsonl"))
    ap.add_argument("--extra", action="append", default=[], help="another annotated set to learn from")
    ap.add_argument("--corpus-weight", type=int, default=1,
                    help="times each corpus dev or seed document counts against one of the extra sets "
                         "(their annotators' conventions are the ones the scores are measured by)")
    ap.add_argument("--cv", type=int, default=0, help="folds by document (0: no cross-validation)")
    ap.add_argument("--write", action="store_true", help="fit on everything and write the model")
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--epochs", type=int, default=200)
    return ap


def folds(doc_ids, k: int) -> dict[str, int]:
    """Each document's fold of k, by document, the same shuffle every run."""
    import random

    ids = sorted(set(doc_ids))
    random.Random(13).shuffle(ids)
    return {d: i % k for i, d in enumerate(ids)}


def extra_ids(extra: list[str] = ()) -> set[str]:
    """The ids of the documents of the extra annotated sets (the fresh batches)."""
    from policyie.corpus import read_corpus

    return {d.get("id") for path in extra for d in read_corpus(path)}


def weighted(data: list[tuple], extra: set[str], weight: int) -> list[tuple]:
    """`data` (tuples that open with their document's id) with each example of a corpus or seed
    document repeated `weight` times and each of an extra set once."""
    return [x for x in data for _ in range(1 if x[0] in extra else max(1, weight))]
