"""Document structure of a report page: paragraphs, noise, articles and sentences.

Pure functions over the caller's text and the cleaning's removed ranges; offsets are always
offsets into the caller's text. A newspaper page holds many articles, each with a headline,
an optional byline ((孙国清), 江苏省东台市财政局 | 吴安萍, ■ 唐秋鸽 周静) and a body; which city
"市财政局" means depends on the article, so downstream components work per article.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .cleaning import TextView
from .lexicon import read_lines, read_table
from .regexes import alternation

DATA_DIR = Path(__file__).parent / "data" / "structure"

_TERMINAL = "。！？!?；;…"
_NAME = r"[\p{Han}·]{2,4}"


class BylineRules:
    """Bylines, source lines and news leads of the genre, read from bylines.tsv (patterns) and
    byline_roles.txt (the role words: 记者, 通讯员, 责任编辑 …)."""

    def __init__(self, path: str | Path = DATA_DIR / "bylines.tsv"):
        path = Path(path)
        lexicons = {"ROLE": read_lines(path.parent / "byline_roles.txt")}
        self.patterns: dict[str, list[regex.Pattern]] = {"byline": [], "lead": [], "trailing": []}
        for kind, pattern in read_table(path):
            pattern = expand(pattern, lexicons).replace("{NAME}", _NAME)
            self.patterns[kind].append(regex.compile(pattern))

    def is_byline(self, line: str) -> bool:
        return any(p.match(line) for p in self.patterns["byline"])

    def opens_with_lead(self, line: str) -> bool:
        """Does the paragraph open with a news lead (本报讯, 新华社X月X日电)?"""
        return any(p.match(line) for p in self.patterns["lead"])

    def trailing(self, paragraph: str):
        """The byline closing a paragraph ((记者 王明)), as a match, or None."""
        for p in self.patterns["trailing"]:
            m = p.search(paragraph)
            if m:
                return m
        return None


_BYLINES: BylineRules | None = None


def bylines() -> BylineRules:
    """The packaged byline rules, compiled once per process (read-only afterwards)."""
    global _BYLINES
    if _BYLINES is None:
        _BYLINES = BylineRules()
    return _BYLINES


_LINE = regex.compile(r"[^\n]+")
_LIST_PUNCT = regex.compile(r"[,;；]\s*\S")
_PHOTO_CREDIT = regex.compile(r"摄$|^图片由.*提供$")
_CREDIT_END = regex.compile(r"摄$|提供$")
_TWO_NAMES = regex.compile(r"\S{2,20}[ \u3000]+\S{2,20}")
_ENUMERATION = regex.compile(r"(?<=[，,：:\s])(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）])")
_LIST_MARKER = regex.compile(r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.、．](?![0-9])|——)")


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    kind: str = "body"          # body, headline, byline, noise


@dataclass
class Article:
    start: int
    end: int
    headline: tuple[int, int] | None = None
    subtitle: tuple[int, int] | None = None
    byline: tuple[int, int] | None = None
    subheads: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self, text: str) -> dict:
        def piece(r):
            return None if r is None else {"start": r[0], "end": r[1], "text": text[r[0]:r[1]]}
        return {"start": self.start, "end": self.end, "headline": piece(self.headline),
                "subtitle": piece(self.subtitle), "byline": piece(self.byline),
                "subheads": [piece(r) for r in self.subheads]}


#: noise kinds whose words are not the article's: no places or agencies are read there
JUNK_KINDS = ("spam", "boilerplate", "advert")
#: noise kinds that stand on a line of their own
_LINES_APART = ("spam", "navigation")


def expand(pattern: str, lexicons: dict[str, list[str]]) -> str:
    """`pattern` with each `{NAME}` replaced by the alternation of the word list NAME."""
    for name, words in lexicons.items():
        pattern = pattern.replace("{" + name + "}", alternation(words))
    return pattern


class NoiseRules:
    """Regular expressions for spam, boilerplate, navigation and captions, read from noise.tsv;
    `{SPAM_BRAND}` and `{SPAM_WORD}` in a pattern stand for the word lists spam_brands.txt and
    spam_words.txt of the same folder."""

    def __init__(self, path: str | Path = DATA_DIR / "noise.tsv"):
        path = Path(path)
        lexicons = {"SPAM_BRAND": read_lines(path.parent / "spam_brands.txt"),
                    "SPAM_WORD": read_lines(path.parent / "spam_words.txt")}
        self.inline: list[tuple[str, regex.Pattern]] = []
        self.line: list[tuple[str, regex.Pattern]] = []
        for scope, kind, pattern in read_table(path):
            target = self.inline if scope == "inline" else self.line
            target.append((kind, regex.compile(expand(pattern, lexicons))))

    def apart(self, line: str) -> bool:
        """Is this a line of its own (navigation, spam) that no broken-line repair may join?"""
        return any(kind in _LINES_APART and p.search(line) for kind, p in self.line)

    def inline_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Spam injected inside lines (南宫28): cut from the cleaned view."""
        return [(m.start(), m.end(), kind) for kind, p in self.inline for m in p.finditer(text)]

    def line_kind(self, line: str) -> str | None:
        for kind, p in self.line:
            if p.search(line):
                return kind
        return None


