"""One pipeline shared by several threads, and worker processes, give each document exactly
the records and entities of a sequential run (issue 13: results must never leak between
documents).

The documents are the seed reports cut into paragraphs plus every text of the development
corpus (tests/data/corpus/*.jsonl): several hundred short and long real passages. Only the
outputs of different runs are compared with each other, never with the gold.
"""
import json
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

import policyie
from policyie.records import record_rows

from conftest import DATA, SEEDS, read_seed

THREADS = 4


def documents() -> list[tuple[str, str]]:
    docs = []
    for path in SEEDS:
        for i, para in enumerate(p for p in read_seed(path).split("\n") if p.strip()):
            docs.append((f"{path.stem}#{i}", para))
    for path in sorted((DATA / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                docs.append((record["id"], record["text"]))
    return docs


def outputs(doc) -> dict:
    """Everything a caller reads from a Doc: entities, places, agencies, quantities, records."""
    return {"ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            "quantities": doc._.quantities, "places": doc._.places, "agencies": doc._.agencies,
            "records": doc._.records}


def differing(a: list, b: list) -> list[int]:
    return [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]


@pytest.fixture(scope="module")
def docs():
    return documents()


@pytest.fixture(scope="module")
def sequential(nlp, docs):
    return [outputs(nlp(text)) for _, text in docs]


def test_threads_sharing_one_pipeline_match_a_sequential_run(nlp, docs, sequential):
    assert len(docs) > 400
    # every thread runs every document, in a different order, so documents of very
    # different lengths overlap in time
    def run(shift: int) -> list[dict]:
        order = list(range(len(docs)))
        order = order[shift::THREADS] + [i for i in order if i % THREADS != shift]
        got = {i: outputs(nlp(docs[i][1])) for i in order}
        return [got[i] for i in range(len(docs))]

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)                     # switch threads often: more interleavings
    try:
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            runs = list(pool.map(run, range(THREADS)))
    finally:
        sys.setswitchinterval(interval)
    bad = {t: [docs[i][0] for i in differing(sequential, got)] for t, got in enumerate(runs)}
    print(f"\n{len(docs)} documents x {THREADS} threads: "
          f"{sum(map(len, bad.values()))} of {len(docs) * THREADS} outputs differ")
    assert not any(bad.values()), bad
    assert sum(len(s["records"]) for s in sequential) > 300


def test_worker_processes_match_a_sequential_run(nlp, docs):
    ids = [doc_id for doc_id, _ in docs]
    texts = [text for _, text in docs]
    one = policyie.extract(texts, ids=ids, nlp=nlp)
    two = policyie.extract(texts, ids=ids, nlp=nlp, n_process=2, batch_size=8)
    by_doc = lambda rows: {i: [r for r in rows if r["doc_id"] == i] for i in ids}
    one, two = by_doc(one), by_doc(two)
    bad = [i for i in ids if one[i] != two[i]]
    print(f"\n{len(ids)} documents, extract(n_process=2): {len(bad)} differ")
    assert not bad
    # and the rows are those of the Docs of a sequential run
    assert [r for i in ids for r in one[i]] == [r for (i, t) in docs for r in record_rows(nlp(t), i)]


def test_processes_of_nlp_pipe_match_a_sequential_run(nlp, docs, sequential):
    texts = [text for _, text in docs]
    piped = [outputs(doc) for doc in nlp.pipe(texts, n_process=2, batch_size=16)]
    bad = differing(sequential, piped)
    print(f"\n{len(docs)} documents, nlp.pipe(n_process=2): {len(bad)} differ")
    assert not bad


def test_two_threads_extracting_with_different_pipelines_in_worker_processes(nlp, tmp_path):
    """Each call's workers run that call's pipeline (no module-level handoff to them)."""
    cues = tmp_path / "cues.tsv"
    cues.write_text("action\t划拨\ttransfer\n", encoding="utf-8")
    other = policyie.load(segmenter="char")
    other.get_pipe("policyie_records").initialize(cues=cues)
    texts = [f"街道办划拨社区服务经费{i + 1}万元。" for i in range(24)]
    expected = {id(p): policyie.extract(texts, nlp=p) for p in (nlp, other)}
    assert {r["kind"] for r in expected[id(other)]} == {"transfer"} != {r["kind"] for r in expected[id(nlp)]}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for _ in range(2):
            runs = {id(p): pool.submit(policyie.extract, texts, nlp=p, n_process=2, batch_size=4)
                    for p in (nlp, other)}
            assert {k: f.result() for k, f in runs.items()} == expected
