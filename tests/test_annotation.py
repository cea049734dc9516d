"""Interop: gold JSONL ↔ DocBin, doccano / Label Studio tasks and exports, `annotate`,
`convert`, and the relation scores of `evaluate`."""
import json
import xml.etree.ElementTree as ET

import pytest
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab
from typer.testing import CliRunner

import policyie
from policyie.annotation import (from_label_studio, label_studio_config, pre_annotate, read_annotations,
                                 write_tasks)
from policyie.cli import app
from policyie.evaluate import RELATIONS, evaluate
from policyie.gold import (PLACES_KEY, GoldFormatError, docbin_to_gold, doc_to_gold, gold_to_doc, gold_to_docbin,
                           read_gold)
from policyie.segmenter import blank

from conftest import DATA, ROOT

GOLD = DATA / "gold" / "seeds.jsonl"
INTEROP = DATA / "interop"

# The hand-written spans of the fixtures in tests/data/interop/ (seed sentences).
S1 = "本报讯 近日，财政部、国家卫生健康委公示竞争性评审结果，江西省南昌市入选2023年中央财政支持普惠托育服务发展示范项目城市。"
S1_SPANS = [(7, 10, "财政部", "ORG"), (11, 18, "国家卫生健康委", "ORG"), (28, 31, "江西省", "GPE"),
            (31, 34, "南昌市", "GPE"), (36, 41, "2023年", "DATE")]
S2_SPANS = [(0, 3, "黄山市", "GPE"), (5, 7, "9处", "QUANTITY"), (26, 31, "约60万元", "MONEY"),
            (39, 44, "3.65%", "PERCENT")]
S3_SPANS = [(21, 29, "湖州绿色交易中心", "ORG"), (38, 44, "1.76亿元", "MONEY")]

runner = CliRunner()


@pytest.fixture(scope="module")
def char_nlp():
    return policyie.load(segmenter="char")


def _ents(doc):
    return [(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]


def _docbin_ents(path):
    return [_ents(d) for d in DocBin().from_disk(path).get_docs(Vocab())]


# ---------------------------------------------------------------- gold ↔ DocBin

def test_gold_corpus_round_trips_through_docbin_losslessly():
    raw = read_gold(GOLD, with_text=False)
    texts = [d["text"] for d in read_gold(GOLD)]
    data = gold_to_docbin(raw, texts=texts).to_bytes()
    docs = list(DocBin().from_bytes(data).get_docs(Vocab()))
    back = [doc_to_gold(d) for d in docs]
    assert back == raw
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [json.dumps(d, ensure_ascii=False) for d in back] == lines
    # the spans are real Doc spans, not only user data
    for doc, record in zip(docs, raw):
        assert _ents(doc) == [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]]
        assert [(s.start_char, s.end_char, s.text) for s in doc.spans[PLACES_KEY]] == \
            [(p["start"], p["end"], p["text"]) for p in record["places"]]


def test_gold_with_text_round_trips_with_word_tokens():
    """Gold spans inside pkuseg words (义乌 in 义乌工资保障险) survive: tokens are split."""
    full = read_gold(GOLD)[:1]
    nlp = blank("pkuseg")
    [doc] = DocBin().from_bytes(gold_to_docbin(full, nlp).to_bytes()).get_docs(nlp.vocab)
    assert doc_to_gold(doc) == full[0]
    assert doc.text == full[0]["text"]


def _words(words, spaces=None):
    return lambda text: Doc(Vocab(), words=words, spaces=spaces or [False] * len(words))


def test_tokens_are_split_at_span_edges_not_snapped():
    text = "义乌市财政局安排600万元，用于保险。"
    tokenize = _words(["义乌市财政局", "安排600", "万元", "，", "用于", "保险", "。"])
    record = {"id": "t", "text": text,
              "entities": [{"start": 0, "end": 6, "text": "义乌市财政局", "label": "ORG", "canonical": "义乌市财政局"},
                           {"start": 8, "end": 13, "text": "600万元", "label": "MONEY", "value": "6000000"}],
              "places": [{"start": 0, "end": 3, "text": "义乌市", "label": "GPE", "adcode": "330782"}]}
    doc = gold_to_doc(record, tokenize)
    assert [t.text for t in doc] == ["义乌市", "财政局", "安排", "600", "万元", "，", "用于", "保险", "。"]
    assert _ents(doc) == [(0, 6, "义乌市财政局", "ORG"), (8, 13, "600万元", "MONEY")]
    assert [(s.start_char, s.end_char) for s in doc.spans["places"]] == [(0, 3)]
    assert doc_to_gold(doc) == record


