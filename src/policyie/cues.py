"""The record linker's vocabulary (data/records/cues.tsv) and the roles read with it.

Each function here reads one role around one amount, from plain text and offsets, and
returns what it found with a short reason (the `why` a user can print for a record):

* `measure` — the noun phrase an amount measures, right before it (教育支出, 省级专项资金);
* `kind` — from, in order: a rate or threshold (standard), an audit finding, the measured
  noun's head (支出 → expenditure), the clause's funding verb (下达 → transfer), a fund noun
  (spending);
* `purpose_after` — a purpose marker or verb after the amount (用于X, 支持X), also a few
  clauses on when the clauses between are the same list;
* `purpose_before` — 为X、用于X的、对X给予 before the amount;
* `fund_use` — what a fund's own name says it is for (茶博会筹备工作经费 → 茶博会筹备工作);
* `fund` — the fund named right before or after the amount;
* `beneficiary` — who receives it (惠及X, 为X发放, 向X下达, 对X给予, X受益).

Everything is a pure function of the text; the lexicon is read once and never changed, so
one `Cues` serves every thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from .lexicon import read_table
from .regexes import TOTAL_WORD, alternation, compiled

DATA_DIR = Path(__file__).parent / "data" / "records"
ROLES = ("head", "action", "audit", "marker", "verb", "fund", "plain", "given", "group", "actor", "measure", "link",
         "level", "remedy", "auditor", "receive", "fund_lead", "pivot", "unit",
         "anaphor", "mode", "source", "sample", "oversight", "relation", "recipient", "aggregate", "coverb",
         "fiscal", "section", "category", "not_coverb", "slogan", "payer", "who_column", "use_column",
         "built", "deed", "reference", "award", "dimension", "account", "adverb", "word_end", "earner", "treasury",
         "directive", "carry_out", "project", "pointer", "project_predicate", "hand_down", "transfer_name",
         "content_field", "done", "statistic", "payout", "member")

# structure words of the genre (grammar, not vocabulary)
# projects counted between a named one and a later reference (实施民生项目86个, 15个项目, 各类项目)
_COUNTED_PROJECTS = compiled(r"(?:项目|工程)[0-9０-９一二三四五六七八九十百千两]+[个项宗处]|"
                             r"[0-9０-９一二三四五六七八九十百千两]+[个项宗处](?:\p{Han}{0,8})(?:项目|工程)|[各类批些]项目")
# projects counted or pointed at as many (各项目, 重点项目等, 这些工程): no one project's name
_MANY_PROJECTS = compiled(r"[各等批些类]\p{Han}{0,2}$|^(?:各|全部|所有|一批|这些|上述)")
# a level of government as the subject before a verb (县里, 市级, 省财政): 县里落实X资金
# 在X方面/领域 before a fund's verb (县财政在水土保持方面投入资金): the field the money goes to
_FIELD_FRAME = compiled(r"在(?P<t>[^\s，,；;。：:、]{2,12}?)(?:方面|领域)")
# a field that only points back to what was said (上述, 这些, 以上, 此类): no use of its own
_FIELD_REFERENCE = compiled(r"(?:上述|以上|这些|这|此|该|各)")
_LEAD_SUBJECT = compiled(r"[省市县区乡镇村](?:里|级财政|级|财政)|[局厅委办署](?=\p{Han})")
# a member word that is a rate's denominator (人均分红, 每股分红): the payout is a standard
_PER_MEMBER = ("人均", "户均", "每")
# the scope an economy-wide statistic is stated for (全社会, 全年, 全县, 全年完成, 累计完成)
_SCOPE_LEAD = compiled(r"^(?:全社会|全年|全[省市县区州盟旗]|全域|累计|完成|实现|共)*")
# a negation before a purpose marker (资金不得用于X, 严禁用于): what the money may not be used for
_NEGATED = compiled(r"不得|不能|不准|不可|不许|不应|禁止|严禁")
_TRAILING = compiled(
    r"(?:(?:预计|累计|全年|全[市县省区]|同比|比上年|已经|已|可|将|共|分别|原则上|一般|实际)+"
    r"|(?:预计|累计|全年|全[市县省区]|同比|比上年|已经|已|可|将|共|分别|原则上|一般|实际)*"
    r"(?:完成|实现|达到|突破|到位|超过|增加|减少|增长|下降|增支|减收|调增|调减|需要|需|可得|获得|获|高达|在|"
    r"(?<=[已共累计])支出|(?:最高|最多|最低|单项|单个|每项)(?:补助|补贴|奖励|资金)?)"
    r"|(?:年初|调整后?|实际)?(?:决算数|预算数|执行数|完成数|预算|决算)(?:数)?"
    r"|(?:从|由|较|比)(?:[0-9]{4}年(?:底|末|初)?|去年|上年度?|前年|上一年|(?:去年|上年)?同期)的?"
    r"|(?:按照?|按)?每(?!年|月|季|天|日|周)[个位名户人村县乡镇所家亩项\p{Han}]{1,3}?(?:每[年月天日])?"
    r"|共计|合计|累计|总计|共|(?<![下到转抵送传表发通高直])达|约为|为|计|了|已经|已|分别为|分别|是|至|到|由|从|原则上|一般|"
    r"仅|只有|只|才|就|都|也|便|[:：]|[（(](?:约|共|计|合计)?|\s)+$")
_YEAR_TAIL = compiled(r"(?<=\p{Han})(?:[0-9]{4}年度?|今年|当年)$")
_FRONT = compiled(
    r"(?:至此|目前|日前|近日|近期|前不久|此前|随后|如今|当前|最近|同时|此外|另外|还有|例如|比如|原则上|预计|拟|共需|需要|若|如果|假如|倘若|当|凡|截至|截止到?|"
    r"该(?![市县区镇乡])|此|这|上述|"
    r"[市县区省]域内|辖区内|域内|实际|可用|年初|调整后|同期|人均|户均|每(?:个|位|名|户|人|村|县|亩|所|家)?[\p{Han}]{0,3}?(?=每|可|$)|[0-9０-９]{4}年度?|[一二三四五六七八九十0-9]+月份?(?:底|末|初|中旬|上旬|下旬)?|今年|去年|当年|全年|年内|本年度?|上年|近年来|"
    r"第[一二三四五六七八九十0-9]+批|[一二三四五六七八九十0-9]+批|[首本该此末]批|全[市县省区镇乡国]|各[地级市县区]|本级|我[市县区省镇乡]|该[市县区镇乡]|"
    r"其中|包括|主要|分别|先后|已经|已|还|又|再|将|累计|合计|总计|一次性|提前|紧急|专项|集中|单独|统筹|为此|"
    r"[上下]半年|前?[一二三四]季度|[上本下]季度|\s|[\"'‘’、：:（）()]|"
    # the tail of a list of places (A镇、B镇等7个乡镇村级组织运转经费): the count of units it closes with
    r"等[0-9０-９一二三四五六七八九十]+个(?:乡镇|镇|乡|村|县|区|市|社区|街道|县区|县（市、区）)(?:[（(][^）)]{1,4}[）)])?的?)+")
# an age band a rate applies to (80至89周岁, 90周岁以上, 百岁以上)
_AGE_BAND = compiled(r"[0-9０-９一二三四五六七八九十百]+(?:至|到|-|－|—|~|～)?[0-9０-９一二三四五六七八九十]*(?:周岁|岁)(?:以上|以下|及以上)?(?:老年?人)?$")
_TIME_INSIDE = compiled(r"年度内|年内|当年|全年|今年|去年|每年|本年度?|[上下]半年|前?[一二三四]季度|[上本下]季度")
# the same or a year inside a label (屯昌2024年度村集体经济收益分红 → 村集体经济收益分红; not a date:
# 自2025年1月1日起); a fund's name keeps its year (2025年农村公路养护资金, as the corpus writes it)
_TIME_OR_YEAR_INSIDE = compiled(rf"{_TIME_INSIDE.pattern}"
                                r"|(?<![自从于至到])(?:19|20)[0-9]{2}年度?(?![0-9０-９一二三四五六七八九十]{1,2}月|[底末初])")


def _in_list(text: str, m) -> bool:
    """Is the word an item of a 、 list (医疗救助、…; …、医疗救助等)?"""
    return text[m.end():m.end() + 1] in ("、", "等") or text[m.start() - 1:m.start()] == "、"


def _after_time_word(text: str, s: int, end: int, years: bool = False) -> int:
    """Past the last time word inside a phrase, if at least two characters follow
    (当合作银行年度内代偿金额 → 代偿金额); with `years`, a year too (a purpose's, not a fund's)."""
    last = None
    for m in (_TIME_OR_YEAR_INSIDE if years else _TIME_INSIDE).finditer(text, s, end):
        last = m
    if last is not None and end - last.end() >= 2 and last.start() > s:
        return last.end()
    return s


_STANDARD_TAIL = compiled(r"标准$")
# an adverb of time or aspect opening a predicate (已于5月拨付, 将于年底前, 均已到位; not 已 of
# 已流转土地的经营主体, a noun phrase)
_ASPECT_LEAD = compiled(r"(?:已|将|均已|均|都已)?于[0-9０-９一二三四五六七八九十上下本今年月日底前]|已经|正在|均已|都已")
_WHERE_TO = compiled(r"[到至给](?:户|人|位|卡|账|村|农户|个人|手中|本人)")
_ASIDE_END = compiled(r"[(（][^()（）]{1,10}[)）]\s*$")
_PER_HOLDER = compiled(r"(?:单|每)[个家笔项户台套次人宗所村]?")
_BARE_FUND = compiled(r"(?:(?:中央|省级)?(?:预算内)?(?:基建)?投资|资金|经费|基金|资金池)$")
_PARTICLE = compiled(r"(?:在|对|向|为|由|从|将|把|给|以|按照|按|通过|依据|根据|和|及|与|或|的)$")
_NUMBERISH = compiled(r"[0-9０-９.]")
_HAN = compiled(r"\p{Han}")
_NAME_WORD = compiled(r"[\p{Han}A-Za-z]+")


@dataclass(frozen=True)
class Found:
    """A phrase found for a role: offsets into the text and why it was chosen."""
    start: int
    end: int
    text: str
    why: str


# what opens a phrase after an amount that is no award's name (2万元至5万元不等的奖励, 1000元作为…,
# 3000元到户补助, 2000元标准的…)
_AWARD_NOT_NAME = r"不等|作为|用作|到户|到人|以内|以上|以下|左右|标准"
# a use that only points to a list after it (主要用于以下方面：一是…, 以下方面的支出)
_POINTS_ON = compiled(r"(?:以下|如下|下列)(?:几个|几|[一二三四五六七八九十])?个?(?:方面|领域|项目|用途|内容|事项)")
# the end of a list of places a purpose was cut after (等乡镇, 等12个乡镇（街道）, 等地): only the units
_LEADING_TAIL = compiled(r"等(?:地区?|[0-9０-９一二三四五六七八九十两]*个?(?:乡镇[（(]街道[）)]|乡镇|镇街|街道|镇|乡|村|社区|县区|县|市|区|省))"
                         r"(?![\p{Han}]{0,1}(?:级|长|委))")
# a phrase made only of how money is given (一次性奖补, 给予补助, 专项补助资金): no use
GIVING_ONLY = compiled(r"\s*(?:拟|给予|共|一次性|专项|财政)*(?:奖补|补助|补贴|奖励|资助|扶持|救助)(?:资金)?\s*")


@dataclass
class Cues:
    """The linker's vocabulary by role (see cues.tsv) and the patterns built from it."""
    words: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: str | Path = DATA_DIR / "cues.tsv") -> "Cues":
        return cls.from_rows(read_table(path))

    @classmethod
    def from_rows(cls, rows) -> "Cues":
        words: dict[str, dict[str, str]] = {r: {} for r in ROLES}
        for row in rows:
            role, word = row[0].strip(), row[1].strip() if len(row) > 1 else ""
            if role not in words or not word:
                raise ValueError(f"cues: unknown role or empty word in row {row!r} (roles: {', '.join(ROLES)})")
            words[role][word] = row[2].strip() if len(row) > 2 else ""
        return cls(words)

    def to_rows(self) -> list[list[str]]:
        return [[role, w, k] for role in ROLES for w, k in self.words.get(role, {}).items()]

    def __post_init__(self) -> None:
        w = {r: self.words.get(r, {}) for r in ROLES}
        self._head_end = compiled(rf"(?:{alternation(w['head'])})$") if w["head"] else None
        self._fund_end = compiled(rf"(?:{alternation(w['fund'])})$")
        self._word_end = compiled(rf"(?:{alternation(w['word_end'])})$") if w["word_end"] else None
        self._fund_any = compiled(alternation(w["fund"]))
        self._earner = compiled(alternation(w["earner"])) if w["earner"] else None
        self._treasury = compiled(alternation(w["treasury"])) if w["treasury"] else None
        self._unit_start = compiled(alternation(w["unit"])) if w["unit"] else None
        self._member_end = compiled(rf"(?:{alternation(w['member'])})的?$") if w["member"] else None
        self._content_field = compiled(rf"(?:{alternation(w['content_field'])})[：:]\s*") if w["content_field"] else None
        transfers = [a for a, k in w["action"].items() if k == "transfer"]
        self._transfer_verb = compiled(alternation(transfers)) if transfers else None
        funding = [a for a, k in w["action"].items() if k in ("spending", "transfer", "investment", "revenue")]
        self._only_verbs = compiled(
            rf"(?:{alternation(list(w['given']) + list(w['link']) + funding + list(w['verb']))}|按照?|依照|根据)+")
        self._level_any = compiled(alternation(list(w["level"]) + ["中央", "省级", "市级", "县级", "乡级", "镇级",
                                                                       "村级", "本级", "上级", "地方"]))
        self._payer = compiled(rf"财政|{alternation(w['level'])}")
        self._sample = compiled(rf"(?:{alternation(w['sample'])})(?!发现|中|出)") if w["sample"] else None
        self._source = compiled(alternation(w["source"])) if w["source"] else None
        self._source_any = compiled(alternation(w["source"])) if w["source"] else None
        self._source_end = compiled(rf"(?:{alternation(w['source'])})(?:折资|资金|投入|出资)?$") \
            if w["source"] else None
        self._oversight = compiled(alternation(w["oversight"])) if w["oversight"] else None
        self._relation = compiled(alternation(w["relation"])) if w["relation"] else None
        self._action = compiled(alternation(w["action"]))
        self._audit = compiled(alternation(w["audit"]))
        self._remedy = compiled(alternation(w["remedy"])) if w["remedy"] else None
        self._receive = compiled(rf"(?:{alternation(w['receive'])})(?!得)") if w["receive"] else None
        self._fund_lead = compiled(rf"(?:{alternation(list(w['fund_lead']) + list(w['receive']))})+") \
            if w["fund_lead"] or w["receive"] else None
        # who acts before a fund's leading verb: a level (县里, 市级财政), or the last character of
        # a body whose name ends before it (该局还落实…资金: 局), and the adverbs after it
        self._lead_subject = compiled(rf"(?:{_LEAD_SUBJECT.pattern})(?:{alternation(w['adverb'])})*") \
            if w["adverb"] else _LEAD_SUBJECT
        outputs = [h for h, k in w["head"].items() if k == "output"]
        self._output_head = compiled(alternation(outputs)) if outputs else None
        self._auditor = compiled(alternation(w["auditor"])) if w["auditor"] else None
        self._actor = compiled(alternation(w["actor"]))
        self._coverb_end = compiled(rf"(?:{alternation(w['coverb'])})$") if w["coverb"] else None
        self._category_end = compiled(rf"(?:{alternation(w['category'])})$") if w["category"] else None
        self._slogan_start = compiled(alternation(w["slogan"])) if w["slogan"] else None
        self._section_end = compiled(rf"(?:{alternation(w['section'])})$") if w["section"] else None
        self._not_coverb_end = compiled(rf"(?:{alternation(w['not_coverb'])})$") if w["not_coverb"] else None
        self._fiscal_end = compiled(rf"(?:{alternation(w['fiscal'])})$") if w["fiscal"] else None
        lead = r"[\s，,]*(?:[^，,；;。！？!?\n]{0,10}?)"
        body = r"(?:(?!、[0-9０-９])[^，,；;。！？!?\n]|(?<=[0-9])[,，](?=[0-9]{3}))"
        self._marker = compiled(alternation(w["marker"])) if w["marker"] else None
        self._after_marker = compiled(
            rf"{lead}(?<![\p{{Han}}&&[^由将已并又主要全部重点统筹专项专门集中具体]])(?P<m>{alternation(w['marker'])})"
            rf"(?P<p>{body}{{2,60}})")
        # 投入380万元，为1200户低保家庭实施厨厕改造: 厨厕改造 (and who, for the beneficiary)
        self._for_whom = compiled(
            rf"[\s，,]*[^，,；;。！？!?\n为向给]{{0,6}}?(?:为|向|给)[^，,；;。！？!?\n]{{1,24}}?"
            rf"(?P<m>{alternation(list(w['given']) + list(w['verb']) + list(w['action']))})(?P<p>{body}{{2,40}})")
        # 领取2.4万元的安家补贴: the thing the amount is the value of
        # (总投资5亿元的县城供水厂迁建项目已完工: the project, before what is said of it)
        predicates = alternation([x for x in w["project_predicate"] if len(x) >= 2] + ["已"])
        self._object_after = compiled(rf"(?:/[\p{{Han}}]+)?的(?P<p>[\p{{Han}}“”]{{2,16}}?)(?=[，,；;。、等和及]|$|{predicates})")
        # 按每床每月200元的标准给予护理补助: 护理补助
        self._given_after = compiled(
            rf"[\s，,]*(?:的)?(?:补助|补贴|奖励|资助)?(?:标准)?(?P<m>给予|发放|补助|奖励|补贴)(?P<p>{body}{{2,30}})")
        # between an amount (or the fund named after it) and its purpose verb: adverbs (重点, 精准),
        # 由X统筹, and a headline's figure of speech in quotes (5600万元“真金白银”扶持X)
        adverbs = (r"[\s，,]*(?:[\p{Han}“”]{0,12}?(?:资金|经费|专项|补助|补贴|债券|专项债))?"   # 2亿省级补助资金改善…
                   rf"(?:{alternation(w['adverb'])}|由[\p{{Han}}]{{1,6}}?统筹|[“\"][\p{{Han}}]{{2,6}}[”\"])*")
        self._after_verb = compiled(
            rf"{adverbs}(?P<p>(?:{alternation(w['verb'])}){body}{{1,60}})")
        # a headline's verb in quotes (1.36亿元财政资金“护航”春耕生产): what follows it
        self._after_quoted_verb = compiled(
            rf"{adverbs}[“\"](?:{alternation(w['verb'])})[”\"](?P<p>{body}{{2,60}})")
        self._plain_front = compiled(rf"(?:{alternation(w['plain'])}|的|和|及|\s)+")
        self._plain_end = compiled(rf"(?:{alternation(w['plain'])}|资金|经费|基金|金|的)+$")
        # the level that pays and the plain words after it, ending a fund's use (…养护|省级补助)
        self._payer_tail = compiled(rf"(?:{alternation(w['payer'])})(?:{alternation(w['plain'])})*$") \
            if w["payer"] else None
        self._given = compiled(alternation(w["given"]))
        # a part of an account opening a line or a cell: 一、收入 / 收入项目 本期金额 / |支出|
        # (a heading: numbered, or named a part, or alone on its line; never a header row's column:
        # 月份 收入 支出)
        self._account = compiled(
            rf"^[ \t\u3000|｜]*(?:[一二三四五六七八九十]{{1,2}}[、.．]|[(（][一二三四五六七八九十]{{1,2}}[)）])"
            rf"[ \t\u3000]*(?P<w>{alternation(w['account'])})(?:项目|情况|部分|明细|类)?(?=[\s:：|｜（(]|$)"
            rf"|(?:^|(?<=[\s|｜]))(?P<w>{alternation(w['account'])})(?:项目|情况|部分|明细)(?=[\s:：|｜（(]|$)"
            rf"|^[ \t\u3000]*(?P<w>{alternation(w['account'])})[ \t\u3000:：]*$", regex.M) if w["account"] else None
        # 给予5000元一次性创业补贴: a giving verb just before the amount (each, a cap or 一次性
        # between), and the award's name right after it, ending in a word of giving
        self._given_before = compiled(rf"(?:{alternation(w['given'])})(?:每\p{{Han}}{{1,2}}|最高|最多|不超过|"
                                      rf"一次性|共|合计|各|\s)*$")
        self._award_end = compiled(rf"(?:{alternation(w['award'])})$") if w["award"] else None
        self._award_after = compiled(rf"的?(?!{_AWARD_NOT_NAME})(?P<p>[^\P{{Han}}的]{{1,14}}?(?:{alternation(w['award'])}))"
                                     rf"(?=[，,；;。、）)]|$)") if w["award"] else None
        self._group_end = compiled(rf"(?:{alternation(w['group'])})$")
        self._directive_end = compiled(rf"(?:{alternation(w['directive'])})$") if w.get("directive") else None
        # a clause that carries out a programme (继续实施X, 全面落实X政策): a word or two, the verb, X
        self._carried_out = compiled(
            rf"[ \u3000]*(?:今年|同时|此外)?[，,]?(?![对向给为])\p{{Han}}{{0,2}}?(?:{alternation(w['carry_out'])})"
            r"(?P<x>[^，,；;。：:]{2,24}?)(?:政策|工作)?[ \u3000]*") if w.get("carry_out") else None
        self._verb = compiled(alternation(w["verb"]))
        self._link = compiled(alternation(w["link"]))
        self._done = compiled(alternation(w["done"])) if w["done"] else None
        self._generic = set(w["plain"]) | set(w["measure"]) | set(w["level"]) | set(w["dimension"]) \
            | {"项目", "工程", "工作", "资金", "补助", "补贴", "奖励", "经费"}
        # (an investment after the level or the fiscal word that pays it: 市级财政投资, 县级投入 —
        # but 中央资金, 市级资金 name a part by its source)
        payers = alternation(list(w["payer"]) + list(w["fiscal"])) if w["payer"] or w["fiscal"] else None
        self._measure_only = compiled(
            rf"(?:项目)?(?:{alternation(w['measure'])})" + (rf"|(?:{payers})+(?:投资|投入)" if payers else ""))
        self._built = compiled(rf"(?:新|已)?(?:{alternation(w['built'])})的") if w["built"] else None
        self._deed = compiled(rf"(?P<p>(?:新|已|当年|按期|首次)?(?:{alternation(w['deed'])})\p{{Han}}{{2,14}}?)"
                              rf"的\p{{Han}}{{1,12}}") if w["deed"] else None
        self._reference = compiled(rf"(?:{alternation(w['reference'])})|略$|[—-]+$") if w["reference"] \
            else compiled(r"略$|[—-]+$")
        self._use_column = compiled(rf"(?:{alternation(w['use_column'])})(?:[（(][^）)]*[）)])?") \
            if w["use_column"] else compiled("$^")
        self._who_column = compiled(alternation(w["who_column"])) if w["who_column"] else compiled("$^")
        self._header_cell = compiled(
            rf"\p{{Han}}{{0,2}}?(?:{alternation(w['given'])})?(?:{alternation(w['measure'])}|标准)(?:[（(][^）)]{{1,6}}[）)])?")
        self._measure_tail = compiled(rf"(?:{alternation(w['measure'])})$")
        self._fund_after = compiled(
            rf"(?P<f>[\p{{Han}}“”]{{0,16}}?(?:{alternation(w['fund'])}))"
            rf"(?=[^\p{{Han}}0-9]|$|(?:{alternation(w['adverb'])})*(?:{alternation(list(w['verb']) + list(w['marker']) + list(w['action']))}))")
        group = alternation(w["group"])
        self._beneficiary = compiled(
            rf"(?:惠及|覆盖|帮助|资助|救助|扶持|为|向|对|给|由)(?P<b>[^，,；;。！？!?\n为向对给由]{{1,24}}?(?:{group}))"
            rf"(?=(?:提前|及时|已|分别|累计|再|共|一次性)?(?:{alternation(w['given'])}|统筹|整合)|[，,；;。]|受益|$)")
        # 为辖区小微企业偿还到期贷款: the group 为 names, before the verb of its use
        self._beneficiary_for = compiled(
            rf"(?:为|给)(?P<b>[^，,；;。！？!?\n为向对给由]{{1,24}}?(?:{group}))(?=(?:{alternation(w['verb'])}))")
        self._receiver_head = compiled(
            rf"[^，,；;。！？!?\n]{{1,14}}?(?:{alternation(w['recipient'])})(?=\p{{Han}})") if w["recipient"] else None
        self._group_start = compiled(alternation(w["group"]))
        self._beneficiary_before = compiled(rf"(?P<b>[^，,；;。！？!?\n]{{1,16}}?(?:{group}))(?:将从中|从中)?受益")
        self._mode = compiled(rf"(?:{alternation(w['mode'])})") if w["mode"] else None
        self._mode_end = compiled(rf"(?:{alternation(w['mode'])})$") if w["mode"] else None
        schemes = [m for m, k in w["mode"].items() if k == "scheme"]
        self._scheme_end = compiled(rf"(?:{alternation(schemes)})$") if schemes else None
        # 这笔资金重点用于X / 据介绍，此次下达的资金主要用于X: a sentence whose subject is money named before
        self._anaphor_word = compiled(alternation(w["anaphor"])) if w["anaphor"] else None
        # what makes a giving verb the head of a noun (补贴标准, 补助资金, 补贴对象, 补助面积)
        self._noun_after = compiled(alternation([*w["section"], *w["fund"], *w["dimension"]]) or "(?!)")
        if w["project"] and w["project_predicate"]:
            project = alternation(w["project"])
            pointer = alternation(w["pointer"]) if w["pointer"] else "(?!)"
            # a clause opened by a project noun, bare or pointed at (该项目总投资…, 项目采购预算…)
            self._project_ref = compiled(rf"[\s　]*(?:{pointer})?(?:{project})(?!名称|库|单位|建设单位|实施单位)")
            # a project as its clause's subject: 9月18日，X项目在…开标, X工程近日通过验收 (the group
            # `v` holds the predicate when it is one that names the project, else the name is
            # another project's, which a later 该项目 may mean as well: never skipped)
            self._project_named = compiled(
                rf"(?:^|(?<=[，,。；;：:\n）)】]))[\s　]*(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日[，,]?|近日|日前|目前|今年)?"
                rf"(?P<p>(?:(?!{project})[^\s　，,。；;：:\n0-9０-９（）()]){{3,40}}(?:{project}))"
                rf"(?=(?P<v>{alternation(w['project_predicate'])})?)", regex.M)
        else:
            self._project_ref = self._project_named = None
        self._anaphor = compiled(
            rf"(?:[^，,。；;！？!?\n0-9]{{1,14}}[，,：:])?\s*(?:(?:{alternation(w['anaphor'])})[^，,。；;！？!?\n0-9]{{0,8}}?)?"
            rf"(?:{alternation(w['fund'])})") if w["anaphor"] else None
        # 支持全市4047户农户改造提升住房条件: a verb whose object receives and whose second verb says
        # what for (a pivotal phrase); the receiver ends in a group or a unit of government
        if w["pivot"]:
            self._pivot = compiled(alternation(w["pivot"]))
            self._pivot_end = compiled(rf"(?:{alternation(w['pivot'])})$")
            receivers = alternation(list(w["group"]) + list(w["unit"]))
            then = alternation(list(w["verb"]) + list(w["action"]))
            self._receiver = compiled(
                rf"(?P<b>[^，,；;。！？!?\n]{{0,20}}?(?:{receivers}))(?=(?:{then}))")
            self._verbs_only = compiled(rf"(?:{then})+")
            # …等地, …等9个乡镇, …等沿海乡镇: the end of a list of places
            units = alternation(list(w["unit"]))
            self._unit_end = compiled(rf"(?:{units})$")
            self._places_tail = compiled(
                rf"等地(?:区|方)?|等?[两三四五六七八九十]地|(?:等[\p{{Han}}]{{0,3}}?|等?[0-9一二三四五六七八九十两]+个?)"
                rf"(?:{units}|省|自治区)(?!{units})")
            self._pivot_counted = compiled(
                rf"(?:{alternation(w['pivot'])})(?P<c>[0-9０-９一二两三四五六七八九十百千万余多]+[个户名家所位]?)$")
        else:
            self._pivot = self._places_tail = None
            self._verbs_only = compiled(r"(?!)")
        self._verb_end = compiled(rf"(?:{alternation(w['verb'])})$")

    # -- the measured noun ---------------------------------------------------------------

    def measure(self, text: str, lo: int, start: int, skip_to: dict[int, int] | None = None,
                verbs: bool = False) -> Found | None:
        """The noun phrase right before the amount at `start` (in text[lo:start]): after the
        clause's last funding verb (with `verbs`, also purpose verb) or particle, without a
        leading time, scope or entity."""
        left = text[lo:start]
        trail = _TRAILING.search(left)
        end = lo + (trail.start() if trail else len(left))
        if "年" in text[max(lo, end - 2):end]:
            year = _YEAR_TAIL.search(text, max(lo, end - 6), end)
            if year is not None:                 # 教育支出2024年为32.1亿元: the line, then its year
                end = year.start()
        aside = _ASIDE_END.search(text, lo, end)
        if aside is not None and aside.start() - lo >= 2 and _HAN.match(text, aside.start() - 1):
            end = aside.start()                  # 补助资金（第二批）18650万元: the name before its aside
        if end <= lo:
            return None
        colon = max(text.rfind("：", lo, end), text.rfind(":", lo, end))
        if colon >= 0 and end - colon > 2:
            lo = colon + 1                   # 支出：道路维护 8,500.00: a section label is no part of the noun
        cell = max(text.rfind("|", lo, end), text.rfind("｜", lo, end), text.rfind("\t", lo, end))
        if cell >= 0 and end - cell > 2:
            lo = cell + 1                    # |上级扶持资金100万元: a table cell's own words
        head = self._head_end.search(text, lo, end) if self._head_end else None
        fund = self._fund_end.search(text, lo, end)
        standard = _STANDARD_TAIL.search(text, lo, end)
        tail = max((m for m in (head, fund, standard) if m), key=lambda m: m.end() - m.start(), default=None)
        stop = tail.start() if tail else end
        s = lo
        verb_at_end = None
        first_only = fund is not None and tail is fund     # a fund's name holds cue nouns (担保贷款贴息资金)
        for m in self._action.finditer(text, lo, stop):
            if _in_list(text, m) or (m.end() == stop and tail is not None and self._nominal(text, m)):
                continue                              # 低保、医疗救助等补助, 补助标准: a noun
            earlier = self._fund_any.match(text, m.end()) if first_only and m.group() in self.words["award"] else None
            if earlier is not None and earlier.end() < stop:
                continue                              # 通过惠民补贴资金“一卡通”…发放X资金: an earlier fund's name
            if first_only and s > lo and m.start() != s:
                break                                 # (追加下达X资金: one verb group)
            if m.end() < end or not self._nominal(text, m):   # 发放…等补助: a last word that is a noun
                s = max(s, m.end())
                if m.end() == end:
                    verb_at_end = m
        for m in self._link.finditer(text, lo, stop):
            if m.end() < end:
                s = max(s, m.end())
        for m in self._audit.finditer(text, lo, stop):
            if m.end() < end:
                s = max(s, m.end())
        if verbs:                                  # the work of a clause: after its first verb
            first = self._verb.search(text, s, stop)
            if first is not None and first.end() < end - 1:
                s = max(s, first.end())
        for i in range(stop - 1, s - 1, -1):       # 向某市, 对某县: a particle before a place or body
            if (i + 1) in (skip_to or {}) and _PARTICLE.match(text, i, i + 1) and text[i] not in "和及与的" \
                    and (skip_to or {})[i + 1] < end:
                s = max(s, i + 1)
                break
        pct = text.rfind("%", lo, end)
        if pct >= s:
            s = pct + 1                              # never reach back over a percentage
        if verb_at_end is not None:
            # 基本公共卫生服务投入4632万元: the thing before the verb is what the amount is for
            topic = self.subject(text, lo, verb_at_end.start(), skip_to or {})
            if topic is not None:
                return Found(topic.start, topic.end, topic.text, "the topic before the verb")
            return None
        s = self._skip_front(text, s, end, skip_to or {})
        s = _after_time_word(text, s, end)
        if (skip_to or {}).get(s, -1) >= end:
            return None                            # only a body or place
        if end - s < 1 or not _HAN.search(text, s, end) or self.only_framing(text[s:end]):
            return None
        return Found(s, end, text[s:end], "the noun right before the amount")

    def subject(self, text: str, lo: int, hi: int, skip_to: dict[int, int]) -> Found | None:
        """The noun phrase of text[lo:hi] that a verb after it acts on (琼中绿橙实现产值 →
        琼中绿橙; 为农户提供农机作业服务投入 → 农机作业服务)."""
        trail = _TRAILING.search(text, lo, hi)
        if trail and trail.start() > lo:
            hi = trail.start()
        for pattern in (self._link, self._action):
            last = None
            for m in pattern.finditer(text, lo, hi):
                last = m
            if last is not None and last.end() == hi and last.start() >= lo:
                hi = last.start()                  # 涉及金额: the verb is not the subject
        s = lo
        for pattern in (self._action, self._link):
            for m in pattern.finditer(text, lo, hi):
                if m.end() < hi and not _in_list(text, m):
                    s = max(s, m.end())
        s = self._skip_front(text, s, hi, skip_to)
        s = _after_time_word(text, s, hi)
        if skip_to.get(s, -1) >= hi:
            return None                            # only a body or place (霞浦县财政局安排…)
        if hi - s < 2 or not _HAN.search(text, s, hi) or self.only_framing(text[s:hi]) \
                or text[s] in "向给对为从由" or self.generic(text[s:hi]) or _PER_HOLDER.fullmatch(text, s, hi):
            return None                            # (单笔贷款额度: 单笔 says per what, not of what)
        field = _FIELD_FRAME.match(text, s, hi)
        if field is not None:
            # 在X方面(共/累计): the field X, not the frame; none where X only points back (在上述方面)
            if _FIELD_REFERENCE.match(field.group("t")):
                return None
            return _found(text, field.start("t"), field.end("t"), "the field its money goes to (在X方面)")
        return _found(text, s, hi, "the subject the measure is of")

    def cut_at_link(self, text: str, lo: int, hi: int) -> int | None:
        """Where the last link verb (实现, 享受 …) of text[lo:hi] starts, if any."""
        last = None
        for m in self._link.finditer(text, lo, hi):
            last = m
        return last.start() if last is not None else None

    def _names_with(self, text: str, place_end: int, end: int) -> bool:
        """Does a place and the one or two characters after it name one thing (古田银耳,
        琼中绿橙), rather than a place followed by a verb or a measure (黄山市投入)?"""
        rest = text[place_end:end]
        cut = len(rest)
        for pattern in (self._link, self._action, self._measure_tail, self._head_end, self._fund_end):
            if pattern is None:
                continue
            m = pattern.search(rest)
            if m:
                cut = min(cut, m.start())
        word = rest[:cut]
        return 1 <= len(word) <= 2 and bool(_NAME_WORD.fullmatch(word)) \
            and not _FRONT.fullmatch(word) and not _PARTICLE.search(word)

    def _nominal(self, text: str, m) -> bool:
        """Is the action word ending a phrase its head noun (…等补助, 卫生类投入)?"""
        return m.group() in self.words["given"] and m.group() not in ("发放", "拨付", "下达", "下拨", "提供", "分配") \
            or text[m.start() - 1:m.start()] in ("类", "的") or text[max(0, m.start() - 2):m.start()] in ("方面", "领域")

    def is_unit(self, word: str | None) -> bool:
        """Is the word a unit of government or settlement that can receive money (县, 村, 乡镇;
        a rate per such a unit, 每县1000万元, shares an allocation out)?"""
        return bool(word) and (word in self.words["unit"] or bool(self._unit_end.search(word)))

    def names_group(self, phrase: str) -> bool:
        """Does the phrase end in a group of receivers (…的企业, 困难群众, 12个村)?"""
        return bool(self._group_end.search(phrase))

    def starts_with_unit(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] open with a unit of government or settlement (村, 乡镇 …; role unit)?"""
        return self._unit_start is not None and self._unit_start.match(text, lo, hi) is not None

    def generic(self, phrase: str) -> bool:
        """Is the phrase only generic words (项目, 资金, 市本级, 中央补助) that say nothing of a use?"""
        phrase = _BRACKETED.sub("", "".join(phrase.split())).strip("“”\"")    # 资金（第二批）: 资金
        return phrase in self._generic or bool(self._plain_end.fullmatch(phrase))

    def account_parts(self, text: str) -> list[tuple[int, str]]:
        """The headings of an account's parts in `text` (一、收入, 支出项目, 收入情况), with the kind
        of the rows under each, in order; none unless the text has parts of two kinds."""
        if self._account is None:
            return []
        found = [(m.start(), self.words["account"][m.group("w")]) for m in self._account.finditer(text)]
        return found if len({k for _, k in found}) >= 2 else []

    @staticmethod
    def points_on(phrase: str) -> bool:
        """Does the phrase only point to a list after it (以下方面：, 如下几个方面)?"""
        return _POINTS_ON.match(phrase) is not None

    def dimension(self, phrase: str) -> bool:
        """Is the phrase only a size or scope (面积, 人数, 对象): what a verb of giving before it
        makes a compound noun of (补贴面积), never a use?"""
        return phrase in self.words.get("dimension", {})

    def carried_out(self, text: str, lo: int, hi: int) -> Found | None:
        """The programme a clause text[lo:hi] carries out (继续实施困难群众临时救助制度 →
        困难群众临时救助制度), or None: not a generic word or a directive (执行上级决策部署)."""
        m = self._carried_out.fullmatch(text, lo, hi) if self._carried_out else None
        if m is None or self.generic(m.group("x")) or self.directive(m.group("x")) or self.names_group(m.group("x")):
            return None
        return Found(m.start("x"), m.end("x"), m.group("x"), "what the clause before carries out (实施X，每生每天补助5元)")

    def directive(self, phrase: str) -> bool:
        """Does the phrase end in a directive or an instruction (上级决策部署, 县委县政府工作要求,
        会议精神), which a clause carries out without naming a programme?"""
        return bool(self._directive_end and self._directive_end.search(phrase))

    def only_framing(self, phrase: str) -> bool:
        """Is the phrase only time, scope and discourse words (2021年原则上, 至此, 目前)?"""
        return bool(_FRONT.fullmatch(phrase)) or bool(_TRAILING.fullmatch(phrase))

    def _skip_front(self, text: str, s: int, end: int, skip_to: dict[int, int]) -> int:
        for _ in range(8):
            moved = False
            if s in skip_to and skip_to[s] < end and not self._names_with(text, skip_to[s], end) \
                    and not self.only_verbs(text[skip_to[s]:end]):      # 龙胜镇污水处理厂扩建: its object
                s = skip_to[s]
                moved = True
            m = _FRONT.match(text, s, end)
            if m and m.end() > s and m.end() < end:
                s = m.end()
                moved = True
            elif moved and text[s:s + 1] in ("和", "及", "与", "、") and (s + 1) in skip_to:
                s += 1                                # 贾宋、和阳和史召…: the next name of the list
            if not moved:
                break
        return s

    # -- kind ------------------------------------------------------------------------------

    def head_kind(self, phrase: str, lead: str = "") -> str | None:
        """The kind of a measured noun by its head (人均可支配收入 → output, 教育支出 → expenditure);
        none when a longer fund noun ends it (中央预算内投资 is a fund, not an investment). `lead`:
        the words written right before the phrase (人均 before 分红)."""
        phrase = phrase.rstrip("”」』\"")        # “茶园贷”: a product's name in quotes, its head inside
        m = self._head_end.search(phrase) if self._head_end else None
        if not m:
            return None
        f = self._fund_end.search(phrase)
        if f and f.end() - f.start() > m.end() - m.start():
            return None
        kind = self.words["head"][m.group()]
        member = self._member_end.search(lead + phrase[:m.start()]) \
            if m.group() in self.words["payout"] and self._member_end is not None else None
        if member is not None:                # 村民分红, 人均分红: a collective's income paid out to its members
            return "standard" if member.group().startswith(_PER_MEMBER) else "spending"
        earner = None
        if kind == "revenue" and self._earner is not None:
            for earner in self._earner.finditer(phrase, 0, m.start()):
                pass
        if earner is not None and not (self._treasury and self._treasury.search(phrase, earner.end(), m.end())):
            return "output"                   # 茶农人均茶叶收入, 景区门票收入: who earns it is no treasury
        return kind

    def output_head_in(self, text: str, lo: int, hi: int) -> str | None:
        """An income or output noun (可支配收入, 产值, 增收 …) anywhere in text[lo:hi]."""
        if self._output_head is None:
            return None
        m = self._output_head.search(text, lo, hi)
        return m.group() if m else None

    def audit_cue(self, text: str, lo: int, hi: int):
        return self._audit.search(text, lo, hi)

    def paid_object(self, text: str, lo: int, hi: int) -> Found | None:
        """The money a finding's verb takes as its object, right after it (虚报冒领公益性岗位补贴,
        违规发放津补贴22人次 → 津补贴): a fund or a subsidy, else None."""
        verb = self._action.match(text, lo, hi)
        if verb is not None:
            lo = verb.end()
        obj = _found(text, lo, hi, "the object of the finding")
        if obj is None or not (self._fund_end.search(obj.text) or (self._mode and self._mode_end.search(obj.text))):
            return None
        return obj

    def verb_at(self, text: str, lo: int, hi: int) -> int:
        """Where the phrase at `lo` goes on after a purpose verb opening it (支持X → X), or `lo`."""
        m = self._verb.match(text, lo, hi)
        return m.end() if m and hi - m.end() >= 2 else lo

    def statistic(self, phrase: str) -> bool:
        """Is the phrase an economy-wide statistic (全社会固定资产投资, 社会消费品零售总额), whose
        amount is spent on nothing in particular? A scope word before it (全社会, 全年, 全县) is
        allowed; a project's own investment (某项目固定资产投资) is not such a statistic."""
        words = self.words["statistic"]
        return bool(words) and _SCOPE_LEAD.sub("", phrase.strip("“”\"")) in words

    def aggregate(self, phrase: str) -> bool:
        """Is the phrase a budget aggregate, not a sector (本级, 转移性, 政府性基金)?"""
        return phrase.strip("“”\"") in self.words["aggregate"]

    def only_verbs(self, phrase: str) -> bool:
        """Is the phrase only verbs and particles (给予, 按照, 享受): no purpose at all?"""
        return bool(self._only_verbs.fullmatch(phrase))

    def names_payer(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] name who pays by its level of government (市级财政补助, 县级配套)?"""
        return bool(self._payer.search(text, lo, hi))

    def sampled(self, text: str, lo: int, hi: int):
        """A word saying an audit covered the money (抽查, 审计涉及) in text[lo:hi], or None."""
        return self._sample.search(text, lo, hi) if self._sample else None

    def audit_cues(self, text: str, lo: int, hi: int):
        return self._audit.finditer(text, lo, hi)

    def received(self, text: str, lo: int, hi: int):
        """A verb by which a place receives money (分得, 获得 …) in text[lo:hi], the last one."""
        last = None
        for last in self._receive.finditer(text, lo, hi) if self._receive else ():
            pass
        return last

    def fund_name(self, text: str, phrase: Found) -> Found | None:
        """A fund's name without the words before it that are not part of it: a receiving verb
        (鹿邑县分得资金), a leading 将/使用/管理的 (将医疗救助资金), a joining word right after
        another amount (4280万元和县级财政资金, but 和美乡村建设资金); None if little is left."""
        lo = phrase.start
        verb = self.received(text, phrase.start, phrase.end)
        if verb is not None and verb.end() < phrase.end:
            lo = verb.end()
        subject = self._lead_subject.match(text, lo, phrase.end) if self._fund_lead else None
        if subject is not None and self._fund_lead.match(text, subject.end(), phrase.end):
            lo = subject.end()                  # 县里落实稳岗扶持资金: the level that acts, then its verb
        lead = self._fund_lead.match(text, lo, phrase.end) if self._fund_lead else None
        if lead and lead.end() < phrase.end:
            lo = lead.end()
        while lo < phrase.end and (text[lo] in "的、，, " or (text[lo] in "和及与并" and lo > 0
                                                                and text[lo - 1] in "元0123456789")):
            lo += 1
        if phrase.end - lo < 2:
            return None
        return phrase if lo == phrase.start else Found(lo, phrase.end, text[lo:phrase.end], phrase.why)

    def remedy(self, text: str, lo: int, hi: int):
        """A remedy an audit reports (追回, 归还原渠道, 整改) in text[lo:hi]."""
        return self._remedy.search(text, lo, hi) if self._remedy else None

    def audit_report(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] report an audit (审计发现, 审计署, 经审计 …)?"""
        return bool(self._auditor and self._auditor.search(text, lo, hi))

    def finding(self, text: str, lo: int, hi: int) -> str | None:
        """The nature of an audit finding as written (违规发放, 挪用, 闲置): the audit word and a
        funding verb right after it."""
        m = self._audit.search(text, lo, hi)
        if not m:
            return None
        verb = self._action.match(text, m.end(), hi) or self._given.match(text, m.end(), hi)
        return text[m.start():verb.end() if verb else m.end()]

    def actions(self, text: str, lo: int, hi: int) -> list:
        return list(self._action.finditer(text, lo, hi))

    def gives(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] hold a giving or funding verb (为X发放…)?"""
        return bool(self._given.search(text, lo, hi) or self._action.search(text, lo, hi))

    def leads_fund(self, text: str, start: int, end: int) -> bool:
        """Does text[start:end] open with a word that leads a fund's name (使用, 申请, 争取 …:
        `fund_lead` and `receive` of cues.tsv)?"""
        return self._fund_lead is not None and self._fund_lead.match(text, start, end) is not None

    def pays_in(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] pay with a giving or funding verb used as a verb (给予补贴, 发放), not
        as the head of a noun (补贴标准, 补助资金, 补贴对象)?"""
        for pattern in (self._given, self._action):
            for m in pattern.finditer(text, lo, hi):
                if not self._noun_after.match(text, m.end()):
                    return True
        return False

    def verb_in(self, text: str, lo: int, hi: int):
        """The first purpose verb in text[lo:hi] (推动城乡养老服务2.6亿元)."""
        return self._verb.search(text, lo, hi)

    def verb_outside_funds(self, text: str, lo: int, hi: int):
        """The first purpose verb in text[lo:hi] that is not inside a fund's name (衔接推进乡村振兴
        补助资金, 草原生态保护补助奖励资金: the verb names the fund, it is no verb of the clause)."""
        for m in self._verb.finditer(text, lo, hi):
            name = _IN_FUND_NAME.match(text, m.end(), hi)
            if name is None or not self._fund_end.search(name.group()):
                return m
        return None

    def is_link(self, word: str) -> bool:
        """Is the word a link verb (实现, 完成 …) between a subject and what it measures?"""
        return bool(self._link.fullmatch(word))

    def action_kind(self, word: str) -> str:
        return self.words["action"][word]

    def names_category(self, phrase: str) -> bool:
        """Does the phrase name a category a rate applies to (90至99周岁, 初中, 二级残疾人, 一类
        对象), not what the money is for?"""
        return bool(_AGE_BAND.search(phrase) or self._category_end and self._category_end.search(phrase))

    def slogan(self, heading: str) -> bool:
        """Does a numbered heading open on a verb of a report's slogans (加大资金投入, 强化资金监管)?"""
        return bool(self._slogan_start and self._slogan_start.match(heading))

    def section_part(self, heading: str) -> bool:
        """Does a numbered heading name a part of a notice (补助标准, 申报条件, 资金来源), not a
        measure the money pays for?"""
        return bool(self._section_end and self._section_end.search(heading))

    def ends_in_coverb(self, phrase: str) -> bool:
        """Does the phrase end in a preposition or coverb (竞标人以, 政府与保险公司按), so that it is
        a subject and its verb comes after the amount?"""
        return bool(self._coverb_end and self._coverb_end.search(phrase)) \
            and not (self._not_coverb_end and self._not_coverb_end.search(phrase))

    def ends_in_fiscal_actor(self, phrase: str) -> bool:
        """Does the phrase end in a fiscal actor (县本级财政, 省级财政): who pays, not what for?"""
        return bool(self._fiscal_end and self._fiscal_end.search(phrase))

    def places_tail_at(self, text: str, lo: int, hi: int) -> int | None:
        """Where a tail counting places by their unit (两州, 等3个县, 等地) ends text[lo:hi], or None."""
        if self._places_tail is None:
            return None
        for i in range(max(lo, hi - 8), hi):
            m = self._places_tail.fullmatch(text, i, hi)
            if m:
                return i
        return None

    def built(self, phrase: str) -> bool:
        """Does what 对 names open with a thing built (改扩建的扶贫车间, 新建的村卫生室)?"""
        return bool(self._built and self._built.match(phrase))

    def deed(self, phrase: str) -> str | None:
        """What receivers named by their deed do (完成旱厕改造的农户 → 完成旱厕改造), or None."""
        m = self._deed.fullmatch(phrase) if self._deed else None
        return m.group("p") if m else None

    def reference(self, cell: str) -> bool:
        """Does a table cell point elsewhere or say nothing of a use (详见附件, 同上, 按规定使用, —)?"""
        return bool(self._reference.match(cell))

    def use_column(self, header: str) -> bool:
        """Does a table's header cell name what the row's money is for (主要用途, 建设内容)?"""
        return bool(self._use_column.fullmatch(header))

    def who_column(self, header: str) -> bool:
        """Does a table's header cell name who or where (户主姓名, 村名, 企业名称), not an item?"""
        return bool(self._who_column.search(header))

    def header_cell(self, phrase: str) -> bool:
        """Is the phrase a table's column header over figures (金额, 发放金额, 补助标准, 月标准)?"""
        return bool(self._header_cell.fullmatch(phrase))

    def measure_only(self, phrase: str) -> bool:
        """Does the phrase name only a measure (总投资, 涉及金额), not what it measures?"""
        return bool(self._measure_only.fullmatch(phrase))

    def without_measure(self, text: str, phrase: Found) -> Found | None:
        """The phrase without a trailing measure word (农产品成交额 → 农产品)."""
        m = self._measure_tail.search(phrase.text)
        if not m or m.start() < 2 or m.group() in ("投资",):
            return phrase
        return _found(text, phrase.start, phrase.start + m.start(), phrase.why)

    def is_source(self, phrase: str) -> bool:
        """Does the phrase name where money comes from (村民筹资筹劳, 社会捐赠, 企业自筹), not
        what it is for?"""
        m = self._source_end.search(phrase) if self._source else None
        return m is not None and m.start() <= 4      # 村民筹资筹劳, 社会捐赠; not 配套道路建设

    def names_source(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] name where money comes from (自筹, 配套, 专项债券 …)?"""
        return self._source_any is not None and self._source_any.search(text, lo, hi) is not None

    def is_fund(self, phrase: str) -> bool:
        return bool(self._fund_end.search(phrase))

    def ends_in_word(self, phrase: str) -> bool:
        """Does the phrase end in a word whose last character is a list's joint (普及, 参与, 碳中和),
        not in the joint itself?"""
        return bool(self._word_end is not None and self._word_end.search(phrase))

    def names_a_fund(self, text: str, word: regex.Match) -> bool:
        """Is an action word an award's name in front of a fund noun (补助资金, 奖补资金), a noun
        and not the verb of its clause?"""
        return word.group() in self.words["award"] and self._fund_any.match(text, word.end()) is not None

    def actor(self, text: str, lo: int, hi: int):
        return self._actor.search(text, lo, hi)

    # -- purpose ---------------------------------------------------------------------------

    def markers(self, text: str, lo: int, hi: int) -> list[int]:
        """Where the purpose markers of text[lo:hi] start (用于, 投向: role `marker`)."""
        return [m.start() for m in self._marker.finditer(text, lo, hi)] if self._marker else []

    def purpose_after(self, text: str, pos: int, hi: int) -> Found | None:
        """A purpose marker (用于X: X) or verb (支持X: 支持X) opening text[pos:hi], after at most
        a short lead (由各镇统筹, 全力, 主要); 为X实施Y / 的标准给予Y: Y."""
        m = self._after_marker.match(text, pos, hi)
        # 用在X上, 花在X上: a frame closed by 上 after the use
        close = 1 if m and m.group("m").endswith("在") and text[m.end("p") - 1:m.end("p")] == "上" else 0
        if m and m.start("m") - pos <= 2:                # 用于向社会组织购买X: the marker comes first
            return _found(text, m.start("p"), m.end("p") - close, f"after {m.group('m')}")
        for pattern, why in ((self._given_after, "after the standard's verb"), (self._for_whom, "为X…Y after it")):
            g = pattern.match(text, pos, hi)
            if g and pattern is self._given_after and (_WHERE_TO.match(text, g.start("p"))
                                                       or g.group("p") in self.words["dimension"]
                                                       or _ASPECT_LEAD.match(text, g.start("p"))):
                continue                          # 按每亩137元的标准发放到户: where it goes, not what for; 补贴面积;
                #                                   (N元补助已于5月拨付到位: the noun's predicate, not its use)
            if g:
                # 为X实施Y: Y; 为X偿还Y: the verb says the use (偿还Y) and stays
                keep = pattern is self._for_whom and self.words["verb"].get(g.group("m")) == "keep" \
                    or text[g.end("m"):g.end("m") + 1] == "性"      # 的奖励性调度资金: no verb, a noun
                return _found(text, g.start("m") if keep else g.start("p"), g.end("p"), f"{why} ({g.group('m')})")
        v = self._after_verb.match(text, pos, hi)
        if v is None:
            quoted = self._after_quoted_verb.match(text, pos, hi)
            if quoted is not None:
                return _found(text, quoted.start("p"), quoted.end("p"), "after a verb in quotes")
        if m and (not v or m.start("m") <= v.start("p")):
            return _found(text, m.start("p"), m.end("p") - close, f"after {m.group('m')}")
        if v:
            done = self._done.match(text, v.start("p"), v.end("p")) if self._done is not None else None
            if done is not None and v.end("p") - done.end() >= 3 and text[done.end():done.end() + 1] not in "、和及与":
                # 投入2600万元，完成了小型水库除险加固: what was done, not the verb saying it was
                at = done.end() + (text[done.end():done.end() + 1] == "了")
                return _found(text, at, v.end("p"), f"after the verb {done.group()}")
            return _found(text, v.start("p"), v.end("p"), f"after the verb {text[v.start('p'):v.start('p') + 2]}")
        return None

    def strong(self, why: str) -> bool:
        """Was the purpose found after a marker (用于, 投向 …) or an explicit frame (为X实施Y,
        按…标准给予Y), not after a bare verb?"""
        return any(why == f"after {m}" for m in self.words["marker"]) or why.startswith(("为X", "after the standard"))

    def fund_use(self, text: str, phrase: Found, skip_to: dict[int, int] | None = None,
                 whole_short: bool = False) -> Found | None:
        """What a fund's own name says it is for: the name without its source and level in
        front and its bare fund noun at the end (省级财政乡村医生补助资金 → 乡村医生补助);
        None when only such words are left (省级补助资金). With `whole_short`, a name that
        would keep two characters keeps its noun (a table column 办公经费, not 办公)."""
        s, e = phrase.start, phrase.end
        field = _FIELD_FRAME.search(text, s, e)
        if field is not None:
            return _found(text, field.start("t"), field.end("t"), "the field its fund goes to (在X方面投入)")
        of = text.rfind("的", s, e)
        if of >= 0 and self.is_fund(text[of + 1:e]) and e - of > 4:
            s = of + 1                            # 4县的新增低保提标资金: the fund after 的
        front = self._plain_front.match(text, s, e)
        if front:
            s = front.end()
        bare = _BARE_FUND.search(text, s, e)
        if bare and bare.start() - s >= (3 if whole_short else 1):
            e = bare.start()
        level = self._payer_tail.search(text, s, e) if self._payer_tail is not None else None
        if level and level.start() - s >= 2:
            e = level.start()                     # 农村公路养护省级补助(资金): the use, then who pays
        mode = self._scheme_end.search(text, s, e) if self._scheme_end is not None else None
        if mode and mode.start() - s >= 2:
            e = mode.start()                      # 屯级道路硬化以奖代补(资金): the use, then how it is paid
        s = self._skip_front(text, s, e, skip_to or {})
        if e - s < 2 or not _HAN.search(text, s, e) or _NUMBERISH.search(text, s, e) \
                or self.only_framing(text[s:e]) or self._plain_end.fullmatch(text, s, e):
            return None
        return _found(text, s, e, "the use its fund's name states")

    def given_object(self, text: str, lo: int, hi: int) -> Found | None:
        """The award a clause gives, after its last verb of giving (向…企业发放一次性扩岗补助 →
        一次性扩岗补助): what a standard or a bare fund after it is of; None when the object is
        a generic word, holds a figure or is no short noun phrase."""
        last = None
        for m in self._given.finditer(text, lo, hi):
            if hi - m.end() >= 2:
                last = m                          # (发放X补助: 发放, not the 补助 ending X)
        if last is None:
            return None
        end = hi
        while end > last.end() and text[end - 1] in " \t\u3000，,。；;：:":
            end -= 1
        found = _found(text, last.end(), end, "the award the clause before gives")
        if found is None or self._award_end is None or not self._award_end.search(found.text) \
                or self._fund_any.match(found.text) or not 2 <= len(found.text) <= 16 or _NUMBERISH.search(found.text) \
                or self.generic(found.text) or self.only_framing(found.text) or self.names_group(found.text):
            return None
        return found

    def object_after(self, text: str, pos: int, hi: int) -> Found | None:
        """The noun an amount is the value of, right after it (2.4万元的安家补贴 → 安家补贴,
        5元的乘车补贴 → 乘车补贴)."""
        m = self._object_after.match(text, pos, hi)
        if not m:
            return None
        return _found(text, m.start("p"), m.end("p"), "the thing it is the value of (…元的X)")

    def award_after(self, text: str, lo: int, start: int, end: int, hi: int) -> Found | None:
        """The name of the award an amount is, right after it when a giving verb is right before
        it (给予5000元一次性创业补贴 → 一次性创业补贴, 每户发放1.2万元生产生活补助); not a bare
        word of giving (给予5万元奖补: 奖补 says no use)."""
        if self._award_after is None or not self._given_before.search(text, max(lo, start - 12), start):
            return None
        m = self._award_after.match(text, end, hi)
        if m is None or self.generic(m.group("p")) or GIVING_ONLY.fullmatch(m.group("p")):
            return None
        return _found(text, m.start("p"), m.end("p"), "the award it is, named after it (给予N元X补贴)")

    def fund_noun_after(self, text: str, pos: int, hi: int) -> Found | None:
        """A fund named right after the amount: 2亿省级补助资金."""
        hit = self._fund_after.match(text, pos, hi)
        if not hit:
            return None
        return _found(text, hit.start("f"), hit.end("f"), "the fund named after the amount")

    def receiver_first(self, text: str, phrase: Found) -> tuple[Found, Found] | None:
        """A noun purpose that opens with who receives (受灾群众过渡期生活救助, 一般农户抗震改造,
        农村低收入群体等重点对象危房改造): the receiver, a group word closing it, and the use after,
        when the use is no bare subsidy word and the receiver is more than the group word."""
        m = self._receiver_head.match(text, phrase.start, phrase.end) if self._receiver_head else None
        if m is None or m.end() - phrase.start < 3:
            return None
        rest = _found(text, m.end(), phrase.end, f"{phrase.why}, without who receives it")
        if rest is None or len(rest.text) < 3 or self.generic(rest.text) or self.only_verbs(rest.text) \
                or (self._mode is not None and self._mode.fullmatch(rest.text)) or self._group_start.match(rest.text):
            return None
        who = _found(text, phrase.start, m.end(), "who receives it (X的Y)", counted=True)
        return (who, rest) if who is not None else None

    def pivot(self, text: str, phrase: Found, places: list[tuple[int, int]]) -> tuple[Found | None, Found] | None:
        """Split a pivotal purpose (支持全市4047户农户改造提升住房条件, 为民营企业清偿账款,
        用于支持12县区打赢脱贫攻坚战) into who receives (全市4047户农户) and what for
        (改造提升住房条件). After 支持/扶持 … the receiver must be counted, scoped (全/各) or
        a place, so that 支持企业发展 stays whole; after 为/向/给 any group will do."""
        if self._pivot is None:
            return None
        s, e = phrase.start, phrase.end
        lead = self._pivot.match(text, s, e)
        counted_before = self._pivot_counted.search(text, max(0, s - 12), s)
        if lead is not None:
            s, word = lead.end(), lead.group()
        elif counted_before is not None:          # 用于支持15个县区…: the count was cut off the phrase
            s, word = counted_before.start("c"), ""
        elif self._pivot_end.search(text, max(0, s - 4), s):
            word = self._pivot_end.search(text, max(0, s - 4), s).group()
        else:
            return None
        scope = _SCOPE_ONLY.match(text, s, e)
        if scope is not None and self._verbs_only.match(text, scope.end(), e):
            what = _found(text, scope.end(), e, f"{phrase.why}, without its scope")   # 支持各地发展X
            return (None, what) if what is not None and len(what.text) >= 4 else None
        m = self._receiver.match(text, s, e)
        if not m or m.end() - s < 1:
            return None
        rest = text[m.end():e]
        thing = rest[self._verbs_only.match(rest).end():]      # 加快发展 says no more than 支持X
        if len(thing) < 2 or self.generic(thing) or self.only_framing(rest):
            return None
        receiver = text[s:m.end()]
        if _SCOPE_ONLY.fullmatch(receiver):           # 支持全省推广X, 支持各地发展X: the work, no receiver
            what = _found(text, m.end(), e, f"{phrase.why}, without its scope")
            return (None, what) if what is not None else None
        marked = self.words["pivot"].get(word) == "any"
        counted = bool(_COUNTED.search(receiver)) or receiver.startswith(("全", "各", "所有")) \
            or any(ps < m.end() and s < pe for ps, pe in places)
        if not (marked or counted):
            return None
        who = _found(text, s, m.end(), "who receives it (支持X做Y)", counted=True)
        what = _found(text, m.end(), e, f"{phrase.why}, without its receiver")
        if who is None or what is None:
            return None
        return who, what

    def work_on(self, text: str, lo: int, hi: int) -> Found | None:
        """对X进行/开展/实施Y opening text[lo:hi] (…80万元，对村内道路和水渠进行了硬化): the work,
        X…Y; when Y is only a way of paying (对X的Y工作实行以奖代补, 对X给予补助), what X names,
        without its places and 工作, unless X is whom it is paid to (对验收合格的村给予奖补)."""
        m = _WORK_ON.match(text, lo, hi)
        if not m or (self._oversight is not None and self._oversight.search(m.group("y"))) \
                or _REFERENCE.match(m.group("x")):
            return None                   # 对项目实施进行绩效评价, 对上述资金实行专账管理: no use
        y = m.group("y").strip("“”\"")
        if m.group("v") == "给予" and (self._mode is None or not self._mode.fullmatch(y)):
            return None                   # 对X给予Y: only a way of paying says X is the work
        if self._mode is not None and self._mode.fullmatch(y):
            x_s, x_e = m.start("x"), m.end("x")
            of = text.rfind("的", x_s, x_e)
            if of >= 0 and x_e - of > 2:
                x_s = of + 1
            tail = _WORK_TAIL.search(text, x_s, x_e)
            if tail and tail.start() - x_s >= 2:
                x_e = tail.start()
            if self.names_group(text[x_s:x_e]):
                return None               # 对验收合格的村给予奖补: whom it is paid to, not for what
            return _found(text, x_s, x_e, "what 对X…实行以奖代补 names")
        if self.names_group(m.group("x")) and m.end("y") - m.start("y") >= 2:
            # 对困难群众实施临时救助: X is whom the work serves, the work is Y
            return _found(text, m.start("y"), m.end("y"), "the work of 对X进行Y after it, X whom it serves")
        return _found(text, m.start("x"), m.end("y"), "the work of 对X进行Y after it")

    def without_places(self, text: str, phrase: Found, places: list[tuple[int, int]]) -> Found | None:
        """The use without the places it is done in, which are the record's place, not its
        purpose: 唐崖镇、清坪镇等地村组道路建设 → 村组道路建设, 支持宁德等地防台救灾 → 防台救灾,
        实施临淮镇、半城镇湖滨湿地修复 → 湖滨湿地修复. A single place without a verb before it
        is kept: it names a project (江庄村自来水管道工程)."""
        s, e = phrase.start, phrase.end
        lead = self._verb.match(text, s, e)
        if lead is None:
            lead = _IN_PLACE.match(text, s, e)
        at = lead.end() if lead else s
        if lead is None and _VERB_BEFORE.search(text, max(0, s - 4), s) is None \
                and self._verb_end.search(text, max(0, s - 4), s) is None:
            verb_before = False
        else:
            verb_before = True
        n, joined = 0, True
        for ps, pe in places:
            if pe <= at:
                continue
            if ps != at or not (joined or self._unit_end.search(text, ps, pe)):
                break                    # 半城镇湖滨湿地: a bare name run on is no list item
            n += 1
            at = pe
            sep = _PLACE_SEP.match(text, at, e)
            joined = sep is not None
            if sep:
                at = sep.end()
        if n == 0:
            # 等乡镇农村人居环境整治: the end of a list of places the phrase was cut after
            tail = _LEADING_TAIL.match(text, s, e)
            at = tail.end() + (1 if tail is not None and text.startswith("的", tail.end()) else 0) if tail else s
            rest = _found(text, at, e, f"{phrase.why}, without the places it is done in", counted=True) \
                if tail is not None else None
            return rest if rest is not None and not self.generic(rest.text) else None
        tail = self._places_tail.match(text, at, e) if self._places_tail else None
        listed = n >= 2 or tail is not None or text.startswith("等", at)
        if not listed and not (verb_before and self._verb.match(text, at, e)):
            return None                  # 用于洋浦经济开发区基础设施建设: the place names the work
        if tail is not None:
            at = tail.end()
        elif text.startswith("等", at):
            at += 1
        if text.startswith("的", at):
            at += 1
        if self._relation is not None and self._relation.match(text, at, e):
            return None                   # 两市交界处…, …连接线, 城际铁路: the places name the work
        rest = _found(text, at, e, f"{phrase.why}, without the places it is done in", counted=True)
        if rest is None or self.generic(rest.text) or self._verbs_only.fullmatch(rest.text):
            return None
        return rest

    def transfer_verb(self, text: str, lo: int, hi: int):
        """The first funding verb of kind transfer (下达, 下拨 …) in text[lo:hi], or None."""
        return self._transfer_verb.search(text, lo, hi) if self._transfer_verb else None

    def column_kind(self, column: str) -> str | None:
        """The kind of the amounts of a table column by its header: its head noun (总投资 →
        investment, 本期支出 → expenditure), a funding verb (财政奖补, 禁牧补助 → spending), a
        source (群众筹资筹劳 → investment: money put into the work); else None."""
        name = _COLUMN_PAREN.sub("", column).strip()
        if not name or _COLUMN_TOTAL.search(name):
            return None
        head = self.head_kind(name)
        if head is not None:
            return head
        if self.is_source(name):
            return "investment"
        verb = None
        for verb in self._action.finditer(name):
            pass
        return self.words["action"].get(verb.group()) or None if verb is not None else None

    def column_use(self, text: str, column: Found, skip_to: dict[int, int] | None = None) -> Found | None:
        """What a table column holding money is for, when its header names a subsidy or a fund
        with a use (禁牧补助, 草畜平衡奖励, 耕地地力保护补贴资金 → 耕地地力保护补贴); none for a
        measure, a source, a level or a total (金额, 群众筹资筹劳, 中央资金, 合计)."""
        name = _found(text, column.start, column.end, "the use its table column names")
        if name is None:
            return None
        paren = _COLUMN_PAREN.search(name.text)            # 禁牧补助（万元） → 禁牧补助
        if paren and paren.start() >= 2:
            name = _found(text, name.start, name.start + paren.start(), name.why)
        if name is None or self.is_source(name.text) or self.measure_only(name.text):
            return None
        colon = max(name.text.rfind("："), name.text.rfind(":"))
        if colon >= 0:                                     # 其中：产业发展 → 产业发展
            name = _found(text, name.start + colon + 1, name.end, name.why)
            if name is None:
                return None
        if self._fund_end.search(name.text):
            use = self.fund_use(text, name, skip_to, whole_short=True)
        elif self._mode_end is not None and self._mode_end.search(name.text):
            use = name
        elif not (self.head_kind(name.text) or _COLUMN_NOT_USE.search(name.text) or self._level_any.search(name.text)
                  or _NUMBERISH.search(name.text) or regex.search(r"\s", name.text) or len(name.text) < 2):
            use = name                                     # 产业发展, 基础设施: a category of use
        else:
            return None
        if use is None or self.generic(use.text) or self._mode is not None and self._mode.fullmatch(use.text) \
                or self._plain_end.fullmatch(use.text):
            return None
        return Found(use.start, use.end, use.text, "the use its table column names")

    def fund_in(self, text: str, lo: int, hi: int) -> bool:
        """Is a fund noun (资金, 补助资金, 预算内投资 …) in text[lo:hi]?"""
        return self._fund_any.search(text, lo, hi) is not None

    def title_fund(self, text: str, lo: int, hi: int) -> Found | None:
        """The fund a notice's title names (关于下达2025年基本公共卫生服务补助资金的通知 →
        2025年基本公共卫生服务补助资金): its last fund noun, the name begun after the title's
        own verb (关于, 下达) and any body before it."""
        last = None
        for m in self._fund_any.finditer(text, lo, hi):
            last = m
        if last is None:
            return None
        if text.endswith(LIST_JOINTS, lo, last.start()):
            return None                           # 村级项目及资金使用情况: a bare fund noun in a list, no fund's name
        s = lo
        for m in _TITLE_LEAD.finditer(text, lo, last.start()):
            s = m.end()
        found = _found(text, s, last.end(), "the fund its notice's title names")
        return found if found is not None and not _BARE_TITLE_FUND.fullmatch(found.text) else None

    def title_use(self, text: str, fund: Found, skip_to: dict[int, int] | None = None) -> Found | None:
        """What the fund a notice's title names (`title_fund`) is for (关于下达2025年基本公共卫生
        服务补助资金的通知 → 基本公共卫生服务), read like any fund's name; none for a channel
        (中央对地方转移支付) or a payer alone."""
        use = self.fund_use(text, fund, skip_to)
        if use is not None:
            payer = _PAYER.match(use.text)            # 中央财政林业改革发展 → 林业改革发展
            if payer and len(use.text) - payer.end() >= 2:
                use = _found(text, use.start + payer.end(), use.end, use.why)
        if use is None or _CHANNEL_ONLY.search(use.text) or len(use.text) < 3:
            return None                               # 中央对地方转移支付, 政府性: a channel, no use
        return Found(use.start, use.end, use.text, "the use the title's fund names (a notice about one fund)")

    def anaphoric_use(self, text: str, lo: int, hi: int) -> Found | None:
        """The use a sentence text[lo:hi] states for money it names only by reference (这笔资金
        重点用于X, 县财政局负责人介绍，资金主要用于X): X, found after a purpose marker."""
        if self._anaphor is None:
            return None
        m = self._anaphor.match(text, lo, hi)
        if m is None or _EARLIER.search(text, lo, m.end()):
            return None                   # 此前下达的资金 / 去年，该县教育资金: other money
        found = self.purpose_after(text, m.end(), hi)
        if found is None or not self.strong(found.why) or _NEGATED.search(text, m.end(), found.start) \
                or self.points_on(found.text):
            return None                   # 资金不得用于X: what it may not be used for; 用于以下方面：
        return Found(found.start, found.end, found.text, "what the next sentence says the money is for (这笔资金用于X)")

    def content_field(self, text: str, lo: int, hi: int):
        """The last content field of a form (建设内容：, 实施内容：: role `content_field`) and its
        colon in text[lo:hi], or None."""
        last = None
        for last in self._content_field.finditer(text, lo, hi) if self._content_field else ():
            pass
        return last

    def transfer_named(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] call money a transfer (村级转移支付资金: role `transfer_name`)?"""
        return any(text.find(w, lo, hi) >= 0 for w in self.words.get("transfer_name", {}))

    def hands_down(self, word: str) -> bool:
        """Is the verb one by which a government hands money down (下达, 下拨: role `hand_down`)?"""
        return word in self.words.get("hand_down", {})

    def project_ref(self, text: str, lo: int, hi: int) -> bool:
        """Does text[lo:hi] open with a project noun, bare or after a pointer (该项目, 项目)?"""
        return self._project_ref is not None and self._project_ref.match(text, lo, hi) is not None

    def named_project(self, text: str, lo: int, hi: int) -> Found | None:
        """The last project text[lo:hi] names as a clause's subject (X项目近日开工): the project
        a later 该项目 refers to; not one opened by a pointer or an anaphor, nor a generic one
        (重点项目)."""
        if self._project_named is None:
            return None
        last = None
        for m in self._project_named.finditer(text, lo, hi):
            p = m.group("p")
            if not (self._project_ref.match(p) or self.refers_back(p) or self.generic(p) or _MANY_PROJECTS.search(p)):
                last = m
        if last is None or last.group("v") is None:
            return None                   # (the nearest project named has no known predicate: which?)
        return Found(last.start("p"), last.end("p"), last.group("p"), "the project named before (该项目 refers to it)")

    @staticmethod
    def counted_projects(text: str, lo: int, hi: int) -> bool:
        """Are projects counted in text[lo:hi] (实施民生项目86个, 15个项目, 各类项目)?"""
        return bool(_COUNTED_PROJECTS.search(text, lo, hi))

    def only_project_ref(self, phrase: str) -> bool:
        """Is the phrase only a project noun, bare or pointed at (本项目, 该工程)?"""
        return self._project_ref is not None and bool(self._project_ref.fullmatch(phrase.strip()))

    def refers_back(self, phrase: str) -> bool:
        """Does the phrase refer to something named before (上述工作, 该项工作: role `anaphor`)?"""
        return bool(self._anaphor_word.search(phrase)) if self._anaphor_word is not None else False

    # -- beneficiary -----------------------------------------------------------------------

    def beneficiary(self, text: str, lo: int, hi: int, near: int) -> Found | None:
        """Who receives the money, nearest to `near` in text[lo:hi]: 为/向/对/惠及 X (a group or
        a count of people, households, villages …), or X受益."""
        best = None
        for pattern in (self._beneficiary, self._beneficiary_for, self._beneficiary_before):
            for m in pattern.finditer(text, lo, hi):
                cand = _found(text, m.start("b"), m.end("b"), "who receives it", counted=True)
                if cand is None:
                    continue
                if best is None or abs(cand.start - near) < abs(best.start - near):
                    best = cand
        return best


