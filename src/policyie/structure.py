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

from .cleaning import DATA_DIR, TextView, data_file, is_document_title
from .lexicon import read_lines, read_table
from .automaton import WordMatcher
from .regexes import SECTION_NUMBER, _anchored, alternation, compiled, first_index, first_of, gated


_TERMINAL = "。！？!?；;…"
_NAME = r"[\p{Han}·]{2,4}"


#: the files the byline rules are read from (a saved structure component writes them)
BYLINE_FILES = ("bylines.tsv", "byline_roles.txt", "outlet_words.txt")


class BylineRules:
    """Bylines, source and date lines and news leads of the genre, read from bylines.tsv
    (patterns), byline_roles.txt (the role words: 记者, 通讯员, 责任编辑 …) and outlet_words.txt
    (the words that end an outlet's name: 日报, 网, 台 …). In a pattern, {ROLE} and {OUTLET}
    stand for those lists, {NAME} for a person's name and {OUTLET_NAME} for an outlet's name
    (新华社, 人民网-江苏频道)."""

    def __init__(self, path: str | Path = DATA_DIR / "bylines.tsv"):
        path = Path(path)
        lexicons = {"ROLE": read_lines(data_file(path.parent, "byline_roles.txt")),
                    "OUTLET": read_lines(data_file(path.parent, "outlet_words.txt"))}
        self.patterns: dict[str, list[regex.Pattern]] = {
            "byline": [], "credit": [], "lead": [], "trailing": [], "trailing_credit": []}
        for kind, pattern in read_table(data_file(path.parent, path.name)):
            pattern = pattern.replace("{OUTLET_NAME}", r"[\p{Han}]{1,10}(?:{OUTLET})(?:[-－—·][\p{Han}A-Za-z]{1,10})?")
            pattern = expand(pattern, lexicons).replace("{NAME}", _NAME)
            self.patterns[kind].append(compiled(pattern))
        # each kind's patterns joined: one match call says whether any of them matches
        self._joined = {kind: first_of(ps) for kind, ps in self.patterns.items()}

    def _any_match(self, kind: str, line: str) -> bool:
        joined = self._joined.get(kind)
        if joined is not None:
            return joined.match(line) is not None
        return any(p.match(line) for p in self.patterns[kind])

    def is_byline(self, line: str) -> bool:
        """A byline, source or date line, or a contributor's credit."""
        return self._any_match("byline", line) or self.is_credit(line)

    def is_credit(self, line: str) -> bool:
        """A contributor's credit ((某县财政局供稿)): closes an article, names no author body."""
        return self._any_match("credit", line)

    def opens_with_lead(self, line: str) -> bool:
        """Does the paragraph open with a news lead (本报讯, 新华社X月X日电)?"""
        return self._any_match("lead", line)

    def trailing(self, paragraph: str):
        """The byline or credit closing a paragraph ((记者 王明)), as (match, is_credit), or
        None."""
        for kind in ("trailing", "trailing_credit"):
            for p in self.patterns[kind]:
                m = p.search(paragraph)
                if m:
                    return m, kind == "trailing_credit"
        return None


_BYLINES: BylineRules | None = None


def bylines() -> BylineRules:
    """The packaged byline rules, compiled once per process (read-only afterwards)."""
    global _BYLINES
    if _BYLINES is None:
        _BYLINES = BylineRules()
    return _BYLINES


