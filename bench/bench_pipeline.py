"""Throughput of the policyie pipeline over the seed reports.

    python bench/bench_pipeline.py [--repeat 20] [--n-process 1]

Prints characters per second of `nlp.pipe` and pipeline load time. Not a test: numbers vary
by machine; run it on a quiet machine and compare ratios.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="times the seeds are repeated")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()

    t0 = time.perf_counter()
    import policyie
    nlp = policyie.load()
    load_s = time.perf_counter() - t0

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * args.repeat
    chars = sum(map(len, texts))
    list(nlp.pipe(texts[:5]))                          # warm-up
    t0 = time.perf_counter()
    n = sum(len(d._.quantities) for d in nlp.pipe(texts, n_process=args.n_process, batch_size=16))
    dt = time.perf_counter() - t0

    import spacy
    blank = spacy.blank("zh")
    t0 = time.perf_counter()
    for _ in blank.pipe(texts):
        pass
    blank_dt = time.perf_counter() - t0

    print(f"{'what':<34}{'chars/s':>12}")
    print(f"{'spacy.blank(zh) char tokenizer':<34}{chars / blank_dt:>12,.0f}")
    print(f"{'policyie.load() (quantities)':<34}{chars / dt:>12,.0f}")
    print(f"\n{chars:,} characters, {n:,} quantities, n_process={args.n_process}, load {load_s:.2f} s")


if __name__ == "__main__":
    main()
