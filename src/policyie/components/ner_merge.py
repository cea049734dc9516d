"""`policyie_ner_hold` and `policyie_ner_merge`: a statistical `ner` next to the rules.

In a trained pipeline the statistical `ner` runs first, on the segmenter's tokens (as in
training). `policyie_ner_hold` sets its entities aside (as character offsets in
`doc._.model_ents`) and clears `doc.ents`, so the rule components run exactly as they do
without a model. `policyie_ner_merge`, after the rules, adds model entities by this policy:

1. Quantities (MONEY, PERCENT, QUANTITY, DATE) always come from the rules: a model entity
   that overlaps one is dropped.
2. Rule places (gazetteer-backed GPE) and rule agencies win: a model entity that overlaps
   one is dropped. With `extend_places`, a model ORG may instead cover rule places that lie
   wholly inside it (福建省 + 优化营商环境…办公室; the places stay in `doc.spans["places"]`),
   with `extend_agencies` also rule ORGs (龙岩市农信 → 龙岩市农信系统).
3. Names learnt from the training annotations (`phrases`, `training.learn_phrases`: names
   tagged with one label at most of their occurrences, 人民网) are added where the rules are
   silent, at word boundaries; a learnt ORG may hold rule places (浙江交工 over 浙江).
4. Labels the rules never produce (a user's PROGRAM) are added where no rule entity is, or
   over rule places and organizations inside them.
5. With `use_rejected` (off by default), rule ORGs whose text is in `rejected` (names the
   annotations consistently took out, `training.learn_rejected`) leave `doc.ents`.
6. Of the model's ORG, GPE and PERSON, only labels in `labels` are added (the shipped
   config: none, see docs/training.md#merge-policy), at least `min_length` characters, not in
   spam or boilerplate, not a bare kind of organization (`skip_generic`: 保险公司, 财政局),
   an ORG ending in a kind (`require_kind`: 花山小学, 人民网), a GPE of a place form
   (`check_places`: a gazetteer name or a village/township/zone suffix, 半岱村).

Added ORG entities are also appended to `doc._.agencies` (as organizations: department and
level null, `source` "model"), so the record linker sees them like rule organizations.
The policy itself is the plain function `merge_entities`.
"""
from __future__ import annotations

from typing import Callable, Iterable, Sequence

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from ..language import adopt
from .. import extensions  # noqa: F401  (registers Doc._.places/agencies/noise)
from ..spans import char_spans, doc_text

if not Doc.has_extension("model_ents"):
    Doc.set_extension("model_ents", default=None)   # [[start, end, label], ...] from the statistical ner

Ent = tuple[int, int, str]
#: the labels the rule components produce; a model label outside these is a user's own
#: the learnt names in a saved component's folder
PHRASES_FILE = "phrases.json"
#: the rule entities the annotations took out, in a saved component's folder
REJECTED_FILE = "rejected.json"
RULE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DATE", "GPE", "ORG"})