_LINE = compiled(r"[^\n]+")
_LIST_PUNCT = compiled(r"[,;；]\s*\S")
# a bare number standing as a cell between spaces: a line with two is a table row, never a
# headline (会昌县 2700 1890 810 信丰县 3060 2142 918)
_BARE_NUMBER = compiled(r"(?<![^\s])[0-9][0-9,]*(?:\.[0-9]+)?(?![^\s])")
_PHOTO_CREDIT = compiled(r"摄$|^图片由.*提供$")
_CREDIT_END = compiled(r"摄$|提供$")
_TWO_NAMES = compiled(r"\p{Han}{2,20}[ \u3000]+\p{Han}{2,20}")
_YEAR_NUMBER = compiled(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9.,])")
#: a table row: a label and numbers (合计 185620, 北林区 20 415)
_TABLE_ROW_LINE = compiled(r"\S{1,20}(?:[ \u3000\t]+[-−]?[0-9０-９][0-9０-９,.，]*)+[ \u3000\t]*")
_ENUMERATION = compiled(r"(?<=[，,：:\s])(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）])")
#: a deck (副题) under a headline: ——县财政补贴茶叶种植保险保费
_DECK = compiled(r"^[—－-]{1,2}[^。！？!?；;\n]{2,40}$")
_NUMBER_MARK = compiled(rf"^{SECTION_NUMBER}\s*")
_LIST_MARKER = compiled(r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.、．](?![0-9])|——)")


@dataclass
class Paragraph:
    start: int
    end: int
    text: str
    kind: str = "body"          # body, headline, section, byline, credit, footer, noise


@dataclass
class Article:
    start: int
    end: int
    headline: tuple[int, int] | None = None
    subtitle: tuple[int, int] | None = None
    byline: tuple[int, int] | None = None
    subheads: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 1.0

    def to_dict(self, text: str) -> dict:
        def piece(r):
            return None if r is None else {"start": r[0], "end": r[1], "text": text[r[0]:r[1]]}
        return {"start": self.start, "end": self.end, "headline": piece(self.headline),
                "subtitle": piece(self.subtitle), "byline": piece(self.byline),
                "subheads": [piece(r) for r in self.subheads], "confidence": self.confidence}


#: noise kinds whose words are not the article's: no places or agencies are read there
# a WeChat post's header: (原创) the account, the date and time, where it was posted from
_POST_HEADER = compiled(r"(?:原创|转载)\s*[\p{Han}A-Za-z0-9·]{2,16}\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+"
                        r"[0-9]{1,2}:[0-9]{2}(?:\s+(?:发表于)?\p{Han}{2,3})?"
                        r"|[\p{Han}A-Za-z0-9·]{2,16}\s+[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\s+[0-9]{1,2}:[0-9]{2}\s+(?:发表于)?\p{Han}{2,3}")
JUNK_KINDS = ("spam", "boilerplate", "advert")


def expand(pattern: str, lexicons: dict[str, list[str]]) -> str:
    """`pattern` with each `{NAME}` replaced by the alternation of the word list NAME."""
    for name, words in lexicons.items():
        pattern = pattern.replace("{" + name + "}", alternation(words))
    return pattern


