"""The public API as a notebook or ETL user meets it (issue 13): signatures and help, the
shared pipeline of `extract`, explicit ids, constant-time span getters, packaged data."""
import doctest
import inspect
import pydoc
import threading
import time

import pytest

import policyie
import policyie.pipeline
import policyie.records
from policyie.records import FIELDS, Document

TEXT = "义乌市财政局每年安排600万元，用于购买劳动者工资保障险。"
OTHER = "会昌县财政局发放生活补助2270万元。"


# -- signatures, docstrings, help() ------------------------------------------------------------

@pytest.mark.parametrize("name", ["load", "extract", "iter_records", "to_dataframe"])
def test_public_functions_have_real_signatures_and_docstrings(name):
    fn = getattr(policyie, name)
    params = inspect.signature(fn).parameters
    assert not any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params.values())
    assert len(inspect.getdoc(fn)) > 300
    home = policyie.pipeline if name == "load" else policyie.records
    assert [(p.name, p.kind, p.default) for p in params.values()] == \
        [(p.name, p.kind, p.default) for p in inspect.signature(getattr(home, name)).parameters.values()]


def test_help_gives_an_overview():
    page = pydoc.render_doc(policyie, renderer=pydoc.plaintext)
    for word in ("extract(data, *, ids=None", "load(path=None", "iter_records", "to_dataframe", "Document",
                 "doc._.records", "SCHEMA", "spacy.load"):
        assert word in page
    assert doctest.testmod(policyie).failed == 0


def test_importing_policyie_does_not_load_spacy_pipelines():
    import subprocess
    import sys
    code = "import sys, policyie; print('policyie.pipeline' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- one pipeline per process and options ---------------------------------------------------------

def test_extract_without_nlp_reuses_one_pipeline(capsys):
    policyie.extract(TEXT)                                   # loads it (if no test did before)
    start = time.perf_counter()
    rows = policyie.extract("安排资金600万元。")
    second = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nsecond extract(text) on a one-line text: {second * 1000:.1f} ms")
    assert rows[0]["value"] == "6000000"
    assert second < 0.25                                     # a reload takes about a second
    assert policyie.pipeline.shared() is policyie.pipeline.shared(segmenter="pkuseg", clean=True)
    assert policyie.pipeline.shared(segmenter="char") is not policyie.pipeline.shared()