def merge_entities(rule: Sequence[Ent], model: Sequence[Ent], *, labels: Iterable[str] = ("ORG", "PERSON"),
                   min_length: int = 2, extend_places: bool = False, extend_agencies: bool = False,
                   blocked: Sequence[tuple[int, int]] = (), generic: Iterable[str] = (),
                   kinds: Iterable[str] = (), text: str = "",
                   place_ok: Callable[[str], bool] | None = None,
                   user_labels: Iterable[str] = ()) -> tuple[list[Ent], list[Ent]]:
    """(entities, added): the merged, non-overlapping entities sorted by start, and the model
    entities that were added. `rule` and `model` are (start, end, label) character ranges;
    `blocked` ranges (spam, boilerplate) take no model entity starting inside them; model
    entities whose `text[start:end]` is in `generic` are not added, and if `kinds` are given,
    neither are model ORGs that do not end in one of them. A model GPE (when GPE is in
    `labels`) is added only where `place_ok(text[start:end])` holds, if `place_ok` is given.
    With `extend_places`, a model ORG may take the place of rule GPEs lying inside it; with
    `extend_agencies`, also of rule ORGs lying inside it (a longer name ending in a kind:
    龙岩市农信 → 龙岩市农信系统). `user_labels` are labels the rules never produce (a
    user's PROGRAM): added where no rule entity is, or over rule places and organizations
    lying inside them (衔接推进乡村振兴补助资金 holds no rule entity; 中央财政衔接… holds one).
    A rule quantity is never replaced, nor a rule entity by a model entity of the same extent."""
    user_labels = set(user_labels)
    labels, generic, kinds = set(labels) | user_labels, set(generic), tuple(kinds)
    rule = sorted(rule)
    kept = list(rule)
    added: list[Ent] = []
    for start, end, label in sorted(model):
        if label not in labels or end - start < min_length:
            continue
        name = text[start:end]
        if any(s <= start < e for s, e in blocked) or (generic and name in generic):
            continue
        if kinds and label == "ORG" and not name.endswith(kinds):
            continue
        if label == "GPE" and place_ok is not None and not place_ok(name):
            continue
        hits = [r for r in kept if r[0] < end and start < r[1]]
        if hits:
            coverable: set[str] = set()
            if label in user_labels or (label == "ORG" and extend_agencies):
                coverable = {"GPE", "ORG"}
            elif label == "ORG" and extend_places:
                coverable = {"GPE"}
            inside = all(start <= s and e <= end and (s, e) != (start, end) and lab in coverable
                         for s, e, lab in hits)
            if not inside:
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
                    "extend_agencies": False, "check_places": True,
                    "skip_noise": ["spam", "boilerplate"], "skip_generic": True, "require_kind": True,
                    "spans_key": "ner", "use_phrases": True, "use_rejected": False},
    assigns=["doc.ents", "doc.spans", "doc._.agencies"],
)
def make_ner_merge(nlp: Language, name: str, labels: list[str], min_length: int, extend_places: bool,
                   extend_agencies: bool, check_places: bool, skip_noise: list[str], skip_generic: bool,
                   require_kind: bool, spans_key: str, use_phrases: bool, use_rejected: bool) -> "NerMerge":
    adopt(nlp)
    return NerMerge(name=name, labels=labels, min_length=min_length, extend_places=extend_places,
                    extend_agencies=extend_agencies, check_places=check_places,
                    skip_noise=skip_noise, skip_generic=skip_generic, require_kind=require_kind,
                    spans_key=spans_key, use_phrases=use_phrases, use_rejected=use_rejected)


