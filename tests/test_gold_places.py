"""Places and agencies of the pipeline against the gold corpus of the five seeds."""

LABELS = ("GPE", "ORG")


def _score(nlp, gold):
    counts = {l: [0, 0, 0] for l in LABELS}             # tp, gold, predicted
    adcode = [0, 0]
    canonical = [0, 0]
    mentions = [0, 0, 0]
    for doc in gold:
        parsed = nlp(doc["text"])
        pred = {(e.start_char, e.end_char, e.label_): e for e in parsed.ents if e.label_ in LABELS}
        want = {(e["start"], e["end"], e["label"]): e for e in doc["entities"] if e["label"] in LABELS}
        for key, ent in want.items():
            counts[key[2]][1] += 1
            if key not in pred:
                continue
            counts[key[2]][0] += 1
            if key[2] == "GPE":
                place = pred[key]._.place
                adcode[1] += 1
                adcode[0] += (place.adcode == ent["adcode"]) if ent["adcode"] else \
                    (place.full_name in (ent["full_name"], ent["text"]))
            else:
                canonical[1] += 1
                canonical[0] += pred[key]._.agency.canonical == ent["canonical"]
        for key in pred:
            counts[key[2]][2] += 1
        g = {(p["start"], p["end"]) for p in doc["places"]}
        p = {(x["start"], x["end"]) for x in parsed._.places}
        mentions[0] += len(g & p)
        mentions[1] += len(g)
        mentions[2] += len(p)
    return counts, adcode, canonical, mentions


def f1(tp, gold, pred):
    p, r = tp / pred, tp / gold
    return 2 * p * r / (p + r)


def test_places_and_agencies_against_gold(nlp, gold):
    counts, adcode, canonical, mentions = _score(nlp, gold)
    assert counts["GPE"][1] > 250 and counts["ORG"][1] > 100
    assert f1(*counts["GPE"]) >= 0.95, counts
    assert f1(*mentions) >= 0.95, mentions
    assert adcode[0] / adcode[1] >= 0.99, adcode
    assert f1(*counts["ORG"]) >= 0.84, counts
    assert canonical[0] / canonical[1] >= 0.8, canonical


def test_government_agencies_against_gold(nlp, gold):
    """Government bodies (gold ORG with a department); companies and schools are left to NER."""
    tp = n_gold = n_pred = 0
    for doc in gold:
        parsed = nlp(doc["text"])
        want = {(e["start"], e["end"]) for e in doc["entities"] if e["label"] == "ORG" and e["department"]}
        got = {(a["start"], a["end"]) for a in parsed._.agencies if a["department"]}
        tp += len(want & got)
        n_gold += len(want)
        n_pred += len(got)
    assert n_gold > 100
    assert f1(tp, n_gold, n_pred) >= 0.95, (tp, n_gold, n_pred)
