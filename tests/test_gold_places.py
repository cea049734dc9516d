"""Places and agencies of the pipeline against the gold corpus of the five seeds."""
from policyie.evaluate import evaluate


def test_places_and_agencies_against_gold(nlp, gold):
    d = evaluate(nlp, gold).to_dict()
    gpe, org = d["entities"]["GPE"], d["entities"]["ORG"]
    assert gpe["gold"] > 250 and org["gold"] > 100
    assert gpe["f1"] >= 0.95 and d["place_mentions"]["f1"] >= 0.95, (gpe, d["place_mentions"])
    assert d["place_adcode_accuracy"] >= 0.99
    assert org["f1"] >= 0.85 and d["agency_canonical_accuracy"] >= 0.8, (org, d["agency_canonical_accuracy"])
    # government bodies (gold ORG with a department); companies and schools are left to NER. The
    # seeds were annotated before fiscal actors written without 厅/局 (中央财政, 兰溪财政, 市财政)
    # became agencies (issue 15; the corpus annotates them), so those are left out here
    tp = fp = fn = 0
    for g in gold:
        doc = nlp(g["text"])
        pred = {(a["start"], a["end"]) for a in doc._.agencies or ()
                if a.get("department") and not a["text"].endswith("财政")}
        want = {(e["start"], e["end"]) for e in g["entities"]
                if e["label"] == "ORG" and (e.get("government") or e.get("department"))}
        tp, fp, fn = tp + len(pred & want), fp + len(pred - want), fn + len(want - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.95, (tp, fp, fn, d["government_agencies"])
