"""Quantities: the `Quantity` value type, the grammar that finds them in text, and `parse_quantity`.

Everything here is plain Python over strings and character offsets; the spaCy component in
`policyie.components.quantities` is a thin wrapper around `QuantityGrammar.find`.
The word lists (currencies, units, qualifiers, rate nouns, exclusions) are data files under
`policyie/data/quantity/` so users can extend them without touching code.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import regex

from .lexicon import read_lines, read_table
from .numerals import fold, parse_number, scale
from .regexes import alternation, gated

KINDS = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "measure", "DATE": "date"}
LABELS = {v: k for k, v in KINDS.items()}
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")


@dataclass(frozen=True)
class Quantity:
    """A normalized amount, percentage, measure or date as written in a report.

    `value`, `low` and `high` are exact Decimals (or None). A range has `value` None and
    both bounds; 超/逾/以上 set `low` to the stated number, 以下/不超过 set `high`.
    """

    text: str
    kind: str
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    qualifier: str = "exact"
    per: str | None = None

    @property
    def label(self) -> str:
        return LABELS[self.kind]

    def to_dict(self) -> dict:
        """Plain, JSON/msgpack-safe form: Decimals become strings."""
        s = lambda v: None if v is None else str(v)
        return {"text": self.text, "kind": self.kind, "value": s(self.value), "low": s(self.low),
                "high": s(self.high), "unit": self.unit, "qualifier": self.qualifier, "per": self.per}

    @classmethod
    def from_dict(cls, d: dict) -> "Quantity":
        kw = {k: d.get(k) for k in ("text", "kind", "unit", "per")}
        kw["qualifier"] = d.get("qualifier") or "exact"
        for key in ("value", "low", "high"):
            kw[key] = Decimal(d[key]) if d.get(key) is not None else None
        return cls(**kw)


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in a text, with its character offsets into that text."""

    start: int
    end: int
    quantity: Quantity

    @property
    def label(self) -> str:
        return self.quantity.label


# ---------------------------------------------------------------------------------------
# Lexicon

DATA_DIR = Path(__file__).parent / "data" / "quantity"
LEXICON_FILES = ("currencies.tsv", "units.tsv", "qualifiers.tsv", "per_nouns.txt", "not_quantities.txt",
                 "cardinal_units.txt")


@dataclass
class QuantityLexicon:
    """Word lists the grammar is compiled from."""

    currencies: dict[str, str]
    units: dict[str, tuple[str, str]]
    qualifiers_pre: dict[str, str]
    qualifiers_post: dict[str, str]
    per_nouns: list[str]
    not_quantities: list[str]
    cardinal_only: set[str]

    @classmethod
    def from_dir(cls, path: str | Path = DATA_DIR) -> "QuantityLexicon":
        path = Path(path)
        quals = read_table(path / "qualifiers.tsv")
        return cls(
            currencies={row[0]: row[1] for row in read_table(path / "currencies.tsv")},
            units={row[0]: (row[1], row[2]) for row in read_table(path / "units.tsv")},
            qualifiers_pre={r[0]: r[2] for r in quals if r[1] == "pre"},
            qualifiers_post={r[0]: r[2] for r in quals if r[1] == "post"},
            per_nouns=read_lines(path / "per_nouns.txt"),
            not_quantities=read_lines(path / "not_quantities.txt"),
            cardinal_only=set(read_lines(path / "cardinal_units.txt")),
        )


