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