def paragraphs(view: TextView) -> list[Paragraph]:
    """Non-empty paragraphs of the cleaned view, with offsets in the original text (a repaired
    broken line does not end a paragraph)."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(view.text):
        chunk = m.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        start, end = view.span_to_original(m.start() + lead, m.start() + lead + len(stripped))
        out.append(Paragraph(start, end, view.original[start:end]))
    return out


def is_byline(line: str) -> bool:
    return bylines().is_byline(line)


def _headline_like(p: Paragraph) -> bool:
    t = p.text
    return (len(t) <= 40 and t[-1] not in _TERMINAL + "，,、：:" and not _LIST_MARKER.match(t)
            and "，" not in t and "。" not in t and not _LIST_PUNCT.search(t))


def classify(paras: list[Paragraph], noise: set[tuple[int, int]] = frozenset()) -> None:
    """Label each paragraph body, headline (candidate), byline or noise, in place; `noise` holds
    the (start, end) of paragraphs the cleaner marked (spam, boilerplate, captions, labels)."""
    for p in paras:
        if (p.start, p.end) in noise:
            p.kind = "noise"
        elif is_byline(p.text):
            p.kind = "byline"
        elif _headline_like(p):
            p.kind = "headline"
    # a line just before a photo credit (… 摄, 图片由…提供) is its caption
    for i in range(len(paras) - 1):
        if paras[i + 1].kind == "noise" and _PHOTO_CREDIT.search(paras[i + 1].text) \
                and paras[i].kind in ("headline", "body") and paras[i].text[-1] not in "。":
            paras[i].kind = "noise"


def find_articles(text: str, paras: list[Paragraph]) -> list[Article]:
    """Group classified paragraphs into articles.

    A headline opens an article at the start of the page, after a byline or photo credit that
    closed the previous one, or when it is followed by a byline or a news lead (本报讯);
    otherwise it is a subhead of the open article. Body text that follows a closed article
    without a headline opens a headline-less article (extraction lost the title).
    """
    articles: list[Article] = []
    current: Article | None = None
    closed = True
    pending: Paragraph | None = None
    has_body = False
    i = 0
    n = len(paras)

    def next_content(j):
        while j < n and paras[j].kind == "noise":
            j += 1
        return j

    while i < n:
        p = paras[i]
        if p.kind == "noise":
            if current is not None and _CREDIT_END.search(p.text):
                closed = True
            i += 1
            continue
        if p.kind == "headline":
            j = next_content(i + 1)
            follower = paras[j] if j < n else None
            # a two-part headline (攻坚提速 决胜全年) after the open article already has its
            # byline starts the next article rather than a section of this one
            two_part = current is not None and current.byline is not None and bool(
                _TWO_NAMES.fullmatch(p.text))
            opens = closed or current is None or two_part or (follower is not None and (
                follower.kind == "byline" or bylines().opens_with_lead(follower.text)
                or (follower.kind == "headline" and _opens_after(paras, j + 1))))
            if opens and follower is not None:
                current = Article(start=p.start, end=p.end, headline=(p.start, p.end))
                articles.append(current)
                closed = False
                has_body = False
                i += 1
                # a second headline line straight after is a subtitle, if body follows it
                j = next_content(i)
                k = next_content(j + 1) if j < n else n
                if j < n and paras[j].kind == "headline" and k < n and paras[k].kind != "headline":
                    current.subtitle = (paras[j].start, paras[j].end)
                    current.end = paras[j].end
                    i = j + 1
                continue
            if current is not None:
                current.subheads.append((p.start, p.end))
                current.end = p.end
            i += 1
            continue
        if p.kind == "byline":
            if current is None and pending is None:
                pending = p              # a source line above the first headline belongs to it
            if current is not None:
                if current.byline is None:
                    current.byline = (p.start, p.end)
                # bylines and source lines between the headline and the body do not close
                # the article; a byline after its body does. Either way the line is the
                # article's (a source line names its outlet, a date line its year).
                if has_body:
                    closed = True
                current.end = max(current.end, p.end)
            i += 1
            continue
        # body
        if current is None or closed:
            current = Article(start=p.start, end=p.end)
            articles.append(current)
            closed = False
        current.end = p.end
        has_body = True
        trailing = bylines().trailing(p.text)
        if trailing:
            current.byline = (p.start + trailing.start() + (len(trailing.group()) - len(trailing.group().lstrip())),
                              p.start + trailing.end())
            current.end = p.start + trailing.start()
            closed = True
        i += 1
    articles = [a for a in articles if a.end > a.start]
    if pending is not None and articles and pending.end <= articles[0].start:
        articles[0].start = pending.start
        if articles[0].byline is None:
            articles[0].byline = (pending.start, pending.end)
    if articles and articles[0].headline is None:
        # a web page whose title lost its line break: 连载丨…做法(四)为宣传推广…
        first = next((p for p in paras if p.start == articles[0].start), None)
        run_in = _RUN_IN_TITLE.match(first.text) if first is not None else None
        if run_in:
            articles[0].headline = (first.start, first.start + run_in.end())
    out: list[Article] = []
    starts = [p.start for p in paras]
    for a in articles:
        out.extend(_split_cases(a, paras[bisect_left(starts, a.start):bisect_left(starts, a.end)]))
    return out


_RUN_IN_TITLE = regex.compile(
    r"[^，。；,;！？!?：:\n]{8,60}?[)）》](?=为|近日|日前|据|在|针对|随着|本报讯|今年|近年来|\d{4}年)")
#: an article longer than this (characters) may be several items that lost their titles
LONG_ARTICLE = 4000
_LIST_ITEM = regex.compile(r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.、．](?![0-9]))")
_OPENS_ON_PLACE = regex.compile(r"^[\p{Han}]{1,8}?[省市县区旗](?![委级场民])")
_FIRST_ITEM = regex.compile(r"^(?:一是|[(（]一[)）]|1[.、．](?![0-9]))")


def _split_cases(article: Article, paras: list[Paragraph]) -> list[Article]:
    """A long page of cases whose titles were lost (a web page of 典型经验做法): each case is an
    introductory paragraph followed by a numbered list that starts again at (一)/一是. Split
    before every such introduction; lists that restart with no introduction stay in their case."""
    if article.end - article.start <= LONG_ARTICLE or article.headline is not None and article.subheads:
        return [article]
    body = [p for p in paras if p.kind in ("body", "headline")]
    cuts = []
    since_list = None                    # non-list paragraphs since the last list item
    for i, p in enumerate(body):
        if _LIST_ITEM.match(p.text):
            since_list = 0
            continue
        if since_list is not None:
            since_list += 1
        if i == 0:
            continue
        before_list = i + 1 < len(body) and _FIRST_ITEM.match(body[i + 1].text)
        # a list, its results paragraph, then a paragraph that opens on a place: the next case
        new_place = since_list == 2 and _OPENS_ON_PLACE.match(p.text)
        if before_list or new_place:
            cuts.append(p.start)
    if not cuts:
        return [article]
    pieces = []
    bounds = [article.start, *cuts, article.end]
    body_starts = [p.start for p in body]
    for k, (s, e) in enumerate(zip(bounds, bounds[1:])):
        inside = body[bisect_left(body_starts, s):bisect_left(body_starts, e)]
        last = max((p.end for p in inside), default=s)
        piece = Article(start=s, end=min(last, e))
        if k == 0:
            piece.headline, piece.subtitle = article.headline, article.subtitle
        if k == len(bounds) - 2:
            piece.byline = article.byline
        pieces.append(piece)
    return pieces


def _opens_after(paras: list[Paragraph], j: int) -> bool:
    while j < len(paras) and paras[j].kind == "noise":
        j += 1
    return j < len(paras) and (paras[j].kind == "byline" or bylines().opens_with_lead(paras[j].text))


_SENT_END = regex.compile(r"[。！？!?；;…]+[”’」』)）]*|\n+")


def sentence_starts(text: str, removed: list[tuple[int, int]] = ()) -> list[int]:
    """Offsets where sentences start: after 。！？；…, after a paragraph break that was not
    repaired, and before list markers (一是, （一）)."""
    cut = sorted((s, e) for s, e in removed)
    cut_starts = [s for s, _ in cut]
    starts = {0}
    for m in _SENT_END.finditer(text):
        if m.group().startswith("\n"):
            k = bisect_right(cut_starts, m.start()) - 1
            if k >= 0 and cut[k][0] <= m.start() < cut[k][1]:
                continue
        nxt = m.end()
        while nxt < len(text) and text[nxt] in " \u3000\n\t":
            nxt += 1
        if nxt < len(text):
            starts.add(nxt)
    for m in _ENUMERATION.finditer(text):
        starts.add(m.start())
    return sorted(starts)
