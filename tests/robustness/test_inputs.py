"""Bad and adversarial input: no exception, valid offsets, time linear in the input."""
import time
from decimal import Decimal

import pytest

import policyie
from policyie import parse_quantity

CASES = {
    "empty": "",
    "whitespace": " \n\t\u3000 \n",
    "no chinese": "Budget 2023: USD 1,000,000 (approx). Call 555-0100.",
    "traditional": "撥款176.6萬元，增長2.4個百分點，投入3億元",
    "full/half-width mix": "投入１２３．５万元和12,345元，增长３．９％，比上年增长2.4个百分点",
    "control characters": "财政\x01\x02局安排\x7f600万元\x1b资金\x0c",
    "nul bytes": "安排\x00600万元\x00用于\x00",
    "lone surrogates": "安排\ud800600万元\udfff用于",
    "html remnants": "<p>安排<b>600</b>万元&nbsp;用于</p><script>var a=1;</script><!-- x -->",
    "digits line": "1" * 100_000,
    "wan line": "万" * 100_000,
    "repeated punctuation": "。！？，、；：“”（）" * 10_000,
    "numeral soup": "一二三四五六七八九十百千万亿零" * 6_000,
    "rate prefixes": "每人每月" * 25_000,
    "ranges": "1—2—3—4—" * 20_000,
    "quantities": "１２３．５元，" * 10_000,
    "headline pair at the end": "0\n\n0\n\n一一",          # found by hypothesis
}
# seconds per million characters, far above the measured worst case (about 45) so a
# quadratic or exponential regression fails while a slow CI machine does not
BUDGET_PER_MB = 400


@pytest.mark.parametrize("name", list(CASES))
def test_never_raises_offsets_valid_time_linear(char_nlp, name):
    text = CASES[name]
    start = time.perf_counter()
    doc = char_nlp(text)
    elapsed = time.perf_counter() - start
    assert len(doc.text) == len(text)
    for q in doc._.quantities:
        assert 0 <= q["start"] < q["end"] <= len(text)
        for key in ("value", "low", "high"):
            assert q[key] is None or Decimal(q[key]).is_finite()
    for ent in doc.ents:
        assert 0 <= ent.start_char < ent.end_char <= len(text)
    assert elapsed <= 1.0 + BUDGET_PER_MB * len(text) / 1_000_000, f"{name}: {elapsed:.1f}s"


def test_traditional_characters_are_read():
    assert parse_quantity("176.6萬元").value == Decimal("1766000")
    assert parse_quantity("2.4個百分點").unit == "pp"
    assert parse_quantity("十一點二五萬元").value == Decimal("112500")


def test_lone_surrogates_become_replacement_characters(char_nlp):
    doc = char_nlp(CASES["lone surrogates"])
    assert [e.text for e in doc.ents] == ["600万元"]
    assert doc.text == CASES["lone surrogates"].replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")


@pytest.mark.parametrize("bad", [None, b"\xe5\xae\x89", 5, 3.5, ["安排"]])
def test_wrong_types_raise_type_error(char_nlp, bad):
    with pytest.raises(TypeError, match="str"):
        char_nlp(bad)
    if isinstance(bad, bytes):                            # a document's bytes: read by content
        assert policyie.extract(bad, nlp=char_nlp) == []
    elif not isinstance(bad, list):
        with pytest.raises(TypeError):
            policyie.extract(bad)
    with pytest.raises(TypeError):
        parse_quantity(bad)


def test_text_longer_than_max_length_is_chunked_not_rejected():
    nlp = policyie.load(segmenter="char")
    nlp.max_length = 5_000
    paragraph = "义乌市财政局安排600万元，用于购买劳动者工资保障险。\n"
    text = paragraph * 2_000                              # 58,000 characters, 12 chunks
    doc = nlp(text)
    assert doc.text == text
    money = [q for q in doc._.quantities if q["label"] == "MONEY"]
    assert len(money) == 2_000
    assert all(text[q["start"]:q["end"]] == "600万元" for q in money)
    assert len(doc._.records) == 2_000


def test_large_document(char_nlp):
    """A 2 MB report (the seeds repeated) goes through in one piece, linear in time."""
    from conftest import SEEDS, read_seed
    text = "\n\n".join(read_seed(p) for p in SEEDS) * 17
    assert len(text) > 690_000
    start = time.perf_counter()
    doc = char_nlp(text)
    elapsed = time.perf_counter() - start
    assert len(doc._.records) == 128 * 17
    assert elapsed <= BUDGET_PER_MB * len(text) / 1_000_000


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_the_pipeline_fails_on_becomes_an_error_row_in_place(n_process):
    from spacy.language import Language

    @Language.component("fails_on_marker")
    def fails_on_marker(doc):
        if "💥" in doc.text:
            raise RuntimeError("component failed")
        return doc

    nlp = policyie.load(segmenter="char")
    nlp.add_pipe("fails_on_marker", first=True)
    texts = {"a": "义乌市安排资金600万元。", "b": "💥安排资金5万元。", "c": None, "d": "下达补助3万元。"}
    rows = policyie.extract(texts, nlp=nlp, n_process=n_process, batch_size=1)
    assert [(r["doc_id"], r["text"], r["error"]) for r in rows] == [
        ("a", "600万元", None),
        ("b", None, "RuntimeError: component failed"),
        ("c", None, "TypeError: expected str, got NoneType"),
        ("d", "3万元", None),
    ]