class NerMerge:
    """Adds the held statistical entities to the rule entities by the policy of `merge_entities`.

    `doc.spans[spans_key]` keeps the model's added entities for inspection."""

    def __init__(self, name: str = "policyie_ner_merge", *, labels: Iterable[str] = ("ORG", "PERSON"),
                 min_length: int = 2, extend_places: bool = False, extend_agencies: bool = False,
                 check_places: bool = True, skip_noise: Iterable[str] = ("spam", "boilerplate"),
                 skip_generic: bool = True, require_kind: bool = True, spans_key: str = "ner",
                 use_phrases: bool = True, use_rejected: bool = False):
        self.name = name
        self.labels = tuple(labels)
        self.min_length = min_length
        self.extend_places = extend_places
        self.extend_agencies = extend_agencies
        self.check_places = check_places
        self.skip_noise = tuple(skip_noise)
        self.skip_generic = skip_generic
        self.require_kind = require_kind
        self.spans_key = spans_key
        self.use_phrases = use_phrases
        self.use_rejected = use_rejected
        self._generic: frozenset[str] | None = None
        self._kinds: frozenset[str] | None = None
        self.phrases: dict[str, str] = {}
        self.rejected: dict[str, str] = {}
        self._phrase_re = None

    @property
    def generic(self) -> frozenset[str]:
        """Kinds of organization (the agency lexicon's suffixes and department names)."""
        if self._generic is None:
            from ..agencies import AgencyLexicon
            lex = AgencyLexicon()
            self._generic = frozenset(lex.org_suffixes) | frozenset(lex.departments)
        return self._generic

    @property
    def kinds(self) -> frozenset[str]:
        """Endings that make a name an organization: the kinds of `generic` and the words that
        end the name of a news outlet (structure/outlet_words.txt: 网, 报, 电视台 …), which
        the rules read in bylines but do not tag (人民网, 中国证券报)."""
        if self._kinds is None:
            from ..datafiles import DATA_DIR
            from ..lexicon import read_lines
            self._kinds = self.generic | frozenset(read_lines(DATA_DIR / "structure" / "outlet_words.txt"))
        return self._kinds

    def set_phrases(self, phrases: dict[str, str]) -> None:
        """Names learnt from the training annotations ({text: label}, `training.learn_phrases`)."""
        import regex

        self.phrases = dict(phrases)
        names = sorted(self.phrases, key=len, reverse=True)
        self._phrase_re = regex.compile("|".join(regex.escape(n) for n in names)) if names else None

    def find_phrases(self, text: str, doc: Doc | None = None) -> list[Ent]:
        """(start, end, label) of the learnt names in `text`, longest first, not overlapping;
        with `doc`, only those that start and end at word boundaries (财政部 not in 财政部门)."""
        if self._phrase_re is None:
            return []
        found = [(m.start(), m.end(), self.phrases[m.group()]) for m in self._phrase_re.finditer(text)]
        if doc is not None and found:
            edges = {t.idx for t in doc} | {len(text)}
            found = [x for x in found if x[0] in edges and x[1] in edges]
        return found

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / PHRASES_FILE, self.phrases)
        srsly.write_json(path / REJECTED_FILE, self.rejected)

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "NerMerge":
        path = ensure_path(path)
        if (path / PHRASES_FILE).exists():
            self.set_phrases(srsly.read_json(path / PHRASES_FILE))
        if (path / REJECTED_FILE).exists():
            self.rejected = dict(srsly.read_json(path / REJECTED_FILE))
        return self

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        model = [tuple(x) for x in doc._.model_ents or ()]
        learnt = self.find_phrases(text, doc) if self.use_phrases else []
        rule = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        # rule names the annotations consistently took out (省级财政 as an ORG) leave doc.ents;
        # doc._.agencies and doc._.places keep them, so records are as without a model
        dropped = [x for x in rule if self.use_rejected and self.rejected.get(text[x[0]:x[1]]) == x[2]]
        if dropped:
            rule = [x for x in rule if x not in dropped]
        if not model and not learnt:
            if dropped:
                doc.ents = char_spans(doc, rule, len(text))
            return doc
        blocked = [(s, e) for s, e, kind in doc._.noise or () if kind in self.skip_noise]
        options = dict(min_length=self.min_length, extend_places=self.extend_places,
                       extend_agencies=self.extend_agencies, blocked=blocked,
                       generic=self.generic if self.skip_generic else (), text=text)
        merged, added = rule, []
        if learnt:     # names seen annotated: no kind or place-form check; rules win, but an
            #            ORG name may hold rule places (浙江交工 over 浙江)
            merged, added = merge_entities(rule, learnt, labels={x for _, _, x in learnt},
                                           user_labels={x for _, _, x in learnt if x not in RULE_LABELS},
                                           **{**options, "extend_places": True, "extend_agencies": False})
        if model:
            merged, more = merge_entities(merged, model, labels=self.labels,
                                          kinds=self.kinds if self.require_kind else (),
                                          place_ok=is_place_name if self.check_places else None,
                                          user_labels={x for _, _, x in model if x not in RULE_LABELS}, **options)
            added = added + more
        if not added:
            if dropped:
                doc.ents = char_spans(doc, rule, len(text))
            return doc
        kept = set(merged)
        added = sorted(x for x in added if x in kept)
        spans = char_spans(doc, merged, len(text))
        doc.ents = spans
        new = set(added)
        doc.spans[self.spans_key] = [sp for sp in spans if (sp.start_char, sp.end_char, sp.label_) in new]
        # an ORG that took the place of a rule agency leaves the agency (and its links) as it
        # was; other added ORGs become organizations the record linker sees
        rule_orgs = [(s, e) for s, e, label in rule if label == "ORG"]
        orgs = [(s, e) for s, e, label in added if label == "ORG"
                and not any(s <= rs and re <= e for rs, re in rule_orgs)]
        if orgs:
            agencies = list(doc._.agencies or ())
            for s, e in orgs:
                agencies.append(_organization(text, s, e, doc._.places or ()))
            doc._.agencies = sorted(agencies, key=lambda a: a["start"])
        return doc


_PLACE_SUFFIXES: tuple[str, ...] | None = None


def is_place_name(name: str) -> bool:
    """Is `name` a place by its form: a name of the gazetteer (full or short: 满洲里, 濛洲街道)
    or a name ending in a suffix of villages, townships or development zones (半岱村, 红海湾开发区)?"""
    global _PLACE_SUFFIXES
    from ..gazetteer import default_gazetteer

    if default_gazetteer().lookup(name):
        return True
    if _PLACE_SUFFIXES is None:
        from ..datafiles import DATA_DIR
        from ..lexicon import read_lines, read_table
        zones = read_lines(DATA_DIR / "places" / "zone_suffixes.txt")
        villages = {row[0] for row in read_table(DATA_DIR / "places" / "village_suffixes.tsv")
                    if row[1] in ("village", "natural")}
        _PLACE_SUFFIXES = tuple(sorted({*zones, *villages, "镇", "乡", "街道"}, key=len, reverse=True))
    return any(name.endswith(x) and len(name) > len(x) for x in _PLACE_SUFFIXES)


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
