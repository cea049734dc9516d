"""Quantities: the `Quantity` value type, the grammar that finds them in text, and `parse_quantity`.

Everything here is plain Python over strings and character offsets; the spaCy component in
`policyie.components.quantities` is a thin wrapper around `QuantityGrammar.find`.
The word lists (currencies, units, qualifiers, rate nouns, exclusions) are data files under
`policyie/data/quantity/` so users can extend them without touching code.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator

import regex

from .charmap import CharMap
from .lexicon import read_lines, read_table
from .numerals import _normalize, fold, parse_number, scale
from .regexes import alternation, compiled, gated

KINDS = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "measure", "DATE": "date"}
LABELS = {v: k for k, v in KINDS.items()}
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most", "less_than", "range")


# the signs of a product of counts and an amount (12人×250元)
_PRODUCT_SIGNS = "×xX*＊"
_PRODUCT_SIGN = compiled(rf"[{_PRODUCT_SIGNS}]")
# the nouns of a rate that are periods: written last in a rate (人·月)
_PERIOD_NOUNS = frozenset(("年", "月", "天", "日", "周", "小时", "学年", "学期", "季度", "半年", "季"))


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
    #: for a bare number in a table row under a unit header, the offsets of the row's label
    #: (一般公共预算收入), so that the linker can read what the amount is
    row: tuple[int, int] | None = None
    #: offsets of the words the rate `per` was read from when they stand before the amount
    #: (每人每月 in 每人每月300元, 每年 in 每年安排600万元, 人均 in 人均…3989元), so that a linker
    #: can leave them out of what it reads before the amount
    per_cue: tuple[int, int] | None = None
    #: for a bare number in a table read by its header, the offsets of its column's header
    #: cell (禁牧补助, 总投资, 合计), so that a linker can read what the column holds
    column: tuple[int, int] | None = None
    #: for an amount restated in figures (or capitals) in the parentheses after another
    #: (人民币壹拾贰万元整（￥120,000.00）), the start of the amount it restates: the same money
    #: written twice, a mention of its own that a sum counts once
    restates: int | None = None

    @property
    def label(self) -> str:
        return self.quantity.label


# ---------------------------------------------------------------------------------------
# Lexicon

DATA_DIR = Path(__file__).parent / "data" / "quantity"
LEXICON_FILES = ("currencies.tsv", "units.tsv", "qualifiers.tsv", "per_nouns.txt", "not_quantities.txt",
                 "cardinal_units.txt", "money_words.tsv", "grant_verbs.txt", "measure_words.txt",
                 "table_columns.tsv", "single_nouns.txt", "count_labels.txt", "not_money_labels.txt",
                 "page_words.tsv", "each_verbs.txt", "rate_changes.tsv", "rate_noun_ends.txt", "rate_verbs.txt")
#: currency words that name no particular currency: the currency written with them wins
GENERIC_CURRENCY = frozenset({"元", "圆", "块", "块钱"})
#: currency signs written before the number
CURRENCY_SIGNS = {"US$": "USD", "HK$": "HKD", "$": "USD", "¥": "CNY", "￥": "CNY", "€": "EUR", "£": "GBP",
                  "RMB": "CNY"}


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
    currency_factors: dict[str, Decimal] = field(default_factory=dict)
    money_before: list[str] = field(default_factory=list)
    money_after: list[str] = field(default_factory=list)
    grant_verbs: list[str] = field(default_factory=list)
    measure_words: list[str] = field(default_factory=list)
    #: words of table column headers by what the column holds (index, other, text, money,
    #: place, amount_of)
    columns: dict[str, list[str]] = field(default_factory=dict)
    #: nouns after 单/单个 that make the amount a rate per each (单个项目, 单户, 单笔)
    single_nouns: list[str] = field(default_factory=list)
    #: words ending the label of a line item that counts (党员, 受益户, 笔数: count_labels.txt)
    count_labels: list[str] = field(default_factory=list)
    #: words of a line item's label whose number is no money (电话, 面积, 日期: not_money_labels.txt)
    not_money_labels: list[str] = field(default_factory=list)
    #: words of a budget page's prose around bare figures by role (money, total, change, noun,
    #: count: page_words.tsv)
    page_words: dict[str, list[str]] = field(default_factory=dict)
    #: verbs after 各 that make it distributive (5个村各获得50万元: each_verbs.txt)
    each_verbs: list[str] = field(default_factory=list)
    #: words of a change of a rate, by role (since, verb: rate_changes.tsv): a rate's amount
    #: followed by one does not close the rate in its clause
    rate_changes: dict[str, list[str]] = field(default_factory=dict)
    #: words that end a rate's noun inside a 每 phrase (按, 以: rate_noun_ends.txt)
    rate_noun_ends: list[str] = field(default_factory=list)
    #: verbs after a rate's noun that take its amount (每箱补助: rate_verbs.txt)
    rate_verbs: list[str] = field(default_factory=list)

    @classmethod
    def from_dir(cls, path: str | Path = DATA_DIR) -> "QuantityLexicon":
        path = Path(path)

        def at(name: str) -> Path:           # a lexicon saved before a file existed uses the bundled one
            return path / name if (path / name).exists() else DATA_DIR / name

        quals = read_table(at("qualifiers.tsv"))
        currencies = read_table(at("currencies.tsv"))
        money = read_table(at("money_words.tsv"))
        return cls(
            currencies={row[0]: row[1] for row in currencies},
            units={row[0]: (row[1], row[2]) for row in read_table(at("units.tsv"))},
            qualifiers_pre={r[0]: r[2] for r in quals if r[1] == "pre"},
            qualifiers_post={r[0]: r[2] for r in quals if r[1] == "post"},
            per_nouns=read_lines(at("per_nouns.txt")),
            not_quantities=read_lines(at("not_quantities.txt")),
            cardinal_only=set(read_lines(at("cardinal_units.txt"))),
            currency_factors={row[0]: Decimal(row[2]) for row in currencies if len(row) > 2 and row[2]},
            money_before=[r[0] for r in money if r[1] in ("before", "both")],
            money_after=[r[0] for r in money if r[1] in ("after", "both")],
            grant_verbs=read_lines(at("grant_verbs.txt")),
            measure_words=read_lines(at("measure_words.txt")),
            columns=_by_kind(read_table(at("table_columns.tsv"))),
            single_nouns=read_lines(at("single_nouns.txt")),
            count_labels=read_lines(at("count_labels.txt")),
            not_money_labels=read_lines(at("not_money_labels.txt")),
            page_words=_by_kind(read_table(at("page_words.tsv"))),
            each_verbs=read_lines(at("each_verbs.txt")),
            rate_changes=_by_kind(read_table(at("rate_changes.tsv"))),
            rate_noun_ends=read_lines(at("rate_noun_ends.txt")),
            rate_verbs=read_lines(at("rate_verbs.txt")),
        )


def _by_kind(rows: list[list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in rows:
        out.setdefault(row[1], []).append(row[0])
    return out


# Character classes shared by the patterns. Matching runs on `fold_width(text)`, which maps
# full-width digits and signs onto ASCII one-for-one, so offsets are unchanged.
_CN_START = "一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾廿卅"
_CN_BODY = "零〇○一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅"
# digits after 点, financial capitals included (贰点伍个百分点, 壹拾贰点伍亿)
_CN_FRAC = "零〇○一二三四五六七八九两壹贰貳叁參肆伍陆陸柒捌玖"
_SP = r"[ \u3000\u00a0]"
_AR_PLAIN = r"(?<![0-9A-Za-z.*＊])[0-9]{1,16}(?:,[0-9]{3}){0,5}(?:\.[0-9]{1,8})?(?![0-9])"
# 10 851.8万元: text extracted from PDF separates thousands by a space. It is read so only when
# the first group follows a character that is neither a digit nor a space nor a label (表2 500元)
# and the number runs straight into what follows; `2023年 1 500万元` (a space before the first group) is ambiguous
# and `_as_amount` rejects its second number.
# In PDF text the spaces may also stand around the number (保障 1 032 亿元, 支出 3 210.75 元): after
# a space that follows a word (no label, year or date) the number is read only when a
# currency (元, 万元, 亿元) follows it, and a space before that currency is kept.
_SPACED_UNIT = r"[ \u00a0]?(?:[十百千]?[万亿]{1,2})?元"
_AR_SPACED = (r"(?=[0-9]{1,4}[ \u00a0][0-9])(?:"        # (a digit group, a space, a digit: else no need to look)
              r"(?<![0-9A-Za-z.*＊\s表图件第号条项例节章])[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?![0-9])(?:\.[0-9]{1,8})?"
              r"(?![0-9])(?:(?=" + _SPACED_UNIT + r")|(?!\s))"
              r"|(?<=\p{Han}[ \u00a0])(?<![表图件第号条款项例节章年月日序][ \u00a0])[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?![0-9])"
              r"(?:\.[0-9]{1,8})?(?![0-9])(?=" + _SPACED_UNIT + r")"
              # 1 0000元: a stray space before a group that no number starts with (0…)
              r"|(?<![0-9A-Za-z.*＊\s表图件第号条款项例节章])[1-9][0-9]{0,3}[ \u00a0]0[0-9]{2,3}(?![0-9])(?:\.[0-9]{1,8})?(?![0-9])(?=" + _SPACED_UNIT + r"))")
# 2 4 7 . 8 万元: PDF text that spaces out every character (a letter-spaced line) writes its
# numbers so; read whole when the run cannot be two numbers -- a point with a space beside it,
# or three single digits or more spaced from the currency after them too -- and a currency follows (else `_as_amount` rejects a number
# that starts after such a run's point: 2 . 5 万元 is not 5万元)
_AR_LETTERS = (r"(?<![0-9A-Za-z.*＊])(?<![0-9][ \u00a0])(?=[0-9][ \u00a0][0-9.,])"
               r"(?:(?:[1-9](?:[ \u00a0](?:,[ \u00a0])?[0-9])*|0)(?:[ \u00a0]\.[ \u00a0]?|\.[ \u00a0])[0-9](?:[ \u00a0][0-9]){0,7}"
               r"(?![0-9])(?=" + _SPACED_UNIT + r")"
               # (without a point, spaced from its unit too: 4 5 0 0 元, 1 2 , 5 0 0 元; 共 4 6 9万元 stays unread)
               r"|[1-9](?:[ \u00a0](?:,[ \u00a0])?[0-9]){2,11}(?![0-9])(?=[ \u00a0](?:[十百千]?[万亿]{1,2})?元))")
_AR = rf"(?:{_AR_LETTERS}|{_AR_SPACED}|{_AR_PLAIN})"
_LETTER_SPACED = compiled(_AR_LETTERS)
# a Chinese numeral starts neither inside another (一千零五) nor after 块/角/毛; after a 零 that
# ends a word it may (找零两毛五)
_CN_NONZERO = _CN_BODY.replace("零", "")
_CN = (rf"(?<![{_CN_NONZERO}万亿萬億块角毛])(?<![{_CN_BODY}万亿萬億]零)(?:[{_CN_START}][{_CN_BODY}]{{0,12}}(?:点[{_CN_FRAC}]{{1,8}})?"
       rf"|[零〇]点[{_CN_FRAC}]{{1,8}})")       # 零点八个百分点
# 千 before 伏/瓦/米/克 is part of the unit (10千伏), not a magnitude. A magnitude may stand a
# space or two away from its digits in extracted text (8.9 亿元, 5 千(含)).
# A line break may fall between a number and its 万元/亿元 in extracted text (120⏎万元).
_MAG_AR = (rf"(?:(?:{_SP}{{0,2}}|\n(?=[万亿]{{1,2}}元))(?:个亿|[十百千拾佰仟]?[万亿萬億]{{1,2}})"
           rf"|{_SP}?[十百千拾佰仟](?![十百千拾佰仟伏瓦米克卡焦帕赫]))")
_MAG_CN = r"(?:个亿|[万亿萬億]{1,2})"
# the digits after 万/亿 in a mixed number: 3万5000 (four digits), 3万零500 (fewer after 零),
# 2亿零500万 (a magnitude); 1万2 (12000 spoken, 10002 as digits?) is read by nothing
_AFTER_MAG = (r"(?:(?<=[万萬])(?:[0-9]{4}|零[0-9]{1,3})(?![0-9])"
              r"|(?<=[亿億])(?:[0-9]{8}|零[0-9]{1,7})(?![0-9])"
              rf"|(?<=[万亿萬億])零?[0-9]{{1,8}}{_MAG_AR})")
_VAGUE = r"(?:十几|几十|数十|几百|数百|几千|数千|上百|上千|上万|上亿|几|数(?=[万亿萬億]))"
_FUZZ = r"[余多]"
_NUMBER = (
    rf"(?:(?:{_AR})(?:{_FUZZ})?(?:{_MAG_AR}(?:{_AFTER_MAG}|[0-9]{{1,8}}{_MAG_AR})?)?"
    rf"|(?:{_CN})(?:{_FUZZ})?(?:{_MAG_CN}(?:零?[{_CN_START}][{_CN_BODY}]{{0,12}}(?:点[{_CN_FRAC}]{{1,8}})?"
    rf"(?:{_MAG_CN})?)?)?"
    rf"|{_VAGUE}(?:{_MAG_CN})?)(?:{_FUZZ})?"
)
_CENTS = r"(?:[1-9][0-9]?|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_DIGIT_SET = frozenset("一二两三四五六七八九")
# a number right after another one and a single space or a comma that is no thousands separator
_DAMAGED_BEFORE = compiled(r"[0-9](?:[ \u00a0]|[ \u00a0]?, ?|[ \u00a0]\.[ \u00a0]?)\Z")
_NOT_PER_CHARS = "零〇一二两三四五六七八九十百千万亿元币块角毛"
_NOT_PER = compiled(f"[{_NOT_PER_CHARS}]")
_TOO_LARGE = Decimal(10) ** 16
_FOUR_DIGITS = compiled(r"[0-9]{4}")
_SMALL_ARABIC = compiled(r"[0-9]{1,4}(?:\.[0-9]+)?")
_PLAIN_ARABIC = compiled(r"[0-9][0-9,]*(?:\.[0-9]+)?")
# small patterns of the interpreting code, compiled once (not through `regex`'s cache per call)
_ONE_HAN = regex.compile(r"\p{Han}")
_ROW_NUMBER_CELL = regex.compile(r"[0-9]{1,3}")
_NUMERAL = regex.compile(r"[0-9０-９一二三四五六七八九十百千半]")
_CELL_WORDS = regex.compile(r"[^ \u3000\u00a0]+")
_LEADING_ZERO = regex.compile(r"[-−]?0[0-9]")
# a line that opens with the unit's character and is a table row to its end (元坝镇 2 47.2): a
# cell's name, not the unit of the number on the line before (but 680⏎元惠及 1 520 户: prose)
_ROW_AFTER_BREAK = regex.compile(r"[万亿]{0,2}元\p{Han}{1,8}(?:[ \t\u3000|｜]+[-−0-9０-９][0-9０-９.,，]*)+[ \t\u3000]*(?:\n|$)")
_VAGUE_RE = compiled(_VAGUE)
_VAGUE_SPLIT = compiled(rf"({_VAGUE})(.*)$")
_PAIR = compiled(r"^([一二三四五六七八九])([二三四五六七八九])([十百千]?)([万亿]{0,2})$")
_SPACES = compiled(r"[\s\u00a0]")
_SMALL_UNIT = {"十": 10, "百": 100, "千": 1000}
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_CLASSIFIERS = "个名位间张套家所"
_PER_CLASSIFIER = compiled(rf"^一?[{_CLASSIFIERS}](?=\p{{Han}})")
_PER_SPLIT = compiled(r"[/／·・()（）]")
_SEP = r"(?:\s?(?:—{1,2}|-{1,2}|–|~|～|〜|至|到)\s?)"
# the denominator of a fraction read as a share: 三分之一 (a ratio, 0.333333), 十分之三, 4分之1
_FRACTION_DEN = r"(?=[0-9二三四五六七八九十两]{1,3}分之)(?<![0-9零〇一二两三四五六七八九十百千万亿几部])(?:[二三四五六七八九]?十[一二三四五六七八九]?|[二三四五六七八九两]|[2-9]|[1-9][0-9])"
_PER_BASE = r"(?:百分之|千分之|万万分之|十万分之|百万分之|千万分之|亿分之|万分之)"
_PER_FACTOR = {"百分之": Decimal(1), "千分之": Decimal("0.1"), "万分之": Decimal("0.01"), "十万分之": Decimal("0.001"),
               "百万分之": Decimal("0.0001"), "千万分之": Decimal("0.00001"), "亿分之": Decimal("0.000001"),
               "万万分之": Decimal("0.000001")}
# a clause ends at its punctuation or a line break, but not at a break inside a wrapped line
# (城乡居民人均\n可支配收入…31096元)
_CLAUSE_END = compiled(r"[，,。；;！？!?]|(?<!\p{Han})\n|\n(?!\p{Han})")
_TOTAL = compiled(r"共计|合计|总计|累计|总额|总共")
# (box-drawing bars of tables copied from Word or PDF, │ ┃ ║, are the bars of a table too)
_WIDTH = str.maketrans("０１２３４５６７８９．，－＋％：│┃║", "0123456789.,-+%:|||")
# Traditional forms of the characters the grammar reads (萬元, 億元, 個點), one for one.
# after N块 (no 钱): a noun it counts (三块篮球场, 两块牌子), not money; 的, a qualifier or the
# clause's end may follow money (五十块的补贴, 八十块左右)
_CLASSIFIER_NEXT = compiled(r"(?![的左多以上余每一]|钱)\p{Han}")
# before N块: a division into parts (分为两块) or an indicator's bound (≥2600块, a target of a
# performance table): pieces counted, not money
_PIECES_BEFORE = compiled(r"(?:分为|分成|划为|划分为|[≥≤＞＜><])[ \t\u3000]*$")
# a numbered part of a page between the rows of a table (二、支出部分), no column name
# a line of a page's metadata above a table (公开时间：2024年7月10日, 发布单位：某村委会)
_META_LINE = compiled(r"^\p{Han}{2,6}[：:]")
_SECTION_LINE = compiled(r"[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])\s*\p{Han}{2,12}\s*$")
_TRADITIONAL = str.maketrans("個點萬億兩塊圓錢幣臺韓鎊盧歐門號畝噸戶間項條張輛場處頭種類筆標區縣鎮鄉歲天週計總預資經費撥補貼獎債務稅額產",
                             "个点万亿两块圆钱币台韩镑卢欧门号亩吨户间项条张辆场处头种类笔标区县镇乡岁天周计总预资经费拨补贴奖债务税额产")
_FOLD = {**_WIDTH, **_TRADITIONAL}

# Tables: a unit stated once (单位：万元) over rows of bare numbers. A cell number may keep
# PDF's space between thousands (1 320) when its cell is clear of its neighbours (tabs, or two
# spaces); in a row split at single spaces such a pair is read by the header's columns.
_CELL_NUMBER = compiled(r"[-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)(?:\.[0-9]+)?")
_CELL_PERCENT = compiled(r"[-−]?[0-9][0-9,]*(?:\.[0-9]+)?\s?[%％]")
_CELL_SPLIT = compiled(r"\t|[ \u3000]{2,}")
_TAB = compiled(r"\t")
_BAR = compiled(r"[|｜]")
_BAR_ROW = compiled(r"[|｜][^|｜]*[|｜]")
# a row drawn with bars whose last cell is empty (收入合计|320,000|): one cell fewer than its header
_EMPTY_LAST_CELL = compiled(r"[^|｜\s][ \t\u3000]*[|｜][ \t\u3000]*$")
# the rule under a header drawn with bars (|---|:---:|, as HTML tables come out in Markdown)
# a note in brackets right after a figure of a flattened row (6000（3户，每户2000元）)
_BRACKET_NOTE = compiled(r"(?<=[0-9])[（(][^（）()\n]{1,40}[）)]")
# a bare level after a total column names a count of units (合计（万元） 县 乡 村), not a part of it
_BARE_LEVEL = compiled(r"[省市县区乡镇村]|乡镇|市县|县区")
_RULE_ROW = compiled(r"[ \t\u3000]*[|｜]?(?:[ \t\u3000]*:?-{3,}:?[ \t\u3000]*[|｜])+(?:[ \t\u3000]*:?-{3,}:?)?[ \t\u3000]*")
# a row drawn with bars of a label and one number: | 办公费及水电费 | 4380 |
_BAR_PAIR = compiled(r"[ \u3000]*[|｜][ \u3000]*(?P<label>[^|｜\n]*?\p{Han}[^|｜\n]*?)[ \u3000]*[|｜][ \u3000]*"
                     r"(?P<n>[-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,2})?)[ \u3000]*[|｜][ \u3000]*")
# the bracket of a unit list closing its line: （单位：亩、元）：
_BRACKET_CLOSES_LINE = compiled(r"[)）][ \u3000]*[:：]?[ \u3000]*$")
_UNIT_LIST_SPLIT = compiled(r"[ \u3000]*[、，,；;][ \u3000]*")
_LISTED_MONEY = compiled(r"(?:人民币)?(?P<mag>[十百千]?[万亿]{0,2})(?P<cur>元)(?:[/／](?P<per>\p{Han}{1,3}))?")
_SINGLE_SPLIT = compiled(r"[ \u3000\u00a0]+")
# an empty cell written as a dash or slash
_PLACEHOLDER = compiled(r"[-—–/／－]{1,2}|—|－")
_SHARE_UNIT = compiled(r"[%％‰]|百分")
_TOTAL_COLUMN = compiled(r"合计|小计|总计|总额|合计数|资金合计|金额合计")
_UNIT_WORD = compiled(r"[十百千]?[万亿]?元|[万亿]")
_LONG_DIGITS = compiled(r"[0-9]{13}")
_GROUP_HEAD = compiled(r"[-−]?[0-9]{1,3}(?: [0-9]{3})*")
_GROUP_TAIL = compiled(r"[0-9]{3}(?:\.[0-9]+)?")
# one figure broken over two lines, never read in part
# (下堡村 91 06⏎5.00, 48 1⏎20.00: the line before ends in spaced digit groups, this one opens with a
# figure's decimals; not a row's number, 2 李四 298.96)
_BROKEN_FIGURE = compiled(r"[ \u3000]*[0-9]{1,3}\.[0-9]")
_DIGIT_AT_END = compiled(r"(?<![0-9.])[0-9]{1,3} [0-9]{1,3}[ \u3000]*\Z")
# a label cell ending in what may be a number's thousands (收入：32 of 收入：32 600.00)
_DIGITS_TAIL = compiled(r"(?<![0-9.,])[0-9]{1,3}\Z")
# column names: a share (占计划%, 增长率), a count or code (户数, 编码), or a change that may be
# an amount or a share (同比增减: skipped; 增减额 is money); a row number (序号); a label
# (县区, 项目名称, 姓名); the words are in table_columns.tsv
_PERCENT_COLUMN = compiled(r"[%％‰]|率|比重|比例|百分比|幅度|增速|[增降涨]幅|占")
_OTHER_COLUMN = compiled(r"(?:增长|增减|同比|比上年|较上年)(?![\p{Han}]*额)")
# a column of years or months (2022年, 2022) or of items (项目, 科目): labels, never amounts
_TIME_COLUMN = compiled(r"年度|年份|月份|月度|季度|年|月|时间|日期|项目|科目|指标|分类")
# a column headed by a bare kind of item holds the items (收入 | 决算数 | 支出 | 决算数) or their
# amounts (年份 | 收入 | 支出): the row tells
_EITHER_COLUMN = compiled(r"收入|支出|收入项目|支出项目")
# a measure in a column header's parentheses: 面积（亩）, 人口（万人）
_PAREN_UNIT = compiled(r"[(（](?P<u>[^()（）]{1,4})[)）]$")
_TABLE_NOTE = compiled(r"\s*(?:(?:注|说明|备注|资料来源|数据来源)\s*[:：]|联系人|联系电话|联系方式|电话|传真|邮编|邮政编码|地址)")
_PROSE = compiled(r"[，。；！？]|[,;](?=[^0-9\s])")
# an aside in brackets inside a row's label (困难群众慰问（12户，每户300元） 3,600.00): its
# comma is no sentence's
_ROW_ASIDE = compiled(r"[(（][^()（）\n。；]{1,30}[)）]")
# any aside in brackets (a label's, a line's): what a line says beside its cells
_ASIDE = compiled(r"[(（][^()（）]*[)）]")
_BRACKET = compiled(r"[(（]")
# the end of a header cell broken across lines: its last character and its unit (管护里⏎程（公里）)
_CELL_TAIL = compiled(r"\p{Han}[(（](?P<u>[^()（）\n]{1,6})[)）]")
# a figure and a remark in brackets in one cell (52（不足部分由合作社自筹）)
_FIGURE_ASIDE = compiled(r"(?P<n>[0-9][0-9,]*(?:\.[0-9]+)?)[ \u3000]*" + _ROW_ASIDE.pattern)
# a column header that states its unit: 金额（万元）, 补助资金(元), 资金(单位:万元)
_PAREN_MONEY = (r"[(（]\s*(?:单位\s*[:：]\s*)?(?:人民币)?(?P<mag>[十百千]?[万亿]{0,2})(?P<cur>元)"
                r"(?:[/／](?P<per>\p{Han}{1,3}(?:[·・/／]\p{Han}{1,2}){0,2}))?\s*[)）]")   # 元/人/月
_COLUMN_UNIT = compiled(r"[^\t\n()（）]{0,12}" + _PAREN_MONEY)
_COLUMN_UNIT_AT = compiled(_PAREN_MONEY)         # to find one: the parenthesis first
_COLUMN_HINT = compiled(r"元[)）]|元[/／][^()（）\n]{1,6}[)）]")
# a label that states its unit, then its value: 补助金额（万元）：12.5, 资金(元) 3600
_KEY_VALUE = compiled(r"[(（]\s*(?:单位\s*[:：]\s*)?(?:人民币)?"
                      r"(?P<mag>[十百千]?[万亿]{0,2})(?P<cur>元)(?:[/／](?P<per>\p{Han}{1,3}(?:[·・/／]\p{Han}{1,2}){0,2}))?"
                      # its value after it, or alone on the next line (one cell per line)
                      r"\s*[)）](?:[ \u3000]*[:：|｜\t]?[ \u3000]*|[ \u3000]*\n[ \u3000]*(?=[-−]?[0-9][0-9,.]*[ \u3000]*(?:\n|$)))"
                      r"(?P<n>[-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)"
                      # the line ends, or the next pair follows (下达资金（元） 500000 已支付（元） 412,300)
                      r"(?:(?=[ \u3000]+(?:其中[:：]|[^\s()（）:：，。；0-9]{1,12}[(（][^()（）\n]{1,6}[)）][ \u3000]*[:：]?[ \u3000]*[0-9]))"
                      r"|(?![0-9.,%％‰\p{Han}A-Za-z]|[ \u3000]*(?:[\p{Han}%％]|[0-9])))")
_KEY_LABEL = compiled(r"[^\s:：，。；、()（）]{1,12}\Z")
# a part on its own line after a key's total: 其中：中央资金 | 210, 　　省级资金	86
_KEY_PART = compiled(r"[ \t\u3000]*(?:其中[:：])?[ \u3000]*(?P<key>\p{Han}{2,10})[ \u3000]*[|｜\t:：][ \u3000]*"
                     r"(?P<n>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)[ \u3000]*(?=\n|$)")
# a unit in parentheses, then items of a label and a bare number in running text (village
# accounts: 一、收入部分（单位：元）：上级补助资金45000；租金收入12000；合计57000。)
# the start of a line or of a table's cell (a tab, two spaces or more) right before a figure
_CELL_START = compiled(r"(?:^|\t|[ \u3000]{2})[ \t\u3000]*\Z", regex.M)
# a label that states a money unit, right before a figure (申请财政奖补（元） 80,000)
_MONEY_LABEL_BEFORE = compiled(r"[(（][^()（）\n]{0,4}元[^()（）\n]{0,4}[)）][ \t\u3000]*[:：]?[ \t\u3000]*\Z")
_ANY_DIGIT = compiled(r"[0-9]")
# after a figure alone on its line: a line of words (a row's next cell: 11⏎水渠维修)
_TEXT_LINE_AFTER = compiled(r"[ \t\u3000]*\n[ \t\u3000]*[^\n0-9]*\p{Han}")
# after a figure alone on its line: the next label with its unit (已支付（元）), 其中：, or the end
_NEXT_PAIR_LINE = compiled(r"[ \t\u3000]*(?:$|\n[ \t\u3000]*(?:$|其中[:：]|[^\n0-9()（）]{1,12}[(（][^()（）\n]{1,6}[)）][ \t\u3000]*(?:\n|$)))")
# a label of a time or a period (实施年度, 申报年份, 实施周期, 工期): its figure is no amount
_TIME_LABEL = compiled(r"(?:年度|年份|周期|期限|工期|时间|日期|年限|月份|年)$")
# a label that states a growth or a share, whose bare figure is a rate (比上年增长 6.4)
_CHANGE_RATE_LABEL = compiled(r"(?:增长|下降|增幅|降幅|增速|占比|比重)[ \u3000]*$")
_BARE_FIGURE_LINE = compiled(r"[ \u3000]*[0-9][0-9,.]*[ \u3000]*(?:\n|$)")
# a label alone on its line (no digit, a name of 2 to 15 characters), then a figure alone on the next
_LABEL_THEN_NUMBER = compiled(
    r"[ \u3000]*(?P<label>[^\n0-9()（）%％]{0,6}?\p{Han}[^\n0-9()（）%％]{1,14}?)[ \u3000]*[:：]?[ \u3000]*\n"
    r"[ \u3000]*(?P<n>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]{1,4})?)[ \u3000]*(?:\n|$)")
# a list item's number (1., 序号2：, 三、, （4）) before its name
_ITEM_NUMBER = compiled(r"[ \u3000]*(?:序号[ \u3000]*[0-9]{1,3}[:：]?|[0-9]{1,3}[.、．:：]|[一二三四五六七八九十]{1,3}、|[(（][0-9一二三四五六七八九十]{1,3}[)）])")
_ITEMS_UNIT = compiled(r"(?:[(（]\s*(?:(?:金额)?单位\s*[:：]\s*)?(?:人民币)?(?P<mag>[十百千]?[万亿]{0,2})(?P<cur>元)\s*[)）]"
                       r"|(?<![^\s])(?:金额)?单位\s*[:：]\s*(?:人民币)?(?P<mag>[十百千]?[万亿]{0,2})(?P<cur>元)(?=[ \u3000]*$))"
                       r"[ \u3000]*[:：]?", regex.M)
_SECTION = compiled(r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")
_ITEM_HEADING = compiled(r"[^()（）:：]{1,12}[:：](?:[0-9]{1,2}[.、．])?(?=\p{Han})")
# items end at ；, at a comma that separates no thousands, and at 、 after a number (城关镇120、东风乡85),
# not after an item's own number (⏎1、上级补助)
_ITEM_SPLIT = compiled(r"[；;]|[,，](?![0-9]{3}(?![0-9]))|(?<=[0-9])(?<!(?:^|[\n；;，,。：:])[ \u3000]*[0-9]{1,2})、")
_ITEM = compiled(
    r"[ \u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.、．](?=\p{Han}))?"
    r"(?P<label>(?:[^0-9()（）\s%％‰元]|[0-9]{1,2}[.、．](?=\p{Han})|[0-9]{4}年|[(（][^()（）]{0,24}[)）])*?"
    r"\p{Han}(?:[(（][^()（）]{0,24}[)）])?)"
    # (a figure with spaced thousands only after a colon, as all of its item, in yuan and fen:
    # 收入：32 600.00; 水头镇：45 120 may be two figures)
    r"(?:[:：]?[ \u3000]?(?P<n>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,12})(?:\.[0-9]{1,4})?)"
    r"(?:[ \u3000]?(?:[(（]其中[:：]?(?P<parts>[^()（）]{4,80})[)）]|[(（][^()（）0-9]{0,24}[)）]"
    r"|[(（][^()（）]{0,40}[)）](?<=[0-9０-９][^()（）0-9]{0,3}[人户元次名个)）])))?"
    r"|[:：](?P<n>[0-9]{1,3}(?: [0-9]{3})+\.[0-9]{2}))[ \u3000]*")
# an item inside a breakdown aside: a label and a bare number (村级组织运转经费 150,000.00)
_ASIDE_ITEM = compiled(r"[ \u3000]*(?P<label>\p{Han}[^0-9()（）;；,，、]{1,30}?)[ \u3000:：]*"
                       r"(?P<n>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,12})(?:\.[0-9]{1,4})?)[ \u3000]*")


def _bracket_depth(text: str, lo: int, hi: int, depth: int = 0) -> int:
    """How many brackets are open after text[lo:hi], with `depth` open before it."""
    for ch in text[lo:hi]:
        if ch in "(（":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
    return depth


def _aside_items(text: str, lo: int, hi: int) -> list[regex.Match]:
    """The items of a breakdown aside (A 150,000.00；B 252,000.00), when every part of it is
    one; else none (an aside that says anything else is no breakdown)."""
    out = []
    at = lo
    for sep in list(_ITEM_SPLIT.finditer(text, lo, hi)) + [None]:
        end = sep.start() if sep is not None else hi
        m = _ASIDE_ITEM.fullmatch(text, at, end)
        if m is None:
            return []
        out.append(m)
        at = sep.end() if sep is not None else hi
    return out


# rows left out of a printed table (…… between two rows)
_ELISION = compiled(r"[…。.·]{2,}|…")
# a row number: the first cell of a row, 1 to 999
_ROW_NUMBER = compiled(r"[0-9]{1,3}")
# what stands between a unit header and a table flattened onto its line: ） ：
_AFTER_UNIT = compiled(r"(?:[ \u3000]*[、，,/／及和][ \u3000]*(?:[%％‰]|百分比?))?[ \u3000]*[)）\]】]?[ \u3000]*[:：]?")
_DIGITS = compiled(r"[0-9]")
_HAN = compiled(r"\p{Han}")
_CLOSED = compiled(r"^[^(（]*[)）]")                   # a parenthesis closes before any opens
_SECOND_UNIT = compiled(r"[ \u3000]*[、，,/／及和][ \u3000]*(?![%％‰]|百分)\S")   # 单位：万元、亩
_SHARE_AFTER = compiled(r"[ \u3000]*[、，,/／及和][ \u3000]*(?:[%％‰]|百分)")   # 单位：万元、%
_OPEN_PAREN = compiled(r"[ \u3000]*[(（][ \u3000]*(?:(?:人民币)?[小大]写[:：]?(?:人民币)?)?[ \u3000]*")
_CLOSE_PAREN = compiled(r"[ \u3000]*[)）]")
# a figure written alone in such parentheses (50,000.00), thousands marked or not
_BARE_FIGURE = compiled(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+(?:\.[0-9]{1,2})?")
_WORDS = compiled(r"[^ \t\u3000\u00a0]+")
_TABLE_TITLE = compiled(r"^\s*(?:附?表\s*[0-9一二三四五六七八九十]|.*[^\s]表\s*$)")
# a list of numbers before an amount that shares their unit (分别奖励10、8、5万元)
_LIST_ITEM = compiled(r"(?P<num>(?<![0-9A-Za-z.])[0-9]{1,12}(?:\.[0-9]{1,6})?)(?P<mag>[十百千]?[万亿]{1,2})?(?=[、和及与])")
_LIST_CHAIN = compiled(r"(?<![0-9A-Za-z.第])(?:[0-9]{1,12}(?:\.[0-9]{1,6})?(?:[十百千]?[万亿]{1,2})?[、和及与]){1,8}\Z")
_LIST_LAST = compiled(r"(?P<num>[0-9]{1,12}(?:\.[0-9]{1,6})?)(?P<mag>[十百千]?[万亿]{1,2})?(?P<tail>[^0-9].*)$")
_COLLOQUIAL_JIAO = compiled(r"元[1-9]")
# a numeral and 元 that start a place name: 三元区, 九元村, 三元桥, 三元井村, 五元坝镇 (a name's
# characters, then the suffix of a place; not 每, 钱, 的 … of running text)
_CN_SMALL = compiled(r"[一二两三四五六七八九十]{1,2}")
_PLACE_AFTER = compiled(r"(?:(?![每钱的各个])\p{Han}){0,2}[区县镇乡村里桥路街巷屯寨]")
# a ceiling or floor named before the amount: 上限为1200元, 下限为300元 (a 限额 is an amount: 债务限额)
# (a debt's quota, 债务(最高)限额, is the amount itself: the corpus reads it exact)
_LIMIT_BEFORE = compiled(r"(?:上限|(?<!债务|债券)最高(?:(?!债)\p{Han}){0,4}?限额|(?P<low>下限))(?:标准)?(?:为|是|:|：)?(?:每\p{Han}{1,2}?){0,2}\Z")
# a limit stated before its amount: the 以内 after it bounds what is kept within the limit
_LIMIT_NOUN = compiled(r"限额(?:为|是)?\Z")
# what a number's digits may not follow: a Chinese numeral (三千5百万) or the 万/亿 of a mixed
# number (1万2元, 3万零2元) whose whole was not read
_MIXED_BEFORE = frozenset("一二两三四五六七八九十百千万亿萬億零")
_MIXED_LEFT = compiled(r"(?:[一二两三四五六七八九十百千]|[0-9][万亿萬億]零?)\Z")
_SINGLE_BEFORE = compiled(r"单个((?:(?![每的个])\p{Han}){1,6})\Z")
_PER_PAIRED = r"(?![一二两三四五六七八九十百千万亿个名位])\p{Han}(?=每)"
_SIGN_HINT = compiled(r"[$¥￥€£]|RMB")
_PERCENT_WORD_HINT = compiled(r"分之")
_RATIO_HINT = compiled(r"[0-9][:：][0-9]")


@lru_cache(maxsize=1)
def _fold_map() -> CharMap:
    """The folding (`policyie.charmap`); characters from U+10000 on are left as they are."""
    from .hanzi import _table
    pairs = {k: v if isinstance(v, str) else chr(v) for k, v in {**_table(), **_FOLD}.items() if k < 0x10000}
    return CharMap({k: v for k, v in pairs.items() if chr(k) != v})


def fold_width(text: str) -> str:
    """Full-width digits and signs to ASCII and traditional characters to simplified (約 → 约,
    餘 → 余, 超過 → 超过), one character for one, so offsets into the folded text are offsets
    into the original."""
    if text.isascii():
        return text
    return _fold_map()(text)


class QuantityGrammar:
    """Compiled patterns for one lexicon; `find` lists every quantity in a text."""

    def __init__(self, lexicon: QuantityLexicon | None = None):
        self.lexicon = lexicon or QuantityLexicon.from_dir()
        lx = self.lexicon
        cur = alternation(lx.currencies)
        # currencies that may also stand before the number, or after 元 (两万元美元)
        specific = [w for w in lx.currencies if w not in GENERIC_CURRENCY and w not in lx.currency_factors
                    and w[:1] not in GENERIC_CURRENCY]
        cur_spec = alternation(specific)
        signs = alternation(CURRENCY_SIGNS)
        units = "|".join(regex.escape(w) + ("(?![A-Za-z])" if w[-1:].isascii() else "")
                         for w in sorted(lx.units, key=lambda w: (-len(w), w)))
        pre = alternation(lx.qualifiers_pre)
        post = alternation(lx.qualifiers_post)
        per_nouns = alternation(lx.per_nouns)
        han_units = [w for w in lx.units if not w.isascii()]
        per_or_unit = alternation([*lx.per_nouns, *han_units])
        # every repetition is bounded: no input can make a pattern backtrack for long
        # 每位不超过500元: the rate noun is 位, never 位不 with 超过 as the qualifier
        # 每生每年, 每校每日: in 每X每Y the X is a rate noun even when the lexicon lacks it
        per_pre = (rf"(?:每一?(?:(?:{per_nouns})|[{_CLASSIFIERS}]"
                   rf"(?:(?![不最约近超逾至多少高低大将接])\p{{Han}}){{1,3}}?"
                   rf"|(?:(?![不最约近超逾至多少高低大将接每])\p{{Han}}){{4,6}}?(?=每)|{_PER_PAIRED}"   # 每个见习基地每年
                   # 每留用1人2000元, 每生产1吨: a verb and one of the rate's nouns
                   rf"|(?:(?![不最约近超逾至多少高低大将接年月日天])\p{{Han}}){{1,3}}?[1一](?:名|个|位)?(?:{per_nouns}))){{1,3}}")
        per_post = (rf"(?:[/／](?:{per_or_unit}|\p{{Han}})(?:[·・](?:{per_nouns}))?){{1,3}}"
                    rf"|[/／][(（](?:{per_or_unit})[·・](?:{per_nouns})[)）]")      # 元/（人·月）
        # 角/毛 and 分 after 元/块 (三元五角八分, 九百元零五分); colloquially the last unit is
        # left out when the clause ends there: 十二块八毛五 (12.85), 三块五 (3.5), 3元5 (3.5: Arabic
        # digits after 元, a small whole number before it)
        fen = r"(?P<fen>零?[0-9一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖])分(?![钟之析数类])"
        last = r"(?=[，。；、,;:：)）\s]|$|钱|的)"
        money_tail = (
            rf"(?P<cur>{cur})(?P<cur2>{cur_spec})?"
            rf"(?:(?P<jiao>零?[0-9一二三四五六七八九两壹贰貳叁參肆伍陆陸柒捌玖])[角毛](?:{fen}|(?P<fen>[一二三四五六七八九]){last})?"
            rf"|{fen}|(?<=块)(?P<jiao>[一二三四五六七八九两]){last}|(?<=[0-9]元)(?P<jiao>[1-9]){last})?"
            rf"(?:又?(?P<cents>{_CENTS})(?:美分|欧分|港仙)|又(?P<cents>{_CENTS})分)?整?"
            rf"|[角毛](?:{fen}|(?P<fen>[一二三四五六七八九]){last})?钱?|[kKw](?![A-Za-z])")
        unit = rf"(?P<unit>{money_tail}|[%％‰‱]|{units})"
        unit1 = rf"(?:{cur}|[%％‰‱]|{units})"
        # A currency word before the number (港币一千二百元, 美元100万) is found by looking back
        # from the amount (`_currency_before`), so that the common characters starting currency
        # words (人, 日, 新…) do not open the amount pattern everywhere. A currency sign ($, ¥)
        # may also stand before a number without unit (¥1,200.00): the amount pattern with the
        # sign at its head.
        # a space may follow the qualifier in PDF text (最高不超过 60 元)
        lead = (rf"(?<!第)(?:(?P<perpre>{per_pre})(?P<pre>{pre}){_SP}?|(?:(?P<pre>{pre}){_SP}?)?(?P<perpre>{per_pre})?)"
                rf"(?P<curpre>(?!))?")
        lead_cur = rf"(?P<perpre>(?!))?(?P<pre>(?!))?(?P<curpre>{signs}){_SP}?"
        head = (r"{lead}"
                rf"(?P<sign>负|(?<![0-9)）\]】含万亿千百十元%])[-−](?=[0-9]))?"
                rf"(?P<q1>[“\"](?=[0-9一二两三四五六七八九十]{{1,4}}[”\"]))?"
                rf"(?P<n1>{_NUMBER}|[百千万](?=[余多]){_FUZZ}(?:(?<=[百千][余多])[万亿])?|(?<![{_CN_BODY}0-9数几])[万亿](?=元(?:以上|以下))"
                rf"|(?(pre)(?:[百千]?[万亿]{{1,2}}|[百千])(?={cur})|(?!))"
                rf"|(?(pre)[百千]?[万亿]{{1,2}}(?=[，。；,;！？!?)）]|$)|(?!)))(?(q1)[”\"])")   # 投资逾百亿，
        tail = (rf"(?P<gap>\n(?=(?:[万亿]{{1,2}})?元(?![旦宵月素件器首老帅]))|{_SP}{{0,2}})(?:{unit}|(?P<bare>(?<=[万亿萬億][余多]?)(?![万亿萬億0-9.零〇一二两兩三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟])"
                rf"|(?(curpre)(?<=[0-9零一二两三四五六七八九十百千万亿余多])(?![0-9.%]|,[ \u00a0]?[0-9])|(?!))))"
                rf"(?P<post>{post})?(?P<perpost>{per_post})?")
        rng = rf"(?:(?P<u1>{unit1})?(?P<incl>[(（]含[)）])?(?P<sep>{_SEP})(?P<n2>{_NUMBER}))?"
        single = r"(?P<u1>(?!))?(?P<incl>(?!))?(?P<sep>(?!))?(?P<n2>(?!))?"
        self._amount = gated(compiled(head.replace("{lead}", lead) + rng + tail))
        # the patterns after a currency sign and those of a single amount (a range's retry) are
        # rarely needed: compiled on first use (each is a long pattern, costly to compile)
        self._sources = {"amount_cur": head.replace("{lead}", lead_cur) + rng + tail,
                         "amount_single": head.replace("{lead}", lead) + single + tail,
                         "amount_cur_single": head.replace("{lead}", lead_cur) + single + tail}
        self._per_prefix = compiled(per_pre)
        self._pre_before = compiled(rf"(?:{pre})\Z")
        self._currency_before = compiled(rf"(?:{alternation(specific)}){_SP}?\Z")
        self._currency_last = {w[-1] for w in specific}
        self._percent_word = gated(compiled(
            rf"(?P<pre>{pre})?(?P<sign>负)?"
            rf"(?:(?P<base>{_PER_BASE})|(?P<den>{_FRACTION_DEN})分之)(?P<n1>{_AR}|{_CN}|百)"
            rf"(?:{_SEP}(?:(?P<base2>{_PER_BASE})|(?P<den2>{_FRACTION_DEN})分之)?(?P<n2>{_AR}|{_CN}|百))?"
            rf"(?P<post>{post})?"     # 百分之三十至四十, 三分之一至二分之一
        ))
        self._cheng = gated(compiled(
            rf"(?P<pre>{pre})?(?<![{_CN_BODY}0-9.])"
            rf"(?P<n1>[一二两三四五六七八九](?:点[一二三四五六七八九])?|十|半|[0-9](?:\.[0-9]{{1,2}})?)成"
            rf"(?P<n2>半|[一二三四五六七八九](?![成十百千万个名人家项户元]))?"
            r"(?!(?<=一成)为|功|立|果|员|本|交|效|就|都|熟|长|型|绩|品|年|人|像|分|套|批|不|片|群|家|语|事|形|行|败|全|真"
            r"|材|才|活|规|网|线|环|串|对|双|建|灾|因|药|林|色|衣|婚|亲|器|千|百|万|倍|份|名|绩)"
            rf"(?P<post>{post})?"
        ))
        self._ratio = gated(compiled(
            r"(?<![0-9:.])(?P<a>[0-9]{1,8}(?:\.[0-9]{1,6})?)[:：](?P<b>[0-9]{1,8}(?:\.[0-9]{1,6})?)(?![0-9:])(?=的?比例|的?比重|配比)"
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
        date = gated(compiled(
            rf"(?P<y1>{year})(?:年?{_SEP}(?P<y2>{year}))?年度?(?:(?:{month}){_SEP})?(?:{month}月份?(?:{day})?)?(?:{part})?{suffix}"
            rf"|(?P<rel>{rel})度?(?:(?:{month_ar}){_SEP})?(?:{month_ar}月份?(?:{day})?)?(?:{part})?{suffix}"
            rf"|(?<![0-9])(?:{month_ar}月?{_SEP})?{month_ar}月份?(?:{day})?(?:{part})?{suffix}"
            r"|(?<![\p{Han}])(?:上半年|下半年|前三季度|年初|年末|年底)"
            r"|(?:上半年|下半年|前三季度|第?[一二三四]季度)"
        ))
        # every date holds 年, 月 or 季 within its first 13 characters (a year, a range's
        # separator and its second year at most come before): a lookahead for one, behind the
        # gate, passes over the 一, 上, 本, 第… that start no date at C speed (the same matches)
        cut = date.pattern.index("])(?:") + 2 if date.pattern.startswith("(?=[") else 0
        self._date = compiled(date.pattern[:cut] + r"(?=[\s\S]{0,12}?[年月季])" + date.pattern[cut:],
                              date.flags)
        self._not_quantity = compiled(alternation(lx.not_quantities)) if lx.not_quantities else None
        self._currency_head = compiled(cur)
        self._pre_words = lx.qualifiers_pre
        self._post_words = lx.qualifiers_post
        self._pre_qualifiers = compiled(rf"(?:(?:{pre})\s*)+") if lx.qualifiers_pre else None
        self._post_qualifiers = compiled(rf"(?:\s*(?:{post}))+$") if lx.qualifiers_post else None
        self._rate_noun_end = compiled(alternation([*lx.grant_verbs, *lx.each_verbs, *lx.rate_noun_ends]))
        since = alternation(lx.rate_changes.get("since", [])) or "(?!)"
        change = alternation(lx.rate_changes.get("verb", [])) or "(?!)"
        # a rate's amount between its 每X and a later amount, not followed by a list's joiner,
        # its breakdown's parenthesis (（其中…, （含…) or a change of the rate (由…增至, 较上年提高,
        # （2025年起调整为…):
        # the rate was that amount's (按每亩120元发放…补贴3168万元, 按每生每年720元的标准拨付…);
        # in a list the rate is shared (每公里国道补助3万元、省道2万元)
        self._rate_closed = compiled(
            rf"[0-9零〇一二两三四五六七八九十百千万亿]元(?:[/／]\p{{Han}}{{1,3}})?(?:{post})?"
            rf"(?![、和及与或加并+＋]|以及|其中|[(（](?:其中|含|[^()（）]*?(?:{change}))|$|(?:{since})?(?:{change}))")
        self._per_nouns = set(lx.per_nouns)
        # an amount multiplied by counts (18人×3个月×1200元, 30人×900元×3个月): it is the rate
        # per each count's noun
        factor = rf"[0-9]+(?:\.[0-9]+)?[ ]?个?(?P<noun>{per_nouns})" if per_nouns else r"$^"
        self._factors_before = compiled(rf"(?:{factor}[ ]?[{_PRODUCT_SIGNS}][ ]?){{1,3}}\Z")
        self._factors_after = compiled(rf"(?:[ ]?[{_PRODUCT_SIGNS}][ ]?{factor}(?![0-9.]|元)){{1,3}}")
        self._per_nouns_re = compiled(per_nouns) if per_nouns else None
        # context of an amount written without its currency (投资3.2亿, 3亿中央财政资金)
        fillers = (r"(?:为|达到|高达|达|突破|实现|完成|增至|增加到|增加|增长|减少|下降|提高到|提高至|"
                   r"共计|合计|总计|累计|共|计|了|已|约为|约|分别为|分别|总额|规模|总量|额|[ \u3000:：])")
        self._money_before = compiled(rf"(?:{alternation(lx.money_before)}){fillers}{{0,3}}\Z")
        self._money_after = compiled(rf"(?:(?![的，。；、])\p{{Han}}){{0,6}}?(?:{alternation(lx.money_after)})")
        self._measure_after = compiled(alternation([*lx.measure_words, *han_units]))
        # a bound separated from its amount by a verb of granting (or two): 最高补助5000万元,
        # 最高可享受补贴5000元
        bounds = alternation(w for w, q in lx.qualifiers_pre.items() if q in ("at_most", "at_least"))
        self._bound_before = compiled(
            rf"(?P<q>{bounds})可?(?:{alternation(lx.grant_verbs)}){{1,2}}(?:资金|金额|额度|标准)?(?:为|达|可达)?\Z")
        # a rate's denominator earlier in the clause: 每县…1000万元, 人均…3989元, 单项资金…50万元
        self._grant_verb = compiled(alternation(lx.grant_verbs)) if lx.grant_verbs else None
        noun_words = alternation(w for w in lx.per_nouns if w not in _CLASSIFIERS)
        bound_words = [w for w, q in lx.qualifiers_pre.items() if q in ("at_most", "at_least")]
        granting = alternation([*lx.grant_verbs, *bound_words])
        taking = alternation([*(lx.rate_verbs or lx.grant_verbs), *bound_words])
        every = (rf"(?:每(?:(?P<noun>{_PER_PAIRED})"
                 # after other words, a classifier is no rate noun (每个通过国家…: not 家)
                 rf"|一?[{_CLASSIFIERS}]?(?:(?![1一])\p{{Han}}){{0,3}}?(?P<noun>{noun_words})(?!性)"
                 rf"|一?(?P<noun>{per_nouns})(?!性)"
                 # 每吸纳1名…人员给予: a verb, one of the rate's units, and the unit's noun, which
                 # ends the phrase (not 县 of 每招用一名本县户籍劳动力)
                 rf"|\p{{Han}}{{1,3}}?(?<=\p{{Han}})[1一](?:名|个|位|户|家)?\p{{Han}}{{0,4}}?(?P<noun>{per_nouns})(?!性)"
                 rf"(?=\p{{Han}}{{0,4}}?(?:{granting}|\P{{Han}}|\Z))"
                 # 每箱补助, 每校最高: one character between 每 and a verb that takes the amount or
                 # a bound is the rate's noun; 每个育苗点补助: so are two or three after 每个
                 rf"|(?P<noun>(?![{_NOT_PER_CHARS}个])\p{{Han}})(?={taking})"
                 rf"|个(?P<noun>(?:(?!{taking})[^\P{{Han}}的]){{2,3}}?)(?={taking}))){{1,3}}")
        self._per_cue = compiled(
            every +                                         # not 一次性
            # 单个见习基地每年…: the noun after 单个 ends where the 每 starts
            rf"|单个(?P<noun>(?:(?![每的个])\p{{Han}}){{1,6}}){every}"
            # 月人均, 人均月收入, 户均月: a month written with 均 makes the rate monthly (人·月)
            r"|(?:(?<![0-9零〇一二三四五六七八九十个今去明当上下本全同前后近该次元腊正闰各])(?P<period>月)(?=[人户]均))?"
            r"(?<![全当今去明本同各上下两])(?P<noun>人|户|村|县|亩|年)均(?![衡匀等])"
            r"(?:(?<=[人户]均)(?P<period>月)(?![份底初末中]))?"
            # 5个村各占股50万元, 两家企业各获得10万元, 3户各自承担, 10个村各村奖励: counted units, then
            # a verb, a number, 自 or the unit again after 各 (5个乡镇各村: a determiner); not after a
            # date (2024年各县)
            # (32个经济薄弱村各获, 前3位的乡镇各奖励: a few words between the count and the unit)
            rf"|(?<=[0-9零一二两三四五六七八九十几数多个家名所各位])(?<![0-9][年月日])(?:[^\P{{Han}}各每，]{{1,4}}?的?|的)?"
            rf"(?P<noun>{per_nouns})各"
            rf"(?=[0-9０-９一二两三四五六七八九十]|\Z|自|(?P=noun)|{alternation(lx.each_verbs) if lx.each_verbs else '$^'})"
            # 单户年度贴息, 单个企业年补贴: a year right after the unit makes the rate yearly
            + (rf"|单(?!位)个?(?P<noun>{alternation(lx.single_nouns)})(?:(?P<period>年)(?:度|(?={granting})))?"
               if lx.single_nouns else ""))
        currencies = [(w, c) for w, c in lx.currencies.items() if w not in lx.currency_factors]
        self._prefix_code = {**{w: c for w, c in currencies}, **CURRENCY_SIGNS}
        self._currency_word: dict[str, str] = {}
        for w, c in currencies:
            self._currency_word.setdefault(c, w)
        self._unit_word: dict[str, str] = {}
        for w, (label, u) in lx.units.items():
            self._unit_word.setdefault(u, w)
        # any unit header ends the table before it; a money one starts a table
        # (单位：万元, 单位:人, 金额单位：亿元, 单位（万元）, 单位/元, 单位 万元 at a line's head,
        # 单位：人民币万元, a title ending in （万元）)
        money_unit = (rf"(?:人民币\s*)?(?P<mag>[十百千]?[万亿]{{0,2}})(?P<cur>{cur})"
                      rf"(?:[/／](?P<per>\p{{Han}}{{1,3}}(?:[·・]\p{{Han}}{{1,2}})?))?(?![/\p{{Han}}])")
        self._unit_header = compiled(
            rf"(?:金额|货币|计量)?单位\s*[:：]\s*(?:{money_unit})?"
            rf"|(?:金额|货币|计量)?单位\s*(?:[/／]|[(（](?=[^()（）\n]{{1,8}}[)）]))\s*{money_unit}"
            rf"|单位(?<=(?:^|[\s(（【\[])(?:金额|货币|计量)?单位)[ \u3000]+{money_unit}"
            rf"|[(（](?<=(?:^|表)[ \u3000]*[(（]){money_unit}[)）](?=[ \u3000]*$)", regex.M)
        self._measure_set = frozenset(lx.measure_words)
        col = lambda kind: alternation(lx.columns.get(kind, ())) or "(?!)"
        self._column_index = compiled(rf"(?:{col('index')})")
        self._column_other = compiled(col("other"))
        self._column_code = compiled(col("code"))
        # the parts of an amount column after 其中 (其中：中央, 省级资金, 市县配套)
        self._column_part = compiled(rf"(?:其中[:：]?)?(?:{col('part')})(?:财政)?(?:资金|补助|配套|投入|下达)?")
        self._column_text = compiled(col("text"))
        self._column_field = compiled(col("field"))
        self._column_money = compiled(col("money"))
        # a header whose head noun, its last word, is money (绩效奖励, 项目补助): money whatever
        # label word comes before it
        self._column_money_head = compiled(rf"(?:{col('money')})(?:[(（][^()（）]*[)）])?$")
        self._column_place = compiled(col("place"))
        # X数 (村数, 学校数, 项目个数) counts, unless X ends with a word of amounts (预算数,
        # 下达数) or is a year (2023年数)
        self._column_count = compiled(
            rf"(?<!{col('amount_of')}|[0-9]年|^)数(?:[(（][^()（）]*[)）])?$"
            if lx.columns.get("amount_of") else r"(?<!^)数$")
        # an amount X数 (预算数, 决算数, 执行数), which a column of figures of the same kind written
        # after one with a unit shares (预算数（万元） 决算数)
        self._column_amount = compiled(rf"\p{{Han}}*(?:{col('amount_of')})数") \
            if lx.columns.get("amount_of") else compiled(r"(?!)")

    @cached_property
    def _amount_cur(self) -> regex.Pattern:
        return gated(compiled(self._sources["amount_cur"]))

    @cached_property
    def _amount_single(self) -> regex.Pattern:
        return compiled(self._sources["amount_single"])

    @cached_property
    def _amount_cur_single(self) -> regex.Pattern:
        return compiled(self._sources["amount_cur_single"])

    # -- finding ------------------------------------------------------------------------

    def find(self, text: str) -> list[QuantityMatch]:
        """Every non-overlapping quantity in `text`, in order, with offsets into `text`."""
        folded = fold_width(text)
        found: list[QuantityMatch] = []
        for name, interpret, hint in (
            ("_date", self._as_date, None),
            ("_amount", self._as_amount, None),
            ("_amount_cur", self._as_amount, _SIGN_HINT),
            ("_percent_word", self._as_percent_word, _PERCENT_WORD_HINT),
            ("_cheng", self._as_cheng, None),
            ("_ratio", self._as_ratio, _RATIO_HINT),
        ):
            # a pattern whose telltale characters are absent is not run at all (nor compiled,
            # if it is compiled on first use)
            if hint is not None and hint is not _PERCENT_WORD_HINT and not hint.search(folded):
                continue
            pattern = getattr(self, name)
            if hint is _PERCENT_WORD_HINT:                  # only near each 分之
                found.extend(self._scan_near("分之", pattern, interpret, folded, text))
            else:
                found.extend(self._scan(pattern, interpret, folded, text))
        if "、" in folded or "和" in folded or "及" in folded or "与" in folded:
            found = self._lists(found, folded, text)
        if "单位" in folded or _COLUMN_HINT.search(folded):
            cells = list(self._tables(folded, text))
            if cells:                                       # 58,070 支出合计: a cell, not 58070 支
                taken = {i for c in cells for i in range(c.start, c.end)}
                found = [q for q in found if q.quantity.kind in ("money", "percent")
                         or not any(i in taken for i in range(q.start, q.end))]
                found.extend(cells)
        if self._not_quantity is not None and found:
            blocked = [(m.start(), m.end()) for m in self._not_quantity.finditer(folded)]
            if blocked:
                found = _unblocked(found, blocked)
        chosen = _select(found)
        if "(" in folded or "（" in folded:
            chosen = _restatements_marked(chosen, folded)
        return chosen

    def _scan(self, pattern, interpret, folded: str, text: str) -> Iterator[QuantityMatch]:
        """Matches of one pattern; after a rejected match, scanning resumes one character on,
        and a rejected range (668人到398个) is retried as a single amount."""
        pos, n = 0, len(folded)
        while pos < n:
            m = pattern.search(folded, pos)
            if m is None:
                return
            match = interpret(m, text)
            if match is None and interpret == self._as_amount and m["sep"]:
                retry = self._amount_cur_single if m["curpre"] else self._amount_single
                single = retry.match(folded, m.start())
                match = interpret(single, text) if single else None
            if match is not None:
                yield match
                pos = max(match.end, m.start() + 1)
            else:
                pos = m.start() + 1

    def _lists(self, found: list[QuantityMatch], folded: str, text: str) -> list[QuantityMatch]:
        """Numbers listed before an amount share its unit: 分别奖励10、8、5万元 (10万, 8万),
        1.2亿、0.8亿和0.5亿元 (each in 元), 5.2、3.1和2.4个百分点. Only Arabic numbers written
        bare (一、二、三 are ordinals); either all with their own 万/亿 or none; the amount
        exact. A number read otherwise (0.8亿 as a count) gives way."""
        extra: list[QuantityMatch] = []
        drop: set[int] = set()
        by_start = {q.start: i for i, q in enumerate(found)}
        for q in found:
            quantity = q.quantity
            if quantity.kind not in ("money", "percent") or quantity.qualifier != "exact" \
                    or quantity.value is None or q.start < 2 or folded[q.start - 1] not in "、和及与":
                continue
            last = _LIST_LAST.match(folded, q.start, q.end)
            if last is None:
                continue
            chain = _LIST_CHAIN.search(folded, max(0, q.start - 60), q.start)
            if chain is None:
                continue
            items = list(_LIST_ITEM.finditer(folded, chain.start(), chain.end()))
            own = [bool(it["mag"]) for it in items]
            if any(own) and not all(own):
                continue                                    # 8000、1.2万元: 8000 or 8000万?
            tail = last["tail"] if all(own) else (last["mag"] or "") + last["tail"]
            if all(own) and not last["mag"]:
                continue
            digits = lambda w: len(w.split(".")[0])
            if not any(own) and last["mag"] and any(digits(it["num"]) > digits(last["num"]) + 1 for it in items):
                continue                                    # 8000、1.2万元: 8000 元 or 8000万?
            for it in items:
                try:
                    read = self.parse(it["num"] + (it["mag"] or "") + tail)
                except ValueError:
                    continue
                if read.kind != quantity.kind or read.unit != quantity.unit or read.value is None:
                    continue
                s, e = it.start(), it.end()
                k = by_start.get(s)
                if k is not None:
                    other = found[k].quantity
                    if other.kind == quantity.kind and other.value == read.value:
                        continue                            # 奖励3万: read already
                    drop.add(k)
                extra.append(QuantityMatch(s, e, replace(read, text=text[s:e], per=quantity.per)))
        if not extra:
            return found
        return [q for i, q in enumerate(found) if i not in drop] + extra

    def _scan_near(self, anchor: str, pattern, interpret, folded: str, text: str) -> Iterator[QuantityMatch]:
        """Matches of a pattern that always contains `anchor`, searched only from a few
        characters before each occurrence of it (the same matches as `_scan`, much faster
        where the anchor is rare)."""
        pos, n = 0, len(folded)
        at = folded.find(anchor)
        while at >= 0:
            lo = max(pos, at - 16)
            m = pattern.search(folded, lo, min(n, at + 48))
            if m is not None and m.start() <= at:
                match = interpret(m, text)
                if match is not None:
                    yield match
                    pos = max(match.end, m.start() + 1)
                    at = folded.find(anchor, max(pos, at + 1))
                    continue
                pos = m.start() + 1
                continue                                    # retry from one character on
            at = folded.find(anchor, at + 1)

    def parse(self, text: str) -> Quantity:
        """Parse a string that is exactly one quantity; ValueError otherwise."""
        if not isinstance(text, str):
            raise TypeError(f"parse_quantity expects str, got {type(text).__name__}")
        stripped = text.strip()
        if not stripped:
            raise ValueError("empty string is not a quantity")
        folded = fold_width(stripped)
        for q in self.find(stripped):
            if q.end != len(stripped):
                continue
            if q.start == 0:
                return q.quantity
            # 每人每月300元: the rate's 每X stays out of the span found in running text
            if q.quantity.per and self._per_prefix.fullmatch(folded, 0, q.start):
                return replace(q.quantity, text=stripped)
        # A ratio needs context (的比例, 按) inside running text; on its own it is unambiguous.
        bare = regex.fullmatch(r"(?P<a>[0-9]+(?:\.[0-9]+)?)[:：](?P<b>[0-9]+(?:\.[0-9]+)?)", folded)
        if bare and (found := self._as_ratio(bare, stripped)) is not None:
            return found.quantity
        shown = repr(text) if len(text) < 80 else repr(text[:80]) + "..."
        raise ValueError(f"not a quantity: {shown} (expected one amount, percentage, measure or "
                         "date such as 约176.6万元, 百分之十五, 11.25万亩 or 2023年)")

    def canonical(self, q: Quantity) -> str:
        """A plain writing of a money amount, percentage or measure that `parse` reads back to
        the same value, bounds, unit and rate (1766000元, 约30%, 不超过50000美元, 每人每月300元)."""
        if q.kind == "money":
            word = self._currency_word[q.unit]
        elif q.kind == "percent":
            word = "%" if q.unit == "%" else "个百分点"
        elif q.kind == "measure" and q.unit in self._unit_word:
            word = self._unit_word[q.unit]
        else:
            raise ValueError(f"no canonical form for {q.kind} in {q.unit!r}")
        num = lambda v: format(v, "f")
        if q.value is None:
            body = f"{num(q.low)}-{num(q.high)}{word}"
        else:
            v = num(q.value)
            body = {"exact": f"{v}{word}", "approx": f"约{v}{word}", "at_least": f"{v}{word}以上",
                    "more_than": f"超过{v}{word}", "at_most": f"不超过{v}{word}",
                    "less_than": f"低于{v}{word}"}[q.qualifier]
        if q.per:
            body = "".join("每" + ("" if p in self._per_nouns else "个") + p for p in q.per.split("·")) + body
        return body

    # -- interpreting matches -----------------------------------------------------------

    def _as_amount(self, m: regex.Match, text: str) -> QuantityMatch | None:
        folded = m.string
        # every group read once (one call instead of one per use)
        unit_word, pre, post, perpre, perpost, w1, w2, sign, u1, cur, curpre, gap = m.group(
            "unit", "pre", "post", "perpre", "perpost", "n1", "n2", "sign", "u1", "cur", "curpre", "gap")
        unit_word = unit_word or ""
        start, end = m.start(), m.end()
        n1_start = m.start("n1")
        if pre == "近" and unit_word in ("年", "个月", "天", "周"):
            start, pre = m.start("pre") + len(pre), None      # 近五年(来): "the last five years"
        if perpre:
            if m.start("pre") < 0 or m.start("pre") > m.start("perpre"):
                start = m.end("perpre")                     # 每人每月300元: the span is 300元
            elif m.end("perpre") <= n1_start:
                start = m.end("perpre")                     # 不低于每人每月120元: the qualifier is not next to it
        cur_code = self._prefix_code[curpre] if curpre else None
        cur_start = start
        if cur_code is None and start and (folded[start - 1] in self._currency_last
                                           or folded[start - 1] == " " and folded[start - 2:start - 1] in self._currency_last):
            written = self._currency_before.search(folded, max(0, start - 8), start)
            if written:                                      # 港币一千二百元, 美元100万
                cur_code = self._prefix_code[written.group().rstrip()]
                cur_start = written.start()
                if not pre and cur_start:                   # 约人民币500万元, 超过港币3亿元
                    before = self._pre_before.search(folded, max(0, cur_start - 4), cur_start)
                    if before:
                        pre, cur_start = before.group(), before.start()
        if n1_start >= 2 and folded[n1_start - 1] in " \u00a0,." and folded[n1_start:n1_start + 1].isdigit() \
                and _DAMAGED_BEFORE.search(folded, max(0, n1_start - 4), n1_start):
            return None                                      # 2022年 1 500万元, 1,2345万元: which number?
        if n1_start >= 2 and folded[n1_start - 1] in " \u00a0" and not pre and not curpre and w1[:1].isdigit() \
                and _SPACES.search(w1.split(".")[0].rstrip("万亿元千百十 \u00a0")) \
                and not _LETTER_SPACED.match(folded, n1_start) \
                and not self._money_before.search(folded, max(0, n1_start - 25), n1_start - 1) \
                and not (_THOUSANDS_GROUPS.fullmatch(w1.split(".")[0].rstrip("万亿元千百十 \u00a0"))
                         and _in_prose(folded, n1_start) and self._writes_thousands_spaced(folded)):
            return None                                      # 共 2 350 万元: 2350, or 2 and 350? only after a money word
        if n1_start and folded[n1_start - 1] in _MIXED_BEFORE and w1[:1].isdigit() and _MIXED_LEFT.search(
                folded, max(0, n1_start - 3), n1_start):
            return None                                      # 三千5百万元, 1万2元: the start of the number is lost
        if n1_start >= 2 and folded[n1_start - 1] == "\n" and folded[n1_start - 2] in "0123456789.," \
                and folded[n1_start:n1_start + 1].isdigit():
            return None                                      # 3,5⏎00万元, 6.⏎5%: a number broken by a line
        if w1[:1] == "0" and w1[1:2].isdigit():
            return None                                      # 00万元: the end of a broken number
        if gap and gap[0] == "\n" and _ROW_AFTER_BREAK.match(folded, m.end("gap")):
            return None                                      # 歧坪镇 2 54⏎元坝镇 2 47.2: 元 opens the next row
        if unit_word == "年" and not w2 and _FOUR_DIGITS.fullmatch(w1):
            return None                                      # 2023年 is a date
        try:
            n1, fuzz1, range1 = _number(w1)
            n2, fuzz2, range2 = _number(w2) if w2 else (None, False, None)
        except ValueError:
            return None
        if sign:
            n1 = -n1
        if m["bare"] is not None:
            label, unit, factor = self._bare(m, cur_code)
        else:
            label, unit, factor = self._unit(unit_word)
            if label == "MONEY" and cur is not None:
                unit = self._money_code(m, cur_code)
            elif curpre and label != "MONEY":
                return None
        if label == "MONEY":
            start = cur_start                                # the currency written before is in the span
        if label is None or unit is None and label == "MONEY":
            return None
        if len(gap) > 1 and label != "MONEY":
            return None                                      # two spaces apart: only a currency
        if gap and label == "QUANTITY" and _HAN.match(folded, end) and (
                _MONEY_LABEL_BEFORE.search(folded, max(0, start - 24), start)
                or _CELL_START.search(folded, max(0, start - 4), start)):
            # 奖补（元） 80,000 项目总投资: the label's figure; 2 座龙村 at a row's start: its number
            return None
        n1_core = w1.rstrip("余多")
        if label == "QUANTITY":
            if len(unit_word) == 1 and folded[end:end + 1] == "某":
                return None                                  # 1 张某某: a row number and a name
            if n1_core == "一" and not w2:
                return None                                  # 一批, 一次性, 一个: idiom
            if unit_word in self.lexicon.cardinal_only and n1_core in ("一", "二", "壹", "贰") and not w2:
                return None                                  # 二期工程, 二层: ordinal (a count says 两)
        if u1 and self._unit(fold_width(u1))[1] != self._unit(unit_word)[1]:
            return None
        if unit_word in ("k", "K", "w") and not _SMALL_ARABIC.fullmatch(w1):
            return None
        if unit_word[:1] in ("角", "毛") and not unit_word.endswith("钱") and not m["fen"] \
                and not _PLAIN_ARABIC.fullmatch(w1):
            return None                                      # 五角场, 三角洲, 一毛不拔: 角 alone needs digits
        if label == "MONEY" and unit_word in ("元", "圆") and not (pre or curpre or n2 is not None or fuzz1) \
                and len(w1) <= 2 and _CN_SMALL.fullmatch(w1) and _PLACE_AFTER.match(folded, end):
            return None                                      # 三元区, 九元村, 三元桥: a place name
        as_written = label == "PERCENT" and factor == 1      # 4.0%, 100.00%: the digits as written
        qualifier = "exact"
        low = high = value = None
        if n2 is not None:
            if range2 is not None and range2[1] is None:
                return None                                  # 几十万到上百万元: no upper bound stated
            lo = n1 if range1 is None else range1[0]
            hi = n2 if range2 is None else range2[1]
            if not u1:
                lo = _distribute(w1, w2, lo, hi)
            if lo > hi:
                return None
            if as_written:
                lo = _written(w1, lo, sign)
                hi = _written(w2, hi, None)
            low, high, qualifier = _scaled(lo, factor, as_written), _scaled(hi, factor, as_written), "range"
        elif range1 is not None and range1[1] is None:
            value = low = scale(range1[0], factor)           # 上亿元: at least a hundred million
            qualifier = "at_least"
        elif range1 is not None:
            low, high = scale(range1[0], factor), scale(range1[1], factor)
            qualifier = "approx" if _VAGUE_RE.match(w1) else "range"
        else:
            if as_written:
                n1 = _written(w1, n1, sign)
            value = _scaled(n1, factor, as_written)
            if m["jiao"] and _COLLOQUIAL_JIAO.fullmatch(unit_word) and not _ROW_NUMBER_CELL.fullmatch(w1):
                return None                                  # 3元5 is 3.5, but 1200元5 or 3.2万元5?
            if m["jiao"] or m["fen"] or m["cents"]:
                value = scale(value + self._subunits(m), 1)
            elif cur in ("块", "块钱") and folded[end:end + 1] in _CN_DIGIT_SET:
                return None                                  # 三块五一斤: 3.5 or 3 and a count?
            elif cur == "块" and (w1 == "一" or _CLASSIFIER_NEXT.match(folded, end)
                                  or _PIECES_BEFORE.search(folded, max(0, n1_start - 4), n1_start)):
                return None                                  # 三块篮球场, 建一块, 分为两块, ≥2600块: 块 counts things
        if post in ("以内", "之内") and not pre and not perpost and _LIMIT_NOUN.search(folded, max(0, start - 8), start):
            end, post = m.start("post"), None                # 控制在限额10.6亿元以内: the limit's own value
        if pre and qualifier != "range":
            qualifier = self._pre_words[pre] if value is not None else qualifier
        elif post and value is not None:
            qualifier = self._post_words[post]
        elif (fuzz1 or fuzz2) and value is not None:
            qualifier = "approx"                             # 400余万元, 90多亿元: about, no bound
        elif value is not None and label == "MONEY":
            window = folded[max(0, start - 16):start]
            if "最" in window or "不" in window or "至" in window:
                bound = self._bound_before.search(folded, max(0, start - 16), start)
                if bound:                                    # 最高补助5000万元
                    qualifier = self._pre_words[bound["q"]]
            if "限" in window:
                limit = _LIMIT_BEFORE.search(folded, max(0, start - 14), start)
                if limit:                                    # 补贴上限为(每户)1200元, 下限为300元, 年度最高支付限额40万元
                    qualifier = "at_least" if limit["low"] else "at_most"
        if value is not None:
            if qualifier in ("more_than", "at_least"):
                low = value
            elif qualifier in ("at_most", "less_than"):
                high = value
        top = value if value is not None else high
        if top is not None and (top >= _TOO_LARGE or (low if low is not None else top) <= -_TOO_LARGE):
            return None                                      # beyond any report: a misreading
        per, cue = None, None
        if perpre or perpost:
            per = self._per_written(text, m)
            if per and perpre and m.end("perpre") <= start:
                cue = (m.start("perpre"), m.end("perpre"))
                single = _SINGLE_BEFORE.search(folded, max(0, cue[0] - 9), cue[0])
                if single:                                   # 单个见习基地每年最高…: 见习基地·年
                    per = text[single.start(1):single.end(1)] + "·" + per    # (the cue stays 每年: 见习基地 is what is paid)
        elif label == "MONEY":
            per, cue = self._per_before(folded, text, start, max(start, m.end("pre")))
            if per is None:
                per = self._per_product(folded, text, start, end)
        kind = KINDS[label]
        q = Quantity(text=text[start:end], kind=kind, value=value, low=low, high=high,
                     unit=unit, qualifier=qualifier, per=per)
        return QuantityMatch(start, end, q, per_cue=cue)

    def _unit(self, word: str) -> tuple[str | None, str | None, Decimal]:
        """(label, normalized unit, factor) for the unit word after a number."""
        if not word:
            return "QUANTITY", None, Decimal(1)     # 36.8万参保人员: a count without a measure word
        if word in ("%", "％"):
            return "PERCENT", "%", Decimal(1)
        if word == "‰":
            return "PERCENT", "%", Decimal("0.1")
        if word == "‱":
            return "PERCENT", "%", Decimal("0.01")
        if word in ("k", "K"):
            return "MONEY", "CNY", Decimal(1000)
        if word == "w":
            return "MONEY", "CNY", Decimal(10000)
        if word in self.lexicon.units:
            label, unit = self.lexicon.units[word]
            return label, unit, Decimal(1)
        if word[:1] in "角毛":
            return "MONEY", "CNY", Decimal("0.1")
        head = self._currency_head.match(word)
        if head:
            cur = head.group()
            return "MONEY", self.lexicon.currencies[cur], self.lexicon.currency_factors.get(cur, Decimal(1))
        return None, None, Decimal(1)

    def _money_code(self, m: regex.Match, before: str | None) -> str | None:
        """The currency of an amount: a specific word (港币, 美元, 日币) before the number or after
        元 wins over the generic 元; two different specific currencies are a contradiction."""
        codes = {before} if before else set()
        if m["cur"] and m["cur"] not in GENERIC_CURRENCY:
            codes.add(self.lexicon.currencies[m["cur"]])
        if m["cur2"]:
            codes.add(self.lexicon.currencies[m["cur2"]])
        if len(codes) > 1:
            return None
        return codes.pop() if codes else "CNY"

    def _subunits(self, m: regex.Match) -> Decimal:
        """角/分 after 元 (三万零二十元五角八分 adds 0.58) and cents after a currency
        (五美元又二十美分 adds 0.20)."""
        extra = Decimal(0)
        if m["jiao"]:
            extra += parse_number(m["jiao"].lstrip("零")) * Decimal("0.1")
        if m["fen"]:
            extra += parse_number(m["fen"].lstrip("零")) * Decimal("0.01")
        if m["cents"]:
            extra += parse_number(m["cents"]) * Decimal("0.01")
        return extra

    def _bare(self, m: regex.Match, before: str | None) -> tuple[str | None, str | None, Decimal]:
        """A number with 万/亿 (or after a currency word) and no unit after it: money when a
        currency stands before it, when a money word stands right before it (投资3.2亿) or a fund
        noun right after it (3亿中央财政资金), or for 个亿; a count when a measure word follows;
        else a count without a measure word if a noun follows (36.8万参保人员), or nothing."""
        folded = m.string
        if before:
            return "MONEY", before, Decimal(1)
        after_at = m.end("n1")
        nxt = folded[after_at:after_at + 1]
        follows_han = bool(nxt) and _ONE_HAN.match(nxt) is not None
        if follows_han and self._measure_after.match(folded, after_at):
            return "QUANTITY", None, Decimal(1)
        if self._money_after.match(folded, after_at) \
                or self._money_before.search(folded, max(0, m.start() - 16), m.start()) \
                or ("个亿" in m["n1"] and (not follows_han or nxt == "的")):
            return "MONEY", "CNY", Decimal(1)
        if "个亿" in m["n1"]:
            return None, None, Decimal(1)
        if follows_han:
            return "QUANTITY", None, Decimal(1)
        return None, None, Decimal(1)

    def _per_written(self, text: str, m: regex.Match) -> str | None:
        parts: list[str] = []
        if m["perpre"]:
            chunks = text[m.start("perpre"):m.end("perpre")].split("每")[1:]
            for k, chunk in enumerate(chunks):
                classifier = _PER_CLASSIFIER.match(chunk)
                whole = chunk[classifier.end():] if classifier else ""
                if k == 0 and classifier and self._grant_verb is not None \
                        and self._grant_verb.match(fold_width(whole)):
                    # 对典型镇每个奖补1000万元: no noun after 每个, the one before it is the rate's
                    if fold_width(classifier.group().lstrip("一")) in self._per_nouns:
                        noun = classifier.group().lstrip("一")    # 每家奖励5万元, 每套补贴1200元: the classifier, as written
                    else:
                        noun = self._noun_before(text, m.start("perpre"))
                    if noun is None:
                        return None
                    parts.append(noun)
                    continue
                # 每个见习基地每年: a long noun before another 每 is kept whole (as after 单个)
                if len(whole) >= 4 and k + 1 < len(chunks) and not self._grant_verb.search(fold_width(whole)):
                    end = self._noun_end(fold_width(whole))
                    noun = self._per_noun(whole[:end]) if end else whole    # 每个脱贫村按每年: 村 (a kind of village, as in _per_noun)
                else:
                    noun = self._per_noun(chunk)
                if not noun or noun == "个" or _NOT_PER.search(fold_width(noun)):
                    return None                              # 每个人民币…: no rate noun
                parts.append(noun)
        if m["perpost"]:
            parts.extend(p for p in _PER_SPLIT.split(text[m.start("perpost"):m.end("perpost")]) if p)
        return "·".join(parts) or None

    def _noun_before(self, text: str, at: int) -> str | None:
        """The rate noun that ends right before `at` (对验收合格的村|每个补助, 示范乡镇的|每个), not
        a classifier (个, 位, 家 …), or None."""
        if text[at - 1:at] == "的":
            at -= 1                                         # 示范乡镇的每个
        before = fold_width(text[max(0, at - 6):at])
        for i in range(len(before)):
            noun = before[i:]
            if noun in self._per_nouns and noun not in _CLASSIFIERS:
                return text[at - len(noun):at]              # (not 位 of 单位: a classifier is no noun here)
        return None

    def _per_noun(self, chunk: str) -> str:
        """每个托位 → 托位, 每个试点村 → 村, 每位收取… → 位: the rate noun of a 每 phrase, as
        written."""
        if fold_width(chunk) in self._per_nouns:
            return chunk                                    # 家庭农场: not the classifier 家
        classifier = _PER_CLASSIFIER.match(chunk)
        chunk = chunk[classifier.end():] if classifier else chunk
        folded = fold_width(chunk)
        verb = self._grant_verb.search(folded, 1) if self._grant_verb is not None else None
        if verb is not None:                                # 每个点补助…, 每個縣給予…: the noun ends there
            chunk, folded = chunk[:verb.start()], folded[:verb.start()]
        if folded in self._per_nouns:
            return chunk
        for i in range(1, len(folded)):
            if folded[i:] in self._per_nouns and folded[i:] not in _CLASSIFIERS:
                return chunk[i:]                            # 试点村 → 村 (not 间 of 车间)
        if classifier and classifier.group().lstrip("一") in self._per_nouns:
            return classifier.group().lstrip("一")     # 每位收取100元: the classifier is the noun
        end = self._noun_end(folded)
        if end:                                             # 每个镇安排300万元: the noun ends at 镇
            return self._per_noun(chunk[:end])
        return chunk

    def _noun_end(self, folded: str) -> int | None:
        """Where the last rate noun of `folded` (not a classifier) ends when a word that ends a
        rate's noun (a verb of granting, 按, 以 …) follows it (镇安排 → 1, 脱贫村按 → 3); None
        otherwise (村卫生室, 村落: one noun)."""
        for end in range(len(folded) - 1, 0, -1):
            if not self._rate_noun_end.match(folded, end):
                continue
            for i in range(end):
                if folded[i:end] in self._per_nouns and folded[i:end] not in _CLASSIFIERS:
                    return end
        return None

    def _per_product(self, folded: str, text: str, start: int, end: int) -> str | None:
        """The rate of an amount multiplied by counts of rate nouns (96人×100元 → 人; 18人×3个月×
        1200元 → 人·月): the counts' nouns, periods last; None outside such a product."""
        if not _PRODUCT_SIGN.search(folded, max(0, start - 30), min(len(folded), end + 3)):
            return None                                     # (no product sign near: most amounts)
        before = self._factors_before.search(folded, max(0, start - 30), start)
        after = self._factors_after.match(folded, end)
        nouns = [text[s:e] for hit in (before, after) if hit is not None for s, e in hit.spans("noun")]
        if not nouns:
            return None
        nouns.sort(key=lambda n: n in _PERIOD_NOUNS)
        return "·".join(nouns)

    def _per_before(self, folded: str, text: str, start: int,
                    number: int | None = None) -> tuple[str | None, tuple[int, int] | None]:
        """The rate's denominator written earlier in the amount's clause (每县…1000万元,
        人均可支配收入31096元, 单项资金原则上不超过50万元), or None. A total after a breakdown
        (每村5万元共计100万元) takes no rate. Also the offsets of the words read."""
        lo = max(0, start - 60)
        window = folded[lo:start]
        if "每" not in window and "均" not in window and "单" not in window and "各" not in window:
            return None, None
        cut = None
        for cut in _CLAUSE_END.finditer(folded, lo, start):
            pass
        seg = cut.end() if cut is not None else lo
        if not any(c in folded[seg:start] for c in "每均单各"):
            return None, None
        cue = None
        # (searched up to the number, so that a bound written with the amount, 每校|最高8万元,
        # is seen after its rate's noun; the cue itself ends before the amount)
        last = None
        for cue in self._per_cue.finditer(folded, seg, number or start):
            if cue.end() > start:
                break
            last = cue
        cue = last
        if cue is None:
            return None, None
        between = folded[cue.end():start]
        if _TOTAL.search(between) and any(c.isdigit() for c in between):
            return None, None
        if _CLOSED.search(between):
            return None, None                               # （共62户，每户300元）——18,600元: the rate stayed inside
        if self._rate_closed.search(between):
            return None, None                               # 按照每生每年720元的标准拨付…2480万元: the rate was the standard's
        nouns = [text[s:e] for s, e in cue.spans("noun")] + [text[s:e] for s, e in cue.spans("period")]
        return "·".join(nouns) or None, (cue.start(), cue.end())

    def _tables(self, folded: str, text: str) -> Iterator[QuantityMatch]:
        """Bare numbers in the rows of a table: under a unit header (单位：万元, 单位（万元）,
        金额单位：亿元, a title ending in （万元）) amounts in that unit, and in a column whose
        header states its unit (金额（万元）) amounts in that column's unit; each with its row
        label. A column headed by %/增长/占… gives percentages, a column of counts, codes or
        measures (序号, 户数, 面积（亩）) nothing; without a stated unit there is no money."""
        read: set[int] = set()                              # lines already read in a table
        headers = [h for h in self._unit_header.finditer(folded) if not _column_unit_line(folded, h)]
        for k, h in enumerate(headers):
            if h["cur"] is None:
                # 单位：亩、元/亩、万元: one unit per column of numbers, in order
                yield from self._unit_list_table(folded, text, h.end(), read, h.start())
                continue                                    # 单位：人, 单位：% — not money
            stop = headers[k + 1].start() if k + 1 < len(headers) else len(folded)
            label, unit, factor = self._unit(h["cur"])
            if label != "MONEY":
                continue
            factor *= parse_number("1" + h["mag"]) if h["mag"] else 1
            line_start = folded.find("\n", h.end())
            eol = len(folded) if line_start < 0 else line_start
            # 单位：万元、%: some columns are shares; a row is read only by its header
            shares = bool(_SHARE_UNIT.search(folded, h.end(), eol))
            per = self._rate_noun(h["per"])
            # …计划表 单位：万元 序号 项目名称 … 1 产业路 120 …: a table on the unit's own line
            yield from self._flat_after(folded, text, h.end(), eol, (unit, factor, per), read,
                                        bool(_SHARE_AFTER.match(folded, h.end(), eol)))
            if line_start < 0:
                continue
            # 单位：万元、亩: some columns hold another unit; a row is read only by its header
            strict = bool(_SECOND_UNIT.match(folded, h.end(), eol))
            yield from self._table_rows(folded, text, line_start + 1, stop, (unit, factor, per), read,
                                        shares or strict, strict, self._header_after(folded, h.end(), eol))
            if not per and not shares and _ALONE_ON_LINE.fullmatch(folded, folded.rfind("\n", 0, h.start()) + 1, eol):
                # a table's unit printed under it (…公务接待费|4.60|3.20⏎（单位：万元）⏎三、其他说明)
                yield from self._unit_under_table(folded, text, folded.rfind("\n", 0, h.start()) + 1, eol,
                                                  (unit, factor, per), read)
            if not per and not shares and not strict and _ALONE_ON_LINE.fullmatch(
                    folded, folded.rfind("\n", 0, h.start()) + 1, eol):
                # （单位：万元） alone on its line over a page of prose: 收入预算合计 38426.71
                yield from self._unit_prose(folded, text, line_start + 1, stop, (unit, factor), read)
        for m in _ITEMS_UNIT.finditer(folded):
            yield from self._unit_items(folded, text, m)
        if _COLUMN_HINT.search(folded):
            for m in _KEY_VALUE.finditer(folded):
                label = _KEY_LABEL.search(folded, max(0, m.start() - 12), m.start())
                if label is None:
                    continue
                if "\n" in folded[m.start():m.start("n")] and _row_number_or_year(folded, m["n"], m.end("n")):
                    continue                        # 补助金额（元）⏎11⏎张三, ⏎3⏎4800: a header, then a row's number; ⏎2023: a year
                _, code, factor = self._unit(m["cur"])
                factor *= parse_number("1" + m["mag"]) if m["mag"] else 1
                per = self._rate_noun(m["per"])
                if m["per"] and per is None:
                    continue                                # 元/XX: a rate whose noun is not known
                yield _figure(text, m.start("n"), m.end("n"), m["n"], code, factor, per, row=label.span())
                # the parts of a total written on the lines after it, each a key and its value
                # (年度资金总额(万元) | 356 ⏎ 其中：中央资金 | 210 ⏎ 省级资金 | 86): the total's unit
                pos = folded.find("\n", m.end("n"))
                while per is None and pos >= 0:
                    part = _KEY_PART.match(folded, pos + 1)
                    if part is None or not self._column_part.fullmatch(part["key"]):
                        break
                    yield _figure(text, part.start("n"), part.end("n"), part["n"], code, factor, None,
                                  row=part.span("key"))
                    pos = part.end()
            for m in _COLUMN_UNIT_AT.finditer(folded):
                ls = folded.rfind("\n", 0, m.start()) + 1
                if ls in read:
                    continue
                le = folded.find("\n", m.end())
                le = len(folded) if le < 0 else le
                if _PROSE.search(folded, ls, le):
                    continue
                if len(row_tokens(folded[ls:le], ls)[0]) >= 2:
                    yield from self._table_rows(folded, text, ls, len(folded), None, read)
                    continue
                below = self._header_below(folded, le)
                if below is not None:
                    # 金额（元） on its own line over a header row (序号 社区 户数 人数 金额): the unit
                    # of the columns the header names as money; a row is read only by its header
                    _, code, factor = self._unit(m["cur"])
                    factor *= parse_number("1" + m["mag"]) if m["mag"] else 1
                    read.add(ls)
                    yield from self._table_rows(folded, text, below, len(folded),
                                                (code, factor, self._rate_noun(m["per"])), read, True, True,
                                                money_named=True)
                    continue
                # one cell per line: the column names start a few lines up
                start, lines = ls, 0
                while start > 0 and lines < 12:
                    prev = folded.rfind("\n", 0, start - 1) + 1
                    above = folded[prev:start - 1]
                    if not above.strip() or _PROSE.search(above) or _CELL_NUMBER.fullmatch(above.strip()) \
                            or _TABLE_TITLE.search(above) or len(row_tokens(above, prev)[0]) != 1 \
                            or (_ASIDE_LINE.fullmatch(above) and not _UNIT_ALONE.fullmatch(above.strip())) \
                            or len(above.strip()) >= 8 and _document_title(above) or _SECTION_LINE.match(above):
                        break                               # (a table's title or a section's heading is no header cell)
                    start, lines = prev, lines + 1
                if start in read:
                    continue
                found = self._cell_per_line(folded, text, start, len(folded), None, read)
                if found:
                    yield from found

    def _unit_under_table(self, folded: str, text: str, ls: int, le: int, unit: tuple, read: set[int]
                          ) -> Iterator[QuantityMatch]:
        """A unit alone on its line right under a table that states none, when no table follows
        it (the next lines hold no row of figures): the unit of the table above,
        as PDF text puts a unit printed at the table's foot (with a table in the next four lines
        the unit may be that one's: nothing). Read by the table's header only."""
        if ls == 0:
            return
        for _ in range(4):                                  # a table below: the unit may be its own
            if le >= len(folded):
                break
            nxt = folded.find("\n", le + 1)
            nxt = len(folded) if nxt < 0 else nxt
            tokens = row_tokens(folded[le + 1:nxt], le + 1)[0]
            if any(t[3] == "num" for t in tokens) and len(tokens) >= 2:
                return
            le = nxt
        start, rows = ls, 0
        while start > 0:
            prev = folded.rfind("\n", 0, start - 1) + 1
            line = folded[prev:start - 1]
            tokens = row_tokens(line, prev)[0]
            if not line.strip() or prev in read or len(tokens) < 2 or _PROSE.search(line) and not _aligned_row(line):
                break
            rows += any(t[3] == "num" for t in tokens)
            start = prev
        if rows >= 2 and start < ls:
            yield from self._table_rows(folded, text, start, ls, unit, read, True, True)

    def _unit_prose(self, folded: str, text: str, start: int, stop: int,
                    unit: tuple[str, Decimal], read: set[int]) -> Iterator[QuantityMatch]:
        """Under a money unit written alone on its line (（单位：万元）), the page's bare numbers
        in running text are in that unit where a word of money stands right before them
        (收入预算合计 38426.71, 公务接待费 2.80, 教育支出|35107.66, 比上年减少 2.40): a budget
        publicity page states its unit once. A number followed by a unit, a word or a share
        is not one of them, nor a figure at a line's end before another (合计 20.5 766.09: a
        table's row), nor anything after the next unit line; only lines of prose are read, and
        a line of a label, a bar and a figure. The words are page_words.tsv's."""
        code, factor = unit
        words = self._page_words
        end = min(stop, start + 4000)
        while start < end:
            eol = folded.find("\n", start, end)
            eol = end if eol < 0 else eol
            pair = _LABEL_BAR_NUMBER.fullmatch(folded, start, eol)
            if pair is not None and words["noun"].search(pair["label"]) and not words["count"].search(pair["label"]):
                # 教育支出|35107.66: a line of a label and its figure, drawn with a bar
                yield _figure(text, pair.start("n"), pair.end("n"), pair["n"], code, factor, row=pair.span("label"))
                start = eol + 1
                continue
            if start in read or not _PROSE.search(folded, start, eol):
                start = eol + 1                             # a table's row, a heading: not prose
                continue
            last_end = None                                 # the end of the last figure taken
            for m in self._prose_figure.finditer(folded, start, eol):
                label = _PHRASE_START.search(folded, max(start, m.start() - 24), m.start("label"))
                phrase = folded[label.start() if label else m.start("label"):m.end("label")]
                if words["count"].search(phrase):
                    last_end = None
                    continue                                # 人数合计 1260, 在职人员, 涉及项目: counts
                if m["label"] in self.lexicon.page_words.get("change", ()) and not (
                        last_end is not None and _CHANGE_AFTER.fullmatch(folded, last_end, m.start("label"))):
                    continue                                # 比上年减少 2: only right after an amount
                if m["label"] in self.lexicon.page_words.get("total", ()) and not words["noun"].search(phrase):
                    continue                                # …合计 45: a total of what?
                last_end = m.end("n")
                yield _figure(text, m.start("n"), m.end("n"), m["n"], code, factor,
                              row=(label.start() if label else m.start("label"), m.end("label")))
            start = eol + 1

    @cached_property
    def _page_words(self) -> dict[str, regex.Pattern]:
        """The nouns of money and of counts of page_words.tsv, each as one pattern."""
        return {kind: compiled(alternation(self.lexicon.page_words.get(kind, ())) or "(?!)")
                for kind in ("noun", "count")}

    @cached_property
    def _prose_figure(self) -> regex.Pattern:
        """A word of money (money_words.tsv `before`, page_words.tsv `money`) and a bare number
        after it, with at most 为/达/是, a colon, a bar or a space between."""
        words = alternation([*self.lexicon.money_before, *self.lexicon.page_words.get("money", ())])
        return compiled(rf"(?P<label>(?:{words}))(?:为|达|是|[:：|｜])?[ \u3000]?"
                        r"(?P<n>(?<![0-9.])-?[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]{1,4})?(?![0-9.,]*[0-9])|"
                        r"(?<![0-9.])-?[0-9]{1,12}(?:\.[0-9]{1,4})?)"
                        r"(?=[ \u3000]*(?:[,，。；;、:：)）(（]|$))", regex.M)

    def _unit_items(self, folded: str, text: str, head: regex.Match) -> Iterator[QuantityMatch]:
        """After a unit in parentheses (（单位：元）：, 收入（万元）：), items of a label and a bare
        number in running text, each an amount in that unit with its label as row: sentence by
        sentence to the end of the paragraph, while every item of a sentence is such a pair
        (上级补助资金45000；租金收入12000；合计57000。 二、支出部分：1.村干部报酬31200；…); a
        sentence with anything else (a count, a share, an amount with its own unit) ends them."""
        _, code, factor = self._unit(head["cur"])
        factor *= parse_number("1" + head["mag"]) if head["mag"] else 1
        line_start = folded.rfind("\n", 0, head.start()) + 1
        # a heading line of numbered sections (一、收入部分（单位：元）：…) carries its unit to the
        # sections after it on the lines below (二、支出部分：…), while they are items throughout
        sections = bool(_SECTION.match(folded, line_start, head.start()))
        end = folded.find("\n", head.end())
        end = len(folded) if end < 0 else end
        pos, out, limit = head.end(), [], head.end() + 3000
        below, longest = False, 30
        if not folded[pos:end].strip() and end < len(folded):     # the items on the next line
            pos, below, longest = end + 1, True, 15                # (a list, of short labels)
            end = folded.find("\n", pos)
            end = len(folded) if end < 0 else end
            pairs = _label_number_lines(folded, pos, self._no_amount_label)
            if pairs:                   # 资金情况（万元）⏎年度资金总额⏎1180⏎其中：中央补助⏎620
                for (ls, le), (ns, ne) in pairs:
                    head_of = _ITEM_HEADING.match(folded, ls, le)
                    yield _figure(text, ns, ne, folded[ns:ne], code, factor, row=(head_of.end() if head_of else ls, le))
                return
        while pos < end:
            stop = folded.find("。", pos, end)
            stop = end if stop < 0 else stop
            items, at, depth, scanned = [], pos, 0, pos
            for sep in _ITEM_SPLIT.finditer(folded, pos, stop):
                depth, scanned = _bracket_depth(folded, scanned, sep.start(), depth), sep.end()
                if depth:
                    continue                      # 上级拨入 402,000.00（其中：A 150,000.00；B 252,000.00）: one item
                items.append((at, sep.start()))
                at = sep.end()
            items.append((at, stop))
            if not folded[items[-1][0]:items[-1][1]].strip():
                items.pop()
            sentence, neutral = [], 0
            for s, e in items:
                m = _ITEM.fullmatch(folded, s, e)
                if m is None:
                    if self._neutral_item(folded, s, e):
                        neutral += 1              # 1.产业便道硬化，建设规模1.8公里，总投资38.6: the item's name, its size
                        continue
                    break
                sentence.append(m)
            else:
                sentence = sentence if items else []
            complete = len(sentence) + neutral == len(items)
            stop_at = next((i for i, m in enumerate(sentence) if self._not_an_amount(m)), None)
            if stop_at is not None:               # 党员：46, 联系电话：… — no amount ends the list
                sentence, complete = sentence[:stop_at], True
            if not sentence or not complete or any(_label_length(m) > longest for m in sentence):
                break
            for m in sentence:
                ls, le = m.span("label")
                head_of = _ITEM_HEADING.match(folded, ls, le)     # 支出部分：1.村干部报酬 → 村干部报酬
                out.append(_figure(text, m.start("n"), m.end("n"), m["n"], code, factor,
                                   row=(head_of.end() if head_of else ls, le)))
                if m["parts"] is not None:        # （其中：A 150,000.00；B 252,000.00）: its parts, items too
                    for part in _aside_items(folded, *m.span("parts")):
                        out.append(_figure(text, part.start("n"), part.end("n"), part["n"], code, factor,
                                           row=part.span("label")))
            if stop_at is not None:
                break
            pos = stop + 1
            if pos >= end and end < min(len(folded), limit) and (below or sections and _SECTION.match(folded, end + 1)):
                # the next line: a section of the heading's (二、支出部分：…), or, for items
                # below the unit, the next line of the list (one item or a few per line)
                pos = end + 1
                end = folded.find("\n", pos)
                end = len(folded) if end < 0 else end
        if below and len(out) < 2:
            return                                  # a list is two items or more
        yield from out

    def _neutral_item(self, folded: str, s: int, e: int) -> bool:
        """Is an item of a list of amounts under a stated unit one that holds no amount and may
        stand among them: the name of what the next items are of (1.产业便道硬化, 序号2：项目名称
        人居环境整治), with no figure, or a size with its own unit of measure (建设规模1.8公里)?"""
        lead = _ITEM_NUMBER.match(folded, s, e)
        body = folded[lead.end() if lead else s:e].strip()
        if not body or len(body) > 40 or not _HAN.search(body):
            return False
        return not _ANY_DIGIT.search(body) or bool(self._size_item.search(body))

    @cached_property
    def _size_item(self) -> regex.Pattern:
        units = [w for w, (label, _) in self.lexicon.units.items() if label not in ("MONEY", "PERCENT")]
        return compiled(rf"^[^0-9]*[0-9]+(?:\.[0-9]+)?\s*(?:{alternation([*self.lexicon.measure_words, *units])})$")

    def _not_an_amount(self, item: regex.Match) -> bool:
        """Is a line item's number no amount of money, so that a list of amounts ends at it: its
        label counts people, households or things (党员：46, 收入笔数：6: a counted noun ending it
        and a whole number below 1000), names a measure, a code or a date (耕地面积, 联系电话:
        `not_money_labels.txt`) or states a unit of its own that is not money (面积（亩）, 占比（%）);
        or its number is a single digit (打印机：2) or a run of seven or more digits with no
        separator (a phone number, a date: 13909391234, 20240715)?"""
        n = item.group("n").lstrip("-−")
        whole = "." not in n and "," not in n
        if whole and (len(n) == 1 or len(n) >= 7):
            return True
        label = item.group("label")
        if self._not_money_label.search(label) or _CHANGE_RATE_LABEL.search(label):
            return True
        aside = _UNIT_ASIDE.search(label)
        if aside is not None and "元" not in aside.group("u") and aside.group("u") in self._aside_units:
            return True
        if not whole or len(n) > 3:
            return False
        return _ASIDE.sub("", label).endswith(self._count_labels)

    def _no_amount_label(self, label: str) -> bool:
        """Does a label name no amount of money: a count (户数), a measure or a code (面积,
        联系电话: `not_money_labels.txt`, `count_labels.txt`), a share (占比, 增长率)?"""
        label = label.strip()
        return bool(self._not_money_label.search(label) or label.endswith(self._count_labels)
                    or _PERCENT_COLUMN.search(label) or _TIME_LABEL.search(label))

    @cached_property
    def _not_money_label(self) -> regex.Pattern:
        return compiled(alternation(self.lexicon.not_money_labels) or "(?!)")

    @cached_property
    def _aside_units(self) -> frozenset[str]:
        """Units a label may state in brackets that are not money (亩, 米, 千瓦, %, 户, 月)."""
        units = {w for w, (label, _) in self.lexicon.units.items() if label != "MONEY"}
        return frozenset(units | set(self.lexicon.count_labels) | {"%", "％", "‰", "月", "天", "年", "日", "个月"})

    @cached_property
    def _count_labels(self) -> tuple[str, ...]:
        return tuple(self.lexicon.count_labels)

    def _writes_thousands_spaced(self, folded: str) -> bool:
        """Does the text write an amount's thousands with a space where nothing else may be meant:
        right after a word (合计170 350元), after a money word (支出 3 210.75元) or with a group no
        number starts with (1 000元)? Then its other spaced amounts (一组 42 560元) are read so too."""
        for m in _SPACED_MONEY.finditer(folded):
            if m["joined"] is not None or " 0" in m.group() or self._money_before.search(folded, max(0, m.start() - 25), m.start()):
                return True
        return False

    def _columns(self, cells: list[tuple], unit: tuple[str, Decimal] | None, money_named: bool = False) -> list[tuple]:
        """What each column of a header line holds: ("money", code, factor, per), ("percent",),
        ("other",) for counts, codes and measures, ("index",) or ("text",) for labels. With
        `money_named`, a column takes the table's unit only when its name is a money word or a
        total (合计); any other column is left unread."""
        kinds: list[tuple] = []
        stated = inherited = None           # 下达资金（万元） 其中：中央 省级: the parts take its unit
        stated_name = ""
        for cell in cells:
            c = _SPACES.sub("", cell[0])
            u = _COLUMN_UNIT.fullmatch(c)
            paren = _PAREN_UNIT.search(c)
            span = _Span((cell[1], cell[2]))
            if u is None and stated is not None and (
                    (inherited or c.startswith("其中") or _TOTAL_COLUMN.match(stated_name) and not _BARE_LEVEL.fullmatch(c))
                    and self._column_part.fullmatch(c)
                    or self._column_amount.fullmatch(c) and self._column_amount.fullmatch(stated_name)):
                # 合计（万元） 中央资金 省级资金: the parts of a total; 预算数（万元） 决算数: figures
                # of one kind, the first column's unit
                inherited = stated
                kinds.append(("money", *stated, span))
                continue
            inherited = None
            if u is not None:
                _, code, factor = self._unit(u["cur"])
                kinds.append(("money", code, factor * (parse_number("1" + u["mag"]) if u["mag"] else 1),
                              self._rate_noun(u["per"]) or self._column_rate(c), span))
                stated = kinds[-1][1:4] if kinds[-1][3] is None else None
                stated_name = c[:_COLUMN_UNIT_AT.search(c).start()]      # 合计（万元）: 合计
                continue
            stated = None
            if self._column_index.fullmatch(c):
                kinds.append(("index",))
            elif _TIME_COLUMN.fullmatch(c):
                kinds.append(("text",))
            elif _EITHER_COLUMN.fullmatch(c):
                kinds.append(("either", *unit, span) if unit is not None else ("text",))
            elif self._column_code.search(c):
                kinds.append(("code",))                     # 身份证号: long or masked numbers
            elif _PERCENT_COLUMN.search(c):
                kinds.append(("percent",))
            elif paren is not None and self._column_place.search(c, 0, paren.start()) \
                    and self._column_place.search(paren["u"]) and not self._column_money.search(c):
                kinds.append(("text",))                     # 村（组）, 乡镇（街道）: names, the bracket says which
            elif _OTHER_COLUMN.search(c) or self._column_other.search(c) or self._column_count.search(c) \
                    or (paren is not None and self._measure_word(paren["u"])):
                kinds.append(("other",))
            elif self._column_text.search(c) and not self._column_money_head.search(c) \
                    or (not self._column_money.search(c) and self._column_place.search(c)):
                kinds.append(("text",))
            elif unit is not None and c.startswith("其中") and kinds and kinds[-1][0] == "money":
                kinds.append(("money", *unit, span))        # 本季支出 其中：公益事业: a part of the column before
            elif unit is not None and (not money_named or self._column_money.search(c) or _TOTAL_COLUMN.match(c)):
                kinds.append(("money", *unit, span))
            else:
                kinds.append(("unknown", span))             # a column table: only its money columns
        return kinds

    def _column_rate(self, name: str) -> str | None:
        """单台补贴额（元）, 每亩补助（元）: a column of rates per the noun after 单/每, when it is
        a rate noun (台, 亩, 户 …; not 单价, whose noun the header does not say)."""
        m = _COLUMN_RATE.match(name)
        if m is None:
            return None
        noun = m.group("n")
        for k in range(min(4, len(noun)), 0, -1):
            if fold_width(noun[:k]) in self._per_nouns and not (k == 1 and noun[:1] in "个位"):
                return noun[:k]
        return None

    def _rate_noun(self, written: str | None) -> str | None:
        """人·月 in 元/人·月: the rate of a unit header or column, when its nouns are rate nouns."""
        if not written:
            return None
        parts = _PER_SPLIT.split(written)
        return "·".join(parts) if all(p in self._per_nouns for p in parts) else None

    def _sizes_written(self, tokens: list[tuple]) -> bool:
        """Does a row write its sizes with their units and put every bare number right after one
        or after a total word (东浩特 禁牧 6840亩 51300.00 草畜平衡 11200亩 28000.00 小计 79300.00)?
        Then each bare number is the amount of that size, or their sum, in the table's unit. A bare number after a word (邮编 014010, 男 72, 批次 2)
        or beside another (张大明 12.5 467) may be anything."""
        numbers = [i for i, t in enumerate(tokens) if t[3] != "text"]
        return bool(numbers) and all(i > 0 and tokens[i - 1][3] == "text" and (
            self._size_cell(tokens[i - 1][0]) or _TOTAL_COLUMN.match(_SPACES.sub("", tokens[i - 1][0])))
            for i in numbers) and any(self._size_cell(t[0]) for t in tokens if t[3] == "text")

    def _names_money_columns(self, tokens: list[tuple], unit) -> bool:
        """Do the words opening a line name a column of money by its header (项目  金额（元）  项目
        金额（元） …): then the line is a header with its rows; a row of a person's or a village's
        cells (张三  家庭人口  3  劳动力  2) is not."""
        lead = []
        for t in tokens:
            if t[3] != "text":
                break
            lead.append(t)
        return len(lead) >= 2 and any(k[0] == "money" and len(k) > 4 and _COLUMN_UNIT.fullmatch(_SPACES.sub("", c[0]))
                                      for c, k in zip(lead, self._columns(lead, unit, money_named=True)))

    def _size_cell(self, cell: str) -> bool:
        """A cell of a figure and its unit of measure (1.6公里, 1200平方米, 86盏), not a name
        that opens with a number (110指挥中心, 12345热线)."""
        if cell.startswith("第") or not _SIZE_TEXT.fullmatch(cell):
            return False                                    # (第3页: an ordinal)
        unit = _SIZE_UNIT_END.search(cell)
        return unit is not None and self._measure_word(unit.group())     # 长380米宽2米, 容积50立方米

    def _column_name(self, cell: str) -> bool:
        """Does a cell hold a word of table_columns.tsv (乡镇, 金额, 户数, 序号): a column's whole name?"""
        return bool(self._column_index.fullmatch(cell) or self._column_money.search(cell)
                    or self._column_text.search(cell) or self._column_place.search(cell)
                    or self._column_other.search(cell) or self._column_count.search(cell))

    def _field_line(self, tokens: list[tuple]) -> bool:
        """Is a line of words a form's fields, not a table's header: a field and its value (主管部门
        沧源佤族自治县交通运输局; 项目名称 山洪沟道治理工程), or two such pairs -- the fields are words of
        table_columns.tsv (kind field), or the value is long or names no column?"""
        if len(tokens) not in (2, 4) or any(t[3] != "text" for t in tokens):
            return False
        if self._column_index.fullmatch(tokens[0][0]):
            return False
        if all(self._column_field.fullmatch(t[0]) for t in tokens[0::2]):
            return True
        value = tokens[1][0]
        return len(tokens) == 2 and not _BRACKET.search(value) and (len(value) >= 10 or not (
            self._column_name(value) or self._column_part.search(value) or _PERCENT_COLUMN.search(value)))

    def _measure_word(self, word: str) -> bool:
        """亩, 万人, 公里, 户: a unit of measure or count in a column header's parentheses."""
        w = word.lstrip("十百千万亿")
        return bool(w) and ((w in self.lexicon.units and self.lexicon.units[w][0] != "MONEY")
                            or w in self._measure_set)

    def _cell_per_line(self, folded, text, pos, stop, unit, read: set[int],
                       listed: list[tuple] | None = None) -> list[QuantityMatch] | None:
        """`_cells_per_line` with blank lines as empty cells, else, when that gives no reading and
        a blank line was read as a cell, with single blank lines as nothing: a page break cut out of a table leaves a blank line
        between two cells (126.8⏎⏎— 1 —⏎98), which is no cell."""
        found, slotted = self._cells_per_line(folded, text, pos, stop, unit, read, slots=True, listed=listed)
        if found is None and slotted:
            found, _ = self._cells_per_line(folded, text, pos, stop, unit, read, slots=False, listed=listed)
        return found

    def _cells_per_line(self, folded, text, pos, stop, unit, read: set[int], slots: bool = True,
                        listed: list[tuple] | None = None) -> tuple[list[QuantityMatch] | None, bool]:
        """A table scraped from a web page with one cell per line (序号 / 县区 / 金额（万元） /
        1 / 长汀县 / 1250 …): the header is the run of names before the first row, as many
        names as make every following group of lines a row whose labels stand under label
        columns and numbers under columns of numbers; a total row may merge its label cells
        (合计 / 2236). With `listed`, the units of a unit-list line (单位：公里、万元) go to the
        header's columns as `_listed_kinds` gives them. None when the lines are not such a
        table or may be read two ways."""
        lines: list[tuple[str, int, int, str]] = []
        slotted = False                                     # a blank line was read as a cell
        spaced = None                                       # a blank line between every two cells
        blanks = 0
        while pos < stop and len(lines) < 400:
            eol = folded.find("\n", pos, stop)
            eol = stop if eol < 0 else eol
            line = folded[pos:eol]
            if line.strip() and lines and _page_number(line.strip()):
                pos = eol + 1                               # — 1 —: a page number inside the table
                continue
            if line.strip():
                if _PROSE.search(line) and not (len(lines) >= 2 and _CELL_WITH_COMMA.fullmatch(line)) \
                        or _TABLE_TITLE.search(line) or _TABLE_NOTE.match(line):
                    break                   # (a cell may hold a comma: 新建厂房600平方米，购置设备)
                tokens, single = row_tokens(line, pos)
                if len(tokens) != 1 and not (single and all(t[3] == "text" for t in tokens)):
                    break
                if len(lines) == 1:
                    spaced = blanks == 1
                elif lines and not spaced and not slots and blanks == 1:
                    pass                                    # (the second reading: a blank line is no cell)
                elif lines and not spaced and any(t[3] == "num" for t in lines) and (
                        blanks == 1 or 1 < blanks <= _MAX_EMPTY_CELLS and len(tokens) == 1 and tokens[0][3] == "num"):
                    # 96 / (blank) / 2: an empty cell; 合计 / (three blanks) / 257.3: as many (only
                    # before a number: blank lines before words end the table)
                    lines.extend(("", pos - 1, pos - 1, "slot") for _ in range(blanks))
                    slotted = True
                elif lines and blanks != (1 if spaced else 0):
                    break                                   # the spacing changes: the table ended
                cell = tokens[0] if len(tokens) == 1 else (" ".join(t[0] for t in tokens), tokens[0][1],
                                                           tokens[-1][2], "text")
                if lines and lines[-1][3] == "text" and not any(t[3] == "num" for t in lines) \
                        and (_UNIT_ALONE.fullmatch(cell[0]) or _CELL_TAIL.fullmatch(cell[0])
                             and self._measure_word(_CELL_TAIL.fullmatch(cell[0])["u"])
                             and not _BRACKET.search(lines[-1][0]) and not self._column_name(lines[-1][0])):
                    # 总投资 / （万元）: a header cell broken before its unit is one cell
                    lines[-1] = (lines[-1][0] + cell[0], lines[-1][1], cell[2], "text")
                    pos = eol + 1
                    continue
                lines.append(cell)
                blanks = 0
            elif lines:
                blanks += 1
                if blanks > (1 if spaced or not any(t[3] == "num" for t in lines) else _MAX_EMPTY_CELLS):
                    break
            pos = eol + 1
        names = 0
        while names < len(lines) and lines[names][3] == "text":
            names += 1
        found: list[list[QuantityMatch]] = []
        # the header is a run of names; title lines may stand above it (…收益分配公示 / 序号 / …)
        windows = [(j, k) for j in range(0, min(max(names - 1, 0), 4)) for k in range(2, names - j + 1)]
        for j, k in windows:
            kinds = self._columns(lines[j:j + k], unit) if listed is None else self._listed_kinds(lines[j:j + k], listed)
            if kinds is None:
                continue
            data = [x for x in kinds if x[0] not in ("text", "index")]
            if not data or (j > 0 and not any(x[0] == "index" for x in kinds)
                            and not (unit is None and any(x[0] == "money" for x in kinds)
                                     and all(_META_LINE.search(c[0]) for c in lines[:j]))):
                continue                                    # below a title, only a header that numbers its
                # rows, or below lines of metadata (公开时间：…) one that names its money column's unit
            rows, i = [], j + k
            while i < len(lines):
                if lines[i][3] == "text" and self._not_money_label.search(lines[i][0]):
                    break                                   # 监督电话 / 12345: the page's furniture after the table
                group = lines[i:i + k]
                if len(group) == k and _consistent(group, kinds) and any(t[3] == "num" for t in group):
                    rows.append((group, kinds))
                    i += k
                    continue
                broken = _rejoin_broken_name(lines[i:i + k + 1], kinds)
                if broken is not None and any(t[3] == "num" for t in broken):
                    rows.append((broken, kinds))             # …专业合 / 作社: a name broken over two lines
                    i += k + 1
                    continue
                short = lines[i:i + 1 + len(data)]                  # 合计 / 2236: a merged label
                if len(short) == 1 + len(data) and short[0][3] == "text" and all(t[3] != "text" for t in short[1:]):
                    rows.append((short, [("text",), *data]))
                    i += len(short)
                    continue
                total = self._total_by_sums(lines, i, rows, kinds)
                if total is not None:
                    rows.append(total)
                    i += len(total[0])
                    continue
                break
            if i < len(lines) and lines[i][3] != "text" or not any(len(g) == k for g, _ in rows):
                continue                                    # numbers left over: not this many columns
            reading = [m for g, ks in rows for m in self._emit(text, g, list(zip(g, ks)))]
            same = [other for other in found if len(other) == len(reading) and _same_amounts(reading, other)]
            if same:
                # the same amounts under a wider header (项目 金额（元） 备注, not 项目 金额（元） with 备注
                # read into the first row's label): the later reading's labels
                found = [reading if other is same[0] else other for other in found]
                used = i
                continue
            if any(_same_amounts(reading, other[:len(reading)]) for other in found):
                continue                                    # fewer of the same amounts
            # a reading that goes on where another one stopped (its last row read too) replaces it
            found = [other for other in found if not _same_amounts(other, reading[:len(other)])]
            found.append(reading)
            used = i
            if len(found) > 1:
                return None, slotted
        if len(found) != 1:
            return None, slotted
        read.update(t[1] for t in lines[:used])             # (a second table below is read on its own)
        return found[0], slotted

    @staticmethod
    def _total_by_sums(lines: list[tuple], i: int, rows: list, kinds: list[tuple]) -> tuple | None:
        """A total row of a one-cell-per-line table that leaves some columns empty (合计 / 10.7 /
        1123.5 under 面积, 标准, 金额): each of its numbers stands under the one column whose
        cells above add up to it, in order; None unless every number finds exactly one."""
        if i >= len(lines) or lines[i][3] != "text" or not _TOTAL_COLUMN.match(_SPACES.sub("", lines[i][0])):
            return None
        nums = []
        for t in lines[i + 1:]:
            if t[3] != "num":
                break
            nums.append(t)
        full = [g for g, ks in rows if len(g) == len(kinds)]
        if not nums or not full:
            return None
        cols = [c for c, k in enumerate(kinds) if k[0] not in ("text", "index")]
        if len(nums) >= len(cols):
            return None
        sums = {}
        for c in cols:
            try:
                sums[c] = sum((_cell_value(g[c]) for g in full), Decimal(0)) if all(g[c][3] == "num" for g in full) else None
            except ArithmeticError:
                sums[c] = None
        placed, lo = [], 0
        for t in nums:
            value = _cell_value(t)
            fits = [c for c in cols if c >= lo and sums[c] is not None and sums[c] == value]
            if len(fits) != 1 or any(sums[c] == value for c in cols if c != fits[0]):
                return None
            placed.append(kinds[fits[0]])
            lo = fits[0] + 1
        return [lines[i], *nums], [("text",), *placed]

    def _table_rows(self, folded, text, pos, stop, unit, read: set[int], shares: bool = False, strict: bool = False,
                    head: list[tuple] | None = None, kinds: list[tuple] | None = None,
                    money_named: bool = False) -> Iterator[QuantityMatch]:
        """The amounts of the rows from `pos` on, under the header lines among them (and `head`,
        the column names written on the unit's line); with `strict`, a row no header line
        names the columns of gives nothing."""
        per_line = self._cell_per_line(folded, text, pos, stop, unit, read) if head is None else None
        if per_line is not None:
            yield from per_line
            return
        heads: list[tuple[list[tuple], list[tuple]]] = []   # header lines: cells and their kinds
        if head is not None:
            heads.append((head, kinds if kinds is not None else self._columns(head, unit)))
        sums: dict = {}                                     # column sums, for the total row
        if _writes_spaced_thousands(folded, pos, stop):
            sums["thousands"] = True                        # 45 000.00 in a row below: the table's way
        blank = 0
        while pos < stop:
            eol = folded.find("\n", pos, stop)
            eol = stop if eol < 0 else eol
            line = folded[pos:eol]
            if heads and line.strip() and (_page_number(line.strip()) or _RULE_ROW.fullmatch(line)):
                pos = eol + 1                               # — 第2页 —, |---|---|: a page's or a table's furniture
                continue
            if not line.strip():
                blank += 1
                if blank > 2:
                    return
            elif _PROSE.search(_ASIDE.sub("", line)) and not _aligned_row(line) or len(line.strip()) > 1200 \
                    or _TABLE_TITLE.search(line) or _TABLE_NOTE.match(line):
                return                                      # running text, a note, the next table
            else:
                blank = 0
                read.add(pos)
                tokens, single = row_tokens(line, pos)
                numbers = [t for t in tokens if t[3] == "num"]
                cut = self._row_cut_in_its_label(folded, tokens, eol, stop, heads) \
                    if heads and all(t is tokens[0] and _ROW_NUMBER.fullmatch(t[0]) for t in numbers) else None
                if cut is not None:                          # 3 喀左⏎县 362 302 60: one row
                    tokens, eol = cut
                    read.add(folded.rfind("\n", 0, eol) + 1)
                    yield from self._table_row(text, tokens, single, heads, unit, shares, "\t" in line, sums, strict)
                    pos = eol + 1
                    continue
                if not numbers or all(_is_year(t[0]) for t in numbers):
                    if len(line.strip()) > 120:
                        return
                    if _SECTION_LINE.match(line):
                        pos = eol + 1                       # 二、支出部分: a part of the page, not a column
                        continue
                    if self._field_line(tokens):
                        pos = eol + 1                       # 主管部门 | 沧源佤族自治县交通运输局: a field and its
                        continue                            # value (a form), no column's name
                    # column names, years; a table drawn with bars and spaces (| 乡镇 | 户数 | 资金 |) is
                    # read only in the columns its header names as money
                    bars = _BAR_ROW.search(line) is not None
                    tokens = _header_once(line, pos) or tokens      # 乡镇 户数 金额 ｜ 乡镇 户数 金额: two tables side by side
                    names = [_SPACES.sub("", t[0]) for t in tokens]
                    again = next((h for h in heads if [_SPACES.sub("", c[0]) for c in h[0]] == names), None)
                    # a header printed again on the next page names the same columns (and keeps
                    # what the unit line said of them)
                    heads.append(again or (tokens, self._columns(tokens, unit, money_named=money_named or bars)))
                elif _BROKEN_FIGURE.match(line) and _DIGIT_AT_END.search(folded, max(0, pos - 12), max(0, pos - 1)):
                    pos = eol + 1                           # 下堡村 91 06⏎5.00: a figure broken over the line, never read in part
                    continue
                else:
                    rows = _bar_parted_rows(line, pos, self._not_money_label) if "\t" not in line and _PARTED_BAR.search(line) \
                        else None
                    if rows is not None:
                        # 青杠村 上湾屯 26.8 | 青杠村 下湾屯 19.5: rows written one after another,
                        # parted by bars, each as wide as the others
                        for row in rows:
                            yield from self._table_row(text, row, True, heads, unit, shares, sums=sums, strict=strict)
                        pos = eol + 1
                        continue
                    pair = _BAR_PAIR.fullmatch(line) if not heads and unit is not None else None
                    if pair is not None:
                        # | 嘎查干部报酬 | 27600 |: a row of a label and one number under the unit, with
                        # no header (a village account drawn with bars); a count (| 受益户 | 35 |) ends it
                        if self._not_an_amount(pair):
                            return
                        code, factor, per = unit
                        yield _figure(text, pos + pair.start("n"), pos + pair.end("n"), pair["n"], code, factor,
                                      per, row=(pos + pair.start("label"), pos + pair.end("label")))
                        pos = eol + 1
                        continue
                    if _BAR_ROW.search(line) and not any(
                            len(c) == len(tokens) or len(c) == len(tokens) + 1 and _EMPTY_LAST_CELL.search(line)
                            for c, _ in heads) \
                            and (heads or "\t" in line or not _BARRED.search(line)):
                        pos = eol + 1
                        continue                            # cells drawn with bars that no header lines up
                    if single and tokens[-1][3] == "text" and eol < stop and _counts_to_last_row(tokens):
                        joined = self._wrapped_row(folded, eol + 1, stop)
                        if joined is not None:                  # …合计 3 宝日温⏎都嘎查 修建… 31.2: one row
                            more, eol = joined
                            tokens = tokens + more
                            read.add(folded.rfind("\n", 0, eol) + 1)
                    # several rows on one line (1  双塔区  95    2  龙城区  130): more cells than
                    # any header has, split as a flattened table is
                    wide = heads and len(tokens) > max(len(c) for c, _ in heads) + 1 \
                        or not heads and "\t" not in line and _BARRED.search(line) is not None
                    # (a header and its rows on one line split at runs of spaces: 项目    金额（元）
                    # 项目    金额（元）    上级拨入    85,000.00    村干部报酬    58,400.00 …)
                    flat = self._flat_rows(tokens, heads, unit) if single or wide or (
                        not heads and len(tokens) >= 6 and self._names_money_columns(tokens, unit)) else None
                    if flat is None or not flat[0] and not heads and self._sizes_written(tokens):
                        # (东浩特  禁牧  6840亩  51300.00  草畜平衡  11200亩  28000.00: no rows to cut,
                        # but its sizes carry their units: each bare number is an amount)
                        if len(line.strip()) > 120:
                            return
                        yield from self._table_row(text, tokens, single, heads, unit, shares, "\t" in line, sums,
                                                   strict)
                    else:
                        rows, row_heads = flat
                        for row in rows:
                            yield from self._table_row(text, row, True, row_heads, unit, shares, sums=sums,
                                                       strict=strict)
                        if len(row_heads) > len(heads):
                            heads[:] = row_heads            # a header written before the rows on its line
                                                            # names the columns of the lines after it too
            pos = eol + 1

    @staticmethod
    def _row_cut_in_its_label(folded: str, tokens: list[tuple], eol: int, stop: int,
                              heads: list) -> tuple[list[tuple], int] | None:
        """A row a line break cut inside its label (3 喀左⏎县 362 302 60): this line's cells, the
        last one a label, and the next line's, the first one the label's end, make a row as wide
        as a header line. The joined cells and the end of the next line, else None."""
        if len(tokens) != 2 or not _ROW_NUMBER.fullmatch(tokens[0][0]) or tokens[-1][3] != "text" or eol >= stop:
            return None                                     # (a row number, then the label's start)
        nxt = folded.find("\n", eol + 1, stop)
        nxt = stop if nxt < 0 else nxt
        more, _ = row_tokens(folded[eol + 1:nxt], eol + 1)
        if len(more) < 2 or more[0][3] != "text" or more[1][3] != "num" or len(more[0][0]) > 2:
            return None
        joined = [*tokens[:-1], (tokens[-1][0] + more[0][0], tokens[-1][1], more[0][2], "text"), *more[1:]]
        if not any(len(c) == len(joined) for c, _ in heads):
            return None
        return joined, nxt

    @staticmethod
    def _wrapped_row(folded: str, start: int, stop: int) -> tuple[list[tuple], int] | None:
        """The cells of the line at `start` when it carries on a row a line break cut after its
        label (PDF text: …2 查干诺尔嘎查 … 15 3.5 3 宝日温⏎都嘎查 修建文化活动广场 31.2 27 4.2):
        split at single spaces, a label first and numbers after it; with the end of that line."""
        eol = folded.find("\n", start, stop)
        eol = stop if eol < 0 else eol
        line = folded[start:eol]
        if not line.strip() or _PROSE.search(line) or _TABLE_NOTE.match(line) or _TABLE_TITLE.search(line):
            return None
        if "\t" in line:
            return None
        tokens = [_token(m.group(), m.start(), m.end()) for m in _WORDS.finditer(folded, start, eol)]
        if not tokens or tokens[0][3] != "text" or not any(t[3] == "num" for t in tokens):
            return None
        return tokens, eol

    def _unit_list_table(self, folded: str, text: str, at: int, read: set[int],
                         head: int | None = None) -> Iterator[QuantityMatch]:
        """A table whose unit line lists one unit per column of numbers (单位：亩、元/亩、万元 over
        村名 补贴面积 补贴标准 补贴金额; also in brackets closing a line of prose: …公示如下
        （单位：亩、元）：): the last columns of the header row take the units in order, money
        units give amounts; read only when the header has a label column and as many columns
        after it as units, and a row only by that header."""
        eol = folded.find("\n", at)
        if eol < 0:
            return
        listed = folded[at:eol]
        if head is not None and folded[head - 1:head] in ("（", "("):
            close = _BRACKET_CLOSES_LINE.search(listed)
            if close is None:
                return
            listed = listed[:close.start()]
        units = [u.strip() for u in _UNIT_LIST_SPLIT.split(listed.strip())]
        if len(units) < 2 or not all(units):
            return
        parsed = []
        for u in units:
            m = _LISTED_MONEY.fullmatch(u)
            if m is not None:
                _, code, factor = self._unit(m["cur"])
                parsed.append(("money", code, factor * (parse_number("1" + m["mag"]) if m["mag"] else 1),
                               self._rate_noun(m["per"])))
            elif self._measure_word(u) or u in ("%", "％"):
                parsed.append(("percent",) if u in ("%", "％") else ("other",))
            else:
                return                                      # a unit not understood: never guess
        if not any(p[0] == "money" for p in parsed):
            return
        start = self._header_below(folded, eol)
        if start is None:
            per_line = self._cell_per_line(folded, text, eol + 1, len(folded), None, read, listed=parsed)
            if per_line:
                # 单位：公里、万元 ⏎ 序号 ⏎ 项目名称 ⏎ 里程 ⏎ 中央补助 ⏎ 1 ⏎ 通组公路 ⏎ 3.2 ⏎ 96 …:
                # one cell per line
                yield from per_line
                return
            # 单位：亩、万元 ⏎ 序号 乡镇 核定面积 补贴资金 1 饶河镇 28613 184.55 2 …: the header and
            # its rows flattened onto the next line
            yield from self._unit_list_flat(folded, text, eol, parsed, read)
            return
        end = folded.find("\n", start)
        end = len(folded) if end < 0 else end
        cells, _ = row_tokens(folded[start:end], start)
        kinds = self._listed_kinds(cells, parsed)
        if kinds is None:
            return
        read.add(start)
        yield from self._table_rows(folded, text, end + 1, len(folded), None, read, True, True,
                                    head=cells, kinds=kinds)

    def _unit_list_flat(self, folded: str, text: str, eol: int, parsed: list[tuple],
                        read: set[int]) -> Iterator[QuantityMatch]:
        """The rows of a unit-list table (`_unit_list_table`) flattened with its header onto the
        line after the units: the header's names, then numbered rows; read only as
        `_flat_rows` reads a flattened table (row numbers counted, never guessed)."""
        if eol + 1 >= len(folded):
            return
        start = eol + 1
        end = folded.find("\n", start)
        end = len(folded) if end < 0 else end
        if _PROSE.search(folded, start, end):
            return
        tokens = [_token(m.group(), m.start(), m.end()) for m in _WORDS.finditer(folded, start, end)]
        names = 0
        while names < len(tokens) and tokens[names][3] == "text":
            names += 1
        if names < 2 or names == len(tokens):
            return
        kinds = self._listed_kinds(tokens[:names], parsed)
        if kinds is None:
            return
        flat = self._flat_rows(tokens[names:], [(tokens[:names], kinds)], None)
        if not flat:
            return
        read.add(start)
        rows, row_heads = flat
        sums: dict = {}
        for row in rows:
            yield from self._table_row(text, row, True, row_heads, None, sums=sums)

    def _listed_kinds(self, cells: list[tuple], parsed: list[tuple]) -> list[tuple] | None:
        """The kind of each header cell of a unit-list table: the last columns take the listed
        units in order, when the header has a label column and as many columns after it as units;
        else one money unit goes to the columns a money word names (单位：户、亩、元 over 户数
        退耕面积 补植面积 补助资金); None when the header cannot be read so (never guess)."""
        labels = len(cells) - len(parsed)
        if labels < 1 or any(k[0] not in ("text", "index", "unknown") for k in self._columns(cells[:labels], None)):
            # (面积 among the labels: the units are not one per column.)
            money = [p for p in parsed if p[0] == "money"]
            if len(money) != 1:
                return None
            kinds = self._columns(cells, money[0][1:4], money_named=True)
            first = next((i for i, k in enumerate(kinds) if k[0] not in ("index", "text")), None)
            if first is None or first < 1 or not any(k[0] == "money" for k in kinds) \
                    or any(k[0] not in ("money", "other", "percent") for k in kinds[first:]):
                return None
            return kinds
        kinds = [("index",) if self._column_index.fullmatch(_SPACES.sub("", c[0])) else ("text",)
                 for c in cells[:labels]]
        return kinds + [(*p, _Span((c[1], c[2]))) if p[0] == "money" else p for p, c in zip(parsed, cells[labels:])]

    def _header_below(self, folded: str, eol: int) -> int | None:
        """The start of the next line when it is a header row of two names or more and no number
        (序号 社区（居委会） 户数 人数 金额), else None."""
        if eol >= len(folded):
            return None
        start = eol + 1
        end = folded.find("\n", start)
        end = len(folded) if end < 0 else end
        line = folded[start:end]
        if not line.strip() or _PROSE.search(line) or _DIGITS.search(line):
            return None
        tokens, _ = row_tokens(line, start)
        return start if len(tokens) >= 2 and all(t[3] == "text" for t in tokens) else None

    def _header_after(self, folded, start, stop) -> list[tuple] | None:
        """Column names written on the unit's line after it (单位：万元 乡镇 户数 金额), or None."""
        at = _AFTER_UNIT.match(folded, start, stop).end()
        if _DIGITS.search(folded, at, stop) or _PROSE.search(folded, at, stop):
            return None
        tokens = [_token(m.group(), m.start(), m.end()) for m in _WORDS.finditer(folded, at, stop)]
        return tokens if len(tokens) >= 2 and all(t[3] == "text" and len(t[0]) <= 12 for t in tokens) else None

    def _flat_after(self, folded, text, start, stop, unit, read: set[int], shares: bool) -> Iterator[QuantityMatch]:
        """A table flattened onto the line of its unit header, after it (…计划表 单位：万元 序号
        项目名称 资金规模 1 产业路硬化 120 2 光伏电站 85.5 合计 205.5), up to the end of the line
        or of the sentence: read only when it holds two rows or more."""
        at = _AFTER_UNIT.match(folded, start, stop).end()
        # a note in brackets after a cell (6000（3户，每户2000元）) is no cell, and its comma no
        # sentence's end: blanked, offsets kept
        region = _BRACKET_NOTE.sub(lambda m: " " * len(m.group()), folded[at:stop])
        prose = _PROSE.search(region)
        end = at + prose.start() if prose is not None else stop
        if not _DIGITS.search(folded, at, end):
            return
        tokens = [_token(m.group(), at + m.start(), at + m.end()) for m in _WORDS.finditer(region, 0, end - at)]
        flat = self._flat_rows(tokens, [], unit)
        if not flat:
            return
        read.add(folded.rfind("\n", 0, start) + 1)
        rows, row_heads = flat
        sums: dict = {}
        for row in rows:
            yield from self._table_row(text, row, True, row_heads, unit, shares, sums=sums)

    def _bar_rows(self, tokens: list[tuple], heads: list, unit) -> tuple[list[list[tuple]], list] | None:
        """Rows of a table flattened onto one line with a bar between rows (序号 项目名称 总投资 |
        1 道路硬化 98000 | 2 水渠 76500 | 合计 174500): the first part the header when it holds
        only names, each other part a row. None when the line is not so built."""
        parts: list[list[tuple]] = [[]]
        for t in tokens:
            if t[0] in ("|", "｜"):
                parts.append([])
            else:
                parts[-1].append(t)
        parts = [p for p in parts if p]
        if len(parts) < 3 and not (heads and len(parts) == 2):
            return None                                     # (two rows under a header of lines before)
        head, rows = parts[0], parts[1:]
        if all(t[3] == "text" for t in head) and len(head) >= 2:
            row_heads = list(heads) + [(head, self._columns(head, unit))]
        elif heads:
            rows, row_heads = parts, list(heads)
        else:
            return None
        if any(all(t[3] == "text" for t in r) for r in rows):
            return None                                     # a part of words only: no row
        return rows, row_heads

    def _flat_rows(self, tokens: list[tuple], heads: list, unit) -> tuple[list[list[tuple]], list] | None:
        """The rows of a table flattened onto one line, split at single spaces (PDF or web text:
        序号 项目名称 金额 1 产业路 120 2 光伏电站 85.5 合计 205.5), with the header lines to
        read them by (the column names at the line's head added). A row is a label and the
        numbers after it; a row number (1, 2, 3 …) before each label is told from an amount
        by counting: it follows the previous row number. None when the line is one row;
        ([], []) when it holds several rows that cannot be told apart (never guess)."""
        barred = self._bar_rows(tokens, heads, unit)
        if barred is not None:
            return barred
        widest = max((len(c) for c, _ in heads), default=0)
        if heads and len(tokens) <= widest + 1:
            return None                                     # a row of the header's width
        toks = [t for t in tokens if not _ELISION.fullmatch(t[0])]
        segs: list[list[tuple]] = []                        # a label, then its numbers
        for t in toks:
            if not segs or (t[3] == "text" and segs[-1][-1][3] != "text"):
                segs.append([])
            segs[-1].append(t)
        while segs and all(t[3] == "text" for t in segs[-1]):
            segs.pop()                                      # words after the last number
        if len(segs) < 2:
            return None
        head_end = 0
        while head_end < len(segs[0]) and segs[0][head_end][3] == "text":
            head_end += 1
        names, first = segs[0][:head_end], segs[0][head_end:]
        # 序号 opens a header: the words before it are the table's title (…低保金发放公示 序号 户主姓名 …)
        kinds = self._columns(names, unit) if names else []
        opens = next((j for j, k in enumerate(kinds) if k[0] == "index"), 0)
        names = names[opens:]
        number = lambda t: int(t[0]) if t[3] == "num" and _ROW_NUMBER.fullmatch(t[0]) else None
        is_total = lambda seg: seg[0][3] == "text" and _TOTAL_COLUMN.match(_SPACES.sub("", seg[0][0])) is not None
        rows: list[list[tuple]] = []
        header: list[tuple] = []
        index_named = opens > 0 or bool(kinds) and kinds[0][0] == "index"
        serial = number(first[0]) if len(first) == 1 else None
        if serial is not None and not (not names or index_named
                                       or (len(segs) > 2 and number(segs[1][-1]) == serial + 1)):
            serial = None
        if serial is not None:                              # 序号 … 1 产业路 120 2 光伏电站 85.5
            header = names if len(names) >= 2 else []
            row, expected = list(first), serial + 1
            for k, seg in enumerate(segs[1:], 1):
                values = sum(t[3] != "text" for t in seg)
                if k == len(segs) - 1:
                    rows.append(row + seg)
                elif number(seg[-1]) == expected and values >= 2:
                    rows.append(row + seg[:-1])
                    row, expected = [seg[-1]], expected + 1
                elif not row and is_total(seg):             # 小计 30 3 C 40: a total between rows
                    return [], []
                elif k + 1 < len(segs) and is_total(segs[k + 1]):
                    rows.append(row + seg)
                    row = []
                else:
                    return [], []                           # a number that may be an amount or a row number
        else:                                               # 县区 金额 长汀县 120 连城县 85.5
            label = sum(t[3] == "text" for t in segs[1])
            lead = len(names) - label
            if lead == 0:
                rows = segs
            elif lead >= 2 and not any(t[3] == "text" for t in first):
                header, rows = names[:lead], [names[lead:] + first] + segs[1:]
            else:
                return [], []
        row_heads = list(heads)
        if header:
            row_heads.append((header, self._columns(header, unit)))
        if not any(k[0] not in ("text", "index") for _, ks in row_heads for k in ks):
            # no header names a column of numbers: every row holds as many numbers (a total
            # row may hold fewer)
            counts = {sum(t[3] != "text" for t in r) for r in rows if not is_total(r)}
            if len(counts) > 1:
                return [], []
        return rows, row_heads

    def _table_row(self, text, tokens, single, heads, unit, shares=False, tabbed=False,
                   sums: dict | None = None, strict: bool = False) -> Iterator[QuantityMatch]:
        """The amounts of one row. Cells are read by position under a header with as many
        columns (and, split at single spaces, labels under labels); otherwise the row's cells
        are placed under the header's columns in every possible way (`_alignments`: a total
        row whose label spans two columns, a missing cell, 1 320 as one number or two) and read
        only when all placements give the same amounts. Without a header that names columns of
        numbers, every number is money in the table's unit unless one may be two. `sums` holds
        the sums of the columns over the rows read so far (by header and column), so that a
        total row (合计 8.2 1025) that may stand two ways is read the way its numbers are the
        sums of their columns."""
        if len(tokens) == 1:
            return                                          # one number alone: which column?
        if any(a[3] == "text" and b[3] == "num" and b[1] == a[2] + 1 and _DIGITS_TAIL.search(a[0])
               and _GROUP_TAIL.fullmatch(b[0]) for a, b in zip(tokens, tokens[1:])):
            return                                          # 发包收入：32 600.00: one number or two? never guess
        if single and any(a[3] == "num" and b[3] == "text" and (self._measure_after.fullmatch(b[0])
                                                                 or _UNIT_WORD.fullmatch(b[0]))
                          for a, b in zip(tokens, tokens[1:])):
            return                                          # 全县 共 12 个 村: words, not cells
        width = lambda: next(((c, k) for c, k in reversed(heads) if len(c) == len(tokens)), (None, None))
        cells, same = width()
        if single and (same is None or not _consistent(tokens, same)):
            tokens = _merge_text(tokens)                    # 合 计, 南平市 本级: one label
            cells, same = width()
        total_row = any(t[3] == "text" and _TOTAL_COLUMN.match(_SPACES.sub("", t[0])) for t in tokens)
        if same is not None and (not single or _consistent(tokens, same)) \
                and not _spaced_row(tokens, sums, same) and not (not tabbed and _share_cell_may_join(tokens, same)):
            has_label = any(t[3] == "text" for t in tokens)
            pairs = []
            for i, (tok, kind) in enumerate(zip(tokens, same)):
                if tok[3] != "num" and not (tok[3] == "pct" and kind[0] == "percent"):
                    continue
                if has_label and kind[0] != "index" and _ROW_NUMBER_CELL.fullmatch(tok[0]) \
                        and not any(t[3] == "text" for t in tokens[:i]):
                    continue                                # a row number before the row's label
                pairs.append((tok, kind, i))
            pairs = _parts_of_a_total(pairs)               # 收益总额 | 公益岗位 | 奖励补助: 32.6 | 19.56 | 13.04
            if not total_row:
                _add_to_sums(sums, cells, pairs)
            yield from self._emit(text, tokens, [(t, k) for t, k, _ in pairs])
            return
        raw = tokens if not single else _row_tokens_again(tokens)
        values = [t for t in raw if t[3] != "text"]
        first_text = next((t[1] for t in raw if t[3] == "text"), None)
        # the nearest header line under which the row reads one way (a header wrapped over two
        # lines: the line that names all the columns); several ways: never guess
        for cells, head in reversed(heads):
            if not any(k[0] not in ("text", "index") for k in head):
                continue
            row = raw
            if row and row[0][3] == "num" and first_text is not None and row[0][1] < first_text \
                    and _ROW_NUMBER_CELL.fullmatch(row[0][0]) and not any(k[0] == "index" for k in head):
                row = row[1:]                               # a row number before the row's label
            outcomes = _alignments(row, [c[0] for c in cells], head, share_text=not tabbed)
            if outcomes is None:
                continue
            outcomes = _thousands_kept(outcomes, row, sums, head)    # 38 000.00 in a table that writes so
            if len(outcomes) > 1 and total_row and sums:
                fit = {tuple((t, k) for t, k, _ in o) for o in outcomes if _is_column_sums(o, sums, cells)}
                most = max(map(len, fit), default=0)
                if sum(len(o) == most for o in fit) == 1:
                    fit = {o for o in fit if len(o) == most}     # the reading whose every number is a column's sum
                outcomes = [tuple((t, k, None) for t, k in o) for o in fit] if len(fit) == 1 else outcomes
            if len({tuple((t, k) for t, k, _ in o) for o in outcomes}) == 1:
                if not total_row:
                    if len(outcomes) == 1:
                        _add_to_sums(sums, cells, outcomes[0])
                    elif sums is not None:
                        _forget_sums(sums)               # columns uncertain: no sums for this table
                # the amounts agree; their columns too only when every placement agrees
                spans = {tuple((t[1], tuple(k[4]) if len(k) > 4 else None) for t, k, _ in o) for o in outcomes}
                yield from self._emit(text, tokens, [(t, k if len(spans) == 1 else k[:4]) for t, k, _ in outcomes[0]])
            elif not total_row and sums is not None:
                _forget_sums(sums)
            return
        if values and first_text is not None and values[0][1] < first_text \
                and _ROW_NUMBER_CELL.fullmatch(values[0][0]):
            values = values[1:]                             # a row number before the row's label
        values = [t for t in values if t[0]]               # an empty cell (光伏收益分配\t41260\t) is no value
        # no header names columns of numbers: every number is money in the table's unit, when
        # no number may be two
        if any(k[0] not in ("text", "index") for _, ks in heads for k in ks):
            return                                          # the row does not fit its header
        paired = False
        if single and _joinable(values) and unit is not None and not strict and not shares:
            values = _spaced_thousands(raw, sums)           # 城关镇 216 000 河口镇 183 600
            paired = values is not None
            if not paired:
                return
        if unit is None or strict or shares and len(values) > 1 or (single and not paired and _joinable(values)):
            return
        if len(values) > 1 and any(t[3] == "text" for t in raw) and not paired and not self._sizes_written(raw):
            return                                          # 张大明 12.5 467: an area and an amount? no header tells
        yield from self._emit(text, tokens, [(t, ("money", *unit)) for t in values])

    def without_qualifiers(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span text[start:end] without the qualifier words before or after its number
        (不低于30% → 30%, 3%左右 → 3%); the span itself when nothing else would be left."""
        from .hanzi import to_simplified
        span = to_simplified(text[start:end])            # 約為 reads as 约为; same length
        lo, hi = 0, len(span)
        m = self._pre_qualifiers.match(span) if self._pre_qualifiers else None
        if m:
            lo = m.end()
        m = self._post_qualifiers.search(span, lo) if self._post_qualifiers else None
        if m:
            hi = m.start()
        if lo < hi and _NUMERAL.search(span, lo, hi):
            return start + lo, start + hi
        return start, end

    def _emit(self, text, tokens, pairs) -> Iterator[QuantityMatch]:
        """One amount or share per (token, column kind) pair whose token is a number, with the
        row label: the nearest text cell before it."""
        for tok, kind in pairs:
            cell, s, e, what = tok
            if kind[0] == "either":
                kind = ("money", *kind[1:])
            if not (what == "num" and kind[0] in ("money", "percent") or what == "pct" and kind[0] == "percent") \
                    or _LONG_DIGITS.match(cell):
                continue                                    # 350123196501011234: an identity number
            label = han_label = None
            for t in tokens:
                if t[1] >= s:
                    break
                if t[3] == "text" and not self._size_cell(t[0]):   # (1.6公里: a size, no label)
                    label = (t[1], t[2])
                    if _HAN.search(t[0]):
                        han_label = label                   # not 3621**********1234, a masked number
            label = han_label or label
            literal = _SPACES.sub("", cell).replace(",", "").replace("−", "-").rstrip("%％")
            if kind[0] == "percent":
                q = Quantity(text=text[s:e], kind="percent", value=Decimal(literal), unit="%")
            else:
                q = Quantity(text=text[s:e], kind="money", value=scale(Decimal(literal), kind[2]), unit=kind[1],
                             per=kind[3])
            yield QuantityMatch(s, e, q, row=label, column=tuple(kind[4]) if len(kind) > 4 else None)

    def _as_percent_word(self, m: regex.Match, text: str) -> QuantityMatch | None:
        """百分之十五, 千分之三, 万分之二点五 (percentages), and fractions as shares: 三分之一,
        四分之一, 三分之一至二分之一 — a ratio (0.333333, approximate where it does not end),
        not a percentage: the corpus counts as PERCENT only %, 百分之…, 成, 千分之/万分之 and
        个百分点."""
        try:
            n = Decimal(100) if m["n1"] == "百" else parse_number(m["n1"])
            n2 = None if m["n2"] is None else Decimal(100) if m["n2"] == "百" else parse_number(m["n2"])
            den = parse_number(m["den"]) if m["den"] else None
            den2 = parse_number(m["den2"]) if m["den2"] else den
        except ValueError:
            return None
        if den is not None:
            if m["base2"] or m["sign"]:
                return None                                 # 三分之一至百分之五十: mixed
            return self._fraction(m, text, n, den, n2, den2)
        value = scale(-n if m["sign"] else n, _PER_FACTOR[m["base"]])
        if n2 is not None:
            high = scale(n2, _PER_FACTOR[m["base2"] or m["base"]])
            if value > high:
                return None
            q = Quantity(text=text[m.start():m.end()], kind="percent", value=None, low=value, high=high,
                         unit="%", qualifier="range")
            return QuantityMatch(m.start(), m.end(), q)
        return self._bounded(m, text, "percent", value, "%")

    def _fraction(self, m, text, n, den, n2, den2) -> QuantityMatch | None:
        inexact = False

        def ratio(num: Decimal, d: Decimal) -> Decimal:
            nonlocal inexact
            if d < 2 or num > d or num <= 0:
                raise ValueError("not a share")
            rounded = (num / d).quantize(Decimal("0.000001"))
            if rounded * d != num:
                inexact = True                              # 三分之一: 0.333333, approximately
            return scale(rounded, 1)

        try:
            value = ratio(n, den)
            high = ratio(n2, den2) if n2 is not None else None
        except ValueError:
            return None
        if high is not None:
            if value > high:
                return None
            q = Quantity(text=text[m.start():m.end()], kind="measure", value=None, low=value, high=high,
                         unit="ratio", qualifier="range")
            return QuantityMatch(m.start(), m.end(), q)
        match = self._bounded(m, text, "measure", value, "ratio")
        if inexact and match.quantity.qualifier == "exact":
            match = replace(match, quantity=replace(match.quantity, qualifier="approx"))
        return match

    def _as_cheng(self, m: regex.Match, text: str) -> QuantityMatch | None:
        try:
            tens = Decimal("0.5") if m["n1"] == "半" else parse_number(m["n1"])
            ones = Decimal(5) if m["n2"] == "半" else parse_number(m["n2"]) if m["n2"] else Decimal(0)
        except ValueError:
            return None
        if tens > 10 or (ones and (tens != tens.to_integral_value() or tens == 10)):
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




def _label_length(item: regex.Match) -> int:
    """The length of an item's label without its bracketed asides (补助（含村级组织运转经费）)."""
    label = item.group("label")
    return len(_ASIDE.sub("", label))


# a unit stated in brackets at the end of a label: 土地流转面积（亩）, 占比（%）, 工期（单位：月）
_UNIT_ASIDE = compiled(r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<u>[^()（）0-9]{1,4})\s*[)）]\s*$")


