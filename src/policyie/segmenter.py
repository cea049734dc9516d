"""The word segmenter: spaCy's Chinese tokenizer with the bundled pkuseg model, or characters.

The pkuseg model ships in `models/pkuseg` (installed as `policyie._models`), so nothing is
downloaded. spacy_pkuseg silently falls back to unpickling `features.pkl` (and rewrites old
text formats) when its msgpack files are missing; `check_model_dir` refuses such directories
before spacy_pkuseg ever sees them.
"""
from __future__ import annotations

import io
import threading
from itertools import repeat
from importlib import resources
from pathlib import Path
from typing import Any, Callable

import regex
from spacy.language import Language
from spacy.tokens import Doc

SEGMENTERS = ("pkuseg", "char")
REQUIRED_FILES = ("features.msgpack", "weights.npz")
#: Files spacy_pkuseg would unpickle or convert (and rewrite) instead of the msgpack model.
UNSAFE_FILES = ("features.pkl", "features.json", "model.txt", "unigram_word.txt", "bigram_word.txt",
                "tagIndex.txt") + tuple(f"featureIndex.txt_{i}" for i in range(10))
USER_DICT = Path(__file__).parent / "data" / "segmenter_userdict.txt"


class UnsafeModelError(ValueError):
    """A model directory that would make spacy_pkuseg load a pickle or rewrite files."""


def bundled_model_dir() -> Path:
    """The pkuseg model shipped with policyie (installed package or source checkout)."""
    try:
        path = Path(str(resources.files("policyie._models") / "pkuseg"))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    path = Path(__file__).resolve().parents[2] / "models" / "pkuseg"
    if path.is_dir():
        return path
    raise FileNotFoundError("the bundled pkuseg model is missing; reinstall policyie "
                            "or rebuild it with `python scripts/build_segmenter.py --out models/pkuseg`")


def check_model_dir(path: str | Path) -> Path:
    """Return `path` (absolute) if it is a msgpack/npz pkuseg model; raise UnsafeModelError if
    it holds files spacy_pkuseg would unpickle or convert, FileNotFoundError if incomplete."""
    path = Path(path).resolve()
    unsafe = sorted(f for f in UNSAFE_FILES if (path / f).exists())
    if unsafe:
        raise UnsafeModelError(
            f"refusing pkuseg model {path}: it contains {', '.join(unsafe)}, which spacy_pkuseg "
            "would unpickle or convert; policyie only loads features.msgpack + weights.npz")
    missing = [f for f in REQUIRED_FILES if not (path / f).is_file()]
    if missing:
        raise FileNotFoundError(f"{path} is not a pkuseg model: missing {', '.join(missing)}")
    return path


def check_pipeline_dir(path: str | Path) -> None:
    """Refuse a saved pipeline whose tokenizer holds an unsafe pkuseg model."""
    model = Path(path) / "tokenizer" / "pkuseg_model"
    if model.is_dir():
        check_model_dir(model)


PLACE_WORDS = Path(__file__).parent / "data" / "segmenter_places.txt"


def place_words() -> list[str]:
    """Full names of administrative units (county level and above, and townships of 3+
    characters), so the segmenter keeps 义乌市, 永昌街道 and 莫力达瓦达斡尔族自治旗 whole.
    Generated from the gazetteer by `scripts/build_segmenter_places.py`."""
    return [w for w in PLACE_WORDS.read_text(encoding="utf-8").split("\n") if w]


