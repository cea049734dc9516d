"""`policyie_cleaner`: marks extraction damage on the Doc without changing its text."""
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.removed, Doc._.noise)
from ..cleaning import TextView, find_broken_lines, near_duplicates
from ..spans import doc_text
from ..structure import NoiseRules, paragraphs


@Language.factory(
    "policyie_cleaner",
    default_config={"join_broken_lines": True, "drop_duplicates": True, "mark_noise": True,
                    "duplicate_threshold": 0.8},
    assigns=["doc._.removed", "doc._.noise"],
)
def make_text_cleaner(nlp: Language, name: str, join_broken_lines: bool, drop_duplicates: bool,
                      mark_noise: bool, duplicate_threshold: float) -> "TextCleaner":
    return TextCleaner(name=name, join_broken_lines=join_broken_lines, drop_duplicates=drop_duplicates,
                       mark_noise=mark_noise, duplicate_threshold=duplicate_threshold)


class TextCleaner:
    """Repairs extraction damage as annotations; the Doc text stays the caller's text.

    - `doc._.removed`: ranges cut from the cleaned view (broken line breaks, inline spam), so
      rule components read 购买劳\\n\\n动者 as 购买劳动者 and report offsets in the original.
    - `doc._.noise`: [start, end, kind] for spam, boilerplate, captions, page labels and
      duplicate paragraphs (kind "duplicate"); downstream components skip these.
    """

    def __init__(self, name: str = "policyie_cleaner", *, join_broken_lines: bool = True,
                 drop_duplicates: bool = True, mark_noise: bool = True, duplicate_threshold: float = 0.8):
        self.name = name
        self.join_broken_lines = join_broken_lines
        self.drop_duplicates = drop_duplicates
        self.mark_noise = mark_noise
        self.duplicate_threshold = duplicate_threshold
        self._rules: NoiseRules | None = None

    @property
    def rules(self) -> NoiseRules:
        if self._rules is None:
            self._rules = NoiseRules()
        return self._rules

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        apart = self.rules.apart if self.mark_noise else None
        removed = find_broken_lines(text, apart) if self.join_broken_lines else []
        noise: list[list] = []
        if self.mark_noise:
            for s, e, kind in self.rules.inline_spans(text):
                removed.append((s, e))
                noise.append([s, e, kind])
        view = TextView(text, removed)
        doc._.removed = [[s, e] for s, e in sorted(set(removed))]
        paras = paragraphs(view)
        if self.mark_noise:
            for p in paras:
                kind = self.rules.line_kind(p.text)
                if kind:
                    noise.append([p.start, p.end, kind])
        if self.drop_duplicates:
            for i in near_duplicates([(p.start, p.end, p.text) for p in paras], self.duplicate_threshold):
                noise.append([paras[i].start, paras[i].end, "duplicate"])
        doc._.noise = sorted(noise)
        return doc


def view_of(doc: Doc, text: str | None = None) -> TextView:
    """The cleaned view of a Doc (identity if no cleaner ran); pass `text` if already built."""
    return TextView(doc_text(doc) if text is None else text, doc._.removed or ())