def _number(written: str) -> tuple[Decimal, bool, tuple[Decimal, Decimal] | None]:
    """(value, has 余/多, (low, high) for vague or paired numerals like 八九亿 / 几十万; high None
    for 上亿, 上千万: at least the round number)."""
    fast = _FAST_NUMBER.fullmatch(written)
    if fast:                                    # the common case: 176.6万, 3000, 4.5万亿
        value = Decimal(fast[1].replace(",", ""))
        if fast[2]:
            value *= _magnitude(fast[2])
        return _normalize(value), False, None
    fuzz = "余" in written or "多" in written
    core = written.replace("余", "").replace("多", "")
    if " " in core or "\u3000" in core or "\u00a0" in core or "\n" in core:
        core = _SPACES.sub("", core)
    core = fold(core).replace("个亿", "亿")
    vague = _VAGUE_SPLIT.match(core)
    if vague:
        word, mag = vague.groups()
        # 上百, 上千, 上万, 上亿 reach the round number and say no more: at least it, no upper
        # bound (上亿元: a hundred million or more, not under a billion)
        lo, hi = {"十几": (11, 19), "几十": (20, 90), "数十": (20, 90), "几百": (200, 900),
                  "数百": (200, 900), "几千": (2000, 9000), "数千": (2000, 9000),
                  "上百": (100, None), "上千": (1000, None), "上万": (10000, None),
                  "上亿": (10**8, None), "几": (2, 9), "数": (2, 9)}[word]
        factor = parse_number("1" + mag) if mag else Decimal(1)
        return Decimal(lo) * factor, fuzz, (scale(Decimal(lo), factor),
                                            None if hi is None else scale(Decimal(hi), factor))
    if core[:1] in ("百", "千", "万", "亿"):
        core = "一" + core                      # 亿元以上, 千余名, 近千亿元: the one is implied
    # 八九亿, 三五百, 两三万: two small numerals in a row name a range.
    pair = _PAIR.match(core)
    if pair:
        a, b = parse_number(pair[1]), parse_number(pair[2])
        if b == a + 1 or (pair[1], pair[2]) in (("三", "五"), ("一", "二"), ("二", "三")):
            factor = parse_number("1" + pair[3] + pair[4]) if (pair[3] or pair[4]) else Decimal(1)
            return a * factor, fuzz, (scale(a, factor), scale(b, factor))
    return parse_number(core), fuzz, None


