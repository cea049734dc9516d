"""Linking each money amount to what it is for, who spends it, where and when.

Pure logic over the caller's text and plain annotations (quantities, places, agencies,
articles, sentence offsets); the spaCy component `policyie_records` feeds it from a Doc.
The cue words (kinds, purpose markers, fund nouns) are data in `policyie/data/records/`.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from .lexicon import read_lines, read_table
from .regexes import alternation

DATA_DIR = Path(__file__).parent / "data" / "records"
_CLAUSE_END = "，,；;。！？!?\n："
_LIST_SEP = "、"
#: kinds of amounts that are not a government's money: no default agency
_NOT_GOVERNMENT_KINDS = ("credit", "output")


@dataclass
class LinkLexicon:
    kinds: list[tuple[str, str]]          # (cue word, kind), longest first
    purpose_markers: list[str]            # 用于, 支持, 确保 …
    fund_nouns: list[str]                 # 资金, 专项资金, 经费 …
    leading_verbs: list[str]              # 安排, 投入 … stripped from the front of a purpose
    generic_funds: list[str]              # 财政资金, 工程建设资金 …: a fund that says nothing of its use
    other_actors: list[str]               # 银行, 保险公司 …: actors that are not government bodies

    @classmethod
    def from_dir(cls, path: str | Path = DATA_DIR) -> "LinkLexicon":
        path = Path(path)
        kinds = sorted(((r[0], r[1]) for r in read_table(path / "kinds.tsv")), key=lambda x: -len(x[0]))
        return cls(kinds=kinds, purpose_markers=read_lines(path / "purpose_markers.txt"),
                   fund_nouns=read_lines(path / "fund_nouns.txt"), leading_verbs=read_lines(path / "verbs.txt"),
                   generic_funds=read_lines(path / "generic_funds.txt"),
                   other_actors=read_lines(path / "other_actors.txt"))


def _after_marker(markers, lead: str = "") -> regex.Pattern:
    """A purpose phrase after a marker word right behind the amount (…万元，用于Y), up to the
    clause end and never into the next list item (、902万元)."""
    return regex.compile(rf"[，,]?\s*{lead}(?:{alternation(markers)})(?P<p>(?:(?!、[0-9０-９])[^，,；;。！？!?\n]){{2,40}})")


class Linker:
    #: articles longer than this (characters) are treated as possibly several unsegmented ones
    long_article = 4000
    #: how far back (characters) the nearest place is looked for in such an article
    window = 1500
    #: how far (characters) around an amount its sentence is read
    reach = 300

    def __init__(self, lexicon: LinkLexicon | None = None):
        self.lex = lexicon or LinkLexicon.from_dir()
        self._kind_re = regex.compile(alternation(k for k, _ in self.lex.kinds))
        self._kind_of = dict(self.lex.kinds)
        # a sentence about these actors does not take the article's agency by default
        self._other_actor = regex.compile(alternation(self.lex.other_actors))
        self._standard_cue = regex.compile(
            r"^(?:若|如果|如(?![今何此期])|当(?![地前时])|对于|凡|对)|标准(?!化)|限额|门槛|提高至|提高到|由$|提标|按照?每|的补助$|基数")
        self._purpose_after = _after_marker(self.lex.purpose_markers, lead="(?:主要|专项|全部|重点)?")
        self._purpose_before = regex.compile(r"(?:用于|用来|支持)(?P<p>[^，,；;。！？!?\n、]{2,40})$")
        self._measure_only = regex.compile(
            r"^(?:标的额|投资额|总投资|投资|产值|成交额|交易额|交易金额|授信金额|授信|总授信|价值|品牌价值|金额|规模)(?:达到|达|为|约|共计|合计|超|超过)*$")
        self._count_tail = regex.compile(rf"\s*{_COUNT}\s*$")
        self._time_or_count = regex.compile(
            rf"(?:{_COUNT}|年度内|年内|当年|全年|每年|每月|每季度|今年以来|今年|去年|本年度?)\s*(?![、的和及与])")
        self._list_head = regex.compile(
            r"[、].*等(?:各(?:领域|类|项|种|级|地|行业|方面))?\s*(?P<h>[^、\s][^、]{3,})$")
        self._purpose_strong = _after_marker(["专项用于", "主要用于", "全部用于", "重点用于", "用于支持", "用于", "用来", "给予", "发放"],
                                             lead="(?:的(?:补助|补贴|奖励)?标准)?")
        # a threshold qualifies the noun after it: 50万元以上的赔付项目, 亿元以上在建项目
        self._threshold_noun = regex.compile(r"(?:的)?(?P<p>[\p{Han}]{2,12}?)(?=[，,；;。、和及0-9]|$)")
        # 投入资金590万元，为3078户特殊困难老年家庭实施适老化改造
        self._for_whom = regex.compile(
            r"[，,]?\s*(?:每月|每年|每季度|每人|全年|分别)?为[^，,；;。]{1,24}?(?:实施|发放|提供|开展|建设|购买|缴纳|落实|支付|兑现)"
            r"(?P<p>[^，,；;。！？!?\n]{2,30})")
        # 投入1.4亿元优化提升办学条件: the phrase straight after the amount
        self._direct = regex.compile(
            r"(?![的以为及和、])(?P<p>[\p{Han}“”]{2,30}?)(?=支持|用于|推动|确保|[，,；;。！？!?]|$)")
        # the amount is the object of a verb: 提供2元“云公交”, 享受3.6万元的一次性补贴
        self._object_verb = regex.compile(r"(?:提供|享受|发放|给予|获得|奖励|补助|补贴|资助|兑现)$")
        self._generic_fund = regex.compile(rf"^(?:{alternation(self.lex.fund_nouns + self.lex.generic_funds)})$")
        self._lead_noise = regex.compile(
            r"(?:若|如果|假如|倘若|各类|各项|涉及|带动|促成|实现|达到|完成|拥有|享受|还享受|获得|获赠|共|累计|合计|总计|其中|全年|全[省市县区镇]|当年|今年|本年)+")
        self._tail_noise = regex.compile(
            r"(?:总金额|总额|金额|额度|规模|总量|标的额|成交额|成交|交易额|投资额|总投资|总授信|授信|产值|品牌价值|价值|总笔数|笔数|户数|方面|共计|合计|累计|达到|达|为|以|由|从|约|近|超|逾|完成)+$")
        self._verbs = regex.compile(rf"(?:(?:共计|共|累计|已|先后|全年|每年|分别|一次性|统筹|争取|新增|再|其中|包含|其中包含)?(?:{alternation(self.lex.leading_verbs)}))+|其中包含|其中[:：]?|包含|以及|和|及|与")
        self._inner_verb = regex.compile(rf"(?:{alternation(self.lex.leading_verbs)})")
        self._trailing_verb = regex.compile(
            rf"(?:共|累计|已|再|共计|全年|分别|统筹)?(?:{alternation(self.lex.leading_verbs)})(?:了|资金|共计|合计|累计|达|为)*$")
        self._raised_to = regex.compile(r"(?:提高|增加|上调|提升|调整|增长|降低|下调|减少|提标)(?:至|到|为)")
        self._threshold_cue = regex.compile(r"限额|门槛|标准(?!化)|起点|起征")
        self._change = regex.compile(
            r"(?:(?:较|比|同比|相比)(?:上年|去年|上一年度?|前一年|年初)?(?:增加|提高|增长|多|上调|提升|减少|下降|降低)了?"
            r"|(?:提高|增加|上调|提升|调整|增长|降低|下调|减少|提标)(?:至|到|为))$")
        self._topic = regex.compile(r"(?:^|[：:，,])\s*(?:在|从)?(?P<t>[^，,；;。：:、]{2,12}?)方面[，,]")
        self._short_name = regex.compile(r"[\p{Han}A-Za-z]{1,2}")
        self._modal_tail = regex.compile(r"(?:预计|将|已|已经|共|累计|全年|当年|可|有望|力争)+$")
        self._fund_end = regex.compile(rf"(?:{alternation(self.lex.fund_nouns)})$")
        self._beneficiary = regex.compile(
            r"(?:为|向|惠及|受益|覆盖|帮助|资助|救助|补贴|奖励)(?P<b>[^，,；;。]{0,12}?[0-9０-９.一二三四五六七八九十百千万余多]+(?:万|亿)?[余多]?(?:名|人次|人|户次|户|家|所|个|位)[^，,；;。、]{0,12}?)(?=[，,；;。、发放兑现]|$)")

    def link(self, text: str, amounts: list[dict], *, sentences: list[int], articles: list[dict],
             places: list[dict], agencies: list[dict], dates: list[dict], agency_links: list[dict],
             noise: list[list] = ()) -> list[dict]:
        """One record dict per money amount (dicts from `doc._.quantities` with label MONEY)."""
        records = []
        self._gov = sorted((a for a in agencies if a.get("department")), key=lambda a: a["start"])
        self._gov_starts = [a["start"] for a in self._gov]
        self._usable = sorted((p for p in places if p.get("level") and (p.get("adcode") or p.get("level") in
                               ("township", "zone", "village"))), key=lambda p: p["start"])
        self._usable_starts = [p["start"] for p in self._usable]
        self._dates = sorted(dates, key=lambda d: d["start"])
        self._date_starts = [d["start"] for d in self._dates]
        self._links = sorted(agency_links, key=lambda l: l["start"])
        self._link_starts = [l["start"] for l in self._links]
        self._memo: dict = {}
        self._purpose_at: dict[int, dict | None] = {}
        self._sentences = sentences
        # where a subject, place or date starts -> where it ends (skipped at a purpose's front)
        self._entity_end_at = {}
        self._place_starts = {p["start"] for p in places}
        for item in (*dates, *places, *agencies):
            self._entity_end_at[item["start"]] = max(item["end"], self._entity_end_at.get(item["start"], 0))
        noise = sorted(noise or ())
        self._noise = noise
        self._noise_starts = [n[0] for n in noise]
        articles = sorted(articles, key=lambda a: a["start"])
        self._title_year = self._year_of_title(articles)
        art_starts = [a["start"] for a in articles]
        self._amount_ends = [q["end"] for q in amounts]
        self._amount_starts = [q["start"] for q in amounts]
        for q in amounts:
            s, e = q["start"], q["end"]
            sent_start, sent_end = _sentence_of(s, sentences, len(text))
            # a "sentence" of a damaged text can be the whole page: look at most this far
            sent_start, sent_end = max(sent_start, s - self.reach), min(sent_end, e + self.reach)
            k = bisect_right(art_starts, s) - 1
            article = articles[k] if k >= 0 and articles[k]["start"] <= s < articles[k]["end"] else None
            a_start, a_end = (article["start"], article["end"]) if article else (0, len(text))
            clause_start = _clause_start(text, s, sent_start)
            left = text[clause_start:s]
            kind = self._kind(text, q, clause_start, sent_start, e, sent_end)
            purpose = self._purpose(text, q, clause_start, sent_start, e, sent_end, places, agencies, dates)
            self._purpose_at[s] = purpose
            fund = None
            if purpose and self._fund_end.search(purpose["text"]):
                fund = purpose["text"]
            beneficiary = self._beneficiary_of(text, sent_start, sent_end)
            other_actor = self._other_actor.search(text, sent_start, s)
            agency = self._agency(s, sent_start, a_start, a_end, agencies, agency_links, article,
                                  default=kind not in _NOT_GOVERNMENT_KINDS and not other_actor)
            place = self._place(s, e, sent_start, sent_end, a_start, a_end, places, purpose, clause_start)
            year, period = self._when(s, sent_start, sent_end, a_start, a_end, dates, text)
            if left.endswith(("由", "从")) and self._raised_to.match(text, e, sent_end):
                year = None                      # 由179元提高至189元: the old level, not this year's
            records.append({
                "start": s, "end": e, "text": q["text"], "kind": kind,
                "purpose": purpose["text"] if purpose else None,
                "purpose_start": purpose["start"] if purpose else None,
                "purpose_end": purpose["end"] if purpose else None,
                "fund": fund, "beneficiary": beneficiary,
                "agency": agency["canonical"] if agency else None,
                "agency_start": agency["start"] if agency else None,
                "place": place.get("full_name") or place.get("text") if place else None,
                "adcode": place.get("adcode") if place else None,
                "place_start": place["start"] if place else None,
                "year": year, "period": period,
                "sentence_start": sent_start, "sentence_end": sent_end,
                "article": (article.get("headline") or {}).get("text") if article else None,
                "parts_of": None, "noise": self._noise_kind(s), "left": left[-12:],
            })
        self._parts(text, records, sentences)
        for prev, r in zip(records, records[1:]):
            if r["kind"] == "other" and prev["kind"] != "other" and r["start"] - prev["end"] <= 120 \
                    and "\n" not in text[prev["end"]:r["start"]]:
                r["kind"] = prev["kind"]             # items of a list after a total
        for r in records:
            r.pop("left")
        return records

    # -- kind ---------------------------------------------------------------------------

    def _kind(self, text, q, clause_start, sent_start, end, sent_end) -> str:
        after = text[end:min(sent_end, end + 6)]
        left = text[clause_start:q["start"]]
        sentence_left = text[max(sent_start, q["start"] - 120):q["start"]]
        if q.get("per") or (q.get("qualifier") in ("at_least", "at_most", "less_than", "more_than")
                            and _NOUN_AFTER_BOUND.match(after)
                            and not self._kind_re.match(after)):
            return "standard"
        if q.get("qualifier") == "at_most" and _CAP.search(left):
            return "standard"
        if q.get("qualifier") in ("at_least", "at_most", "more_than", "less_than") \
                and self._threshold_cue.search(sentence_left):
            return "standard"               # 限额标准提高到…40万元以上，…，工程项目…60万元以上
        if self._standard_cue.search(left) or self._standard_cue.search(sentence_left[-30:]) \
                or _STANDARD_AFTER.match(after):
            return "standard"
        for span, last in ((left, True), (sentence_left, True), (text[end:sent_end][:12], False)):
            cues = list(self._kind_re.finditer(span))
            if cues:
                return self._kind_of[(cues[-1] if last else cues[0]).group()]
        return "other"

    # -- purpose ------------------------------------------------------------------------

    def _purpose(self, text, q, clause_start, sent_start, end, sent_end, places, agencies, dates) -> dict | None:
        """The shortest phrase saying what the amount is for: after 用于 (strong marker), else a
        fund noun right before the amount (养老保障资金86.6亿元), else after 支持/确保 (weak
        marker), else the noun phrase before the amount (地方公共文化服务体系建设902万元)."""
        after = text[end:sent_end]
        k = bisect_right(self._amount_starts, end - 1)
        nxt = min(self._amount_starts[k] if k < len(self._amount_starts) else sent_end, sent_end)
        after = text[end:nxt]                    # never run into the next amount
        strong = self._purpose_strong.match(after)
        if strong and not self._runs_into_next(strong, after, nxt, sent_end):
            return self._trim(text, end + strong.start("p"), end + strong.end("p"))
        if q.get("qualifier") in ("at_least", "at_most", "more_than") and _HAN_AFTER.match(after):
            t = self._threshold_noun.match(after)
            if t:
                return self._trim(text, end + t.start("p"), end + t.end("p"))
        k = bisect_right(self._amount_ends, q["start"]) - 1
        left_start = max(clause_start, self._amount_ends[k]) if k >= 0 and self._amount_ends[k] >= clause_start else clause_start
        if k >= 0 and self._amount_ends[k] >= sent_start and self._change.search(text, left_start, q["start"]):
            # 由179元提高至189元, …300元的标准给予运营补贴，较上年增加100元: the same thing as before
            same = self._purpose_at.get(self._amount_starts[k])
            if same is not None:
                return same
        before = None
        m = self._purpose_before.search(text[left_start:q["start"]])
        if m:
            before = self._trim(text, left_start + m.start("p"), left_start + m.end("p"))
        else:
            while left_start < q["start"] and text[left_start] in "、和及与":
                left_start += 1                          # 902万元、国家文物保护659万元
            phrase_start = self._strip_front(text, left_start, q["start"], places, agencies, dates)
            if phrase_start is not None and q["start"] - phrase_start >= 2:
                before = self._object_phrase(text, phrase_start, q["start"])
        generic = bool(before and self._generic_fund.match(before["text"]))
        if generic:
            before = None                                # 投入资金1335万元，支持…: the fund noun says nothing
        if before is None or self._measure_only.match(before["text"]) or self._object_verb.search(text, left_start, q["start"]):
            # 还享受3.6万元的一次性补贴, 提供2元“云公交”: the noun right after the amount
            noun = _NOUN_AFTER.match(after)
            if noun:
                g = "p" if noun.group("p") else "q"
                return self._trim(text, end + noun.start(g), end + noun.end(g))
            if before is not None and self._measure_only.match(before["text"]):
                # 排污权方面，…累计交易额超9.8亿元: the topic the sentence is about; else
                # 执结农民工工资249件,标的额484.71万元: the thing the measure is of, one clause back
                topic = self._topic.search(text[sent_start:clause_start])
                if topic:
                    return self._trim(text, sent_start + topic.start("t"), sent_start + topic.end("t"))
                prev = self._previous_clause_phrase(text, clause_start, sent_start, places, agencies, dates)
                if prev:
                    return prev
        if before and self._fund_end.search(before["text"]):
            return before
        weak = self._purpose_after.match(after) or self._for_whom.match(after)
        if weak and not self._runs_into_next(weak, after, nxt, sent_end):
            return self._trim(text, end + weak.start("p"), end + weak.end("p"))
        if before is None:
            direct = self._direct.match(after)
            if direct and not self._runs_into_next(direct, after, nxt, sent_end):
                return self._trim(text, end + direct.start("p"), end + direct.end("p"))
        if generic:
            # 完成9处在线计量设施安装建设，投入工程建设资金约60万元: the work of the clause before
            return self._previous_clause_phrase(text, clause_start, sent_start, places, agencies, dates)
        if before is not None and self._measure_only.match(before["text"]):
            return None                                  # 已完成投资4.5亿元: the kind says all it says
        return before

    @staticmethod
    def _runs_into_next(m, after: str, nxt: int, sent_end: int) -> bool:
        """A phrase after the amount that ends where the next amount starts is that amount's
        (…补助1.57亿元，为2864名优抚对象发放抚恤金和生活补助2270万元: 抚恤金 is the 2270万元's)."""
        return nxt < sent_end and m.end("p") == len(after) and after[m.end("p") - 1] not in "、和及与"

    def _object_phrase(self, text, start, end) -> dict | None:
        """The phrase before an amount from `start` (subject, time and place already skipped):
        without a trailing verb (基本公共卫生服务投入4632万元), what follows the last verb
        (为2864名优抚对象发放抚恤金和生活补助2270万元), or, when that is only a measure word, the
        subject before the verb (特色产业预计实现产值240亿元)."""
        tail = self._trailing_verb.search(text, start, end)
        if tail and tail.start() - start >= 2:
            end = tail.start()
        inner = [m for m in self._inner_verb.finditer(text, start, end) if end - m.end() >= 2]
        if not inner:
            return self._trim(text, start, end)
        verb = inner[-1]
        obj = self._trim(text, verb.end(), end)
        if obj is not None and self._measure_only.match(obj["text"]):
            subject_end = verb.start()
            modal = self._modal_tail.search(text, start, subject_end)
            if modal:
                subject_end = modal.start()
            if subject_end - start >= 2:
                subject = self._trim(text, start, subject_end)
                if subject is not None and not self._lead_noise.fullmatch(subject["text"]):
                    return subject
        return obj

    def _previous_clause_phrase(self, text, clause_start, sent_start, places, agencies, dates) -> dict | None:
        if clause_start <= sent_start + 1:
            return None
        end = clause_start - 1
        start = _clause_start(text, end, sent_start)
        k = bisect_right(self._amount_ends, end) - 1
        if k >= 0 and self._amount_starts[k] >= start:
            # 重大项目82个，总投资624.4亿元，全年完成投资40.2亿元: what that amount is of
            return self._purpose_at.get(self._amount_starts[k])
        chunk_end = end
        tail = self._count_tail.search(text, start, chunk_end)
        if tail:
            chunk_end = tail.start()
        s0 = self._strip_front(text, start, chunk_end, places, agencies, dates)
        if s0 is None or chunk_end - s0 < 2:
            return None
        return self._trim(text, s0, chunk_end)

    def _trim(self, text, s, e) -> dict | None:
        """Drop measure words and framing around a purpose phrase (涉及欠薪金额 -> 欠薪)."""
        phrase = self._phrase(text, s, e)
        lead = self._lead_noise.match(phrase["text"])
        if lead and lead.end() < len(phrase["text"]) - 1:
            phrase = self._phrase(text, phrase["start"] + lead.end(), phrase["end"])
        # 保险机构年度内赔付净支出 -> 赔付净支出; 5家企业…分割为10家拍卖 -> 拍卖: what follows
        # the last time word or count (a count at the very end is dropped: VEP 核算 101 个)
        count_end = self._count_tail.search(phrase["text"])
        if count_end and count_end.start() >= 2:
            phrase = self._phrase(text, phrase["start"], phrase["start"] + count_end.start())
        cut = None
        for cut in self._time_or_count.finditer(phrase["text"]):
            pass
        if cut is not None and len(phrase["text"]) - cut.end() >= 2:
            phrase = self._phrase(text, phrase["start"] + cut.end(), phrase["end"])
        # 福鼎白茶、槟榔芋…等特色产业 -> 特色产业, but …临时救助等补助 stays whole
        head = self._list_head.search(phrase["text"]) if "等" in phrase["text"] else None
        if head and not self._fund_end.search(head.group("h")):     # …职业培训等补贴就业专项资金 stays
            phrase = self._phrase(text, phrase["start"] + head.start("h"), phrase["end"])
        tail = self._tail_noise.search(phrase["text"])
        if tail and tail.start() >= 2:
            phrase = self._phrase(text, phrase["start"], phrase["start"] + tail.start())
        if len(phrase["text"]) < 2 or self._verbs.fullmatch(phrase["text"]):
            return None
        return phrase

    def _strip_front(self, text, start, end, places, agencies, dates) -> int | None:
        """Skip subject, time, place and verb words at the front of the phrase before an amount."""
        pos = start
        for _ in range(8):
            moved = False
            while pos < end and text[pos] in " \u3000“”‘’\"()（）" and not (
                    text[pos] in "“‘" and text.find("”’"["“‘".index(text[pos])], pos, end) > 0):
                pos += 1                                 # an open quote closed later is kept: “三无”人员
            item_end = self._entity_end_at.get(pos)
            if item_end is not None and item_end <= end and not (
                    pos in self._place_starts and self._names_with(text, item_end, end)):
                pos = item_end
                moved = True
            v = self._verbs.match(text, pos, end)
            if v and v.end() > pos:
                pos = v.end()
                moved = True
            w = _FRONT_WORDS.match(text[pos:end])
            if w and w.end() and pos + w.end() < end:
                pos += w.end()
                moved = True
            if not moved:
                break
        stripped = text[pos:end].rstrip("共达为约近超逾计合")
        end2 = pos + len(stripped)
        if end2 - pos < 2 or _NO_HAN.fullmatch(text, pos, end2):
            return None
        if text[end2 - 1] in "的了着过" and end2 - pos <= 3:
            return None
        return pos

    def _names_with(self, text, place_end: int, end: int) -> bool:
        """Whether a place and the one or two characters after it name one thing (福鼎白茶,
        龙岩e贷), rather than a place followed by a verb or a fund word (黄山市投入)."""
        if end - place_end > 12:
            return False
        word = text[place_end:end]
        for noise in (self._tail_noise, self._trailing_verb):
            cut = noise.search(word)
            if cut and cut.start() >= 1:
                word = word[:cut.start()]
        if not self._short_name.fullmatch(word):
            return False
        return not (self._verbs.fullmatch(word) or self._generic_fund.match(word) or self._measure_only.match(word)
                    or self._kind_re.fullmatch(word) or self._lead_noise.fullmatch(word))

    def _phrase(self, text, s, e) -> dict:
        while e > s and (text[e - 1] in " \u3000的等、" or text[e - 1] == "”" and "“" not in text[s:e]):
            e -= 1
        while s < e and (text[s] in " \u3000、" or text[s] == "“" and "”" not in text[s:e]):
            s += 1
        if e - s > 2 and text[s] == "“" and text[e - 1] == "”" and "”" not in text[s:e - 1]:
            s, e = s + 1, e - 1                      # “云公交” -> 云公交
        return {"start": s, "end": e, "text": text[s:e]}

    def _noise_kind(self, pos: int) -> str | None:
        k = bisect_right(self._noise_starts, pos) - 1
        while k >= 0 and k > len(self._noise) - 1:
            k -= 1
        for s, e, kind in self._noise[max(0, k - 2):k + 1]:
            if s <= pos < e:
                return kind
        return None

    def _beneficiary_of(self, text, sent_start, sent_end) -> str | None:
        m = self._beneficiary.search(text, sent_start, sent_end)
        return m.group("b").strip() if m else None

    # -- who, where, when ---------------------------------------------------------------

    def _agency(self, s, sent_start, a_start, a_end, agencies, links, article, default=True):
        """The body behind an amount: one named earlier in its sentence, or through 该局; else,
        when the sentence names no other actor, the article's main agency (its byline bureau,
        else its finance bureau, else the first local government body it names)."""
        in_sentence = _between(self._gov, self._gov_starts, sent_start, s)
        if in_sentence:
            return in_sentence[-1]
        link = _between(self._links, self._link_starts, sent_start, s)
        if link:
            ant = link[-1]["antecedent"]
            hit = [a for a in _between(self._gov, self._gov_starts, ant[0], ant[0] + 1) if a["end"] == ant[1]]
            if hit:
                return hit[0]
        if not default:
            return None
        key = ("agency", a_start, a_end)
        if key not in self._memo:
            main = None
            if article and article.get("byline"):
                b = article["byline"]
                in_byline = _between(self._gov, self._gov_starts, b["start"], b["end"])
                main = in_byline[0] if in_byline else None
            local = [a for a in _between(self._gov, self._gov_starts, a_start, a_end) if a.get("level") != "central"]
            finance = [a for a in local if a.get("department") == "财政"]
            self._memo[key] = (main or (finance[0] if finance else None), local)
        main, local = self._memo[key]
        if main is not None:
            return main
        if not local:
            return None
        return local[0] if local and local[0]["start"] < s else None

    def _place(self, s, e, sent_start, sent_end, a_start, a_end, places, purpose, clause_start):
        """The most specific place the amount applies to: one named in its purpose or clause,
        else a county-or-above place of its sentence (unless that only names the province or
        city the article's place lies in), else the article's main place."""
        usable, starts = self._usable, self._usable_starts
        key = ("place", a_start, a_end)
        if key not in self._memo:
            self._memo[key] = self._article_place(_between(usable, starts, a_start, a_end))
        article_place = self._memo[key]
        if purpose:
            inside = _between(usable, starts, purpose["start"], purpose["end"])
            if inside:
                return inside[-1]
        in_clause = _between(usable, starts, clause_start, s)
        if in_clause:
            return max(in_clause, key=lambda p: (_RANK.get(p["level"], 0), p["start"]))
        in_sentence = [p for p in _between(usable, starts, sent_start, s) if p.get("adcode")]
        if in_sentence:
            best = max(in_sentence, key=lambda p: (_RANK.get(p["level"], 0), p["start"]))
            if article_place is None or _RANK.get(best["level"], 0) >= _RANK.get(article_place["level"], 0):
                return best
        # a long page whose articles could not be told apart: the place named last before
        if article_place is not None and a_end - a_start > self.long_article:
            nearest = [p for p in _between(usable, starts, max(a_start, s - self.window), s)
                       if p.get("level") in ("county", "city", "zone")]
            if nearest:
                return nearest[-1]
        return article_place

    def _article_place(self, in_article):
        in_article = [p for p in in_article if p.get("level") in ("county", "city", "province", "zone")]
        if not in_article:
            return None
        counts: dict[str, int] = {}
        for p in in_article:
            key = p.get("adcode") or p["text"]
            counts[key] = counts.get(key, 0) + _RANK.get(p["level"], 0)
        best = max(counts.values())
        main = next(p for p in in_article if counts[p.get("adcode") or p["text"]] == best)
        zones = [p for p in in_article if p["level"] == "zone" and main.get("adcode") and p.get("parent") == main["adcode"]]
        return zones[0] if zones else main               # an article naming its county's zone is about it

    def _when(self, s, sent_start, sent_end, a_start, a_end, dates, text):
        in_sentence = _between(self._dates, self._date_starts, sent_start, sent_end)
        if not in_sentence:
            # 截至今年10月末,…累计融资金额172.95亿元;涉农余额1729.96亿元: clauses after ； go on
            # the sentence before them
            in_sentence = _between(self._dates, self._date_starts, self._continued_from(text, sent_start), sent_start)
        before = [d for d in in_sentence if d["start"] < s] or in_sentence
        period = None
        year = None
        if before:
            d = before[-1]
            period = d["text"]
            year = _year(d)
            if year is None:
                yeared = [x for x in before if _year(x) is not None]
                year = _year(yeared[-1]) if yeared else None
        else:
            m = _PERIOD_WORD.search(text, sent_start, s)
            if m:
                period = m.group()
        cumulative = period is not None and _CUMULATIVE.match(period) \
            or bool(_CUMULATIVE_BEFORE.search(text, max(sent_start, s - 20), s))
        this_year = bool(before) and "今年" in period
        if year is None and (not cumulative or this_year):
            key = ("years", a_start, a_end)
            if key not in self._memo:
                self._memo[key] = [d for d in _between(self._dates, self._date_starts, a_start, a_end)
                                   if _year(d) is not None]
            yeared = self._memo[key]
            if yeared:
                k = bisect_left(self._memo.setdefault(("ystarts", a_start, a_end), [d["start"] for d in yeared]), s)
                year = _year(yeared[k - 1]) if k > 0 else None      # only a year stated before it
            if year is None and before and not _OTHER_YEAR.search(period):
                # a date without a year (今年以来, 截至6月底) is in the article's one stated year,
                # else in the year of the document's title (福建省2023年…典型经验做法)
                years = {_year(d) for d in yeared}
                year = years.pop() if len(years) == 1 else self._title_year
        return year, period

    def _continued_from(self, text, sent_start: int, hops: int = 3) -> int:
        """Start of the first of the sentences that the one at `sent_start` continues after a
        ；(same paragraph), else `sent_start`."""
        lo = sent_start
        for _ in range(hops):
            j = lo - 1
            while j >= 0 and text[j] in " \u3000\t":
                j -= 1
            if j < 0 or text[j] not in "；;":
                break
            i = bisect_right(self._sentences, j) - 1
            lo = max(self._sentences[i] if i >= 0 else 0, sent_start - self.reach)
        return lo

    def _year_of_title(self, articles) -> int | None:
        """The year stated in the document's first headline (its title), if any."""
        head = (articles[0].get("headline") or {}) if articles else {}
        if not head:
            return None
        years = [_year(d) for d in _between(self._dates, self._date_starts, head["start"], head["end"])]
        years = [y for y in years if y is not None]
        return years[0] if years else None

    # -- parts --------------------------------------------------------------------------

    def _parts(self, text, records, sentences):
        """其中 breakdowns: amounts after 其中 (in the same passage, before the next 。) are parts
        of the last amount before it; a part with no kind cue of its own takes its total's."""
        by_start = {r["start"]: r for r in records}
        ends = [r["end"] for r in records]
        for i, r in enumerate(records):
            floor = max(r["sentence_start"] - 200, 0)
            k = text.rfind("其中", floor, r["start"])
            if k < 0 or "。" in text[k:r["start"]]:
                continue
            j = bisect_right(ends, k) - 1
            if j >= 0 and j < i and k - records[j]["end"] <= 40:
                r["parts_of"] = records[j]["start"]
                if r["kind"] == "other":
                    r["kind"] = by_start[r["parts_of"]]["kind"]


# fixed patterns of the rules below, compiled once
_NOUN_AFTER_BOUND = regex.compile(r"[的及]|以上的|以下的|的标准|[\p{Han}]{2,}")
_CAP = regex.compile(r"最高|不超过|上限")
_STANDARD_AFTER = regex.compile(r"的?(?:标准|补助标准|为基数|为上限|为限)")
_HAN_AFTER = regex.compile(r"的?[\p{Han}]")
_NOUN_AFTER = regex.compile(r"的(?P<p>[\p{Han}]{2,12}?)(?=[，,；;。、等和及]|$)|(?P<q>“[^”]{1,12}”)")
_FRONT_WORDS = regex.compile(r"(?:共计|共|累计|合计|总计|达|为|约|近|超|超过|逾|资金|金额|规模|总额|额度|截至|截止到?|自)+")
_NO_HAN = regex.compile(r"[^\p{Han}]*")
_PERIOD_WORD = regex.compile(r"每年|近[一二三四五六七八九十两0-9]+年来?|全年|年内|累计")
_CUMULATIVE = regex.compile(r"累计|近[一二三四五六七八九十两0-9]+年")
_CUMULATIVE_BEFORE = regex.compile(r"累计|近[一二三四五六七八九十两0-9]+年来")
_OTHER_YEAR = regex.compile(r"[上去前明后]一?年")

#: a count: a number and a measure word (34家, 101 个, 3个, 两所), not an ordinal (第四)
_COUNT = (r"(?:(?<![第A-Za-z0-9０-９.])[0-9０-９]+(?:\.[0-9]+)?\s*(?:万|亿)?"
          r"|(?<![第一二三四五六七八九十百千两])(?:[两二三四五六七八九十百千]|一[十百千])[一二三四五六七八九十百千]*)"
          r"[余多]?\s*(?:个|件|家|户次|户|人次|人|项|笔|所|座|处|名|位|条|批|类|栋|间|台|辆|套|种|张|次|宗|只|头|亩|公顷|公里|千米|平方米|立方米|吨|千瓦)(?!性)")

_RANK = {"province": 1, "city": 2, "county": 3, "zone": 4, "township": 5, "village": 6}


def _between(items: list[dict], starts: list[int], lo: int, hi: int) -> list[dict]:
    """Items (sorted by start, `starts` their starts) with lo <= start < hi."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _year(d: dict) -> int | None:
    v = d.get("value")
    if v is None:
        return None
    try:
        return int(str(v))
    except ValueError:
        return None


def _sentence_of(pos: int, starts: list[int], n: int) -> tuple[int, int]:
    i = bisect_right(starts, pos) - 1
    start = starts[i] if i >= 0 else 0
    end = starts[i + 1] if i + 1 < len(starts) else n
    return start, end


def _clause_start(text: str, pos: int, floor: int) -> int:
    i = pos - 1
    while i >= floor and text[i] not in _CLAUSE_END:
        i -= 1
    return i + 1


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    return Linker()