_COUNT_TAIL = compiled(
    r"(?:约|近|超过?|逾|共|达)?[0-9０-９][0-9０-９,，.]*\s*(?:万|亿)?[余多]?\s*"
    r"(?:个|件|家|户|人次|人|项|笔|所|座|处|名|位|条|批|类|套|种|次|宗|平方米|立方米|公顷|亩|公里|千米|米|吨)"
    r"(?:以上|以下|左右|多)?$")
_COUNT_HEAD = compiled(r"[0-9０-９一二三四五六七八九十百千两]+[余多]?(?:个|所|座|处|家|项|条|批|户|名)")


# 对X进行Y: a work done on X (structure; the ways of paying are the `mode` role)
_WORK_ON = compiled(r"[\s，,]*对(?![口照于此外象比待应])(?P<x>[^，,；;。！？!?\n对]{2,30}?)(?P<v>进行|开展|实施|实行|予以|给予)了?"
                   r"(?P<y>[^，,；;。！？!?\n]{2,20})")
# the verbs a notice's title opens its fund with (关于下达X资金的通知)
#: the joints of a list (X、Y及Z): a phrase ending in one was cut inside its list
LIST_JOINTS = ("以及", "及", "和", "与", "或", "、")
# the rest of a noun phrase after a verb, up to a break (a fund's name runs on to its fund noun)
_IN_FUND_NAME = compiled(r"[\p{Han}“”]{0,16}")
_TITLE_LEAD = compiled(r"关于|(?:提前|预|追加|清算)?(?:下达|拨付|分配|安排)|发放|申报")
_IN_PLACE = compiled(r"在")
# money columns that are no use: totals, times, balances, measures of a budget
_COLUMN_NOT_USE = compiled(rf"{TOTAL_WORD}|总额|金额|资金|数$|额$|标准$|年|期|月|结余|结转|余额|增减|调整|变动|比上年|其他")
_COLUMN_TOTAL = compiled(rf"{TOTAL_WORD}|结余|结转|余额")
_COLUMN_PAREN = compiled(r"[(（][^()（）]*[)）]?$")
_PAYER = compiled(r"(?:中央|省级?|市级?|县级?|自治区|上级|本级)?财政")
_BARE_TITLE_FUND = compiled(r"(?:[0-9]{4}年度?)?(?:专项)?(?:资金|经费)")
_CHANNEL_ONLY = compiled(r"转移支付$|^中央对地方|^政府性$")
# money named before the money just named: 此前下达的资金, 去年，该县教育资金
_EARLIER = compiled(r"此前|去年|上年|往年|以前|前期|已下达|已拨付")
# 对上述资金实行…, 对此…: what 对 names is the money or the matter itself
_REFERENCE = compiled(r"(?:上述|以上|这些|该|此|本)(?:项)?(?:资金|经费|款项|项目)?$")
_VERB_BEFORE = compiled(r"(?:用于|投向|用在)$")
_PLACE_SEP = compiled(r"[、，,和及与]")
_WORK_TAIL = compiled(r"(?:工作|任务|行动)$")
_SCOPE_ONLY = compiled(r"全(?:国|省|市|县|区|州|旗|盟|镇|乡)|各(?:地|省|市|县|区|州|县区|市县|县市区|乡镇)")
_COUNTED = compiled(r"[0-9０-９一二两三四五六七八九十百千]+[余多]?(?:个|户|名|家|所|位)?")