_FAST_NUMBER = compiled(r"([0-9]{1,16}(?:,[0-9]{3})*(?:\.[0-9]{1,8})?)([十百千]?[万亿]{0,2})")


@lru_cache(maxsize=64)
def _magnitude(word: str) -> Decimal:
    return parse_number("1" + word)


def _scaled(value: Decimal, factor: Decimal, as_written: bool = False) -> Decimal:
    """`value` times `factor`, normalized, or exactly as written (4.0% stays 4.0)."""
    return value if as_written else scale(value, factor)


def _written(word: str, value: Decimal, sign: str | None) -> Decimal:
    """A plain Arabic number keeps its written digits (100.00, 4.0); other forms their value."""
    core = _SPACES.sub("", fold(word))
    if _PLAIN_ARABIC.fullmatch(core):
        written = Decimal(core.replace(",", ""))
        return -written if sign else written
    return value


def _distribute(w1: str, w2: str, lo: Decimal, hi: Decimal) -> Decimal:
    """The magnitude written only on the upper bound applies to the lower one too:
    十八至三十万 (18万–30万), 三百五十至四百万 (350万–400万), 两到三千万 (2千万–3千万),
    两~3百 (200–300). The lower bound takes the upper's trailing units above its own highest
    unit, or only the 万/亿 among them (五至十万: 5万); never when that makes it exceed the
    upper bound (5千-2万 stays 5000–20000)."""
    c1 = fold(_SPACES.sub("", w1.replace("余", "").replace("多", ""))).replace("个亿", "亿")
    c2 = fold(_SPACES.sub("", w2.replace("余", "").replace("多", ""))).replace("个亿", "亿")
    if "万" in c1 or "亿" in c1:
        return lo
    top = max((_SMALL_UNIT[c] for c in c1 if c in _SMALL_UNIT), default=1)
    k = len(c2)
    while k > 0 and c2[k - 1] in _UNIT_VALUE:
        k -= 1
    suffix = c2[k:]
    if k == 0:
        suffix = suffix[1:] if suffix[:1] in _SMALL_UNIT else suffix   # 十万: 一十万
    above = [_UNIT_VALUE[c] for c in suffix if _UNIT_VALUE[c] > top]
    candidates = []
    full = 1
    for v in above:
        full *= v
    candidates.append(full)
    big = 1
    for v in above:
        if v >= 10_000:
            big *= v
    candidates.append(big)
    for factor in candidates:
        if factor > 1 and lo * factor <= hi:
            return lo * factor
    return lo