# Character classes shared by the patterns. Matching runs on `fold_width(text)`, which maps
# full-width digits and signs onto ASCII one-for-one, so offsets are unchanged.
_CN_START = "一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾廿卅"
_CN_BODY = "零〇○一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅"
_CN_DIGIT = "零〇○一二三四五六七八九"
_AR = r"(?<![0-9A-Za-z.])[0-9]{1,16}(?:,[0-9]{3}){0,5}(?:\.[0-9]{1,8})?(?![0-9])"
_CN = rf"(?<![{_CN_BODY}万亿萬億])[{_CN_START}][{_CN_BODY}]{{0,12}}(?:点[{_CN_DIGIT}]{{1,8}})?"
# 千 before 伏/瓦/米/克 is part of the unit (10千伏), not a magnitude.
_MAG_AR = r"(?:[十百千拾佰仟]?[万亿萬億]{1,2}|[十百千拾佰仟](?![十百千拾佰仟伏瓦米克卡焦帕赫]))"
_MAG_CN = r"[万亿萬億]{1,2}"
_VAGUE = r"(?:十几|几十|数十|几百|数百|几千|数千|上百|上千|上万|几)"
_FUZZ = r"[余多]"
_NUMBER = (
    rf"(?:(?:{_AR})(?:{_FUZZ})?(?:{_MAG_AR})?(?:[0-9]{{1,8}}{_MAG_AR})?"
    rf"|(?:{_CN})(?:{_FUZZ})?(?:{_MAG_CN}(?:[{_CN_START}][{_CN_BODY}]{{0,12}}(?:{_MAG_CN})?)?)?"
    rf"|{_VAGUE}(?:{_MAG_CN})?)(?:{_FUZZ})?"
)
_FOUR_DIGITS = regex.compile(r"[0-9]{4}")
_SMALL_ARABIC = regex.compile(r"[0-9]{1,4}(?:\.[0-9]+)?")
_VAGUE_RE = regex.compile(_VAGUE)
_VAGUE_SPLIT = regex.compile(rf"({_VAGUE})(.*)$")
_PAIR = regex.compile(r"^([一二三四五六七八九])([二三四五六七八九])([十百千]?)([万亿]{0,2})$")
_SUBUNIT = regex.compile(r"([0-9零〇○一二三四五六七八九两])([角毛分])")
_MAG_END = regex.compile(r"(?<=[0-9])[十百千]?[万亿]{1,2}$|[万亿]{1,2}$")
_UNIT_END = regex.compile(r"[十百千万亿]$")
_BIG_UNIT = regex.compile(r"[万亿]")
_PER_CLASSIFIER = regex.compile(r"^(?:个|名|位|间|张|套)(?=\p{Han})")
_PER_SPLIT = regex.compile(r"[/／·・]")
_SEP = r"(?:\s?(?:—{1,2}|-{1,2}|–|~|～|〜|至|到)\s?)"
_WIDTH = str.maketrans("０１２３４５６７８９．，－＋％：", "0123456789.,-+%:")
# Traditional forms of the characters the grammar reads (萬元, 億元, 個百分點), one for one.
_TRADITIONAL = str.maketrans("個點萬億兩塊圓錢幣臺韓鎊盧歐門號畝噸戶間項條張輛場處頭種類筆標區縣鎮鄉歲天週",
                             "个点万亿两块圆钱币台韩镑卢欧门号亩吨户间项条张辆场处头种类笔标区县镇乡岁天周")
_FOLD = {**_WIDTH, **_TRADITIONAL}


def fold_width(text: str) -> str:
    """Full-width digits and signs to ASCII and traditional unit characters to simplified, one
    character for one, so offsets into the folded text are offsets into the original."""
    return text.translate(_FOLD)