def test_split_keeps_spaces_and_line_breaks():
    text = "本报讯 义乌市\n\n财政局"
    tokenize = _words(["本报讯", "义乌市", "\n\n", "财政局"], [True, False, False, False])
    record = {"id": "w", "text": text, "entities": [{"start": 4, "end": 6, "text": "义乌", "label": "GPE"}]}
    doc = gold_to_doc(record, tokenize)
    assert doc.text == text and [t.text for t in doc] == ["本报讯", "义乌", "市", "\n\n", "财政局"]
    assert doc_to_gold(doc) == record


@pytest.mark.parametrize("entities, message", [
    ([{"start": 0, "end": 3, "text": "义乌市", "label": "GPE"}, {"start": 0, "end": 6, "label": "ORG"}], "overlapping"),
    ([{"start": 0, "end": 2, "text": "义乌市", "label": "GPE"}], "the text there is '义乌'"),
    ([{"start": 0, "end": 3, "label": "PERSON"}], "unknown label 'PERSON'"),
    ([{"start": 5, "end": 99, "label": "ORG"}], "outside the text"),
    ([{"start": "0", "end": 3, "label": "GPE"}], "integers"),
])
def test_bad_gold_spans_name_the_document(entities, message):
    record = {"id": "doc-7", "text": "义乌市财政局安排资金。", "entities": entities}
    with pytest.raises(GoldFormatError, match=message) as err:
        gold_to_doc(record)
    assert "doc-7" in str(err.value)


# ---------------------------------------------------------------- tool exports → DocBin

@pytest.mark.parametrize("name, fmt, expected", [
    ("doccano.jsonl", "doccano", [S1_SPANS, S2_SPANS, S3_SPANS]),
    ("doccano_entities.jsonl", "doccano", [S2_SPANS, S3_SPANS]),
    ("label_studio.json", "label-studio", [S1_SPANS, S3_SPANS]),
    ("label_studio_min.json", "label-studio", [S2_SPANS]),
])
def test_tool_exports_convert_to_docbin_with_the_annotated_spans(tmp_path, name, fmt, expected):
    out = tmp_path / "train.spacy"
    result = runner.invoke(app, ["convert", str(INTEROP / name), "--from", fmt, "-o", str(out), "--segmenter", "char"])
    assert result.exit_code == 0, result.output
    assert _docbin_ents(out) == expected


def test_label_studio_takes_latest_annotation_that_was_not_cancelled():
    skipped = []
    records = read_annotations(INTEROP / "label_studio.json", "label-studio", skipped=skipped)
    # task 7 has an older partial annotation and a newer cancelled one; task 9 none at all
    assert [r["id"] for r in records] == ["000_9e0fde2c5d363874", "004_83bbc0ccf697ed6e"]
    assert [(e["start"], e["end"], e["text"], e["label"]) for e in records[0]["entities"]] == S1_SPANS
    assert len(skipped) == 1 and "task 3 (id 9)" in skipped[0]


def test_tool_export_to_gold_jsonl_and_back_to_docbin(tmp_path):
    gold = tmp_path / "gold.jsonl"
    assert runner.invoke(app, ["convert", str(INTEROP / "doccano.jsonl"), "--from", "doccano", "-o", str(gold)]).exit_code == 0
    lines = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == ["101", "102", "103"] and lines[0]["text"] == S1
    assert [(e["start"], e["end"], e["text"], e["label"]) for e in lines[1]["entities"]] == S2_SPANS   # sorted
    spacy_file = tmp_path / "gold.spacy"
    result = runner.invoke(app, ["convert", str(gold), "--from", "gold", "-o", str(spacy_file), "--segmenter", "char"])
    assert result.exit_code == 0, result.output
    assert docbin_to_gold(spacy_file) == lines


def test_label_studio_utf16_offsets_are_converted():
    # 𠮷 is outside the BMP: Label Studio (JavaScript) counts it as two units
    task = {"id": 1, "data": {"text": "𠮷野家在北京市开店"},
            "annotations": [{"id": 1, "was_cancelled": False,
                             "result": [{"type": "labels", "value": {"start": 5, "end": 8, "text": "北京市",
                                                                     "labels": ["GPE"]}}]}]}
    record = from_label_studio(task, "t")
    assert [(e["start"], e["end"], e["text"]) for e in record["entities"]] == [(4, 7, "北京市")]