def _is_year(cell: str) -> bool:
    return len(cell) == 4 and cell.isdigit() and 1949 <= int(cell) <= 2100


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a table line with their offsets: split at tabs (empty cells kept, so that
    columns stay aligned) or, in a line without tabs, at runs of two or more spaces."""
    cells = []
    if "\t" not in line and _BARRED.search(line):
        return _bar_cells(line, offset)
    splitter = _TAB if "\t" in line else _CELL_SPLIT
    if splitter is _CELL_SPLIT and _PADDED_WORD.search(line):
        return _join_padded(_split_cells(line, offset, splitter))
    return _split_cells(line, offset, splitter)


def _split_cells(line: str, offset: int, splitter: regex.Pattern) -> list[tuple[str, int, int]]:
    """The cells of a line cut at `splitter`, stripped; empty ones kept between tabs and bars
    (they keep the columns aligned), dropped between runs of spaces."""
    cells, pos = [], 0
    for sep in [*splitter.finditer(line), None]:
        end = sep.start() if sep is not None else len(line)
        raw = line[pos:end]
        stripped = raw.strip()
        if stripped or splitter is _TAB or splitter is _BAR:
            s = pos + (len(raw) - len(raw.lstrip()))
            cells.append((stripped, offset + s, offset + s + len(stripped)))
        if sep is not None:
            pos = sep.end()
    return cells


# a word of two or three characters padded with spaces to a column's width (项  目, 合  计, 备  注)
_PADDED_WORD = compiled(r"(?<![^\s])\p{Han}[ \u3000]{1,4}\p{Han}(?:[ \u3000]{1,4}\p{Han})?(?![^\s])")


def _join_padded(cells: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Two or three cells of one Chinese character each, side by side, are one word padded to its
    column's width (项  目 → 项目, 合  计 → 合计): no table has columns of one character next to
    each other."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(cells):
        j = k
        while j < len(cells) and len(cells[j][0]) == 1 and _HAN.fullmatch(cells[j][0]):
            j += 1
        if 2 <= j - k <= 3:
            out.append(("".join(c[0] for c in cells[k:j]), cells[k][1], cells[j - 1][2]))
            k = j
        else:
            out.append(cells[k])
            k += 1
    return out


_DIGIT_ANY = compiled(r"[0-9０-９]")
# a column's unit in brackets alone on a line: （万元）, (元/亩)
_UNIT_ALONE = compiled(r"[(（](?:单位[:：]?)?(?:人民币)?(?:[十百千]?[万亿]{0,2}元(?:[/／]\p{Han}{1,3})?"
                       r"|亩|公里|米|平方米|立方米|吨|人|户|个|%|％)[)）]")
# a table's text cell on its own line that holds a comma but ends no sentence
_CELL_WITH_COMMA = compiled(r"[ \u3000]*[^。；;！？!?\s][^。；;！？!?\n]{2,38}[^。；;！？!?,，\s][ \u3000]*")
# a line wholly in brackets that is no unit (（第三批）, （草案）): a title's, not a header cell
_ASIDE_LINE = compiled(r"[ \u3000]*[(（][^()（）\n]{1,12}[)）][ \u3000]*")
# a unit header alone on its line, in brackets or not: （单位：万元）
_ALONE_ON_LINE = compiled(r"[ \u3000]*[(（]?[ \u3000]*(?:金额)?单位[^\n]{0,12}?[)）]?[ \u3000]*")
# a line of a label, a bar and a figure (教育支出|35107.66)
_LABEL_BAR_NUMBER = compiled(r"[ \u3000]*(?P<label>[^|｜0-9\n]{2,24}?)[ \u3000]*[|｜][ \u3000]*"
                             r"(?P<n>-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,4})?|-?[0-9]{1,12}(?:\.[0-9]{1,4})?)[ \u3000]*")
# where the phrase of a label starts (after punctuation): 其中：财政拨款收入 4980.12
_PHRASE_START = compiled(r"[^,，。；;：:、(（\n]*$")
# what stands between a figure and a change of it (，比上年减少)
_CHANGE_AFTER = compiled(r"[ \u3000]*[,，][ \u3000]*(?:比|较|同比|与)?(?:上年|去年|上年度|年初|\p{Han}{0,6}?)?[ \u3000]*")
# a line drawn with bars (1|某公司|临海镇|2,380|100, | 临洮县 | 12 | 406.5 |): its cells are
# between the bars, an empty one kept (合计|||4,483.9, 合计 | | | 30: the columns stay aligned)
_BARRED = compiled(r"[^|｜\s][ \u3000]*[|｜][^|｜\n]*[|｜]")
# a column header naming a rate: 单台补贴额, 每亩补助标准 (the noun right after 单/每)
_COLUMN_RATE = compiled(r"(?:单|每)(?P<n>\p{Han}{1,4})")


def _column_unit_line(folded: str, h: regex.Match) -> bool:
    """Is a unit header a column's unit on a line of its own under the column's name, in a
    table of one cell per line (总投资 / （万元） / 财政资金), rather than a table's unit?"""
    ls = folded.rfind("\n", 0, h.start()) + 1
    le = folded.find("\n", h.end())
    le = len(folded) if le < 0 else le
    if not _UNIT_ALONE.fullmatch(folded[ls:le].strip()) or ls == 0:
        return False
    prev = folded[folded.rfind("\n", 0, ls - 1) + 1:ls - 1].strip()
    return 0 < len(prev) <= 10 and not _DIGIT_ANY.search(prev) and "单位" not in prev and not _document_title(prev)