class QuantityGrammar:
    """Compiled patterns for one lexicon; `find` lists every quantity in a text."""

    def __init__(self, lexicon: QuantityLexicon | None = None):
        self.lexicon = lexicon or QuantityLexicon.from_dir()
        lx = self.lexicon
        cur = alternation(lx.currencies)
        units = "|".join(regex.escape(w) + ("(?![A-Za-z])" if w[-1:].isascii() else "")
                         for w in sorted(lx.units, key=lambda w: (-len(w), w)))
        pre = alternation(lx.qualifiers_pre)
        post = alternation(lx.qualifiers_post)
        per_nouns = alternation(lx.per_nouns)
        # every repetition is bounded: no input can make a pattern backtrack for long
        per_pre = rf"(?:每(?:(?:个|名|位|间|张|套)[\p{{Han}}]{{1,3}}?|(?:{per_nouns}))){{1,3}}"
        per_post = rf"(?:[/／](?:{per_nouns}|\p{{Han}})(?:[·・](?:{per_nouns}))?){{1,3}}"
        money_tail = rf"(?:(?:{cur})(?:[0-9{_CN_DIGIT}两][角毛])?(?:[0-9{_CN_DIGIT}]分)?整?|[角毛]钱?|[kKwW](?![A-Za-z]))"
        unit = rf"(?P<unit>{money_tail}|[%％]|{units})"
        unit1 = rf"(?:{cur}|[%％]|{units})"
        head = (rf"(?<!第)(?:(?P<perpre>{per_pre})(?P<pre>{pre})|(?P<pre>{pre})?(?P<perpre>{per_pre})?)(?P<curpre>人民币|RMB|[￥¥$])?"
                rf"(?P<sign>负|[-−](?=[0-9]))?(?P<q1>[“\"](?=[0-9一二两三四五六七八九十]{{1,4}}[”\"]))?"
                rf"(?P<n1>{_NUMBER}|[百千万](?=[余多]){_FUZZ}|(?<![{_CN_BODY}0-9数几])[万亿](?=元(?:以上|以下)))(?(q1)[”\"])")
        tail = rf"[ \u3000]?(?:{unit}|(?P<bare>(?<=[万亿萬億][余多]?))(?=\p{{Han}}))(?P<post>{post})?(?P<perpost>{per_post})?"
        self._amount = gated(regex.compile(
            rf"{head}(?:(?P<u1>{unit1})?(?P<sep>{_SEP})(?P<n2>{_NUMBER}))?{tail}"))
        self._amount_single = regex.compile(rf"{head}(?P<u1>(?!))?(?P<sep>(?!))?(?P<n2>(?!))?{tail}")
        self._percent_word = gated(regex.compile(
            rf"(?P<pre>{pre})?(?P<sign>负)?(?P<base>百分之|千分之|万分之)(?P<n1>{_AR}|{_CN})"
            rf"(?P<post>{post})?"
        ))
        self._cheng = gated(regex.compile(
            rf"(?P<pre>{pre})?(?<![{_CN_BODY}])(?P<n1>[一二两三四五六七八九十]|[0-9])成"
            rf"(?P<n2>[一二三四五六七八九](?![成十百千万]))?(?!为|功|立|果|员|本|交|效|就|都|熟|长|型|绩|品|年|人|像|分|套|批)"
            rf"(?P<post>{post})?"
        ))
        self._ratio = gated(regex.compile(
            r"(?<![0-9:])(?P<a>[0-9]{1,8}(?:\.[0-9]{1,6})?)[:：](?P<b>[0-9]{1,8}(?:\.[0-9]{1,6})?)(?![0-9:])(?=的?比例|的?比重|配比)"
            r"|(?<=比例为?|比重为?|按照?|配比为?)(?P<a2>[0-9]{1,8}(?:\.[0-9]{1,6})?)[:：](?P<b2>[0-9]{1,8}(?:\.[0-9]{1,6})?)(?![0-9:])"
        ))
        year = r"(?:(?<![0-9])(?:1[5-9]|20)[0-9]{2}|[一二][〇零○一二三四五六七八九]{3})"
        month = r"(?:(?<![0-9])(?:1[0-2]|0?[1-9])(?![0-9])|十[一二]?|[一二三四五六七八九])"
        month_ar = r"(?:(?<![0-9.])(?:1[0-2]|0?[1-9]))"
        day = r"(?:(?:[12][0-9]|3[01]|0?[1-9])[日号])"
        part = (r"(?:年初|年末|年底|年中|上半年|下半年|前三季度|前[两二三]季度|第?[一二三四]季度"
                r"|上旬|中旬|下旬|初|末|底)")
        rel = r"(?:今年|去年|明年|前年|上年|当年|本年|同年|次年|上一年)"
        suffix = r"(?:以来|起|至今)?"
        self._date = gated(regex.compile(
            rf"(?P<y1>{year})(?:年?{_SEP}(?P<y2>{year}))?年度?(?:(?:{month}){_SEP})?(?:{month}月份?(?:{day})?)?(?:{part})?{suffix}"
            rf"|(?P<rel>{rel})度?(?:(?:{month_ar}){_SEP})?(?:{month_ar}月份?(?:{day})?)?(?:{part})?{suffix}"
            rf"|(?<![0-9])(?:{month_ar}月?{_SEP})?{month_ar}月份?(?:{day})?(?:{part})?{suffix}"
            r"|(?<![\p{Han}])(?:上半年|下半年|前三季度|年初|年末|年底)"
            r"|(?:上半年|下半年|前三季度|第?[一二三四]季度)"
        ))
        self._not_quantity = regex.compile(alternation(lx.not_quantities)) if lx.not_quantities else None
        self._currency_head = regex.compile(cur)
        self._pre_words = lx.qualifiers_pre
        self._post_words = lx.qualifiers_post
        self._per_nouns_re = regex.compile(per_nouns) if per_nouns else None

    # -- finding ------------------------------------------------------------------------

    def find(self, text: str) -> list[QuantityMatch]:
        """Every non-overlapping quantity in `text`, in order, with offsets into `text`."""
        folded = fold_width(text)
        found: list[QuantityMatch] = []
        for pattern, interpret in (
            (self._date, self._as_date),
            (self._amount, self._as_amount),
            (self._percent_word, self._as_percent_word),
            (self._cheng, self._as_cheng),
            (self._ratio, self._as_ratio),
        ):
            found.extend(self._scan(pattern, interpret, folded, text))
        if self._not_quantity is not None and found:
            blocked = [(m.start(), m.end()) for m in self._not_quantity.finditer(folded)]
            if blocked:
                found = [q for q in found
                         if not any(s <= q.start < e or q.start <= s < q.end for s, e in blocked)]
        return _select(found)

    def _scan(self, pattern, interpret, folded: str, text: str) -> Iterator[QuantityMatch]:
        """Matches of one pattern; after a rejected match, scanning resumes one character on,
        and a rejected range (668人到398个) is retried as a single amount."""
        pos, n = 0, len(folded)
        while pos < n:
            m = pattern.search(folded, pos)
            if m is None:
                return
            match = interpret(m, text)
            if match is None and m.groupdict().get("sep"):
                single = self._amount_single.match(folded, m.start())
                match = interpret(single, text) if single else None
            if match is not None:
                yield match
                pos = max(match.end, m.start() + 1)
            else:
                pos = m.start() + 1

    def parse(self, text: str) -> Quantity:
        """Parse a string that is exactly one quantity; ValueError otherwise."""
        if not isinstance(text, str):
            raise TypeError(f"parse_quantity expects str, got {type(text).__name__}")
        stripped = text.strip()
        if not stripped:
            raise ValueError("empty string is not a quantity")
        for q in self.find(stripped):
            if q.start == 0 and q.end == len(stripped):
                return q.quantity
        # A ratio needs context (的比例, 按) inside running text; on its own it is unambiguous.
        bare = regex.fullmatch(r"(?P<a>[0-9]+(?:\.[0-9]+)?)[:：](?P<b>[0-9]+(?:\.[0-9]+)?)", fold_width(stripped))
        if bare and (found := self._as_ratio(bare, stripped)) is not None:
            return found.quantity
        shown = repr(text) if len(text) < 80 else repr(text[:80]) + "..."
        raise ValueError(f"not a quantity: {shown} (expected one amount, percentage, measure or "
                         "date such as 约176.6万元, 百分之十五, 11.25万亩 or 2023年)")

    # -- interpreting matches -----------------------------------------------------------

    def _as_amount(self, m: regex.Match, text: str) -> QuantityMatch | None:
        unit_word = fold_width(m["unit"] or "")
        start, end = m.start(), m.end()
        pre, post = m["pre"], m["post"]
        if pre == "近" and unit_word in ("年", "个月", "天", "周"):
            start, pre = m.start("pre") + len(pre), None      # 近五年(来): "the last five years"
        try:
            n1, fuzz1, range1 = _number(m["n1"])
            n2, fuzz2, range2 = _number(m["n2"]) if m["n2"] else (None, False, None)
        except ValueError:
            return None
        if m["sign"]:
            n1 = -n1
        label, unit, factor = self._unit(unit_word)
        if label is None:
            return None
        n1_core = m["n1"].rstrip("余多")
        if label == "QUANTITY":
            if n1_core == "一" and not m["n2"]:
                return None                                  # 一批, 一次性, 一个: idiom
            if unit_word in self.lexicon.cardinal_only and n1_core in ("一", "二", "壹", "贰") and not m["n2"]:
                return None                                  # 二期工程, 二层: ordinal (a count says 两)
            if unit == "年" and not m["n2"] and _FOUR_DIGITS.fullmatch(m["n1"]):
                return None                                  # 2023年 is a date
        if m["u1"] and self._unit(fold_width(m["u1"]))[1] != unit:
            return None
        if unit_word in ("k", "K", "w", "W") and not _SMALL_ARABIC.fullmatch(m["n1"]):
            return None
        qualifier = "exact"
        low = high = value = None
        if n2 is not None:
            lo = n1 if range1 is None else range1[0]
            hi = n2 if range2 is None else range2[1]
            lo = _distribute(m["n1"], m["n2"], lo, hi)
            if lo > hi:
                return None
            low, high, qualifier = scale(lo, factor), scale(hi, factor), "range"
        elif range1 is not None:
            low, high = scale(range1[0], factor), scale(range1[1], factor)
            qualifier = "approx" if _VAGUE_RE.match(m["n1"]) else "range"
        else:
            value = scale(n1, factor) + _subunits(unit_word)
        if pre and qualifier != "range":
            qualifier = self._pre_words[pre] if value is not None else qualifier
        elif post and value is not None:
            qualifier = self._post_words[post]
        elif (fuzz1 or fuzz2) and value is not None:
            qualifier = "more_than"
        if value is not None:
            if qualifier in ("more_than", "at_least"):
                low = value
            elif qualifier in ("at_most", "less_than"):
                high = value
        per = _per(m["perpre"], m["perpost"])
        kind = KINDS[label]
        q = Quantity(text=text[start:end], kind=kind, value=value, low=low, high=high,
                     unit=unit, qualifier=qualifier, per=per)
        return QuantityMatch(start, end, q)

    def _unit(self, word: str) -> tuple[str | None, str | None, Decimal]:
        """(label, normalized unit, factor) for the unit word after a number."""
        if not word:
            return "QUANTITY", None, Decimal(1)     # 211.4万退休人员: a count without a measure word
        if word in ("%", "％"):
            return "PERCENT", "%", Decimal(1)
        if word in ("k", "K"):
            return "MONEY", "CNY", Decimal(1000)
        if word in ("w", "W"):
            return "MONEY", "CNY", Decimal(10000)
        if word in self.lexicon.units:
            label, unit = self.lexicon.units[word]
            return label, unit, Decimal(1)
        if word[:1] in "角毛":
            return "MONEY", "CNY", Decimal("0.1")
        head = self._currency_head.match(word)
        if head:
            return "MONEY", self.lexicon.currencies[head.group()], Decimal(1)
        return None, None, Decimal(1)

    def _as_percent_word(self, m: regex.Match, text: str) -> QuantityMatch | None:
        try:
            n = parse_number(m["n1"])
        except ValueError:
            return None
        base = {"百分之": 1, "千分之": Decimal("0.1"), "万分之": Decimal("0.01")}[m["base"]]
        value = scale(-n if m["sign"] else n, base)
        return self._bounded(m, text, "percent", value, "%")

    def _as_cheng(self, m: regex.Match, text: str) -> QuantityMatch | None:
        try:
            tens = parse_number(m["n1"])
            ones = parse_number(m["n2"]) if m["n2"] else Decimal(0)
        except ValueError:
            return None
        if tens > 10:
            return None
        return self._bounded(m, text, "percent", scale(tens * 10 + ones, 1), "%")

    def _bounded(self, m, text, kind, value, unit) -> QuantityMatch:
        qualifier = "exact"
        if m["pre"]:
            qualifier = self._pre_words[m["pre"]]
        elif m["post"]:
            qualifier = self._post_words[m["post"]]
        low = value if qualifier in ("more_than", "at_least") else None
        high = value if qualifier in ("at_most", "less_than") else None
        q = Quantity(text=text[m.start():m.end()], kind=kind, value=value, low=low, high=high,
                     unit=unit, qualifier=qualifier)
        return QuantityMatch(m.start(), m.end(), q)

    def _as_ratio(self, m: regex.Match, text: str) -> QuantityMatch | None:
        a, b = (m["a"], m["b"]) if m["a"] else (m["a2"], m["b2"])
        da, db = Decimal(a), Decimal(b)
        if db == 0:
            return None
        value, qualifier = da / db, "exact"
        if value * db != da:                     # 1:3 does not terminate: six places, approx
            value, qualifier = value.quantize(Decimal("0.000001")), "approx"
        q = Quantity(text=text[m.start():m.end()], kind="measure", value=scale(value, 1), unit="ratio",
                     qualifier=qualifier)
        return QuantityMatch(m.start(), m.end(), q)

    def _as_date(self, m: regex.Match, text: str) -> QuantityMatch | None:
        value = low = high = None
        qualifier = "exact"
        try:
            if m["y1"]:
                value = parse_number(m["y1"])
                if m["y2"]:
                    low, high, value, qualifier = value, parse_number(m["y2"]), None, "range"
                    if low >= high:
                        return None
        except ValueError:
            return None
        q = Quantity(text=text[m.start():m.end()], kind="date", value=value, low=low, high=high,
                     unit="year", qualifier=qualifier)
        return QuantityMatch(m.start(), m.end(), q)


