"""Government agencies and other organizations: spans, canonical names, anaphora.

Pure logic over text, place mentions and article boundaries. 市财政局 in an article about
兰州 becomes 兰州市财政局; 人社局 with no place written takes the article's main place; an
agency whose place cannot be found is flagged (`resolved=False`) and gets no canonical name,
so that unrelated 财政局 are never grouped together; 该局 links back to the agency it refers to.

The matcher is a process-wide, read-only object shared by threads: everything one call
works with lives in a `_Call` made for that call.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial, lru_cache
from pathlib import Path
from typing import Sequence

import regex

from .lexicon import read_lines, read_table
from .automaton import WordMatcher
from .places import COMMITTEE, Place, salient_places
from .regexes import PAYING_VERBS, REVIEW_VERBS, WRITTEN_DATE, alternation, compiled, figure_on_next_line

DATA_DIR = Path(__file__).parent / "data" / "agencies"
# level words written before a department (市财政局, 自治区财政厅, 区级财政), longest first
_LEVEL_WORDS = {"自治区": "province", "自治州": "city", "自治县": "county", "自治旗": "county",
                "街道": "township", "省": "province", "市": "city", "州": "city", "盟": "city",
                "县": "county", "区": "county", "旗": "county", "镇": "township", "乡": "township"}
_LEVEL_SUFFIX = {"province": ("省", "自治区"), "city": ("市", "州", "盟", "地区"),
                 "county": ("县", "区", "旗", "市")}
# several levels at once (市县财政, 省市县三级财政, 各级财政): a real body, but no single one
_MULTI_LEVEL = compiled(r"(?:(?:各|全)(?:省|市|县|区|乡镇|镇区|镇街|乡|镇|级)(?:[(（][省市县区旗乡镇街道、，,]{1,8}[)）])?"
                        r"|各(?:县市区|县区|市县|市区|市州|地市|乡镇街道?|镇街道)"
                        r"|[两二三四五六七八九十0-9０-９]{1,2}个?(?:市|县|区|乡镇|镇|乡|州)(?:市|县|区|镇|乡|州|级)?"
                        r"|某(?:省|市|县|区|乡镇|乡|镇)?|(?:省市县乡|省市县|市县乡|省市|市县|县乡|县区|"
                        r"市区|乡镇)(?:[两三四五]级)?)$")
_NOT_AGENCY_AFTER = compiled(r"采购|投资|性|债|部门|工作|补贴|购买|引导|主导|和社会|与社会")
# 财政 is the body only when no noun follows it (中央财政资金, 省财政收入 are money, not actors)
_FISCAL_NOUN_AFTER = compiled(
    r"资金|收入|支出|预算|决算|专项|补助|补贴|奖补|资源|体制|政策|部门|局|厅|所|学|金|供养|事权|困难|"
    r"压力|状况|实力|库|存量|结余|赤字|风险|管理|监督|改革|工作|系统|干部|人员|贴息|转移支付|一般|性|承受|"
    r"负担|资助|拨款|投入|衔接|直达|运行|收支|经费|票据|评审|绩效|数据|信息|体系|制度|关系|政|"
    r"和|与|、|厅局|事业|贡献|增收|税收|涉农|口|供给|能力|政策|规模|平衡|形势|运行|统计")
# …财政投入1850万元, 县财政补助2180万元: a noun-like verb right before an amount, the body acting
# after 由X财政: verbs whose nouns read as money words elsewhere (由县财政负担, 由市财政投入解决)
_AGENT_VERB_AFTER = compiled(rf"(?:{PAYING_VERBS})")
_FISCAL_VERB_AMOUNT = compiled(r"(?:投入|补助|补贴|奖补|资助|拨款|贴息|负担)(?:约|近|超过?|逾|达|共)?"
                               r"[0-9０-９一二三四五六七八九十两]")
# a verb opening the words between a place and a name's suffix: running text (甘谷县新建水保站,
# 临泽县建成疾控中心), not a name, however short
_ORG_PROSE_START = compiled(r"今年|去年|新增|新建|兴建|建成|建立|成立|设立|组建|投用|启用|打造|完成|开展|推进|大力|培育|落实")
# words of running text, not of a long company or cooperative name
_ORG_PROSE = compiled(r"今年|去年|新增|新建|大力|支持|本地|民营|投资|培育|落实|兴建|规模|全[县市省区]|[和与及由在对的等各共]"
                      r"|建成|建立|成立|设立|组建|投用|启用|打造|完成|开展|推进")
# a post's header: (原创) the account, the date and time (then where it was posted from)
_POST_HEADER = compiled(r"(?:^|(?<=[ \t\u3000]))(?P<orig>原创|转载)?[ \t\u3000]*(?P<o>(?!原创|转载)[\p{Han}A-Za-z0-9·]{2,16})"
                        r"[ \t\u3000]+[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \t\u3000]+[0-9]{1,2}[:：][0-9]{2}"
                        r"(?P<where>[ \t\u3000]+(?:发表于)?\p{Han}{2,3}[ \t\u3000]*$)?", regex.M)
# a form's field before a date (发布时间, 信息来源, 截止时间, 会议地点, 咨询电话): no account
# a preposition opening an oblique phrase before a body, with nothing but words between (由 only
# before a reviewing verb: 由X验收; 由X统一管理 names the agent)
_OBLIQUE_BEFORE = compiled(r"(?:经|向|给|对)[^，,。；;：:\s]{0,10}$")
_BY_BEFORE = compiled(r"由[^，,。；;：:\s]{0,10}$")
_REVIEWS_AFTER = compiled(rf"[^，,。；;：:\s]{{0,4}}?(?:{REVIEW_VERBS})")
_FIELD_NAME = compiled(r"(?:时间|日期|来源|电话|地点|窗口|期限|阅读|浏览|点击|编号|文号)$")
# a line holding only a committee's name (a signature), then its seal and the rest of the line
_SIGNATURE = compiled(rf"^[ \t\u3000]*(?P<body>[^\n\s，。；：:、（）()]{{2,40}}?{COMMITTEE})"
                      r"[ \t\u3000]*(?:[(（](?:章|盖章|公章|印章|签章|签字盖章)[)）])?(?P<rest>[^\n]*)$", regex.M)
# the line after an article's first line when that line heads its title: words, not a date alone
_TITLE_AFTER = compiled(r"\n[ \t\u3000]*(?=[^\n]*\p{Han}{4})(?![^\n]*[(（]?(?:章|盖章)[)）]?[ \t\u3000]*$)")
_ORG_MIDDLE = compiled(r"[\p{Han}A-Za-z()（）]{0,12}")
_SIZE_WORDS = compiled(r"大中|中小")
# what no name holds between its place and its suffix: a list's 等, a distributive 各, a modifier's
# 的, a count (一家, 两乡, 3所): 某镇等乡镇学校, 某县各学校, 某乡一家建筑公司
_NO_NAME_MIDDLE = compiled(r"[等各的]|[一二两三四五六七八九十几数0-9０-９][家个所座乡镇村]")
# a project named after the body it is to build (青稞加工厂建设项目): a project, not a body (but
# 有限公司建设X: the company builds X; 第二中学改扩建: the school's own works)
# works written around a facility (…污水处理厂提标改造, 新建…垃圾处理厂及配套管网, …污水处理厂、…等项目,
# …污水处理厂等5个项目)
_WORKS_AFTER = compiled(r"(?:提标改造|改扩建|扩建|改造|升级|建设|新建|项目|工程|[、及和与]"
                        r"|等(?:[0-9０-９一二三四五六七八九十]{1,3}个)?(?:重点|重大)?(?:项目|工程))")
_WORKS_BEFORE = compiled(r"(?:新建|建设|改造|扩建|实施|支持)$")
_PROJECT_AFTER = compiled(r"(?:改扩建|扩建|提标改造|改造|新建)?(?:建设)?(?:项目|工程)")
# after a generic suffix: an adjective or a compound, not a name's end (工厂化, 养殖场户, 家庭农场主)
# after a generic name word, what makes it a word of its own (工厂化, 养殖场户, 家庭农场主, 厂房, 厂区)
_GENERIC_AFTER = compiled(r"化|户|[（(]户[)）]|主|(?<=厂)[房区]")
# (not across a function word: 东斟灌村的寿光市斟灌彩椒专业合作社 is the cooperative of a village)
_BETWEEN_PLACES = compiled(r"(?:[()（）]|[^\P{Han}的和与及在对向为]){0,4}")
_BRAND = compiled(r"(?<![\p{Han}])[\p{Han}A-Za-z]{1,2}$|(?<=[，。、；：\s“”(（])[\p{Han}]{2}$")
_BARE_OK = compiled(r"(?:局|厅|委|委员会|监委|管委会|办公室|联合会)$")
# a session of a people's congress between the place and the body: 沙洋县第六届人民代表大会
_SESSION = compiled(r"\s*第?[〇零一二三四五六七八九十百0-9０-９]{1,4}届\s?$")
# 财政 opening the name of a fund or programme (中央财政实际种粮农民一次性补贴, 省级财政专职护林员
# 补助资金): the words up to the fund noun hold no verb of allocation
_FUND_NAME_AFTER = compiled(r"[\p{Han}0-9]{0,18}?(?:补助资金|补贴资金|奖补资金|资金|补贴|补助|经费)")
_ALLOCATING_VERB = compiled(r"下达|拨付|下拨|调拨|划拨|预拨|追加|下发|安排|投入|筹措|筹集|统筹|整合|给予|累计|共计|新增|拿出|落实|兑现|发放|"
                            r"列支|承担|负责|保障|加大|设立|出资|奖励|用于|向|对|为|按|将|已|再|又|还|每年|共")
# the characters of a zone's own name between the place it lies in and its kind (赣州南康[家具]产业园)
_ZONE_NAME = compiled(r"[^\P{Han}的和与及在对向为由经从将把被是]{0,6}")
# the rest of a notice's line of addressees (各乡镇人民政府、县直各单位：)
_ADDRESSEE_REST = compiled(r"[^。；;！!？?\n]{0,60}[：:][ \t\u3000]*(?:\n|$)")
_PLURAL_BEFORE = compiled(r"[各全][^\n，,。]{0,16}$")
# the National Audit Office's resident offices: 审计署长沙特派办, 审计署驻武汉特派员办事处
_AUDIT_OFFICE = compiled(r"驻?(?P<city>[\p{Han}]{2,3}?)(?:特派员办事处|特派办)")
_BRANCH = compiled(r"分局|中心支行|分行|支行|营业管理部|税务局")
# a letter standing for a place the text does not name: A县, 甲乡, XX县, ×镇
_ANONYMOUS_BEFORE = compiled(r"(?<![A-Za-z])(?:[A-ZＡ-Ｚ]|[甲乙丙丁戊]|XX|ＸＸ|××|\*\*|＊＊|[×＊])$")
_PARTY_PREFIX = compiled(r"(?:中共|中国共产党)$")
# the body whose committee of a place is named with the place inside (政协甘谷县委员会, 共青团
# 临夏县委): the CPPCC's or the Youth League's committee, not the party's
_COMMITTEE_OWNER = compiled(r"(?:(?P<cppcc>中国人民政治协商会议|政协)|(?P<league>中国共产主义青年团|共青团))$")
# the words that end a place's news account (沂南发布, 和田县零距离): the name before them is a place
_ACCOUNT_WORDS = ("发布", "零距离")
# the function characters that open no brand (在城关镇…, 向, 由, 对, 为, 把, 将, 从, 给, 委托)
_NOT_BRAND = "在向由对为把将从给委"
_GENERIC_BEFORE = "各全本该每某"


def _committee_ok(text: str, start: int, end: int) -> bool:
    """A name ending in 委 is no committee before 托, 屈, 婉, 派, 任, 实, 以 or 员 (not 员会)
    (委托, 委员), unless 党委/纪委 precede (纪委员会 is not 委员)."""
    if text[end - 1] != "委" or (end >= 2 and text[end - 2] in "党纪"):
        return True
    after = text[end:end + 1]
    return not (after and after in "托屈婉派任实以" or after == "员" and text[end + 1:end + 2] != "会")


def _name_ends(goes_on: dict[str, tuple[str, tuple[str, ...]]], text: str, start: int, end: int) -> bool:
    """Whether a body's name may end at `end`: not inside a word that goes on past it (平台办理,
    就业局势: `goes_on`, from word_continuations.tsv), and a name in 委 no committee before 托,
    委员 … (`_committee_ok`)."""
    rule = goes_on.get(text[end - 1])
    if rule and text[end:end + 1] and text[end] in rule[0] and text[end - 1:end + 2] not in rule[1]:
        return False
    return _committee_ok(text, start, end)


@dataclass(frozen=True)
class Agency:
    """A government body (or, with department None, another organization)."""

    name: str
    canonical: str | None
    department: str | None
    level: str | None
    place: Place | None = None
    resolved: bool = True
    candidates: tuple[str, ...] | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "canonical": self.canonical, "department": self.department,
                "level": self.level, "place": self.place.to_dict() if self.place else None,
                "resolved": self.resolved, "candidates": list(self.candidates) if self.candidates else None}

    @classmethod
    def from_dict(cls, d: dict) -> "Agency":
        return cls(name=d["name"], canonical=d.get("canonical"), department=d.get("department"),
                   level=d.get("level"), place=Place.from_dict(d["place"]) if d.get("place") else None,
                   resolved=d.get("resolved", True),
                   candidates=tuple(d["candidates"]) if d.get("candidates") else None)


# a word that goes on past an outlet's name (人民网民, 中国网络, 红网格): not the outlet
_OUTLET_GOES_ON = compiled(r"[民友格络点红购店]")


class AgencyLexicon:
    def __init__(self, path: str | Path = DATA_DIR):
        path = Path(path)
        self.departments = _Departments({r[0]: (r[1], r[2]) for r in read_table(path / "departments.tsv")})
        self.needs_place = {r[0] for r in read_table(path / "departments.tsv") if len(r) > 3 and r[3] == "place"}
        self.central = {r[0]: (r[1], r[2] if len(r) > 2 and r[2] else None) for r in read_table(path / "central.tsv")}
        rows = read_table(path / "organizations.tsv")
        self.org_suffixes = [r[0] for r in rows]
        self.org_middle = {r[0]: int(r[1]) for r in rows if len(r) > 1 and r[1].strip()}
        self.org_named = frozenset(r[0] for r in rows if len(r) > 2 and r[2].strip() == "named")
        common = path / "org_suffix_words.txt"
        self.org_suffix_words = tuple(read_lines(common)) if common.exists() else ()
        facilities = path / "facility_words.txt"
        self.facility_words = tuple(read_lines(facilities)) if facilities.exists() else ()
        media = path / "media_outlets.txt"
        self.media_outlets = read_lines(media) if media.exists() else []
        # the words that end an outlet's name (日报, 网, 融媒体中心 …), shared with the byline reader
        outlets = path.parent / "structure" / "outlet_words.txt"
        self.outlet_words = read_lines(outlets) if outlets.exists() else []
        # verbs that open a list of places (新建, 支持, 覆盖 …): never the brand before a name
        openers = path.parent / "places" / "list_openers.txt"
        self.verbs = frozenset(read_lines(openers)) if openers.exists() else frozenset()
        zones = path / "zone_words.txt"
        self.zone_words = read_lines(zones) if zones.exists() else []
        # the last characters of a body's name that make a word with what follows (平台办理)
        rows = read_table(path / "word_continuations.tsv") if (path / "word_continuations.tsv").exists() else []
        self.word_continuations = {r[0]: (r[1], tuple(x for x in (r[2] if len(r) > 2 else "").split(",") if x))
                                   for r in rows}
        # national banks and enterprises written before a place in their branch's name
        national = path / "national_names.txt"
        self.national_names = tuple(sorted(read_lines(national), key=len, reverse=True)) if national.exists() else ()
        areas = path / "area_words.txt"
        self.area_words = read_lines(areas) if areas.exists() else []


class _Departments(dict):
    """The department list, which also knows the county bureaus the institutional reforms
    merged, written from two or more bureaus of the list, with 和 before the last or without
    (农业农村和科技局, 教育和体育局, 文化旅游体育局, 农牧农村和科技局): such a name is a
    department of its first part's kind. Nothing is stored on lookup, so a shared lexicon
    stays read-only."""

    def __init__(self, rows: dict[str, tuple[str, str]]):
        super().__init__(rows)
        self.stems: dict[str, str] = {}
        for written, (full, dept) in rows.items():
            for name in (written, full):
                if name.endswith("局") and "和" not in name and "{" not in name and len(name) >= 3:
                    self.stems.setdefault(name[:-1], dept)
        self.longest_stem = max(map(len, self.stems), default=0)

    def _parts(self, name: str) -> list[str] | None:
        """`name` cut into bureau stems, the longest first at each step (文化旅游体育 → 文化,
        旅游, 体育), or None when it cannot be."""
        parts, at = [], 0
        while at < len(name):
            for k in range(min(self.longest_stem, len(name) - at), 1, -1):
                if name[at:at + k] in self.stems:
                    parts.append(name[at:at + k])
                    at += k
                    break
            else:
                return None
        return parts

    def merged(self, written: str) -> tuple[str, str] | None:
        if not written.endswith("局") or written[:-1] in self.stems:
            return None
        a, joint, b = written[:-1].rpartition("和")
        head = a if joint else b
        parts = (self._parts(a) or []) + (self._parts(b) or []) if joint else self._parts(b)
        if joint and (self._parts(a) is None or self._parts(b) is None):
            return None
        if not parts or len(parts) < 2 or len(set(parts)) < len(parts) or not head:
            return None
        return written, self.stems[parts[0]]

    def __contains__(self, written) -> bool:
        return dict.__contains__(self, written) or self.merged(written) is not None

    def __missing__(self, written):
        found = self.merged(written)
        if found is None:
            raise KeyError(written)
        return found

    def merged_start(self, text: str, start: int) -> int | None:
        """Where a merged bureau's name begins when the bureau matched at `start` follows other
        bureaus' stems, with or without 和 (农业农村和|科技局, 文化旅游|体育局): the start of the
        first stem, else None."""
        at, joined = start, False
        while True:
            if not joined and text[at - 1:at] == "和":
                pos, joined = at - 1, True
            else:
                pos = at
            for k in range(min(self.longest_stem, pos), 1, -1):
                if text[pos - k:pos] in self.stems:
                    at = pos - k
                    break
            else:
                break
        return at if at < start else None


class _Call:
    """What one `find` call works with: the text's article boundaries."""

    def __init__(self, segments: list[tuple[int, int]]):
        self.segments = segments
        self.seg_starts = [s for s, _ in segments]

    def segment_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.seg_starts, pos) - 1
        if i >= 0 and self.segments[i][0] <= pos < self.segments[i][1]:
            return self.segments[i]
        return (0, 10 ** 12)