#: line kinds that line repair may still join to a neighbour (a short label or caption may be
#: the tail of a broken line; a vendor's blurb is prose that breaks like any other)
NOT_APART = (None, "label", "caption", "advert")
#: the word lists that noise.tsv patterns name as {NAME}
NOISE_LISTS = {"SPAM_BRAND": "spam_brands.txt", "SPAM_WORD": "spam_words.txt", "LABEL_WORD": "column_labels.txt"}
#: the files the line classifier is read from (a saved cleaner writes them all)
NOISE_FILES = ("noise.tsv", "noise_words.tsv", *NOISE_LISTS.values())
_NOT_TEXT = compiled(r"[^\p{Han}]")
_ADDRESS = compiled(r"(?:https?://|www\.)[!-~]+|[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


class NoiseRules:
    """A classifier of lines: spam, boilerplate, adverts, navigation, captions, column labels.

    Two kinds of evidence, both data in the folder of `path`:

    - the patterns of noise.tsv, where `{SPAM_BRAND}`, `{SPAM_WORD}` and `{LABEL_WORD}` stand
      for the word lists spam_brands.txt, spam_words.txt and column_labels.txt (gambling
      vocabulary, URLs, copyright and disclaimer lines, bylines of editors, captions);
    - the furniture vocabulary of noise_words.tsv (share buttons, counters, page tools,
      contact lines, advertising calls): a line of at most `max_length` characters of which
      at least `coverage` is such words, numbers, Latin text, URLs or punctuation, with at
      least one word of two characters or more, is noise of the kind of most of its words.
    """

    def __init__(self, path: str | Path = DATA_DIR / "noise.tsv", *, coverage: float = 0.7, max_length: int = 60):
        path = Path(path)
        folder = path.parent
        lexicons = {name: read_lines(data_file(folder, f)) for name, f in NOISE_LISTS.items()}
        self.coverage = coverage
        self.max_length = max_length
        self.inline: list[tuple[str, regex.Pattern]] = []
        self.line: list[tuple[str, regex.Pattern]] = []
        # a line rule that is a word list alone ({SPAM_WORD}) is searched by an automaton
        self._word_rules: dict[int, WordMatcher] = {}
        for scope, kind, pattern in read_table(data_file(folder, path.name)):
            target = self.inline if scope == "inline" else self.line
            listed = regex.fullmatch(r"\{(\w+)\}", pattern.strip())
            if target is self.line and listed and listed.group(1) in lexicons:
                self._word_rules[len(self.line)] = WordMatcher(lexicons[listed.group(1)])
            target.append((kind, gated(compiled(expand(pattern, lexicons)))))
        # the line rules anchored at the line's start, joined: one match call at the start finds
        # the first of them (in the rules' order) that matches, instead of a call per rule
        anchored = [i for i, (_, p) in enumerate(self.line) if i not in self._word_rules and _anchored(p.pattern)]
        self._starts = first_of([self.line[i][1] for i in anchored])
        self._anchored = anchored if self._starts is not None else []
        self._anchored_set = frozenset(self._anchored)
        words = read_table(data_file(folder, "noise_words.tsv"))
        self._word_kind = {w: k for k, w in words}
        self._words = compiled(alternation(self._word_kind)) if self._word_kind else None

    def apart(self, line: str) -> bool:
        """Is this a line of its own (spam, navigation, boilerplate…) that no broken-line
        repair may join? (A short label or caption may be the tail of a broken line, and a
        vendor's blurb is prose that breaks like any other.)"""
        return self.line_kind(line) not in NOT_APART

    def inline_spans(self, text: str) -> list[tuple[int, int, str]]:
        """Spam injected inside lines (南宫28): cut from the cleaned view."""
        return [(m.start(), m.end(), kind) for kind, p in self.inline for m in p.finditer(text)]

    def line_kind(self, line: str) -> str | None:
        """The kind of the first line rule that matches (else `_covered_kind`)."""
        anchored = self._anchored_set
        first = None                  # the number of the first anchored rule that matches, -1 if none
        for i, (kind, p) in enumerate(self.line):
            if i in anchored:
                if first is None:
                    m = self._starts.match(line)
                    first = -1 if m is None else anchored_rule(self._anchored, self._starts, m)
                if i == first:
                    return kind
            elif i in self._word_rules:
                if self._word_rules[i].occurrences(line):
                    return kind
            elif p.search(line):
                return kind
        return self._covered_kind(line)

    def _covered_kind(self, line: str) -> str | None:
        if self._words is None or len(line) > self.max_length:
            return None
        body = "".join(line.split())
        if not body:
            return None
        covered = bytearray(len(body))
        weight: dict[str, int] = {}
        long_word = False
        for m in _ADDRESS.finditer(body):
            covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        for m in self._words.finditer(body):
            covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            kind = self._word_kind[m.group()]
            weight[kind] = weight.get(kind, 0) + len(m.group())
            long_word = long_word or len(m.group()) >= 2
        if not long_word:
            return None
        for m in _NOT_TEXT.finditer(body):
            covered[m.start()] = 1
        if sum(covered) < self.coverage * len(body) or _POST_HEADER.fullmatch(line.strip()):
            return None                   # 原创 某某发布 2024-08-06 17:30 福建: a post's header, a byline
        return max(weight, key=lambda k: (weight[k], k))


def anchored_rule(anchored: list[int], joined: regex.Pattern, match: regex.Match) -> int:
    """The number (in the rules' list) of the anchored rule whose alternative gave `match`."""
    return anchored[first_index(joined, match)]


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


# a row number and a short name alone on a line: a table row that a line break cut (3 喀左⏎县 362)
_ROW_NUMBER_CUT = compiled(r"[0-9]{1,3}[ \t\u3000]+\p{Han}{1,6}")


def _headline_like(p: Paragraph) -> bool:
    t = p.text
    if not _LIST_MARKER.match(t) and "\n" not in t and is_document_title(t):
        return True                   # a notice's title is often long: 关于下达…资金的通知
    return (len(t) <= 40 and t[-1] not in _TERMINAL + "，,、：:" and not _LIST_MARKER.match(t)
            and "，" not in t and "。" not in t and not _LIST_PUNCT.search(t)
            and len(_BARE_NUMBER.findall(t)) < 2
            and not (_TABLE_ROW_LINE.fullmatch(t) and not _YEAR_NUMBER.search(t))   # 福泉市 980: a row; 奋进 2025 a title
            and not _ROW_NUMBER_CUT.fullmatch(t))          # 3 喀左: a table's row cut by a line break


def _numbered_title(p: Paragraph) -> bool:
    """A numbered title line (1.某县…, 一、某市…, （二）某区…): a section head, or the title of
    an item of a bulletin of news items."""
    m = _NUMBER_MARK.match(p.text)
    if m is None:
        return False
    rest = p.text[m.end():].strip()
    return 4 <= len(rest) <= 40 and rest[-1] not in _TERMINAL + "，,、：:" and "，" not in rest \
        and "。" not in rest and not _LIST_PUNCT.search(rest)


def classify(paras: list[Paragraph], noise=frozenset(), rules: "BylineRules | None" = None) -> None:
    """Label each paragraph body, headline (candidate), section (numbered title), byline,
    credit, footer or noise, in place; `noise` holds the (start, end) of paragraphs the cleaner
    marked (spam, boilerplate, captions, labels, furniture), or maps them to their kind. A
    site footer (主办：…) is noise that belongs to the page's last article: it names the
    publisher, whose place is the page's."""
    rules = rules or bylines()
    kinds = noise if isinstance(noise, dict) else dict.fromkeys(noise, "noise")
    for p in paras:
        kind = kinds.get((p.start, p.end))
        if kind is not None:
            p.kind = "footer" if kind == "footer" else "noise"
        elif rules.is_credit(p.text):
            p.kind = "credit"
        elif rules.is_byline(p.text):
            p.kind = "byline"
        elif _headline_like(p):
            p.kind = "headline"
        elif _numbered_title(p):
            p.kind = "section"
    # a line just before a photo credit (… 摄, 图片由…提供) is its caption
    for i in range(len(paras) - 1):
        if paras[i + 1].kind == "noise" and _PHOTO_CREDIT.search(paras[i + 1].text) \
                and paras[i].kind in ("headline", "body") and paras[i].text[-1] not in "。":
            paras[i].kind = "noise"


#: how sure the finder is that an article starts where it says (Article.confidence): the page
#: start or a headline with a byline, source line or news lead under it; a headline after an
#: article closed by its byline or credit; body text after a closed article (its headline was
#: lost); a headline (or numbered title) that names another place than the open article; a
#: long run of cases split before each new introduction
CONFIDENCE = {"page": 1.0, "credited": 1.0, "after_close": 0.9, "untitled": 0.8, "new_place": 0.7,
              "case": 0.6}


class PlaceCodes:
    """Which places a line names, for telling articles apart by place: the county- or
    city-level units named in full (常山县), by abbreviation, or by a short name with one
    meaning that is not a common word (not_places.txt), read with the place matcher's
    candidate finder (read-only, so it may be shared)."""

    def __init__(self, matcher=None):
        if matcher is None:
            from .places import default_matcher
            matcher = default_matcher()
        self.matcher = matcher

    def units(self, text: str) -> list:
        out = []
        for m in self.matcher.candidates(text):
            if m.kind == "short" and (len(m.units) != 1 or m.text in self.matcher.lex.not_places):
                continue
            out.extend(u for u in m.units if not u.historical)
        return out

    @staticmethod
    def lineage(unit) -> set[str]:
        return {c for c in (unit.code, unit.county, unit.city, unit.province) if c}


def _other_place(head_units: list, article_units: list) -> bool:
    """Does a title name a county or city that is none of the article's places, nor one
    containing them, nor one inside them? (常山县 after an article on 江山市: yes.)"""
    heads = [u for u in head_units if u.level in ("county", "city")]
    if not heads or not article_units:
        return False
    seen = set().union(*(PlaceCodes.lineage(u) for u in article_units))
    codes = {u.code for u in article_units}
    for h in heads:
        if h.code in seen or PlaceCodes.lineage(h) & codes:
            return False
    return True


def find_articles(text: str, paras: list[Paragraph], rules: "BylineRules | None" = None,
                  places: PlaceCodes | None = None, *, long_article: int | None = None) -> list[Article]:
    """Group classified paragraphs into articles.

    A headline opens an article at the start of the page, after a byline, credit or photo
    credit that closed the previous one, when it is followed by a byline, source line or news
    lead (本报讯), or when it (or a numbered title line) names a county or city that is none
    of the open article's places (with `places`); otherwise it is a subhead of the open
    article. Body text that follows a closed article without a headline opens a headline-less
    article (extraction lost the title). Each article says how sure the start is
    (`Article.confidence`, see CONFIDENCE).
    """
    rules = rules or bylines()
    long_article = LONG_ARTICLE if long_article is None else long_article
    articles: list[Article] = []
    current: Article | None = None
    closed = True
    pending: Paragraph | None = None
    has_body = False
    i = 0
    n = len(paras)
    # places named so far in the open article (filled only when a title needs the check)
    seen_units: list = []
    scanned = 0

    def next_content(j):
        while j < n and paras[j].kind in ("noise", "footer"):
            j += 1
        return j

    def article_units(upto: int) -> list:
        nonlocal scanned
        for q in paras[scanned:upto]:
            if q.kind != "noise" and current is not None and q.start >= current.start:
                seen_units.extend(places.units(q.text))
        scanned = max(scanned, upto)
        return seen_units

    def open_article(at: int, how: str, headline: bool = True) -> Article:
        nonlocal current, closed, has_body, seen_units, scanned
        p = paras[at]
        current = Article(start=p.start, end=p.end, headline=(p.start, p.end) if headline else None,
                          confidence=CONFIDENCE["page" if not articles else how])
        articles.append(current)
        closed = False
        has_body = False
        seen_units, scanned = [], at
        return current

    while i < n:
        p = paras[i]
        if p.kind == "noise":
            if current is not None and _CREDIT_END.search(p.text):
                closed = True
            i += 1
            continue
        if p.kind in ("headline", "section"):
            j = next_content(i + 1)
            deck = None
            if p.kind == "headline" and j < n and paras[j].kind == "body" and _DECK.match(paras[j].text):
                deck, j = paras[j], next_content(j + 1)          # ——县财政补贴…: the headline's deck
            follower = paras[j] if j < n else None
            # a two-part headline (攻坚提速 决胜全年) after the open article already has its
            # byline starts the next article rather than a section of this one
            two_part = p.kind == "headline" and current is not None and current.byline is not None and bool(
                _TWO_NAMES.fullmatch(p.text)) and not (follower is not None and _TABLE_ROW_LINE.fullmatch(follower.text))
            credited = p.kind == "headline" and follower is not None and (
                follower.kind in ("byline", "credit") or rules.opens_with_lead(follower.text)
                or (follower.kind == "headline" and _opens_after(paras, j + 1, rules)))
            how = None
            if current is None or closed:
                how = "after_close"
            elif credited:
                how = "credited"
            elif two_part:
                how = "after_close"
            elif places is not None and current is not None and has_body and follower is not None \
                    and follower.kind == "body":
                head = places.units(p.text)
                if head and _other_place(head, article_units(i)):
                    how = "new_place"
            if how is not None and follower is not None:
                open_article(i, how)
                i += 1
                if deck is not None:
                    current.subtitle = (deck.start, deck.end)
                    current.end = deck.end
                    i = paras.index(deck, i) + 1
                    continue
                # a second headline line straight after is a subtitle, if body follows it
                j = next_content(i)
                k = next_content(j + 1) if j < n else n
                if p.kind == "headline" and j < n and paras[j].kind == "headline" and k < n \
                        and paras[k].kind != "headline":
                    current.subtitle = (paras[j].start, paras[j].end)
                    current.end = paras[j].end
                    i = j + 1
                continue
            if current is not None:
                current.subheads.append((p.start, p.end))
                current.end = p.end
            i += 1
            continue
        if p.kind == "footer":
            if current is not None:
                current.end = max(current.end, p.end)
                closed = True
            i += 1
            continue
        if p.kind in ("byline", "credit"):
            if current is None and pending is None:
                pending = p              # a source line above the first headline belongs to it
            if current is not None:
                if current.byline is None and p.kind == "byline":
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
            open_article(i, "untitled", headline=False)
        current.end = p.end
        has_body = True
        trailing = rules.trailing(p.text)
        if trailing:
            m, credit = trailing
            if not credit:
                current.byline = (p.start + m.start() + (len(m.group()) - len(m.group().lstrip())), p.start + m.end())
            current.end = p.start + m.start()
            closed = True
        i += 1
    articles = [a for a in articles if a.end > a.start]
    if pending is not None and articles and pending.end <= articles[0].start:
        articles[0].start = pending.start
        if articles[0].byline is None and pending.kind == "byline":
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
        out.extend(_split_cases(a, paras[bisect_left(starts, a.start):bisect_left(starts, a.end)], long_article))
    return out


_RUN_IN_TITLE = compiled(
    r"[^，。；,;！？!?：:\n]{8,60}?[)）》](?=为|近日|日前|据|在|针对|随着|本报讯|今年|近年来|\d{4}年)")
#: an article longer than this (characters) may be several items that lost their titles
LONG_ARTICLE = 4000
_LIST_ITEM = compiled(r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]|[0-9]+[.、．](?![0-9]))")
_OPENS_ON_PLACE = compiled(r"^[\p{Han}]{1,8}?[省市县区旗](?![委级场民])")
_FIRST_ITEM = compiled(r"^(?:一是|[(（]一[)）]|1[.、．](?![0-9]))")


def _split_cases(article: Article, paras: list[Paragraph], long_article: int = LONG_ARTICLE) -> list[Article]:
    """A long page of cases whose titles were lost (a web page of 典型经验做法): each case is an
    introductory paragraph followed by a numbered list that starts again at (一)/一是. Split
    before every such introduction; lists that restart with no introduction stay in their case."""
    if article.end - article.start <= long_article or article.headline is not None and article.subheads:
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
        piece = Article(start=s, end=min(last, e), confidence=CONFIDENCE["case"])
        if k == 0:
            piece.confidence = article.confidence
            piece.headline, piece.subtitle = article.headline, article.subtitle
        if k == len(bounds) - 2:
            piece.byline = article.byline
        pieces.append(piece)
    return pieces


def _opens_after(paras: list[Paragraph], j: int, rules: "BylineRules") -> bool:
    while j < len(paras) and paras[j].kind in ("noise", "footer"):
        j += 1
    return j < len(paras) and (paras[j].kind in ("byline", "credit") or rules.opens_with_lead(paras[j].text))


_SENT_END = compiled(r"[。！？!?；;…]+[”’」』)）]*|\n+")


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
