"""Places and agencies of the pipeline against the gold corpus of the five seeds."""
from policyie.evaluate import evaluate


def test_places_and_agencies_against_gold(nlp, gold):
    d = evaluate(nlp, gold).to_dict()
    gpe, org = d["entities"]["GPE"], d["entities"]["ORG"]
    assert gpe["gold"] > 250 and org["gold"] > 100
    assert gpe["f1"] >= 0.95 and d["place_mentions"]["f1"] >= 0.95, (gpe, d["place_mentions"])
    assert d["place_adcode_accuracy"] >= 0.99
    assert org["f1"] >= 0.85 and d["agency_canonical_accuracy"] >= 0.8, (org, d["agency_canonical_accuracy"])
    # government bodies (gold ORG with a department); companies and schools are left to NER
    assert d["government_agencies"]["f1"] >= 0.95, d["government_agencies"]