class AgencyMatcher:
    def __init__(self, lexicon: AgencyLexicon | None = None):
        self.lex = lexicon or AgencyLexicon()
        names = list(self.lex.central) + list(self.lex.departments)
        # one automaton pass each (policyie.automaton); 委 alone (县委, 省委) never before 托, 员
        # (not 员会), 屈, 婉, 派, 任, 实, 以; no name ending inside a longer word (平台办理)
        goes_on = self.lex.word_continuations
        self._dept = WordMatcher(names, accept=partial(_name_ends, goes_on))
        self._org = WordMatcher(self.lex.org_suffixes)
        self._org_suffix_tuple = tuple(self.lex.org_suffixes)
        self._media = WordMatcher(self.lex.media_outlets) if self.lex.media_outlets else None
        # an outlet where a text credits its source (来源：陇东报, 转自“某某发布”微信公众号) or opens a
        # news item with it (西双版纳报讯): a name ending in an outlet word, or a news account
        words = alternation(self.lex.outlet_words) if self.lex.outlet_words else None
        outlet = rf"(?!本[报网台])(?P<o>\p{{Han}}{{2,10}}?(?:{words}|发布|零距离))"
        self._credited = compiled(
            rf"(?:来源|稿源|信息来源|文章来源|转自|转载自)\s*[:：]?\s*[“\"]?{outlet}(?=[”\"]?微信公众号|[ \t\u3000\n]|$|[，。）)])"
            rf"|^[ \t\u3000]*{outlet}(?=讯|[ \t\u3000]+[0-9]{{4}}[-/.年])", regex.M) if words else None
        self._anaphor = compiled(r"[该本此我](?:部门|局|厅|委|院|所|部|办)|该(?:县|市|区|旗|州|镇|乡)(?:财政|政府)")
        self._level = compiled(rf"(?:{alternation(_LEVEL_WORDS)})级?$")
        self._zone_end = compiled(rf"(?:{alternation(self.lex.zone_words)})$") if self.lex.zone_words \
            else compiled(r"$^")
        self._area_end = compiled(rf"(?:{alternation(self.lex.area_words)})$") if self.lex.area_words \
            else compiled(r"$^")

    def find(self, text: str, places: list[tuple[int, int, Place]],
             segments: Sequence[tuple[int, int]] | None = None) -> tuple[list[tuple[int, int, Agency]], list[dict]]:
        """(agencies, anaphora links). `places` are (start, end, Place) mentions of `text`."""
        call = _Call(sorted(segments) if segments else [(0, len(text))])
        places = sorted(places, key=lambda x: x[0])
        place_starts = [x[0] for x in places]
        by_end = {e: (s, p) for s, e, p in places}
        found: list[tuple[int, int, Agency]] = []
        for m in self._dept.finditer(text):
            start, end, written = m.start(), m.end(), m.group()
            if written.startswith("街道") and start + 2 in by_end and by_end[start + 2][0] < start \
                    and written[2:] in self.lex.departments:
                start, written = start + 2, written[2:]  # 松港街道办事处: 办事处 of the 街道 named
            elif written == "街道办":
                if not (start + 2 in by_end and by_end[start + 2][0] < start):
                    continue                             # 吴兴区街道办: the district's sub-districts, none named
                start, written = start + 2, "办事处"      # 松港街道办: its 办事处, written short
            if written.startswith("民委") and text[start - 1:start] == "村":
                continue                                 # 村民委员会: a village committee, not 民委
            if written.endswith("办") and text[end:end + 1] == "公" and written[:-1] in self.lex.departments:
                end, written = end - 1, written[:-1]     # 镇政府办公楼: the government's building
            merged = self.lex.departments.merged_start(text, start) if written.endswith("局") else None
            if merged is not None and text[merged:end] in self.lex.departments:
                start, written = merged, text[merged:end]   # 农业农村和科技局: one merged bureau
            segment = call.segment_of(start)
            seg_places = places[bisect_left(place_starts, segment[0]):bisect_left(place_starts, segment[1])]
            agency = self._agency(text, start, end, written, by_end, seg_places, places, found)
            if agency is not None:
                agency = self._branch(text, agency, places, place_starts)
                site = _SITE_AFTER.match(text, agency[1])
                if site is not None:                     # 长海县人民政府网: the body's website, an outlet
                    name = text[agency[0]:site.end()]
                    found.append((agency[0], site.end(), Agency(name, name, None, None, agency[2].place)))
                    continue
                found.append(_with_inner_unit(text, agency))
        found.extend(self._organizations(text, places, found))
        found.extend(self._outlets(text, found, places))
        found.extend(self._signatures(text, places, found))
        found.extend(_post_accounts(text, found))
        found = _non_overlapping(found)
        links = self._anaphora(call, text, found)
        return found, links

    def _agency(self, text, start, end, written, by_end, seg_places, doc_places=(), found=()) \
            -> tuple[int, int, Agency] | None:
        if written.endswith("社") and text[end:end + 1] == "区":
            return None                                  # 新华社区: a residents' community, not 新华社
        if written.endswith("委") and text[end:end + 2] == "员会" and text[start - 1:start] in ("居", "村"):
            return None                                  # 社区居民委员会, 村民委员会: not 民委
        chain: list[tuple[int, Place]] = []
        pos = start
        level_char = None
        multi = False
        session = _SESSION.search(text, max(0, pos - 8), pos) if written.startswith("人") or written == "人大" else None
        if session and session.start() in by_end or (session and self._level.search(text, max(0, session.start() - 4),
                                                                                        session.start())):
            pos = session.start()                       # 县十八届人大, 沙洋县第六届人民代表大会
        many = _MULTI_LEVEL.search(text, max(0, pos - 8), pos) if pos not in by_end else None
        lv = self._level.search(text, max(0, pos - 4), pos) if many is None else None
        if many is not None:
            multi = True                                 # 市县财政, 省市县三级财政, 各级财政部门, 某乡镇政府
            pos = many.start()
        elif lv and pos not in by_end:
            word = lv.group().rstrip("级")
            before = text[lv.start() - 1:lv.start()] if lv.start() > 0 else ""
            if word == "区" and self._zone_end.search(text, max(0, lv.end() - 5), lv.end()):
                return None                              # 蓉江新区财政局: a zone the gazetteer lacks
            if word == "区" and self._area_end.search(text, max(0, lv.end() - 2), lv.end()):
                return None                              # 社区党委, 辖区派出所: an area, no district
            anonymous = _ANONYMOUS_BEFORE.search(text, max(0, lv.start() - 2), lv.start())
            if anonymous and lv.start() not in by_end and written in self.lex.departments:
                full, dept = self.lex.departments[written]   # A县财政局, 甲乡政府, XX县: a body not named
                return anonymous.start(), end, Agency(text[anonymous.start():end], None, dept,
                                                      _LEVEL_WORDS.get(word), None, resolved=False)
            if lv.start() in by_end and not lv.group().endswith("级") and word not in ("自治区", "自治州", "自治县"):
                pass                                     # 兰州市财政局: 市 is part of the place
            elif before and before in "该本" and not lv.group().endswith("级") and \
                    not (written.endswith("财政") and text[end:end + 1] != "局"):
                level_char = word                        # 该区人力社保局: 人力社保局 (the span) of the 区 named before
            elif before and before in _GENERIC_BEFORE:
                pass                                     # 该县财政, 本市: an anaphor or a generic word
            else:
                level_char = word
                pos = lv.start()
        if not level_char and not multi:
            while pos in by_end:
                s, p = by_end[pos]
                chain.insert(0, (s, p))
                pos = s
        elif level_char and pos in by_end:
            while pos in by_end:                         # 广西壮族自治区财政厅 written as 广西自治区…
                s, p = by_end[pos]
                chain.insert(0, (s, p))
                pos = s
        span_start = chain[0][0] if chain else pos      # (after 该县 the body alone: pos is its start)
        party = _PARTY_PREFIX.search(text, max(0, span_start - 4), span_start)
        if party and (chain or level_char):
            span_start = party.start()
        if text[end:end + 1] == "门" and written.endswith("部"):
            return None                                  # 人社部门, 财政部门 without a place: generic
        if written == "财政" or written == "中央财政":
            acting = _FISCAL_VERB_AMOUNT.match(text, end) \
                or text[span_start - 1:span_start] == "由" and _AGENT_VERB_AFTER.match(text, end)
            # 县财政投入1850万元, 由市财政负担: the body acting
            if _FISCAL_NOUN_AFTER.match(text, end) and not acting:
                return None                              # 中央财政资金, 省财政收入: money, not the body
            fund = _FUND_NAME_AFTER.match(text, end)
            if fund and not acting and not _ALLOCATING_VERB.search(fund.group()):
                return None
        if written == "审计署" and not chain and not level_char:
            office = _AUDIT_OFFICE.match(text, end)
            if office:                                   # 审计署长沙特派办: the office at 长沙
                canonical = f"审计署驻{office.group('city')}特派员办事处"
                return start, office.end(), Agency(text[start:office.end()], canonical, "审计", "central", None)
        if written in self.lex.central and not chain and not level_char and not multi:
            canonical, dept = self.lex.central[written]
            if text[start - 1:start] in ("市", "县", "区", "省") and written in ("人民银行",):
                return None
            return start, end, Agency(written, canonical, dept, "central", None)
        if written not in self.lex.departments:
            return None
        if _NOT_AGENCY_AFTER.match(text, end) and written in ("政府", "人民政府", "财政") \
                and not (written == "财政" and _FISCAL_VERB_AMOUNT.match(text, end)):
            return None                                  # 政府采购, 政府投资: not the body
        full, dept = self.lex.departments[written]
        if written in self.lex.needs_place and not chain and not level_char and not multi:
            return None                                  # 委, 财政 alone: not a body
        youth = written == "委" and level_char and text[pos - 1:pos] == "团" and not chain
        if youth:                                        # 团县委, 团市委: the Youth League committee
            full, dept, span_start = "共青团{place}委员会", "团委", pos - 1
        owner = _COMMITTEE_OWNER.search(text, max(0, span_start - 10), span_start) \
            if written in ("委员会", "委") and chain and not party else None
        if owner and owner.group("league"):              # 共青团临夏县委(员会): the Youth League's
            full, dept, span_start = "共青团{place}委员会", "团委", owner.start()
        elif owner and written == "委员会":               # 政协甘谷县委员会: the CPPCC's committee
            full, dept, span_start = "中国人民政治协商会议{place}委员会", "政协", owner.start()
        if multi:
            name = text[pos:end]
            if name[0] in "各全" and name[1] != "级" and _ADDRESSEE_REST.match(text, end):
                return None                              # 各乡镇人民政府： the addressees of a notice
            return pos, end, Agency(name, None, dept, None, None, resolved=False)
        if not chain and not level_char and text[start - 1:start] in ("、", "和", "及") \
                and _PLURAL_BEFORE.search(text, max(0, start - 20), start - 1) and _ADDRESSEE_REST.match(text, end):
            return None                                  # 各县（市、区）财政局、农业农村局： addressees
        if not chain and not level_char and found and text[start - 1:start] in ("、", "和", "及") \
                and found[-1][1] == start - 1 and found[-1][2].department:
            prev = found[-1][2]                          # 各县（市、区）财政局、农业农村局: the same bodies
            if prev.canonical is None or "、" in prev.canonical:
                return start, end, Agency(written, None, dept, prev.level, prev.place, resolved=False,
                                          candidates=prev.candidates)
            if prev.place is not None and prev.level != "central":
                if full == "{fiscal}":
                    full = _fiscal_body(prev.level, prev.place)
                prefix = canonical_place_name(prev.place)
                canonical = full.replace("{place}", prefix) if "{place}" in full else prefix + full
                return start, end, Agency(written, canonical, dept, prev.level, prev.place)
        if not chain and not level_char and not multi and full == "管理委员会":
            zone = self._zone_body(text, start, by_end)
            if zone is not None:                         # 江西赣州南康家具产业园管委会: the zone's committee
                zone_start, place = zone
                name = text[zone_start:end]
                return zone_start, end, Agency(name, text[zone_start:start] + full, dept, "county", place)
        if not chain and not level_char and not _BARE_OK.search(written):
            return None                                  # bare 政府, 法院: too generic
        place = chain[-1][1] if chain else None
        if place is None:
            place = _context_place(seg_places, level_char, span_start)
        if place is None and level_char and doc_places:
            # an article with no place of its own (a notice's table read as an article apart
            # from its signature 衡东县草市镇人民政府): the document's places
            place = _context_place(list(doc_places), level_char, len(text))
        if place is not None and not place.adcode and place.level not in ("zone", "village") \
                and place.candidates:
            # a same-named place the text could not decide: flagged, with its candidates
            name = text[span_start:end]
            return span_start, end, Agency(name, None, dept, _LEVEL_WORDS.get(level_char or ""), place,
                                           resolved=False, candidates=place.candidates)
        if place is None:
            name = text[span_start:end]
            return span_start, end, Agency(name, None, dept, _LEVEL_WORDS.get(level_char or ""), None,
                                           resolved=False)
        level = place.level if place.level in ("province", "city", "county", "township") else \
            (_LEVEL_WORDS.get(level_char) if level_char else ("county" if place.level == "zone" else None))
        if full == "{fiscal}":
            full = _fiscal_body(level, place)
        prefix = canonical_place_name(place)
        if place.level == "township" and place.county:
            # the county written by its former name (横山县, now 横山区): its townships keep it
            old = next((p.full_name for _, _, p in seg_places if p.current and p.current == place.adcode
                        and p.level == "county" and p.full_name), None)
            if old:
                prefix = old + (place.full_name or place.name)
        canonical = full.replace("{place}", prefix) if "{place}" in full else prefix + full
        if chain and not level_char and not party:
            shared = self._distributed(text, chain[0][0], place, full, by_end)
            if shared is not None:                       # 永丰县、泰和县财政局: each county's bureau
                first, names = shared
                return first, end, Agency(text[first:end], "、".join(names + [canonical]), dept, level, place)
        name = text[span_start:end]
        return span_start, end, Agency(name, canonical, dept, level, place)

    def _zone_body(self, text: str, start: int, by_end) -> tuple[int, Place] | None:
        """The zone a committee written right after it governs, when the zone's name opens with
        the places it lies in (江西赣州南康家具产业园管委会, 遂宁市船山区物流产业园区管委会):
        (the start of the first place, the last place); None without such places."""
        kind = self._zone_end.search(text, max(0, start - 6), start)
        if kind is None:
            return None
        for pos in range(kind.start(), max(-1, kind.start() - 7), -1):
            if pos in by_end and _ZONE_NAME.fullmatch(text, pos, kind.start()):
                place = by_end[pos][1]
                while pos in by_end:
                    pos = by_end[pos][0]
                return pos, place
        return None

    @staticmethod
    def _branch(text, agency, places, place_starts):
        """A body's branch in a place, written after it: 市生态环境局武宁分局, 人民银行宁德市分行,
        国家税务总局福州市税务局 -- one body, the branch."""
        s, e, ag = agency
        k = bisect_left(place_starts, e)
        if ag.canonical is None or k >= len(places) or places[k][0] != e:
            return agency
        suffix = _BRANCH.match(text, places[k][1])
        if suffix is None or (suffix.group() != "分局" and ag.level != "central"):
            return agency
        end = suffix.end()
        branch = text[e:end]
        return s, end, Agency(text[s:end], ag.canonical + branch, ag.department, ag.level, ag.place)

    @staticmethod
    def _distributed(text, pos, place, full, by_end):
        """Places of the same level listed before the one a body is written after (永丰县、
        泰和县财政局, 定西市安定区、通渭县财政局): (start of the list, canonical names of the
        bodies of the earlier places), or None."""
        names: list[str] = []
        first = None
        while text[pos - 1:pos] == "、" and pos - 1 in by_end:
            s, p = by_end[pos - 1]
            start = s
            while start in by_end:                       # 定西市安定区: the chain before it
                start = by_end[start][0]
            if not p.adcode or p.level != place.level:
                break
            prefix = canonical_place_name(p)
            names.insert(0, full.replace("{place}", prefix) if "{place}" in full else prefix + full)
            first, pos = start, start
        return (first, names) if names else None

    def _organizations(self, text, places, agencies) -> list[tuple[int, int, Agency]]:
        """Companies, banks, schools, media outlets named after a place: 浙江交通集团, 龙岩农信,
        山西日报."""
        out = []
        taken = sorted((s, e) for s, e, _ in agencies)
        taken_starts = [s for s, _ in taken]
        by_end = sorted(places, key=lambda x: x[1])
        ends = [x[1] for x in by_end]
        for m in self._org.finditer(text):
            k = bisect_right(ends, m.start())
            limit = self.lex.org_middle.get(m.group(), 6)
            if k == 0 or m.start() - ends[k - 1] > limit:
                continue
            s, e, p = by_end[k - 1]
            middle = text[e:m.start()]
            if _NO_NAME_MIDDLE.search(middle) or self._coordinated(middle) \
                    or text[m.end():m.end() + 1] in ("和", "与", "及", "、") \
                    and text.startswith(self._org_suffix_tuple, m.end() + 1) \
                    or text[s - 1:s] in ("、", "和", "及") and k >= 2 and by_end[k - 2][1] == s - 1:
                continue                                 # 某镇等乡镇学校, 某乡一家公司, 某镇学校和卫生院: no name
            if not _ORG_MIDDLE.fullmatch(middle) or _SIZE_WORDS.search(middle + m.group()) \
                    or len(middle) > 6 and _ORG_PROSE.search(middle) or _ORG_PROSE_START.match(middle):
                continue                                 # (临夏县今年新增省级示范合作社: prose, no name)
            if self.lex.org_suffix_words and (middle + m.group()).endswith(self.lex.org_suffix_words):
                continue                                   # 和平村管网改造: pipes, not a news site
            if _PROJECT_AFTER.match(text, m.end()):
                continue                                   # 青稞加工厂建设项目: a project
            if self.lex.facility_words and (middle + m.group()).endswith(self.lex.facility_words) \
                    and (_WORKS_AFTER.match(text, m.end()) or _WORKS_BEFORE.search(text, max(0, s - 4), s)):
                continue                                   # 八里河镇污水处理厂提标改造: a public work
            if m.group() in self.lex.org_named and (len(middle) < 2 or _ORG_PROSE.search(middle)
                                                    or _GENERIC_AFTER.match(text, m.end())):
                continue                                   # 临夏县今年培育家庭农场, 工厂化, 养殖场户: no name
            if any(ps < m.end() < pe for ps, pe, _ in by_end[k - 1:k + 2]):
                continue                                   # 会理市鹿厂镇: the suffix ends inside a place
            # the name may start at an earlier place: 上海劳达(杭州)律师事务所
            j = k - 2
            while j >= 0 and s - by_end[j][1] <= 4 and _BETWEEN_PLACES.fullmatch(text[by_end[j][1]:s]):
                s, e, p = by_end[j][0], by_end[j][1], by_end[j][2]
                j -= 1
            # a short brand before the place (国网衢州供电公司)
            lead = _BRAND.search(text[max(0, s - 3):s])
            if lead and (lead.group() in self.lex.verbs or lead.group()[0] in _NOT_BRAND):
                lead = None                                # 新建金牛镇第三小学, 为城关镇卫生院: a verb, no brand
            start = s - len(lead.group()) if lead and text[s - len(lead.group()) - 1:s - len(lead.group())] in "，。、；：“”(（ \n,;:" else s
            national = next((n for n in self.lex.national_names if text.endswith(n, 0, s)), None)
            if national is not None:
                start = s - len(national)                  # 国家开发银行黑龙江分行: the bank's branch
            j = bisect_left(taken_starts, m.end())
            if any(a < m.end() and start < b for a, b in taken[max(0, j - 3):j]):
                continue
            name = text[start:m.end()]
            out.append((start, m.end(), Agency(name, name, None, None, p)))
        return out

    def _coordinated(self, middle: str) -> bool:
        """Whether the words between a place and an organization's suffix join two common nouns
        (学校和, 卫生院、): a place's facilities listed, not one body's name."""
        for i, ch in enumerate(middle):
            if ch in "和与及、" and i and middle.endswith(self._org_suffix_tuple, 0, i):
                return True
        return False

    def _signatures(self, text: str, places, found) -> list[tuple[int, int, "Agency"]]:
        """A villagers' or residents' committee signing a page: a line holding only its full name
        (with the county, township and village before it), its seal and a date (酉阳县龙潭镇梨耳
        村民委员会（章）⏎2024年3月15日). A committee is no government body: an organization, and
        the places written in its name are no standalone places. The same line opening the
        article is no signature but the head of its title, which names the places it is about."""
        if "委员会" not in text and "委会" not in text:
            return []
        out = []
        for sig in _SIGNATURE.finditer(text):
            if WRITTEN_DATE.sub("", sig.group("rest")).strip(" \t\u3000") or figure_on_next_line(text, sig.end()):
                continue                                   # 东湾村村委会 12.5, 卡多村委会⏎60000: a table's row
            if not text[:sig.start()].strip() and _TITLE_AFTER.match(text, sig.end()):
                continue                                   # the article's first line over its title: the
                                                           # title's places (琳琅村村民委员会⏎2024年度…资金公开)
            s, e = sig.span("body")
            if any(a < e and s < b for a, b, _ in found):
                continue
            inside = [p for ps, pe, p in places if s <= ps and pe <= e]
            out.append((s, e, Agency(sig.group("body"), sig.group("body"), None, None, inside[0] if inside else None)))
        return out

    def _outlets(self, text: str, found: list, places=()) -> list[tuple[int, int, "Agency"]]:
        """News outlets named without a place (人民网, 中证网, 澎湃新闻; media_outlets.txt), where no
        agency or organization found covers them and no longer word goes on (人民网民)."""
        if self._media is None:
            return []
        out = []
        for m in self._media.finditer(text):
            if _OUTLET_GOES_ON.match(text, m.end()) or any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            out.append((m.start(), m.end(), Agency(m.group(), m.group(), None, None, None)))
        if self._credited is not None:
            taken = found + out
            place_ends = {pe: ps for ps, pe, _ in places}
            for m in self._credited.finditer(text):
                s, e = m.span("o")
                if any(a < e and s < b for a, b, _ in taken):
                    continue
                word = next((w for w in _ACCOUNT_WORDS if m.group("o").endswith(w)), None)
                if word is not None and place_ends.get(e - len(word)) != s \
                        and not _gazetteer().lookup(m.group("o")[:-len(word)]):
                    continue                             # 信息发布, 政策发布: no place's news account
                out.append((s, e, Agency(m.group("o"), m.group("o"), None, None, None)))
        return out

    def _anaphora(self, call: _Call, text, agencies) -> list[dict]:
        """该局, 本局, 我局, 本部门, 该县财政 -> the agency they refer to (the nearest one before
        them in the article whose name ends like the anaphor; for 本部门/我局 the nearest body)."""
        links = []
        starts = [a[0] for a in agencies]
        for m in self._anaphor.finditer(text):
            seg = call.segment_of(m.start())
            window = agencies[bisect_left(starts, seg[0]):bisect_left(starts, m.start())]
            word = m.group()
            gov = [a for a in window[-20:] if a[2].department]
            if word[1:] in ("部门",):
                before = gov
            elif word.endswith(("财政", "政府")):
                level = _LEVEL_WORDS.get(word[1])
                dept = "财政" if word.endswith("财政") else "政府"
                before = [a for a in gov if a[2].department == dept and (a[2].level == level or level is None)]
            else:
                before = [a for a in gov if (a[2].canonical or a[2].name).endswith(word[1:])]
            # a body named in an oblique phrase (由X验收后拨付, 经X审核) is rarely what 该局 means:
            # the nearest body that is not, when there is one
            subjects = [a for a in before if not _OBLIQUE_BEFORE.search(text, max(seg[0], a[0] - 12), a[0])
                        and not (_BY_BEFORE.search(text, max(seg[0], a[0] - 12), a[0]) and _REVIEWS_AFTER.match(text, a[1]))]
            if subjects:
                before = subjects
            if before:
                s, e, ag = before[-1]
                links.append({"start": m.start(), "end": m.end(), "text": word,
                              "antecedent": [s, e], "canonical": ag.canonical})
        return links