@pytest.mark.parametrize("task, message", [
    ({"id": 5, "text": "义乌市财政局", "label": [[0, 9, "ORG"]]}, "line 1 (id 5): span [0, 9] ORG: offsets outside"),
    ({"text": "义乌市财政局", "label": [[0, 3, "GPE"], [0, 6, "ORG"]]}, "line 1: overlapping spans [0, 3] GPE '义乌市'"),
    ({"text": "义乌市财政局", "label": [[0, 3, "LOC"]]}, "unknown label 'LOC'"),
    ({"text": "义乌市财政局", "label": ["positive"]}, "is not [start, end, tag]"),
    ({"text": "义乌市财政局", "entities": [{"start": 0, "end": 3, "label": "GPE"}]}, "lacks start_offset"),
])
def test_bad_doccano_exports_fail_clearly_and_write_nothing(tmp_path, task, message):
    src, out = tmp_path / "export.jsonl", tmp_path / "train.spacy"
    src.write_text(json.dumps(task, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["convert", str(src), "--from", "doccano", "-o", str(out), "--segmenter", "char"])
    assert result.exit_code == 1
    assert "export.jsonl line 1" in result.output and message in result.output
    assert not out.exists()


def test_bad_label_studio_exports_fail_clearly(tmp_path):
    def task(value):
        return {"id": 3, "data": {"text": "义乌市财政局"},
                "annotations": [{"id": 1, "result": [{"type": "labels", "value": value}]}]}
    src = tmp_path / "export.json"
    for value, message in [({"start": 0, "end": 3, "text": "义乌", "labels": ["GPE"]}, "the text there is"),
                           ({"start": 0, "end": 3, "text": "义乌市", "labels": ["GPE", "ORG"]}, "2 labels"),
                           ({"start": 0, "labels": ["GPE"]}, "no start/end")]:
        src.write_text(json.dumps([task(value)], ensure_ascii=False), encoding="utf-8")
        with pytest.raises(GoldFormatError, match=message) as err:
            read_annotations(src, "label-studio")
        assert "export.json task 1 (id 3)" in str(err.value)


def test_labels_option_allows_custom_labels(tmp_path):
    src, out = tmp_path / "export.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"text": "张三在义乌市", "label": [[0, 2, "PERSON"], [3, 6, "GPE"]]},
                              ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["convert", str(src), "--from", "doccano", "-o", str(out), "--labels", "PERSON,GPE"])
    assert result.exit_code == 0, result.output


# ---------------------------------------------------------------- pre-annotation

KNOWN = "义乌市财政局每年安排600万元，用于购买劳动者工资保障险；对于50万元以上的赔付项目，由多部门会商。"
KNOWN_SPANS = [(0, 6, "ORG"), (10, 15, "MONEY"), (31, 37, "MONEY")]   # 义乌市财政局, 600万元, 50万元以上


def test_doccano_tasks_are_import_jsonl_with_the_pipeline_spans(tmp_path, char_nlp):
    path = tmp_path / "tasks.jsonl"
    write_tasks(pre_annotate([("yw", KNOWN)], char_nlp, "doccano"), path, "doccano")
    [line] = path.read_text(encoding="utf-8").splitlines()
    task = json.loads(line)
    assert task["text"] == KNOWN
    assert [tuple(x) for x in task["label"]] == KNOWN_SPANS
    assert all(isinstance(s, int) and isinstance(e, int) and isinstance(t, str) for s, e, t in task["label"])


def test_label_studio_tasks_carry_predictions_matching_the_config(tmp_path, char_nlp):
    path = tmp_path / "tasks.json"
    write_tasks(pre_annotate([("yw", KNOWN), ("empty", "没有实体的句子")], char_nlp, "label-studio"), path, "label-studio")
    tasks = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(tasks, list) and len(tasks) == 2
    config = ET.fromstring(label_studio_config())
    labels_tag, text_tag = config.find("Labels"), config.find("Text")
    assert text_tag.get("value") == "$text" and labels_tag.get("toName") == text_tag.get("name")
    allowed = {x.get("value") for x in labels_tag.findall("Label")}
    assert allowed == {"MONEY", "PERCENT", "QUANTITY", "DATE", "GPE", "ORG"}
    [prediction] = tasks[0]["predictions"]
    got = []
    for item in prediction["result"]:
        assert (item["from_name"], item["to_name"], item["type"]) == (labels_tag.get("name"), text_tag.get("name"), "labels")
        v = item["value"]
        assert KNOWN[v["start"]:v["end"]] == v["text"] and set(v["labels"]) <= allowed
        got.append((v["start"], v["end"], v["labels"][0]))
    assert got == KNOWN_SPANS
    assert tasks[0]["data"]["text"] == KNOWN and tasks[1]["predictions"][0]["result"] == []


