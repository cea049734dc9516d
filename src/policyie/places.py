"""Finding administrative places in text and resolving them to gazetteer units.

Pure logic over strings and character offsets (no spaCy). A same-named place is never
resolved by silent default: the article's other places decide (永昌街道 in an article about
兰溪市 belongs to 兰溪市), else the mention keeps its `candidates`.

The matcher is a process-wide, read-only object shared by threads: everything one call
works with lives in a `_Call` made for that call.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import regex

from .automaton import WordMatcher
from .village_groups import GroupFinder, read_units
from .gazetteer import Gazetteer, Unit, default_gazetteer
from .lexicon import read_lines, read_table
from .numerals import parse_number
from .regexes import DATELINE_AFTER, DATELINE_BEFORE, DETERMINER_CHARS, TOTAL_WORD, WRITTEN_DATE, alternation, \
    compiled, figure_on_next_line, matches_from

DATA_DIR = Path(__file__).parent / "data" / "places"
ROLES_FILE = Path(__file__).parent / "data" / "structure" / "byline_roles.txt"
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3, "township": 3, "village": 4}
# a river basin, a river, lake, mountain, road or street named after a place (太湖流域,
# 阿克苏河, 中山路, 北仑大道, 香港中路): a feature, not the unit -- unless a unit word follows
# a short name followed by a unit or feature word names something else (兴隆镇, 江口村, 石门河)
_NAMED_AFTER = r"(?:镇|乡|村|街道|社区|办事处|嘎查|苏木|河|江|湖|山|水库|大道|路)"
# where a subject starts: a line, a sentence, a headline's colon
_SUBJECT_START = compiled(r"(?:^|[\n。！？!?：:])\s*$")
# a county's own bodies and scope, by the unit word of its name (县财政局, 全县, 市政府)
_OWN_BODY = {w: compiled(rf"全{w}|{w}(?:财政局?|委|政府|人民政府|级财政|直)") for w in "县市旗区"}
_FEATURE_AFTER = compiled(r"流域|[东南西北中]?(?:大道|大街|路|街|巷)(?![\p{Han}]{0,1}(?:市|县|区|财政|人民|道办))"
                          r"|[河湖江溪山桥港湾](?![\p{Han}]{0,1}(?:市|县|区|财政|人民))")
_SHORT_HAN = compiled(r"[\p{Han}]{0,4}")
# the last character of a body's name (财政局, 农业农村厅, 人民政府, 管委会 …)
_BODY_END_CHARS = "局厅委办院部府所站队社心会"
_BODY_END = compiled(rf"[{_BODY_END_CHARS}]$")
# a body's name, then an adverb or a modal before the verb that joins it to another body
# (县住建局将会同县财政局, 市财政局已会同)
_BODY_THEN_ADVERB = compiled(rf"[{_BODY_END_CHARS}][将已并要还拟正应须需也又再均]$")
_FALSE_TOWNSHIP = compiled(r"乡[村镇土亲]|镇[村街]")
# what a township form (桑科乡 for 桑科镇) runs into when it is a word (文明乡风, 中心乡镇, 家乡情)
_HAN_CHAR1 = compiled(r"\p{Han}")
_FORM_WORD_AFTER = compiled(r"乡[风民愁贤情音里邻间]|镇[民长区]")
# a township's people after its name (段村镇村民, 高峰乡乡亲): the township, not the word 镇村/乡亲
_PEOPLE_AFTER = compiled(r"村民|居民|乡亲们|群众")
# a unit word after a short name: 义乌财政局, 琼中：, 霞浦县 … but 建华市长 is a person's title
_SUFFIX_AFTER = compiled(r"[：:财人公政法农医卫税应教民发]|[市县区旗州盟](?![长委])")
# the count that closes a list of places: 霞浦、古田、屏南6县; 昭阳、巧家、盐津等6县(区)
# (a list closed by 乡/镇/乡镇 is one of townships written short: 桃城、东平、石鼓等5个乡镇, not counties)
_LIST_COUNT = compiled(r"等?(?:[0-9０-９]{1,3}|[一二三四五六七八九十两]{1,3})个?(?:县|市|区|州|旗|盟|省|地)")
_LIST_SEP = ("、", "和", "及", "与", "，", ",")
_JOINERS = "和及与"
# what a clause or a list's item opens after
_CLAUSE_OPEN = frozenset("，,、；;。：:！？!?\n（(“")
# function words that open a one-character-stem county name (和县, 向县?): such a name needs support
_FUNCTION_CHARS = set("和与及或在对向各该本全每某为从是的并且")
_VILLAGE_NUM = compiled(r"[0-9０-９]{1,2}(?:村|组)")
# a list of villages named by their numbers (在2村、5村和8村)
# (after a delimiter or a preposition: 按照每年2村、3村梯次推进 counts them)
_NUMBERED_RUN = compiled(r"(?<=^|[\n，,；;。：:、（(“ \t\u3000在对为向给将把于至的])"
                         r"[0-9０-９]{1,2}村(?:[、和及与][0-9０-９]{1,2}村)+(?![民级务委庄镇])")
_VILLAGE_NUM_ITEM = compiled(r"[0-9０-９]{1,2}村")
# characters that never occur in a village's own name: function words, determiners, counters
_NOT_IN_VILLAGE = "的是在和与及或对向为从将把被了着个些各全本该每某此其等共有含括即如至由于到"
_VILLAGE_CHAR = rf"[^\P{{Han}}{_NOT_IN_VILLAGE}]"
# what may follow a village's name written alone in a clause: an adverb or 的 (港口则…, 光明今年…,
# 思溪、延村将…, 里商的…), not a character that goes on into another name, nor 是/和/各 after a
# common word (幸福是…, 民主和…)
_STEM_THEN = frozenset("的将则也还都已今")
# the determiners before a unit word (该镇, 本乡, 各村, 全县): a kind of unit, not a name
_DETERMINER_CHARS = DETERMINER_CHARS
# what follows a village named after 某镇的: the next item of a list or the end of a clause
_AFTER_LISTED_VILLAGE = "、，,和及与；;。"
# function characters that open real village names (本庙村, 各老村, 共合村, 其盖布拉克村) where the
# name's start is given by the layout: a whole cell of a table row; right after its township,
# the determiners only (水头镇共享村居服务中心: 共享 is a verb)
_NAME_LEAD = _DETERMINER_CHARS + "共"
# 两 and a village's suffix ending a run: a count of villages (西部两村), never a name
_COUNTED_PAIR = compiled(r"两(?:村|社区|嘎查)$")
# a classifier or a level after a determiner (各级, 各类, 每批): a kind of unit, not a name
_CLASSIFIER_CHARS = "级类种项批届次些位个"
# a village written by its committee in a list or a table row (大坪村委会\t文化广场\t12), the list's
# last item too (…、石门村委会和龙井村委会各…; at a line's end): the village
# the ways a village's committee is written after its name (石桥村村民委员会, 石桥村委会, 色庆居委会)
_COMMITTEE_WORDS = "村民委员会|村委会|委会|民委员会|居委会|居民委员会"
_COMMITTEE = rf"(?:(?:{_COMMITTEE_WORDS}|委|居委)(?=[ \t\u3000\n、，,；;。0-9０-９和及与各等均]|分别|$))?"
# right after its township a village's committee is the village whatever follows (某乡香坪山村委会漫山
# 遍野…, 某镇大坪村委会主任): the township bounds the name
_COMMITTEE_AFTER_TOWNSHIP = rf"(?:(?:{_COMMITTEE_WORDS})(?!员)|{_COMMITTEE})"
# after a village's name: its committee (石桥村村民委员会, 村委, 居委) is a body; a word read across the
# name's end (X村民, X村级, X村里, X村庄, X村务, X村落) leaves no village's name; but with 村 written twice the village
# stands (石桥村村民, 石桥村村级组织, 石桥村村干部), and 嘎查牧民 are its people; after a natural
# village's 屯 or 寨, 集体 is the hamlet's (弄卜屯集体鱼塘: its fish pond)
_NOT_VILLAGE_END = (r"(?!民(?!宿))(?!务)(?!落)(?!(?:村|居|社区)?(?:民委员会|民小组|委|务监督))"
                    r"(?![^\P{Han}牧农渔村]?(?:委|级|干部|里|内|庄|两委|务监督))(?:(?<=[屯寨])|(?![^\P{Han}牧农渔村]?集体))")
# villages on their own: row labels of a flattened table (石桥村\t村道硬化\t150000, 3 龙溪村 80)
# and lists of villages (石桥村、龙溪村和新塘社区) opening a line or after a delimiter; a community
# written by its residents' committee alone in a list (东风居委会、红旗社区) is one of them.
# @NAME@ stands for a village's name of two to five characters and its suffix (PlaceMatcher._name)
_ALONE_ITEM = (rf"(?:@NAME@{_COMMITTEE}|{_VILLAGE_CHAR}{{2,5}}"
               r"(?:居委会|居民委员会|居委)(?=[ \t\u3000、，,；;0-9０-９]))")
# what opens a line's item before a name: nothing, or its number (3. ② ⑵ （四）)
_ITEM_OPEN = compiled(r"[ \t\u3000]*(?:(?:[0-9０-９]{1,3}[.、．]|[\u2460-\u249b]|[(（][0-9０-９一二三四五六七八九十]{1,2}[)）])[ \t\u3000]*)?")
# the characters after which a village alone may start (those of _VILLAGE_ALONE's lookbehinds;
# ①…⑳, ⑴…⒇ and ⒈…⒛ number a list's items)
# the words that join the villages of a run (石桥村、龙溪村和新塘社区; 石门村至大河村: a road's ends)
_RUN_JOINS = "、和及与至"
_ALONE_START = compiled(r"[\t：:，,；;。（(“ \u3000|、.．0-9０-９\u2460-\u249b]")
_VILLAGE_ALONE = (
    rf"(?:(?<=^|[\n\t：:，,；;。（(“ \u3000|、])|(?<=^[ \t\u3000]*(?:[0-9０-９]{{1,3}}[.、．]?|[\u2460-\u249b])[ \t\u3000]*))"
    rf"(?P<run>{_ALONE_ITEM}(?:[{_RUN_JOINS}]{_ALONE_ITEM})*)"
    rf"{_NOT_VILLAGE_END}"
    r"(?P<after>[0-9０-９一二三四五六七八九十]{1,2}组)?(?:(?P<end>[ \t\u3000|]|$|[0-9０-９]|[：:](?=[0-9０-９]))|(?P<colon>[：:]))?")
# a natural village's suffix that opens a word: 屯堡, 屯田, 屯垦 (屯 as "garrison"), 寨子 (a village)
# the issuing body's abbreviation in a document number (黔南财农〔2024〕15号, 遵市财预[2024]8号):
# part of a body's name, not a standalone place
_DOC_TAIL = r"[〔［\[][0-9０-９]{4}[〕］\]][0-9０-９]{1,4}号"
_DOC_NUMBER = compiled(rf"\p{{Han}}{{2,8}}(?={_DOC_TAIL})")
_DOC_NUMBER_TAIL = compiled(_DOC_TAIL)
# the gap between two cells of a table flattened to text
_CELL_GAP = compiled(r"[ \t\u3000]+(?=\S)")
_CELL = compiled(r"[^ \t\u3000|｜│┃]+")
# a village's name in a village column: two to five characters of Chinese, no digits
_VILLAGE_CELL = compiled(r"\p{Han}{2,5}|[0-9０-９]{1,2}村")
# a cell that may be one village's name and its suffix or committee (托万克吾库萨克村, 色庆居委会)
_CELL_NAME = compiled(r"\p{Han}{3,12}")
# a cell holding a figure (a row's amount, count or area)
_FIGURE_IN_CELL = compiled(r"[0-9０-９]")
# what ends a news item's head of a county and its township (雷山西江：, 巫山骡坪｜)
_HEAD_END = compiled(r"[：:｜|]")
# a cell that may be the head of such a name, perhaps after its row's number (东, 3、东)
_NUMBERED_HEAD = compiled(r"(?:[0-9０-９]{1,3}[.、．]|[(（][0-9０-９]{1,2}[)）])?(?P<head>\p{Han}{1,3})")
# such a name broken by one space (东 风村)
_SPACED_NAME = compiled(r"\p{Han}{1,3}[ \u3000]\p{Han}{2}")
# a name and its figure, one pair of a line of them (达日 18.2；扎朵 16.5；)
_PAIR_ROWS = compiled(r"[ \t\u3000]*(?P<name>\p{Han}{2,5})[ \t\u3000]*[0-9０-９][0-9０-９.,．]*[ \t\u3000]*(?:[；;，,、。]|$)",
                      regex.M)
# the last character of a word naming a kind of area or body (城区, 街道, 农村, 管委会)
_AREA_END = set("区道村镇乡园会")
_TOTAL_CELL = compiled(rf"{TOTAL_WORD}|全[县镇乡村市区]|累计|其中|共计")


def _anchor_lines(anchor: regex.Pattern, text: str, pos: int = 0):
    """(start, end) of each line from `pos` on that holds a match of `anchor`, once per line."""
    for hit in anchor.finditer(text):
        if hit.start() < pos:
            continue
        lo = text.rfind("\n", 0, hit.start()) + 1
        hi = text.find("\n", hit.end())
        hi = len(text) if hi < 0 else hi
        yield lo, hi
        pos = hi + 1


def _drop_inside(found: list[Mention], over: list[Mention]) -> None:
    """Remove from `found`, in place, the mentions that overlap one of `over` (names read inside
    a name written with spaces or across a line break)."""
    if over:
        spans = [(m.start, m.end) for m in over]
        found[:] = [f for f in found if not any(s < f.end and f.start < e for s, e in spans)]


# the character before a village name whose start it makes clear: a delimiter, a list marker or
# a function word (在, 对, 向 …); also the start of the text
# a natural village named with its designation (长崖子自然村, 弄怀自然屯): a name of two to four
# characters that are no function words, numerals or unit words
_NATURAL_ALONE = compiled(rf"(?P<v>(?P<stem>[^\P{{Han}}{_NOT_IN_VILLAGE}一二三四五六七八九十百千两村镇乡县市区组]{{2,4}})自然[村屯])")
# a date before a name (2024年度东关村, 3月石桥村): the name starts after its unit
_DATE_LEAD = compiled(r"年度|年|月份|月|日")
_DATE_DIGITS = frozenset("0123456789０１２３４５６７８９〇一二三四五六七八九十")
_CLEAR_START = compiled(rf"[\P{{Han}}{_NOT_IN_VILLAGE}]|(?<=^)")


# two-character function words whose first character opens a village's name in prose (其中X村)
_FUNCTION_PAIRS = frozenset({"其中", "其他", "其余", "对于", "由于", "至于", "为了", "以及", "并且", "或者", "及其"})
# what a long run before 村 holds when it is a phrase, not one village's name: a unit's word, a
# numeral, a negation, quotation (老街老镇老村, 三零文明村, 有事不出村, 扶贫村整村)
_LONG_STEM_NOT = compiled(r"[村镇乡县市区组社屯寨一二三四五六七八九十零〇两百千万不没无未“”\"'‘’]")


def _shorts_inside(mentions: list[Mention], villages: list[Mention], start: int, end: int) -> list[Mention] | None:
    """The short names read inside a cell that the layout says is one village's name (共合 of
    共合村 27500), which give way to it; None when something else takes the cell's text (a full
    name, a name reaching out of it, a village already read)."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    if not inside or any(m.kind != "short" or m.start < start or m.end > end for m in inside) \
            or any(v.start < end and start < v.end for v in villages):
        return None
    return inside


def _gives_way(text: str, inside: list[Mention], start: int, end: int, stem: str, after: tuple) -> bool:
    """Do the short names `inside` a village's name text[start:end] give way to it? When the
    name is one of them and its suffix (朝阳村, 洛阳村), only where no word read across the
    suffix goes on after it (places/village_after.tsv: not 四川村医补助, 四川's village doctors)."""
    same = [m for m in inside if m.text == stem]
    if any(u.level in ("province", "city") for m in same for u in m.units):
        # (贵州村超: 贵州's village football league, a word no lexicon lists; 杭州村和社区: its
        # villages and communities; a province's or a city's name and 村 is the village only where
        # the words end: 洛阳村“村民说事”)
        return end >= len(text) or not _HAN_CHAR1.match(text, end)
    if same:
        return not text.startswith(after, end)
    return True


def _lone_village(start: int, end: int, name: str) -> Mention:
    """A village written without its township: it belongs to the document's (`owner` later)."""
    village = Mention(start, end, name, [], "village")
    village.extra["owner"] = None
    village.extra["alone"] = True
    return village


def _list_spans(names: list[str], pos: int) -> list[list[int]]:
    """The [start, end] of each name of a list written from `pos` with one separator between
    names (石桥村、龙溪村和新塘社区)."""
    spans = []
    for name in names:
        spans.append([pos, pos + len(name)])
        pos += len(name) + 1
    return spans


def _doc_number_bodies(text: str) -> list[tuple[int, int]]:
    """The spans of `_DOC_NUMBER.finditer(text)`, found from the document numbers' tails
    (〔2024〕15号, rare) instead of trying the pattern at every character. A body ends right
    before its tail and is at most eight characters long, so it starts at the first place of
    the eight before the tail where the pattern matches (a tail is eight characters or more:
    the match there cannot end at an earlier tail)."""
    out = []
    for tail in _DOC_NUMBER_TAIL.finditer(text):
        end = tail.start()
        for start in range(max(0, end - 8), end - 1):
            hit = _DOC_NUMBER.match(text, start)
            if hit is not None and hit.end() == end:
                out.append(hit.span())
                break
    return out


def _header_cells(text: str, header: regex.Match) -> tuple[list[tuple[int, int]], int | None, int]:
    """The cells of the line a column's header word stands on, the index of the header's own
    cell among them (None when the word is only part of a cell) and the line's end."""
    line_start = text.rfind("\n", 0, header.start()) + 1
    line_end = text.find("\n", header.end())
    line_end = len(text) if line_end < 0 else line_end
    cells = _cells(text, line_start, line_end)
    index = next((i for i, (s, e) in enumerate(cells) if s == header.start() and e == header.end()), None)
    return cells, index, line_end


def _name_lines(text: str, header_end: int) -> list[tuple[int, int]]:
    """A column of one: names one per line under a village column's header alone on its line
    (村名 / 石门 / 大坪 / 岩脚), up to the first line that is no name; none unless two or more."""
    if not text.startswith("\n", header_end):
        return []
    out = []
    pos = header_end + 1
    while pos < len(text):
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        a, b = pos, nxt
        while a < b and text[a] in " \t\u3000":
            a += 1
        while b > a and text[b - 1] in " \t\u3000":
            b -= 1
        if not _VILLAGE_CELL.fullmatch(text, a, b):
            # (a figure right after the names: a table flattened one cell per line, not a list)
            return [] if _FIGURE_IN_CELL.search(text, a, b) else (out if len(out) >= 2 else [])
        if _TOTAL_CELL.match(text, a, b):
            break                                   # 合计: the list's total
        if _FIGURE_HEADER.search(text, a, b):
            return []                               # 村名 / 户数 / …: the header of such a table
        out.append((a, b))
        pos = nxt + 1
    return out if len(out) >= 2 else []


def _vertical_column(text: str, header_start: int) -> list[tuple[int, int]]:
    """The cells under a column's header in a table flattened one cell per line (村名 / 户数 /
    金额 / 石桥村 / 86 / 137500 / …), as web pages copy: the header is the run of short lines
    without figures around the header's line; a row has as many lines as the header and holds
    a figure outside the column. The rows are read while they are such (a total row, 合 / 计,
    ends them). Returns the (start, end) of the column's cell in each row."""
    lines = []
    pos = 0
    while pos <= len(text):
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        lines.append((pos, nxt))
        pos = nxt + 1
    at = next(i for i, (a, b) in enumerate(lines) if a <= header_start <= b)

    def plain(i: int) -> bool:            # a header's cell: short, no figure, no sentence
        a, b = lines[i]
        cell = text[a:b].strip()
        return 0 < len(cell) <= 12 and not _FIGURE_IN_CELL.search(cell) and not regex.search(r"[，。；：,;:\s]", cell)

    first = at
    while first > 0 and plain(first - 1):
        first -= 1
    for width in range(max(2, at - first + 1), 9):
        if not all(plain(i) for i in range(first, min(first + width, len(lines)))):
            break
        out = []
        row = first + width
        figured = None                    # the columns of figures, as the first row has them
        while row + width <= len(lines):
            cells = [text[a:b].strip() for a, b in lines[row:row + width]]
            own = cells[at - first]
            has = {i for i, c in enumerate(cells) if _FIGURE_IN_CELL.search(c)}
            figured = has if figured is None else figured
            if not own or at - first in has or not has or not figured <= has:
                break                     # a cell broken over two lines (查干淖尔嘎 / 查) shifts the rest
            a, b = lines[row + at - first]
            a += len(text[a:b]) - len(text[a:b].lstrip())
            out.append((a, a + len(own)))
            row += width
        if len(out) >= 2:
            return out
    return []


def _cell_separator(text: str, lo: int, hi: int) -> str | None:
    """The character a header line's cells are split at when a row may leave a cell empty:
    a bar (乡镇|村名|金额) or a tab; None for a line split at spaces."""
    for sep in ("|｜│┃", "\t"):
        if any(c in text[lo:hi] for c in sep):
            return sep
    return None


