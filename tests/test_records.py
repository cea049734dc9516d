"""Funding records: the linker against gold, the extract API, DataFrames, the CLI and rendering."""
import json
import subprocess
import sys
from decimal import Decimal

import pytest

import policyie
from policyie.evaluate import evaluate
from policyie.records import FIELDS

from conftest import ROOT, SEEDS

TEXT = ("义乌市财政局每年安排600万元，用于向保险机构购买劳动者工资保障险。对于50万元以上的赔付项目，由多部门会商出险。"
        "2023年，会昌县投入资金2270万元，为2864名优抚对象发放抚恤金。")


def test_records_against_gold(nlp, gold):
    scores = evaluate(nlp, gold).to_dict()["records"]
    assert scores["amount_recall"] == 1.0
    # measured levels, kept as a floor against regressions (see README for the figures)
    assert scores["kind"] >= 0.9 and scores["place"] >= 0.95, scores
    assert scores["agency"] >= 0.9 and scores["year"] >= 0.9 and scores["purpose"] >= 0.76, scores


def test_record_fields_on_real_phrasing(nlp):
    doc = nlp(TEXT)
    r600, r50, r2270 = doc._.records
    assert (r600["kind"], r600["purpose"], r600["agency"], r600["adcode"]) == \
        ("spending", "向保险机构购买劳动者工资保障险", "义乌市财政局", "330782")
    assert r600["period"] is None or "每年" in TEXT[r600["sentence_start"]:r600["sentence_end"]]
    assert (r50["kind"], r50["purpose"]) == ("standard", "赔付项目")
    assert (r2270["kind"], r2270["purpose"], r2270["year"], r2270["adcode"]) == ("spending", "抚恤金", 2023, "360733")
    assert r2270["beneficiary"] == "2864名优抚对象"


def test_breakdown_parts_link_to_total(nlp):
    doc = nlp("2021年，东台市财政局安排安全生产专项资金1000万元，其中包含创建省级安全发展示范城市经费500万元。")
    total, part = doc._.records
    assert part["parts_of"] == total["start"] and total["parts_of"] is None


def test_extract_rows_are_flat_exact_and_offsets_valid():
    rows = policyie.extract(TEXT)
    assert [r["text"] for r in rows] == ["600万元", "50万元以上", "2270万元"]
    for row in rows:
        assert set(FIELDS) <= set(row)
        assert TEXT[row["start"]:row["end"]] == row["text"]
        assert isinstance(row["value"], str) and Decimal(row["value"]) > 0
        json.dumps(row, ensure_ascii=False)
    assert rows[1]["low"] == "500000" and rows[1]["qualifier"] == "at_least"


def test_extract_many_with_ids_and_error_rows():
    rows = policyie.extract([("a", TEXT), ("b", None), ("c", "没有金额")])
    assert {r["doc_id"] for r in rows if not r["error"]} == {"a"}
    [bad] = [r for r in rows if r["error"]]
    assert bad["doc_id"] == "b" and "TypeError" in bad["error"]


@pytest.mark.parametrize("bad", [None, 5, b"bytes"])
def test_extract_rejects_wrong_types(bad):
    with pytest.raises(TypeError):
        policyie.extract(bad)


def test_extract_n_process_2_matches_single_process(seed_texts):
    ids = [(p.stem, t) for p, t in zip(SEEDS, seed_texts)]
    one = policyie.extract(ids, n_process=1)
    two = policyie.extract(ids, n_process=2, batch_size=2)
    key = lambda r: (r["doc_id"], r["start"])
    assert sorted(one, key=key) == sorted(two, key=key)
    assert len(one) == 128


def test_to_dataframe_dtypes():
    pd = pytest.importorskip("pandas", reason="pandas is the optional [pandas] extra")
    frame = policyie.to_dataframe(TEXT)
    assert list(frame.columns) == list(FIELDS)
    assert frame["value"].iloc[0] == Decimal("6000000")
    assert str(frame["start"].dtype) == "Int64" and str(frame["year"].dtype) == "Int64"
    assert str(frame["kind"].dtype) == "category" and str(frame["purpose"].dtype) == "string"
    assert isinstance(frame, pd.DataFrame)


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "policyie", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_extract_files_encodings_and_error_rows(tmp_path):
    (tmp_path / "utf8.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gbk.txt").write_bytes(TEXT.encode("gb18030"))
    (tmp_path / "bom16.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "broken.txt").write_bytes(b"PK\x03\x04\x00\x00binary\x80\xff\x00")
    out = tmp_path / "out.jsonl"
    done = _cli("extract", str(tmp_path), "-o", str(out), "--segmenter", "char")
    assert done.returncode == 1, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_doc = {}
    for r in rows:
        by_doc.setdefault(r["doc_id"], []).append(r)
    assert [r["text"] for r in by_doc["gbk"]] == [r["text"] for r in by_doc["utf8"]] == ["600万元", "50万元以上", "2270万元"]
    assert [r["text"] for r in by_doc["bom16"]] == ["600万元", "50万元以上", "2270万元"]
    assert by_doc["broken"][0]["error"] and by_doc["broken"][0]["text"] is None
    assert "records" in done.stderr


def test_cli_extract_csv_and_parquet(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert _cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.csv"), "--quiet").returncode == 0
    assert "600万元" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    pytest.importorskip("pyarrow", reason="parquet needs the optional [pandas] extra")
    assert _cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.parquet"), "--quiet").returncode == 0
    import pandas as pd
    assert list(pd.read_parquet(tmp_path / "o.parquet")["text"]) == ["600万元", "50万元以上", "2270万元"]


def test_render_html_has_spans_and_arcs(tmp_path):
    out = tmp_path / "page.html"
    done = _cli("render", str(ROOT / "seeds" / "000_9e0fde2c5d363874.txt"), "-o", str(out))
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count("displacy-arc") >= 20                    # one arc per link
    assert "向保险机构购买劳" in page and "义乌市财政局" in page
    assert 'class="spans"' in page or "span" in page
    assert "MONEY · spending" in page and ">purpose<" in page
