"""Exact conversion of written numbers (Arabic, Chinese, financial capitals, mixed) to Decimal.

Pure functions, no spaCy. Every result is a `decimal.Decimal` built from digits, never from a
float, so 1.04亿 is exactly Decimal("104000000").
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Full-width digits and punctuation that appear in extracted PDFs.
_WIDTH = str.maketrans("０１２３４５６７８９．，－＋", "0123456789.,-+")

# Financial capitals and variants folded onto the ordinary numerals.
_CAPITALS = str.maketrans({
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五",
    "陆": "六", "陸": "六", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百",
    "仟": "千", "萬": "万", "億": "亿", "〇": "零", "两": "二", "兩": "二", "廿": "二十",
    "卅": "三十", "點": "点",
})

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT_CHARS = "".join(CN_DIGITS)
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

#: Characters that may appear inside a Chinese numeral, in any supported script.
CN_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万亿壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億廿卅"


_PLAIN = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def fold(text: str) -> str:
    """Map full-width digits and financial capitals onto plain forms (same length not kept)."""
    if text.isascii():
        return text
    return text.translate(_WIDTH).translate(_CAPITALS)


def _arabic(literal: str) -> Decimal:
    cleaned = literal.replace(",", "").replace(" ", "")
    if not cleaned or cleaned.count(".") > 1 or cleaned.startswith(".") or cleaned.endswith("."):
        raise ValueError(f"not a number: {literal!r}")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"not a number: {literal!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite number: {literal!r}")
    return value


def parse_number(text: str) -> Decimal:
    """Parse one written number to an exact Decimal.

    Accepts Arabic numbers with thousands separators and decimals (1,234.5, １２３．５),
    Chinese numerals (四千零三十一万, 两, 十一点二五万, 二〇二三), financial capitals
    (壹仟贰佰), colloquial forms (一千五 = 1500, 两万五 = 25000) and mixtures (1.5万, 3千万,
    0.19亿, 4.5万亿, 3亿5000万). Raises ValueError for anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_number expects str, got {type(text).__name__}")
    s = fold(text.strip())
    if not s:
        raise ValueError("empty number")
    if _PLAIN.fullmatch(s):                   # the common case: 3000, 1,234.5
        return _normalize(_arabic(s))
    # A run of bare Chinese digits is positional: 二零二三 -> 2023.
    if len(s) > 1 and not s.strip(_CN_DIGIT_CHARS):
        return Decimal("".join(str(CN_DIGITS[c]) for c in s))

    total = Decimal(0)        # everything already multiplied by a big unit
    section = Decimal(0)      # below the current big unit
    number: Decimal | None = None
    last_unit = 0             # value of the last unit seen, for 一千五 -> 1500
    last_big = 0              # last big unit, to tell 万亿 (multiply) from 亿...万 (add)
    after_zero = False
    prev_kind = ""
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isdigit() or (c == "." and i + 1 < n and s[i + 1].isdigit()):
            j = i
            while j < n and (s[j].isdigit() or s[j] in ".,"):
                j += 1
            if number is not None:
                raise ValueError(f"two numbers in a row in {text!r}")
            number = _arabic(s[i:j])
            prev_kind = "digit"
            i = j
            continue
        if c in CN_DIGITS:
            if c == "零":
                after_zero = True
                if number is not None:
                    raise ValueError(f"misplaced 零 in {text!r}")
                prev_kind = "zero"
                i += 1
                continue
            if number is not None:
                raise ValueError(f"two digits in a row in {text!r}")
            number = Decimal(CN_DIGITS[c])
            prev_kind = "digit"
            i += 1
            continue
        if c == "点":
            # 十一点二五: the fraction attaches to everything in the current section.
            j = i + 1
            digits = ""
            while j < n and s[j] in CN_DIGITS:
                digits += str(CN_DIGITS[s[j]])
                j += 1
            if not digits:
                raise ValueError(f"点 without decimals in {text!r}")
            whole = section + (number if number is not None else Decimal(0))
            if number is None and section == 0 and prev_kind != "zero":
                raise ValueError(f"点 without an integer part in {text!r}")
            number = whole + Decimal("0." + digits)
            section = Decimal(0)
            prev_kind = "digit"
            i = j
            continue
        if c in SMALL_UNITS:
            unit = SMALL_UNITS[c]
            if number is None:
                if prev_kind in ("small",):
                    raise ValueError(f"two units in a row in {text!r}")
                number = Decimal(1)  # 十八 = 18, 十万 = 100000
            section += number * unit
            number = None
            last_unit = unit
            after_zero = False
            prev_kind = "small"
            i += 1
            continue
        if c in BIG_UNITS:
            unit = BIG_UNITS[c]
            value = section + (number if number is not None else Decimal(0))
            if prev_kind == "big" and unit > last_big:
                total *= unit          # 万亿: the previous big unit is multiplied again
                last_big = unit
            elif value == 0 and prev_kind != "zero":
                raise ValueError(f"unit {c} without a number in {text!r}")
            elif last_big and unit >= last_big:
                total = (total + value) * unit   # 5万亿 written as 5万 then 亿
                last_big = unit
            else:
                total += value * unit
                last_big = unit
            section = Decimal(0)
            number = None
            last_unit = unit
            after_zero = False
            prev_kind = "big"
            i += 1
            continue
        raise ValueError(f"unexpected character {c!r} in number {text!r}")

    if number is not None:
        # 一千五 = 1500 and 两万五 = 25000: a trailing digit takes the next lower unit,
        # unless a 零 separates it (一千零五 = 1005) or it is the only thing written.
        if last_unit >= 100 and not after_zero and prev_kind == "digit" and number < 10 \
                and number == number.to_integral_value():
            number *= last_unit // 10
        section += number
    result = total + section
    return _normalize(result)


def _normalize(value: Decimal) -> Decimal:
    """Drop a meaningless exponent and trailing zeros while staying exact (1.50E+4 -> 15000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def scale(value: Decimal, factor: Decimal | int) -> Decimal:
    """Multiply exactly and normalize the representation."""
    return _normalize(value * Decimal(factor))
