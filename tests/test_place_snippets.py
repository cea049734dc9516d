"""Places in fresh snippets of funding notices and village and township fund lists (issue 15):
tests/data/place_snippets.txt holds the snippets and the places expected in them, checked by hand
against the NBS 2023 division list. Each case must find exactly its places (text, level, adcode,
township code) as GPE entities: every expected one (recall) and nothing else (precision)."""
from pathlib import Path

import pytest

SNIPPETS = Path(__file__).parent / "data" / "place_snippets.txt"


def read_cases(path: Path = SNIPPETS) -> list[dict]:
    """The cases of the snippet file: category, text, expected places, known-miss reason."""
    cases, category = [], None
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.split("\n") if line and not (line.startswith("#") and not line.startswith("## "))]
        if lines and lines[0].startswith("## "):
            category, lines = lines[0][3:], lines[1:]
        if not lines:
            continue
        text = "\n".join(line for line in lines if not line.startswith(("=> ", "!xfail"))).replace("\\t", "\t")
        expected, xfail = [], None
        for line in lines:
            if line.startswith("!xfail"):
                xfail = line[len("!xfail"):].strip()
            elif line.startswith("=> ") and line != "=> none":
                name, level, code, town = (x.strip() for x in line[3:].split("|"))
                name = name.replace("\\n", "\n")              # a name broken across lines
                expected.append((name, level, None if code == "-" else code, None if town == "-" else town))
        cases.append({"category": category, "text": text, "expected": expected, "xfail": xfail})
    return cases


CASES = read_cases()


def found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    top = {(e.start_char, e.end_char) for e in doc.ents if e.label_ == "GPE"}
    return [(p["text"], p["level"], p["adcode"], p["township_code"]) for p in doc._.places
            if (p["start"], p["end"]) in top]


def test_the_snippets_are_many_and_varied():
    assert len(CASES) >= 60
    assert sum(len(c["expected"]) for c in CASES) >= 400
    assert sum(not c["expected"] for c in CASES) >= 4                    # snippets without any place
    villages = [p for c in CASES for p in c["expected"] if p[1] == "village"]
    assert len(villages) >= 150 and sum(bool(p[3]) for p in villages) >= 0.95 * len(villages)   # with their township
    provinces = {p[2][:2] for c in CASES for p in c["expected"] if p[2]}
    assert {"15", "22", "23", "52", "54", "62", "63", "64", "65"} <= provinces   # west and north-east


@pytest.mark.parametrize("case", CASES, ids=[f"{i}-{c['category'][:12]}" for i, c in enumerate(CASES)])
def test_places_of_a_snippet(nlp, case):
    if case["xfail"]:
        pytest.xfail(case["xfail"])
    assert found(nlp, case["text"]) == case["expected"]


def test_recall_and_precision_over_all_snippets(nlp):
    tp = fn = fp = 0
    for case in CASES:
        got = found(nlp, case["text"])
        remaining = list(got)
        for place in case["expected"]:
            if place in remaining:
                remaining.remove(place)
                tp += 1
            else:
                fn += 1
        fp += len(remaining) if not case["xfail"] else 0     # a known miss may leave a stray place
    assert tp / (tp + fn) >= 0.99
    assert fp == 0
