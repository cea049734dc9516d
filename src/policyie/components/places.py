"""`policyie_places`: administrative places (GPE) and agencies/organizations (ORG)."""
from bisect import bisect_right
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..language import adopt
from .. import extensions  # noqa: F401  (registers Doc._.places/agencies, Span._.place/agency)
from ..agencies import AgencyLexicon, AgencyMatcher, default_agency_matcher
from ..datafiles import building
from ..hanzi import to_simplified
from ..places import PlaceLexicon, PlaceMatcher, default_matcher
from ..spans import char_spans, doc_text, merge_ents
from ..structure import JUNK_KINDS
from .cleaner import view_of

LEXICON_DIRS = {"places": Path(__file__).parent.parent / "data" / "places",
                "agencies": Path(__file__).parent.parent / "data" / "agencies"}

#: the files of each lexicon folder (`to_disk` writes them, `from_disk` needs them all)
LEXICON_FILES = {"places": ("abbreviations.tsv", "common_words.txt", "generic_townships.txt", "joining_verbs.txt",
                            "list_openers.txt", "new_areas.tsv", "not_places.txt",
                            "person_columns.txt", "person_cues.tsv", "surnames.txt", "village_after.tsv", "village_suffixes.tsv",
                            "village_columns.txt", "village_words.txt", "zone_suffixes.txt"),
                 "agencies": ("central.tsv", "departments.tsv", "organizations.tsv")}


@Language.factory(
    "policyie_places",
    default_config={"spans_key": "places", "overwrite_ents": False},
    assigns=["doc.ents", "doc.spans", "doc._.places", "doc._.agencies", "doc._.agency_links"],
)
def make_place_recognizer(nlp: Language, name: str, spans_key: str, overwrite_ents: bool) -> "PlaceRecognizer":
    adopt(nlp)                                       # the policyie language class (policyie.language)
    return PlaceRecognizer(name=name, spans_key=spans_key, overwrite_ents=overwrite_ents)


