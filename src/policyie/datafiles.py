"""The data files policyie reads at run time, and the check that they are all installed.

A missing file is an error when a pipeline is built (`policyie.load`, `spacy.load`, or a
policyie factory in `add_pipe`), naming the files: never a silently empty gazetteer or
lexicon that would only show as missing places or amounts.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

DATA_DIR = Path(__file__).parent / "data"

#: Every file under `policyie/data/` that a pipeline reads (tests/test_api.py checks the list
#: against the folder).
PACKAGED = (
    "agencies/central.tsv",
    "agencies/departments.tsv",
    "agencies/organizations.tsv",
    "agencies/org_suffix_words.txt",
    "agencies/media_outlets.txt",
    "agencies/area_words.txt",
    "agencies/zone_words.txt",
    "agencies/national_names.txt",
    "agencies/word_continuations.tsv",
    "gazetteer/gazetteer.bin",
    "gazetteer/history.tsv.gz",
    "gazetteer/townships.tsv.gz",
    "gazetteer/units.tsv.gz",
    "places/ethnic_groups.txt",
    "places/abbreviations.tsv",
    "places/common_words.txt",
    "places/generic_townships.txt",
    "places/generic_unit_words.txt",
    "places/joining_verbs.txt",
    "places/list_openers.txt",
    "places/new_areas.tsv",
    "places/not_places.txt",
    "places/person_columns.txt",
    "places/person_cues.tsv",
    "places/surnames.txt",
    "places/village_after.tsv",
    "places/village_suffixes.tsv",
    "places/village_columns.txt",
    "agencies/facility_words.txt",
    "places/township_columns.txt",
    "places/village_words.txt",
    "places/group_units.tsv",
    "places/village_name_words.txt",
    "patterns.bin",
    "places/zone_suffixes.txt",
    "quantity/cardinal_units.txt",
    "quantity/count_labels.txt",
    "quantity/not_money_labels.txt",
    "quantity/page_words.tsv",
    "quantity/currencies.tsv",
    "quantity/grant_verbs.txt",
    "quantity/each_verbs.txt",
    "quantity/rate_changes.tsv",
    "quantity/rate_noun_ends.txt",
    "quantity/rate_verbs.txt",
    "quantity/measure_words.txt",
    "quantity/money_words.tsv",
    "quantity/not_quantities.txt",
    "quantity/per_nouns.txt",
    "quantity/qualifiers.tsv",
    "quantity/single_nouns.txt",
    "quantity/table_columns.tsv",
    "quantity/units.tsv",
    "records/cues.tsv",
    "records/kind_model.json",
    "records/purpose_model.json",
    "records/kind_taxonomy.tsv",
    "segmenter_places.txt",
    "segmenter_userdict.txt",
    "structure/byline_roles.txt",
    "structure/bylines.tsv",
    "structure/column_labels.txt",
    "structure/document_types.txt",
    "structure/furniture.tsv",
    "structure/noise.tsv",
    "structure/noise_words.tsv",
    "structure/outlet_words.txt",
    "structure/spam_brands.txt",
    "structure/spam_words.txt",
    "structure/tables.tsv",
    "t2s.tsv",
    "training/ner.cfg",
)


class MissingDataError(FileNotFoundError):
    """A data file that policyie ships is not installed."""


_checked = False


def missing_files(root: Path | None = None) -> list[str]:
    """The files of `PACKAGED` that are not under `root` (default: the installed data)."""
    root = DATA_DIR if root is None else Path(root)
    return [name for name in PACKAGED if not (root / name).is_file()]


def check_packaged_data() -> None:
    """Raise MissingDataError if a packaged data file is missing (checked once per process)."""
    global _checked
    if _checked:
        return
    missing = missing_files()
    if missing:
        raise MissingDataError(f"policyie's data files are incomplete: {', '.join(missing)} missing under "
                               f"{DATA_DIR}; reinstall policyie")
    _checked = True


def require(path: Path, what: str) -> Path:
    """`path` if it is a file, else MissingDataError naming `what` it is."""
    if not Path(path).is_file():
        raise MissingDataError(f"{what} {path} is missing; reinstall policyie")
    return Path(path)


@contextmanager
def building() -> Iterator[None]:
    """Pause the garbage collector while the block builds tables that live as long as the
    process (the gazetteer's 100,000 units, the matchers, the models). Each collection walks
    every object made so far and finds nothing to free: run as they are made, they were a
    third of the time of a first document. The collector is resumed after the block (if it
    was running before it), with what exists then moved out of its reach (`gc.freeze`): a
    full collection walked the 200,000 long-lived objects each time again (3 % of the main
    job). Frozen objects are still freed when no longer referenced; only a cycle that was
    already garbage then is kept."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.enable()
