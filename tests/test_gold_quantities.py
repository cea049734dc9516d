"""The pipeline against the hand-checked gold corpus of the five seeds."""
import hashlib

from policyie.evaluate import evaluate

from conftest import ROOT

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


def test_quantity_recall_and_values(nlp, gold):
    d = evaluate(nlp, gold).to_dict()
    found = sum(d["entities"][label]["tp"] for label in QUANTITY_LABELS)
    total = sum(d["entities"][label]["gold"] for label in QUANTITY_LABELS)
    assert total > 500
    assert found / total >= 0.985, d["entities"]
    assert d["quantity_value_accuracy"] == 1.0


def test_every_gold_money_amount_is_found(nlp, gold):
    """Money is what users come for: no seed amount may be missed."""
    for doc in gold:
        got = {(q["start"], q["end"]) for q in nlp(doc["text"])._.quantities}
        missing = [e["text"] for e in doc["entities"]
                   if e["label"] == "MONEY" and (e["start"], e["end"]) not in got]
        assert missing == [], doc["id"]
