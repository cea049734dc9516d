"""The pipeline against the hand-checked gold corpus of the five seeds."""
import hashlib

from conftest import ROOT

FIELDS = ("label", "value", "low", "high", "unit", "qualifier", "per")
QUANTITY_LABELS = {"MONEY", "PERCENT", "QUANTITY", "DATE"}


def test_gold_corpus_is_consistent(gold):
    assert len(gold) == 5
    for doc in gold:
        raw = (ROOT / doc["file"]).read_bytes()
        assert hashlib.sha256(raw).hexdigest() == doc["sha256"], f"{doc['file']} changed"
        previous_end = 0
        for ent in doc["entities"]:
            assert doc["text"][ent["start"]:ent["end"]] == ent["text"]
            assert ent["start"] >= previous_end, f"overlap at {ent}"
            previous_end = ent["end"]
            for key in ("value", "low", "high"):
                assert ent.get(key) is None or isinstance(ent[key], str)


def score(nlp, gold):
    total = found = exact = 0
    misses, wrong = [], []
    for doc in gold:
        predicted = {(q["start"], q["end"]): q for q in nlp(doc["text"])._.quantities}
        for ent in doc["entities"]:
            if ent["label"] not in QUANTITY_LABELS:
                continue
            total += 1
            got = predicted.get((ent["start"], ent["end"]))
            if got is None:
                misses.append(ent["text"])
                continue
            found += 1
            diff = {k: (got[k], ent[k]) for k in FIELDS if got[k] != ent[k]}
            if diff:
                wrong.append((ent["text"], diff))
            else:
                exact += 1
    return total, found, exact, misses, wrong


def test_quantity_recall_and_values(nlp, gold):
    total, found, exact, misses, wrong = score(nlp, gold)
    recall = found / total
    assert total > 500
    assert recall >= 0.985, f"recall {recall:.3f}; missed: {misses}"
    assert exact == found, f"wrong values: {wrong}"


def test_every_gold_money_amount_is_found(nlp, gold):
    """Money is what users come for: no seed amount may be missed."""
    for doc in gold:
        got = {(q["start"], q["end"]) for q in nlp(doc["text"])._.quantities}
        missing = [e["text"] for e in doc["entities"]
                   if e["label"] == "MONEY" and (e["start"], e["end"]) not in got]
        assert missing == [], doc["id"]