def _split_cells(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    """The (start, end) of the cells of text[lo:hi] between `sep`'s characters, empty ones
    kept (a merged cell), blanks around a cell left out."""
    out = []
    start = lo
    for i in range(lo, hi + 1):
        if i == hi or text[i] in sep:
            a, b = start, i
            while a < b and text[a] in " \u3000":
                a += 1
            while b > a and text[b - 1] in " \u3000":
                b -= 1
            out.append((a, b))
            start = i + 1
    return out


def _cells(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The (start, end) of the cells of text[lo:hi], split at spaces, tabs and bars."""
    return [m.span() for m in _CELL.finditer(text, lo, hi)]
# a road or street named after a village (小寨东路, 石桥村路): a feature, not the village; but
# 永胜村巷道硬化 is about the lanes (巷道) of 永胜村
_ROAD_AFTER = r"(?![东南西北中]?(?:路(?!口)|大街|街|大道|巷(?!道)))"
# a numeral and a measure word in a phrase before 村 (新一届村班子, 第二批村): not a name
_MEASURED = compiled(r"[一二三四五六七八九十两0-9０-９][届批个项类级期次轮组]")
# a count after a word: 创建信用村1219个 (a kind of village, counted)
_COUNTED = compiled(r"[0-9０-９一二三四五六七八九十百千万两几]+个")
# a list item right after its township holds no determiner and no 有 (所辖各村, 现有村, 共有村:
# words about the township's villages); after a list's separator the item's edges are clear
_NOT_RIGHT_AFTER = compiled(rf"[{_DETERMINER_CHARS}有]")
_COUNTED_BEFORE = compiled(r"[0-9０-９一二三四五六七八九十百千万两几]个$")
# a table cell of its own (a tab, bar or line's end on both sides), a name in brackets of its
# own, or a list item's opening name (3.北庄组灌溉沟渠清淤)
_WHOLE_CELL = compiled(r"[\n\t|｜│][^\t|｜│\n]+(?:[\t|｜│\n]|$)|[（(][^（()）]+[）)]")
_ITEM_NUMBER_BEFORE = compiled(r"(?:^|[\n；;。])[ \t\u3000]*[0-9０-９]{1,2}[.、．][ \t\u3000]*$")


def _set_apart(text: str, start: int, end: int) -> bool:
    """Is text[start:end] set apart as a unit's name: a whole table cell, alone in brackets, or
    opening a numbered list item? (A 组 named alone elsewhere is too often a working group.)"""
    return bool(_WHOLE_CELL.fullmatch(text, max(0, start - 1), end + 1)
                or _ITEM_NUMBER_BEFORE.search(text, max(0, start - 8), start))

_SUFFIX_WORD = r"(?!(?<=屯)[堡田垦兵粮])(?!(?<=寨)子)"
# the same list after its count (全镇共有行政村12个，分别是：白岩、龙潭、…; 辖6个村：…)
_COUNT_FIRST = (r"(?:(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})个(?:@COUNT@)|(?:@COUNT@)(?P<n2>[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})个)"
                r"[，,]?(?:分别|依次)?(?:是|为|包括|有)?[：:]"
                rf"(?P<items>{_VILLAGE_CHAR}{{2,6}}(?:、{_VILLAGE_CHAR}{{2,6}}){{1,40}})(?=[。；;\n]|$)")
# a counted list of village names written without their suffix (李家坪、王家沟、黄土坡3个自然村;
# 东风、胜利两个社区), the count perhaps in brackets after the list (上坪、中坝、石门坎（共3个村）);
# @COUNT@ stands for the alternation of the nouns that close it
_VILLAGE_LIST = (rf"(?P<items>{_VILLAGE_CHAR}{{2,6}}(?:[、和及与]{_VILLAGE_CHAR}{{2,6}}){{1,30}})"
                 r"(?:(?P<paren>[（(])共?)?"
                 r"(?P<etc>等)?(?P<n>[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})(?P<ge>个)?(?:@COUNT@)"
                 r"(?(paren)[)）]|(?![\p{Han}]{0,1}(?:民|委|干部)))")
# a Han character (a word that may run into the name after it)
_HAN_CHAR_BEFORE = compiled(r"\p{Han}")
# the kind of a unit in brackets after its name, as official lists write it (石门村（社区）)
_KIND_ASIDE = compiled(r"[（(](?:村|社区|居|村委会|居委会|嘎查)[)）](?=[、，,；;。\s\t|｜]|$)")
# a village named with its designation (石门行政村, 大坪建制村)
_DESIGNATED = ("行政村", "建制村")
# words that point at villages rather than name one (以下村, 上述社区)
_DETERMINERS = ("以下", "以上", "下列", "上述", "有关", "相关", "其他", "其余", "所有", "部分")
# column headers that are common words too (村, 社区): their table's rows hold figures
_LOOSE_COLUMNS = ("村", "社区", "嘎查")
# the header of a column of figures (金额, 补助资金（元）, 户数, 面积)
_FIGURE_HEADER = compiled(r"金额|资金|[元户亩]|人数|面积|补助|补贴|奖补|收入|支出|分红|收益|数量|投资|合计")
# a township's name as written: two to five characters and a township's suffix
_TOWNSHIP_FORM = compiled(r"(?P<stem>\p{Han}{2,5}?)(?:镇|乡|街道|苏木)(?=\p{Han}{1,6}(?:村|社区|嘎查))")
_TOWNSHIP_WORD = compiled(r"(?P<stem>\p{Han}{2,5}?)(?:镇|乡|街道|苏木)")
# a township and a village read as one village's name after a county (an unknown township)
_TOWNSHIP_IN_VILLAGE = compiled(r"(?P<town>\p{Han}{2,}?(?:镇|乡|街道))\p{Han}{2,}(?:村|社区|嘎查)")
# a line break between two Chinese characters, and the characters on either side of it
_LINE_CUT = compiled(r"(?<=\p{Han})[ \t\u3000]*\n[ \t\u3000]*(?=\p{Han})")
_HAN_TAIL = compiled(r"\p{Han}{1,8}$")
_HAN_HEAD = compiled(r"\p{Han}{1,8}")
# a village's suffix written spaced (本 庙 村, 东 风 社 区): the one place a spaced village can end
_SPACED_SUFFIX = compiled(r"[ \u3000\xa0](?:村|社|区|嘎|查|屯|寨)(?!\p{Han})|\n(?:村|社区|嘎查|屯)[ \t\u3000]")
# a name written one character at a time with spaces between (屏 南 县): a flattened table cell
# a county-level name with a space before its suffix only, a cell of a PDF table (喀左 县)
_SUFFIX_SPACED = compiled(r"(?<![\p{Han}])(?P<n>\p{Han}{2,6})[ \u3000](?P<s>[县市区旗])(?![\p{Han}])")
_SPACED = compiled(r"(?<!\p{Han})\p{Han}(?:[ \u3000\xa0]{1,2}\p{Han}){2,7}(?!\p{Han})")
# a village's cell with a space before its suffix only, the suffix a cell of nothing else (林城镇 岩头 村 50;
# not a header's 村（社区）), or broken before it, the suffix opening the next line as a cell (沙堰⏎村  林下…)
_VILLAGE_SUFFIX_SPACED = compiled(rf"(?<![\p{{Han}}])(?P<n>{_VILLAGE_CHAR}{{2,4}})(?:[ \u3000\xa0]|\n(?=(?:村|社区|嘎查|屯)[ \t\u3000]))(?:村|社区|嘎查|屯)(?![\p{{Han}}（(])")
# what a line holding such a name holds: three characters with spaces between (found from a
# space, which the engine skips to quickly)
_SPACED_ANCHOR = compiled(r"[ \u3000\xa0](?<=\p{Han}[ \u3000\xa0]|\p{Han}[ \u3000\xa0]{2})\p{Han}[ \u3000\xa0]{1,2}\p{Han}")
# a table row's label: at the start of its line (after a running number), then figures
_ROW_HEAD = compiled(r"[ \t\u3000]*(?:[0-9０-９]{1,3}[.、．]?[ \t\u3000]+)?")
_ROW_TAIL = compiled(r"[ \t\u3000]+[-—0-9０-９.]")
# a development zone written without its city: a row label or a list member
_BARE_ZONE = compiled(r"(?<=^|[\n\t：:，,；;、（(“ \u3000])(?:经济技术开发区|经济开发区|高新技术产业开发区|经开区|高新区)"
                      r"(?=[ \t\u3000、，,）)；;。0-9０-９]|$)", regex.M)
# townships written short in a counted list: 横水、扬眉、过埠、铅厂4个乡镇 (or 清河、白沙等乡镇, 等6个塬区乡镇)
_TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "民族乡")
_TOWNSHIP_LIST = compiled(r"(?P<items>[^\P{Han}等]{2,4}(?:[、和及与][^\P{Han}等]{2,4}(?:街道|镇|乡)?){1,15})"
                          r"(?:等?(?:[0-9０-９]{1,2}|[一二三四五六七八九十两]{1,3})个?|等)"
                          r"(?:\p{Han}{1,4}?)??(?:乡镇|镇街|镇|乡|街道|镇（街道）|乡（镇）)(?!\p{Han}{0,2}[长级])")
# 各乡镇（麦胡图、永兴、蛮汉、六苏木等）: a list in brackets after the townships' word
_TOWNSHIPS_BRACKET = r"(?:乡镇|镇|乡|街道|苏木)[（(]"
_TOWNSHIP_LIST_IN_BRACKETS = compiled(rf"{_TOWNSHIPS_BRACKET}(?P<items>[^\P{{Han}}等]{{2,4}}(?:[、和及与][^\P{{Han}}等]{{2,4}}){{1,15}})等?[）)]")
_TOWNSHIP_BRACKET_ANCHOR = compiled(_TOWNSHIPS_BRACKET)
# 社口、穆阳、坂中等茶叶主产区: three or more names closed by 等 and another word
_TOWNSHIP_LIST_LOOSE = compiled(r"(?P<items>[^\P{Han}等]{2,4}(?:[、和及与][^\P{Han}等]{2,4}){2,15})等"
                                r"(?=\p{Han}{0,6}?[区镇乡村地片带])")     # (…等方面: no places)
_LIST_JOINER = compiled(r"[和及与]")
# a list parted by 、: runs of Han characters (the first and last hold the words around it)
_HAN_LIST = compiled(r"\p{Han}+(?:、\p{Han}{2,6})+")
# a village rated by stars (五星村) and what makes it the grade: 创建/评为 before it, quotes, a count
_STAR_VILLAGE = compiled(r"[一二三四五]星级?村")
_RATING_BEFORE = compiled(r"(?:创建|争创|评为|评定为?|授予|每个|星级|[“\"])$")
_RATING_AFTER = compiled(r"[”\"]|创建|评定|[0-9０-９一二三四五六七八九十]+个|[、和及与][一二三四五]星")
_ADMIN_END = compiled(r"(?:省|市|州|盟|县|区|旗|镇|乡|街道|苏木|办事处|农场|林场|牧场)$")
# a village's suffix right after a name (村, 社区, 居委会, 嘎查), not a word that opens with 村
# (村庄, 村级, 村民, 村集体)
_VILLAGE_SUFFIX_AFTER = compiled(r"村(?![庄级民务落集镇组委两])|社区|居委会|嘎查")
_LIST_DENG = compiled(r"、[^\P{Han}等]{2,4}等")
# what a line holding such a list holds: its count (or 个, 等), perhaps a word, the townships' word
_TOWNSHIP_ANCHOR = compiled(r"[0-9０-９一二三四五六七八九十两个等]\p{Han}{0,4}?(?:乡|镇|街道)")
# the name of a county's or city's news app (云上谷城, 掌上恩施): a media name, not the place
_APP_BEFORE = compiled(r"(?:云上|掌上)$")
# a place's name and 发布 alone (原创 松潘发布 2025-03-02): a government's news account, no place
_ACCOUNT_AFTER = compiled(r"发布(?=[ \t\u3000|｜·\n]|$)")
# a village's committee or party branch after its name: the body, not the place
_VILLAGE_BODY_AFTER = compiled(r"(?:村民|居民|社区居民)?(?:委员会|委会)|两委|党支部|党总支|党委"
                               r"|村?务监督委员会|村?监委|村民小组")
_UNIT_CHARS = set("省市县区旗州盟镇乡街")
# a word that ends in a unit's or a village's word (白马村, 高桥镇) is a place's name, not a
# person's, even where it is a surname and two characters between delimiters
_NOT_UNIT_END = r"(?<![省市县区旗州盟镇乡村屯寨组队社场])"
# what runs on from a village's 村 into a word (何家岩村民委员会, 何家岩村务监督委员会)
_VILLAGE_PEOPLE_AFTER = compiled(r"民(?!宿)|务")
# a township's figure right after its name (察汉乌苏镇412.6万元), and the next item of such a list
# (，香日德355.1万元): a name of two to four characters right before its figure
_FIGURE_AFTER = compiled(r"[ \t\u3000]*[0-9０-９]")
_DISTRIBUTED_ITEM = compiled(r"[^，,、；;。！？\n]{0,16}?[，,、；;][ \t\u3000]*(?P<name>\p{Han}{2,4}?)[ \t\u3000]*(?=[0-9０-９])")
_TOWNSHIP_ROW = compiled(r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[.、．]?[ \t\u3000]+)?(?P<name>[\p{Han}]{2,4})"
                         r"[ \t\u3000]+[0-9０-９]", regex.M)
_ROW_ZONE = compiled(r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[.、．]?[ \t\u3000]+)?(?P<z>[\p{Han}]{2,6}?"
                     r"(?:新区|开发区|经开区|高新区|工业园区|管理区|示范区|试验区|实验区))[ \t\u3000]+[0-9０-９]", regex.M)
_ROW_GAP = compiled(r"[ \t\u3000]{1,8}")
# what may stand between a township and its village in a row of a flattened table or a list
# (三岔河镇 ｜ 长青村, 思林镇 / 真良村 / 那王屯, 东风镇\n杨家庄村): cell gaps, bars, slashes
# the gap between a village's cell and the cell of the unit below it (念井村 念井屯, 真良村 / 那王屯)
# a village's units in brackets after it: （含江嘎自然村）, (含东浩特、西浩特), （包括卢屋、坳背自然村）
_INCLUDES = compiled(r"[(（](?:含|包括|包含)(?P<run>\p{Han}{2,6}(?:[、和及与]\p{Han}{2,6}){0,6})[)）]")
# a unit's name written without its suffix in such a list (卢屋 of 卢屋、坳背自然村)
_BARE_UNIT = compiled(rf"{_VILLAGE_CHAR}{{2,4}}")
_SUB_GAP = compiled(r"[ \t\u3000]{1,4}(?:[|｜/／][ \t\u3000]{0,2})?|[|｜/／][ \t\u3000]{0,2}")
# a village's committee at the end of its name (石桥村村民委员会, 东风居委会)
#: a village's or residents' committee (also read by the agency matcher's signatures)
COMMITTEE = r"(?:村民委员会|村委会|居民委员会|居委会)"
_COMMITTEE_END = compiled(COMMITTEE + "$")
_DATE = WRITTEN_DATE
_CELL_SEP = compiled(r"(?:[ \t\u3000|｜/／、，,：:和及与]|[0-9０-９.．]+(?:万元|元|万亩|亩|户|人|个|处|座|公里|米))*")
_BROKEN_SEP = compiled(r"[ \t\u3000|｜/／、，,：:和及与]*\n[ \t\u3000]*(?:[0-9０-９]{1,3}[.、．]?[ \t\u3000]*)?"
                       r"[ \t\u3000|｜/／、，,：:和及与]*")
# the start of a line before its first cell: indentation and a running number (1 / 1. / 一、)
_LINE_HEAD = compiled(r"[ \t\u3000]*(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})[.、．]?[ \t\u3000]*)?")
# the cell before a village in a row: a township written without 镇/乡 (早胜 东街村 36)
_CELL_BEFORE = compiled(r"(?:^|(?<=[ \t\u3000|｜/／]))(?P<name>\p{Han}{2,4})[ \t\u3000]*[|｜/／]?[ \t\u3000]*$", regex.M)
_NEWLINE = compiled(r"\n")
_RUN_SPLIT = regex.compile(r"[、及与]|(?<=村|社区|嘎查|屯|寨|会|委)[和至]")


@dataclass(frozen=True)
class Place:
    """An administrative place as written, resolved against the gazetteer.

    `adcode` is the 6-digit code of the county-level unit or higher (a township or village
    takes its county's); `township_code` the 9-digit code of the township (a village's
    township where written). `candidates` lists the codes the text could not decide between
    (9-digit for townships)."""

    name: str
    full_name: str | None
    level: str | None
    adcode: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    candidates: tuple[str, ...] | None = None
    current: str | None = None
    parent: str | None = None          # adcode of the parent unit (county of a township, etc.)
    township_code: str | None = None

    @property
    def resolved(self) -> bool:
        return self.adcode is not None or (self.level in ("zone", "village") and self.parent is not None)

    def to_dict(self) -> dict:
        return {"name": self.name, "full_name": self.full_name, "level": self.level, "adcode": self.adcode,
                "province": self.province, "city": self.city, "county": self.county,
                "candidates": list(self.candidates) if self.candidates else None, "current": self.current,
                "parent": self.parent, "township_code": self.township_code, "resolved": self.resolved}

    @classmethod
    def from_dict(cls, d: dict) -> "Place":
        kw = {k: d.get(k) for k in ("name", "full_name", "level", "adcode", "province", "city", "county",
                                    "current", "parent", "township_code")}
        kw["candidates"] = tuple(d["candidates"]) if d.get("candidates") else None
        return cls(**kw)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    units: list[Unit]
    kind: str                      # full, short, abbreviation, zone, village
    chosen: Unit | None = None
    place: Place | None = None
    extra: dict = field(default_factory=dict)


class PlaceLexicon:
    """Abbreviations, national-level new areas, common words that contain or equal short
    names, and zone suffixes."""

    def __init__(self, path: str | Path = DATA_DIR):
        path = Path(path)
        self.abbreviations = {row[0]: row[1] for row in read_table(path / "abbreviations.tsv")}
        self.not_places = set(read_lines(path / "not_places.txt"))
        generic = path / "generic_townships.txt"
        self.generic_townships = set(read_lines(generic)) if generic.exists() else set()
        joining = path / "joining_verbs.txt"
        self.joining_verbs = tuple(read_lines(joining)) if joining.exists() else ()
        self.zone_suffixes = read_lines(path / "zone_suffixes.txt")
        new_areas = path / "new_areas.tsv"
        self.new_areas = {row[0]: row[1] for row in read_table(new_areas)} if new_areas.exists() else {}
        words = path / "common_words.txt"
        self.common_words = read_lines(words) if words.exists() else []
        self.roles = read_lines(ROLES_FILE) if ROLES_FILE.exists() else []
        ethnic = path / "ethnic_groups.txt"
        self.ethnic_groups = _lines(ethnic) if ethnic.exists() else []
        villages = path / "village_words.txt"
        self.village_words = set(read_lines(villages)) if villages.exists() else set()
        suffixes = path / "village_suffixes.tsv"
        self.village_suffixes = [(row[0], row[1]) for row in read_table(suffixes)] if suffixes.exists() \
            else [("村", "village"), ("社区", "village")]
        cues = path / "person_cues.tsv"
        self.person_cues: dict[str, list[str]] = {"label": [], "title": [], "after": []}
        for row in read_table(cues) if cues.exists() else []:
            self.person_cues.setdefault(row[1], []).append(row[0])
        self.person_columns = _lines(path / "person_columns.txt")
        self.village_columns = _lines(path / "village_columns.txt")
        self.township_columns = _lines(path / "township_columns.txt")
        self.surnames = _lines(path / "surnames.txt")
        self.list_openers = _lines(path / "list_openers.txt")
        self.village_name_words = _lines(path / "village_name_words.txt")
        groups = path / "group_units.tsv"
        self.group_units = read_units(groups) if groups.exists() else []
        after = path / "village_after.tsv"
        self.village_after = [(row[0], row[1]) for row in read_table(after)] if after.exists() else []


class _Spans:
    """The spans of some mentions, for overlap tests in logarithmic time."""

    def __init__(self, mentions: Iterable[Mention]):
        self.spans = sorted((m.start, m.end) for m in mentions)
        self.starts = [a for a, _ in self.spans]
        self.max_len = max((b - a for a, b in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect_left(self.starts, start - self.max_len)
        hi = bisect_left(self.starts, end)
        return any(b > start for _, b in self.spans[lo:hi])


class _Call:
    """Everything one `find` call works with (the matcher itself is shared and read-only)."""

    def __init__(self, text: str, mentions: list[Mention]):
        self.text = text
        self.ends = {m.end: m for m in mentions}
        self.starts = {m.start for m in mentions}
        self.by_start = {m.start: m for m in mentions}
        self.next_full = {m.start: m for m in mentions if m.kind == "full" and len(m.text) >= 3}
        self.covered: list[tuple[int, int]] = []     # spans of common words and person names
        self.lists: list[list[Mention]] = []          # runs of names joined by 、 和 及 与


class PlaceMatcher:
    """Finds place mentions with one left-to-right longest-match pass over a name index
    (names of two characters or more: a one-character name would match everywhere)."""

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: PlaceLexicon | None = None):
        self.gaz = gazetteer or default_gazetteer()
        self.lex = lexicon or PlaceLexicon()
        self._new_areas = {}
        for name, code in self.lex.new_areas.items():
            inside = self.gaz.units.get(code)
            if inside is not None:
                self._new_areas[name] = Unit(code="", name=name, level="zone", parent=code,
                                             province=inside.province or (inside.name if inside.level == "province" else ""),
                                             city=inside.name if inside.level == "city" else inside.city)
        names = {n for n in self.gaz.by_name if len(n) >= 2} | {a for a in self.lex.abbreviations if len(a) >= 2} \
            | set(self._new_areas)
        # text is matched as simplified characters: a name written with a character that the
        # traditional-to-simplified table also maps (濛洲街道 read as 蒙洲街道) is found under both
        from .hanzi import to_simplified
        self._aliases = {}
        listed = list(names)
        # one reading of all the names (one character for one, so the lines stay the names)
        simples = to_simplified("\n".join(listed)).split("\n") if not any("\n" in n for n in listed) \
            else list(map(to_simplified, listed))
        for n, simple in zip(listed, simples):
            if simple != n and simple not in names:
                self._aliases[simple] = n
        names |= set(self._aliases)
        #: every other form (also those that are another unit's name: 双河乡 for 双河苗族彝族乡), for
        #: lists of townships read in one county; and the forms no unit is named, read alone
        self._all_township_forms = self._other_township_forms()
        self._township_forms = {f: u for f, u in self._all_township_forms.items() if f not in names}
        names |= set(self._township_forms)
        self._names = names
        self._matcher = WordMatcher(names)              # one pass over the text finds them all
        zones = "|".join(regex.escape(z) for z in sorted(self.lex.zone_suffixes, key=len, reverse=True))
        self._zone = compiled(rf"(?:国家)?(?:{zones})") if zones else None
        suffix = alternation(s for s, kind in self.lex.village_suffixes if kind in ("village", "natural"))
        admin = alternation(s for s, kind in self.lex.village_suffixes if kind == "village")
        natural = alternation(s for s, kind in self.lex.village_suffixes if kind == "natural")
        count = alternation(s for s, kind in self.lex.village_suffixes if kind == "count")
        vchar = self._name_char()

        def name(low: int, high: int, char: str = vchar) -> str:
            """A village's name: `low` to `high` characters and a suffix; past its first character
            the name holds the suffix only right before the suffix (俞村村; 张庄村 of 张庄村获得乡村…,
            not one name up to 乡村); a natural village's own name holds no village suffix (年丰村大寨
            is 年丰村, then 大寨)."""
            inner = rf"(?:(?!{admin}){char}|(?=(?:{admin})(?:{admin}))(?:{admin}))"
            out = rf"{char}{inner}{{{low - 1},{high - 1}}}(?:{admin})"
            if natural:
                out = rf"(?:{out}|(?:(?!{admin}){char}){{{low},{high}}}?(?:{natural}){_SUFFIX_WORD})"
            return out + _ROAD_AFTER

        def plain(low: int, high: int) -> str:
            return name(low, high, _VILLAGE_CHAR)

        # a long name (托万克库木巴格村, transliterated) only before a suffix that names villages
        # in prose too (村, 嘎查; not 社区: 科技城滨河产业社区), and holding no village (爱春村委会阿者科村
        # is two)
        prose_admin = alternation(s for s, kind in self.lex.village_suffixes
                                  if kind == "prose" and (s, "village") in self.lex.village_suffixes)
        long_name = rf"(?:(?!{admin}){vchar}){{7,8}}(?:{prose_admin}){_ROAD_AFTER}" if prose_admin else ""
        # a committee right before a village of its own (爱春村委会阿者科村, 贺开村委会曼弄老寨: the
        # administrative village named by its committee, as Yunnan and Hainan write it, then a
        # natural village): the committee's name is a place
        before_village = rf"(?:{_COMMITTEE_WORDS})(?={vchar}{{2,6}}?(?:{suffix}))"
        village = (rf"(?:{name(1, 6)}(?:{before_village}|{_COMMITTEE_AFTER_TOWNSHIP})|[0-9０-９]{{1,2}}村)"
                   rf"{_NOT_VILLAGE_END}(?![局厅部办处科站所])")
        self._village = compiled(village)
        # a list's last item after its joiner, when the items before it are committees
        # (甲村委会、乙村委会和丙村委会发展…): its committee whatever follows
        self._last_committee = compiled(rf"{vchar}{{1,6}}?{COMMITTEE}")
        # a list's item whose edges its township (or the separator before it) and the separator
        # after it give: a name that holds a function character after its first (太本站村, 七级村,
        # 堑对村委会), read where the plain name is not
        opener = "".join(sorted(_FUNCTION_CHARS | set(_DETERMINER_CHARS)))
        self._list_item = compiled(rf"(?![{opener}])[^\P{{Han}}和与及或的]{{2,5}}?(?:{admin}){_COMMITTEE}"
                                   r"(?=[、，,；;。和及与各均等]|分别|$)")
        # the same after a function character its township's end sets apart (会川镇本庙村)
        self._village_lead = compiled(rf"[{_DETERMINER_CHARS}](?!{admin}){village}")
        # (read only right after a township, and holding none of the verbs of list_openers.txt)
        self._village_long = compiled(rf"{long_name}{_COMMITTEE}{_NOT_VILLAGE_END}(?![局厅部办处科站所])") \
            if long_name else None
        # a natural village right after its village (百布村弄怀屯)
        self._natural = compiled(rf"(?:(?!{admin}){vchar}){{1,4}}(?:{natural}){_SUFFIX_WORD}{_ROAD_AFTER}"
                                 rf"{_NOT_VILLAGE_END}") if natural else None
        # a village named by one character, a surname, and 村 (王村, 贾村, 樊村: as many villages of
        # the North China plain are named), where a village stands alone (a row's label, a list's
        # item); not 何 (何村何户: which village)
        one = "".join(regex.escape(x) for x in self.lex.surnames if len(x) == 1 and x != "何")
        alone_name = rf"(?:{name(2, 5)}|[{one}]村)" if one else name(2, 5)
        self._village_alone = compiled(_VILLAGE_ALONE.replace(_VILLAGE_CHAR, vchar)
                                       .replace("@NAME@", alone_name), regex.M)
        anchors = [s for s, kind in self.lex.village_suffixes if kind != "sub"] + ["居委", "居民委员会"]
        # an automaton: one pass over the text (the alternation was tried at every character)
        self._village_anchor = WordMatcher(anchors)
        self._last_lines: tuple[str | None, list[tuple[int, int]]] = (None, [])
        self._last_suffixes: tuple[str | None, list[int]] = (None, [])
        # (plain name characters, which are faster)
        first = _ALONE_ITEM.replace("@NAME@", plain(2, 8)).replace("{2,5}", "{2,8}")
        self._village_run = compiled(rf"(?<=\p{{Han}})(?P<run>{first}"
                                     rf"(?:[{_RUN_JOINS}]{_ALONE_ITEM.replace('@NAME@', plain(2, 5))})+)"
                                     rf"{_NOT_VILLAGE_END}")
        # what a line holding a match of `_village_run` holds (a suffix, perhaps a committee, then
        # a list's separator), and one of `_village_list` (个 and its noun): the lines searched
        self._run_anchor = compiled(rf"(?:{alternation(anchors)})\p{{Han}}{{0,5}}[{_RUN_JOINS}]")
        self._village_list = compiled(_VILLAGE_LIST.replace("@COUNT@", count)) if count else None
        self._count_first = compiled(_COUNT_FIRST.replace("@COUNT@", count)) if count else None
        self._count_first_anchor = compiled(rf"(?:{count})[0-9０-９一二三四五六七八九十两]{{1,3}}个"
                                            rf"|个(?:{count})") if count else None
        # a unit below a village right after its name: its own name holds no numeral (3组, 一组)
        subs = [s for s, kind in self.lex.village_suffixes if kind == "sub"]
        self._sub_suffixes = tuple(subs)
        naturals = [s for s, kind in self.lex.village_suffixes if kind == "natural"]
        if subs:
            own = rf"(?:(?!{admin})[^\P{{Han}}{_NOT_IN_VILLAGE}一二三四五六七八九十百零〇两第])"
            # a name may hold a numeral (五福组, 三岔屯) but is never only one (三组, 第一组)
            named = rf"(?![第一二三四五六七八九十百零〇两]+(?:{alternation(subs)}))(?:(?!{admin})[^\P{{Han}}{_NOT_IN_VILLAGE}])"
            sub = rf"{own}{{2,4}}(?:{alternation(subs)})(?![织成建合长员])"      # not 组织, 组长, 队员
            if naturals:
                sub = rf"(?:{sub}|{own}{{1,4}}(?:{alternation(naturals)}){_SUFFIX_WORD})"
            self._sub = compiled(rf"{sub}{_ROAD_AFTER}{_NOT_VILLAGE_END}")
            # such units opening a list item on their own (；2.楼下自然村机耕道硬化; 3.龙普组、石丰组饮水)
            alone = rf"{named}{{2,4}}(?:{alternation(subs)})(?![织成建合长员])"
            if naturals:
                alone = rf"(?:{alone}|{own}{{2,4}}(?:{alternation(naturals)}){_SUFFIX_WORD})"
            alone += rf"{_ROAD_AFTER}{_NOT_VILLAGE_END}"
            # the lines where such a unit can be (组 of 组织, 组成, 组长 … is none)
            self._sub_anchor = compiled(rf"{alternation(s for s in subs + naturals if s != '组')}"
                                        r"|组(?![织成建合长员])")
            self._sub_alone = compiled(rf"(?:(?<=^|[\n\t：:，,；;。（(“ \u3000|、\u2460-\u2473])|(?<=[；;。，,：:\n \t\u3000][0-9０-９]{{1,2}}[.、．])"
                                       rf"|(?<=[(（][0-9０-９一二三四五六七八九十]{{1,2}}[)）]))"
                                       rf"(?P<run>{alone}(?:[、和及与]{alone})*)", regex.M)
            # a village alone after a delimiter with such a unit right after it
            self._sub_head = compiled(rf"(?:(?<=^|[\n\t：:，,；;。（(“ \u3000|、\u2460-\u2473])|(?<=[0-9０-９][.、．])"
                                      rf"|(?<=[(（][0-9０-９一二三四五六七八九十]{{1,2}}[)）]))"
                                      rf"(?P<v>{vchar}{{2,4}}(?:{admin}))"
                                      rf"(?={sub})", regex.M)
        else:
            self._sub = self._sub_head = self._sub_alone = None
        self._list_anchor = compiled(f"(?:个|[0-9０-９一二三四五六七八九十两])(?:{count})") if count else None
        self._counted_kinds = frozenset(s for s, kind in self.lex.village_suffixes if kind == "count")
        self._village_end = compiled(rf"(?:{suffix})$")
        # a village's suffix ending a name (石桥村, not 石桥屯), and one inside a name's stem with more
        # after it (新灵村弄底: a village, then its unit)
        self._admin_end = compiled(rf"(?:{admin})$") if admin else compiled(r"$^")
        self._inner_admin = compiled(rf"(?:{admin})\p{{Han}}") if admin else compiled(r"$^")
        # a village's suffix right after a name (石门村, 石门社区; not 村民, 村级): the name may be the village's
        self._admin_after = compiled(rf"(?:{admin})(?![民级务委])") if admin else compiled(r"$^")
        # a village's committee (南阳村委会, 德吉林居委会, 大连村村委会) or its suffix ending the word (平顶山社区，):
        # what a short name before it names is a village
        self._village_named = compiled(
            rf"(?:{admin})?(?:委|村委会|居委|村民委员会|居民委员会)|(?:{admin})(?=[\s，。、；：:,（(]|$)") \
            if admin else compiled(r"$^")
        # a natural village's suffix ending a village's own name (杨家寨村, 王家屯村)
        self._natural_end = compiled(rf"\p{{Han}}(?:{natural})$") if natural else compiled(r"$^")
        self._openers = sorted(set(self.lex.list_openers), key=len, reverse=True)
        self._opener_tuple = tuple(self._openers)
        prose = alternation(s for s, kind in self.lex.village_suffixes if kind == "prose")
        after = alternation(w for w, kind in self.lex.village_after if kind != "keeps")
        keeps = alternation(w for w, kind in self.lex.village_after if kind == "keeps")
        if keeps:
            after = rf"(?!{keeps})(?:{after})"
        self._keeps = tuple(w for w, kind in self.lex.village_after if kind == "keeps") or ("\0",)
        bodies = alternation(w for w, kind in self.lex.village_after if kind == "body")
        self._word_after = tuple(w for w, kind in self.lex.village_after if kind == "word") or ("\0",)
        self._after_words = tuple(w for w, kind in self.lex.village_after if kind != "keeps") or ("\0",)
        # a village alone in a sentence (黄土坡村获得资金, 在东山村召开, 关于石桥村2024年度…):
        # after a delimiter or a function word (and the verb of places/list_openers.txt before it)
        # (also after a body's name, a verb of places/list_openers.txt opening the match:
        # 县农业农村局下达坝子村)
        self._village_prose = compiled(rf"(?:(?<=^|\P{{Han}})|(?<=[{_NOT_IN_VILLAGE}])"
                                       rf"|(?<=[{_BODY_END_CHARS}])(?={alternation(self._openers) or '$^'}))"
                                       rf"{vchar}{{2,8}}(?:{prose}){_ROAD_AFTER}"
                                       rf"(?!{after or '$^'})(?!(?:村|社区)(?:{bodies or '$^'}))(?!民(?!宿))",
                                       regex.M) if prose else None
        self._kind_ends = tuple(s for s, kind in self.lex.village_suffixes if kind == "kind")
        self._long_kinds = tuple(w for w in self.lex.village_words if len(w) >= 3)
        self._group_words = tuple(w for w in self.lex.village_words if w.endswith("组"))
        self._groups = GroupFinder(self.lex.group_units, self.lex.village_words) if self.lex.group_units else None
        self._prose_kinds = tuple(s for s, kind in self.lex.village_suffixes if kind in ("kind", "prose_kind"))
        self._countryside = tuple(w for w in self.lex.not_places if w.endswith(tuple(
            s for s, kind in self.lex.village_suffixes if kind == "prose")))
        self._village_tail = compiled(rf"(?:(?:{suffix})(?:{_COMMITTEE_WORDS}|委|居委)?"
                                      r"|居委会|居民委员会|居委)$")

        words = sorted(set(self.lex.common_words), key=len, reverse=True)
        # leftmost-longest words, as the alternation of them longest first found them, by an
        # automaton: one pass over the text instead of trying every word at every character
        self._common = WordMatcher(words) if words else None
        roles = sorted((set(self.lex.roles) - {"文", "图", "摄"}) | set(self.lex.person_cues["label"]),
                       key=lambda r: (-len(r), r))      # (one text whatever the set's order)
        # a person's name after a byline role or a form's label (记者王建华, 通讯员 李强,
        # 联系人：赵南宁): not a place
        self._person = compiled(rf"(?:{'|'.join(regex.escape(r) for r in roles)})[ \u3000:：]*(?P<name>[\p{{Han}}]{{2,3}})"
                                  r"(?=[\s)）、，,/|·]|报道|摄|$)") \
            if roles else None
        # where a role starts: the only places a match of `_person` can start
        self._roles = WordMatcher(roles) if roles and all(roles) else None
        singles = "".join(regex.escape(x) for x in self.lex.surnames if len(x) == 1)
        doubles = alternation(x for x in self.lex.surnames if len(x) > 1)
        surname = "|".join(x for x in (f"[{singles}]" if singles else "", doubles) if x)
        # a word of its own (between spaces, punctuation, line ends) made of a surname and two
        # characters: a person's name (李长春 8.0 912.0; 张海东、王长春), not the place inside
        # or one after a title (厅长王长春出席) or before a word said of people (赵海东等同志)
        titles = alternation(self.lex.person_cues["title"])
        after = alternation(self.lex.person_cues["after"])
        self._named = compiled(rf"(?<!\p{{Han}})(?:{surname})\p{{Han}}{{2}}{_NOT_UNIT_END}(?:(?!\p{{Han}})|(?={after}))") \
            if surname and after else None
        self._titled = compiled(rf"(?<={titles})(?:{surname})\p{{Han}}{{2}}") if surname and titles else None
        # where a title ends: the only places a match of `_titled` can start
        self._titles = WordMatcher(self.lex.person_cues["title"]) if all(self.lex.person_cues["title"]) else None
        # the surnames' lengths, when every surname is written in Han characters: then a match of
        # `_named` starts where a run of Han characters starts, and its name is the short place
        # name it covers, right after the surname (see `_person_names`)
        self._surname_lengths = sorted({len(x) for x in self.lex.surnames}) \
            if all(regex.fullmatch(r"\p{Han}+", x) for x in self.lex.surnames) else None
        # the cells of a table's name column (户主 / 姓名 …) and the name itself: a surname, one to
        # three characters, between blanks; a cell ending in a unit's word (高桥镇) is a place
        village_columns = alternation(self.lex.village_columns) if self.lex.village_columns else None
        self._village_column = compiled(rf"(?<![^\s|｜])(?:{village_columns})(?=[ \t\u3000|｜\n]|$)") \
            if village_columns else None
        township_columns = alternation(self.lex.township_columns) if self.lex.township_columns else None
        self._township_column = compiled(rf"(?<![^\s|｜])(?:{township_columns})(?=[ \t\u3000|｜])") \
            if township_columns else None
        columns = alternation(self.lex.person_columns)
        self._name_column = compiled(rf"(?<![\p{{Han}}])(?:{columns})(?=[ \t\u3000|｜]|$)", regex.M) \
            if columns else None
        self._name_cell = compiled(rf"(?<=^|[ \t\u3000|｜])(?:{surname})\p{{Han}}{{1,2}}"
                                   rf"{_NOT_UNIT_END}(?=[ \t\u3000|｜]|$)", regex.M) \
            if surname else None

    def _other_township_forms(self) -> dict[str, list[Unit]]:
        """The forms local texts still write townships in (a 乡 become 镇 since, or the other way:
        桑科乡 for 桑科镇; an ethnic township without its people: 布朗山乡 for 布朗山布朗族乡):
        form -> the townships written so. A place only where the document supports it (its
        county or a township of that county named), as a short name."""
        ethnic = alternation(self.lex.ethnic_groups)
        people = compiled(rf"(?P<stem>\p{{Han}}{{2,}}?)(?:(?:{ethnic})族)+(?P<suffix>乡|镇|苏木)$") \
            if ethnic else None
        forms: dict[str, list[Unit]] = {}
        for unit in self.gaz.townships.values():
            name = unit.name
            m = people.match(name) if people is not None and "族" in name else None
            if m is not None:
                forms.setdefault(m["stem"] + m["suffix"], []).append(unit)
            for was, now in (("镇", "乡"), ("乡", "镇")):
                if name.endswith(was) and len(name) > 2 and not (m is not None and m["suffix"] == was):
                    forms.setdefault(name[:-1] + now, []).append(unit)
        return forms

    def _name_char(self) -> str:
        """A character of a village's name: not a function word, except inside the name words of
        places/village_name_words.txt (向阳村, 和平村, 太和村, 于家村), each such character
        allowed beside the characters its word has around it (one branch per character, so that
        a character that is none of them fails at once)."""
        after: dict[str, set[str]] = {}
        before: dict[str, set[str]] = {}
        other = []
        for word in self.lex.village_name_words:
            for i, ch in enumerate(word):
                if ch not in _NOT_IN_VILLAGE:
                    continue
                if len(word) == 2:
                    (after if i == 0 else before).setdefault(ch, set()).add(word[1 - i])
                else:
                    lead = rf"(?<={regex.escape(word[:i])})" if i else ""
                    tail = rf"(?={regex.escape(word[i + 1:])})" if i + 1 < len(word) else ""
                    other.append(f"{lead}{regex.escape(ch)}{tail}")
        allowed = [f"{regex.escape(ch)}(?=[{''.join(sorted(nxt))}])" for ch, nxt in sorted(after.items())]
        allowed += [f"(?<=[{''.join(sorted(prev))}]){regex.escape(ch)}" for ch, prev in sorted(before.items())]
        allowed += other
        if not allowed:
            return _VILLAGE_CHAR
        gate = "".join(sorted(set(after) | set(before) | {c for w in self.lex.village_name_words for c in w
                                                           if c in _NOT_IN_VILLAGE}))
        return rf"(?:{_VILLAGE_CHAR}|(?=[{gate}])(?:{'|'.join(allowed)}))"

    def _run_end(self, text: str, start: int, run: str) -> str:
        """A run of villages without the word its last name runs into (高庙村至杨柳村村道: 杨柳村,
        the second 村 opens 村道; 刘家村至张庄村通村道路: 张庄村, then 通村)."""
        last = run[max(run.rfind(c) for c in _RUN_JOINS) + 1:]
        after = text[start + len(run):start + len(run) + 2]
        if last.endswith("村村") and len(last) > 3 and after.startswith(self._word_after):
            return run[:-1]
        inner = last.find("村", 2)
        if 0 < inner < len(last) - 1 and last[inner + 1:].startswith(self._word_after):
            return run[:len(run) - len(last) + inner + 1]
        return run

    def _split_run(self, run: str) -> list[str]:
        """The names of a list of villages (石桥村、和平村和太和村): split at 、及与, and at 和 only
        right after a name's suffix (the 和 of 和平村 and 太和村 is the name's)."""
        return _RUN_SPLIT.split(run)

    # -- finding ----------------------------------------------------------------------

    def candidates(self, text: str) -> list[Mention]:
        """Longest gazetteer names, left to right, without overlap: one pass of an
        Aho-Corasick automaton over the names (`policyie.automaton`)."""
        spans = self._matcher.spans(text)
        for i, span in enumerate(spans):
            if span is None:
                continue
            s, e = span
            if e - s == 2 and (i + 1 == len(spans) or spans[i + 1][0] > e):
                # 从江华瑶族自治县: a full name that starts inside a short one found first wins
                # (和安阳乡: after a list's joiner, a full name of three characters too)
                inner = self._matcher.spans(text[s + 1:s + 16])
                if inner and inner[0][0] == 0 and inner[0][1] >= (3 if text[s] in _JOINERS else 4) \
                        and any(u.name == text[s + 1:s + 1 + inner[0][1]] for u in self.gaz.lookup(text[s + 1:s + 1 + inner[0][1]])):
                    spans[i] = (s + 1, s + 1 + inner[0][1])
            elif e - s == 2 and i + 1 < len(spans) and spans[i + 1][0] == e:
                # 德清县和安吉县: not 和安 then 吉县, when a unit's full name starts inside the first
                # and ends where the second does (安吉县)
                full = text[s + 1:spans[i + 1][1]]
                if len(full) >= 3 and any(u.name == full for u in self.gaz.lookup(full)) \
                        and not any(u.name == text[s:e] for u in self.gaz.lookup(text[s:e])):   # (泗县经济开发区)
                    spans[i], spans[i + 1] = (s + 1, spans[i + 1][1]), None
        return [self._mention(s, e, text[s:e]) for s, e in (x for x in spans if x is not None)]

    def _bare_township(self, name: str) -> bool:
        """Is the name a short one (永兴 of 永兴县) or that of a township the official list writes
        without a suffix (永兴, 太平川)? Run into 村 or 社区 it is a village's name (永兴村)."""
        if name in self.lex.abbreviations or name in self._new_areas or name in self._aliases:
            return False
        units = self.gaz.lookup(name)
        return bool(units) and all(u.level in ("county", "township") and (
            u.name != name or u.level == "township" and not _ADMIN_END.search(name)) for u in units)

    def _mention(self, start: int, end: int, s: str) -> Mention:
        s = self._aliases.get(s, s)
        if s in self.lex.abbreviations:
            unit = self.gaz.units.get(self.lex.abbreviations[s])
            return Mention(start, end, s, [unit] if unit else [], "abbreviation")
        if s in self._new_areas:
            return Mention(start, end, s, [self._new_areas[s]], "new_area")
        if s in self._township_forms:
            return Mention(start, end, s, list(self._township_forms[s]), "short")
        units = self.gaz.lookup(s)
        kind = "full" if any(u.name == s for u in units) else "short"
        if kind == "full":
            units = [u for u in units if u.name == s]
        return Mention(start, end, s, units, kind)

    def _spaced(self, text: str, found: list[Mention]) -> list[Mention]:
        """Full names written with a space between their characters, as table cells flattened
        from a PDF (屏 南 县 95, 神 木 市), or before their suffix only (喀左 县 362): one
        mention over the spaced text. Names found inside them are dropped from `found`."""
        out = []
        if " " in text or "\u3000" in text:
            for hit in _SUFFIX_SPACED.finditer(text):
                m = self._written_apart(hit.start(), hit.end(), hit.group("n") + hit.group("s"))
                if m.units and not any(f.start < hit.end() and hit.start() < f.end and f.end - f.start > len(hit.group("n"))
                                       for f in found):
                    m.extra["spaced"] = True
                    out.append(m)
        for hit in self._on_lines(_SPACED, text, _SPACED_ANCHOR):
            name = regex.sub(r"[ \u3000\xa0]", "", hit.group())
            name = self._aliases.get(name, name)
            units = self._current_units(name)
            if not units or len(name) < 3:
                continue
            m = Mention(hit.start(), hit.end(), name, units, "full")
            m.extra["spaced"] = True
            out.append(m)
        _drop_inside(found, out)
        return out

    def _written_apart(self, start: int, end: int, name: str) -> Mention:
        """A full name (or an abbreviation: 喀左县) written with a space or a line break inside
        it, as the name it is; units of today only."""
        if name in self.lex.abbreviations:
            return self._mention(start, end, name)
        name = self._aliases.get(name, name)
        return Mention(start, end, name, self._current_units(name), "full")

    def _current_units(self, name: str) -> list:
        """The units of today named exactly `name` (not a historical name, not an alias)."""
        return [u for u in self.gaz.lookup(name) if u.name == name and not u.historical]

    def _broken(self, text: str, found: list[Mention]) -> list[Mention]:
        """Full names of three characters or more cut by a line break, as PDF extraction leaves
        a table's cells and lines (甘草店\n镇二十里铺村, 蒲麻\n镇): one mention over the break.
        Names found inside them are dropped from `found`."""
        out = []
        for brk in _LINE_CUT.finditer(text):
            left = _HAN_TAIL.search(text, max(0, brk.start() - 8), brk.start())
            right = _HAN_HEAD.match(text, brk.end(), brk.end() + 8)
            if left is None or right is None:
                continue
            joined = left.group() + right.group()
            cut = len(left.group())
            for s, e in self._matcher.spans(joined):
                if not s < cut < e or e - s < 3:
                    continue
                m = self._written_apart(left.start() + s, brk.end() + (e - cut), joined[s:e])
                if not m.units:
                    continue
                m.extra["broken"] = True
                out.append(m)
        _drop_inside(found, out)
        return out

    def find(self, text: str, segments: Sequence[tuple[int, int]] | None = None) -> list[Mention]:
        """Place mentions in `text`, resolved within each segment (article); offsets into `text`."""
        # (a short name or a township's bare name run into 村 is a village's name: 永兴村)
        everything = [m for m in self.candidates(text)
                      if not (_VILLAGE_SUFFIX_AFTER.match(text, m.end) and self._bare_township(text[m.start:m.end]))]
        spaced = self._spaced(text, everything)
        if "\n" in text:
            spaced += self._broken(text, everything)
        if spaced:
            everything = sorted(everything + spaced, key=lambda m: m.start)
        heads = self._county_township_heads(text, everything)
        if heads:
            everything = sorted(everything + heads, key=lambda m: m.start)
        starts = {m.start for m in everything}
        for i, m in enumerate(everything):
            # 龙岩地区群众: today "the 龙岩 area" (the old prefecture became 龙岩市), unless a
            # county follows, as in the historical chain 柳州地区忻城县
            if m.text.endswith("地区") and m.units and all(u.historical for u in m.units) and m.end not in starts:
                current = [u for u in self.gaz.lookup(m.text[:-2]) if not u.historical]
                if current:
                    everything[i] = Mention(m.start, m.end - 2, m.text[:-2], current, "short")
        call = _Call(text, everything)
        if self._common is not None:
            call.covered.extend(self._common.spans(text))
        if self._person is not None:
            persons = self._person.finditer(text) if self._roles is None else \
                matches_from(self._person, text, (s for s, _ in self._roles.occurrences(text)))
            call.covered.extend(p.span("name") for p in persons)
        call.covered.extend(self._person_names(text, everything))
        call.covered.extend(_doc_number_bodies(text))
        call.covered.sort()
        call.lists = self._lists(call, everything) + self._row_lists(call, everything)
        verdicts = {id(m): self._plausible(call, m) for m in everything}
        raw = [m for m in everything if verdicts[id(m)] is True]
        deferred = [m for m in everything if verdicts[id(m)] is None]
        raw.extend(self._supported(call, raw, deferred, verdicts, segments))
        raw.sort(key=lambda m: m.start)
        raw.extend(self._zones(call, raw))
        raw.extend(self._villages(call, raw))
        self._drop_committees(call, raw)
        raw.extend(self._short_townships(call, raw))
        raw.extend(self._distributed_townships(text, raw))
        raw.extend(self._listed_townships(text, raw))
        raw.sort(key=lambda m: m.start)
        cells = self._village_townships(call, raw)
        if cells:
            raw.extend(cells)
            raw.sort(key=lambda m: m.start)
        segments = list(segments) if segments else [(0, len(text))]
        starts = [m.start for m in raw]
        present = _of_the_present(text)
        for seg_start, seg_end in segments:
            self._resolve(raw[bisect_left(starts, seg_start):bisect_left(starts, seg_end)], present)
        self._resolve([m for m in raw if m.place is None], present)     # outside any article
        self._resolve_by_document(raw)
        zones = self._bare_zones(call, raw)
        if zones:
            raw.extend(zones)
            raw.sort(key=lambda m: m.start)
            self._zone_villages(call, raw, zones)
        # lone villages of an article that names no township or county: the document's
        # (a signature block 衡东县草市镇人民政府 read as an article of its own)
        lone = [m for m in raw if m.kind == "village" and m.extra.get("alone") and m.extra.get("owner") is None]
        if lone:
            owner = self._owner_of_alone([m for m in raw if m.kind != "village"])
            if owner is not None and owner.chosen is not None:
                for m in lone:
                    m.extra["owner"] = owner
                    m.place = self._village_place(m)
        return [m for m in raw if m.place is not None and not (m.kind == "village" and self._rating(text, m))]

    def _county_township_heads(self, text: str, found: list[Mention]) -> list[Mention]:
        """A county and one of its own townships written short before a colon or a bar (雷山西江：…,
        巫山骡坪｜…: a news item's head naming where it happens): the township, which also
        supports the county. Only a township of that county is read, and only before the head's
        colon (安岳文化 ⏎, 武胜中心 城区: words, not 文化镇, 中心镇)."""
        taken = {m.start for m in found}
        out = []
        for m in found:
            counties = {u.code for u in m.units if u.level == "county" and not u.historical}
            if not counties or m.end in taken or (m.start and _HAN_CHAR1.match(text, m.start - 1)):
                continue
            for size in (2, 3, 4):
                name = text[m.end:m.end + size]
                if len(name) < size or not _HEAD_END.match(text, m.end + size):
                    continue
                units = [u for u in self._short_township_units(name) if u.parent in counties]
                if units and name not in self.lex.not_places and name not in self.lex.common_words:
                    out.append(Mention(m.end, m.end + size, name, units, "short"))
                    break
        return out

    @staticmethod
    def _rating(text: str, m: Mention) -> bool:
        """五星村 named as a grade (创建五星村, 评为五星村, “五星村”创建, 五星村、四星村 each …), not
        the village of that name (广顺镇五星村, a table's row)."""
        return bool(_STAR_VILLAGE.fullmatch(m.text)) and bool(
            _RATING_BEFORE.search(text, max(0, m.start - 4), m.start) or _RATING_AFTER.match(text, m.end))

    def _person_names(self, text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
        """Spans of people's names written as words of their own that hold a place's short
        name: a surname and two characters between delimiters (李长春, 张海东: 长春, 海东), and
        the cells of a table's name column (户主 … 高阳). A full name (叶城县, 黎平县) is a place."""
        short = {(m.start, m.end) for m in mentions if m.kind == "short"}
        if not short:
            return []
        out = []
        if self._named is not None:
            if self._surname_lengths is None:
                named = self._named.finditer(text)
            else:
                # a match is a surname and the two characters of a short name, and starts a run of
                # Han characters (its lookbehind): matches never overlap, and those that count
                # start one surname before a two-character short name
                named = matches_from(self._named, text, (a - k for a, b in short if b - a == 2
                                                         for k in self._surname_lengths if a >= k))
            out.extend(h.span() for h in named if (h.end() - 2, h.end()) in short)
        if self._titled is not None:
            titled = self._titled.finditer(text) if self._titles is None else \
                matches_from(self._titled, text, (e for _, e in self._titles.occurrences(text)))
            out.extend(h.span() for h in titled if (h.end() - 2, h.end()) in short)
        if self._name_column is not None and self._name_cell is not None:
            for header in self._name_column.finditer(text):
                # the table: the header's line (three cells or more) and the lines of cells after it
                line_start = text.rfind("\n", 0, header.start()) + 1
                end = text.find("\n", header.end())
                end = len(text) if end < 0 else end
                if len(_CELL_GAP.findall(text, line_start, end)) < 2:
                    continue
                while end < len(text):
                    nxt = text.find("\n", end + 1)
                    nxt = len(text) if nxt < 0 else nxt
                    if len(_CELL_GAP.findall(text, end + 1, nxt)) < 2:
                        break
                    end = nxt
                out.extend(h.span() for h in self._name_cell.finditer(text, header.end(), end)
                           if any((a, b) in short for a in range(h.start(), h.end()) for b in range(a + 2, h.end() + 1)))
        return out

    def _in_covered(self, call: _Call, m: Mention) -> bool:
        """Whether a common word or a person's name overlaps `m` other than inside it (惠民 in
        惠民政策 and 长治 in 长治久安 are covered; 惠民 inside 惠民县 leaves 惠民县 alone)."""
        cov = call.covered
        k = bisect_left(cov, (m.end, -1))
        for s, e in cov[max(0, k - 4):k]:
            if e > m.start and (s < m.start or e > m.end or (s, e) == (m.start, m.end)):
                return True
        return False

    def _plausible(self, call: _Call, m: Mention) -> bool | None:
        """True: a place; False: not one; None: a short name that needs the document's support.

        Short names need support: an adjacent place (浙江义乌), a unit word after them (义乌财政局,
        琼中：), a dateline (新华社西宁5月6日电), province or prefecture rank; a county's short
        name without any of these waits for the document (a list of places, the same unit or
        its province named elsewhere). Common words that are short names (资源, 振兴) count only
        after a place they lie in; names inside common words and idioms (惠民政策, 长治久安) and
        after a byline role (记者王建华) are not places."""
        text = call.text
        if not m.units:
            return False
        if m.kind in ("abbreviation", "new_area"):
            return True
        before_adjacent = m.start in call.ends
        after_adjacent = m.end in call.starts
        if m.text in self.lex.not_places:
            # 安徽黄山 yes (黄山市 lies in 安徽省); 黄山 alone or 福州市城区 no
            prev = [call.ends[m.start]] if m.start in call.ends else []
            kept = [u for u in m.units if prev and any(
                p.code and (u.parent == p.code or self.gaz.is_within(u, p.code)) for p in prev[0].units)]
            if kept:
                m.units = kept
                return True
            if self._in_covered(call, m) or _FEATURE_AFTER.match(text, m.end):
                return False
            m.extra["word"] = True                         # only a counted list or the unit named in full
            return None
        if m.kind == "full":
            if self.lex.joining_verbs and m.text.startswith(self.lex.joining_verbs) \
                    and (_BODY_END.search(text, max(0, m.start - 1), m.start)
                         or _BODY_THEN_ADVERB.search(text, max(0, m.start - 12), m.start)):
                return False                               # 财政局会同县农业农村局, 住建局将会同县财政局: 会同 joins two bodies
            if m.text in self.lex.generic_townships and all(u.level == "township" for u in m.units):
                # 新材料产业园, 农场: a kind of body many counties have; a place only right after
                # the county or city it lies in (六合区新材料产业园)
                prev = call.ends.get(m.start)
                kept = [u for u in m.units if prev is not None and any(
                    p.code and (u.parent == p.code or self.gaz.is_within(u, p.code)) for p in prev.units)]
                if not kept:
                    return False
                m.units = kept
            if m.units[0].level == "township" and _FALSE_TOWNSHIP.match(text, m.end - 1) and not (
                    before_adjacent and any(u.parent in {p.code for p in call.ends[m.start].units} for u in m.units)) \
                    and not (len(m.text) >= 3 and _PEOPLE_AFTER.match(text, m.end)) \
                    and not self._after_township(call, m):
                return False                               # 促进乡村振兴: 乡村 is a word (丹江口市六里坪镇村道: its county before it)
            if len(m.text) == 2 and m.end < len(text) and text[m.end] in "级域":
                return False                               # 和县级, 城区域: 县级/区域 are words
            if len(m.text) == 2 and m.text[0] in _FUNCTION_CHARS and not before_adjacent \
                    and regex.match(r"\p{Han}", text[m.start - 1:m.start] or "。"):
                return None                                # 和县人大常委会: 和 + 县人大 unless the text supports 和县
            if self._in_covered(call, m) and not before_adjacent:
                return False
            return True
        if self._village_named.match(text, m.end) and (
                not any(u.level == "province" for u in m.units) or _HAN_CHAR1.match(text, m.start - 1) and m.start not in call.ends):
            return False                                   # 平顶山社区, 大连村村委会: a village's name (上海居委干部: 上海)
        if _FEATURE_AFTER.match(text, m.end) and not self._unit_after(call, m):
            return False                                   # 太湖流域, 阿克苏河, 中山路: a feature
        if _APP_BEFORE.search(text, max(0, m.start - 2), m.start):
            return False                                   # 云上谷城, 掌上恩施: a local news app
        if _ACCOUNT_AFTER.match(text, m.end):
            return False                                   # 松潘发布: a government news account
        if self._in_covered(call, m):
            return False
        if m.text in self._township_forms:
            # 桑科乡 for 桑科镇: right after its county, before a village when it is the only one
            # so written, or where the document names the county
            prev = call.ends.get(m.start)
            own = [u for u in m.units if prev is not None and any(u.parent == p.code for p in prev.units)]
            if own:
                m.units = own
                return True
            if len(m.units) == 1 and self._village.match(text, m.end):
                return True                                # 甲篆乡平安村: the one township so written, then its village
            if _FALSE_TOWNSHIP.match(text, m.end - 1) or _FORM_WORD_AFTER.match(text, m.end - 1):
                return False                               # 文明乡风, 中心乡镇: words, whatever the county
            return None
        if before_adjacent and all(u.level == "county" for u in m.units) and call.ends[m.start].units \
                and all(u.level == "township" for u in call.ends[m.start].units):
            return False                                   # 卢峰镇向阳社区: a county never follows its township
        if (before_adjacent or after_adjacent) and self._adjacent_support(call, m):
            return True
        if _SUFFIX_AFTER.match(text, m.end):
            return True
        if self._zone is not None and self._zone.match(text, m.end):
            return True                                    # 平潭综合实验区, 东阳经济开发区
        if DATELINE_AFTER.match(text, m.end) and DATELINE_BEFORE.search(text[max(0, m.start - 6):m.start]):
            return True
        if any(u.level in ("province", "city") and not u.historical for u in m.units) or len(m.text) >= 4:
            return True
        if len(m.text) == 3 and m.text[-1] in "县旗" and all(u.level == "county" and not u.historical for u in m.units):
            return True                                    # 威宁县, 大化县: an autonomous county written as X县
        return None

    def _adjacent_support(self, call: _Call, m: Mention) -> bool:
        """Whether a place written right before or after `m` supports it. A short name right
        before a village's suffix (新建石门村: 新建 and 石门, counties of two provinces) is
        supported only by a neighbour written in full, of province or prefecture rank, or that
        lies in it or holds it: else the two are a word and a village's name."""
        if m.kind != "short" or not self._admin_after.match(call.text, m.end):
            return True
        for other in (call.ends.get(m.start), call.by_start.get(m.end)):
            if other is None or not other.units:
                continue
            if other.kind != "short" or any(u.level in ("province", "city") for u in other.units + m.units):
                return True
            if any(self.gaz.is_within(u, o.code) or self.gaz.is_within(o, u.code)
                   for u in m.units for o in other.units if u.code and o.code):
                return True
        return False

    @staticmethod
    def _after_township(call: _Call, m: Mention) -> bool:
        """Whether `m` closes a list of townships (居仁镇、永和乡、民和乡村级组织: 民和乡, then 村级)."""
        prev = call.ends.get(m.start - 1)
        return call.text[m.start - 1:m.start] in ("、", "和", "及", "与") and prev is not None and prev.kind == "full" \
            and bool(prev.units) and all(u.level == "township" for u in prev.units)

    @staticmethod
    def _unit_after(call: _Call, m: Mention) -> bool:
        """Whether a unit's full name starts right after `m` (大通县桥头镇: 桥 opens the township,
        not a bridge of 大通)."""
        nxt = call.next_full.get(m.end)
        return nxt is not None

    def _lists(self, call: _Call, everything: list[Mention]) -> list[list[Mention]]:
        """Runs of place names joined by 、/和/及/与 (and commas between short names)."""
        text = call.text
        runs, run = [], []
        for m in everything:
            if run:
                gap = text[run[-1].end:m.start]
                if gap in _LIST_SEP:
                    run.append(m)
                    continue
                runs.append(run)
            run = [m]
        if run:
            runs.append(run)
        out = []
        for run in runs:
            if len(run) < 2:
                continue
            # commas separate clauses as well: a comma list needs its count
            counted = bool(_LIST_COUNT.match(text, run[-1].end))
            if any(text[a.end:b.start] in "，," for a, b in zip(run, run[1:])) and not counted:
                continue
            for x in run:
                x.extra["counted"] = counted
            out.append(run)
        return out

    def _coherent(self, run: list[Mention]) -> bool:
        """A list of three or more county names, none a common word, that all lie in one city
        (德保、靖西、那坡、凌云、乐业: Baise's): places even without a count. Keeps each
        member's units in that city."""
        if len(run) < 3 or any(x.extra.get("word") for x in run):
            return False
        cities = None
        for x in run:
            here = {u.parent for u in x.units if u.level == "county" and not u.historical and u.parent}
            cities = here if cities is None else cities & here
            if not cities:
                return False
        if len(cities) != 1:
            return False
        city = cities.pop()
        for x in run:
            x.units = [u for u in x.units if u.parent == city]
        return True

    def _row_city_words(self, run: list[Mention]) -> dict[int, list[Unit]]:
        """Row labels that are common words (安定, 郊区) in a table whose other rows are three or
        more counties of one city (安定 / 通渭 / 陇西 / 渭源: Dingxi's): that city's county of the
        name, by the id of the label."""
        words = [x for x in run if x.extra.get("word")]
        others = [x for x in run if not x.extra.get("word")]
        if not words or len(others) < 3:
            return {}
        cities = None
        for x in others:
            here = {u.parent for u in x.units if u.level == "county" and not u.historical and u.parent}
            cities = here if cities is None else cities & here
            if not cities:
                return {}
        if len(cities) != 1:
            return {}
        city = next(iter(cities))
        out = {}
        for x in words:
            units = [u for u in x.units if u.level == "county" and not u.historical and u.parent == city]
            if len(units) == 1:
                out[id(x)] = units
        return out

    def _row_lists(self, call: _Call, everything: list[Mention]) -> list[list[Mention]]:
        """The row labels of a table flattened to text (霞浦\t120 / 古田\t85 / 屏南\t95): names
        opening three or more consecutive lines, each followed by figures. Such a run supports
        its short names as a list does (not common words among them)."""
        text = call.text
        breaks = [m.start() for m in _NEWLINE.finditer(text)]
        rows: list[tuple[int, Mention]] = []
        for m in everything:
            k = bisect_left(breaks, m.start)
            line_start = breaks[k - 1] + 1 if k else 0
            if m.start - line_start > 8 or not _ROW_HEAD.fullmatch(text, line_start, m.start) \
                    or not _ROW_TAIL.match(text, m.end):
                continue
            rows.append((k, m))
        runs, run = [], []
        for line, m in rows:
            if run and line == run[-1][0] + 1:             # the next line
                run.append((line, m))
                continue
            if len(run) >= 3:
                runs.append([x for _, x in run])
            run = [(line, m)]
        if len(run) >= 3:
            runs.append([x for _, x in run])
        for r in runs:
            for x in r:
                x.extra.setdefault("counted", False)
                x.extra["row"] = True
        return runs

    def _supported(self, call, raw, deferred, verdicts, segments) -> list[Mention]:
        """Deferred short names that the document supports."""
        if not deferred:
            return []
        out: list[Mention] = []
        accepted = {id(m) for m in raw}
        # lists of places: 霞浦、古田、屏南6县 / 大同、忻州、临汾、吕梁 (a member accepted)
        for run in call.lists:
            counted = run[0].extra["counted"] and not run[0].extra.get("row")
            if counted or run[0].extra.get("row") or any(id(x) in accepted for x in run) or self._coherent(run):
                in_city = self._row_city_words(run) if run[0].extra.get("row") else {}
                for x in run:
                    if id(x) not in accepted and verdicts[id(x)] is None and (
                            counted or not x.extra.get("word") or id(x) in in_city):
                        if _FEATURE_AFTER.match(call.text, x.end) or self._in_covered(call, x):
                            continue
                        if id(x) in in_city:
                            x.units = in_city[id(x)]    # 安定\t520 among 通渭, 陇西 …: 安定区
                        out.append(x)
                        accepted.add(id(x))
        # the same unit, or the province or city it lies in, named in the same article
        segments = sorted(segments) if segments else [(0, len(call.text))]
        seg_starts = [s for s, _ in segments]

        def seg_of(pos):
            i = bisect_right(seg_starts, pos) - 1
            return i if i >= 0 and segments[i][0] <= pos < segments[i][1] else -1

        anchors: dict[int, set[str]] = {}
        for m in raw + out:
            if len(m.units) == 1 and m.units[0].code and not m.units[0].historical:
                anchors.setdefault(seg_of(m.start), set()).add(m.units[0].code)
                if m.units[0].level == "city" and (m.kind == "full" or DATELINE_AFTER.match(call.text, m.end)):
                    # 海口 in a dateline, 三亚市: the article is in that province too (文昌、乐东 …)
                    anchors[seg_of(m.start)].add(m.units[0].code[:2] + "0000")
        for m in deferred:
            if id(m) in accepted:
                continue
            codes = anchors.get(seg_of(m.start), set())
            hits = [u for u in m.units if u.code in codes]
            if not hits and not m.extra.get("word"):
                hits = [u for u in m.units if not u.historical and u.level in ("county", "zone")
                        and any(self.gaz.is_within(u, c) for c in codes if c.endswith("00"))]
            if not hits and m.units and all(u.level == "township" for u in m.units):
                # a township under another form (桑科乡): its county, or a township of it, named
                counties = {c for c in codes if len(c) == 6} | \
                    {self.gaz.townships[c].parent for c in codes if c in self.gaz.townships}
                hits = [u for u in m.units if u.parent in counties]
            if len(hits) == 1:
                m.units = hits
                out.append(m)
                accepted.add(id(m))
        # an article about one county, written short (镇原投入… / 今年以来，镇原把…), that names
        # the county's own bodies (县财政局, 全县): the name twice or more, no common word. Decided
        # once per name and article (a long text holds many deferred names)
        starts: dict[tuple[str, int], list[int]] = {}
        for m in deferred:
            starts.setdefault((m.text, seg_of(m.start)), []).append(m.start)
        decided: dict[tuple[str, int], bool] = {}
        for m in deferred:
            if id(m) in accepted or m.extra.get("word") or len(m.units) != 1:
                continue
            u = m.units[0]
            if u.historical or u.level != "county" or not u.name.startswith(m.text):
                continue
            key = (m.text, seg_of(m.start))
            if key not in decided:
                decided[key] = self._county_article(call.text, m.text, u, starts[key],
                                                    segments[key[1]] if key[1] >= 0 else (0, len(call.text)),
                                                    anchors.get(key[1], set()))
            if decided[key]:
                out.append(m)
                accepted.add(id(m))
        return out

    @staticmethod
    def _county_article(text: str, name: str, unit, starts: list[int], seg: tuple[int, int],
                        codes: set[str]) -> bool:
        """Is the article `seg` about the county `unit` written short as `name`: the name twice
        or more, once opening a line or sentence, the county's own bodies named (县财政局, 全县),
        no township, village or feature of that name (兴隆镇 … 兴隆), no other county named?"""
        body = _OWN_BODY.get(unit.name[-1])
        if body is None or text.count(name, *seg) < 2 or not body.search(text, *seg):
            return False
        if regex.search(regex.escape(name) + _NAMED_AFTER, text[seg[0]:seg[1]]):
            return False                                   # 兴隆镇 … 兴隆: the township, not 兴隆县
        if not any(x == seg[0] or _SUBJECT_START.search(text, max(seg[0], x - 1), x) for x in starts):
            return False                                   # (江口 in running text is a river's mouth)
        return not any(len(c) == 6 and not c.endswith("00") and c != unit.code for c in codes)

    def _zones(self, call: _Call, mentions: list[Mention]) -> list[Mention]:
        """Development zones named after a place: 东阳经济开发区, 天津滨海高新区, 平潭综合实验区."""
        if self._zone is None:
            return []
        text = call.text
        out = []
        by_end = sorted(mentions, key=lambda m: m.end)
        ends = [m.end for m in by_end]
        for z in self._zone.finditer(text):
            # the zone's own name: up to 4 Han characters before the suffix, starting at a place
            k = bisect_right(ends, z.start())
            if k == 0 or z.start() - ends[k - 1] > 4:
                continue
            o = by_end[k - 1]
            if o.kind in ("zone", "new_area") or any(u.level == "zone" for u in o.units):
                continue
            if o.kind == "full" and o.units and all(u.level == "township" for u in o.units):
                continue                                   # 某镇工业园区: the township's park, no zone of its own
            if any(m.start < z.end() and z.start() < m.end for m in by_end[k:k + 2]):
                continue                                   # the suffix is part of a longer name
            between = text[o.end:z.start()]
            if not _SHORT_HAN.fullmatch(between):
                continue
            start = o.start if not between or o.kind == "short" else o.end if len(between) >= 2 else o.start
            name = text[start:z.end()]
            zone = Mention(start, z.end(), name, o.units, "zone")
            zone.extra["owner"] = o
            out.append(zone)
        # a zone swallows the places inside its name, except the one it is named after
        if out:
            covered = {}
            for zone in out:
                for i in range(zone.start, zone.end):
                    covered[i] = zone
            mentions[:] = [m for m in mentions if not (m.start in covered and m.end <= covered[m.start].end
                                                       and covered[m.start].extra["owner"] is not m)]
        return out

    def _villages(self, call: _Call, mentions: list[Mention]) -> list[Mention]:
        """Villages and communities named right after their township or county (周坪村,
        某街道东坑村和西坑村, 洛克乡1村), and again later in the article on their own."""
        text = call.text
        out = []
        starts = {o.start: o for o in mentions}
        dropped: set[int] = set()
        township_ends = {o.end for o in mentions if o.units and all(u.level == "township" for u in o.units)}
        for m in mentions:
            if m.kind == "zone" or not m.units or m.units[0].level not in ("county", "township") or id(m) in dropped:
                continue
            if m.kind == "short" and text[m.start - 1:m.start] in ("：", ":") and m.start - 1 in township_ends:
                continue                                   # 巴彦乌兰苏木：巴彦乌兰嘎查 is a village, not 巴彦's
            if m.units[0].level == "county" and m.end not in starts:
                renamed = self._renamed_township(text, m)
                if renamed is not None:
                    # 墨玉县喀尔赛乡: not 越西县's old 尔赛乡 read inside it
                    mentions[:] = [o for o in mentions if not (renamed.start <= o.start and o.end <= renamed.end)]
                    mentions.append(renamed)               # its villages are read when the loop gets to it
                    starts[renamed.start] = renamed
                    continue
            elif m.units[0].level == "county" and starts[m.end].units \
                    and all(u.level == "township" for u in starts[m.end].units):
                self._own_township(starts[m.end], m)     # 依安县新屯镇: its 新屯乡, not 河北's 新屯镇
            pos, owner = m.end, m
            gap = _ROW_GAP.match(text, pos)
            if gap and self._village.match(text, gap.end()) and \
                    not self._generic_village(self._village.match(text, gap.end()).group()):
                pos = gap.end()                            # a table row: 停弦渡镇\t岗市村\t50
            elif text[pos:pos + 1] == "的" and m.units[0].level == "township" and self._village_of(text, pos + 1):
                pos += 1                                   # 某镇的卢村、塔川村: the township's villages listed
            while True:
                v = self._village.match(text, pos)
                if v is None and self._village_long is not None and owner.units[0].level == "township":
                    v = self._village_long.match(text, pos)    # 杭桂镇托万克库木巴格村
                    if v is not None and any(w in v.group() for w in self._openers):
                        v = None                   # 镇重点支持十八洞村: a verb, then a village
                lead = False
                if v is None and pos > owner.end and text[pos - 1] in _JOINERS \
                        and _COMMITTEE_END.search(out[-1].text):
                    v = self._last_committee.match(text, pos)
                if v is None:
                    v = self._list_item.match(text, pos)     # 马头镇太本站村、…
                    if v is not None and pos == owner.end and (_NOT_RIGHT_AFTER.search(v.group())
                                                               or any(v.group().startswith(w) for w in self._openers)):
                        v = None                   # 白潭镇所辖各村, 翰林镇现有村: words about its villages
                if v is None and text[pos:pos + 1] in _DETERMINER_CHARS:    # (not 共: 共享, 共建)
                    v = self._village_lead.match(text, pos)       # 会川镇本庙村 (not 该镇各村)
                    lead = v is not None and self._led_name(v.group())
                    v = v if lead else None
                if v is not None and pos == owner.end:
                    # 水尾镇实施水尾村至…: a verb of places/list_openers.txt between the township and its village
                    stem = self._village_stem(v.group())
                    verb = next((w for w in self._openers if stem.startswith(w) and len(stem) - len(w) >= 2), None)
                    if verb is not None:
                        v = self._village.match(text, pos + len(verb))
                if v is not None:
                    kept = self._run_end(text, v.start(), v.group())
                    if kept != v.group():          # 至杨柳村村道: the village, not 村村
                        v = self._village.fullmatch(text, v.start(), v.start() + len(kept))
                if not v or v.group() in self.lex.not_places or (self._generic_village(v.group()) and not lead) \
                        or v.group()[0] in _UNIT_CHARS \
                        or owner.kind == "short" and pos == owner.end and len(self._village_stem(v.group())) < 2:
                    # (朝阳庵村: one village, not 朝阳's 庵村; a county written short names no
                    # one-character village right after it)
                    break                                  # 关岭镇关岭村 with 关岭镇 unknown: not a village 镇关岭村
                unknown = _TOWNSHIP_IN_VILLAGE.fullmatch(v.group()) if owner.units[0].level == "county" else None
                if unknown is not None:
                    if v.start() in starts:
                        break                              # 西吉县吉强镇龙王坝村: read after 吉强镇
                    pos = v.start() + unknown.end("town")  # 某县新设镇石桥村: an unknown township, then its village
                    continue
                if pos in starts:
                    inner = starts[pos]
                    if inner.end >= v.end() or inner.kind != "short" or inner.text in self._township_forms \
                            or _ADMIN_END.search(inner.text):
                        # 新发村、太东镇太东村: the next township (太东乡); 石桥村、恭城县西岭镇龙溪村: the
                        # next county, written short with its suffix (恭城县 for 恭城瑶族自治县)
                        break
                    dropped.add(id(inner))                  # 水头镇朝阳村: a village, not 朝阳
                    del starts[pos]
                village = Mention(v.start(), v.end(), v.group(), [], "village")
                village.extra["owner"] = owner
                out.append(village)
                end = v.end()
                n = self._natural.match(text, end) if self._natural is not None else None
                if _COMMITTEE_END.search(v.group()):
                    w = self._village.match(text, end)     # 爱春村委会阿者科村: its natural village
                    if w is not None and (n is None or w.end() > n.end()):
                        n = w                              # (果期村委会新寨村: not 新寨 of it)
                if n and not self._generic_village(n.group()) and end not in starts:
                    natural = Mention(n.start(), n.end(), n.group(), [], "village")   # 百布村弄怀屯
                    natural.extra["owner"] = owner
                    out.append(natural)
                    end = n.end()
                # X村和Y村, X村、Y村: the next village of the same township
                sep = text[end:end + 1]
                if sep not in ("和", "、", "及", "与", "至"):     # 新立村至东胜村道路: the road's two villages
                    break
                pos = end + 1
        if dropped:
            mentions[:] = [o for o in mentions if id(o) not in dropped]
        out.extend(self._broken_villages(call, mentions, out))
        out.extend(self._villages_alone(call, mentions, out))
        out.extend(self._counted_villages(call, mentions, out))
        out.extend(self._count_first_villages(call, mentions, out))
        out.extend(self._column_villages(call, mentions, out))
        out.extend(self._cell_villages(call, mentions, out))
        out.extend(self._spaced_villages(call, mentions, out))
        out.extend(self._numbered_runs(call, mentions, out))
        # a village named with its township earlier in the text, written again alone
        known = {}
        if out:
            for v in out:
                if not _VILLAGE_NUM.fullmatch(v.text):
                    known.setdefault(v.text, v.extra["owner"])
        if known:
            taken = sorted([(m.start, m.end) for m in mentions] + [(v.start, v.end) for v in out])
            # the names, longest first (an automaton: no regex compiled per document)
            for hit in WordMatcher(known).finditer(text):
                k = bisect_right(taken, (hit.start(), len(text) + 1))
                if any(s < hit.end() and hit.start() < e for s, e in taken[max(0, k - 2):k + 1]):
                    continue
                if _VILLAGE_BODY_AFTER.match(text, hit.end()) or _VILLAGE_PEOPLE_AFTER.match(text, hit.end()):
                    continue                               # 下坪村村民委员会: the committee, a body; 何家岩村民委员会 too
                if self._admin_after.match(text, hit.end()) and not self._village_end.search(hit.group()):
                    continue                               # 金龙村 where 金龙 was read bare: the longer name, later
                if regex.match(r"[\p{Han}]", text[hit.start() - 1:hit.start()] or " ") and \
                        text[hit.start() - 1:hit.start()] not in "，。、；：在和与及到是从对向将为“”（(":
                    continue                               # part of a longer name
                village = Mention(hit.start(), hit.end(), hit.group(), [], "village")
                village.extra["owner"] = known[hit.group()]
                village.extra["alone"] = known[hit.group()] is None      # as its first mention
                out.append(village)
        out.extend(self._villages_in_prose(call, mentions, out))
        out.extend(self._stems_again(call, mentions, out))
        out.extend(self._natural_villages_alone(call, mentions, out))
        out.extend(self._sub_villages(call, mentions, out))
        out.extend(self._village_groups(call, mentions, out))
        # a common word across a village's edge (经镇村两级验收: 镇村两级) leaves no village, and
        # a count never comes before a village's name (等4个偏远村, 12个边境村: kinds of village)
        return [v for v in out if not self._in_covered(call, v)
                and not _COUNTED_BEFORE.search(text, max(0, v.start - 6), v.start)]

    def _numbered_runs(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """Villages named by their numbers in a list of two or more (在2村、5村、8村建成…, 12村和13村):
        alone, 12村 may be a count; listed, each is a village of the document's township."""
        text = call.text
        if "村" not in text:
            return []
        taken = _Spans(list(mentions) + list(found))
        out = []
        for run in _NUMBERED_RUN.finditer(text):
            for item in _VILLAGE_NUM_ITEM.finditer(text, run.start(), run.end()):
                if not taken.overlaps(*item.span()):
                    out.append(_lone_village(item.start(), item.end(), item.group()))
        return out

    def _stems_again(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A village named with its suffix, written again by its name alone to open a clause
        (…港口村、里商村入选。…；港口则发展水上运动；里商的共富工坊…): the same village. Only a name
        of two characters or more that is no common word, after a delimiter."""
        text = call.text
        stems: dict[str, Mention] = {}
        for v in found:
            stem = self._village_stem(v.text)
            if stem != v.text and len(stem) >= 2 and self._admin_end.search(v.text) and not _VILLAGE_NUM.fullmatch(v.text) \
                    and stem not in self.lex.not_places and stem not in self.lex.common_words \
                    and stem not in self.lex.village_words and not self.gaz.lookup(stem):
                stems.setdefault(stem, v)
        if not stems:
            return []
        taken = _Spans(list(mentions) + list(found))
        out: list[Mention] = []
        for hit in WordMatcher(stems).finditer(text):
            a, b = hit.start(), hit.end()
            if a and text[a - 1] not in _CLAUSE_OPEN or taken.overlaps(a, b) \
                    or b < len(text) and regex.match(r"\p{Han}", text[b]) and text[b] not in _STEM_THEN:
                continue                                   # (石佛组, 上蓬自然村, 枫香坪: other names)
            village = Mention(a, b, hit.group(), [], "village")
            village.extra["owner"] = stems[hit.group()].extra.get("owner")
            village.extra["alone"] = stems[hit.group()].extra.get("alone", False)
            out.append(village)
        return [v for v in out if not self._in_covered(call, v)]

    @staticmethod
    def _figures_after(text: str, pos: int) -> bool:
        """Whether the rest of the line after `pos` holds figures other than a date (a table
        row: 大坪村委会\t文化广场\t12; a signature 正龙村村民委员会　2024年10月10日 has none)."""
        end = text.find("\n", pos)
        rest = _DATE.sub("", text[pos:len(text) if end < 0 else end])
        if not rest.strip(" \t\u3000"):
            return figure_on_next_line(text, pos)      # one cell per line: 卡多村委会⏎60000
        return bool(regex.search(r"[0-9０-９]", rest))

    def _drop_committees(self, call: _Call, raw: list[Mention]) -> None:
        """A village's committee written as a body, not in a table row (发布单位：地苏镇东江村村民
        委员会; a signature 正龙村村民委员会 2024年10月10日): no place, and the township written
        right before it is part of the body's name."""
        text = call.text
        drop = set()
        village_starts = {v.start for v in raw if v.kind == "village"}
        for v in raw:
            if v.end in village_starts:
                continue                                   # 贺开村委会曼弄老寨: a place, before its natural village
            if v.kind != "village" or not _COMMITTEE_END.search(v.text) or self._figures_after(text, v.end) \
                    or text[v.start - 1:v.start] in _LIST_SEP or text[v.end:v.end + 1] in _LIST_SEP:
                continue                                   # a row, or a list of recipients (拨付给新华居委会、…)
            owner = v.extra.get("owner")
            adjacent = owner is not None and owner.end == v.start
            chain = owner.start if adjacent else v.start
            if text[chain - 1:chain] in _LIST_SEP:
                continue                                   # …村委会、长坡镇石门村委会。: a list's last item
            before = text[text.rfind("\n", 0, chain) + 1:chain].strip(" \t\u3000")
            if before and not before.endswith(("：", ":")):
                continue                                   # …支持双桥镇石岭村委会。: prose names the place
            end = text.find("\n", v.end)
            if not adjacent and _DATE.sub("", text[v.end:len(text) if end < 0 else end]).strip(" \t\u3000"):
                continue                                   # 东江村村民委员会开展…: prose about it, left as it was
            if adjacent and _HAN_HEAD.match(text, v.end):
                continue                                   # 拉孜镇帕玛居委会人饮工程: a place, prose goes on
            if text[v.end:v.end + 1] in ("：", ":") and _HAN_HEAD.match(text, v.end + 1):
                continue                                   # 红毛镇什寒村委会：什寒村、元冒村: the heading of its places
            drop.add(id(v))
            if adjacent:
                drop.add(id(owner))
        if drop:
            raw[:] = [m for m in raw if id(m) not in drop]

    def _own_township(self, t: Mention, county: Mention) -> None:
        """A township written right after its county under a name the list gives to another
        county's township only (依安县新屯镇: 依安's 新屯乡): the county's own township."""
        codes = {u.code for u in county.units if u.level == "county"}
        if any(u.parent in codes for u in t.units):
            return
        stem = regex.sub(r"(?:镇|乡|街道|苏木)$", "", t.text)
        units = [u for c in codes for u in self.gaz.townships_by_county.get(c, ())
                 if u.name.startswith(stem) and u.name[len(stem):] in _TOWNSHIP_SUFFIXES + ("苏木",) and not u.historical]
        if len(stem) >= 2 and len(units) == 1:
            t.units = units
            t.kind = "short"

    def _renamed_township(self, text: str, county: Mention) -> Mention | None:
        """A township of `county` written right after it under another form than the 2023 list's
        (乡 become 镇 since, or the other way: 党家岘镇 for 党家岘乡; or without its suffix before
        a village: 郭城驿红堡村): that township, when the county has exactly one of the name."""
        codes = {u.code for u in county.units if u.level == "county"}
        for form in (_TOWNSHIP_FORM, _TOWNSHIP_WORD):
            # before a village any suffix; alone (墨玉县喀尔赛乡 for today's 喀尔赛镇) only the
            # county's one township of that stem
            hit = form.match(text, county.end)
            if hit is None:
                continue
            stem = hit.group("stem")
            units = [u for c in codes for u in self.gaz.townships_by_county.get(c, ())
                     if u.name != hit.group() and u.name.startswith(stem) and not u.historical
                     and u.name[len(stem):] in _TOWNSHIP_SUFFIXES + ("苏木",)]
            if len(units) == 1:
                return Mention(hit.start(), hit.end(), hit.group(), units, "short")
        v = self._village.match(text, county.end)
        if v is None:
            return None
        for k in range(4, 1, -1):                          # 郭城驿红堡村: the township's stem, then a village
            stem = v.group()[:k]
            if len(v.group()) - k < 3:
                continue
            units = [u for c in codes for u in self.gaz.townships_by_county.get(c, ())
                     if u.name.startswith(stem) and u.name[len(stem):] in _TOWNSHIP_SUFFIXES and not u.historical]
            if len(units) == 1:
                return Mention(county.end, county.end + k, stem, units, "short")
        return None

    def _broken_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A village right after its township with a line break inside its name, as PDF
        extraction leaves it (郭城驿镇红堡\n村): one village over the break."""
        text = call.text
        out: list[Mention] = []
        starts = {v.start for v in found} | {m.start for m in mentions}
        for m in mentions:
            if not m.units or not all(u.level == "township" for u in m.units) or m.end in starts:
                continue
            brk = _LINE_CUT.search(text, m.end, m.end + 8)
            if brk is None or "\n" in text[m.end:brk.start()]:
                continue
            cut = brk.start() - m.end
            joined = text[m.end:brk.start()] + text[brk.end():brk.end() + 8]
            v = self._village.match(joined)
            if v is None or v.end() <= cut or cut == 0 or self._generic_village(v.group()) \
                    or v.group() in self.lex.not_places or v.group()[0] in _UNIT_CHARS:
                continue
            village = Mention(m.end, brk.end() + v.end() - cut, v.group(), [], "village")
            village.extra["owner"] = m
            out.append(village)
        return out

    def _spaced_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A village's cell written one character at a time with spaces between, as PDF extraction
        leaves a table's cells (1 会川镇 本 庙 村 马铃薯储藏库 60): a village written alone."""
        text = call.text
        if not _SPACED_SUFFIX.search(text):
            return []
        taken = _Spans(list(mentions) + list(found))
        out: list[Mention] = []
        hits = list(self._on_village_lines(_SPACED, text))
        hits += [h for h in _VILLAGE_SUFFIX_SPACED.finditer(text) if h.group("n")[-1] not in _UNIT_CHARS
                 and _FIGURE_IN_CELL.search(text, text.rfind("\n", 0, h.start()) + 1,
                                            len(text) if text.find("\n", h.end()) < 0 else text.find("\n", h.end()))]
        # (on a row of figures: not a header's cells, 序号 村（社区） 金额)
        for hit in hits:
            name = regex.sub(r"[ \u3000\xa0]", "", hit.group())
            # a cell is a name of its own: a determiner does not open it (本 庙 村 is 本庙村)
            if not self._village_end.search(name) or not 3 <= len(name) <= 6 or name in self.lex.village_words \
                    or name.endswith(self._kind_ends) or name in self.lex.not_places or len(self._village_stem(name)) < 2:
                continue
            if taken.overlaps(hit.start(), hit.end()):
                # a short name read inside the cell (岩头 of 岩头⏎村) gives way to the village
                inside = _shorts_inside(mentions, list(found) + out, hit.start(), hit.end()) \
                    if "n" in hit.re.groupindex else None
                if inside is None:
                    continue
                mentions[:] = [m for m in mentions if m not in inside]
            out.append(_lone_village(hit.start(), hit.end(), name))
        return out

    def _sub_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """Units below a village written right after it (新民村下梁组、上梁组; 锦华村马河自然村、
        杨沟自然村; 花果村大坪子村民小组; 也改村麻鸟寨): villages of the same owner. A village
        written alone before such a unit (；锦华村马河自然村) is taken with it."""
        if self._sub is None:
            return []
        text = call.text
        taken = None
        heads = list(found)
        out: list[Mention] = []
        for hit in self._near_suffixes(self._sub_head, text):    # its village's suffix 2–4 characters on
            start, end = hit.span("v")
            name = hit.group("v")
            if taken is None:
                taken = _Spans(list(mentions) + list(found))
            sub = self._sub.match(text, end)
            if sub is not None and not self._group_kind(sub.group()) and not taken.overlaps(start, end) \
                    and not self._generic_village(name) and name not in self.lex.not_places:
                heads.append(_lone_village(start, end, name))
                out.append(heads[-1])
        if heads:
            taken = _Spans(list(mentions) + list(found) + out)
            for hit in self._on_anchored_lines(self._sub_alone, self._sub_anchor, text):
                names = regex.split(r"[、和及与]", hit.group("run"))
                if any(self._group_kind(n) for n in names) or (len(names) < 2 and names[0].endswith("组")
                                                               and not names[0].endswith("村民小组")
                                                               and not _set_apart(text, hit.start("run"), hit.end("run"))):
                    continue                               # one 组 alone: too often a working group
                pos = hit.start("run")
                for n in names:
                    # short county names read inside the name (1.大坪自然村: not 大坪) give way to it
                    inner = [x for x in mentions if x.kind == "short" and pos <= x.start and x.end <= pos + len(n)]
                    if n not in self.lex.village_words and not _Spans(
                            [x for x in list(mentions) + list(found) + out if x not in inner]).overlaps(pos, pos + len(n)):
                        out.append(_lone_village(pos, pos + len(n), n))
                        if inner:
                            mentions[:] = [x for x in mentions if x not in inner]
                    pos += len(n) + 1
        if out:
            taken = _Spans(list(mentions) + list(found) + out)
        for v in sorted(heads, key=lambda m: m.start):
            pos = v.end
            inner = _INCLUDES.match(text, pos)
            if inner is not None:
                # 格巴村（含江嘎自然村）, 卢屋村（含卢屋、坳背自然村）: its units in brackets, the last
                # one's suffix shared by the names before it
                names = regex.split(r"[、和及与]", inner.group("run"))
                if self._sub.fullmatch(names[-1]) and not self._group_kind(names[-1]) \
                        and all(_BARE_UNIT.fullmatch(n) for n in names[:-1]):
                    at = inner.start("run")
                    for n in names:
                        if not taken.overlaps(at, at + len(n)):
                            unit = Mention(at, at + len(n), n, [], "village")
                            unit.extra["owner"] = v.extra.get("owner")
                            out.append(unit)
                        at += len(n) + 1
                continue
            gap = _SUB_GAP.match(text, pos)
            if gap is not None and gap.end() > pos:
                pos = gap.end()                            # a cell of its own: 羊排村 羊排寨串户路硬化
            while True:
                sub = self._sub.match(text, pos)
                if sub is not None and taken.overlaps(sub.start(), sub.end()):
                    # a list's first name cut short inside it (王岗村香纸沟寨、马头村: 纸沟寨)
                    inside = [f for f in found if sub.start() < f.start and f.end == sub.end()]
                    if inside:
                        found[:] = [f for f in found if f not in inside]
                        taken = _Spans(list(mentions) + list(found) + out)
                if sub is None or taken.overlaps(sub.start(), sub.end()) or self._group_kind(sub.group()):
                    break
                unit = Mention(sub.start(), sub.end(), sub.group(), [], "village")
                unit.extra["owner"] = v.extra.get("owner")
                unit.extra["alone"] = v.extra.get("alone", False)
                out.append(unit)
                if text[sub.end():sub.end() + 1] not in ("、", "和", "及", "与"):
                    break
                pos = sub.end() + 1
        return out

    def _village_groups(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A village's groups (一组, 3社, 何家岩组: village_groups.py), in a text about villages:
        of the village they follow, else of the article's township or county."""
        if self._groups is None or (not found and "村" not in call.text):
            return []
        taken = _Spans(list(mentions) + list(found))
        ends = {v.end: v for v in found}
        out = []
        for start, end, name, owner_end in self._groups.find(call.text, ends, taken.overlaps):
            village = ends.get(owner_end) if owner_end is not None else None
            if village is None:
                out.append(_lone_village(start, end, name))
                continue
            group = Mention(start, end, name, [], "village")
            group.extra["owner"] = village.extra.get("owner")
            group.extra["alone"] = village.extra.get("alone", False)
            out.append(group)
        return out

    def _group_kind(self, name: str) -> bool:
        """党小组, 工作组: a kind of group, not a unit of the village (places/village_words.txt)."""
        if name in self.lex.village_words:
            return True                                    # 苗寨, 村寨: a kind of village
        if not name.endswith("组") or any(name.endswith(s) and len(s) > 1 for s in self._sub_suffixes):
            return False                                   # 大坪子村民小组: a 村民小组 is a unit
        return name.endswith(self._group_words)

    def _short_townships(self, call: _Call, raw: list[Mention]) -> list[Mention]:
        """Townships written without 镇/乡/街道 in a list closed by its count (横水、扬眉、过埠、
        铅厂4个乡镇): each name with a township suffix, in the one county that has them all."""
        text = call.text
        out = []
        taken = _Spans(raw)
        named = {u.code for m in raw for u in m.units if len(m.units) == 1 and u.level == "county"}
        hits = [(h, False) for h in self._on_lines(_TOWNSHIP_LIST, text, _TOWNSHIP_ANCHOR)] + \
            [(h, False) for h in self._on_lines(_TOWNSHIP_LIST_IN_BRACKETS, text, _TOWNSHIP_BRACKET_ANCHOR)] + \
            [(h, True) for h in self._on_lines(_TOWNSHIP_LIST_LOOSE, text, _LIST_DENG)]
        seen: set[int] = set()
        had: set[tuple[int, int]] = set()
        for hit, loose in hits:
            if hit.start("items") in seen:
                continue
            seen.add(hit.start("items"))
            found, replaced = self._township_list(text, raw, taken, hit)
            if loose and not (len(found) >= 3 and found[0].units[0].parent in named
                              and not any(m.text in self.lex.not_places for m in found)):
                continue                                   # 社口、穆阳、坂中等茶叶主产区: three, in the county named
            if replaced:
                raw[:] = [m for m in raw if m not in replaced]
            for m in found:
                if (m.start, m.end) not in had:
                    had.add((m.start, m.end))
                    out.append(m)
        # the row labels of a township table: 城关\t50 / 东平\t120 / 湖洋\t60
        run: list[tuple[int, int, str]] = []
        for row in list(_TOWNSHIP_ROW.finditer(text)) + [None]:
            if row is not None and (not run or text.count("\n", run[-1][1], row.start("name")) == 1):
                run.append((row.start("name"), row.end("name"), row.group("name")))
                continue
            if len(run) >= 3 and not taken.overlaps(run[0][0], run[-1][1]):
                options = [self._short_township_units(name) for _, _, name in run]
                kept = [(r, o) for r, o in zip(run, options) if o]        # not 合计, 小计, 市本级
                if len(kept) >= 3:
                    out.extend(self._in_one_county([(a, b) for (a, b, _), _ in kept], [n for (_, _, n), _ in kept],
                                                   [o for _, o in kept]))
            run = [] if row is None else [(row.start("name"), row.end("name"), row.group("name"))]
        out.extend(self._column_townships(text, raw, out))
        return out

    def _township_list(self, text: str, raw: list[Mention], taken: "_Spans", hit) -> tuple[list, list]:
        """The townships of one list written short (its names in the match's group `items`), in
        the one county that has them all, and the mentions of `raw` they replace; none where they
        fit no one county."""
        # the names are parted by 、; 和/及/与 part them too unless they are in a name (与儿街, 和乐)
        pieces: list[tuple[str, int]] = []
        pos = hit.start("items")
        for part in hit.group("items").split("、"):
            pieces.extend((sub, pos + at) for sub, at in self._joined_names(part))
            pos += len(part) + 1
        while pieces and not pieces[0][0]:
            pieces = pieces[1:]                            # 涉及兴隆、…: the 及 of the verb
        if len(pieces) < 2 or any(not it for it, _ in pieces):
            return [], []
        items = [it for it, _ in pieces]
        spans = [(at, at + len(it)) for it, at in pieces]
        lo = spans[0][0]
        for m in raw:                                  # 永春县对桃城、…: the list starts after the county
            if m.start < lo < m.end < spans[0][1]:
                items[0], spans[0] = items[0][m.end - lo:], (m.end, spans[0][1])
        over = [m for m in raw if m.start < hit.end("items") and spans[0][0] < m.end] \
            if taken.overlaps(spans[0][0], hit.end("items")) else []
        if over and not all(spans[0][0] <= m.start and (m.kind == "short" or all(
                u.level == "township" for u in m.units)) for m in over):
            return [], []                              # names the matcher already read
        options = []
        for i, it in enumerate(items):
            units = self._short_township_units(it)
            for cut in range(1, len(it) - 1) if not units and i == 0 else ():
                # the list's first name after a word (在横水、扬眉…, 主要是小池、…): its last characters
                units = self._short_township_units(it[cut:])
                if units:
                    items[0] = it = it[cut:]
                    spans[0] = (spans[0][0] + cut, spans[0][1])
                    break
            options.append(units)
        if options and not options[0] and len(items) >= 3:
            # 县农业农村局及羊场、猫场等6个乡镇: the word before 及 is no township of the list
            items, spans, options = items[1:], spans[1:], options[1:]
        found = self._in_one_county(spans, items, options)
        if over:
            # 兴隆、永兴、复兴、湄江街道等12个镇（街道）: townships of one county, not the short
            # names of counties elsewhere the matcher read (兴隆 of 兴隆县)
            if len(found) != len(items):
                return [], []
        return found, over

    def _joined_names(self, part: str) -> list[tuple[str, int]]:
        """The names of one item of a list, with their offsets: the item itself when it is a
        township's short name (和川, 与儿街), else its names joined by 和/及/与 (贾宋和和阳: the
        parting that leaves township names on both sides, else every joiner parts)."""
        if not _LIST_JOINER.search(part) or self._short_township_units(part):
            return [(part, 0)]
        for m in _LIST_JOINER.finditer(part, 1):
            left, right = part[:m.start()], part[m.end():]
            if len(left) >= 2 and len(right) >= 2 and self._short_township_units(right) \
                    and (self._short_township_units(left) or not _LIST_JOINER.search(left)):
                return [(left, 0), (right, m.end())]
        out, at = [], 0
        for m in _LIST_JOINER.finditer(part, 1, len(part) - 1):   # (a name's own 和 ends it: 永和)
            out.append((part[at:m.start()], at))
            at = m.end()
        out.append((part[at:], at))
        return out

    def _distributed_townships(self, text: str, raw: list[Mention]) -> list[Mention]:
        """The other items of a distribution list that a township written in full opens
        (其中：察汉乌苏镇412.6万元，香日德355.1万元，夏日哈198.4万元): names written short right before
        their figure, after a comma or 、 of the same sentence, each the one township of that name
        in the first one's county."""
        out: list[Mention] = []
        taken = _Spans(raw)
        for m in raw:
            if len(m.units) != 1 or m.units[0].level != "township" or m.kind != "full" \
                    or not _FIGURE_AFTER.match(text, m.end):
                continue
            county = m.units[0].parent
            pos = m.end
            for item in _DISTRIBUTED_ITEM.finditer(text, m.end):
                if item.start() != pos:
                    break
                pos = item.end()
                s, e = item.span("name")
                if taken.overlaps(s, e):
                    continue
                units = [u for u in self._short_township_units(item.group("name")) if u.parent == county]
                if len(units) == 1:
                    out.append(Mention(s, e, item.group("name"), units, "short"))
        return out

    def _listed_townships(self, text: str, raw: list[Mention]) -> list[Mention]:
        """Townships written short in a list parted by 、 with no count after it (贡江、梓山、银坑、
        岭背4座水厂; 阳平关、燕子砭、青木川镇): each a township of one county, when a township of the
        list is written in full in that county, or three or more are and the document names the
        county. A list of which any name is read as another kind of place gives nothing."""
        if "、" not in text:
            return []
        out: list[Mention] = []
        by_start = {m.start: m for m in raw}
        by_end: dict[int, list[Mention]] = {}
        for m in raw:
            by_end.setdefault(m.end, []).append(m)
        taken = _Spans(raw)
        named = {u.code for m in raw for u in m.units if len(m.units) == 1 and u.level == "county"}
        for run in _HAN_LIST.finditer(text):
            pieces, at = [], run.start()
            for piece in run.group().split("、"):
                pieces.append((at, at + len(piece)))
                at += len(piece) + 1
            items: list[tuple[int, int, list, bool]] = []          # start, end, townships, written in full
            for i, (a, b) in enumerate(pieces):
                full = by_start.get(a) if i else next((m for m in by_end.get(b, ()) if a <= m.start), None)
                if full is not None and full.end == b and full.units and full.kind == "full" \
                        and all(u.level == "township" for u in full.units):
                    items.append((full.start, b, full.units, True))
                    continue
                spans = [(a, b)] if 0 < i < len(pieces) - 1 else \
                    [(a, a + n) for n in range(min(4, b - a), 1, -1)] if i else \
                    [(b - n, b) for n in range(min(4, b - a), 1, -1)]
                hit = next(((x, y, u) for x, y in spans for u in [self._short_township_units(text[x:y])]
                            if u and text[x:y] not in self.lex.not_places), None)
                if hit is None or taken.overlaps(hit[0], hit[1]) and hit[0] not in by_start:
                    items = []
                    break
                if hit[0] in by_start and not all(u.level == "township" for u in by_start[hit[0]].units):
                    items = []                             # 通江、南江: counties, not townships
                    break
                items.append((hit[0], hit[1], hit[2], False))
            if len(items) < 2 or all(written for *_, written in items):
                continue
            common = set.intersection(*({u.parent for u in units} for _, _, units, _ in items))
            if len(common) != 1:
                continue
            county = common.pop()
            if not any(written for *_, written in items) and not (len(items) >= 3 and county in named):
                continue
            for x, y, units, written in items:
                unit = [u for u in units if u.parent == county]
                if not written and len(unit) == 1 and x not in by_start:
                    out.append(Mention(x, y, text[x:y], unit, "short"))
        return out

    def _column_townships(self, text: str, raw: list[Mention], found: list[Mention]) -> list[Mention]:
        """The cells of a table's township column (乡镇 / 扎西 / 旧城 …, places/township_columns.txt),
        in the rows of its own table (as many cells as the header line): townships written short,
        read in the one county that has a township of every name read (two or more)."""
        if self._township_column is None or not self._township_column.search(text):
            return []
        taken = _Spans(raw + found)
        out: list[Mention] = []
        for header in self._township_column.finditer(text):
            cells, index, line_end = _header_cells(text, header)
            if index is None or len(cells) < 2:
                continue
            names: list[tuple[int, int, str]] = []
            pos = line_end + 1
            while pos < len(text):
                nxt = text.find("\n", pos)
                nxt = len(text) if nxt < 0 else nxt
                row = _cells(text, pos, nxt)
                if not index < len(row) <= len(cells) or not regex.search(r"[0-9０-９]", text[pos:nxt]):
                    break                                   # the table ended (a row may leave its 备注 empty)
                s, e = row[index]
                if regex.fullmatch(r"\p{Han}{2,6}", text[s:e]) and not _TOTAL_CELL.match(text[s:e]) \
                        and not taken.overlaps(s, e):
                    names.append((s, e, text[s:e]))
                pos = nxt + 1
            options = [self._short_township_units(n) for _, _, n in names]
            kept = [(r, o) for r, o in zip(names, options) if o]
            if len(kept) >= 2:
                out.extend(self._in_one_county([(a, b) for (a, b, _), _ in kept], [n for (_, _, n), _ in kept],
                                               [o for _, o in kept]))
        return out

    def _village_townships(self, call: _Call, raw: list[Mention]) -> list[Mention]:
        """The township of villages written without it in the rows of a table or list that
        names several townships: the township in an earlier cell of the same row (1 会川镇 本庙村,
        三岔河镇 ｜ 长青村, 思林镇 / 真良村 / 那王屯), at the end of the line before (a line broken
        by PDF extraction: 东风镇\n杨家庄村), or heading the lines of villages below it (罗阳镇 /
        岭北村 30 / 新溪村 25); else a row's cell before the village that is the short name of a
        township of the document's county (早胜 东街村 36). Returns the townships read from cells."""
        lone = [m for m in raw if m.kind == "village" and m.extra.get("alone") and m.extra.get("owner") is None]
        if not lone:
            return []
        text = call.text
        townships = [m for m in raw if m.kind in ("full", "short") and m.units
                     and all(u.level == "township" for u in m.units)]
        villages = sorted((m.start, m.end) for m in raw if m.kind == "village")
        counties = {m.units[0].code for m in raw if m.kind in ("full", "short", "abbreviation")
                    and len(m.units) == 1 and m.units[0].level == "county" and not m.units[0].historical}
        taken = _Spans(raw)
        out: list[Mention] = []
        ends = [m.end for m in townships]
        for v in lone:
            owner = self._row_township(text, v, townships, villages, ends)
            if owner is None and len(counties) == 1:
                owner = self._cell_township(text, v, counties, taken)
                if owner is not None:
                    out.append(owner)
                    k = bisect_right(ends, owner.end)
                    townships.insert(k, owner)
                    ends.insert(k, owner.end)
            if owner is not None:
                v.extra["owner"] = owner
        return out

    @staticmethod
    def _row_township(text: str, v: Mention, townships: list[Mention], villages: list[tuple[int, int]],
                      ends: list[int]) -> Mention | None:
        """The township written last before village `v` when only cell gaps and other villages
        stand between them on its row, or it ends the line before, or it heads the lines of
        villages down to `v`'s."""
        k = bisect_right(ends, v.start)                    # `ends`: the townships' ends, in order
        if k == 0:
            return None
        t = townships[k - 1]
        lo = bisect_left(villages, (t.end, -1))
        between, pos = [], t.end
        for s, e in villages[lo:]:
            if s >= v.start:
                break
            between.append(text[pos:s])
            pos = e
        between.append(text[pos:v.start])
        gap = "".join(between)
        if "\n" not in gap:
            return t if _CELL_SEP.fullmatch(gap) else None
        if _BROKEN_SEP.fullmatch(gap):
            return t                                       # 东风镇\n杨家庄村: a broken line
        # a heading: the township alone on its line, each line after it down to v's opens with a village
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end)
        if not _LINE_HEAD.fullmatch(text, line_start, t.start) or \
                not regex.fullmatch(r"[：:]?[ \t\u3000]*", text[t.end:line_end]):
            return None
        starts = {s for s, _ in villages}
        pos = line_end + 1
        while pos <= v.start:
            head = _LINE_HEAD.match(text, pos)
            if head.end() not in starts:
                return None
            nxt = text.find("\n", pos)
            if nxt < 0 or nxt >= v.start:
                break
            pos = nxt + 1
        return t

    def _cell_township(self, text: str, v: Mention, counties: set[str], taken: _Spans) -> Mention | None:
        """The cell before village `v` on its row when it is a township of the document's county
        written without 镇/乡/街道 (宁县 … 早胜 东街村 36): that township."""
        line_start = text.rfind("\n", 0, v.start) + 1
        cell = _CELL_BEFORE.search(text, line_start, v.start)
        if cell is None or cell.end("name") == v.start or taken.overlaps(cell.start("name"), cell.end("name")):
            return None
        name = cell.group("name")
        units = [u for suffix in _TOWNSHIP_SUFFIXES + ("苏木",) for u in self.gaz.lookup(name + suffix)
                 if u.level == "township" and not u.historical and u.parent in counties]
        if len(units) != 1:
            return None
        return Mention(cell.start("name"), cell.end("name"), name, units, "short")

    def _short_township_units(self, name: str) -> list:
        """The townships a name written in a list of townships may be: itself with its suffix
        (湄江街道), else with 镇/乡/街道 added, else a form local texts write (猛硐乡 for 猛硐瑶族乡:
        the name with 乡 or 镇 among the other township forms)."""
        if name.endswith(_TOWNSHIP_SUFFIXES):
            units = [u for u in self.gaz.lookup(name) if u.level == "township" and not u.historical]
            if units:
                return units
        units = [u for suffix in _TOWNSHIP_SUFFIXES for u in self.gaz.lookup(name + suffix)
                 if u.level == "township" and not u.historical]
        codes = {u.code for u in units}
        return units + [u for suffix in ("乡", "镇") for u in self._all_township_forms.get(name + suffix, ())
                        if u.code not in codes]

    @staticmethod
    def _in_one_county(spans, items, options) -> list[Mention]:
        """Short township names (each with its townships of that name) as mentions, when one
        county has a township of every name."""
        if not options or not all(options):
            return []
        common = set.intersection(*({u.parent for u in units} for units in options))
        if len(common) != 1:
            return []
        county = common.pop()
        out = []
        for (start, end), it, units in zip(spans, items, options):
            unit = [u for u in units if u.parent == county]
            if len(unit) == 1:
                out.append(Mention(start, end, it, unit, "short"))
        return out

    def _bare_zones(self, call: _Call, raw: list[Mention]) -> list[Mention]:
        """A city's development zone written without the city, as a table row or list member
        (高新区 500万元 / 经开区、宿城区): the zone of that kind of the document's one city,
        when the gazetteer has exactly one; else a zone left without its code."""
        text = call.text
        taken = _Spans(raw)
        hits = [h for h in _BARE_ZONE.finditer(text)
                if not taken.overlaps(h.start(), h.end())]
        if any(run[0].extra.get("row") for run in call.lists):
            # a zone's own name as a row of a table of places (新蒲新区\t60): a zone, code unknown
            # unless the gazetteer knows the name
            hits += [h for h in _ROW_ZONE.finditer(text) if not taken.overlaps(h.start("z"), h.end("z"))
                     and not _BARE_ZONE.fullmatch(h.group("z"))]
            hits.sort(key=lambda h: h.start("z") if "z" in h.re.groupindex else h.start())
        if not hits:
            return []
        cities = set()
        for m in raw:
            u = m.chosen
            if u is None or m.kind == "village":
                continue
            if u.level == "city":
                cities.add(u.code)
            elif u.level in ("county", "zone", "township"):
                county = self.gaz.county_of(u)
                if county is not None and county.parent and self.gaz.units.get(county.parent) is not None \
                        and self.gaz.units[county.parent].level == "city":
                    cities.add(county.parent)
        out = []
        zones: dict[str, Unit | None] = {}
        county_codes = {m.chosen.code for m in raw if m.chosen is not None and m.kind in ("full", "short", "abbreviation")
                        and m.chosen.level == "county" and not m.chosen.historical}
        for h in hits:
            if "z" in h.re.groupindex:
                name = h.group("z")
                known = [u for u in self.gaz.lookup(name) if u.level in ("zone", "township") and not u.historical]
                if not known and len(cities) == 1:
                    # written without its province and city (芦台经济开发区: 河北唐山芦台经济开发区)
                    known = [u for u in self._city_zones(next(iter(cities)))
                             if u.name.endswith(name) and len(u.name) > len(name)]
                m = Mention(h.start("z"), h.end("z"), name, known[:1], "zone")
                u = known[0] if len(known) == 1 else None
                county = self.gaz.county_of(u) if u is not None else None
                m.chosen = u
                m.place = Place(name=name, full_name=u.name if u else None, level="zone",
                                adcode=county.code if county is not None else None,
                                province=u.province or None if u else None, city=u.city or None if u else None,
                                parent=u.parent if u else None,
                                township_code=u.code if u is not None and u.level == "township" else None)
                out.append(m)
                continue
            own = self._county_zone(county_codes, h.group())
            if own is not None:
                # the county's own zone, a township of the NBS list (睢宁县 … 经济开发区 前庄社区)
                m = Mention(h.start(), h.end(), h.group(), [own], "full")
                m.chosen = own
                m.place = self._to_place(m, [own])
                out.append(m)
                continue
            kind = "高新" if "高新" in h.group() else "经济"
            zone = None
            if len(cities) == 1:
                if kind not in zones:
                    city = next(iter(cities))
                    found = [u for u in self.gaz.units.values() if u.level == "zone" and u.parent == city
                             and (("高新技术产业开发区" in u.name or "高新区" in u.name) if kind == "高新"
                                  else ("经济技术开发区" in u.name or "经济开发区" in u.name))]
                    if len(found) > 1:
                        # several: the one named by the city alone (长春经济技术开发区, not 长春汽车…)
                        stem = self.gaz.units[city].name.removesuffix("市")
                        found = [u for u in found if u.name.removeprefix(stem).startswith(("经济", "高新"))]
                    zones[kind] = found[0] if len(found) == 1 else None
                zone = zones[kind]
            m = Mention(h.start(), h.end(), h.group(), [zone] if zone else [], "zone")
            m.chosen = zone
            m.place = Place(name=h.group(), full_name=zone.name if zone else None, level="zone",
                            adcode=zone.code if zone else None, province=zone.province or None if zone else None,
                            city=zone.city or None if zone else None, parent=zone.parent if zone else None)
            out.append(m)
        return out

    def _zone_villages(self, call: _Call, raw: list[Mention], zones: list[Mention]) -> None:
        """Villages in the rows of a county's zone that is a township of the NBS list (经济开发区
        前庄社区 10万元): the zone is their township."""
        own = {id(z) for z in zones if z.chosen is not None and z.chosen.level == "township"}
        if not own:
            return
        townships = [m for m in raw if m.chosen is not None and m.chosen.level == "township" and m.kind != "village"]
        villages = sorted((m.start, m.end) for m in raw if m.kind == "village")
        ends = [m.end for m in townships]
        for v in raw:
            if v.kind != "village" or not v.extra.get("alone"):
                continue
            owner = v.extra.get("owner")
            if owner is not None and owner.chosen is not None and owner.chosen.level == "township":
                continue
            t = self._row_township(call.text, v, townships, villages, ends)
            if t is not None and id(t) in own:
                v.extra["owner"] = t
                v.place = self._village_place(v)

    def _county_zone(self, counties: set[str], name: str) -> Unit | None:
        """The township named `name` (经济开发区, 高新区) of the document's one county, if any."""
        if len(counties) != 1:
            return None
        county = next(iter(counties))
        units = [u for u in self.gaz.townships_by_county.get(county, ()) if u.name == name]
        return units[0] if len(units) == 1 else None

    def _city_zones(self, city: str) -> list[Unit]:
        """The development zones of a city (level "zone", parent `city`)."""
        return [u for u in self.gaz.units.values() if u.level == "zone" and u.parent == city and not u.historical]

    def _resolve_by_document(self, raw: list[Mention]) -> None:
        """Townships an article left with candidates, resolved by the places of the whole
        document when its article names none of their counties (a notice whose county is
        written only in its signature, read as an article apart)."""
        open_ = [m for m in raw if m.kind in ("full", "short") and m.chosen is None and m.place is not None
                 and m.units and all(u.level == "township" for u in m.units)]
        if not open_:
            return
        anchors = [m.units[0] for m in raw if m.kind in ("full", "abbreviation", "short") and len(m.units) == 1
                   and not m.units[0].historical and m.units[0].level in ("county", "city", "zone")]
        if not anchors:
            return
        changed = set()
        for m in open_:
            hits = [u for u in m.units if any(u.parent == a.code or self.gaz.is_within(u, a.code) for a in anchors)]
            if len(hits) == 1:
                m.chosen = hits[0]
                m.place = self._to_place(m, m.units)
                changed.add(id(m))
        if changed:
            for v in raw:
                if v.kind == "village" and v.extra.get("owner") is not None and id(v.extra["owner"]) in changed:
                    v.place = self._village_place(v)

    def _generic_village(self, name: str) -> bool:
        """行政村, 贫困村, 各社区, 该村, 推进农村: a kind of village, not one."""
        words = self.lex.village_words
        if len(name) > 4 and name.endswith(_DESIGNATED):
            return self._generic_village(name[:-3] + "村")   # 石门行政村 is 石门村 (贫困行政村 is a kind)
        if name in words or name[0] in _DETERMINER_CHARS or name.startswith(_DETERMINERS) or name.endswith(self._kind_ends):
            return True
        if _COUNTED_PAIR.search(name):
            return True                                    # 东部、西部两村: two villages counted, no name
        return name.endswith(self._long_kinds)

    def _village_of(self, text: str, pos: int) -> bool:
        """Whether a village's name starts at `pos`, after a township and 的 (…镇的南屏村; a name of
        one character and 村 only as a list's item: …镇的卢村、…): a name, no kind (贫困村, 各村, 全村)."""
        v = self._village.match(text, pos)
        if v is None:
            return False
        name = v.group()
        if text[v.end():v.end() + 1] not in _AFTER_LISTED_VILLAGE and len(self._village_stem(name)) < 2:
            return False                                   # (a one-character name only as a list's item)
        return not (name[0] in _DETERMINER_CHARS or name[0] in _CLASSIFIER_CHARS or self._generic_village(name)
                    or name in self.lex.not_places or name in self.lex.common_words)

    def _led_name(self, name: str) -> bool:
        """Whether a name opening with a function character whose start the layout gives
        (会川镇本庙村, a cell 各老村) is a village's own name: the rest holds a name's character
        and is no kind (本村, 各行政村, 全乡村, 其他村 are none)."""
        if name[0] not in _NAME_LEAD or name.startswith(_DETERMINERS) or name in self.lex.not_places:
            return False
        rest = name[1:]
        stem = self._village_stem(rest)
        if not stem or stem == rest or stem[0] in _UNIT_CHARS or stem[0] in _NOT_IN_VILLAGE \
                or rest in self.lex.common_words:
            return False
        # 各行政村, 该贫困村: a kind after the determiner; a name's one character and 村 (各老村) is a name
        if stem[0] in _CLASSIFIER_CHARS:
            return False                                   # 各级村, 各类村: a determiner and a classifier
        return len(stem) == 1 or not self._generic_village(rest)

    def _generic_in_column(self, name: str) -> bool:
        """A cell of a village column that is a kind, not a village: a determiner's phrase (各村,
        全村, 其他村) or a word ending in a kind (农村). The header says the other words of
        places/village_words.txt are names there (富裕村, 新村, 红旗村)."""
        if name[0] in _DETERMINER_CHARS:
            return not self._led_name(name)
        if name in self.lex.village_columns or name in self._counted_kinds:
            return True                                    # a header written again (自然村, 行政村)
        return name.startswith(_DETERMINERS) or name.endswith(self._kind_ends)

    def _common_in_column(self, name: str) -> bool:
        """A cell of a village column that is no village's name: a common word of
        places/not_places.txt that names a kind of area (城区, 开发区, 街道). The column's header
        says its other cells are villages: 胜利, 前进, 红旗 and 和平 are among the commonest names
        of China's villages."""
        return name in self.lex.not_places and name[-1] in _AREA_END

    def _column_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """The cells of a table's village column (村名 / 李家湾 / 王家庄 …): villages written
        without their suffix, in the rows of their own table only (lines with as many cells as the
        header line). They belong to the document's township or county, like villages alone."""
        text = call.text
        if self._village_column is None or not self._village_column.search(text):
            return []
        taken = sorted([(m.start, m.end) for m in mentions] + [(v.start, v.end) for v in found])
        out: list[Mention] = []

        def taken_by(s: int, e: int) -> bool:
            k = bisect_right(taken, (s, len(text) + 1))
            return any(a < e and s < b for a, b in taken[max(0, k - 2):k + 1])

        for header in self._village_column.finditer(text):
            cells, index, line_end = _header_cells(text, header)
            if len(cells) == 1 and index == 0:
                column = _vertical_column(text, header.start()) or _name_lines(text, header.end())
                for s, e in column:
                    name = text[s:e]
                    if (_VILLAGE_CELL.fullmatch(name) or (_CELL_NAME.fullmatch(name) and self._village_tail.search(name))) \
                            and not self._generic_in_column(name) and not self._common_in_column(name) \
                            and not _TOTAL_CELL.match(name) and not taken_by(s, e):
                        out.append(_lone_village(s, e, name))
                continue
            if len(cells) < 2:
                continue
            if index is None or (len(cells) == 2 and not _FIGURE_HEADER.search(
                    text, cells[1 - index][0], cells[1 - index][1])):
                continue                                   # two columns: the other one a figure's (村名 金额)
            pos = line_end + 1
            if len(cells) == 2:
                # 村名 金额 over lines of pairs (达日 18.2；扎朵 16.5；拉布 20.3): each pair a row
                while pos < len(text):
                    nxt = text.find("\n", pos)
                    nxt = len(text) if nxt < 0 else nxt
                    pairs = list(_PAIR_ROWS.finditer(text, pos, nxt))
                    if len(pairs) < 2 or pairs[0].start() != pos or pairs[-1].end() != nxt \
                            or any(a.end() != b.start() for a, b in zip(pairs, pairs[1:])):
                        break
                    for pair in pairs:
                        s, e = pair.span("name")
                        name = pair.group("name")
                        if not self._generic_in_column(name) and not self._common_in_column(name) \
                                and not _TOTAL_CELL.match(name):
                            # the header says the cell is a village: a short name read in it gives way
                            short = [m for m in mentions if m.kind == "short" and m.start == s and m.end == e]
                            if short:
                                mentions[:] = [m for m in mentions if m not in short]
                                taken = [t for t in taken if t != (s, e)]
                            k = bisect_right(taken, (s, len(text) + 1))
                            if not any(a < e and s < b for a, b in taken[max(0, k - 2):k + 1]):
                                out.append(_lone_village(s, e, name))
                    pos = nxt + 1
            # a merged cell (a township's, printed once for its villages) is written empty between
            # bars or tabs (2||郝洞|10000; \t2\t肖坊\t…) or left out of a row split at spaces (东兴
            # 62000 under 乡镇 村名 金额): the cells are then counted from the row's end
            line_start = text.rfind("\n", 0, header.start()) + 1
            sep = _cell_separator(text, line_start, line_end)
            if sep is not None:
                cells = _split_cells(text, line_start, line_end, sep)
                index = next((i for i, (a, b) in enumerate(cells) if a <= header.start() < b), None)
                if index is None:
                    continue
            while pos < len(text):
                nxt = text.find("\n", pos)
                nxt = len(text) if nxt < 0 else nxt
                row = _split_cells(text, pos, nxt, sep) if sep is not None else _cells(text, pos, nxt)
                if sep is None and 2 <= len(row) < len(cells) and index >= len(cells) - len(row):
                    row = [(pos, pos)] * (len(cells) - len(row)) + row
                elif sep is not None and len(row) == len(cells) + 1 and row[-1][0] == row[-1][1]:
                    row = row[:-1]                          # a bar closing the row (a|b|c over x|y|z|)
                if len(row) != len(cells) or ((len(cells) == 2 or header.group() in _LOOSE_COLUMNS) and not any(
                        regex.search(r"[0-9０-９]", text[a:b]) for i, (a, b) in enumerate(row) if i != index)):
                    break                                   # the table ended (two columns, or a column 村: figures)
                cell_start, cell_end = row[index]
                # (a cell may list several villages: 上坪、下坪)
                parts = _list_spans(text[cell_start:cell_end].split("、"), cell_start)
                if len(parts) > 6 or not all(_VILLAGE_CELL.fullmatch(text, a, b) for a, b in parts):
                    parts = [[cell_start, cell_end]]
                for s, e in parts:
                    name = text[s:e]
                    if not _VILLAGE_CELL.fullmatch(name) or self._generic_in_column(name) \
                            or self._common_in_column(name) or _TOTAL_CELL.match(name):
                        continue
                    if taken_by(s, e):
                        # the header says the cell is a village: a short name read in it gives way
                        inside = _shorts_inside(mentions, list(found) + out, s, e)
                        if inside is None:
                            continue
                        mentions[:] = [m for m in mentions if m not in inside]
                        taken = sorted(t for t in taken if not any(t == (m.start, m.end) for m in inside))
                    out.append(_lone_village(s, e, name))
                pos = nxt + 1
        return out

    def _cell_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A cell of a table row that is one whole village's name (共合村 27500 | 永久村 27500;
        平阳|各老村|路灯安装|18.00; 其盖布拉克村\t63\t97500): the cell's edges are the name's, so
        it may open with or hold a function character (共, 各, 其, 本) that a name in prose may
        not. A row is a line of two cells or more that holds a figure or another such name. A
        short name read inside the cell (共合 of 共合镇) gives way to it."""
        text = call.text
        taken = _Spans(list(mentions) + list(found))
        out: list[Mention] = []
        dropped: set[int] = set()
        for lo, hi in self._village_lines(text):
            cells = _cells(text, lo, hi)
            if len(cells) < 2:
                continue
            # a name a PDF broke with one space (东 风村, 何大 庙村): its last character and suffix
            # a cell, its head the cell before
            # (the head after the row's number, 3、东 风村)
            heads = [_NUMBERED_HEAD.fullmatch(text, a, b) for a, b in cells]
            cells = [(h.start("head"), b1) if h is not None and b0 + 1 == a1 and text[b0] in " \u3000"
                     and b1 - a1 == 2 and self._admin_end.search(text, a1, b1)
                     and not taken.overlaps(h.start("head"), b0) else (a1, b1)
                     for h, (a0, b0), (a1, b1) in zip([None] + heads, [(lo, lo)] + cells, cells)]
            cells = [c for k, c in enumerate(cells) if k + 1 == len(cells) or cells[k + 1][0] > c[1]]
            names = [(a, b) for a, b in cells if (_CELL_NAME.fullmatch(text, a, b) or _SPACED_NAME.fullmatch(text, a, b))
                     and self._village_tail.search(text, a, b)]
            # a figure other than a date (a signature 石桥村村民委员会　2024年5月6日 is no row)
            if not names or (len(names) < 2 and not any(_FIGURE_IN_CELL.search(text, a, b)
                                                        and not _DATE.search(text, a, b) for a, b in cells)):
                continue
            for a, b in names:
                name = text[a:b].replace(" ", "").replace("\u3000", "")
                stem = self._village_stem(name)
                # (新灵村弄底屯: a village, then a unit of its own, read by _sub_villages)
                if len(stem) < 2 or name in self.lex.not_places or _TOTAL_CELL.match(name) \
                        or stem in self.lex.village_words or self._admin_end.search(stem) \
                        or self._inner_admin.search(stem) or _COUNTED.fullmatch(stem.removeprefix("等")) \
                        or any(stem.startswith(w) and len(stem) > len(w) for w in self._openers) \
                        or (self._generic_village(name) and not self._led_name(name)):
                    continue                               # (等三个村: a count; 涉及龙头村: a verb, then a name)
                if taken.overlaps(a, b):
                    inside = _shorts_inside(mentions, list(found) + out, a, b)
                    if inside is None:
                        continue
                    dropped.update(id(m) for m in inside)
                out.append(_lone_village(a, b, text[a:b]))
        if dropped:
            mentions[:] = [m for m in mentions if id(m) not in dropped]
        return out

    def _village_lines(self, text: str, anchor: regex.Pattern | None = None) -> list[tuple[int, int]]:
        """(start, end) of the lines that hold a village's suffix (or a match of `anchor`):
        where a village can be. The suffixes' lines of the last text asked are kept (two
        searches of a `find` read them)."""
        last = self._last_lines                          # one read: another thread may replace it
        if anchor is None and last[0] is text:
            return last[1]
        out = []
        if anchor is None:
            # the lines that hold a suffix's occurrence (a suffix holds no line break): one step
            # per line, the other occurrences on it skipped by bisection
            starts = self._suffix_starts(text)
            k = 0
            while k < len(starts):
                lo = text.rfind("\n", 0, starts[k]) + 1
                hi = text.find("\n", starts[k])
                hi = len(text) if hi < 0 else hi
                out.append((lo, hi))
                k = bisect_left(starts, hi + 1, k + 1)
            self._last_lines = (text, out)
            return out
        out.extend(_anchor_lines(anchor, text))
        return out

    @staticmethod
    def _on_anchored_lines(pattern, anchor, text: str):
        """pattern.finditer on the lines that hold a match of `anchor` only."""
        for lo, hi in _anchor_lines(anchor, text):
            yield from pattern.finditer(text, lo, hi)

    def _on_village_lines(self, pattern, text: str):
        """pattern.finditer on the lines that hold a village's suffix (`_on_lines` without an
        anchor)."""
        return self._on_lines(pattern, text)

    def _on_lines(self, pattern, text: str, anchor: regex.Pattern | None = None):
        """pattern.finditer on the lines that hold a village's suffix, or a match of `anchor`
        (for a pattern whose matches never cross a line and always hold such a suffix, or such a
        match): the matches of a search of the whole text, without trying the pattern at every
        character of the lines that cannot hold one."""
        for lo, hi in self._village_lines(text, anchor):
            yield from pattern.finditer(text, lo, hi)

    def _near_suffixes(self, pattern, text: str, anchor: regex.Pattern | None = None):
        """`_on_lines(pattern, text, anchor)` for a pattern each of whose matches holds a
        village's suffix (a word of `_village_anchor`) two to eight characters after its start
        (`_village_prose`, `_village_run`, `_sub_head`): the pattern is tried only at those places of the
        lines, left to right, each after the previous match's end, as finditer would (it tried
        every character of a line that holds a suffix)."""
        lines = self._village_lines(text, anchor)
        if not lines:
            return
        suffixes = self._suffix_starts(text)
        for lo, hi in lines:
            k = bisect_left(suffixes, lo + 2)
            starts: set[int] = set()
            while k < len(suffixes) and suffixes[k] < hi:
                starts.update(range(max(lo, suffixes[k] - 8), suffixes[k] - 1))
                k += 1
            last = lo
            for p in sorted(starts):
                if p >= last:
                    hit = pattern.match(text, p, hi)
                    if hit is not None:
                        yield hit
                        last = hit.end()

    def _suffix_starts(self, text: str) -> list[int]:
        """Where a village's suffix (a word of `_village_anchor`) starts in `text`, every
        occurrence, in order; those of the last text asked are kept (three searches of a `find`
        read them)."""
        last = self._last_suffixes                       # one read: another thread may replace it
        if last[0] is text:
            return last[1]
        starts = sorted(s for s, _ in self._village_anchor.occurrences(text))
        self._last_suffixes = (text, starts)
        return starts

    def _alone_hits(self, text: str):
        """The matches of the villages-alone pattern, searched only on the lines that hold a
        village's suffix (a match never crosses a line and ends with one): the same matches as a
        search of the whole text, in linear time over the lines without villages."""
        suffixes = self._suffix_starts(text)
        for lo, hi in self._village_lines(text):
            # a match starts only where its lookbehind holds: at the line's start or after a
            # delimiter, a space or a row number, and its first village's suffix starts one
            # (王村) to five characters on; try those places only (as finditer would)
            last = lo
            for p in [lo] + [c.end() for c in _ALONE_START.finditer(text, lo, hi)]:
                if p < last or p >= hi:
                    continue
                k = bisect_left(suffixes, p + 1)
                if k == len(suffixes) or suffixes[k] > p + 5:
                    continue
                hit = self._village_alone.match(text, p, hi)
                if hit is not None:
                    yield hit
                    last = hit.end()

    def _villages_alone(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """Villages written without their township: the row labels of an allocation table
        (石桥村\t村道硬化\t150000) and lists of villages (石桥村、龙溪村和新塘社区). They belong to
        the township the document names (one only), else its county (one only), else they stay
        unresolved."""
        text = call.text
        taken = sorted([(m.start, m.end) for m in mentions] + [(v.start, v.end) for v in found])
        by_end = {m.end: m for m in mentions if m.units and m.units[0].level == "township"}
        shorts = {(m.start, m.end): m for m in mentions if m.kind == "short"}
        dropped: set[int] = set()
        out: list[Mention] = []
        for hit in self._alone_hits(text):
            run = self._run_end(text, hit.start("run"), hit.group("run"))
            names = self._split_run(run)
            run_start = hit.start("run")
            # a name that opens a line, or a numbered item (②上塘社区：), before a colon
            row = hit.group("end") is not None or hit.group("after") is not None or \
                (hit.group("colon") is not None and _ITEM_OPEN.fullmatch(text, text.rfind("\n", 0, run_start) + 1, run_start)) \
                or _KIND_ASIDE.match(text, hit.end()) is not None    # 石门村（社区）、大坪村（社区）
            # 南阳镇：龙虎村、犀溪村 / 南阳镇（龙虎村）: the township written just before
            lead = by_end.get(hit.start("run") - 1) if text[hit.start("run") - 1:hit.start("run")] in "：:（(" else None
            if len(names) < 2 and not row and lead is None:
                continue
            if len(names) > 1 and any(self._generic_village(n) for n in names):
                continue                                   # 城乡社区、农村社区: a list of kinds
            spans = [[hit.start("run"), hit.start("run") + len(names[0])]]
            if len(names) > 1:
                self._trim_first(names, spans + [[0, 0]] * (len(names) - 1), longest=False)   # ，覆盖河滩村、肖家村
            if len(names) == 1 and lead is None and regex.search(r"委员?会$", names[0]) \
                    and not self._figures_after(text, hit.end()):
                continue                                   # 桂花村村民委员会 signing: the body (a row has figures)
            pos = spans[0][0]
            for name in names:
                start, end = pos, pos + len(name)
                pos = end + 1
                if self._generic_village(name) or name in self.lex.not_places:
                    continue
                stem = regex.sub(r"(?:居委会|居民委员会|居委)$", "", name)
                if stem != name and (stem in self.lex.village_words or self._village_end.search(stem)):
                    continue                               # 社区居委会: no community's name
                k = bisect_right(taken, (start, len(text) + 1))
                hits = [(s, e) for s, e in taken[max(0, k - 2):k + 1] if s < end and start < e]
                if hits:
                    # short county names read inside a village's name after its township or in a
                    # row (巴彦乌兰苏木：巴彦乌兰嘎查: not 巴彦, 乌兰): the village
                    inner = [shorts.get(h) for h in hits]
                    if (lead is None and not row) or not all(x is not None and start <= x.start and x.end <= end
                                                             for x in inner):
                        continue
                    dropped.update(id(x) for x in inner)
                    taken = [t for t in taken if t not in hits]
                village = Mention(start, end, name, [], "village")
                village.extra["owner"] = lead
                village.extra["alone"] = lead is None
                out.append(village)
        if dropped:
            mentions[:] = [m for m in mentions if id(m) not in dropped]
        # a list of villages inside a sentence (对金龙村、石门村、桂花社区开展检查; 覆盖红岩村、
        # 青山村3个行政村): the first name is as long as the longest other one at most, since the
        # word before it (覆盖) runs into it
        taken = sorted(taken + [(v.start, v.end) for v in out])
        for hit in self._near_suffixes(self._village_run, text, self._run_anchor):
            names = self._split_run(self._run_end(text, hit.start("run"), hit.group("run")))
            if any(self._generic_village(n) for n in names[1:]):
                continue                                   # 完善城乡社区、农村社区: a list of kinds
            spans = _list_spans(names, hit.start("run"))
            if text[spans[0][0] - 1:spans[0][0] + 1] in _FUNCTION_PAIRS and len(self._village_stem(names[0])) > 2:
                spans[0][0] += 1                           # 其中|大河村、陶家村: the pair's second character
                names[0] = names[0][1:]
            # after a function word (含, 对, 在) the first name's start is clear: not cut to the others' length
            self._trim_first(names, spans, longest=text[hit.start("run") - 1] not in _NOT_IN_VILLAGE)
            if text[spans[0][0] - 1] in _DETERMINER_CHARS and names[0][0] in _UNIT_CHARS:
                # 该镇王家寨、李家屯; 本乡新庄村、老庄村: the unit the determiner names, then the village
                spans[0][0] += 1
                names[0] = names[0][1:]
                if len(self._village_stem(names[0])) < 2:
                    del spans[0], names[0]
            for start, end in spans:
                name = text[start:end]
                if self._generic_village(name) or name in self.lex.not_places:
                    continue
                stem = regex.sub(r"(?:居委会|居民委员会|居委)$", "", name)
                if stem != name and (stem in self.lex.village_words or self._village_end.search(stem)):
                    continue
                k = bisect_right(taken, (start, len(text) + 1))
                if any(s < end and start < e for s, e in taken[max(0, k - 2):k + 1]):
                    inside = self._yields_to(text, mentions, list(found) + out, start, end, self._village_stem(name))
                    if inside is None:
                        continue                           # (支持河南坡村、…: the village, not 河南)
                    taken = [t for t in taken if not any(t == (m.start, m.end) for m in inside)]
                out.append(_lone_village(start, end, name))
        return out

    def _villages_in_prose(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A village written alone in a sentence (黄土坡村获得资金, 据了解，白岩村今年…, 在东山村召开):
        its name starts after a delimiter, a function word or a verb of places/list_openers.txt
        (走访东山村); two or three characters before 村 (a longer run has no clear start). Not a kind
        of village (贫困村, 美丽乡村), not a body (东山村党支部, places/village_after.txt)."""
        if self._village_prose is None:
            return []
        text = call.text
        taken = _Spans(list(mentions) + list(found))
        out: list[Mention] = []
        for hit in self._near_suffixes(self._village_prose, text):
            start, end = hit.span()
            paired = text[start - 1:start + 1] in _FUNCTION_PAIRS and end - start > 3
            if paired:
                start += 1                                 # 其中|黑牛营子村: the pair's second character
            name = text[start:end]
            stem = self._village_stem(name)
            if any(stem.startswith(w) and len(stem) - len(w) < 2 for w in self._openers) \
                    or self._village_end.search(stem) and not self._natural_end.search(stem) \
                    or name.endswith(self._prose_kinds) or _COUNTED.match(text, end):
                continue                                   # 开展通村, 社区村, 使乡村, 信用村1219个
            date = _DATE_LEAD.match(stem) if start and text[start - 1] in _DATE_DIGITS else None
            if date and len(stem) - date.end() < 2:
                continue                                   # 2024年度村集体: no name
            cut = date.end() if date else self._opener_end(stem)
            if self._village_stem(text[start + cut:end])[:1] in _UNIT_CHARS:
                continue                                   # 县农村; not 县财政局下达东关村
            if not cut and not text.endswith(self._opener_tuple, 0, start) \
                    and (text.startswith(self._keeps, end) or _BODY_END.search(text, max(0, start - 1), start)):
                continue                                   # 完成村道路: only a verb bounds the name there
            start += cut
            name = text[start:end]
            stem = self._village_stem(name)
            if cut and any(stem.startswith(w) and len(stem) - len(w) < 2 for w in self._openers) \
                    or stem.endswith(self._opener_tuple) or _MEASURED.search(stem):
                continue                                   # 规范使用村, 选派驻村, 新一届村: verbs, counts
            # after a delimiter or a function word the name's start is clear: up to six characters
            # (黑牛营子村, 额尔敦宝力格嘎查); after a verb, two or three
            longest = 6 if (date or not cut and (paired or _CLEAR_START.match(text, max(0, start - 1)))) \
                and not _LONG_STEM_NOT.search(stem) and not any(w in stem for w in self._openers) else 3
            if len(stem) > longest or self._generic_village(name) or name in self.lex.village_words \
                    or len(stem) > 3 and name.endswith(self._long_kinds) \
                    or name in self.lex.not_places \
                    or any(name.endswith(w) and len(name) - len(w) >= 2 for w in self._countryside):
                # 偏远山村, 深化农村: the countryside (东山村 is a village)
                continue
            if taken.overlaps(start, end) and self._yields_to(text, mentions, list(found) + out, start, end, stem) is None:
                continue                                   # (a short name inside gives way: 湖北口村, 洛阳村)
            out.append(_lone_village(start, end, name))
        return out

    def _yields_to(self, text: str, mentions: list[Mention], villages: list[Mention], start: int, end: int,
                   stem: str) -> list[Mention] | None:
        """The short place names read inside a village's name text[start:end] that give way to it
        (湖北口村, 朝阳庵村, 洛阳村: not 湖北, 朝阳, 洛阳), removed from `mentions`; [] when none is
        there; None when the village is not to be taken (a full name or a village already read
        overlaps it, or a word goes on after it: 四川村医, 贵州村超)."""
        inside = _shorts_inside(mentions, villages, start, end)
        if inside is None or not _gives_way(text, inside, start, end, stem, self._after_words):
            return None
        mentions[:] = [m for m in mentions if m not in inside]
        return inside

    def _opener_end(self, stem: str) -> int:
        """Where a name starts after the last verb of places/list_openers.txt in `stem` that leaves
        it two characters at least (覆盖李家坪 → 2, 涉及桃园 → 2); 0 without one."""
        return max((i + len(w) for w in self._openers for i in [stem.rfind(w, 0, len(stem) - 2)]
                    if i >= 0), default=0)

    def _trim_first(self, names: list[str], spans: list[list[int]], longest: bool = True) -> None:
        """The first name of a list found inside a sentence starts after the verb before it
        (资金拨付给新华居委会 → 新华居委会, 覆盖李家坪 → 李家坪: places/list_openers.txt), or
        without such a verb is no longer than the longest other name of the list."""
        stem = self._village_stem(names[0])
        cut = self._opener_end(stem)
        if cut:
            names[0] = names[0][cut:]
            spans[0][0] += cut
        if not longest or cut:
            return                                         # 支持十八洞村、金龙村: the verb bounds it
        longest = max(len(self._village_stem(n)) for n in names[1:])
        stem = self._village_stem(names[0])
        if len(stem) > longest:
            spans[0][0] = spans[0][1] - (len(names[0]) - len(stem)) - longest
            names[0] = names[0][len(stem) - longest:]

    def _natural_villages_alone(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """A natural village named with its designation, written alone (含长崖子自然村、甘沟自然村;
        在下蓬自然村修建…): two to four characters of a name after a clear start (a delimiter or a
        function word) or a verb of places/list_openers.txt, then 自然村 or 自然屯; not a kind
        (各自然村, 3个自然村, 偏远自然村: places/village_words.txt), not a body's name."""
        text = call.text
        if "自然" not in text:
            return []
        taken = _Spans(list(mentions) + list(found))
        out: list[Mention] = []
        for hit in _NATURAL_ALONE.finditer(text):
            start, end = hit.span("v")
            stem = hit.group("stem")
            lead = max((w for w in self._openers if stem.startswith(w) and len(stem) - len(w) >= 2), key=len, default="")
            if not lead and stem.startswith("原") and len(stem) >= 3 and text[start - 1:start] in ("（", "("):
                lead = "原"                                # 茶园组（原茶园自然村）: what the group was before
            if lead:                                       # 支付下蓬自然村: the verb, then the village
                start, stem = start + len(lead), stem[len(lead):]
            name = text[start:end]
            before = text[start - 1:start] if start else ""
            opener = lead or next((w for w in self._openers if text.endswith(w, 0, start)), None)
            if not (start == 0 or _CLEAR_START.match(text, start - 1) or opener):
                continue
            if stem in self.lex.village_words or self._generic_village(stem + "村") or stem in self.lex.not_places \
                    or any(stem.startswith(w) for w in self._openers) or taken.overlaps(start, end) \
                    or _VILLAGE_BODY_AFTER.match(text, end) or before and before in "个几多":
                continue
            out.append(_lone_village(start, end, name))
        return out

    def _village_stem(self, name: str) -> str:
        """A village's own name without its suffix and committee (红岩村委会 → 红岩)."""
        return self._village_tail.sub("", name) or name

    def _counted_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """Village names written without their suffix in a list closed by its count
        (李家坪、王家沟、黄土坡3个自然村; 东风、胜利两个社区). A name the gazetteer also has as a
        short name (兴安) is the village here. The first name takes the length of the longest
        other name when a word runs into it (覆盖李家坪、王家沟 → 李家坪)."""
        if self._village_list is None:
            return []
        text = call.text
        taken = _Spans(found)
        exact = {(m.start, m.end): m for m in mentions}
        others = _Spans(mentions)
        out: list[Mention] = []
        replaced: set[int] = set()
        for hit in self._on_lines(self._village_list, text, self._list_anchor):
            # the verb before the first name goes before the names are parted: its characters
            # may be a joiner's (涉及桃园、杏林3个村: 及 joins nothing there)
            cut = self._opener_end(hit.group("items").split("、", 1)[0])
            items = regex.split(r"[、和及与]", hit.group("items")[cut:])
            try:
                count = int(parse_number(hit.group("n")))
            except (ValueError, ArithmeticError):
                continue
            if count < len(items) or (hit.group("etc") is None and count != len(items)):
                continue                                   # 3个村 after two words: not their count
            spans = _list_spans(items, hit.start("items") + cut)
            # (after a delimiter or the verb cut above the first name's start is clear: 6%，核桃坝、龙凤两村)
            self._trim_first(items, spans, longest=not cut and bool(
                _HAN_CHAR_BEFORE.match(text[hit.start("items") - 1:hit.start("items")])))
            inner = None
            for inner in self._inner_admin.finditer(items[0]):
                pass
            if inner is not None:                          # 福岭村石门坑、黄沙坑两个自然村: after its village
                spans[0][0] += inner.end() - 1
                items[0] = items[0][inner.end() - 1:]
            head = call.by_start.get(spans[0][0])
            if head is not None and head.units and head.units[0].level in ("township", "county") \
                    and spans[0][1] - head.end >= 2:
                spans[0][0] = head.end                     # 城关镇石门、大坪等3个村: after its township
                items[0] = text[head.end:spans[0][1]]
            if hit.group("ge") is None:
                # 金龙、大龙两村 (no 个): names only where the document writes one of them as a
                # village (池淮村、星口两村; 金龙村 elsewhere), not 东部、西部两村 or 经济薄弱、集体空壳两村;
                # a village read across the count (大龙两村) gives way
                if hit.group("etc") is not None or count != len(items) or not any(
                        self._admin_end.search(n) or self._written_as_village(text, n) for n in items):
                    continue
                across = [v for v in found if hit.start("items") <= v.start and v.end == hit.end()]
                if across:
                    found[:] = [v for v in found if v not in across]
                    taken = _Spans(found)
            for start, end in spans:
                name = text[start:end]
                if len(name) < 2 or self._generic_village(name) or name in self.lex.village_words \
                        or taken.overlaps(start, end):
                    continue
                same = exact.get((start, end))
                if same is None and others.overlaps(start, end):
                    continue                               # part of a longer place name
                if same is not None:
                    replaced.add(id(same))
                out.append(_lone_village(start, end, name))
        if replaced:
            mentions[:] = [m for m in mentions if id(m) not in replaced]
        return out

    def _count_first_villages(self, call: _Call, mentions: list[Mention], found: list[Mention]) -> list[Mention]:
        """Village names without their suffix listed after their count (全镇共有行政村12个，分别是：
        白岩、龙潭、…; 辖6个村：…): taken when the list holds exactly that many names."""
        if self._count_first is None or "：" not in call.text and ":" not in call.text:
            return []
        text = call.text
        taken = _Spans(list(found) + [m for m in mentions if m.kind != "short"])
        out: list[Mention] = []
        for hit in self._on_lines(self._count_first, text, self._count_first_anchor):
            items = hit.group("items").split("、")
            try:
                count = int(parse_number(hit.group("n") or hit.group("n2")))
            except (ValueError, ArithmeticError):
                continue
            if count != len(items):
                continue                                   # not the list the count counts
            for start, end in _list_spans(items, hit.start("items")):
                name = text[start:end]
                if self._generic_village(name) or name in self.lex.village_words or taken.overlaps(start, end):
                    continue
                mentions[:] = [m for m in mentions if not (m.kind == "short" and start <= m.start and m.end <= end)]
                out.append(_lone_village(start, end, name))
        return out

    def _written_as_village(self, text: str, name: str) -> bool:
        """Does the text write `name` with a village's suffix somewhere (金龙村)?"""
        at = text.find(name)
        while at >= 0:
            if self._admin_after.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
        return False

    def _owner_of_alone(self, mentions: list[Mention]) -> Mention | None:
        """The one township of an article (else its one county) that lone villages belong to."""
        townships = {m.text: m for m in mentions if m.kind == "full" and m.units
                     and all(u.level == "township" for u in m.units)}
        if len(townships) == 1:
            return next(iter(townships.values()))
        counties = {}                                  # several townships: the county alone, if one
        for m in mentions:
            if m.kind in ("full", "short") and m.units and all(u.level == "county" for u in m.units):
                counties.setdefault(m.units[0].code if len(m.units) == 1 else m.text, m)
        return next(iter(counties.values())) if len(counties) == 1 else None

    # -- resolving --------------------------------------------------------------------

    def _resolve(self, mentions: list[Mention], present: bool = False) -> None:
        """Choose each mention's unit among its candidates (see `_choose`); `present`: the text
        writes only years of the division list's time or later (`_of_the_present`)."""
        anchors: list[Unit] = []
        for m in mentions:
            if m.kind in ("full", "abbreviation", "short") and len(m.units) == 1 and not m.units[0].historical:
                anchors.append(m.units[0])
        prev: Mention | None = None
        for m in mentions:
            if m.kind == "village" or m.kind == "zone":
                continue
            chain_parent = prev.chosen if prev is not None and prev.end == m.start and prev.chosen else None
            m.chosen, cands = self._choose(m, anchors, chain_parent, present)
            if chain_parent is not None and chain_parent.historical and m.chosen is not None and not m.chosen.historical:
                # 柳州地区忻城县: the county as it was under its historical prefecture
                old = [h for h in self.gaz.history_by_name.get(m.text, ()) if h.city == chain_parent.name]
                if len(old) == 1:
                    m.chosen = old[0]
            m.place = self._to_place(m, cands)
            prev = m
        lone_owner: Mention | None | bool = False
        for m in mentions:
            if m.kind == "zone":
                owner = m.extra["owner"]
                parent = owner.chosen
                county = self.gaz.county_of(parent) if parent is not None else None
                code = county.code if county is not None else (parent.code if parent is not None and
                                                               parent.level in ("city", "province") else None)
                m.place = Place(name=m.text, full_name=m.text, level="zone", adcode=code or None,
                                province=_province_of(parent) if parent else None,
                                city=_city_of(parent) if parent else None,
                                county=county.name if county is not None and county.level == "county" else None,
                                parent=(county.code if county is not None else parent.code) if parent else None)
            elif m.kind == "village":
                if m.extra.get("alone") and m.extra.get("owner") is None:
                    if lone_owner is False:
                        lone_owner = self._owner_of_alone(mentions)      # once per article
                    m.extra["owner"] = lone_owner
                m.place = self._village_place(m)

    def _choose(self, m: Mention, anchors: list[Unit], chain_parent: Unit | None,
                present: bool = False) -> tuple[Unit | None, list[Unit]]:
        units = m.units
        if len(units) == 1:
            return units[0], units
        scores = []
        parent_code = None
        if chain_parent is not None:
            parent_code = chain_parent.current if chain_parent.historical else chain_parent.code
        for u in units:
            score = 0
            if parent_code and (u.parent == parent_code or self.gaz.is_within(u, parent_code)):
                score += 4
            for a in anchors:
                if a is u:
                    score += 3                           # the text also names this very unit
                    continue
                if a.code and (u.parent == a.code or self.gaz.is_within(u, a.code)):
                    score += 2
                elif a.parent == u.code or (u.code and self.gaz.is_within(a, u.code)):
                    score += 1
                elif u.parent and a.parent == u.parent and a.level == u.level and u.level in ("county", "township"):
                    score += 1                           # 鼓楼区 beside 台江区 and 仓山区: Fuzhou's
            if not u.historical:
                score += 0.5 if score > 0 else 0         # a current unit before a historical one
            scores.append(score)
        best = max(scores)
        top = [u for u, s in zip(units, scores) if s == best]
        if best > 0 and len(top) == 1:
            return top[0], units
        if all(u.historical for u in top) and len({u.current for u in top}) == 1 and top[0].current:
            return top[0], units                     # 横山县 under 榆林地区 or 榆林市: today's 横山区
        # 吉林 / 湘潭 (short), 滨海新区 county vs a township of that name: the higher level
        if m.kind in ("short", "full"):
            ranks = sorted({_LEVEL_RANK[u.level] for u in top})
            highest = [u for u in top if _LEVEL_RANK[u.level] == ranks[0]]
            if len(highest) == 1 and len(ranks) > 1:
                return highest[0], units
        if present:
            # a text of 2024 naming 斑竹园镇: not the one abolished before the 2023 list (新都区's),
            # which no text of that time names, but the one that exists (金寨县's); a renamed
            # unit (its `current` set) is today's unit and stays a candidate
            now = [u for u in top if not u.historical]
            if len(now) == 1 and all(not u.current for u in top if u.historical):
                return now[0], units
        return None, units

    def _to_place(self, m: Mention, cands: list[Unit]) -> Place:
        u = m.chosen
        if u is None:
            levels = {c.level for c in cands}
            return Place(name=m.text, full_name=cands[0].name if len({c.name for c in cands}) == 1 else None,
                         level=levels.pop() if len(levels) == 1 else None,
                         candidates=tuple(sorted({c.code or c.parent for c in cands})))
        current = None
        if u.historical and u.current:
            cur = self.gaz.units.get(u.current)
            current = cur.code if cur else u.current
            # a historical name takes today's code (襄樊市 -> 襄阳市 420600); `current` says so
            return Place(name=m.text, full_name=u.name, level=u.level, adcode=current,
                         province=_province_of(cur) if cur else (u.province or None),
                         city=_city_of(cur) if cur else (u.city or None),
                         county=cur.name if cur is not None and cur.level == "county" else None,
                         parent=cur.parent if cur is not None else None, current=current)
        if u.level == "township":
            county = self.gaz.units.get(u.parent)
            return Place(name=m.text, full_name=u.name, level="township",
                         adcode=(county.code if county is not None else u.parent) or None,
                         province=u.province or None, city=u.city or None, county=u.county or None,
                         parent=u.parent, current=current, township_code=u.code or None)
        if m.kind == "new_area":
            inside = self.gaz.units.get(u.parent)
            return Place(name=m.text, full_name=u.name, level="zone", adcode=u.parent,
                         province=u.province or None, city=u.city or None,
                         county=inside.name if inside is not None and inside.level == "county" else None,
                         parent=u.parent)
        return Place(name=m.text, full_name=u.name, level=u.level, adcode=u.code, province=_province_of(u),
                     city=_city_of(u), county=u.name if u.level == "county" else None, parent=u.parent or None,
                     current=current)

    def _village_place(self, m: Mention) -> Place:
        owner = m.extra["owner"]
        parent = owner.chosen if owner is not None else None
        county = self.gaz.county_of(parent) if parent is not None else None
        return Place(name=m.text, full_name=m.text, level="village",
                     adcode=county.code if county is not None else None,
                     province=_province_of(parent) if parent else None, city=_city_of(parent) if parent else None,
                     county=(county.name if county is not None else None),
                     parent=(parent.code or parent.parent) if parent else None,
                     township_code=parent.code if parent is not None and parent.level == "township" and parent.code
                     else None)


# a year written in a text (2024年, 2024-05-06)
_YEAR_WRITTEN = compiled(r"(?<![0-9０-９])(?:19|20)[0-9]{2}(?=年|[-./][0-9]{1,2}[-./])")
#: the year of the division list the gazetteer's current units are from (NBS 2023)
LIST_YEAR = 2023


def _of_the_present(text: str) -> bool:
    """Does the text write years, all of them the division list's year or later? Such a text
    speaks of the divisions of today: a unit abolished before the list is not what it names."""
    years = [int(m.group()) for m in _YEAR_WRITTEN.finditer(text)]
    return bool(years) and min(years) >= LIST_YEAR


def _lines(path: Path) -> list[str]:
    """The words of an optional word list (none if the file is absent)."""
    return read_lines(path) if path.exists() else []


def _province_of(u: Unit) -> str | None:
    if u.level == "province":
        return u.name
    return u.province or None


def _city_of(u: Unit) -> str | None:
    if u.level == "city":
        return u.name
    if u.level == "province":
        return None
    return u.city or None


@lru_cache(maxsize=1)
def default_matcher() -> PlaceMatcher:
    from .datafiles import building

    with building():
        return PlaceMatcher()


def find_places(text: str, segments: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int, Place]]:
    """Every place mention in `text` as (start, end, Place), resolved per segment (article)."""
    return [(m.start, m.end, m.place) for m in default_matcher().find(text, list(segments) if segments else None)]


def salient_places(mentions: list[tuple[int, int, Place]]) -> list[Place]:
    """Places of a text ordered by how much the text is about them (frequency, then order)."""
    counts = Counter(p.adcode for _, _, p in mentions if p.adcode)
    first: dict[str, Place] = {}
    for _, _, p in mentions:
        if p.adcode and p.adcode not in first:
            first[p.adcode] = p
    order = {code: i for i, code in enumerate(first)}
    return sorted(first.values(), key=lambda p: (-counts[p.adcode], order[p.adcode]))
