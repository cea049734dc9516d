"""Throughput of `policyie.spark.extract_records` on a local Spark, for sizing a cluster.

    pip install -e ".[spark]"          # and a Java runtime
    python bench/bench_spark.py [--mb 2] [--cores 2] [--segmenter char]

The five seed reports repeated to about `--mb` MB of UTF-8, in 4 × cores partitions, on
`local[cores]`. A first job loads the pipeline in every Python worker (not timed: a worker
pays that once); the second job is timed. Prints wall-clock characters per second, per core,
and the CPU seconds of the Spark processes (the JVM and its Python workers, read from /proc
while they run) per character, which is what a busy machine does not distort. Not a test:
compare with `bench_pipeline.py` on the same machine.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu_seconds_of_tree(root: int) -> float:
    """User + system CPU seconds of process `root` and its descendants (Linux /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry.name), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        stats[pid] = (int(fields[11]) + int(fields[12])) / ticks     # utime + stime
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, 0.0)
        todo.extend(children.get(pid, ()))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--segmenter", default=None, help="default: the main job's (char)")
    args = parser.parse_args()

    from pyspark.sql import SparkSession

    from policyie.spark import extract_records

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_pipeline import seed_texts

    texts = seed_texts(args.mb)
    seeds = texts[:len(list((ROOT / "seeds").glob("*.txt")))]
    chars = sum(map(len, texts))
    spark = (SparkSession.builder.master(f"local[{args.cores}]").appName("policyie-bench")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
             .config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    docs = spark.createDataFrame([(f"d{i}", t) for i, t in enumerate(texts)], "id string, text string")
    docs = docs.repartition(4 * args.cores).cache()
    docs.count()
    options = {} if args.segmenter is None else {"segmenter": args.segmenter}
    warm = spark.createDataFrame([(f"w{i}", t) for i, t in enumerate(seeds * args.cores)], "id string, text string")
    extract_records(warm.repartition(4 * args.cores), **options).count()    # load the pipeline in every worker
    jvm = spark.sparkContext._gateway.proc.pid if spark.sparkContext._gateway.proc else os.getpid()
    cpu0, t0 = _cpu_seconds_of_tree(jvm), time.perf_counter()
    rows = extract_records(docs, **options).count()
    wall, cpu = time.perf_counter() - t0, _cpu_seconds_of_tree(jvm) - cpu0
    spark.stop()
    print(f"{len(texts)} documents, {chars:,} characters, {rows:,} records, local[{args.cores}], "
          f"segmenter {args.segmenter or 'default (char)'}")
    print(f"wall clock: {chars / wall:,.0f} chars/s, {chars / wall / args.cores:,.0f} chars/s per core")
    print(f"CPU time of the JVM and Python workers: {chars / cpu:,.0f} chars per CPU-second, "
          f"{rows / cpu * 3600:,.0f} records per CPU-hour, "
          f"{chars / cpu * 3600 * 2.8 / 1e9:.2f} GB of UTF-8 per CPU-hour (2.8 bytes a character)")


if __name__ == "__main__":
    main()
