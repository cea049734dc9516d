"""`policyie_ner_hold` and `policyie_ner_merge`: a statistical `ner` next to the rules.

In a trained pipeline the statistical `ner` runs first, on the segmenter's tokens (as in
training). `policyie_ner_hold` sets its entities aside (as character offsets in
`doc._.model_ents`) and clears `doc.ents`, so the rule components run exactly as they do
without a model. `policyie_ner_merge`, after the rules, adds model entities by this policy:

1. Quantities (MONEY, PERCENT, QUANTITY, DATE) always come from the rules: a model entity
   that overlaps one is dropped.
2. Rule places (gazetteer-backed GPE) and rule agencies win: a model entity that overlaps
   one is dropped. With `extend_places`, a model ORG may instead cover rule places that lie
   wholly inside it (福建省 + 优化营商环境…办公室); the places stay in `doc.spans["places"]`.
3. Of the rest, only labels in `labels` are added (default ORG and PERSON: the
   organizations and names the rules miss), at least `min_length` characters long, not in
   spam or boilerplate, and (`skip_generic`, default on) not a bare common noun of the agency
   lexicon (保险公司, 医院, 财政局: a kind of organization, not a name). With `require_kind`
   (default on), a model ORG must end in such a kind (花山小学, 利农集团), trading names like
   开森电气 for precision (figures in docs/model-card.md).

Added ORG entities are also appended to `doc._.agencies` (as organizations: department and
level null, `source` "model"), so the record linker sees them like rule organizations.
The policy itself is the plain function `merge_entities`.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..language import adopt
from .. import extensions  # noqa: F401  (registers Doc._.places/agencies/noise)
from ..spans import char_spans, doc_text

if not Doc.has_extension("model_ents"):
    Doc.set_extension("model_ents", default=None)   # [[start, end, label], ...] from the statistical ner

Ent = tuple[int, int, str]


def merge_entities(rule: Sequence[Ent], model: Sequence[Ent], *, labels: Iterable[str] = ("ORG", "PERSON"),
                   min_length: int = 2, extend_places: bool = False,
                   blocked: Sequence[tuple[int, int]] = (), generic: Iterable[str] = (),
                   kinds: Iterable[str] = (), text: str = "") -> tuple[list[Ent], list[Ent]]:
    """(entities, added): the merged, non-overlapping entities sorted by start, and the model
    entities that were added. `rule` and `model` are (start, end, label) character ranges;
    `blocked` ranges (spam, boilerplate) take no model entity starting inside them; model
    entities whose `text[start:end]` is in `generic` are not added, and if `kinds` are given,
    neither are model ORGs that do not end in one of them."""
    labels, generic, kinds = set(labels), set(generic), tuple(kinds)
    rule = sorted(rule)
    kept = list(rule)
    added: list[Ent] = []
    for start, end, label in sorted(model):
        if label not in labels or end - start < min_length:
            continue
        if any(s <= start < e for s, e in blocked) or (generic and text[start:end] in generic):
            continue
        if kinds and label == "ORG" and not text[start:end].endswith(kinds):
            continue
        hits = [r for r in kept if r[0] < end and start < r[1]]
        if hits:
            inside = all(start <= s and e <= end and lab == "GPE" for s, e, lab in hits)
            if not (extend_places and label == "ORG" and inside and (start, end) not in {(s, e) for s, e, _ in hits}):
                continue
            kept = [r for r in kept if r not in hits]
        kept.append((start, end, label))
        added.append((start, end, label))
    return sorted(kept), added


@Language.factory("policyie_ner_hold", default_config={}, assigns=["doc._.model_ents", "doc.ents"])
def make_ner_hold(nlp: Language, name: str) -> "NerHold":
    adopt(nlp)                                       # the policyie language class (policyie.language)
    return NerHold(name=name)


class NerHold:
    """Moves the statistical entities from `doc.ents` to `doc._.model_ents` (character offsets,
    which survive the token splits rule components make) and clears `doc.ents`."""

    def __init__(self, name: str = "policyie_ner_hold"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.model_ents = [[e.start_char, e.end_char, e.label_] for e in doc.ents]
        doc.set_ents([], default="missing")
        return doc


@Language.factory(
    "policyie_ner_merge",
    default_config={"labels": ["ORG", "PERSON"], "min_length": 2, "extend_places": False,
                    "skip_noise": ["spam", "boilerplate"], "skip_generic": True, "require_kind": True,
                    "spans_key": "ner"},
    assigns=["doc.ents", "doc.spans", "doc._.agencies"],
)
def make_ner_merge(nlp: Language, name: str, labels: list[str], min_length: int, extend_places: bool,
                   skip_noise: list[str], skip_generic: bool, require_kind: bool, spans_key: str) -> "NerMerge":
    adopt(nlp)
    return NerMerge(name=name, labels=labels, min_length=min_length, extend_places=extend_places,
                    skip_noise=skip_noise, skip_generic=skip_generic, require_kind=require_kind,
                    spans_key=spans_key)


class NerMerge:
    """Adds the held statistical entities to the rule entities by the policy of `merge_entities`.

    `doc.spans[spans_key]` keeps the model's added entities for inspection."""

    def __init__(self, name: str = "policyie_ner_merge", *, labels: Iterable[str] = ("ORG", "PERSON"),
                 min_length: int = 2, extend_places: bool = False,
                 skip_noise: Iterable[str] = ("spam", "boilerplate"), skip_generic: bool = True,
                 require_kind: bool = True, spans_key: str = "ner"):
        self.name = name
        self.labels = tuple(labels)
        self.min_length = min_length
        self.extend_places = extend_places
        self.skip_noise = tuple(skip_noise)
        self.skip_generic = skip_generic
        self.require_kind = require_kind
        self.spans_key = spans_key
        self._generic: frozenset[str] | None = None

    @property
    def generic(self) -> frozenset[str]:
        """Kinds of organization (the agency lexicon's suffixes and department names)."""
        if self._generic is None:
            from ..agencies import AgencyLexicon
            lex = AgencyLexicon()
            self._generic = frozenset(lex.org_suffixes) | frozenset(lex.departments)
        return self._generic

    def __call__(self, doc: Doc) -> Doc:
        model = [tuple(x) for x in doc._.model_ents or ()]
        if not model:
            return doc
        text = doc_text(doc)
        rule = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        blocked = [(s, e) for s, e, kind in doc._.noise or () if kind in self.skip_noise]
        merged, added = merge_entities(rule, model, labels=self.labels, min_length=self.min_length,
                                       extend_places=self.extend_places, blocked=blocked,
                                       generic=self.generic if self.skip_generic else (),
                                       kinds=self.generic if self.require_kind else (), text=text)
        if not added:
            return doc
        spans = char_spans(doc, merged, len(text))
        doc.ents = spans
        new = set(added)
        doc.spans[self.spans_key] = [sp for sp in spans if (sp.start_char, sp.end_char, sp.label_) in new]
        orgs = [(s, e) for s, e, label in added if label == "ORG"]
        if orgs:
            agencies = list(doc._.agencies or ())
            for s, e in orgs:
                agencies.append(_organization(text, s, e, doc._.places or ()))
            doc._.agencies = sorted(agencies, key=lambda a: a["start"])
        return doc


def _organization(text: str, start: int, end: int, places: Iterable[dict]) -> dict:
    """An organization found by the model, shaped like a rule organization (Agency.to_dict):
    canonical name as written, the first place mentioned inside it, if any."""
    inner = [p for p in places if start <= p["start"] and p["end"] <= end]
    place = None
    if inner:
        place = {k: v for k, v in min(inner, key=lambda p: p["start"]).items() if k not in ("start", "end", "text")}
    name = text[start:end]
    return {"start": start, "end": end, "text": name, "name": name, "canonical": name,
            "department": None, "level": None, "place": place, "source": "model"}