def canonical_place_name(place: Place) -> str:
    """Name used in canonical agency names: districts keep their city or municipality
    (合肥市庐阳区, 重庆市荣昌区), counties and county-level cities stand alone (东台市),
    provinces and cities by their full name, townships after their county (余杭区 keeping
    杭州市: 杭州市余杭区径山镇)."""
    name = place.full_name or place.name
    if place.level == "county" and name.endswith("区"):
        outer = place.city or (place.province if place.province in _MUNICIPALITIES else None)
        if outer and outer != name:
            return outer + name
    if place.level == "township" and place.county:
        county = place.county
        if county.endswith("区"):
            outer = place.city or (place.province if place.province in _MUNICIPALITIES else None)
            if outer:
                county = outer + county
        return county + name
    return name


_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def _fiscal_body(level: str | None, place: Place | None) -> str:
    """The finance body of a level written 省财政, 市财政, 镇财政: a province's 财政厅 (a
    municipality's 财政局: 重庆市财政局), a township's 财政所, else 财政局."""
    if level == "province" and place is not None and (place.full_name or place.name) in _MUNICIPALITIES:
        return "财政局"
    return {"province": "财政厅", "township": "财政所"}.get(level or "", "财政局")


def _context_place(places: list[tuple[int, int, Place]], level_char: str | None, before: int) -> Place | None:
    """The place an agency written without one belongs to (市财政局, 人社局): the nearest place
    mentioned before it in the article whose name ends in the level word (市, 县, 区 …), or
    with no level word the nearest city or county; failing that, the most mentioned one.
    For 省/市 with no such place written, the province/city the nearest place lies in."""
    preceding = [p for s, e, p in sorted(places, key=lambda x: x[0]) if e <= before and p.level and p.adcode]
    preceding.reverse()
    ranked = [p for p in salient_places(places) if p.level]
    wanted = {"省": ("province",), "自治区": ("province",), "市": ("city", "county"), "州": ("city",),
              "自治州": ("city",), "盟": ("city",), "县": ("county",), "自治县": ("county",), "区": ("county", "zone"),
              "旗": ("county",), "自治旗": ("county",), "镇": ("township",), "乡": ("township",),
              "街道": ("township",)}
    if level_char == "市":
        city = _city_of_many_counties(places)
        if city is not None:
            return city
    if level_char:
        levels = wanted.get(level_char, ())
        for pool in (preceding, ranked):
            for p in pool:
                name = p.full_name or ""
                if p.level in levels and (name.endswith(level_char) or level_char in ("自治区", "自治州", "自治县", "自治旗")
                                          and level_char in name or level_char == "州" and "自治州" in name):
                    return p
        # 自治区财政厅 belongs to one of the five autonomous regions, never to a province
        fits = (lambda p: "自治区" in (p.province or p.full_name or "")) if level_char == "自治区" else (lambda p: True)
        anchor = next((p for p in preceding + ranked if p.level in ("county", "city", "township", "zone") and fits(p)),
                      None)
        if anchor is None and level_char in ("省", "自治区"):
            anchor = next((p for p in preceding + ranked if p.level == "province" and fits(p)), None)
        if anchor is not None and level_char in ("省", "市", "自治区", "州", "自治州", "盟"):
            from .places import default_matcher
            gaz = default_matcher().gaz
            target = "province" if level_char in ("省", "自治区") else "city"
            if anchor.level == target:
                return anchor
            name = anchor.province if target == "province" else anchor.city
            if target == "city" and not name and anchor.province in _MUNICIPALITIES:
                name, target = anchor.province, "province"     # 市财政 in a 城口县 article: 重庆市
            for u in gaz.lookup(name or ""):
                if u.level == target and not u.historical:
                    return Place(name=u.name, full_name=u.name, level=u.level, adcode=u.code,
                                 province=u.province or (u.name if u.level == "province" else None),
                                 city=u.name if u.level == "city" else None, parent=u.parent or None)
        return None
    for pool in (preceding, ranked):
        for p in pool:
            if p.level in ("county", "city", "zone"):
                return p
    return ranked[0] if ranked else None


