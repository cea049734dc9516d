import json
from pathlib import Path

import os

import pytest
from hypothesis import settings

# CI explores the same examples on every run (a failure found once is a regression test via
# the example database locally, but CI must not flip between runs)
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import policyie
    return policyie.load()


@pytest.fixture(scope="session")
def rules_purpose_nlp():
    """The pipeline with the rules' purposes (the learned purpose chooser off): for tests that
    describe what a purpose path reads; the chooser has its own tests."""
    import policyie
    return policyie.load(learned_purpose=False)


@pytest.fixture(scope="session")
def gold():
    """The gold corpus: one dict per seed document, with its text attached."""
    docs = []
    for line in (DATA / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            d["text"] = (ROOT / d["file"]).read_text(encoding="utf-8")
            docs.append(d)
    return docs


@pytest.fixture(scope="session")
def seed_texts():
    return [read_seed(p) for p in SEEDS]