_BRACKETED = compiled(r"[(（][^()（）]*[)）]")
_ASIDE = compiled(r"[(（][^()（）]*[)）]?$")




def _found(text: str, s: int, e: int, why: str, counted: bool = False) -> Found | None:
    """The phrase text[s:e] trimmed of spaces, quotes left open, a trailing aside
    ((以下简称…)), trailing particles and a trailing count (支持项目2,189个 → 支持项目)."""
    aside = _ASIDE.search(text, s, e)
    if aside and aside.start() - s >= 2:
        e = aside.start()
    piece = text[s:e]
    if piece and piece[-1] in ")）" and piece.count("(") + piece.count("（") < piece.count(")") + piece.count("）"):
        e -= 1                                     # a bracket closed but not opened here
    if piece and piece[0] in "(（" and piece.count(")") + piece.count("）") < piece.count("(") + piece.count("（"):
        s += 1
    while s < e and (text[s] in " \u3000、，," or (text[s] in "“" and "”" not in text[s:e])):
        s += 1
    count = _COUNT_TAIL.search(text, s, e)
    if count and count.start() - s >= 2:
        e = count.start()
    head = None if counted else _COUNT_HEAD.match(text, s, e)
    if head and e - head.end() >= 2:
        s = head.end()
    while e > s and (text[e - 1] in " \u3000的等、，," or (text[e - 1] == "”" and "“" not in text[s:e])):
        e -= 1
    if e - s < 2 or len(_HAN.findall(text, s, e)) < 2:
        return None
    return Found(s, e, text[s:e], why)