def _number(written: str) -> tuple[Decimal, bool, tuple[Decimal, Decimal] | None]:
    """(value, has 余/多, (low, high) for vague or paired numerals like 八九亿 / 几十万)."""
    fuzz = "余" in written or "多" in written
    core = written.replace("余", "").replace("多", "")
    core = fold(core)
    if core in ("万", "亿", "百", "千"):
        core = "一" + core                      # 亿元以上, 千余名: the one is implied
    vague = _VAGUE_SPLIT.match(core)
    if vague:
        word, mag = vague.groups()
        lo, hi = {"十几": (11, 19), "几十": (20, 90), "数十": (20, 90), "几百": (200, 900),
                  "数百": (200, 900), "几千": (2000, 9000), "数千": (2000, 9000),
                  "上百": (100, 999), "上千": (1000, 9999), "上万": (10000, 99999), "几": (2, 9)}[word]
        factor = parse_number("1" + mag) if mag else Decimal(1)
        return Decimal(lo) * factor, fuzz, (scale(Decimal(lo), factor), scale(Decimal(hi), factor))
    # 八九亿, 三五百, 两三万: two small numerals in a row name a range.
    pair = _PAIR.match(core)
    if pair:
        a, b = parse_number(pair[1]), parse_number(pair[2])
        if b == a + 1 or (pair[1], pair[2]) in (("三", "五"), ("一", "二"), ("二", "三")):
            factor = parse_number("1" + pair[3] + pair[4]) if (pair[3] or pair[4]) else Decimal(1)
            return a * factor, fuzz, (scale(a, factor), scale(b, factor))
    return parse_number(core), fuzz, None


