"""Throughput of policyie over the seed reports.

    python bench/bench_pipeline.py [--repeat 10] [--n-process 1]

Prints characters per second for: the bare tokenizers (char and the bundled pkuseg model),
the full pipeline under each segmenter, and pipeline load times. Not a test: absolute numbers
vary by machine, compare the ratios.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rate(texts, fn) -> float:
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    fn(texts)
    return chars / (time.perf_counter() - t0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="times the seeds are repeated")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()

    import policyie
    from policyie.segmenter import blank

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] * args.repeat
    rows = []
    for segmenter in ("char", "pkuseg"):
        t0 = time.perf_counter()
        nlp = policyie.load(segmenter=segmenter)
        load_s = time.perf_counter() - t0
        tok = blank(segmenter)
        list(nlp.pipe(texts[:5]))
        rows.append((f"tokenizer only ({segmenter})", rate(texts, lambda ts: [tok.make_doc(t) for t in ts]), None))
        rows.append((f"policyie.load(segmenter={segmenter!r})",
                     rate(texts, lambda ts: list(nlp.pipe(ts, n_process=args.n_process, batch_size=8))), load_s))
    print(f"{'what':<40}{'chars/s':>12}{'load s':>9}")
    for name, r, load_s in rows:
        print(f"{name:<40}{r:>12,.0f}{'' if load_s is None else f'{load_s:.2f}':>9}")
    chars = sum(map(len, texts))
    print(f"\n{chars:,} characters, n_process={args.n_process}")

    # cost of each component on its own (char segmenter, same texts)
    nlp = policyie.load(segmenter="char")
    docs = [nlp.make_doc(t) for t in texts]
    print(f"\n{'component (char mode)':<40}{'chars/s':>12}{'share':>9}")
    times = []
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = [proc(d) for d in docs]
        times.append((name, time.perf_counter() - t0))
    total = sum(t for _, t in times)
    for name, t in times:
        print(f"{name:<40}{chars / t:>12,.0f}{t / total:>9.0%}")


if __name__ == "__main__":
    main()