def _city_of_many_counties(places: list[tuple[int, int, Place]]) -> Place | None:
    """A text that names three or more counties of one city (a city's allocation notice) and no
    other county: 市 is that city, not a county-level city among them (资兴市 in 郴州's list)."""
    counties = {p.adcode: p for _, _, p in places if p.level == "county" and p.adcode}
    if len(counties) < 3:
        return None
    cities = {p.city for p in counties.values()}
    if len(cities) != 1 or None in cities:
        return None
    from .places import default_matcher
    gaz = default_matcher().gaz
    for u in gaz.lookup(cities.pop()):
        if u.level == "city" and not u.historical:
            return Place(name=u.name, full_name=u.name, level=u.level, adcode=u.code,
                         province=u.province or None, city=u.name, parent=u.parent or None)
    return None


# a body's website written right after its name (长海县人民政府网, 县财政局门户网站), not 网格, 网点 …
_SITE_AFTER = compiled(r"门户网站|网站|网(?=$|[\s\u3000，。、；：:）)】|｜·—-])")
# an office or station inside a body, written right after it (甘南州财政局办公室, 县农业农村局种植业
# 管理站, 新县人民政府农村综合改革领导小组办公室): its office, a leading group's office, or a
# station named by the sector it manages; never a verb and its object (牵头成立工作专班办公室)
_INNER_UNIT = compiled(r"办公室|[^\P{Han}省市县区州旗盟镇乡局厅委府和与及或同对向在为从将的等是到]{2,12}?领导小组办公室"
                       r"|(?:\p{Han}{0,4}?(?:业|经济|经营|农村))?(?:经营管理站|管理站)")