def write_user_dict(path: Path) -> Path:
    """Write the segmenter's full dictionary (domain words, then place names) to `path`, as
    one file: spacy_pkuseg reads it much faster than 37,000 words added one by one."""
    path.write_text(USER_DICT.read_text(encoding="utf-8").rstrip("\n") + "\n"
                    + PLACE_WORDS.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def user_dict_entries(places: bool = True) -> list[tuple[str, str]]:
    """(word, tag) of the segmenter's dictionary (domain words, then if `places` the place
    names) in file order, read line by line as spacy_pkuseg reads a user dictionary file."""
    text = USER_DICT.read_text(encoding="utf-8")
    parts = [text]
    if places:                                      # the two files as one, each read alone
        parts = [text.rstrip("\n") + "\n", PLACE_WORDS.read_text(encoding="utf-8")]
    out: list[tuple[str, str]] = []
    for part in parts:
        lines = io.StringIO(part, newline=None).readlines()
        if "\t" not in part:                        # words without tags (the place names), at C speed
            out.extend(zip(map(str.strip, lines), repeat("")))
            continue
        for line in lines:
            fields = line.strip().split("\t")
            out.append((fields[0].strip(), fields[1].strip() if len(fields) > 1 else ""))
    return out


class LazyTrieNode:
    """A node of spacy_pkuseg's user-dictionary trie (`TrieNode`: `children`, `isword`,
    `usertag`) that holds the (word, tag) entries below it until one of those is first read,
    then makes its children, lazy in turn. `Preprocesser.solve` and `insert` see the nodes,
    words and tags the eager trie has (later entries of a word win, as with `insert`), but
    loading the segmenter builds none of them."""

    def __init__(self, entries: list[tuple[str, str]], depth: int = 0):
        self._entries, self._depth = entries, depth

    def __getattr__(self, name: str):               # only for attributes not made yet
        if name not in ("children", "isword", "usertag"):
            raise AttributeError(name)
        state = self.__dict__
        entries = state.get("_entries")
        if entries is not None:
            depth, isword, usertag, groups = state["_depth"], False, "", {}
            for word, tag in entries:
                if len(word) == depth:
                    isword, usertag = True, tag
                else:
                    groups.setdefault(word[depth], []).append((word, tag))
            state.update(children={c: LazyTrieNode(g, depth + 1) for c, g in groups.items()},
                         isword=isword, usertag=usertag)
            state.pop("_entries", None)
        return state[name]


def blank(segmenter: str = "pkuseg", extra_words: list[str] | None = None, places: bool = True) -> Language:
    """A blank Chinese pipeline with the chosen segmenter ("pkuseg" or "char").

    For pkuseg, the domain dictionary and (if `places`) the gazetteer's place names are
    forced words; `extra_words` adds more."""
    from spacy.lang.zh import Chinese

    if segmenter not in SEGMENTERS:
        raise ValueError(f"unknown segmenter {segmenter!r}; choose one of {', '.join(SEGMENTERS)}")
    if segmenter == "char":
        return Chinese()
    nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    model = str(check_model_dir(bundled_model_dir()))
    # loaded when a text is first segmented: a pipeline that segments nothing (the main job's,
    # `policyie.pipeline.rows_pipeline`) never pays for the model
    nlp.tokenizer.pkuseg_seg = LazySegmenter(lambda: _bundled_pkuseg(model, places))
    words = [w.strip() for w in extra_words or () if w and w.strip()]
    if words:
        nlp.tokenizer.pkuseg_update_user_dict(words)
    return nlp


def _bundled_pkuseg(model: str, places: bool):
    """spacy_pkuseg's segmenter of `model` (what the tokenizer's `initialize` makes), its user
    dictionary a trie that grows as it is read (spacy_pkuseg would build all 37,000 words'
    nodes before the first text)."""
    from spacy.lang.zh import try_pkuseg_import

    from .datafiles import building

    with building():
        segmenter = try_pkuseg_import(pkuseg_model=model, pkuseg_user_dict="default")
        segmenter.preprocesser.trie = LazyTrieNode(user_dict_entries(places))
    return segmenter


class LazySegmenter:
    """Stands for a segmenter made by `make()` the first time anything of it is read or set
    (spacy_pkuseg's model costs a third of a second to load); then it is that segmenter."""

    __slots__ = ("_make", "_segmenter", "_lock")

    def __init__(self, make: Callable[[], Any]):
        object.__setattr__(self, "_make", make)
        object.__setattr__(self, "_segmenter", None)
        object.__setattr__(self, "_lock", threading.Lock())

    def _loaded(self):
        if self._segmenter is None:
            with self._lock:
                if self._segmenter is None:
                    object.__setattr__(self, "_segmenter", self._make())
        return self._segmenter

    def __getattr__(self, name: str):
        return getattr(self._loaded(), name)

    def __setattr__(self, name: str, value) -> None:
        setattr(self._loaded(), name, value)

    def __reduce__(self):
        return _itself, (self._loaded(),)


def _itself(value):
    return value


# The characters for which str.isspace() is true: spaCy's tokenizers treat exactly these as space.
_SPACE_RUNS = regex.compile(
    "[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")


def segment(tokenizer, text: str) -> Doc:
    """The Doc that spaCy's Chinese tokenizer makes of `text`, in time linear in its length.

    spaCy aligns the segmenter's words with the text by slicing the rest of the text for every
    word, which is quadratic and, in char mode, costs more than everything else in the
    pipeline. Tokens and spaces are the same as spaCy's (tested); other tokenizers are called
    as they are.
    """
    from spacy.lang.zh import ChineseTokenizer

    if not isinstance(tokenizer, ChineseTokenizer):
        return tokenizer(text)
    if tokenizer.segmenter == "char":
        words, spaces = char_words_and_spaces(text)
    elif tokenizer.segmenter == "pkuseg" and tokenizer.pkuseg_seg is not None:
        words, spaces = words_and_spaces(tokenizer.pkuseg_seg.cut(text), text)
    else:
        return tokenizer(text)
    return Doc(tokenizer.vocab, words=words, spaces=spaces)


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """Tokens and trailing-space flags for segmenter `words` of `text`, as spaCy's
    `get_words_and_spaces` gives them: whitespace between words becomes a token, except one
    plain space after a word, which becomes that word's trailing space."""
    out: list[str] = []
    spaces: list[bool] = []
    pos, n = 0, len(text)
    for word in words:
        if word.isspace():
            continue
        start = text.find(word, pos)
        if start < 0:
            raise ValueError(f"segmenter word {word!r} not found in the text after offset {pos}")
        if start > pos:
            out.append(text[pos:start])
            spaces.append(False)
        out.append(word)
        spaces.append(False)
        pos = start + len(word)
        if pos < n and text[pos] == " ":
            spaces[-1] = True
            pos += 1
    if pos < n:
        out.append(text[pos:])
        spaces.append(False)
    return out, spaces


def char_words_and_spaces(text: str) -> tuple[list[str], list[bool]]:
    """`words_and_spaces(list(text), text)` without a Python step per character."""
    out: list[str] = []
    spaces: list[bool] = []
    pos = 0
    for m in _SPACE_RUNS.finditer(text):
        start, end = m.span()
        out.extend(text[pos:start])
        spaces.extend([False] * (start - pos))
        if start > 0 and text[start] == " ":
            spaces[-1] = True
            start += 1
        if start < end:
            out.append(text[start:end])
            spaces.append(False)
        pos = end
    out.extend(text[pos:])
    spaces.extend([False] * (len(text) - pos))
    return out, spaces
