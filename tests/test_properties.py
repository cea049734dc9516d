"""The pipeline never raises on any string and always reports valid offsets."""
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import SEEDS, read_seed

_seed_sentences = [s for p in SEEDS for s in read_seed(p).split("。") if s.strip()][:400]


def _check(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    for q in doc._.quantities:
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert text[q["start"]:q["end"]] == q["text"]
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(max_size=80))
def test_any_string(nlp, text):
    _check(nlp, text)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.sampled_from(_seed_sentences), st.integers(0, 200), st.text(max_size=5))
def test_mutated_seed_sentences(nlp, sentence, pos, insert):
    pos = min(pos, len(sentence))
    _check(nlp, sentence[:pos] + insert + sentence[pos:])


# -- accepted amounts are consistent and read back to themselves (issue 14) ----------------

import json
from decimal import Decimal

from policyie.quantity import canonical_text, find_quantities, parse_quantity

from conftest import DATA

_CORPUS_DEV = {line.split("\t")[0] for line in (DATA / "corpus" / "split.tsv").read_text(encoding="utf-8").splitlines()
               if not line.startswith("#") and line.split("\t")[2:3] == ["dev"]}
_TEXTS = [read_seed(p) for p in SEEDS] + [
    json.loads(line)["text"] for name in ("news", "reports", "notices")
    for line in (DATA / "corpus" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip() and json.loads(line)["id"] in _CORPUS_DEV]
_READ = ("value", "low", "high", "unit", "per")


def _same(a, b) -> bool:
    return all(getattr(a, f) == getattr(b, f) for f in _READ)


def test_every_accepted_amount_is_ordered_and_reads_back():
    """Over the seeds and the dev documents: low ≤ value ≤ high, and the canonical writing of
    every money amount and percentage parses back to the same value, bounds, unit and rate."""
    seen = 0
    for text in _TEXTS:
        for m in find_quantities(text):
            q = m.quantity
            if q.low is not None and q.high is not None:
                assert q.low <= q.high, q
            if q.value is not None:
                assert q.low is None or q.low <= q.value, q
                assert q.high is None or q.value <= q.high, q
            if q.kind in ("money", "percent"):
                again = parse_quantity(canonical_text(q))
                assert _same(again, q), (q, canonical_text(q), again)
                seen += 1
    assert seen > 600


_codes = st.sampled_from(["CNY", "USD", "HKD", "EUR", "JPY", "GBP", "KRW", "MOP"])
_pers = st.sampled_from([None, "人", "户", "亩", "人·月", "村·年", "学生·学期", "项目"])
_money_values = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999999999"), places=2,
                            allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None)
@given(_money_values, _codes, st.sampled_from(["exact", "approx", "at_least", "more_than", "at_most", "less_than"]),
       _pers)
def test_canonical_money_reads_back(value, code, qualifier, per):
    from policyie import Quantity
    from policyie.numerals import scale
    value = scale(value, 1)
    low = value if qualifier in ("at_least", "more_than") else None
    high = value if qualifier in ("at_most", "less_than") else None
    q = Quantity(text="", kind="money", value=value, low=low, high=high, unit=code, qualifier=qualifier, per=per)
    again = parse_quantity(canonical_text(q))
    assert _same(again, q) and again.qualifier == qualifier, canonical_text(q)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=Decimal("-99.99"), max_value=Decimal("999.99"), places=2, allow_nan=False,
                   allow_infinity=False), st.sampled_from(["%", "pp"]))
def test_canonical_percent_reads_back_as_written(value, unit):
    from policyie import Quantity
    q = Quantity(text="", kind="percent", value=value, unit=unit)
    again = parse_quantity(canonical_text(q))
    assert again.value == value and str(again.value) == str(value) and again.unit == unit


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 10**6), st.integers(0, 10**6), _pers)
def test_canonical_range_reads_back(low, width, per):
    from policyie import Quantity
    q = Quantity(text="", kind="money", value=None, low=Decimal(low), high=Decimal(low + width), unit="CNY",
                 qualifier="range", per=per)
    again = parse_quantity(canonical_text(q))
    assert _same(again, q), canonical_text(q)
