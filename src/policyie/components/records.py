"""`policyie_records`: one funding record per money amount (`doc._.records`, with the fields
of `policyie.records.RECORD_FIELDS`)."""
from pathlib import Path
from typing import Callable, Iterable

from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..language import adopt
from .. import extensions  # noqa: F401  (registers Doc._.records)
from ..cues import Cues
from ..lexicon import read_table
from ..linking import Linker, default_linker
from ..records import make_record
from ..spans import doc_text
from .cleaner import view_of
from .structure import SENTENCE_STARTS
from ..structure import sentence_starts

CUES_FILE = "cues.tsv"


@Language.factory("policyie_records",
                  default_config={"purpose_clauses": 3, "reach": 300, "learned_kind": True,
                                  "learned_purpose": True, "default_agency": False},
                  assigns=["doc._.records"])
def make_record_linker(nlp: Language, name: str, purpose_clauses: int, reach: int,
                       learned_kind: bool, default_agency: bool, learned_purpose: bool = True) -> "RecordLinker":
    adopt(nlp)                                       # the policyie language class (policyie.language)
    return RecordLinker(name=name, purpose_clauses=purpose_clauses, reach=reach, learned_kind=learned_kind,
                        learned_purpose=learned_purpose, default_agency=default_agency)


class RecordLinker:
    """Links each MONEY amount to its kind, purpose, fund, beneficiary, agency, place and year,
    using the entities, places, agencies, articles and sentences set by earlier components.

    The vocabulary is `data/records/cues.tsv`; `initialize(cues=PATH)` adds a user's rows
    (same columns), and `to_disk` writes the vocabulary in use, so a saved pipeline keeps it.
    `purpose_clauses` (how many clauses after an amount a purpose marker is looked for) and
    `reach` (characters around an amount read as its sentence) are the thresholds.
    `learned_kind` lets the packaged kind model (`policyie.kind_model`) overrule the rules'
    kind where it is confident; false gives the rules alone. `learned_purpose` lets the packaged
    purpose chooser (`policyie.purpose_model`) replace the rules' purpose by another of the
    candidates the purpose paths propose, where it prefers it by a clear margin. `default_agency` gives every
    amount whose sentence names no body the article's (its signing body or finance bureau), as
    some users want for a report's own figures; off, an amount gets the body the text names for
    it (or a news lead's source), as the corpus annotates.
    """

    def __init__(self, name: str = "policyie_records", *, purpose_clauses: int = 3, reach: int = 300,
                 learned_kind: bool = True, default_agency: bool = False, learned_purpose: bool = True):
        self.name = name
        self.default_agency = default_agency
        self.purpose_clauses = purpose_clauses
        self.reach = reach
        self.learned_kind = learned_kind
        self.learned_purpose = learned_purpose
        self._linker: Linker | None = None

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   cues: str | Path | None = None) -> None:
        """Load the packaged vocabulary and, with `cues`, a user's TSV of extra rows (without
        them, the linker of the packaged vocabulary is the one the process shares)."""
        if cues is None:
            self._set(None)
            return
        self._set(Cues.from_rows(Cues.from_file().to_rows() + read_table(cues)))

    def _set(self, cues: Cues | None) -> None:
        if cues is None and self.purpose_clauses == Linker.purpose_clauses and self.reach == Linker.reach \
                and self.learned_kind and self.learned_purpose and self.default_agency == Linker.default_agency:
            self._linker = default_linker()          # stateless: one per process serves all
            return
        linker = Linker(cues, kind_model="default" if self.learned_kind else None,
                        purpose_model="default" if self.learned_purpose else None)
        linker.purpose_clauses, linker.reach = self.purpose_clauses, self.reach
        linker.default_agency = self.default_agency
        self._linker = linker

    @property
    def linker(self) -> Linker:
        if self._linker is None:
            self._set(None)
        return self._linker

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        rows = self.linker.cues.to_rows()
        (path / CUES_FILE).write_text("# role\tword\tkind (policyie_records vocabulary)\n"
                                      + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "RecordLinker":
        path = ensure_path(path)
        if not (path / CUES_FILE).exists():
            raise FileNotFoundError(f"{path / CUES_FILE} missing: not a saved policyie_records component")
        self._set(Cues.from_file(path / CUES_FILE))
        return self

    def __call__(self, doc: Doc) -> Doc:
        linker = self.linker
        text = doc_text(doc)
        view = view_of(doc, text)
        to_view = view.from_original
        quantities = [_moved(q, to_view) for q in doc._.quantities or []]
        amounts = [q for q in quantities if q["label"] == "MONEY"]
        dates = [q for q in quantities if q["label"] == "DATE"]
        percents = [q for q in quantities if q["label"] == "PERCENT"]
        articles = [_moved(a, to_view) for a in doc._.articles or []]
        records = linker.link(
            view.text, amounts, sentences=[to_view(x) for x in _sentence_starts(doc, text)],
            articles=articles, places=[_moved(p, to_view) for p in doc._.places or []],
            agencies=[_moved(a, to_view) for a in doc._.agencies or []], dates=dates,
            agency_links=[_moved(l, to_view) for l in doc._.agency_links or []],
            noise=[[to_view(s), to_view(e), k] for s, e, k in doc._.noise or []], percents=percents)
        # back to the caller's offsets; the amount's text is re-read from the caller's text,
        # purpose (like fund and beneficiary) is shown as cleaned: a broken line joined, spam
        # and furniture left out
        for r in records:
            r["start"], r["end"] = view.span_to_original(r["start"], r["end"])
            r["text"] = text[r["start"]:r["end"]]
            if r["purpose_start"] is not None:
                r["purpose"] = view.text[r["purpose_start"]:r["purpose_end"]]
                r["purpose_start"], r["purpose_end"] = view.span_to_original(r["purpose_start"], r["purpose_end"])
            for key in ("agency_start", "place_start"):
                if r[key] is not None:
                    r[key] = view.to_original(r[key])
            r["sentence_start"], r["sentence_end"] = view.span_to_original(r["sentence_start"], r["sentence_end"])
            if r["parts_of"] is not None:
                r["parts_of"] = view.to_original(r["parts_of"])
            for option in r.get("_candidates") or ():      # (kept only to train the purpose model)
                if option["start"] is not None:
                    option["text"] = view.text[option["start"]:option["end"]]
                    option["start"], option["end"] = view.span_to_original(option["start"], option["end"])
        # the one record schema (policyie.records.SCHEMA): the amount's value and unit beside
        # the linker's fields, `why` as one line
        by_offsets = {(q["start"], q["end"]): q for q in doc._.quantities or ()}
        doc._.records = [make_record(r, by_offsets.get((r["start"], r["end"])), text) for r in records]
        # (only a model trained with the label sets such entities: else its name is no string of
        # the vocab, and the Doc's entities are not read)
        programs = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == PROGRAM_LABEL] \
            if PROGRAM_LABEL in doc.vocab.strings else []
        if programs:
            for r in doc._.records:
                r["program"] = program_of(r, programs, text)
        return doc


