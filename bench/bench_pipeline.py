"""Throughput and memory of policyie next to a peer, on the seed reports.

    pip install -e ".[bench]"          # adds the peer, JioNLP
    python bench/bench_pipeline.py [--mb 2] [--n-process 2] [--with-corpus] [--json bench.json]

Everything runs in this one process on the same texts: the five seeds repeated to about
`--mb` MB of UTF-8. Prints characters per second and peak memory for the policyie pipelines,
segmentation alone (as the pipeline does it, and spaCy's own tokenizer), quantities alone,
and JioNLP's money extraction plus location recognition (the peer; skipped with a note when
it is not installed), then the speed-up with `n_process`, the load time of a fresh process
and the cost of each component. Not a test: absolute numbers vary by machine and load,
compare the ratios.

Peak memory is the growth of the process's peak resident set during one row (Linux: the peak
is reset through /proc/self/clear_refs before each row; elsewhere the column is empty).
"CPU chars/s" divides by the CPU time of the process and of its finished worker processes:
on a machine shared with other jobs it moves much less than the wall clock (for the
`n_process` rows it is per core of work, the wall clock shows the speed-up).
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


def _cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    import resource

    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(texts: list[str], run: Callable[[list[str]], None]) -> dict:
    """chars/s of `run(texts)` (wall clock and CPU time) and the growth of peak RSS (MB)."""
    chars = sum(map(len, texts))
    can_reset = _reset_peak()
    before = _status_kb("VmRSS")
    cpu0, t0 = _cpu(), time.perf_counter()
    run(texts)
    seconds, cpu = time.perf_counter() - t0, _cpu() - cpu0
    peak = _status_kb("VmHWM") if can_reset else None
    grown = None if peak is None or before is None else max(0, peak - before) / 1024
    return {"chars_per_s": chars / seconds, "seconds": seconds, "cpu_chars_per_s": chars / max(cpu, 1e-9),
            "peak_mb": grown}


def drain(items: Iterable) -> None:
    """Consume a stream without keeping it (memory must stay flat in the number of documents)."""
    for _ in items:
        pass


def fresh_load_seconds(segmenter: str) -> dict:
    """Seconds in a new interpreter (median of 5): `import spacy`; then `import policyie;
    policyie.load()`; then the first document (the lazy parts: gazetteer, matchers); each
    also as CPU seconds."""
    code = ("import time; c, t = time.process_time(), time.perf_counter(); import spacy; "
            "c1, t1 = time.process_time(), time.perf_counter(); import policyie; "
            f"nlp = policyie.load(segmenter={segmenter!r}); c2, t2 = time.process_time(), time.perf_counter(); "
            "nlp('义乌市财政局每年安排600万元，用于购买劳动者工资保障险。'); "
            "c3, t3 = time.process_time(), time.perf_counter(); "
            "print(t1 - t, t2 - t1, t3 - t2, c1 - c, c2 - c1, c3 - c2)")
    runs = [list(map(float, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                           check=True).stdout.split()[-6:])) for _ in range(5)]
    median = [sorted(r[i] for r in runs)[2] for i in range(6)]
    return dict(zip(("import_spacy", "load", "first_doc", "import_spacy_cpu", "load_cpu", "first_doc_cpu"), median))


def seed_texts(mb: float) -> list[str]:
    """The five seed reports repeated to about `mb` MB of UTF-8 (the bench's texts)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed_bytes = sum(len(t.encode("utf-8")) for t in seeds)
    return seeds * max(1, round(mb * 1_000_000 / seed_bytes))


def corpus_texts() -> list[str]:
    """The passages of the annotated corpus (tests/data/corpus, dev and test: only the text is read)."""
    out = []
    for path in sorted((ROOT / "tests" / "data" / "corpus").glob("*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="MB of UTF-8 text to process")
    parser.add_argument("--n-process", type=int, default=2, help="processes for the scaling row")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--with-corpus", action="store_true",
                        help="add the corpus passages (tests/data/corpus) to the repeated seeds")
    args = parser.parse_args()

    import policyie
    from policyie.segmenter import blank, segment

    texts = seed_texts(args.mb)
    seeds = texts[:len(list((ROOT / "seeds").glob("*.txt")))]
    if args.with_corpus:
        texts += corpus_texts()
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
    # the main job: policyie.extract / iter_records without nlp= (the char segmenter)
    drain(policyie.iter_records(seeds))
    results["policyie.extract (main job), n_process=1"] = measure(texts, lambda ts: drain(policyie.iter_records(ts)))
    results[f"policyie.extract (main job), n_process={n}"] = measure(
        texts, lambda ts: drain(policyie.iter_records(ts, n_process=n)))
    results["policyie.extract segmenter='pkuseg', n_process=1"] = measure(
        texts, lambda ts: drain(policyie.iter_records(ts, nlp=pku)))

    print(f"{len(texts)} documents, {chars:,} characters "
          f"({sum(len(t.encode('utf-8')) for t in texts) / 1e6:.1f} MB UTF-8), {os.cpu_count()} CPUs\n")
    print(f"{'what':<50}{'chars/s':>12}{'CPU chars/s':>13}{'peak MB':>9}")
    for name, r in results.items():
        peak = "" if r["peak_mb"] is None else f"{r['peak_mb']:.0f}"
        print(f"{name:<50}{r['chars_per_s']:>12,.0f}{r['cpu_chars_per_s']:>13,.0f}{peak:>9}")

    rate = {k: v["chars_per_s"] for k, v in results.items()}
    ratios = {"rule components' cost over pkuseg segmentation":
              rate["segmentation alone (pkuseg)"] / rate["policyie default (pkuseg)"] - 1,
              "rule components' cost over char segmentation":
              rate["segmentation alone (char)"] / rate["policyie segmenter='char'"] - 1,
              f"speed-up with n_process={n} (pipeline)": rate[f"policyie default, n_process={n}"]
              / rate["policyie default (pkuseg)"],
              f"speed-up with n_process={n} (extract)": rate[f"policyie.extract (main job), n_process={n}"]
              / rate["policyie.extract (main job), n_process=1"]}
    peer = rate.get("JioNLP extract_money + recognize_location")
    if peer:
        ratios["policyie default / JioNLP pair"] = rate["policyie default (pkuseg)"] / peer
        ratios["policyie char / JioNLP pair"] = rate["policyie segmenter='char'"] / peer
        ratios["policyie find_quantities / JioNLP pair"] = rate["policyie find_quantities only"] / peer
        ratios["main job (policyie.extract) / JioNLP pair"] = rate["policyie.extract (main job), n_process=1"] / peer
        cpu = {k: v["cpu_chars_per_s"] for k, v in results.items()}
        cpu_peer = cpu["JioNLP extract_money + recognize_location"]
        ratios["CPU time: policyie default / JioNLP pair"] = cpu["policyie default (pkuseg)"] / cpu_peer
        ratios["CPU time: policyie char / JioNLP pair"] = cpu["policyie segmenter='char'"] / cpu_peer
        ratios["CPU time: main job / JioNLP pair"] = cpu["policyie.extract (main job), n_process=1"] / cpu_peer
    print()
    for name, value in ratios.items():
        print(f"{name:<58}" + (f"{value:>+8.0%}" if "cost" in name else f"{value:>8.2f}"))

    loads = {s: fresh_load_seconds(s) for s in ("pkuseg", "char")}
    print("\nfresh process (median of 5; CPU seconds in brackets): import spacy, then import policyie + "
          "policyie.load(), then the first document")
    for s, r in loads.items():
        print(f"  {s:<7} import spacy {r['import_spacy']:.2f} s ({r['import_spacy_cpu']:.2f}), "
              f"load {r['load']:.2f} s ({r['load_cpu']:.2f}), first document {r['first_doc']:.2f} s "
              f"({r['first_doc_cpu']:.2f}): {r['load'] + r['first_doc']:.2f} s after import spacy")

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
