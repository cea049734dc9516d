"""`policyie_cleaner`: marks extraction damage on the Doc without changing its text."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path

from .. import extensions  # noqa: F401  (registers Doc._.removed, Doc._.noise, Doc._.tables)
from ..cleaning import (DATA_DIR, FurnitureRules, write_data_files, TextView, find_broken_lines, find_furniture, furniture_cuts,
                        merge_ranges, near_duplicates, repeated_passages)
from ..spans import doc_text
from ..structure import NOISE_FILES, NOT_APART, NoiseRules, paragraphs
from ..tables import TableRules, find_tables

#: the data files the cleaner reads (and writes with `to_disk`)
CLEANER_FILES = (*NOISE_FILES, "furniture.tsv", "tables.tsv")


@Language.factory(
    "policyie_cleaner",
    default_config={"join_broken_lines": True, "drop_duplicates": True, "mark_noise": True,
                    "drop_furniture": True, "find_tables": True, "duplicate_threshold": 0.8,
                    "duplicate_min_length": 20, "noise_coverage": 0.7, "noise_max_length": 60,
                    "running_head_distance": 2, "watermark_repeats": 3},
    assigns=["doc._.removed", "doc._.noise", "doc._.tables"],
)
def make_text_cleaner(nlp: Language, name: str, join_broken_lines: bool, drop_duplicates: bool,
                      mark_noise: bool, drop_furniture: bool, find_tables: bool, duplicate_threshold: float,
                      duplicate_min_length: int, noise_coverage: float, noise_max_length: int,
                      running_head_distance: int, watermark_repeats: int) -> "TextCleaner":
    return TextCleaner(name=name, join_broken_lines=join_broken_lines, drop_duplicates=drop_duplicates,
                       mark_noise=mark_noise, drop_furniture=drop_furniture, find_tables=find_tables,
                       duplicate_threshold=duplicate_threshold, duplicate_min_length=duplicate_min_length,
                       noise_coverage=noise_coverage, noise_max_length=noise_max_length,
                       running_head_distance=running_head_distance, watermark_repeats=watermark_repeats)


class TextCleaner:
    """Repairs extraction damage as annotations; the Doc text stays the caller's text.

    - `doc._.removed`: ranges cut from the cleaned view (broken line breaks, inline spam, page
      furniture), so rule components read 购买劳\\n\\n动者 as 购买劳动者, and a sentence broken
      by a page number and a running head as one sentence, and report offsets in the original.
    - `doc._.noise`: [start, end, kind] for spam, boilerplate, adverts, navigation, captions,
      column labels, page furniture (kind "furniture") and repeated text (kind "duplicate":
      whole paragraphs and repeated passages); downstream components skip these.
    - `doc._.tables`: tables of rows and cells (see `policyie.tables`), offsets in the original.

    The data (noise.tsv and its word lists, furniture.tsv, tables.tsv) is loaded in
    `initialize` (from `data_path`, default the package's `data/structure`) and written by
    `to_disk`, so a saved pipeline keeps a user's extended lists. The rule objects are
    read-only after loading: one cleaner can serve several threads.
    """

    def __init__(self, name: str = "policyie_cleaner", *, join_broken_lines: bool = True,
                 drop_duplicates: bool = True, mark_noise: bool = True, drop_furniture: bool = True,
                 find_tables: bool = True, duplicate_threshold: float = 0.8, duplicate_min_length: int = 20,
                 noise_coverage: float = 0.7, noise_max_length: int = 60, running_head_distance: int = 2,
                 watermark_repeats: int = 3):
        self.name = name
        self.join_broken_lines = join_broken_lines
        self.drop_duplicates = drop_duplicates
        self.mark_noise = mark_noise
        self.drop_furniture = drop_furniture
        self.find_tables = find_tables
        self.duplicate_threshold = duplicate_threshold
        self.duplicate_min_length = duplicate_min_length
        self.noise_coverage = noise_coverage
        self.noise_max_length = noise_max_length
        self.running_head_distance = running_head_distance
        self.watermark_repeats = watermark_repeats
        self._source: Path = DATA_DIR
        self._rules: NoiseRules | None = None
        self._furniture: FurnitureRules | None = None
        self._tables: TableRules | None = None

    # -- data ---------------------------------------------------------------------------

    def initialize(self, get_examples: Callable | None = None, *, nlp: Language | None = None,
                   data_path: str | Path | None = None) -> None:
        """Load the noise, furniture and table rules from `data_path` (a folder like the
        package's data/structure; files missing there come from the package)."""
        self._load(Path(data_path) if data_path is not None else DATA_DIR)

    def _load(self, folder: Path) -> None:
        self._source = folder
        self._rules = NoiseRules(folder / "noise.tsv", coverage=self.noise_coverage, max_length=self.noise_max_length)
        self._furniture = FurnitureRules(folder / "furniture.tsv")
        self._tables = TableRules(folder / "tables.tsv")

    @property
    def rules(self) -> NoiseRules:
        if self._rules is None:
            self._load(self._source)
        return self._rules

    @property
    def furniture(self) -> FurnitureRules:
        if self._furniture is None:
            self._load(self._source)
        return self._furniture

    @property
    def tables(self) -> TableRules:
        if self._tables is None:
            self._load(self._source)
        return self._tables

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        write_data_files(self._source, CLEANER_FILES, ensure_path(path))

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> "TextCleaner":
        self._load(ensure_path(path))
        return self

    # -- processing ---------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cuts: list[tuple[int, int]] = []
        noise: list[list] = []
        heads: list[tuple[int, int]] = []            # running heads: cut only inside a repaired break
        pages: list[tuple[int, int]] = []
        if self.drop_furniture:
            furniture = find_furniture(text, self.furniture, head_distance=self.running_head_distance,
                                       watermark_repeats=self.watermark_repeats)
            for item, cut in zip(furniture, furniture_cuts(text, furniture)):
                (heads if item[2] == "head" else pages if item[2] == "page" else cuts).append(cut)
            noise.extend([s, e, "furniture"] for s, e, _ in furniture)
        if self.mark_noise:
            for s, e, kind in self.rules.inline_spans(text):
                cuts.append((s, e))
                noise.append([s, e, kind])
        tables = find_tables(text, self.tables, cuts + pages + heads) if self.find_tables else []
        rows = {(r["start"], r["end"]) for t in tables for r in t["rows"]}
        breaks: list[tuple[int, int]] = []
        kinds: dict[str, str | None] = {}                  # this call's line kinds (no shared state)

        def line_kind(line: str) -> str | None:
            if line not in kinds:
                kinds[line] = self.rules.line_kind(line)
            return kinds[line]

        if self.join_broken_lines:
            first = TextView(text, merge_ranges(cuts + pages + heads))
            mark = self.mark_noise

            parted: dict[str, bool] = {}                 # a line is read as `after`, then as `before`

            def apart(line: str) -> bool:
                got = parted.get(line)
                if got is None:
                    got = parted[line] = (mark and line_kind(line) not in NOT_APART) or self.tables.is_row(line)
                return got

            breaks = [first.span_to_original(s, e) for s, e in find_broken_lines(first.text, apart)]
        removed = merge_ranges(cuts + pages + breaks + _inside_breaks(breaks, pages, heads))
        view = TextView(text, removed)
        doc._.removed = [[s, e] for s, e in removed]
        paras = paragraphs(view)
        if self.mark_noise:
            for p in paras:
                if (p.start, p.end) in rows:
                    continue
                kind = line_kind(p.text)
                if kind:
                    noise.append([p.start, p.end, kind])
        for t in tables:
            for s, e in t.pop("repeated_headers", ()):
                noise.append([s, e, "furniture"])
        if self.drop_duplicates:
            marked = {(s, e) for s, e, _ in noise}
            candidates = [p for p in paras if (p.start, p.end) not in marked]
            trigrams: dict[str, dict[int, None]] = {}        # made once, read by both finders
            whole = near_duplicates([(p.start, p.end, p.text) for p in candidates], self.duplicate_threshold,
                                    self.duplicate_min_length, trigrams=trigrams)
            for i in whole:
                noise.append([candidates[i].start, candidates[i].end, "duplicate"])
            spans = [(view.from_original(p.start), view.from_original(p.end)) for p in candidates]
            for s, e in repeated_passages(view.text, spans, skip=whole, threshold=self.duplicate_threshold,
                                          min_length=self.duplicate_min_length, trigrams=trigrams):
                noise.append([*view.span_to_original(s, e), "duplicate"])
        doc._.noise = sorted(noise)
        doc._.tables = tables
        return doc


def _inside_breaks(breaks: list[tuple[int, int]], pages: list[tuple[int, int]],
                   heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The running heads that sit inside a repaired break, next to it or to a page number
    next to it (a sentence broken by a page: its head must go for the two halves to meet). A
    head between whole paragraphs stays in the view, marked furniture: it repeats the title,
    and the title's places are places of the text."""
    chain = merge_ranges(breaks)
    out: list[tuple[int, int]] = []
    rest = list(pages) + list(heads)
    head_set = set(heads)
    grown = True
    while grown and chain:
        grown = False
        for cut in list(rest):
            if any(s <= cut[1] and cut[0] <= e for s, e in chain):
                rest.remove(cut)
                chain = merge_ranges(chain + [cut])
                if cut in head_set:
                    out.append(cut)
                grown = True
    return out


def view_of(doc: Doc, text: str | None = None) -> TextView:
    """The cleaned view of a Doc (identity if no cleaner ran); pass `text` if already built."""
    return TextView(doc_text(doc) if text is None else text, doc._.removed or ())
