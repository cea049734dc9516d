"""Dictionary matching in one pass: the gazetteer's names and the agency lexicons.

`WordMatcher` finds the words of a fixed list in a text the way a regex alternation of the
words, longest first, scanned left to right finds them (`regex.finditer("|".join(words))`):
at each position the longest word that starts there and that `accept` allows, then on from its
end. It runs an Aho-Corasick automaton (pyahocorasick) over the text once, so the time is
linear in the text plus the occurrences, whatever the number of words; only occurrences cost
a Python step, never characters. Without pyahocorasick (a platform without a wheel) the same
matches come from a regex of the words' first characters and a lookup of each candidate.

Matchers are read-only after construction: one can serve several threads.
"""
from __future__ import annotations

from collections import deque
from operator import itemgetter
from typing import Callable, Iterable, Iterator, NamedTuple

import numpy
import regex

try:                                                    # pragma: no branch
    import ahocorasick
except ImportError:                                     # pragma: no cover - the pure-Python path
    ahocorasick = None

#: `accept(text, start, end)`: whether an occurrence of a word counts there.
Accept = Callable[[str, int, int], bool]


#: word lists whose words start with more distinct characters than this are matched as two
#: letters per character (see `WordMatcher`)
SPLIT_FANOUT = 256
_HIGH, _LOW = 0x20000, 0x30000            # the letters of split words: two ranges apart, never text


def _split_word(word: str) -> str:
    """`word` as two letters per character: its high bits, then its low byte."""
    return "".join(chr(_HIGH + (ord(c) >> 8)) + chr(_LOW + (ord(c) & 0xFF)) for c in word)


def _split_words(words: Iterable[str]) -> list[str]:
    """`_split_word` of each word, in one vectorized pass: the words joined by line breaks,
    split, and cut at the split line break (whose two letters, high then low, occur only in
    step with the characters: a low letter is never followed by a line break's high one)."""
    words = list(words)
    if not words:
        return []
    if any("\n" in w for w in words):
        return [_split_text(w) for w in words]
    return _split_text("\n".join(words)).split(_split_text("\n"))


def _consume(iterator: Iterator) -> None:
    deque(iterator, maxlen=0)


def _split_text(text: str) -> str:
    """`_split_word(text)`, vectorized."""
    points = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    letters = numpy.empty(2 * len(points), dtype=numpy.uint32)
    letters[0::2] = (points >> 8) + _HIGH
    letters[1::2] = (points & 0xFF) + _LOW
    return letters.tobytes().decode("utf-32-le")


class WordMatch(NamedTuple):
    """One match: `text[start:end] == word`. `start()`, `end()` and `group()` read like a
    regex match's, so a loop over regex matches takes these unchanged."""

    begin: int
    finish: int
    word: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self) -> str:
        return self.word

    def span(self) -> tuple[int, int]:
        return self.begin, self.finish


class WordMatcher:
    """Leftmost-longest matching of a word list, without overlap (see the module doc).

    words: the words (empty strings are ignored).
    accept: an optional check of an occurrence in context; a rejected occurrence lets a
        shorter word at the same start, or a later start, match instead (as a lookaround
        after an alternation does).
    """

    def __init__(self, words: Iterable[str], accept: Accept | None = None):
        self.words = frozenset(filter(None, words))
        self.accept = accept
        self._automaton = None
        self._split = False
        self._lengths: dict[str, tuple[int, ...]] = {}
        self._first = None
        if not self.words:
            return
        if ahocorasick is not None:
            # pyahocorasick finds a node's child by a linear scan, and the root of thousands of
            # names (the gazetteer's) has thousands of children: such a list is matched as two
            # letters per character, high byte then low byte, which keeps every node small
            # (eight times faster on the gazetteer); small lists are matched as they are
            self._split = len(set(map(itemgetter(0), self.words))) > SPLIT_FANOUT
            automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
            _consume(map(automaton.add_word, _split_words(self.words) if self._split else self.words))
            automaton.make_automaton()
            self._automaton = automaton
        else:                                            # the pure-Python path (tested)
            by_first: dict[str, set[int]] = {}
            for word in self.words:
                by_first.setdefault(word[0], set()).add(len(word))
            self._lengths = {c: tuple(sorted(ls, reverse=True)) for c, ls in by_first.items()}
            self._first = regex.compile("[" + "".join(regex.escape(c) for c in sorted(by_first)) + "]")

    def __len__(self) -> int:
        return len(self.words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the matches in `text`, left to right."""
        if not self.words or not text:
            return []
        accept = self.accept
        longest: dict[int, int] = {}
        if self._automaton is not None:
            get = longest.get
            if self._split:
                # letters 2i and 2i+1 stand for character i; a word starts with a high letter,
                # so every match starts on an even letter
                for last, length in self._automaton.iter(_split_text(text)):
                    end = (last + 1) >> 1
                    start = end - (length >> 1)
                    if end - start > get(start, 0) and (accept is None or accept(text, start, end)):
                        longest[start] = end - start
            else:
                for last, length in self._automaton.iter(text):
                    start = last + 1 - length
                    if length > get(start, 0) and (accept is None or accept(text, start, last + 1)):
                        longest[start] = length
        else:                                            # the pure-Python path (tested)
            words, lengths, n = self.words, self._lengths, len(text)
            for m in self._first.finditer(text):
                i = m.start()
                for length in lengths[text[i]]:
                    if i + length <= n and text[i:i + length] in words \
                            and (accept is None or accept(text, i, i + length)):
                        longest[i] = length
                        break
        out: list[tuple[int, int]] = []
        resume = 0
        for start in sorted(longest):
            if start >= resume:
                resume = start + longest[start]
                out.append((start, resume))
        return out

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every occurrence of every word in `text`, overlapping ones too, in
        no particular order (`accept` is not applied): where a lookbehind `(?<=w1|w2…)` holds
        (the ends) or an alternation can start (the starts)."""
        if not self.words or not text:
            return []
        if self._automaton is not None:
            if self._split:
                return [((last + 1 >> 1) - (length >> 1), last + 1 >> 1)
                        for last, length in self._automaton.iter(_split_text(text))]
            return [(last + 1 - length, last + 1) for last, length in self._automaton.iter(text)]
        words, lengths, n = self.words, self._lengths, len(text)    # the pure-Python path (tested)
        return [(m.start(), m.start() + length) for m in self._first.finditer(text)
                for length in lengths[text[m.start()]]
                if m.start() + length <= n and text[m.start():m.start() + length] in words]

    def finditer(self, text: str) -> Iterator[WordMatch]:
        """The matches in `text`, left to right, as `WordMatch`es."""
        return (WordMatch(s, e, text[s:e]) for s, e in self.spans(text))