def _document_title(line: str) -> bool:
    """Is the line a document's title (…村级财务收支公开, …资金分配表; cleaning.is_document_title)?"""
    from .cleaning import is_document_title
    return is_document_title(line)


# a running head or foot of a page that ends in its number (开化县财政局 第2页, …决算 第 7 页 共 11 页)
_RUNNING_HEAD = compiled(r"[^\n]{1,30}?\s第\s*[0-9０-９]{1,4}\s*页(?:\s*[,，/／]?\s*共\s*[0-9０-９]{1,4}\s*页)?")


def _row_number_or_year(folded: str, n: str, end: int) -> bool:
    """Is a figure alone on its line under a label with its unit a year (2023) or a table's row
    number, not the label's value: one digit (⏎3⏎4800), or up to three before a line of words
    (⏎11⏎水渠维修) that is not the next label with its unit?"""
    if _is_year(n) or len(n) == 1 and n.isdigit():
        return True
    return n.isdigit() and len(n) <= 3 and bool(_TEXT_LINE_AFTER.match(folded, end)) \
        and not _NEXT_PAIR_LINE.match(folded, end)


def _label_number_lines(folded: str, pos: int, no_amount) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Label and figure on lines of their own, in turn (one cell per line): the (label, figure)
    spans from `pos` while each label line holds a short name and no digit and the line after it
    a bare figure only, two pairs or more; a pair whose label names no amount (户数, 实施年度) is
    passed over. None when the first figure is 1 or a figure line follows (a table's rows)."""
    out, seen, first = [], 0, None
    while pos < len(folded):
        m = _LABEL_THEN_NUMBER.match(folded, pos)
        if m is None:
            break
        seen += 1
        first = first or m["n"]
        if not no_amount(m["label"]):
            out.append((m.span("label"), m.span("n")))
        pos = m.end()
    if seen < 2 or first == "1" or _BARE_FIGURE_LINE.match(folded, pos) \
            or any(_is_year(folded[a:b]) for _, (a, b) in out):
        return []                  # 财政资金⏎1⏎静宁县⏎410⏎330: a header and the rows of a table, one cell per line
    return out


def _figure(text: str, start: int, end: int, written: str, code: str, factor: Decimal, per: str | None = None,
            row: tuple[int, int] | None = None) -> QuantityMatch:
    """A bare figure read as money in a unit the page states elsewhere (a unit line, a column's
    header, a label's brackets): `written` without its thousands commas, times `factor`."""
    value = scale(Decimal(written.replace(",", "").replace(" ", "").replace("−", "-")), factor)
    return QuantityMatch(start, end, Quantity(text=text[start:end], kind="money", value=value, unit=code, per=per),
                         row=row)


def _page_number(line: str) -> bool:
    """Is the line a page number of a PDF (— 1 —, 第2页 共3页; cleaning/furniture.tsv), or a
    running head that ends in one (开化县财政局 第2页)? Between a table's rows it is skipped; the
    cleaner keeps the running head as text (the place it names is a place of the page)."""
    from .cleaning import default_furniture
    return default_furniture().is_page_number(line) or _RUNNING_HEAD.fullmatch(line) is not None


def _bar_cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """The cells of a line drawn with bars; the empty cells outside its first and last bar
    (|a|b|) are no cells."""
    cells = _split_cells(line, offset, _BAR)
    if cells and not cells[0][0] and not line[:1].strip("|｜").strip():
        cells.pop(0)
    if cells and not cells[-1][0]:
        cells.pop()
    return cells


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


def _money(q: QuantityMatch) -> bool:
    return q.quantity.kind == "money" and q.quantity.value is not None


def _restatements_marked(found: list[QuantityMatch], folded: str) -> list[QuantityMatch]:
    """An amount restated in the parentheses after it (人民币壹拾贰万元整（￥120,000.00）,
    1,286,500.00元（大写：壹佰贰拾捌万陆仟伍佰元整）) is the same money written twice: both are
    mentions, the second marked as restating the first (`QuantityMatch.restates`). A bare
    figure in the parentheses after an amount in capitals or with its unit (伍万元整（50,000.00）)
    restates it when it states the same number of yuan: money, though it names no unit."""
    out = list(found)
    starts = {q.start for q in out}
    bare = []
    for q in out:
        if not _money(q) or q.quantity.unit != "CNY" or q.quantity.per is not None:
            continue
        paren = _OPEN_PAREN.match(folded, q.end)
        if paren is None or paren.end() == q.end or paren.end() in starts:
            continue
        figure = _BARE_FIGURE.match(folded, paren.end())
        if figure is None or not _CLOSE_PAREN.match(folded, figure.end()):
            continue
        if Decimal(figure.group().replace(",", "").replace("，", "")) == q.quantity.value:
            same = replace(q.quantity, text=figure.group(), qualifier="exact", low=None, high=None)
            bare.append(QuantityMatch(figure.start(), figure.end(), same, restates=q.start))
    if bare:
        out = sorted(out + bare, key=lambda q: q.start)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if p.restates is not None or not (_money(p) and _money(q)):
            continue
        if _OPEN_PAREN.fullmatch(folded, p.end, q.start) and _CLOSE_PAREN.match(folded, q.end) \
                and (q.quantity.value, q.quantity.unit, q.quantity.per) == (p.quantity.value, p.quantity.unit, p.quantity.per):
            out[i] = replace(q, restates=p.start)
    return out


@lru_cache(maxsize=1)
def default_grammar() -> QuantityGrammar:
    """The grammar for the bundled lexicon, built once per process."""
    from .datafiles import building

    with building():
        return QuantityGrammar()


def parse_quantity(text: str) -> Quantity:
    """Parse one quantity such as "约176.6万元", "400—600元", "百分之十五" or "2023年".

    Returns a `Quantity`; raises ValueError with a clear message if `text` is not exactly one
    quantity, TypeError if it is not a string.
    """
    return default_grammar().parse(text)


def _unblocked(found: list[QuantityMatch], blocked: list[tuple[int, int]]) -> list[QuantityMatch]:
    """The quantities of `found` that no blocked word (a non-quantity, 一五一十) holds the start
    of or starts inside. The words, from one finditer, do not overlap, so their starts and ends
    are both in order: two bisections per quantity instead of a pass over every word."""
    starts, ends = [s for s, _ in blocked], [e for _, e in blocked]
    return [q for q in found
            if not ((k := bisect_right(starts, q.start) - 1) >= 0 and q.start < ends[k]
                    or (j := bisect_left(starts, q.start)) < len(starts) and starts[j] < q.end)]


def find_quantities(text: str) -> list[QuantityMatch]:
    """Every quantity in `text` with character offsets into it (bundled lexicon)."""
    if not isinstance(text, str):
        raise TypeError(f"find_quantities expects str, got {type(text).__name__}")
    return default_grammar().find(text)


def canonical_text(q: Quantity) -> str:
    """A plain writing of a money amount, percentage or measure that `parse_quantity` reads
    back to the same value, bounds, unit and rate (bundled lexicon)."""
    return default_grammar().canonical(q)


def row_tokens(line: str, offset: int) -> tuple[list[tuple[str, int, int, str]], bool]:
    """The cells of a table line as (text, start, end, kind), kind one of num, pct, slot (an
    empty cell or a dash) and text; and whether the line was split at single spaces (a line
    with neither tabs nor runs of spaces: PDF text, one space between cells)."""
    cells = _cells(line, offset)
    single = False
    if len(cells) > 1 and any(_mixed_cell(c[0]) for c in cells):
        # 户主姓名  村委会  补助金额（元）  陈某福 石岭村 28000  吴某兰 杉坪村 9000: runs of spaces
        # part the header and the rows, single spaces the cells of a row: split at every space
        cells = [(line.strip(), offset + len(line) - len(line.lstrip()), offset + len(line.rstrip()))]
    if len(cells) == 1 and _SINGLE_SPLIT.search(cells[0][0]) and not _CELL_NUMBER.fullmatch(cells[0][0]):
        single = True
        cell, s, _ = cells[0]
        cells = [(m.group(), s + m.start(), s + m.end()) for m in _CELL_WORDS.finditer(cell)]
    out = []
    for cell, s, e in cells:
        aside = _FIGURE_ASIDE.fullmatch(cell) if cell[-1:] in ")）" else None
        if aside is not None:                               # 160（其余由村集体自筹）: a figure and its remark
            cell, e = aside["n"], s + aside.end("n")
        kind = ("num" if _CELL_NUMBER.fullmatch(cell) else "pct" if _CELL_PERCENT.fullmatch(cell)
                else "slot" if not cell or _PLACEHOLDER.fullmatch(cell) else "text")
        out.append((cell, s, e, kind))
    return out, single


def _mixed_cell(cell: str) -> bool:
    """Does a cell split at runs of spaces still hold words and a number apart at single spaces
    (王某强 鸭坡村 35000): several cells of a row, not one?"""
    words = _SINGLE_SPLIT.split(cell.strip())
    return len(words) >= 2 and any(_CELL_NUMBER.fullmatch(w) for w in words) \
        and any(not _CELL_NUMBER.fullmatch(w) and _HAN.search(w) for w in words)


def _token(cell: str, start: int, end: int) -> tuple[str, int, int, str]:
    """A table cell as (text, start, end, kind), kind as in `row_tokens`."""
    kind = ("num" if _CELL_NUMBER.fullmatch(cell) else "pct" if _CELL_PERCENT.fullmatch(cell)
            else "slot" if not cell or _PLACEHOLDER.fullmatch(cell) else "text")
    return cell, start, end, kind


def _merge_text(tokens: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """Adjacent text tokens of a row split at single spaces are one label (合 计, 南平市 本级)."""
    out: list[tuple[str, int, int, str]] = []
    for t in tokens:
        if out and t[3] == "text" and out[-1][3] == "text":
            prev = out[-1]
            out[-1] = (prev[0] + " " + t[0], prev[1], t[2], "text")
        else:
            out.append(t)
    return out


# a cell stating a size (1.6公里, 长380米宽2米, 容积50立方米), and the unit ending it: not a date, a
# batch, a numbered group or a page (2022年, 3组, 第3页)
_SIZE_TEXT = compiled(r"(?:\p{Han}{0,3}[0-9０-９]+(?:[.．][0-9０-９]+)?\p{Han}{1,4})+")
_SIZE_UNIT_END = compiled(r"(?<=[0-9０-９])(?!年|月|日|号|季度|期|批|届|次|组|村|队|社|页|章|条|款)\p{Han}{1,4}$")


# the most empty cells in a row a table with one cell per line may show as blank lines
_MAX_EMPTY_CELLS = 4


def _consistent(tokens, kinds) -> bool:
    """A row split at single spaces lines up with a header of as many columns: labels under
    label columns, numbers under columns of numbers (or a row number under 序号)."""
    for t, k in zip(tokens, kinds):
        if k[0] == "code":
            if t[3] != "slot" and not _CODE_CELL.fullmatch(t[0]):
                return False
            continue
        if t[3] == "text" and k[0] not in ("text", "index", "unknown", "either") \
                and not (k[0] == "other" and _SIZE_TEXT.fullmatch(t[0])):
            return False                                    # (1.6公里 under 建设规模: a measure)
        if t[3] in ("num", "pct") and k[0] == "text":
            return False
    return True


def _row_tokens_again(tokens: list[tuple]) -> list[tuple]:
    """The tokens of a row split at single spaces, unmerged (the label words apart)."""
    out = []
    for t in tokens:
        if t[3] == "text" and " " in t[0]:
            pos = t[1]
            for word in t[0].split(" "):
                out.append((word, pos, pos + len(word), "text"))
                pos += len(word) + 1
        else:
            out.append(t)
    return out


_TAKES = {"text": ("text", "index", "unknown", "either", "code"),
          "num": ("money", "percent", "other", "unknown", "index", "either", "code"),
          "pct": ("percent", "other", "unknown"), "slot": ("money", "percent", "other", "unknown", "index", "text", "either", "code")}
# a cell of an identity, account or phone number column: masked (3505**********1234), long, or a
# phone number; never a short number (1200 is the amount next to it)
_CODE_CELL = compiled(r"(?=[^*＊]*[0-9])[0-9A-Za-z]*[*＊]+[0-9A-Za-z*＊]*|[0-9]{7,}[0-9Xx]?|[0-9]{3,4}-[0-9]{7,8}")


def _same_amounts(a: list[QuantityMatch], b: list[QuantityMatch]) -> bool:
    """Do two readings of a table give the same amounts at the same places?"""
    return [(m.start, m.end, m.quantity.value, m.quantity.unit) for m in a] == \
        [(m.start, m.end, m.quantity.value, m.quantity.unit) for m in b]


class _Span(tuple):
    """A header cell's offsets riding along a column kind, so that an amount can name its
    column; not part of what the column holds: kinds compare equal whatever their spans (one
    header read two ways is still one reading of the row)."""

    def __eq__(self, other):
        return isinstance(other, _Span)

    def __ne__(self, other):
        return not isinstance(other, _Span)

    def __hash__(self):
        return 0


def _alignments(tokens: list[tuple], names: list[str], kinds: list[tuple], share_text: bool,
                limit: int = 64) -> list[tuple] | None:
    """The amounts a row gives under a header, over every way of placing its cells under the
    columns in order (cells may be missing, a label may spread over two columns, neighbouring
    numbers may be one number with a space between its thousands): labels under label columns,
    numbers under columns of numbers, a row number only under 序号. Returns the distinct
    readings — (token, column kind) pairs for the numbers under money or share columns — or
    None when the row cannot stand under this header at all; when a total column (合计) is
    the sum of the others in some readings, only those."""
    readings = _token_readings(tokens)
    if readings is None:
        return []                                           # too many ways: several readings
    totals = [i for i, n in enumerate(names) if _TOTAL_COLUMN.fullmatch(_SPACES.sub("", n))]
    total = totals[0] if len(totals) == 1 and len(kinds) >= 3 else -1
    m = len(kinds)
    first_data = next((c for c, k in enumerate(kinds) if k[0] not in ("text", "index")), m)
    # a header with a column of shares places every cell written with % (5.2%) in one
    shares_named = any(k[0] == "percent" for k in kinds)
    outcomes: set[tuple] = set()
    for toks in readings:
        n = len(toks)
        text_after_text = [share_text and k > 0 and toks[k][3] == "text" and toks[k - 1][3] == "text"
                           for k in range(n)]
        need = [0] * (n + 1)                                # columns the tokens from k on need at least
        for k in range(n - 1, -1, -1):
            need[k] = need[k + 1] + (1 if toks[k][3] in ("num", "slot") else 0)
        memo: dict[tuple[int, int], frozenset | None] = {}

        def suffix(i: int, lo: int) -> frozenset | None:
            """Readings of tokens i… placed from column lo on (lo - 1 too for a label word
            after a label word); None when there are too many."""
            if i == n:
                return frozenset([()])
            key = (i, lo)
            if key in memo:
                return memo[key]
            tok = toks[i]
            out: set[tuple] = set()
            if (tok[3] == "text" and lo == 0) or tok[3] == "pct" and not shares_named:
                # the row's label before the named columns (a header that leaves the label
                # column unnamed), or a share the header has no column for: left out
                rest = suffix(i + 1, lo)
                if rest is None:
                    memo[key] = None
                    return None
                out.update(rest)
            first = lo - 1 if text_after_text[i] else lo
            for c in range(max(first, 0), m - need[i + 1]):
                kind = kinds[c]
                if kind[0] not in _TAKES[tok[3]] and not (kind[0] == "text" and tok[3] == "num" and c < first_data
                                                          and _is_year(tok[0])):
                    continue                                # (a year may be a row's label: 2022, not a remark after the numbers)
                if kind[0] == "index" and tok[3] == "num" and (i > 0 or not _ROW_NUMBER_CELL.fullmatch(tok[0])):
                    continue
                if kind[0] == "code" and tok[3] != "slot" and not _CODE_CELL.fullmatch(tok[0]):
                    continue
                rest = suffix(i + 1, c + 1)
                if rest is None:
                    memo[key] = None
                    return None
                if kind[0] == "either":
                    kind = ("money", *kind[1:])
                head = ((tok, kind, c),) if tok[3] == "num" and kind[0] in ("money", "percent") \
                    or tok[3] == "pct" and kind[0] == "percent" else ()
                out.update(head + r for r in rest)
                if len(out) > limit:
                    memo[key] = None
                    return None
            memo[key] = frozenset(out)
            return memo[key]

        found = suffix(0, 0)
        if found is None:
            return []
        outcomes.update(found)
    if not outcomes:
        return None
    plain = {tuple((t, k) for t, k, _ in o) for o in outcomes}
    if len(plain) > 1 and total >= 0:                       # 2 500 1 700 800 under 合计 中央 省级
        outcomes = {o for o in outcomes if _adds_up(o, total)}
    return list(outcomes)


def _adds_up(outcome: tuple, total: int) -> bool:
    """The number read under the total column is the sum of the other amounts of the row."""
    tot = [t for t, k, c in outcome if c == total]
    parts = [t for t, k, c in outcome if c != total and k[0] == "money"]
    if len(tot) != 1 or len(parts) < 2:
        return False
    val = lambda x: Decimal(_SPACES.sub("", x[0]).replace(",", ""))
    return val(tot[0]) == sum(val(p) for p in parts)


def _counts_to_last_row(tokens: list[tuple]) -> bool:
    """A line of flattened rows that ends on the row number and label of a row begun (… 15 3.5
    3 宝日温): its row numbers (a number of up to three digits before a label) count up to it."""
    if len(tokens) < 2 or tokens[-2][3] != "num" or not _ROW_NUMBER.fullmatch(tokens[-2][0]):
        return False
    numbers = [int(t[0]) for t, nxt in zip(tokens, tokens[1:]) if t[3] == "num" and nxt[3] == "text"
               and _ROW_NUMBER.fullmatch(t[0])]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _cell_value(tok: tuple) -> Decimal:
    return Decimal(_SPACES.sub("", tok[0]).replace(",", "").replace("−", "-"))


def _add_to_sums(sums: dict | None, cells, pairs) -> None:
    """Add a row's numbers to the sums of their columns (under the header `cells`)."""
    if sums is None or None in sums or cells is None:
        return
    for tok, kind, col in pairs:
        if col is None or tok[3] != "num":
            continue
        key = (cells[0][1], col)
        sums[key] = sums.get(key, Decimal(0)) + _cell_value(tok)


def _parts_of_a_total(pairs: list[tuple]) -> list[tuple]:
    """A row's cells under columns whose names say nothing (公益岗位, 小型公益事业) beside columns
    of money: when one money cell is exactly the sum of all the row's other cells, money and
    unnamed together, the unnamed ones are parts of that total and money in its unit. Any other
    row leaves them unread (never a guess)."""
    unknown = [i for i, (_, k, _) in enumerate(pairs) if k[0] == "unknown"]
    money = [i for i, (_, k, _) in enumerate(pairs) if k[0] == "money"]
    if not unknown or not money or len(unknown) + len(money) < 3 \
            or len({k[1:4] for _, k, _ in (pairs[i] for i in money)}) != 1:
        return pairs
    values = {i: _cell_value(pairs[i][0]) for i in unknown + money}
    total = sum(values.values())
    whole = [i for i in money if values[i] > 0 and values[i] * 2 == total]
    if len(whole) != 1 or any(v <= 0 for v in values.values()):
        return pairs
    unit = pairs[money[0]][1][1:4]
    return [(t, ("money", *unit, *k[1:2]) if k[0] == "unknown" else k, c) for t, k, c in pairs]


def _is_column_sums(outcome: tuple, sums: dict, cells) -> bool:
    """Every amount of a total row's reading is the sum of its column above."""
    money = [(t, c) for t, k, c in outcome if k[0] == "money"]
    return bool(money) and all(sums.get((cells[0][1], c)) == _cell_value(t) for t, c in money)


def _token_readings(tokens: list[tuple], limit: int = 32) -> list[list[tuple]] | None:
    """Every way of reading a row's tokens with neighbouring numbers joined where they may be
    thousands groups (1 320 → 1320); None when there are too many."""
    out: list[list[tuple]] = []

    def walk(i: int, acc: list[tuple]) -> None:
        if len(out) > limit:
            return
        if i == len(tokens):
            out.append(list(acc))
            return
        cur = tokens[i]
        walk(i + 1, acc + [cur])
        j = i
        while j + 1 < len(tokens) and _joins(cur, tokens[j + 1]):
            nxt = tokens[j + 1]
            cur = (cur[0] + " " + nxt[0], cur[1], nxt[2], "num")
            j += 1
            walk(j + 1, acc + [cur])

    walk(0, [])
    return out if len(out) <= limit else None


def _spaced_thousands(raw: list[tuple], sums: dict | None) -> list[tuple] | None:
    """The numbers of a row of labels each followed by one number written with PDF's space
    between its thousands (城关镇 216 000 河口镇 183 600, 办公费 18 650): read so only when one
    way of joining the numbers gives every label exactly one number, none starting with 0, and
    a group no number starts with (000, 050) shows that the row or a row above it in the same
    table writes its thousands so; else None (12 467 after a name: an area and an amount?)."""
    readings = _token_readings(raw)
    if readings is None:
        return None
    fits = [r for r in readings if _one_number_per_label(r)]
    if len(fits) != 1:
        return None
    numbers = [t for t in fits[0] if t[3] == "num"]
    if any(_ZERO_GROUP.search(t[0]) for t in numbers) and sums is not None:
        sums["thousands"] = True
    if not (sums or {}).get("thousands") and not any(_ZERO_GROUP.search(t[0]) for t in numbers):
        return None
    return numbers


def _thousands_kept(outcomes: list[tuple], row: list[tuple], sums: dict | None,
                    kinds: list[tuple] | None = None) -> list[tuple]:
    """The readings of a row under its header that keep together a number written with PDF's
    space between its thousands: a pair whose second group no cell starts with (38 000.00,
    34 050.00), and, in a table that shows it writes its thousands so, a pair whose second
    group holds the cents the first lacks (12 600.00: no cell of such a table is written 12).
    A reading that puts both parts of such a pair in columns of their own, or that reads 000.00
    as a cell, is dropped; other readings stay (600 480 under two columns; 3 150.00 where the 3
    is a count's cell). In such a table a row with more numbers than its header has columns of
    numbers (王某 首善 旋耕机 1 920 under one 补贴额) has its pairs joined too. Notes in `sums`
    that the table writes its thousands so."""
    if sums is not None and _zero_groups(row):
        sums["thousands"] = True
    strong = _strong_pairs(row, bool((sums or {}).get("thousands")), kinds)
    if not strong:
        return outcomes
    def splits(o) -> bool:
        at = {(t[1], t[2]) for t, *_ in o}
        return any(((a[1], a[2]) in at and (b[1], b[2]) in at) or (b[1], b[2]) in at and _LEADING_ZERO.match(b[0])
                   for a, b in strong)
    kept = [o for o in outcomes if not splits(o)]
    return kept if kept else outcomes


def _strong_pairs(row: list[tuple], spaced: bool, kinds: list[tuple] | None = None) -> list[tuple]:
    """The neighbouring numbers of a row that are surely one number with a space between its
    thousands (see _thousands_kept), in a table that does (`spaced`) or may not write them so."""
    pairs = [(a, b) for a, b in zip(row, row[1:]) if _joins(a, b)]
    zero = [(a, b) for a, b in pairs if _LEADING_ZERO.match(b[0])]
    if not spaced or not pairs:
        return zero
    numbers = [t for t in row if t[3] == "num"]
    if kinds is not None and any(k[0] == "index" for k in kinds) and numbers and numbers[0] is row[0]:
        numbers = numbers[1:]                               # 1 王某某 …: the row's number
    columns = sum(1 for k in kinds if k[0] not in ("text", "index")) if kinds is not None else None
    if columns is not None and len(numbers) > columns:
        return pairs
    return zero + [(a, b) for a, b in pairs if (a, b) not in zero and "." in b[0] and "." not in a[0]]


def _forget_sums(sums: dict) -> None:
    """Columns uncertain: no sums for this table (how it writes its thousands is kept)."""
    spaced = sums.get("thousands")
    sums.clear()
    sums[None] = True
    if spaced:
        sums["thousands"] = True


def _spaced_row(tokens: list[tuple], sums: dict | None, kinds: list[tuple] | None = None) -> bool:
    """Does the row hold a number surely written with a space between its thousands (a group
    no cell starts with; in a table that writes them so, a group with the cents the number
    before lacks), whose two parts a cell-by-cell reading would put in two money columns?"""
    if not _joinable(tokens):
        return False
    if _zero_groups(tokens):
        return True
    where = {(t[1], t[2]): i for i, t in enumerate(tokens)}
    for a, b in _strong_pairs(tokens, bool((sums or {}).get("thousands"))):
        i = where.get((a[1], a[2]))
        if kinds is None or i is None or i >= len(kinds) or kinds[i][0] in ("money", "either"):
            return True
    return False


def _zero_groups(tokens: list[tuple]) -> bool:
    """Does a number of the row stand after another as a group no cell starts with (38 000.00,
    34 050.00): one number written with a space between its thousands?"""
    return any(_joins(a, b) and _LEADING_ZERO.match(b[0]) for a, b in zip(tokens, tokens[1:]))


def _writes_spaced_thousands(folded: str, pos: int, stop: int) -> bool:
    """Do the table lines from pos on (up to the first line of running text) write a number
    with a space before a group no cell starts with (45 000.00, 61 031.40)?"""
    first = _SPACED_ZERO_GROUP.search(folded, pos, stop)
    if first is None:
        return False
    eol = folded.find("\n", first.end(), stop)
    stop = stop if eol < 0 else eol                         # its line and the lines before: no running text
    while pos < stop:
        eol = folded.find("\n", pos, stop)
        eol = stop if eol < 0 else eol
        line = folded[pos:eol]
        if _PROSE.search(_ASIDE.sub("", line)) and not _aligned_row(line):
            return False
        pos = eol + 1
    return True


# an amount written with its thousands spaced (170 350元, 1 000万元) and whether a group opens with 0
_SPACED_MONEY = compiled(r"(?<![0-9.,])(?P<joined>(?<=[^\P{Han}表图件第号条款项例节章年月日序]))?[1-9][0-9]{0,2}(?: [0-9]{3})+(?:\.[0-9]+)?(?![0-9]) ?(?:[十百千]?[万亿]{1,2})?元")
_PROSE_MARK = compiled(r"[，。；、：,;:]")
_THOUSANDS_GROUPS = compiled(r"[1-9][0-9]{0,2}(?:[ \u00a0][0-9]{3})+")
_SPACED_ZERO_GROUP = compiled(r"(?<![0-9.,])[1-9][0-9]{0,2}(?: [0-9]{3})* 0[0-9]{2}(?:\.[0-9]+)?(?![0-9])")


def _one_number_per_label(tokens: list[tuple]) -> bool:
    """Does every label of the row (one text cell, or several in a row: 上级转移支付 村级组织运转
    经费) come before exactly one number, and no number start with 0 (000 is no cell of its own)?"""
    if not tokens or tokens[0][3] != "text":
        return False
    for a, b in zip(tokens, tokens[1:]):
        if a[3] == b[3] == "num":
            return False
    return tokens[-1][3] == "num" and all(not _LEADING_ZERO.match(t[0]) for t in tokens if t[3] == "num")


_ZERO_GROUP = compiled(r" 0[0-9]{2}(?![0-9])")


_PAGE_MARK = compiled(r"第\s*[0-9]+\s*页")


def _header_once(line: str, pos: int) -> list[tuple] | None:
    """The cells of a header written twice on its line, parted by a bar (two narrow tables set
    side by side: 乡镇 户数 金额 ｜ 乡镇 户数 金额): the first copy's; None otherwise."""
    if not _PARTED_BAR.search(line):
        return None
    parts = [row_tokens(part, pos + at)[0] for part, at in _bar_parts(line)]
    if len(parts) < 2 or len(parts[0]) < 2 or len({tuple(t[0] for t in p) for p in parts}) != 1:
        return None
    return parts[0]


def _bar_parts(line: str) -> list[tuple[str, int]]:
    """The parts of a line between bars with spaces around them, each with its offset."""
    out, at = [], 0
    for bar in [*_PARTED_BAR.finditer(line), None]:
        out.append((line[at:bar.start() if bar is not None else len(line)], at))
        at = bar.end() if bar is not None else len(line)
    return out


# a bar with spaces around it parting rows written on one line (… 26.8 | 青杠村 …, … 16 ｜ 西岩镇 …)
_PARTED_BAR = compiled(r"[ \u3000]+[|｜][ \u3000]+")


def _bar_parted_rows(line: str, pos: int, not_money=None) -> list[list[tuple]] | None:
    """The rows of a line that writes several rows parted by " | " (青杠村 上湾屯 0.9公里 26.8 |
    青杠村 下湾屯 0.6公里 19.5): the cells of each, when there are two rows or more, each ends in a
    number and all have as many cells; else None."""
    parts = []
    for part, at in _bar_parts(line):
        if _page_number(part.strip()) or _PAGE_MARK.search(part):
            return None                                 # 第1页 共 3 | 第2页 共 3: a page's furniture
        parts.append(row_tokens(part, pos + at)[0])
    if len(parts) < 2 or any(not t or t[-1][3] != "num" for t in parts) or len({len(t) for t in parts}) != 1 \
            or len(parts[0]) < 2 or any(t[0][3] != "text" for t in parts):
        return None
    if not_money is not None and any(not_money.search(x[0]) for t in parts for x in t if x[3] == "text"):
        return None                                     # (阅读 1203 | 评论 5, 第1页 共 3: a page's counters)
    return parts


def _aligned_row(line: str) -> bool:
    """Is a line with a comma still a table row: cells aligned by tabs or runs of spaces, a
    comma only inside a text cell (改造钢架大棚40座，配套水肥一体化设施), a number cell after it
    (the amounts, then perhaps a remark: 脱贫户及监测户112户) or only in the remark that ends the
    row, and no sentence end?"""
    if "。" in line or "；" in line:
        return False
    single = False
    if "\t" not in line and _BARRED.search(line):
        cells = [c for c, _, _ in _bar_cells(line.strip(), 0) if c]
    else:
        cells = [c for c in _CELL_SPLIT.split(line.strip()) if c]
        if len(cells) < 3:
            # cells parted by single spaces (PDF or web text): more cells and two numbers after the
            # comma's cell asked (1 茶园提质 桃坪镇 改造茶园600亩，配套喷灌 84.5 70)
            cells, single = line.split(), True
    if len(cells) < (4 if single else 3):
        return False
    prose = [i for i, c in enumerate(cells) if _PROSE.search(c)]
    numbers = [i for i, c in enumerate(cells) if _CELL_NUMBER.fullmatch(c)]
    if single:
        # the comma's cell among the row's words (a row number may lead), then only figures, a
        # remark at most after them: 道路硬化 120 公里，新建 桥梁 8 座 is prose
        if not prose:
            return False
        after = cells[prose[-1] + 1:]
        figures = [c for c in after if _CELL_NUMBER.fullmatch(c)]
        lead_numbers = [i for i in numbers if 0 < i < prose[0]]
        return len(figures) >= 2 and not lead_numbers and all(
            _CELL_NUMBER.fullmatch(c) for c in after[:len(after) - (0 if _CELL_NUMBER.fullmatch(after[-1]) else 1)])
    if not prose:
        return bool(numbers)
    # the comma in a cell before the amounts, or in a remark that ends the row after them
    # (牧户分红\t42.60\t全嘎查213户，每户2000元)
    return bool(numbers) and (numbers[-1] > prose[-1] or prose == [len(cells) - 1]
                              and not _RATE_REMARK.match(cells[-1]))


# a remark that gives the rate of the amount before it (800\t元/人·月，按季度发放; 每人每月，…):
# the amount's unit is not the table's alone
_RATE_REMARK = compiled(r"(?:[十百千]?[万亿]?元)?[/／]|(?:每\p{Han}{1,3}?)+(?=[，,、\s]|$)")


def _rejoin_broken_name(cells: list[tuple], kinds: list[tuple]) -> list[tuple] | None:
    """k + 1 lines of a one-cell-per-line table that make a row of k cells when two text lines
    in a row are one name broken over two lines (乌兰呼都嘎 / 查): that row, else None. Only
    one text column may take the two lines, so the reading is never a guess."""
    k = len(kinds)
    if len(cells) != k + 1:
        return None
    rows = []
    for t in range(k):
        a, b = cells[t], cells[t + 1]
        if kinds[t][0] != "text" or a[3] != "text" or b[3] != "text":
            continue
        row = [*cells[:t], (a[0] + b[0], a[1], b[2], "text"), *cells[t + 2:]]
        if _consistent(row, kinds):
            rows.append(row)
    return rows[0] if len(rows) == 1 else None


def _joins(a: tuple, b: tuple) -> bool:
    return (b[1] == a[2] + 1 and a[3] == "num" and b[3] == "num" and _GROUP_HEAD.fullmatch(a[0]) is not None
            and _GROUP_TAIL.fullmatch(b[0]) is not None)


def _in_prose(folded: str, pos: int) -> bool:
    """Is the line of `pos` prose (it holds a clause's punctuation: ，。；、：), not a table row
    (东村 12 650元 under 村名 户数 金额: 12 households and 650元?)"""
    lo = folded.rfind("\n", 0, pos) + 1
    hi = folded.find("\n", pos)
    return bool(_PROSE_MARK.search(folded, lo, len(folded) if hi < 0 else hi))


def _share_cell_may_join(tokens: list[tuple], kinds: list[tuple]) -> bool:
    """Would a bare number placed in a column of shares be the thousands of the number before
    it (一般公共服务支出 12 516 under 决算数 增幅, its share cell empty)? Then the cells cannot be
    placed one to a column."""
    return any(k[0] == "percent" and b[3] == "num" and a[3] == "num" and _joins(a, b)
               for a, b, k in zip(tokens, tokens[1:], kinds[1:]))


def _joinable(values: list[tuple]) -> bool:
    """Some two neighbouring numbers may be one number with a space between its thousands."""
    return any(_joins(a, b) for a, b in zip(values, values[1:]))
