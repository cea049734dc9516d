"""policyie.spark: records on Spark (local[2]) equal those of the single-process path.

The Spark tests run with `segmenter="char"` (fastest to load and run; the records are the
same as with pkuseg, see tests/test_segmenter.py) and one SparkSession for the whole run. The batch function's error handling and streaming are tested without Spark.
"""
import os
import shutil
import sys
from collections import defaultdict

import pytest
from spacy.language import Language

import policyie
from policyie.records import FIELDS
from policyie.spark import _pipeline, record_frames

from conftest import SEEDS, read_seed

pd = pytest.importorskip("pandas")

OPTIONS = {"segmenter": "char"}
SHORT = "2021年，会昌县财政局安排资金300万元，用于农村公路养护。"


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'policyie[spark]')")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        pytest.skip("Spark needs Java (no JAVA_HOME, no java on PATH)")
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("policyie-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.pyspark.python", sys.executable)
               .config("spark.pyspark.driver.python", sys.executable)
               # a short-lived JVM: start fast rather than optimize long
               .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def char_nlp():
    return policyie.load(**OPTIONS)


@pytest.fixture(scope="module")
def seed_docs():
    return [(p.stem, read_seed(p)) for p in SEEDS]


def by_doc(rows):
    out = defaultdict(list)
    for row in rows:
        out[row["doc_id"]].append(row)
    return dict(out)


def test_spark_records_equal_single_process(spark, seed_docs, char_nlp, gold):
    from policyie.spark import extract_records

    docs = seed_docs + [("missing", None)]
    frame = spark.createDataFrame(docs, "id string, text string")   # 2 partitions: 2 workers
    out = extract_records(frame, segmenter="char")
    assert out.schema.names == list(FIELDS)
    got = by_doc(row.asDict() for row in out.collect())
    expected = by_doc(policyie.extract(dict(docs), nlp=char_nlp))
    assert set(got) == {doc_id for doc_id, _ in docs}
    for doc_id in expected:                          # every field, same order within a document
        assert got[doc_id] == expected[doc_id], doc_id
    assert got["missing"] == [dict.fromkeys(FIELDS) | {"doc_id": "missing",
                                                         "error": "TypeError: expected str, got NoneType"}]
    # the hand-checked amounts of the gold corpus, with their offsets into the caller's text
    texts = dict(seed_docs)
    found = {(r["doc_id"], r["start"], r["end"], r["value"]) for rows in got.values() for r in rows}
    for d in gold:
        for e in d["entities"]:
            if e["label"] == "MONEY":
                assert (d["id"], e["start"], e["end"], e["value"]) in found, e
                assert texts[d["id"]][e["start"]:e["end"]] == e["text"]


def test_spark_integer_ids_and_nulls(spark):
    from pyspark.sql.types import LongType

    from policyie.spark import extract_records

    frame = spark.createDataFrame([(1, SHORT), (2, None), (None, "全年投入资金8.5亿元。")], "id long, text string")
    out = extract_records(frame, segmenter="char", batch_size=2)
    assert out.schema["doc_id"].dataType == LongType()
    rows = sorted((r.asDict() for r in out.collect()), key=lambda r: (r["doc_id"] is None, r["doc_id"] or 0))
    assert [(r["doc_id"], r["text"], r["value"], r["year"], r["error"]) for r in rows] == [
        (1, "300万元", "3000000", 2021, None),
        (2, None, None, None, "TypeError: expected str, got NoneType"),
        (None, "8.5亿元", "850000000", None, None),
    ]
    assert rows[0]["purpose"] == "农村公路养护" and rows[0]["start"] == SHORT.index("300万元")


def test_spark_rejects_wrong_columns_and_options(spark):
    from policyie.spark import extract_records

    frame = spark.createDataFrame([("a", SHORT)], "doc string, body string")
    with pytest.raises(ValueError, match="no column 'id'"):
        extract_records(frame)
    with pytest.raises(TypeError):
        extract_records(frame, id_col="doc", text_col="body", segmenterr="char")


def test_record_schema_follows_fields():
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'policyie[spark]')")
    from pyspark.sql.types import IntegerType, LongType, StringType

    from policyie.spark import record_schema

    schema = record_schema()
    assert schema.names == list(FIELDS)
    types = {f.name: f.dataType for f in schema.fields}
    assert types["value"] == types["low"] == types["high"] == StringType()      # exact decimals
    assert types["start"] == types["purpose_end"] == types["parts_of"] == LongType()
    assert types["year"] == IntegerType() and types["doc_id"] == StringType()
    assert record_schema(LongType())["doc_id"].dataType == LongType()


@Language.component("policyie_test_fail_on_marker")
def _fail_on_marker(doc):
    if "#FAIL#" in doc.text:
        raise RuntimeError("marker found")
    return doc


def test_failing_document_becomes_error_row(char_nlp):
    nlp = policyie.load(**OPTIONS)
    nlp.add_pipe("policyie_test_fail_on_marker")
    other = "义乌市财政局每年安排600万元，用于购买劳动者工资保障险。"
    frame = pd.DataFrame({"id": ["a", "b", "c", "d"], "text": [SHORT, "#FAIL# 投入100万元", other, float("nan")]})
    rows = pd.concat(record_frames([frame], nlp, batch_size=4)).to_dict("records")
    rows = [{k: (None if v is pd.NA else v) for k, v in r.items()} for r in rows]
    got = by_doc(rows)
    assert got["b"] == [dict.fromkeys(FIELDS) | {"doc_id": "b", "error": "RuntimeError: marker found"}]
    assert got["d"] == [dict.fromkeys(FIELDS) | {"doc_id": "d", "error": "TypeError: expected str, got NoneType"}]
    assert got["a"] == policyie.extract({"a": SHORT}, nlp=char_nlp)
    assert got["c"] == policyie.extract({"c": other}, nlp=char_nlp)
    assert [r["value"] for r in got["c"]] == ["6000000"]


def test_record_frames_stream_batch_by_batch(char_nlp):
    def frames():
        yield pd.DataFrame({"id": ["a", "b"], "text": [SHORT, "全年投入资金8.5亿元。"]})
        raise AssertionError("the second input frame was read before the first one's rows were handed on")

    out = record_frames(frames(), char_nlp, batch_size=1)
    assert next(out)["doc_id"].tolist() == ["a"]
    assert next(out)["doc_id"].tolist() == ["b"]
    with pytest.raises(AssertionError):
        next(out)


def test_pipeline_loaded_once_per_process():
    assert _pipeline(dict(OPTIONS)) is _pipeline(dict(OPTIONS))
    assert _pipeline({"segmenter": "char", "clean": False}) is not _pipeline(dict(OPTIONS))