def _subunits(unit_word: str) -> Decimal:
    """The 角 and 分 written after 元 (3元5角2分 adds 0.52)."""
    extra = Decimal(0)
    for digit, sub in _SUBUNIT.findall(unit_word[1:]):
        extra += parse_number(digit) * (Decimal("0.1") if sub in "角毛" else Decimal("0.01"))
    return extra


def _distribute(w1: str, w2: str, lo: Decimal, hi: Decimal) -> Decimal:
    """十八至三十万: the magnitude written only on the upper bound applies to the lower one too."""
    w2 = w2.rstrip("余多")
    mag2 = _MAG_END.search(w2)
    if mag2 and not _UNIT_END.search(w1.rstrip("余多")) and not _BIG_UNIT.search(w1):
        factor = parse_number("1" + mag2.group())
        if lo * factor <= hi:
            return lo * factor
    return lo


def _per(before: str | None, after: str | None) -> str | None:
    parts: list[str] = []
    if before:
        for chunk in before.split("每")[1:]:
            chunk = _PER_CLASSIFIER.sub("", chunk)
            parts.append(chunk)
    if after:
        parts.extend(p for p in _PER_SPLIT.split(after) if p)
    return "·".join(parts) or None


def _select(found: list[QuantityMatch]) -> list[QuantityMatch]:
    """Keep the longest match where candidates overlap (earliest first on ties); linear in the
    text covered, so thousands of candidates stay cheap."""
    if not found:
        return []
    taken = bytearray(max(q.end for q in found) + 1)
    chosen: list[QuantityMatch] = []
    for q in sorted(found, key=lambda q: (-(q.end - q.start), q.start)):
        if not any(taken[q.start:q.end]):
            taken[q.start:q.end] = b"\x01" * (q.end - q.start)
            chosen.append(q)
    chosen.sort(key=lambda q: q.start)
    return chosen


@lru_cache(maxsize=1)
def default_grammar() -> QuantityGrammar:
    """The grammar for the bundled lexicon, built once per process."""
    return QuantityGrammar()


def parse_quantity(text: str) -> Quantity:
    """Parse one quantity such as "约176.6万元", "400—600元", "百分之十五" or "2023年".

    Returns a `Quantity`; raises ValueError with a clear message if `text` is not exactly one
    quantity, TypeError if it is not a string.
    """
    return default_grammar().parse(text)


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in `text` with character offsets into it (bundled lexicon)."""
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    return default_grammar().find(text)
