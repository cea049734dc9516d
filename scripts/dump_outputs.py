"""Dump everything the pipelines give on the seeds, the corpus and the fresh set, to one JSONL file.

    python scripts/dump_outputs.py OUT.jsonl [--skip-pkuseg]

For a speed change that must not change any output: run it before and after and `cmp` the
two files. It runs the main job (`policyie.extract`, the rows pipeline), the rows pipeline's
own Docs, `policyie.load(segmenter="char")` and `policyie.load()` (pkuseg) over every seed
report and every passage of tests/data/corpus/*.jsonl and tests/data/fresh/*.jsonl, and writes
one line per document and pipeline: the records (rows), the entities (label, start, end,
text), every `doc._` annotation (values as strings) and the sentence starts.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[tuple[str, str]]:
    """(name, text) of every seed, corpus passage and fresh passage, in a fixed order."""
    got = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for folder in ("corpus", "fresh"):
        for path in sorted((ROOT / "tests" / "data" / folder).glob("*.jsonl")):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                if line.strip():
                    item = json.loads(line)
                    got.append((f"{folder}/{path.stem}/{n}/{item.get('id')}", item["text"]))
    return got


def _plain(value: Any) -> str:
    """A value as a string (what json cannot write is written by str)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def annotations(doc) -> dict[str, str]:
    """Every `doc._` attribute that has a value, by name, as strings."""
    from spacy.tokens.underscore import Underscore

    got = {}
    for name, (_, method, getter, _) in sorted(Underscore.doc_extensions.items()):
        if method is not None or getter is not None:
            continue
        value = getattr(doc._, name)
        if value is not None:
            got[name] = _plain(value)
    return got


def doc_view(doc) -> dict:
    """Entities, annotations and sentence starts of a Doc."""
    from policyie.components.structure import SENTENCE_STARTS

    view: dict[str, Any] = {
        "ents": [(e.label_, e.start_char, e.end_char, e.text) for e in doc.ents],
        "spans": {k: [(s.label_, s.start_char, s.end_char) for s in g] for k, g in sorted(doc.spans.items())},
        "annotations": annotations(doc),
    }
    if len(doc):
        view["sents"] = [s.start_char for s in doc.sents]
    else:
        view["sents"] = doc.user_data.get(SENTENCE_STARTS)
    return view


def dump(out: Path, skip_pkuseg: bool = False) -> int:
    """Write the dump; returns the number of documents."""
    import policyie
    import policyie.pipeline

    items = texts()
    names = [n for n, _ in items]
    bodies = [t for _, t in items]
    with out.open("w", encoding="utf-8") as f:
        rows: dict[str, list] = {n: [] for n in names}
        for row in policyie.extract(bodies, ids=names):
            rows[row["doc_id"]].append(row)
        for name in names:
            f.write(_plain({"doc": name, "what": "extract", "rows": rows[name]}) + "\n")
        pipelines = [("rows", policyie.pipeline.rows_pipeline(segmenter="char")),
                     ("char", policyie.load(segmenter="char"))]
        if not skip_pkuseg:
            pipelines.append(("pkuseg", policyie.load()))
        for what, nlp in pipelines:
            for name, doc in zip(names, nlp.pipe(bodies)):
                f.write(_plain({"doc": name, "what": what, **doc_view(doc)}) + "\n")
    return len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--skip-pkuseg", action="store_true", help="leave out the pkuseg pipeline (faster)")
    args = parser.parse_args(argv)
    n = dump(args.out, args.skip_pkuseg)
    print(f"{n} documents written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
