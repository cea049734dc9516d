"""`policyie_records`: one funding record per money amount (`doc._.records`)."""
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.records)
from ..linking import Linker, default_linker
from ..spans import doc_text
from .cleaner import view_of
from ..structure import sentence_starts


@Language.factory("policyie_records", default_config={}, assigns=["doc._.records"])
def make_record_linker(nlp: Language, name: str) -> "RecordLinker":
    return RecordLinker(name=name)


class RecordLinker:
    """Links each MONEY amount to its kind, purpose, fund, beneficiary, agency, place and year,
    using the entities, places, agencies, articles and sentences set by earlier components."""

    def __init__(self, name: str = "policyie_records"):
        self.name = name
        self._linker: Linker | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._linker is None:
            self._linker = default_linker()
        text = doc_text(doc)
        view = view_of(doc, text)
        to_view = view.from_original
        quantities = [_moved(q, to_view) for q in doc._.quantities or []]
        amounts = [q for q in quantities if q["label"] == "MONEY"]
        dates = [q for q in quantities if q["label"] == "DATE"]
        articles = [_moved(a, to_view) for a in doc._.articles or []]
        records = self._linker.link(
            view.text, amounts, sentences=[to_view(x) for x in _sentence_starts(doc, text)],
            articles=articles, places=[_moved(p, to_view) for p in doc._.places or []],
            agencies=[_moved(a, to_view) for a in doc._.agencies or []], dates=dates,
            agency_links=[_moved(l, to_view) for l in doc._.agency_links or []],
            noise=[[to_view(s), to_view(e), k] for s, e, k in doc._.noise or []])
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
        doc._.records = records
        return doc


def _sentence_starts(doc: Doc, text: str) -> list[int]:
    """Sentence starts as an earlier component set them (`policyie_structure` does, on the
    same rules), else found here."""
    if len(doc) and doc.has_annotation("SENT_START"):
        idx, flags = doc.to_array([IDX, SENT_START]).T
        return idx[flags == 1].tolist()
    return sentence_starts(text, doc._.removed or ())


def _moved(item: dict, to_view) -> dict:
    """A copy of an annotation dict with start/end (and nested offsets) in view coordinates."""
    out = dict(item)
    for key in ("start", "end"):
        if key in out and out[key] is not None:
            out[key] = to_view(out[key])
    for key in ("headline", "byline"):
        if out.get(key):
            out[key] = _moved(out[key], to_view)
    if "antecedent" in out:
        out["antecedent"] = [to_view(x) for x in out["antecedent"]]
    return out
