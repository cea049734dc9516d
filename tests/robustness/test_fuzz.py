"""Hypothesis fuzzing: parse_quantity, cleaning and the pipeline keep their invariants."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from policyie import find_quantities, parse_quantity
from policyie.cleaning import TextView, find_broken_lines

from conftest import SEEDS, read_seed

_sentences = [s for p in SEEDS for s in read_seed(p).split("。") if s.strip()][:500]
_pieces = st.sampled_from(list("0123456789０１２３一二两三四五六七八九十百千万亿零〇点.,，%％元亩人个年月约超余多以上下左右—-至到每/"
                               "萬億個點\n \u3000abcXYZ<>&;“”（）") + ["万元", "亿元", "个百分点", "百分之", "美元", "以上的", "\n\n"])
soup = st.lists(_pieces, max_size=40).map("".join)
mixed = st.one_of(soup, st.text(max_size=60),
                  st.tuples(st.sampled_from(_sentences), st.integers(0, 300), soup).map(
                      lambda t: t[0][:t[1]] + t[2] + t[0][t[1]:]))

SETTINGS = dict(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _check_quantity(q):
    for v in (q.value, q.low, q.high):
        assert v is None or (isinstance(v, Decimal) and v.is_finite())
    if q.low is not None and q.high is not None:
        assert q.low <= q.high
    if q.value is not None and q.low is not None:
        assert q.low <= q.value
    if q.value is not None and q.high is not None:
        assert q.value <= q.high


@settings(**SETTINGS)
@given(mixed)
def test_parse_quantity_only_value_error(text):
    try:
        _check_quantity(parse_quantity(text))
    except ValueError:
        pass


@settings(**SETTINGS)
@given(mixed)
def test_find_quantities_invariants(text):
    found = find_quantities(text)
    assert found == find_quantities(text)                 # deterministic
    for m in found:
        assert 0 <= m.start < m.end <= len(text) and m.quantity.text == text[m.start:m.end]
        _check_quantity(m.quantity)


@settings(**SETTINGS)
@given(mixed)
def test_cleaning_maps_back(text):
    view = TextView(text, find_broken_lines(text))
    for i in range(len(view.text)):
        assert text[view.to_original(i)] == view.text[i]
        assert view.from_original(view.to_original(i)) == i


@settings(**dict(SETTINGS, max_examples=120))
@given(mixed)
def test_pipeline_invariants(char_nlp, text):
    doc = char_nlp(text)
    again = char_nlp(text)
    assert doc._.quantities == again._.quantities and doc._.records == again._.records
    for q in doc._.quantities:
        assert text[q["start"]:q["end"]] == q["text"]
    removed = {i for s, e in doc._.removed or () for i in range(s, e)}
    for r in doc._.records:
        assert 0 <= r["start"] < r["end"] <= len(text)
        if r["purpose_start"] is not None:
            # the purpose is the text at its offsets, less what the cleaner cut (a broken line
            # break, injected spam)
            kept = "".join(ch for i, ch in enumerate(text[r["purpose_start"]:r["purpose_end"]], r["purpose_start"])
                           if i not in removed)
            assert kept == r["purpose"]
    for p in doc._.places or ():
        assert text[p["start"]:p["end"]] == p["text"]