#: the entity label of named programmes; only a model trained with it produces it (docs/training.md)
PROGRAM_LABEL = "PROGRAM"


def program_of(record: dict, programs: list[tuple[int, int]], text: str) -> str | None:
    """The programme of a record: of the PROGRAM spans in the amount's sentence, one inside
    or over its purpose, else the nearest before the amount, else the nearest after it."""
    s0, s1 = record["sentence_start"], record["sentence_end"]
    inside = [(s, e) for s, e in programs if s0 <= s and e <= s1]
    if not inside:
        return None
    p0, p1 = record.get("purpose_start"), record.get("purpose_end")
    if p0 is not None:
        over = [(s, e) for s, e in inside if s < p1 and p0 < e]
        if over:
            return text[over[0][0]:over[0][1]]
    before = [(s, e) for s, e in inside if e <= record["start"]]
    s, e = max(before) if before else min(inside)
    return text[s:e]


def _sentence_starts(doc: Doc, text: str) -> list[int]:
    """Sentence starts as an earlier component set them (`policyie_structure` does, on the
    same rules), else found here."""
    starts = doc.user_data.get(SENTENCE_STARTS)
    if starts is not None:                           # policyie_structure without tokens (rows only)
        return starts
    if len(doc) and doc.has_annotation("SENT_START"):
        idx, flags = doc.to_array([IDX, SENT_START]).T
        return idx[flags == 1].tolist()
    return sentence_starts(text, doc._.removed or ())


def _moved(item: dict, to_view) -> dict:
    """A copy of an annotation dict with start/end (and nested offsets) in view coordinates."""
    out = dict(item)
    for key in ("start", "end", "per_start", "per_end", "row_start", "row_end"):
        if key in out and out[key] is not None:
            out[key] = to_view(out[key])
    for key in ("headline", "byline"):
        if out.get(key):
            out[key] = _moved(out[key], to_view)
    if "antecedent" in out:
        out["antecedent"] = [to_view(x) for x in out["antecedent"]]
    return out