def test_annotate_command_writes_tasks(tmp_path):
    report = tmp_path / "yw.txt"
    report.write_text(KNOWN, encoding="utf-8")
    out = tmp_path / "tasks.jsonl"
    result = runner.invoke(app, ["annotate", str(report), "--format", "doccano", "-o", str(out), "--segmenter", "char"])
    assert result.exit_code == 0, result.output
    task = json.loads(out.read_text(encoding="utf-8"))
    assert [tuple(x) for x in task["label"]] == KNOWN_SPANS and task["doc_id"] == "yw"
    # Label Studio imports a JSON list: a .jsonl name is refused, not silently mis-written
    bad = runner.invoke(app, ["annotate", str(report), "--format", "label-studio", "-o", str(out), "--segmenter", "char"])
    assert bad.exit_code != 0


def test_docs_show_the_label_studio_config():
    assert label_studio_config() in (ROOT / "docs" / "annotation.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------- evaluation of relations

class _StubNlp:
    """Returns Docs with preset records, so relation counting is checked on known numbers."""

    def __init__(self, records):
        self.records = records

    def __call__(self, text):
        doc = Doc(Vocab(), words=list(text), spaces=[False] * len(text))
        doc._.records = self.records
        return doc


def _pred(start, end, **kw):
    base = {"start": start, "end": end, "kind": "spending", "purpose": None, "purpose_start": None,
            "purpose_end": None, "agency": None, "place": None, "adcode": None, "year": None}
    return {**base, **kw}


def test_relation_precision_recall_f1():
    text = "义乌市财政局安排600万元用于抚恤金，另有30万元和5万元。"
    gold = [{"id": "r", "text": text, "entities": [], "records": [
        {"start": 8, "end": 13, "text": "600万元", "kind": "spending", "purpose": "抚恤金", "purpose_start": 15,
         "agency": "义乌市财政局", "place": "330782", "year": 2023},
        {"start": 21, "end": 25, "text": "30万元", "kind": "spending", "purpose": None, "purpose_start": None,
         "agency": None, "place": None, "year": None}]}]
    predicted = [
        _pred(8, 13, purpose="抚恤金", purpose_start=15, purpose_end=18, agency="义乌市财政局",
              place="义乌市", adcode="330782", year=2022),                           # year wrong
        _pred(21, 25, kind="standard", agency="义乌市财政局"),                          # agency where gold has none
        _pred(26, 29, year=2023, place="义乌市", adcode="330782"),                     # not a gold amount
    ]
    d = evaluate(_StubNlp(predicted), gold).to_dict()
    rel = {k: (v["tp"], v["gold"], v["pred"]) for k, v in d["relations"].items() if k in RELATIONS}
    assert rel == {"kind": (1, 2, 3), "purpose": (1, 1, 1), "agency": (1, 1, 2), "place": (1, 1, 2),
                   "year": (0, 1, 2)}
    assert d["relations"]["agency"]["precision"] == 0.5 and d["relations"]["agency"]["recall"] == 1.0
    # the older "share right of found" figures keep their meaning (both-null counts as right)
    shares = {k: d["records"][k] for k in ("amount_recall", *RELATIONS)}
    assert shares == {"amount_recall": 1.0, "kind": 0.5, "purpose": 1.0, "agency": 0.5, "place": 1.0, "year": 0.5}
    # fields this gold does not annotate are not scored
    assert d["records"]["fund"] is None and d["records"]["agency_written"] is None


def test_evaluate_command_with_a_saved_pipeline(tmp_path, char_nlp):
    char_nlp.to_disk(tmp_path / "pipe")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "yw", "text": KNOWN, "entities": [
        {"start": s, "end": e, "text": KNOWN[s:e], "label": label} for s, e, label in KNOWN_SPANS]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    scores = tmp_path / "scores.json"
    result = runner.invoke(app, ["evaluate", str(gold), "--model", str(tmp_path / "pipe"), "--json", str(scores)])
    assert result.exit_code == 0, result.output
    assert "record agency" in result.output and "== dev ==" in result.output
    d = json.loads(scores.read_text(encoding="utf-8"))["all"]
    assert d["entities"]["ORG"]["f1"] == 1.0 and d["entities"]["MONEY"]["f1"] == 1.0
    assert set(RELATIONS) <= set(d["relations"])