def _with_inner_unit(text: str, found: tuple[int, int, "Agency"]) -> tuple[int, int, "Agency"]:
    """A body and the office or station inside it written right after it, as one body (the
    office signs for it; its department and place are the body's)."""
    s, e, ag = found
    unit = _INNER_UNIT.match(text, e)
    if unit is None or ag.department is None:
        return found
    end = unit.end()
    inner = text[e:end]
    return s, end, Agency(text[s:end], ag.canonical + inner if ag.canonical else None, ag.department, ag.level,
                          ag.place, ag.resolved, ag.candidates)


def _non_overlapping(items):
    items = sorted(items, key=lambda x: (-(x[1] - x[0]), x[0]))
    chosen = []
    for it in items:
        if all(it[1] <= c[0] or it[0] >= c[1] for c in chosen):
            chosen.append(it)
    return sorted(chosen, key=lambda x: x[0])


@lru_cache(maxsize=1)
def _gazetteer():
    from .gazetteer import default_gazetteer          # loaded once per process, read-only
    return default_gazetteer()


def default_agency_matcher() -> AgencyMatcher:
    return AgencyMatcher()


def _post_accounts(text: str, found) -> list[tuple[int, int, "Agency"]]:
    """The account a WeChat post was published by, in the post's header line: the name right
    before the date and time (原创　古田发布　2024-08-06 17:30　福建; 贺兰农业农村  2023-11-06
    17:20  发表于宁夏). An outlet: the place its name starts with is the account's."""
    if ":" not in text and "：" not in text:
        return []                                  # no time of day, no post's header
    out = []
    ends = {b for _, b, _ in found}
    for m in _POST_HEADER.finditer(text):
        s, e = m.span("o")
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s].rstrip(" \t\u3000")
        if before not in ("", "原创", "转载") and line_start + len(before) not in ends:
            continue                               # 通讯员 刘某某  2024-03-12 08:41: a byline's name
        if not (m.group("orig") or m.group("where")) or _FIELD_NAME.search(m.group("o")):
            continue                               # 发布时间 2024-05-20 10:12: a form's field, no post's header
        if not any(a < e and s < b for a, b, _ in found):
            out.append((s, e, Agency(m.group("o"), m.group("o"), None, None, None)))
    return out
