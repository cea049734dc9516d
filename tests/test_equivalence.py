"""The main job's fast configuration gives the records of the default one.

`policyie.extract`, `iter_records`, `policyie extract` and Spark run the character segmenter
(`policyie.records.EXTRACT_SEGMENTER`), without entities on the tokens
(`policyie.pipeline.rows_pipeline`), because it is the fastest configuration; this is the
proof that it changes nothing a user of records sees: on the seed reports and on every passage
of the corpus (dev and test: records of two configurations are compared, no gold is read),
the records, entities and values are the same as with pkuseg's words.
"""
import json

import pytest

import policyie
import policyie.pipeline
from conftest import DATA, SEEDS, read_seed
from policyie.components.structure import SENTENCE_STARTS, token_starts
from policyie.records import EXTRACT_SEGMENTER
from policyie.structure import sentence_starts


def _texts() -> list[tuple[str, str]]:
    texts = [(p.name, read_seed(p)) for p in SEEDS]
    for path in sorted((DATA / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                texts.append((item["id"], item["text"]))
    return texts


def _view(doc) -> dict:
    return {"records": doc._.records,
            "ents": [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            "quantities": [(e.start_char, repr(e._.quantity)) for e in doc.ents if e._.quantity is not None],
            "places": doc._.places, "agencies": doc._.agencies, "noise": doc._.noise}


@pytest.fixture(scope="module")
def texts():
    got = _texts()
    assert len(got) >= 80                                  # the seeds and the whole corpus
    return got


def test_the_main_job_runs_the_character_segmenter():
    assert EXTRACT_SEGMENTER == "char"
    assert policyie.pipeline.shared(segmenter=EXTRACT_SEGMENTER).tokenizer.segmenter == "char"


def test_char_gives_the_records_of_pkuseg_on_the_seeds_and_the_whole_corpus(nlp, texts):
    char = policyie.pipeline.shared(segmenter="char")
    words = [d for d in nlp.pipe(t for _, t in texts)]
    chars = [d for d in char.pipe(t for _, t in texts)]
    assert sum(len(d._.records) for d in words) > 500
    for (name, _), a, b in zip(texts, words, chars):
        assert _view(b) == _view(a), name


def test_the_rows_pipeline_sets_no_entities_but_the_annotations_of_the_shared_one(texts):
    rows = policyie.pipeline.rows_pipeline(segmenter=EXTRACT_SEGMENTER)
    full = policyie.pipeline.shared(segmenter=EXTRACT_SEGMENTER)
    assert rows is not full and rows is policyie.pipeline.rows_pipeline(segmenter=EXTRACT_SEGMENTER)
    assert all(getattr(full.get_pipe(n), "set_spans", True) for n in full.pipe_names)
    for text in [read_seed(p) for p in SEEDS] + [t for _, t in texts[-20:]]:
        a, b = rows(text), full(text)
        assert len(a) == 0 and len(a.ents) == 0 and not a.spans          # no tokens, no entities
        for attr in ("quantities", "places", "agencies", "agency_links", "articles", "noise", "records"):
            assert getattr(a._, attr) == getattr(b._, attr), attr
        assert a.user_data[SENTENCE_STARTS] == [s.start_char for s in b.sents]


@pytest.mark.parametrize("text", ["", " ", "甲。 乙", "甲。  乙", "甲 。乙\n\n 丙", "一是甲；二是 乙。\u3000丙 "])
def test_sentence_starts_without_tokens_are_those_the_tokens_give(text):
    full = policyie.pipeline.shared(segmenter=EXTRACT_SEGMENTER)
    doc = full(text)
    starts = sentence_starts(text, doc._.removed or ())
    assert token_starts(text, starts) == [s.start_char for s in doc.sents]


def test_extract_by_default_gives_the_rows_of_the_pkuseg_pipeline(nlp, texts):
    items = {name: text for name, text in texts}
    assert policyie.extract(items) == policyie.extract(items, nlp=nlp)