def test_threads_asking_for_the_shared_pipeline_at_once_load_it_once(monkeypatch):
    calls = []

    def slow_load(path=None, *, segmenter="pkuseg", clean=True):
        calls.append(segmenter)
        time.sleep(0.2)
        return object()

    monkeypatch.setattr(policyie.pipeline, "load", slow_load)
    got = []
    threads = [threading.Thread(target=lambda: got.append(policyie.pipeline.shared(segmenter="test-only")))
               for _ in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        policyie.pipeline._SHARED.pop((None, "test-only", True), None)
    assert calls == ["test-only"] and len(got) == 8 and all(g is got[0] for g in got)


def test_extract_refuses_options_beside_a_pipeline(nlp):
    with pytest.raises(ValueError, match="nlp="):
        policyie.extract(TEXT, nlp=nlp, segmenter="char")


# -- explicit ids ---------------------------------------------------------------------------------

def test_ids_by_argument_mapping_or_document_items(nlp):
    by_ids = policyie.extract([TEXT, OTHER], ids=["a", "b"], nlp=nlp)
    by_map = policyie.extract({"a": TEXT, "b": OTHER}, nlp=nlp)
    by_doc = policyie.extract([Document("a", TEXT), Document(id="b", text=OTHER)], nlp=nlp)
    assert by_ids == by_map == by_doc
    assert [(r["doc_id"], r["text"]) for r in by_ids] == [("a", "600万元"), ("b", "2270万元")]
    assert [r["doc_id"] for r in policyie.extract([TEXT, OTHER], nlp=nlp)] == [0, 1]
    assert [r["doc_id"] for r in policyie.extract(TEXT, nlp=nlp)] == [0]
    assert [r["doc_id"] for r in policyie.extract(Document(7, TEXT), nlp=nlp)] == [7]


@pytest.mark.parametrize("shape", [
    lambda texts, ids: list(zip(texts, ids)),                # the trap: (text, id)
    lambda texts, ids: list(zip(ids, texts)),                # (id, text) is refused too: it looks the same
    lambda texts, ids: [list(p) for p in zip(ids, texts)],   # pairs as lists (from JSON)
    lambda texts, ids: ((t, i) for t, i in zip(texts, ids)),  # a generator of pairs
])
def test_pairs_are_refused_never_swapped(nlp, shape):
    with pytest.raises(TypeError, match=r"ids=ids.*dict \{id: text\}.*Document"):
        policyie.extract(shape([TEXT, OTHER], ["a.txt", "b.txt"]), nlp=nlp)


def test_a_wrong_list_shape_fails_before_any_work(monkeypatch, nlp):
    seen = []
    monkeypatch.setattr(policyie.records, "document_rows", lambda nlp, d: seen.append(d) or [])
    with pytest.raises(TypeError):
        policyie.extract([TEXT, (OTHER, "b")], nlp=nlp)
    assert seen == []


@pytest.mark.parametrize("data, ids, error", [
    ([TEXT, OTHER], ["a"], ValueError),
    ([TEXT], ["a", "b"], ValueError),
    ((t for t in [TEXT, OTHER]), iter(["a"]), ValueError),
    ({"a": TEXT}, ["a"], TypeError),
    ([Document("a", TEXT)], ["a"], TypeError),
])
def test_ids_that_do_not_fit_are_an_error(nlp, data, ids, error):
    with pytest.raises(error):
        policyie.extract(data, ids=ids, nlp=nlp)


def test_a_non_text_in_a_list_is_an_error_row_in_place(nlp):
    rows = policyie.extract([TEXT, None, 5], ids=["a", "b", "c"], nlp=nlp)
    assert [(r["doc_id"], r["error"] is None) for r in rows] == [("a", True), ("b", False), ("c", False)]


def test_dataframe_columns_from_ids(nlp):
    pd = pytest.importorskip("pandas")
    docs = pd.DataFrame({"id": [10, 20], "text": [TEXT, OTHER]})
    frame = policyie.to_dataframe(docs["text"], ids=docs["id"], nlp=nlp)
    assert list(frame.columns) == list(FIELDS)
    assert frame["doc_id"].tolist() == [10, 20]


# -- span getters in constant time ---------------------------------------------------------------

class CountingList(list):
    iterations = 0

    def __iter__(self):
        CountingList.iterations += 1
        return super().__iter__()


def test_span_getters_index_the_doc_once(nlp):
    doc = nlp("义乌市财政局安排600万元，湖州市财政局安排300万元，东台市财政局安排50万元。" * 30)
    for attr in ("quantities", "places", "agencies"):
        doc._.set(attr, CountingList(doc._.get(attr)))
    CountingList.iterations = 0
    ents = list(doc.ents)
    values = [(e._.quantity, e._.place, e._.agency) for e in ents for _ in range(3)]
    assert CountingList.iterations <= 3                     # one pass per attribute, not one per call
    assert sum(1 for q, _, _ in values if q is not None) == 3 * 90
    assert {a.canonical for _, _, a in values if a is not None} == {"义乌市财政局", "湖州市财政局", "东台市财政局"}
    # a list replaced or changed is indexed again
    doc._.quantities = doc._.quantities[:1]
    assert ents[1]._.quantity is not None and ents[3]._.quantity is None


# -- packaged data --------------------------------------------------------------------------------

def test_the_list_of_packaged_data_files_is_complete():
    from policyie.datafiles import DATA_DIR, PACKAGED, missing_files
    assert missing_files() == []
    on_disk = {str(p.relative_to(DATA_DIR)) for p in DATA_DIR.rglob("*") if p.is_file()}
    not_read = {"gazetteer/SOURCES.md", "training/ner.cfg"} | {p for p in on_disk if p.startswith("records/") and p != "records/cues.tsv"}
    assert on_disk - not_read <= set(PACKAGED), "add the new data file to policyie.datafiles.PACKAGED"


def test_a_missing_packaged_file_is_an_error_at_load(monkeypatch, tmp_path):
    import shutil

    from policyie import datafiles
    from policyie.gazetteer import Gazetteer

    shutil.copytree(datafiles.DATA_DIR, tmp_path, dirs_exist_ok=True)
    (tmp_path / "places" / "common_words.txt").unlink()     # read as optional by the place lexicon
    monkeypatch.setattr(datafiles, "DATA_DIR", tmp_path)
    monkeypatch.setattr(datafiles, "_checked", False)
    with pytest.raises(datafiles.MissingDataError, match="places/common_words.txt"):
        policyie.load(segmenter="char")
    (tmp_path / "gazetteer" / "units.tsv.gz").unlink()
    with pytest.raises(FileNotFoundError, match="units.tsv.gz"):
        Gazetteer(tmp_path / "gazetteer")


def test_a_saved_place_component_without_a_lexicon_file_does_not_load(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipe")
    (tmp_path / "pipe" / "policyie_places" / "places" / "new_areas.tsv").unlink()
    with pytest.raises(FileNotFoundError, match="new_areas.tsv"):
        policyie.load(tmp_path / "pipe")


# -- one schema ------------------------------------------------------------------------------------

def test_the_docs_table_is_the_schema():
    from conftest import ROOT
    from policyie.records import schema_table
    assert schema_table() in (ROOT / "docs" / "records.md").read_text(encoding="utf-8")


def test_records_rows_dataframe_and_csv_have_one_schema(nlp, tmp_path):
    import csv

    from policyie.records import INTEGER_FIELDS, RECORD_FIELDS
    pd = pytest.importorskip("pandas")
    doc = nlp(TEXT + OTHER)
    rows = policyie.extract(TEXT + OTHER, nlp=nlp)
    assert [list(r) for r in doc._.records] == [list(RECORD_FIELDS)] * 2
    assert [{k: r[k] for k in RECORD_FIELDS} for r in rows] == doc._.records
    for r in rows:
        assert all(r[k] is None or type(r[k]) is int for k in INTEGER_FIELDS)
        assert all(r[k] is None or type(r[k]) is str for k in FIELDS if k not in INTEGER_FIELDS + ("doc_id",))
    frame = policyie.to_dataframe(rows)
    assert list(frame.columns) == list(FIELDS)
    frame.to_csv(tmp_path / "rows.csv", index=False)
    with open(tmp_path / "rows.csv", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == list(FIELDS)
    back = pd.read_csv(tmp_path / "rows.csv", dtype=str, keep_default_na=False)
    assert back["value"].tolist() == [r["value"] for r in rows]
