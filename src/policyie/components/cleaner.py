"""`policyie_cleaner`: marks extraction damage on the Doc without changing its text."""

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions  # noqa: F401  (registers Doc._.removed)
from ..cleaning import TextView, find_broken_lines


@Language.factory(
    "policyie_cleaner",
    default_config={"join_broken_lines": True},
    assigns=["doc._.removed"],
)
def make_text_cleaner(nlp: Language, name: str, join_broken_lines: bool) -> "TextCleaner":
    return TextCleaner(name=name, join_broken_lines=join_broken_lines)


class TextCleaner:
    """Records the ranges that cleaning cuts (`doc._.removed`); the Doc text stays the caller's,
    so every offset any component reports points into the caller's text."""

    def __init__(self, name: str = "policyie_cleaner", *, join_broken_lines: bool = True):
        self.name = name
        self.join_broken_lines = join_broken_lines

    def __call__(self, doc: Doc) -> Doc:
        removed = find_broken_lines(doc.text) if self.join_broken_lines else []
        doc._.removed = [[s, e] for s, e in removed]
        return doc


def view_of(doc: Doc, text: str | None = None) -> TextView:
    """The cleaned view of a Doc (identity if no cleaner ran); pass `text` if already built."""
    return TextView(doc.text if text is None else text, doc._.removed or ())