class PlaceRecognizer:
    """Tags places with adcodes (resolved per article) and agencies with canonical names.

    `doc.ents` gets the top-level entities (山东省财政厅 is one ORG); `doc.spans["places"]`
    keeps every place mention, also those inside agency and company names.
    """

    #: set the entities and `doc.spans` on the Doc's tokens; False (the rows-only pipeline of
    #: `policyie.extract`, `policyie.pipeline.rows_pipeline`) sets the `doc._` lists alone
    set_spans: bool = True

    def __init__(self, name: str = "policyie_places", *, spans_key: str = "places", overwrite_ents: bool = False):
        self.name = name
        self.spans_key = spans_key
        self.overwrite_ents = overwrite_ents
        self._places: PlaceMatcher | None = None
        self._agencies: AgencyMatcher | None = None
        self._sources = dict(LEXICON_DIRS)

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   lexicon_path: str | None = None) -> None:
        if lexicon_path is not None:
            self.from_disk(lexicon_path)

    @property
    def places(self) -> PlaceMatcher:
        if self._places is None:
            self._places = default_matcher()
        return self._places

    @property
    def agencies(self) -> AgencyMatcher:
        if self._agencies is None:
            with building():
                self._agencies = default_agency_matcher()
        return self._agencies

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        view = view_of(doc, text)
        segments = [(a["start"], a["end"]) for a in doc._.articles or ()]
        vsegs = _to_view(view, segments)
        # names are matched on the text read as simplified characters (寧夏, 財政局), which has
        # the same offsets; the mentions' `text` is cut from the caller's text below
        simple = to_simplified(view.text)
        mentions = self.places.find(simple, vsegs or None)
        places = []
        for m in mentions:
            s, e = view.span_to_original(m.start, m.end)
            places.append((s, e, m.place))
        found, links = self.agencies.find(simple, [(m.start, m.end, m.place) for m in mentions], vsegs or None)
        agencies = []
        for s, e, ag in found:
            os_, oe = view.span_to_original(s, e)
            agencies.append((os_, oe, ag))
        for link in links:
            link["start"], link["end"] = view.span_to_original(link["start"], link["end"])
            link["antecedent"] = list(view.span_to_original(*link["antecedent"]))
        junk = sorted((s, e) for s, e, kind in doc._.noise or () if kind in JUNK_KINDS)
        if junk:
            junk_starts = [s for s, _ in junk]

            def in_junk(pos: int) -> bool:
                k = bisect_right(junk_starts, pos) - 1
                return k >= 0 and junk[k][0] <= pos < junk[k][1]

            places = [x for x in places if not in_junk(x[0])]
            agencies = [x for x in agencies if not in_junk(x[0])]
        doc._.places = [dict(start=s, end=e, text=text[s:e], **p.to_dict()) for s, e, p in places]
        doc._.agencies = [dict(start=s, end=e, text=text[s:e], **a.to_dict()) for s, e, a in agencies]
        doc._.agency_links = links
        if not self.set_spans:
            return doc
        # one call, so that no retokenization happens after a span was made
        spans = char_spans(doc, [(s, e, "GPE") for s, e, _ in places] + [(s, e, "ORG") for s, e, _ in agencies],
                           len(text))
        place_spans = [sp for sp in spans if sp.label_ == "GPE"]
        org_spans = [sp for sp in spans if sp.label_ == "ORG"]
        doc.spans[self.spans_key] = place_spans
        in_org = bytearray(len(doc) + 1)
        for o in org_spans:
            in_org[o.start:o.end] = b"\x01" * (o.end - o.start)
        top_places = [p for p in place_spans if not any(in_org[p.start:p.end])]
        _drop_counts_in_names(doc, top_places, places)
        merge_ents(doc, org_spans + top_places, self.overwrite_ents)
        return doc

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        for key, source in self._sources.items():
            target = path / key
            target.mkdir(parents=True, exist_ok=True)
            for f in source.iterdir():
                if f.is_file():
                    (target / f.name).write_bytes(f.read_bytes())

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "PlaceRecognizer":
        path = ensure_path(path)
        for key, names in LEXICON_FILES.items():     # a missing file would be an empty word list
            for name in names:
                if not (path / key / name).is_file():
                    raise FileNotFoundError(f"{path / key / name} missing: not a complete saved policyie_places "
                                            f"component (to_disk writes {', '.join(names)})")
        self._sources = {"places": path / "places", "agencies": path / "agencies"}
        self._places = PlaceMatcher(lexicon=PlaceLexicon(path / "places"))
        self._agencies = AgencyMatcher(AgencyLexicon(path / "agencies"))
        return self


def _to_view(view, segments):
    """Original-text segments as view offsets (article boundaries for the matchers)."""
    return [(view.from_original(s), view.from_original(e)) for s, e in segments]


def _drop_counts_in_names(doc: Doc, spans, places) -> None:
    """A count read inside the full name of a unit (三棵 in 三棵树镇, 陆家 in 陆家崖 of a counted list of
    villages) is part of the name: the QUANTITY leaves `doc.ents` and `doc._.quantities`, so the
    place is tagged. Money, percentages and dates are never touched."""
    named = {(s, e) for s, e, p in places if p.level in ("township", "county", "city", "village")
             and p.full_name is not None and p.full_name == p.name and e - s >= 3}
    boxes = [(sp.start_char, sp.end_char) for sp in spans if (sp.start_char, sp.end_char) in named]
    if not boxes:
        return
    inside = [e for e in doc.ents if e.label_ == "QUANTITY"
              and any(a <= e.start_char and e.end_char < b for a, b in boxes)]
    if not inside:
        return
    gone = {(e.start_char, e.end_char) for e in inside}
    doc.ents = [e for e in doc.ents if (e.start_char, e.end_char, e.label_) not in {(a, b, "QUANTITY") for a, b in gone}]
    if doc._.quantities:
        doc._.quantities = [q for q in doc._.quantities
                            if not (q.get("label") == "QUANTITY" and (q["start"], q["end"]) in gone)]
