"""Throughput and memory of policyie next to a peer, on the seed reports.

    pip install -e ".[bench]"          # adds the peer, JioNLP
    python bench/bench_pipeline.py [--mb 2] [--n-process 2] [--json bench.json]

Everything runs in this one process on the same texts: the five seeds repeated to about
`--mb` MB of UTF-8. Prints characters per second and peak memory for the policyie pipelines,
segmentation alone (as the pipeline does it, and spaCy's own tokenizer), quantities alone,
and JioNLP's money extraction plus location recognition (the peer; skipped with a note when
it is not installed), then the speed-up with `n_process`, the load time of a fresh process
and the cost of each component. Not a test: absolute numbers vary by machine and load,
compare the ratios.

Peak memory is the growth of the process's peak resident set during one row (Linux: the peak
is reset through /proc/self/clear_refs before each row; elsewhere the column is empty).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure(texts: list[str], run: Callable[[list[str]], None]) -> dict:
    """chars/s of `run(texts)` and the growth of peak RSS (MB) while it ran."""
    chars = sum(map(len, texts))
    can_reset = _reset_peak()
    before = _status_kb("VmRSS")
    t0 = time.perf_counter()
    run(texts)
    seconds = time.perf_counter() - t0
    peak = _status_kb("VmHWM") if can_reset else None
    grown = None if peak is None or before is None else max(0, peak - before) / 1024
    return {"chars_per_s": chars / seconds, "seconds": seconds, "peak_mb": grown}


def drain(items: Iterable) -> None:
    """Consume a stream without keeping it (memory must stay flat in the number of documents)."""
    for _ in items:
        pass


def fresh_load_seconds(segmenter: str) -> float:
    """Seconds for `import policyie; policyie.load()` in a new interpreter (median of 3)."""
    code = ("import time; t = time.perf_counter(); import policyie; "
            f"policyie.load(segmenter={segmenter!r}); print(time.perf_counter() - t)")
    runs = sorted(float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                       check=True).stdout.split()[-1]) for _ in range(3))
    return runs[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of UTF-8 text to process")
    parser.add_argument("--n-process", type=int, default=2, help="processes for the scaling row")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    import policyie
    from policyie.segmenter import blank, segment

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed_bytes = sum(len(t.encode("utf-8")) for t in seeds)
    texts = seeds * max(1, round(args.mb * 1_000_000 / seed_bytes))
    chars = sum(map(len, texts))
    results: dict[str, dict] = {}

    pku, char = policyie.load(), policyie.load(segmenter="char")
    drain(pku.pipe(seeds))                      # warm up: lazy tables, caches
    drain(char.pipe(seeds))
    pku_tok, char_tok = blank("pkuseg"), blank("char")

    results["policyie default (pkuseg)"] = measure(texts, lambda ts: drain(pku.pipe(ts)))
    results["policyie segmenter='char'"] = measure(texts, lambda ts: drain(char.pipe(ts)))
    results["policyie find_quantities only"] = measure(texts, lambda ts: drain(map(policyie.find_quantities, ts)))
    # segmentation as the pipeline does it (policyie.segmenter.segment), and spaCy's own tokenizer
    results["segmentation alone (pkuseg)"] = measure(texts, lambda ts: drain(segment(pku_tok.tokenizer, t) for t in ts))
    results["segmentation alone (char)"] = measure(texts, lambda ts: drain(segment(char_tok.tokenizer, t) for t in ts))
    results["spaCy's zh tokenizer (pkuseg)"] = measure(texts, lambda ts: drain(map(pku_tok.tokenizer, ts)))
    results["spaCy's zh tokenizer (char)"] = measure(texts, lambda ts: drain(map(char_tok.tokenizer, ts)))
    try:
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):        # JioNLP prints a banner on import
            import jionlp as jio
        jio.ner.extract_money(seeds[0]), jio.recognize_location(seeds[0])
        results["JioNLP extract_money + recognize_location"] = measure(
            texts, lambda ts: drain((jio.ner.extract_money(t), jio.recognize_location(t)) for t in ts))
    except ImportError:
        print("(JioNLP not installed: pip install -e '.[bench]' for the peer row)", file=sys.stderr)
    n = args.n_process
    results[f"policyie default, n_process={n}"] = measure(texts, lambda ts: drain(pku.pipe(ts, n_process=n)))
    results[f"policyie.extract, n_process=1"] = measure(texts, lambda ts: drain(policyie.iter_records(ts)))
    results[f"policyie.extract, n_process={n}"] = measure(
        texts, lambda ts: drain(policyie.iter_records(ts, n_process=n)))

    print(f"{len(texts)} documents, {chars:,} characters "
          f"({sum(len(t.encode('utf-8')) for t in texts) / 1e6:.1f} MB UTF-8), {os.cpu_count()} CPUs\n")
    print(f"{'what':<46}{'chars/s':>12}{'peak MB':>9}")
    for name, r in results.items():
        peak = "" if r["peak_mb"] is None else f"{r['peak_mb']:.0f}"
        print(f"{name:<46}{r['chars_per_s']:>12,.0f}{peak:>9}")

    rate = {k: v["chars_per_s"] for k, v in results.items()}
    ratios = {"rule components' cost over pkuseg segmentation":
              rate["segmentation alone (pkuseg)"] / rate["policyie default (pkuseg)"] - 1,
              "rule components' cost over char segmentation":
              rate["segmentation alone (char)"] / rate["policyie segmenter='char'"] - 1,
              f"speed-up with n_process={n} (pipeline)": rate[f"policyie default, n_process={n}"]
              / rate["policyie default (pkuseg)"],
              f"speed-up with n_process={n} (extract)": rate[f"policyie.extract, n_process={n}"]
              / rate["policyie.extract, n_process=1"]}
    peer = rate.get("JioNLP extract_money + recognize_location")
    if peer:
        ratios["policyie default / JioNLP pair"] = rate["policyie default (pkuseg)"] / peer
        ratios["policyie char / JioNLP pair"] = rate["policyie segmenter='char'"] / peer
        ratios["policyie find_quantities / JioNLP pair"] = rate["policyie find_quantities only"] / peer
    print()
    for name, value in ratios.items():
        print(f"{name:<58}" + (f"{value:>+8.0%}" if "cost" in name else f"{value:>8.2f}"))

    loads = {s: fresh_load_seconds(s) for s in ("pkuseg", "char")}
    print(f"\nload in a fresh process (import + policyie.load): pkuseg {loads['pkuseg']:.2f} s, "
          f"char {loads['char']:.2f} s")

    # cost of each component on its own (char segmenter, same texts)
    docs = [char.make_doc(t) for t in seeds * 4]
    part = sum(len(t) for t in seeds * 4)
    times = []
    for name, proc in char.pipeline:
        t0 = time.perf_counter()
        docs = [proc(d) for d in docs]
        times.append((name, time.perf_counter() - t0))
    total = sum(t for _, t in times)
    print(f"\n{'component (char mode)':<46}{'chars/s':>12}{'share':>9}")
    for name, t in times:
        print(f"{name:<46}{part / t:>12,.0f}{t / total:>9.0%}")
    print(f"{'all rule components':<46}{part / total:>12,.0f}")

    if args.json:
        args.json.write_text(json.dumps({"documents": len(texts), "characters": chars, "rows": results,
                                         "ratios": ratios, "load_seconds": loads,
                                         "components_chars_per_s": {k: part / t for k, t in times}},
                                        indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
