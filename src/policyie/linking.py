"""Linking each money amount to what it is for, who spends it, where and when.

Pure logic over the caller's text and plain annotations (quantities, places, agencies,
articles, sentence offsets); the spaCy component `policyie_records` feeds it from a Doc.

How a record is filled (docs/records.md has the full account):

1. The amount's sentence is cut into clauses (`policyie.clauses`): commas between digits
   and separators inside brackets or quotes do not cut.
2. Roles are read from the clauses with the vocabulary of `data/records/cues.tsv`
   (`policyie.cues`): the noun the amount measures, the funding verb, audit findings,
   purpose markers and verbs, fund names, receivers.
3. The fields follow from the roles, each with its reason in `record["why"]`:
   * kind — standard (a rate or threshold) > audit finding > the measured noun's head >
     the clause's funding verb > a fund noun (spending) > other;
   * purpose — an expenditure line's sector > a marker or verb after the amount (shared by
     the amounts of one list before it) > 为X / 用于X的 / 对X给予 before it > the noun a
     threshold qualifies > what the fund's name says it is for > the purpose of the total a
     part belongs to (其中) > none;
   * fund — the fund named right before or after the amount;
   * beneficiary — who receives the money (为/向/对/惠及 X, X受益);
   * agency, place, year — from the sentence, else the article (its byline, headline and
     body), never across a boundary of articles.

The `Linker` keeps no state between calls: everything a call computes lives in a per-call
`_Doc` context, so one linker serves every thread.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import regex

from .clauses import clause_at, clause_bounds
from .charmap import CharMap
from .cues import GIVING_ONLY, LIST_JOINTS, Cues, Found, _NEGATED, _after_time_word, _found
from .hanzi import to_simplified
from .purpose_model import CHOSEN, PurposeModel, default_model as default_purpose_model, purpose_options, \
    overrules as purpose_overrules
from .quantity import row_tokens
from .regexes import DATELINE_AFTER, DATELINE_BEFORE, DETERMINER_CHARS, OUTLET_DATELINE_AFTER, PAYING_VERBS, \
    REVIEW_VERBS, SECTION_NUMBER, TOTAL_WORD, alternation, compiled
from .kind_model import KindModel, context_grams as kind_context, default_model as default_kind_model, \
    features as kind_features, overrules

DATA_DIR = Path(__file__).parent / "data" / "records"
#: kinds that are not a government's own money: no default agency
NOT_GOVERNMENT_KINDS = ("credit", "output", "claim", "trade")
#: kinds whose agency is taken from the article when the sentence names none
DEFAULT_AGENCY_KINDS = ("spending", "transfer", "procurement")
#: kinds of budget lines: the report states them, no body spends them
LINE_KINDS = ("revenue", "expenditure")
#: kinds of money that an allocation list or table shares out by place
ALLOCATION_KINDS = ("spending", "transfer", "investment")
#: the reason given when nothing in the text says what kind an amount is
NO_CUE = "no cue"
#: the reason given when 对X names who receives a rate (对新认定的专精特新企业每家奖励50万元), not its use
RECEIVERS = "对X names who receives it; its use is said elsewhere or not at all"
REMEDY = "a remedy an audit report states"
#: a weak reason for a kind, which a part's total or a list's first item overrides
WEAK_KIND = (NO_CUE, "a fund")
_RANK = {"province": 1, "city": 2, "county": 3, "zone": 4, "township": 5, "village": 6}


@dataclass
class _Doc:
    """What one `link` call knows about its document (never shared between calls)."""
    text: str
    amounts: list[dict]
    sentences: list[int]
    articles: list[dict]
    gov: list[dict]
    orgs: list[dict]
    usable: list[dict]
    dates: list[dict]
    links: list[dict]
    noise: list[list]
    skip_to: dict[int, int]
    percents: list[dict] = field(default_factory=list)
    place_spans: list[tuple[int, int]] = field(default_factory=list)
    memo: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.amount_starts = [q["start"] for q in self.amounts]
        self.amount_ends = [q["end"] for q in self.amounts]
        self.gov_starts = [a["start"] for a in self.gov]
        self.org_starts = [a["start"] for a in self.orgs]
        self.usable_starts = [p["start"] for p in self.usable]
        self.date_starts = [d["start"] for d in self.dates]
        self.link_starts = [l["start"] for l in self.links]
        self.noise_starts = [n[0] for n in self.noise]
        self.art_starts = [a["start"] for a in self.articles]
        self.percent_starts = [p["start"] for p in self.percents]


class Linker:
    #: articles longer than this (characters) are treated as possibly several unsegmented ones
    long_article = 4000
    #: how far back (characters) the nearest place is looked for in such an article
    window = 1500
    #: how far (characters) around an amount its sentence is read
    reach = 300
    #: how many clauses after an amount a purpose marker is looked for
    purpose_clauses = 3
    #: give an amount whose sentence names no body the article's (its signing body, finance
    #: bureau or first local body). Off: the agency is the body the text names for the amount,
    #: as the corpus annotates it; on dev the defaults were wrong more often than right
    default_agency = False
    #: how far (characters after the headline) an article's lead reaches
    lead = 200

    def __init__(self, cues: Cues | None = None, kind_model: KindModel | None | str = "default",
                 purpose_model: PurposeModel | None | str = None, keep_candidates: bool = False):
        self.cues = cues or Cues.from_file()
        self.kind_model = default_kind_model() if kind_model == "default" else kind_model
        self.purpose_model = default_purpose_model() if purpose_model == "default" else purpose_model
        #: keep each record's purpose candidates and their features (`_purpose_candidates`), to
        #: train the purpose model on (`scripts/train_purpose_model.py`)
        self.keep_candidates = keep_candidates

    # -- the whole document ------------------------------------------------------------------

    def link(self, text: str, amounts: list[dict], *, sentences: list[int], articles: list[dict],
             places: list[dict], agencies: list[dict], dates: list[dict], agency_links: list[dict],
             noise: list[list] = (), percents: list[dict] = ()) -> list[dict]:
        """One record dict per money amount (dicts from `doc._.quantities` with label MONEY).
        Cues are matched on the text read as simplified characters (same offsets); phrases are
        cut from the text as given."""
        original, text = text, _PUNCTUATION_MAP(to_simplified(text))
        examples = _examples_of_more(text, places)
        skip_to: dict[int, int] = {}
        for item in (*dates, *places, *agencies):
            skip_to[item["start"]] = max(item["end"], skip_to.get(item["start"], 0))
        ctx = _Doc(
            text=text, amounts=sorted(amounts, key=lambda q: q["start"]), sentences=sentences,
            articles=sorted(articles, key=lambda a: a["start"]),
            gov=sorted((a for a in agencies if a.get("department")), key=lambda a: a["start"]),
            orgs=sorted((a for a in agencies if not a.get("department")), key=lambda a: a["start"]),
            usable=sorted((p for p in places if p.get("level") and (
                p.get("adcode") or p.get("level") in ("township", "zone", "village")) and not _in_dateline(text, p)
                and (p["start"], p["end"]) not in examples),
                key=lambda p: p["start"]),
            dates=sorted(dates, key=lambda d: d["start"]),
            links=sorted(agency_links, key=lambda l: l["start"]),
            noise=sorted(noise or ()), skip_to=skip_to,
            percents=sorted(percents or (), key=lambda p: p["start"]),
            place_spans=sorted((p["start"], p["end"]) for p in places))
        records: list[dict] = []
        for q in ctx.amounts:
            records.append(self._record(ctx, q, records))
        self._rate_lists(ctx, records)
        _caps(records, ctx.amounts, text, self.cues)
        _rates_of_allocation(records, ctx.amounts, text)
        self._parts(ctx, records)
        self._table_rows(ctx, records)
        self._use_column(ctx, records)
        self._place_shares(ctx, records)
        self._share_topic(records, text)
        _share_total_purpose(records, text)
        _progress_of_totals(records, text)
        _sources_of_investment(records, ctx.amounts, text, self.cues)
        self._anaphoric_use(ctx, records)
        self._project_anaphora(ctx, records)
        self._respectively(ctx, records)
        self._title_use(ctx, records)
        self._listed_receivers(ctx, records)
        _unit_prices(ctx, records)
        if self.purpose_model is not None or self.keep_candidates:
            self._choose_purposes(ctx, records)
        _shares_follow_their_allocation(records)
        _purposes_without_their_place(ctx, records)
        _purposes_without_rate_words(ctx, records, self.cues)
        _sources_state_no_use(records, self.cues)
        _no_use_of_kind(records)
        _restatements(records)
        for r in records:
            r.pop("_q", None)
            if not self.keep_candidates:
                r.pop("_candidates", None)
            for key, span in (("purpose", "purpose_start"), ("fund", "_fund"), ("beneficiary", "_beneficiary")):
                at = r.get(span)
                if isinstance(at, tuple):
                    r[key] = original[at[0]:at[1]]
                elif at is not None and r[key] is not None:
                    r[key] = original[at:r["purpose_end"]]
            r.pop("_fund", None)
            r.pop("_row", None)
            r.pop("_beneficiary", None)
        for prev, r in zip(records, records[1:]):
            # items of a list after a total, with no cue of their own (分级次看：市本级44亿元)
            if r["why"]["kind"] == NO_CUE and r["start"] - prev["end"] <= 150 \
                    and "\n" not in text[prev["end"]:r["start"]]:
                r["kind"], r["why"]["kind"] = prev["kind"], "the kind of the list it continues"
        return records

    def _record(self, ctx: _Doc, q: dict, before: list[dict]) -> dict:
        text, s, e = ctx.text, q["start"], q["end"]
        sent_start, sent_end = _sentence_of(s, ctx.sentences, len(text))
        sent_start, sent_end = max(sent_start, s - self.reach), min(sent_end, e + self.reach)
        bounds = ctx.memo.get(("clauses", sent_start, sent_end))   # amounts of one sentence share them
        if bounds is None:
            bounds = ctx.memo[("clauses", sent_start, sent_end)] = clause_bounds(text, sent_start, sent_end)
        k = clause_at(bounds, s)
        c_start, c_end = bounds[k] if bounds else (sent_start, sent_end)
        c_end = max(c_end, e)
        article = _article_of(ctx, s)
        a_start, a_end = (article["start"], article["end"]) if article else (0, len(text))
        why: dict[str, str] = {}

        prev = bisect_right(ctx.amount_ends, s) - 1           # never reach back over an amount
        m_start = max(c_start, ctx.amount_ends[prev]) if prev >= 0 else c_start
        if k > 0 and m_start == c_start and not text[c_start:s].strip() \
                and _FIELD_COLON.fullmatch(text, bounds[k - 1][1], c_start):
            # 预算金额：2,136,400.00元: a form's field names what its value measures
            m_start = max(bounds[k - 1][0], ctx.amount_ends[prev]) if prev >= 0 else bounds[k - 1][0]
        # the rate words of the amount (每人每年610元) stand between its noun and its number
        ps = q.get("per_start")
        m_end = ps if ps is not None and m_start <= ps < s and q.get("per_end", s) <= s \
            and (not text[q.get("per_end", s):s].strip() or _RATE_CHANGE_VERB.fullmatch(text, q.get("per_end", s), s)) \
            else s
        if q.get("row_start") is not None:
            # a bare number in a table row: what it measures is the row's label (税收收入 89275)
            rs, re_ = q["row_start"], q["row_end"]
            total = _ROW_TOTAL.search(text, rs, re_)          # 契税小计 → 契税
            if total:
                re_ = total.start()
            colon = max(text.rfind("：", rs, re_), text.rfind(":", rs, re_))
            if colon >= 0 and re_ - colon > 2:
                rs = colon + 1                                # 支出：道路维护 → 道路维护
            label = text[rs:re_].strip()
            # (a person's name or a numbered group labels who receives it, not what: 张建国：1266, 三组：3600)
            measure = Found(rs, re_, text[rs:re_], "the label of its table row") \
                if re_ > rs and _HAN_CHAR.search(text, rs, re_) and not _person_name(label) \
                and not _GROUP_NUMBER.fullmatch(label) else None
            c_start = min(c_start, rs)
        else:
            measure = self.cues.measure(text, m_start, m_end, ctx.skip_to)
        previous = before[-1] if before else None
        if previous is not None and previous["end"] >= sent_start and _is_change(text, max(c_start, previous["end"]), s):
            kind, why["kind"] = previous["kind"], "a change of the amount before (较上年增长, 由…提高至)"
        else:
            kind, why["kind"] = self._kind(ctx, q, measure, c_start, c_end, bounds, k, sent_start)
        if q.get("column_start") is not None and (why["kind"] == NO_CUE or why["kind"].startswith("a purpose verb")):
            # a table cell with no cue of its own, or only a verb of its row's item (梯田步道维修 |
            # 26.8 under 总投资): what its column holds (总投资, 财政奖补, 禁牧补助)
            column = text[q["column_start"]:q["column_end"]]
            by_column = self.cues.column_kind(column)
            if by_column is not None:
                kind, why["kind"] = by_column, f"{_COLUMN_KIND_WHY} ({column})"
        # the learned model's kind is reported, but the other fields follow the rules' kind: on
        # the fresh set, letting it steer purpose and agency cost more than its kind gained (except
        # the default agency where the rules had no cue at all: below)
        final_kind, final_why = self._second_opinion(ctx, q, kind, why["kind"], previous, sent_start, sent_end,
                                                     article)
        fund = self._fund(text, measure, e, c_end)
        if fund is not None:
            fund = self.cues.fund_name(text, fund)
        if fund is not None and _BARE_FUND_WORD.fullmatch(fund.text):
            fund = None                                   # 资金 alone names no fund
        why["fund"] = fund.why if fund else "no fund named beside the amount"
        if fund is None and measure is None and previous is not None and previous["end"] >= sent_start \
                and previous.get("_fund") and not _has_amount(ctx, c_start, s):
            # …每县1000万元，共计2.3亿元: a restated total is of the same fund
            fs, fe = previous["_fund"]
            fund = Found(fs, fe, text[fs:fe], "the fund of the amount before (a restated total)")
            why["fund"] = fund.why
        purpose, why["purpose"] = self._purpose(ctx, q, kind, measure, fund, bounds, k, sent_start, sent_end,
                                                previous)
        candidates = self._purpose_candidates(ctx, q, kind, measure, bounds, k, c_start, c_end, sent_start,
                                              previous) \
            if self.keep_candidates or self.purpose_model is not None and purpose_overrules(why["purpose"]) else None
        if q.get("column_start") is not None:
            # a table cell: its column's header says what the money is (禁牧补助, 中央资金)
            column = Found(q["column_start"], q["column_end"], text[q["column_start"]:q["column_end"]],
                           "its table column")
            if fund is None and self.cues.is_fund(column.text) and not _BARE_FUND_WORD.fullmatch(column.text):
                fund, why["fund"] = column, "the fund its table column names"
            use = self.cues.column_use(text, column, ctx.skip_to) if kind not in LINE_KINDS else None
            if use is not None and (purpose is None or why["purpose"].startswith(_WEAK_PURPOSE + _ROW_REASONS)):
                purpose, why["purpose"] = use, use.why
        if q.get("row_start") is not None and kind not in LINE_KINDS:
            # a row of a list of projects (加榜乡梯田观光步道提升项目 | 新建步道2.6公里 | 186.5 | 160):
            # every amount of the row is for its project
            project = _row_project(ctx, s)
            if project is not None and (purpose is None or why["purpose"].startswith(
                    _WEAK_PURPOSE + _ROW_REASONS + ("the use its table column names", "the item its row names"))):
                purpose, why["purpose"] = project, project.why
        if purpose is not None:
            purpose = self._well_formed(ctx, purpose)
            if purpose is None:
                why["purpose"] = "not a phrase of its own (a piece of a number, a byline, an aside)"
                later = self._later_purpose(ctx, bounds, k, e)
                later = self._well_formed(ctx, later) if later is not None else None
                if later is not None:       # …下达给你们（分配情况见附件），专项用于X: past the aside
                    purpose, why["purpose"] = later, later.why
        if purpose is not None and why["kind"].startswith(REMEDY):
            purpose, why["purpose"] = None, "what an audit had recovered or put right states no use"
        no_use = self._no_use(ctx, purpose) if purpose is not None else None
        if no_use is not None:
            purpose, why["purpose"] = None, no_use
            # 提取公积公益金（30%）⏎58,566⏎用于村内基础设施维护: the use its next cell or clause opens with
            use = (self._next_clause_use(ctx, bounds, k, e) or self._next_cell_use(ctx, s, e)) \
                if kind not in ("revenue", "output") else None
            if use is not None and self._no_use(ctx, use) is None:
                purpose, why["purpose"] = use, use.why
        if purpose is None and kind not in ("revenue", "output", "expenditure") and not why["purpose"].startswith(("what an audit",
                                                                                                   "a revenue",
                                                                                                   "a budget aggregate")):
            item = _for_whom_rate(ctx, s, c_start, sent_start, self.cues)
            if item is not None and item.why == RECEIVERS:
                item = None
            else:
                item = item or self._row_item(ctx, q, c_start, sent_start) or self._content_field(ctx, q, sent_start)
            if item is None and k > 0 and GIVING_ONLY.fullmatch(text, c_start, s) \
                    and _LIST_ITEM_LINE.match(text, text.rfind("\n", 0, s) + 1):
                item = self._item_before(ctx, bounds, k)     # (1.某合作社，X，奖补N万元)
            if item is None:
                item = self._section_heading(ctx, s, kind)
            item = self._well_formed(ctx, item) if item is not None else None
            if item is not None:
                purpose, why["purpose"] = item, item.why
        if purpose is None and kind == "standard" and not why["purpose"].startswith("what an audit"):
            # 其中县道每公里每年补助7000元: nothing else says what for; the thing paid at the rate
            rated = self._before_rate(ctx, q, c_start) or self._rate_topic(ctx, q, bounds, k, c_start)
            if rated is not None and self._no_use(ctx, rated) is None:
                purpose, why["purpose"] = rated, rated.why
        finding = self.cues.finding(text, c_start, c_end) if final_kind == "audit_finding" else None
        growth = _growth(ctx, e, c_end, bounds, k)
        receiver = self.cues.pivot(text, purpose, ctx.place_spans) if purpose is not None else None
        if receiver is not None:                # 支持全市4047户农户改造提升住房条件
            purpose = receiver[1]
            why["purpose"] = purpose.why
        beneficiary = receiver[0] if receiver is not None and receiver[0] is not None else \
            self.cues.beneficiary(text, c_start if k == 0 else bounds[max(0, k - 1)][0],
                                  bounds[min(len(bounds) - 1, k + 2)][1] if bounds else sent_end, s)
        if beneficiary is not None and purpose is not None and beneficiary.start >= purpose.end:
            beneficiary = None if beneficiary.start - purpose.end > 30 else beneficiary
        why["beneficiary"] = beneficiary.why if beneficiary else "no receiver named"

        other_actor = self.cues.actor(text, sent_start, s)
        author = _byline_agency(ctx, article)
        owner = _budget_owner(ctx, article) if kind in LINE_KINDS or final_kind in LINE_KINDS else None
        if owner is not None:
            # 某县教育局2024年部门预算公开说明: a department's own budget, its lines are its own
            agency, why["agency"] = owner, "the department whose budget its page publishes"
        elif kind in LINE_KINDS:
            agency, why["agency"] = None, "a budget line names no spender"
        elif self.default_agency and author is not None and not other_actor \
                and not _between(ctx.gov, ctx.gov_starts, sent_start, s):
            # an article a government body signs reports its own work: its amounts are the body's
            agency, why["agency"] = author, "the body that signs the article"
        else:
            # a rate per unit of government (每县1000万元, 村均20万元) shares an allocation out
            shared_out = kind == "standard" and self.cues.is_unit(q.get("per"))
            # (where the rules had no cue, the learned kind says whether it is government money)
            spent = kind in DEFAULT_AGENCY_KINDS or why["kind"] == NO_CUE and final_kind in DEFAULT_AGENCY_KINDS
            agency, why["agency"] = self._agency(ctx, s, sent_start, a_start, a_end, article,
                                                 default=(spent or shared_out) and not other_actor
                                                 and not _is_report(article),
                                                 named=kind not in NOT_GOVERNMENT_KINDS)
            doer = _FINDING_START.match(text, c_start, s)
            if agency is None and kind == "audit_finding" and not other_actor \
                    and not _between(ctx.usable, ctx.usable_starts, doer.end(), doer.end() + 1) \
                    and not _between(ctx.orgs, ctx.org_starts, doer.end(), doer.end() + 1):
                # (茅坪镇滞留…67万元: the finding opens on who did it, a place or an organization;
                # 未及时拨付高观镇…资金: the places it names are whom it owes)
                audited = self._audited_body(ctx, a_start, a_end, s)
                if audited is not None:     # 县审计局对县农业农村委…进行了审计。…挪用…86.5万元
                    agency, why["agency"] = audited, "the body the audit reports on (审计局对X…进行审计)"
        if previous is not None and why["kind"].startswith("a change of the amount before") \
                and why["agency"].startswith("the body the article's lead names"):
            # 衔接资金到位4.2亿元，同比多出3100万元: a change is the body's of the amount it changes
            at = previous.get("agency_start")
            base = [a for a in _between(ctx.gov, ctx.gov_starts, at, at + 1)] if at is not None else []
            agency, why["agency"] = (base[0] if base else None), "the body of the amount it changes"
        total_place = _total_row_place(ctx, q)
        if total_place is not None:
            place, why["place"] = total_place
        else:
            place, why["place"] = self._place(ctx, s, sent_start, a_start, a_end, purpose, c_start)
        if final_kind == "transfer" and place is not None and place.get("level") == "village" \
                and not why["place"].startswith(("named in its purpose", "the place that holds the places of its purpose")) \
                and not any(_level(t) in ("province", "city", "county", "zone")
                            for t in _receivers(text, _between(ctx.usable, ctx.usable_starts, sent_start, e))) \
                and not self.cues.received(text, sent_start, e) and not self._named_transfer(ctx, q, article, sent_start):
            # 石桥村 | 3.2 | 96.0, 下拨至前进村…: money for a village (no level of government) is
            # its county's or township's allocation, spent (to a township it is a transfer)
            final_kind, final_why = "spending", f"{final_why}, for a village (an allocation)"
        if purpose is not None and receiver is None and why["purpose"].startswith(_NOUN_REASONS):
            split = self.cues.receiver_first(text, purpose)    # 受灾群众过渡期生活救助 → 过渡期生活救助
            if split is not None:
                purpose, why["purpose"] = split[1], split[1].why
                if beneficiary is None:
                    beneficiary, why["beneficiary"] = split[0], split[0].why
        if purpose is not None and not why["purpose"].startswith("the sector") and _QUOTED_SECTOR.search(purpose.text):
            sector = _sector(text, purpose)            # 用于“保工资、保运转”支出 → 保工资、保运转
            if sector is not None:
                sector = _found(text, sector.start, sector.end, f"{why['purpose']}, the sector of a spending")
                if sector is not None:
                    purpose, why["purpose"] = sector, sector.why
        bare = self.cues.without_places(text, purpose, ctx.place_spans) \
            if purpose is not None and not why["purpose"].startswith(_PROJECT_ROW) else None
        if bare is not None:                     # 唐崖镇、清坪镇等地村组道路建设: where, then what
                                                 # (a project's name keeps its places: 丙妹镇岜沙村人居环境整治项目)
            purpose, why["purpose"] = bare, bare.why
        column_year = _COLUMN_YEAR.findall(q["column"]) if q.get("column") else []
        line_year = _row_year(ctx, q) if not column_year and q.get("row") is not None else None
        if len(column_year) == 1:        # 科目 2024年执行数 2025年预算数: a cell is of its column's year
            year, period, why["year"] = int(column_year[0]), None, "the year its table column names"
        elif line_year is not None:
            year, period, why["year"] = line_year, None, "the year its column names on a header line of years"
        else:
            year, period, why["year"] = self._when(ctx, s, sent_start, sent_end, a_start, a_end, article)
            if year is not None and q.get("column") and _LAST_YEAR_COLUMN.search(q["column"]):
                year, why["year"] = year - 1, f"the year before {year}, as its table column says ({q['column']})"
        left = text[c_start:m_end]
        if left.endswith(("由", "从")) and _RAISED_TO.match(text, e, sent_end):
            year, why["year"] = None, "the old level of a change (由X提高至Y)"
        if final_kind == "audit_finding" and year is not None and why["year"] not in _OWN_YEAR_REASONS \
                and self._audit_span(ctx, a_start, s):
            # an audit of several years (2021年至2023年, a term of office): a finding's year is the
            # one its own sentence or column states, not the report's
            year, why["year"] = None, "an audit finding of several years whose sentence states no year"
        kind, why["kind"] = final_kind, final_why
        return {
            "start": s, "end": e, "text": q["text"], "kind": kind,
            "purpose": purpose.text if purpose else None,
            "purpose_start": purpose.start if purpose else None,
            "purpose_end": purpose.end if purpose else None,
            "fund": fund.text if fund else None,
            "beneficiary": beneficiary.text if beneficiary else None,
            "_fund": (fund.start, fund.end) if fund else None,
            "_beneficiary": (beneficiary.start, beneficiary.end) if beneficiary else None,
            "agency": agency["canonical"] if agency else None,
            "agency_start": agency["start"] if agency else None,
            "place": place.get("full_name") or place.get("text") if place else None,
            "adcode": place.get("adcode") if place else None,
            "place_start": place["start"] if place else None,
            "year": year, "period": period,
            "sentence_start": sent_start, "sentence_end": sent_end,
            "article": (article.get("headline") or {}).get("text") if article else None,
            "parts_of": None, "noise": _noise_kind(ctx, s), "why": why,
            "finding": finding, "growth": growth,
            "_row": (q["row_start"], q["row_end"]) if q.get("row_start") is not None else None,
            "_candidates": candidates, "_q": q,
        }

    # -- kind ------------------------------------------------------------------------------

    def _kind(self, ctx: _Doc, q: dict, measure: Found | None, c_start: int, c_end: int,
              bounds: list, k: int, sent_start: int) -> tuple[str, str]:
        text, s, e = ctx.text, q["start"], q["end"]
        left = text[c_start:s]
        after = text[e:min(c_end, e + 8)]
        audit = self.cues.audit_cue(text, c_start, c_end)
        if audit:
            return "audit_finding", f"an audit finding ({audit.group()})"
        article = _article_of(ctx, s)
        a_start, a_end = (article["start"], article["end"]) if article else (0, len(text))
        if self._audit_report(ctx, a_start, a_end):
            # an audit report: a finding named later in the sentence (…用于办公楼维修，属超范围支出),
            # and what was recovered or put right (已追回, 归还原渠道)
            sent_end = _sentence_of(s, ctx.sentences, len(text))[1]
            tail = _FINDING_TAIL.match(text, c_end, min(sent_end, c_end + 40))
            audit = self.cues.audit_cue(text, tail.start(), tail.end()) if tail else None
            if audit is None:
                # an enumerated finding (二是…违规发放…，金额共计4.18万元; （二）超范围支出。…):
                # its words from the item's marker on
                item = None
                for item in _FINDING_ITEM.finditer(text, max(0, s - 150), s):
                    pass
                if item is not None:
                    audit = self.cues.audit_cue(text, item.end(), s)
            if audit:
                return "audit_finding", f"an audit finding in an audit report ({audit.group()})"
            remedy = self.cues.remedy(text, max(sent_start, c_start), s)
            if remedy and _FINDING_TALK.search(text, max(0, sent_start - 60), sent_end):
                return "audit_finding", f"{REMEDY} ({remedy.group()})"
        if q.get("column") and _STANDARD_COLUMN.search(q["column"]):
            return "standard", f"a standard: a cell of its column of standards ({q['column']})"
        if q.get("column") and self._audit_report(ctx, a_start, a_end) and (
                self.cues.audit_cue(q["column"], 0, len(q["column"])) or self.cues.remedy(q["column"], 0, len(q["column"]))):
            # 县（市） 问题金额 已整改金额 in an audit report: the cells are findings and their remedy
            return "audit_finding", f"an audit finding: a cell of its column of findings ({q['column']})"
        if _CONDITION.match(text, c_start, s):
            return "standard", "a condition (若, 当…时)"
        if c_start >= 2 and text[c_start - 1] in "，," and c_start - 2 > sent_start and (
                text[c_start - 2] == "的" or _TO_WHOEVER.match(
                    text, max(sent_start, max(text.rfind(c, sent_start, c_start - 1) for c in "，,；;：:。") + 1),
                    c_start - 1)):
            award = _AWARD_LEAD.match(text, c_start, s)
            if award and (award.group("v") in self.cues.words["award"] or award.group("v") in _AWARD_GIVE):
                # 获得省级认定的，一次性奖励10万元: what is paid to whoever meets a condition
                return "standard", "a condition (…的，奖励N元)"
        # 已发放超过650万元的一次性吸纳就业补贴: more than that was given, no threshold (but a cap after
        # the verb, 理赔最高5万元的补充医疗保险, bounds what is paid)
        given = q.get("qualifier") in ("at_least", "more_than") and any(
            _GIVEN_RIGHT_BEFORE.fullmatch(text, m.end(), s) and self.cues.action_kind(m.group()) in ("spending", "transfer")
            for m in self.cues.actions(text, c_start, s))      # (not 投资500万元以上的项目: a threshold)
        if q.get("qualifier") in ("at_least", "at_most", "more_than", "less_than") and not given and (
                _THRESHOLD_AFTER.match(after) or _THRESHOLD_CUE.search(text, max(sent_start, s - 80), s)
                or (_POSTFIX_BOUND.search(q["text"]) and _NOUN_AFTER.match(after)
                    and not self.cues.gives(text, e, min(c_end, e + 4)) and not self.cues.verb_in(text, e, e + 2))):
            return "standard", "a threshold (以上的X, 限额, a bound before a noun)"
        if q.get("row_start") is not None:
            part = self._account_part(ctx, q)
            if part is not None:                   # 一、收入 / 上级转移支付\t62000: a line of the account's income
                return part
        if measure is not None:
            head = self.cues.head_kind(measure.text, text[max(c_start, measure.start - 4):measure.start])
            if head:
                return head, f"the measured noun {measure.text}"
        label = _LINE_LABEL.match(text, text.rfind("\n", 0, s) + 1, s) if q.get("per") is None else None
        if label is not None and _SENTENCE_END_IN.search(text, label.end(), s):
            label = None                      # 销售收入：暂无。项目补助资金50万元: another sentence
        if label is not None:
            for later in _INLINE_LABEL.finditer(text, label.end(), s):
                label = later                 # 总投资：186万元 财政补助：160万元: the nearest label
        if label is not None:                 # 六、预算金额：A包1,300,000元: the line's label is its measure
            head = self.cues.words["head"].get(label.group("l").strip())
            if head and label.group("l").strip() not in _BARE_LINE_HEADS:
                return head, f"the measured noun {label.group('l')} (the label of its line)"
        # 一般公共预算支出安排101.3亿元, 税收收入完成21.9亿元: a line's name before a reporting verb
        verb = _REPORTING_VERB.search(text, c_start, s)
        if verb is not None and verb.start() > c_start:
            head = self.cues.head_kind(text[c_start:verb.start()].strip())
            if head:
                return head, f"the measured noun {text[c_start:verb.start()].strip()} (before {verb.group('v')})"
        income = self.cues.output_head_in(text, max(c_start, sent_start), s)
        if q.get("per") and income in self.cues.words["payout"]:
            return "standard", f"a payout per member ({income})"     # 每股分红85元: paid at a rate
        if q.get("per") and income:               # 人均可支配收入达到31250元: an average, not a standard
            return "output", f"an average of an income or output ({income})"
        if q.get("per") and not (_TIME_PER.fullmatch(q["per"]) and self.cues.actions(text, c_start, c_end)):
            return "standard", f"a rate (per {q['per']})"   # 每年安排500万元 is a year's spending
        # 县财政每年安排专项资金不低于1000万元: a floor on what a body allocates is its spending
        # (but 对新认定的龙头企业，奖励不低于20万元: an award's floor is its standard)
        floor_acts = self.cues.actions(text, c_start, s) if _FLOOR_START.match(q["text"]) else []
        committed = bool(floor_acts) and (q.get("per") is None or _TIME_PER.fullmatch(q["per"])) \
            and floor_acts[0].group() not in self.cues.words["award"]    # (安排返乡创业补助不低于200万元:
        # the allocating verb comes first; 奖励不低于20万元: the award's floor)
        if _CAP.search(left[-6:]) or _STANDARD.search(left[-12:]) or _STANDARD_AFTER.match(after) \
                or _CAP_START.match(q["text"]) and not committed \
                or _PER_UNIT.search(left):
            return "standard", "a standard, cap or amount per unit (标准, 最高, 每X, X均)"
        acts = [m for m in self.cues.actions(text, c_start, s)   # not a verb inside a fund's name
                if (measure is None or not (measure.start <= m.start() and m.end() <= measure.end)
                    or (m.start(), m.end()) == (measure.start, measure.end))   # 补助33万元: the verb alone
                and not _LINE_NAME_AFTER.match(text, m.end(), s)]   # 上级补助收入: a budget line's name
        award_funds = [m for m in acts if self.cues.names_a_fund(text, m)]
        acts = [m for m in acts if m not in award_funds]        # 现将补助资金…下达: 补助 names the fund
        if acts:
            word = acts[-1].group()
            return self._transfer_or(ctx, self.cues.action_kind(word), c_start, s, word), f"the verb {word}"
        verb = self.cues.verb_outside_funds(text, c_start, measure.start if measure is not None else s)
        if verb and self.cues.is_link(verb.group()) and not _HAN_CHAR.search(text, verb.end(), s):
            verb = None                   # 溧阳市完成16亿元: the amount its subject reached, not a use
        if verb:
            return "spending", f"a purpose verb ({verb.group()}) before it"
        acts = self.cues.actions(text, e, c_end)
        if acts:
            word = acts[-1].group()                 # 已由省财政统筹下达: the last verb is the main one
            return self._transfer_or(ctx, self.cues.action_kind(word), c_start, c_end, word), f"the verb {word} after it"
        if measure is not None and self.cues.is_fund(measure.text):
            if _HIGHER_FUND.search(measure.text):
                return "transfer", f"{_HIGHER_FUND_WHY} ({measure.text})"
            return self._transfer_or(ctx, "spending", c_start, s), f"a fund ({measure.text})"
        for j in range(k - 1, max(-1, k - 3), -1):          # the clause before: 下达…资金，其中…
            lo, hi = bounds[j]
            acts = self.cues.actions(text, lo, hi)
            if acts:
                word = acts[-1].group()
                return self._transfer_or(ctx, self.cues.action_kind(word), lo, hi, word), f"the verb {word} of the clause before"
        if self.cues.is_fund(text[max(sent_start, c_start - 40):c_start]) or _DISTRIBUTION.search(text, max(sent_start, s - 40), s):
            return "spending", "a fund's distribution (资金分别为…)"
        if award_funds:                     # 农机补贴资金规模从…1680万元: the subsidy fund's money
            return self._transfer_or(ctx, "spending", c_start, s), f"a fund named in its clause ({award_funds[-1].group()}资金)"
        return "other", NO_CUE

    def kind_features(self, ctx: _Doc, q: dict, kind: str, why: str, previous: dict | None,
                      sent_start: int, sent_end: int, article: dict | None) -> list[str]:
        """The features the learned kind model reads (`policyie.kind_model`)."""
        near = previous is not None and previous["end"] >= sent_start - 60
        headline = (article.get("headline") or {}).get("text") if article else None
        # the sentence's and the headline's n-grams, made once for the amounts that share them
        # (the same string objects: their hashes are computed once too)
        key = ("kind context", sent_start, headline)
        context = ctx.memo.get(key)
        if context is None:
            context = ctx.memo[key] = kind_context(ctx.text, sent_start, headline)
        feats = kind_features(ctx.text, q["start"], q["end"], sent_start, sent_end, rule_kind=kind, rule_why=why,
                              qualifier=q.get("qualifier"), per=q.get("per"), in_row=q.get("row_start") is not None,
                              prev_kind=previous["kind"] if near else None, headline=headline, context=context)
        lo = max(article["start"] if article else 0, q["start"] - 200)
        feats += [f"act:{m.group()}" for m in self.cues.actions(ctx.text, lo, q["start"])]
        feats += [f"act>{m.group()}" for m in self.cues.actions(ctx.text, q["end"], min(len(ctx.text), q["end"] + 60))]
        return feats

    def _second_opinion(self, ctx: _Doc, q: dict, kind: str, why: str, previous: dict | None,
                        sent_start: int, sent_end: int, article: dict | None) -> tuple[str, str]:
        """The learned model's kind where it is confident and disagrees with the rules."""
        model = self.kind_model
        if model is None or not overrules(why):
            return kind, why
        label, p = model.predict(self.kind_features(ctx, q, kind, why, previous, sent_start, sent_end, article))
        if label == kind or p < model.threshold:
            return kind, why
        return label, f"the learned kind model (p={p:.2f}; the rules said {kind}: {why})"

    def _named_transfer(self, ctx: _Doc, q: dict, article: dict | None, sent_start: int) -> bool:
        """Does the amount's sentence, or the headline of its article (a table's title), call the
        money a transfer (村级转移支付资金分配表)?"""
        head = (article or {}).get("headline") or {}
        return any(self.cues.transfer_named(ctx.text, lo, hi) for lo, hi in (
            (sent_start, q["end"]), (head.get("start", 0), head.get("end", 0))))

    def _transfer_or(self, ctx: _Doc, kind: str, lo: int, hi: int, word: str | None = None) -> str:
        """Spending sent to a lower government (向X市/县 拨付) or received from a higher one
        (争取中央…, 获得上级…) is a transfer; money a county or a township hands down (县财政局下达,
        兴宁已累计下达…: role `hand_down`) goes to its projects, departments and villages: spending."""
        if kind == "transfer" and word is not None and self.cues.hands_down(word):
            at = ctx.text.rfind(word, lo, hi)
            places = _between(ctx.usable, ctx.usable_starts, lo, at)
            # (向长兴县、德清县下达: who gets it, every place of the list after 向)
            takers = _receivers(ctx.text, places)
            givers = [g for g in _between(ctx.gov, ctx.gov_starts, lo, at) + places
                      if ctx.text[g["start"] - 1:g["start"]] not in _TO_WHOM and not any(g is t for t in takers)]
            giver = max(givers, key=lambda g: g["end"], default=None)
            level = giver and (giver.get("level") or (giver.get("place") or {}).get("level"))
            if level in ("county", "township") \
                    and not self.cues.received(ctx.text, giver["end"], at + len(word)):
                return "spending"
            # handed down to villages (向X乡Y村下达, 下拨至Y村、Z村): a county's or a township's
            # allocation to its villages, whoever the sentence names (to townships it may be a
            # county's transfer: left to the giver)
            end = at + len(word)
            end += ctx.text[end:end + 1] in _TO_WHOM
            after = _between(ctx.usable, ctx.usable_starts, end, end + 1)
            if after:
                takers.append(after[0])
            levels = {_level(t) for t in takers}
            if "village" in levels and levels <= {"township", "village"}:
                return "spending"
        if kind != "spending":
            return kind
        if _FROM_HIGHER.search(ctx.text, lo, hi):
            return "transfer"
        for m in self.cues._receive.finditer(ctx.text, lo, hi) if self.cues._receive else ():
            place = _between(ctx.usable, ctx.usable_starts, max(lo, m.start() - 12), m.start())
            if place and place[-1]["end"] >= m.start() - 1 and place[-1].get("level") in ("city", "county", "zone"):
                return "transfer"
        for m in _TO.finditer(ctx.text, lo, hi):
            place = _between(ctx.usable, ctx.usable_starts, m.end(), m.end() + 1)
            if place and place[0].get("level") in ("province", "city", "county", "zone"):
                return "transfer"
        return kind

    # -- fund and purpose --------------------------------------------------------------------

    def _fund(self, text: str, measure: Found | None, e: int, c_end: int) -> Found | None:
        if measure is not None and self.cues.is_fund(measure.text):
            return Found(measure.start, measure.end, measure.text, "the fund named before the amount")
        return self.cues.fund_noun_after(text, e, c_end)

    def _purpose(self, ctx: _Doc, q: dict, kind: str, measure: Found | None, fund: Found | None,
                 bounds: list, k: int, sent_start: int, sent_end: int,
                 previous: dict | None) -> tuple[Found | None, str]:
        text, s, e = ctx.text, q["start"], q["end"]
        c_start, c_end = bounds[k] if bounds else (sent_start, sent_end)
        if self.cues.sampled(text, c_start, s):
            return None, "what an audit covered (抽查X) states no use"
        if kind == "revenue":
            if measure is not None and _RELIEF.search(measure.text):
                return measure, "a tax or fee relief"
            return None, "a revenue line states no purpose"
        if previous is not None and previous["end"] >= sent_start and _is_change(text, max(c_start, previous["end"]), s):
            # 比上年增长80元, 由215元提高至240元: the same thing as the amount before
            if previous["purpose"] is None:
                return None, "a change of the amount before, which states no purpose"
            return Found(previous["purpose_start"], previous["purpose_end"], previous["purpose"],
                         "a change of the amount before"), "a change of the amount before"
        if measure is not None and (kind == "expenditure" or _SECTOR_END.search(measure.text)):
            sector = _sector(text, measure)
            after = self.cues.purpose_after(text, e, max(c_end, e))
            if after is None:
                # 基本支出615万元，主要用于保障机构运转: a use marked at the next clause's start
                # (past a rate, 占59.4%) is the line's own
                after = self._next_clause_use(ctx, bounds, k, e)
                if after is not None:
                    return after, after.why
            if sector is not None and self.cues.aggregate(sector.text):
                return None, "a budget aggregate (本级支出, 政府性基金支出) states no sector"
            if after is None and sector is not None:
                return sector, sector.why
        # 用于产业发展的资金10.5亿元: the amount's own use, whatever elaborates it after
        own = _USED_FOR_OF.search(text, c_start, s)
        if own:
            return Found(own.start("p"), own.end("p"), own.group("p"), "用于X的 before it"), "用于X的 before it"
        # a marker or verb right after the amount, in its own clause
        found = self.cues.purpose_after(text, e, max(c_end, e))
        if found is None:
            found = self.cues.award_after(text, c_start, s, e, max(c_end, e))
        if found is None and kind == "standard":   # 玉米生产者补贴按每亩150元的标准发放: what goes by the rate
            by_rate = self._by_rate(ctx, q, c_start)
            if by_rate is not None:
                return by_rate, by_rate.why
        if found is None and kind in ALLOCATION_KINDS:     # 拿出150万元对老旧小区进行改造
            found = self.cues.work_on(text, e, max(c_end, e))
        if found is None and kind in ALLOCATION_KINDS:     # 其余1200万元对加工企业给予贷款贴息
            found = self._given_after(ctx, _skip_spaces(text, e, max(c_end, e)), max(c_end, e))
            if found is not None and found.why != _GIVEN_WHY:
                found = None                      # (对大学生村官给予补助 right after it: whom, no use)
        if found is not None and not _runs_into(ctx, found, e) and not self.cues.dimension(found.text):
            return found, found.why
        later = self._later_purpose(ctx, bounds, k, e, work=kind in ALLOCATION_KINDS)
        if later is not None and self.cues.dimension(later.text):
            later = None                          # 补贴面积198.3万亩: a compound noun, no verb and its object
        # a strong marker (用于, 投向) a few clauses on, or any marker opening the next clause
        # (a clause that only gives a rate, 增长12.8%, does not count as one)
        nxt = _next_clause(text, bounds, k)
        if later is not None and (self.cues.strong(later.why) or (
                nxt < len(bounds) and later.start - _past_places(ctx, bounds[nxt][0], later.start) <= 4
                and bounds[nxt][0] <= later.start < bounds[nxt][1])):
            return later, later.why
        # 城市低保标准由每人每月780元提高到820元: what the standard is of
        if kind == "standard" or (measure is not None and measure.text.endswith("标准")):
            std = _STANDARD_OF.search(text, max(sent_start, c_start), q.get("per_start") if q.get("per_start") is not None
                                      and q["per_start"] < s else s)
            if std:
                phrase = self.cues.measure(text, max(sent_start, c_start), std.start("end"), ctx.skip_to)
                subsidy = _SUBSIDY_TAIL.search(phrase.text) if phrase is not None else None
                if subsidy and subsidy.start() >= 2:     # 城乡居民医保财政补助标准 → 城乡居民医保
                    phrase = Found(phrase.start, phrase.start + subsidy.start(), phrase.text[:subsidy.start()], phrase.why)
                if phrase is not None and len(phrase.text) >= 2 and not self.cues.generic(phrase.text) \
                        and not self.cues.only_verbs(phrase.text):       # (补贴标准为: of the award before)
                    found = Found(phrase.start, phrase.end, phrase.text, "what the standard is of")
                    return found, found.why
        # 为X，…Y万元: a purpose clause opening the sentence
        before = _purpose_before(text, sent_start, c_start, s, bounds, k,
                                 lambda lo, hi: not _has_amount(ctx, lo, hi) and not self.cues.gives(text, lo, hi),
                                 self.cues.names_group)
        if before is not None and before.why.startswith("the topic") and measure is not None \
                and not self.cues.is_fund(measure.text) and not self.cues.measure_only(measure.text):
            # 在兜底保障方面，发放城乡低保金1.37亿元: the thing the amount measures is narrower
            # than the topic
            noun, why = self._purpose_from_measure(ctx, q, kind, measure, bounds, k, c_start, sent_start, previous)
            if noun is not None and why == "the noun the amount measures" and not self.cues.generic(noun.text):
                return noun, why
        if before is not None and before.why.startswith("the topic") and measure is not None \
                and self.cues.is_fund(measure.text):
            # 在就业方面，兑付一次性扩岗补助资金310万元: the fund's own use is narrower than the topic,
            # unless the fund is named by its source or instrument (专项债券, 自筹, PPP项目, 结余资金)
            named = self.cues.fund_name(text, measure) or measure
            use = self.cues.fund_use(text, named, ctx.skip_to)
            usable = self._usable_purpose(ctx, use) if use is not None else None
            if usable is not None and not self.cues.is_source(usable.text):
                return use, use.why
        if before is not None:
            return before, before.why
        # the noun a threshold qualifies (50万元以上的项目) or the amount is the value of
        # (领取2.4万元的安家补贴)
        if q.get("qualifier") in ("at_least", "at_most", "more_than", "less_than"):
            noun = _THRESHOLD_NOUN.match(text, e, c_end)
            found = _found(text, noun.start("p"), noun.end("p"), "the noun the threshold qualifies") if noun else None
            if found is not None and not self.cues.generic(found.text):    # 项目68个: a count of projects
                return found, found.why
        obj = self.cues.object_after(text, e, c_end)
        if obj is not None and (measure is None or self.cues.measure_only(measure.text)):
            return obj, obj.why
        # 对新建茶园按每亩500元给予补助, 对脱贫户发展庭院经济给予每户最高3000元奖补: what 对 names
        found = _for_whom_rate(ctx, s, c_start, sent_start, self.cues)
        receivers = None
        if found is not None:
            if found.why != RECEIVERS:
                return found, found.why
            receivers = found                  # 对新认定的专精特新企业每家奖励50万元: who, not what for
        # what the fund's own name says it is for
        if measure is not None and self.cues.is_fund(measure.text):
            named = self.cues.fund_name(text, measure) or measure     # 将医疗救助资金 → 医疗救助资金
            use = self.cues.fund_use(text, named, ctx.skip_to)
            if use is not None:
                return use, use.why
        found, reason = self._purpose_from_measure(ctx, q, kind, measure, bounds, k, c_start, sent_start, previous)
        if found is None and later is not None:     # a purpose verb a few clauses on
            found, reason = later, later.why
        if found is None and reason == "no purpose stated" and kind != "audit_finding" and q.get("row_start") is None \
                and (measure is None or not self.cues.is_fund(measure.text)):
            # 下达5000万元农村公路养护资金: the fund named right after the amount says its use
            use = self._fund_named_after(ctx, e, max(c_end, e))
            if use is not None:
                return use, use.why
        if found is None and reason == "no purpose stated":
            label = self._remark_row_label(ctx, q)
            if label is not None:                  # 困难户救助\t3.50\t低保户7户，每户5000元
                return label, label.why
        if found is None and reason == "no purpose stated" and q.get("per") and k > 0 and bounds[k - 1][0] >= sent_start \
                and not _has_amount(ctx, *bounds[k - 1]):
            done = self.cues.carried_out(text, *bounds[k - 1])
            if done is not None:
                return done, done.why
        if receivers is not None and (found is None or found.start < receivers.end or (
                found.end <= s and self.cues.gives(text, found.start, found.end))):
            # nothing else, or only words of the receivers' phrase or of the giving (对入选的典型村
            # 给予, 市级将给予): what the receivers do to get it (对完成旱厕改造的农户 → 完成旱厕改造), else no use
            done = self.cues.deed(receivers.text)
            if done is not None and not self.cues.generic(done):
                return Found(receivers.start, receivers.start + len(done), done,
                             "what the receivers it names do to get it (对X的农户)"), "what the receivers it names do"
            return None, RECEIVERS
        return found, reason

    def _fund_named_after(self, ctx: _Doc, e: int, hi: int) -> Found | None:
        """The use stated by the name of a fund written right after an amount (5000万元农村公路
        养护资金 → 农村公路养护); not a phrase that only runs on to a fund noun (这6亿元中既有上级
        资金, 每亩80元的标准安排管护经费)."""
        text = ctx.text
        named = self.cues.fund_noun_after(text, e, hi)
        if named is None or _NOT_A_FUND_NAME.search(named.text):
            return None
        use = self.cues.fund_use(text, named, ctx.skip_to)
        if use is None or self.cues.is_source(use.text):
            return None                           # 车购税资金, 部门预算资金, 存量资金: where it comes from
        return use if self._usable_purpose(ctx, use) is not None else None

    def _purpose_candidates(self, ctx: _Doc, q: dict, kind: str, measure: Found | None, bounds: list, k: int,
                            c_start: int, c_end: int, sent_start: int, previous: dict | None) -> list[tuple[str, Found]]:
        """Every phrase one of the purpose paths would give for this amount, whatever the
        precedence of `_purpose` (which takes the first that fires): what the learned purpose
        chooser ranks (`policyie.purpose_model`). Each is (path name, phrase)."""
        text, s, e = ctx.text, q["start"], q["end"]
        out: list[tuple[str, Found | None]] = []
        add = out.append
        if measure is not None and q.get("row_start") is None:
            add(("measure", measure))
            bare = self.cues.without_measure(text, measure)
            bare = _tidy_noun(text, bare) if bare is not None else None
            if bare is not None and not self._names_actor(ctx, bare):
                add(("measure_noun", bare))
            if self.cues.is_fund(measure.text):
                add(("fund_use", self.cues.fund_use(text, self.cues.fund_name(text, measure) or measure, ctx.skip_to)))
            add(("subject", self.cues.subject(text, c_start, measure.start, ctx.skip_to)))
        elif measure is not None:
            add(("row_label", measure))
        hi = max(c_end, e)
        add(("after", self.cues.purpose_after(text, e, hi)))
        add(("work_on", self.cues.work_on(text, e, hi)))
        add(("later", self._later_purpose(ctx, bounds, k, e, work=True)))
        add(("before", _purpose_before(text, sent_start, c_start, s, bounds, k,
                                       lambda lo, hi_: not _has_amount(ctx, lo, hi_) and not self.cues.gives(text, lo, hi_),
                                       self.cues.names_group)))
        add(("by_rate", self._by_rate(ctx, q, c_start)))
        whom = _for_whom_rate(ctx, s, c_start, sent_start, self.cues)
        add(("for_whom", whom if whom is None or whom.why != RECEIVERS else None))
        add(("standard_subject", _standard_subject(self.cues, text, c_start, s, ctx.skip_to)))
        topic = _TOPIC.search(text, sent_start, c_start)
        if topic:
            add(("topic", Found(topic.start("t"), topic.end("t"), topic.group("t"), "")))
        previous_phrase = self._previous_phrase(ctx, bounds, k)
        add(("previous", previous_phrase))
        # (work_only only adds a reason to give none: no phrase, no work)
        add(("previous_work", self._previous_phrase(ctx, bounds, k, work_only=True)
             if previous_phrase is not None else None))
        if q.get("qualifier") in ("at_least", "at_most", "more_than", "less_than"):
            noun = _THRESHOLD_NOUN.match(text, e, c_end)
            add(("threshold_noun", _found(text, noun.start("p"), noun.end("p"), "") if noun else None))
        add(("object_after", self.cues.object_after(text, e, c_end)))
        named_after = self.cues.fund_noun_after(text, e, hi)       # 3460元耕地地力保护补贴已到账
        if named_after is not None:
            add(("fund_after", self.cues.fund_use(text, named_after, ctx.skip_to) or named_after))
        add(("row_item", self._row_item(ctx, q, c_start, sent_start)))
        if q.get("row_start") is not None:
            add(("row_project", _row_project(ctx, s)))
        add(("section", self._section_heading(ctx, s, kind)))
        if previous is not None and previous["end"] >= sent_start and previous.get("purpose_start") is not None:
            add(("previous_amount", Found(previous["purpose_start"], previous["purpose_end"], previous["purpose"], "")))
        kept = []
        for name, found in out:
            found = self._usable_purpose(ctx, found) if found is not None else None
            if found is not None:
                kept.append((name, found))
        return kept

    def _usable_purpose(self, ctx: _Doc, found: Found) -> Found | None:
        """A candidate purpose as `_record` would keep it: well formed, not only framing, a
        generic word, verbs or places; the places before its use left out (once per phrase)."""
        key = ("usable", found.start, found.end)
        if key not in ctx.memo:
            ctx.memo[key] = self._usable(ctx, found)
        return ctx.memo[key]

    def _usable(self, ctx: _Doc, found: Found) -> Found | None:
        found = self._well_formed(ctx, found)
        if found is None or len(found.text) < 2 or self._no_use(ctx, found) is not None:
            return None
        bare = self.cues.without_places(ctx.text, found, ctx.place_spans)
        return bare or found

    def _no_use(self, ctx: _Doc, phrase: Found) -> str | None:
        """Why a phrase states no use, or None: only a status (已完成), framing, grammar or the
        unit a rate is per (上季度, 比上年分别, 单个工程), what an audit had put right (问题已整改),
        a generic word, a share, only verbs, only places."""
        text = phrase.text
        if _STATUS_ONLY.fullmatch(text):
            return f"only a status ({text})"
        if _CITED_TITLE.search(text):
            return f"a cited document's title ({text})"      # 根据《…资金的通知》: no use
        if self.cues.points_on(text):
            return f"a reference to what follows ({text})"    # 资金主要用于以下方面：
        if _FUND_LEAD.match(text):
            return f"the fund itself and what befell it ({text})"   # 资金管理使用情况, 资金已调整用途
        if _HEADING_COLON.match(ctx.text, phrase.end) and self.cues.section_part(text):
            return f"the heading of a notice's part ({text})"     # 申报条件：项目总投资超过500万元的
        if self.cues.only_framing(text) or _PER_HOLDER_PHRASE.fullmatch(text) or _GRAMMAR_ONLY.fullmatch(text) \
                or self.cues.remedy(ctx.text, phrase.start, phrase.end):
            return f"only framing or a rate's unit ({text})"
        if self.cues.generic(text) or "%" in text or (self.cues.only_verbs(text) and not _RELIEF.search(text)) \
                or _only_places(ctx.text, phrase, ctx.place_spans) or _ONLY_GROUPS.fullmatch(text) \
                or _COUNTED_UNIT_ONLY.fullmatch(text):
            return f"only a generic word, a place or a share ({text})"
        return None

    def _choose_purposes(self, ctx: _Doc, records: list[dict]) -> None:
        """The learned chooser's purpose where it is confident the rules' is not the best of the
        candidates (`policyie.purpose_model`); with `keep_candidates`, each record keeps its
        candidates with their features."""
        model = self.purpose_model
        phrases: dict = {}                          # the features of each phrase, made once
        for i, r in enumerate(records):
            cands = r.get("_candidates")
            if cands is None:
                continue
            options = purpose_options(ctx.text, r, cands, r["_q"], records[i - 1] if i else None,
                                      ctx.place_spans, phrases)
            if self.keep_candidates:
                r["_candidates"] = options
            if model is None:
                continue
            best = model.choose(options, r)
            if best is not None:
                start, end, why = best
                r["purpose"], r["purpose_start"], r["purpose_end"] = \
                    (ctx.text[start:end], start, end) if start is not None else (None, None, None)
                r["why"]["purpose"] = why

    def _item_before(self, ctx: _Doc, bounds: list, k: int) -> Found | None:
        """1.某合作社，智能温室改造，奖补38万元: the item the clause before names, when that
        clause is no body, organization or place (who receives it)."""
        prev = self._previous_phrase(ctx, bounds, k)
        if prev is None or _only_places(ctx.text, prev, ctx.place_spans) \
                or _between(ctx.orgs, ctx.org_starts, prev.start - 1, prev.end) \
                or _between(ctx.gov, ctx.gov_starts, prev.start - 1, prev.end) or self.cues.names_group(prev.text):
            return None
        return Found(prev.start, prev.end, prev.text, "the item the clause before names (…，X，奖补N万元)")

    def _rate_lists(self, ctx: _Doc, records: list[dict]) -> None:
        """A list of rates by category (标准为：80至89周岁每人每月50元，90至99周岁每人每月100元;
        县道每公里每年1万元，乡道…; 落实公用经费，小学每生每年720元、初中…): each category label is
        whom or what the rate applies to, not what the money is for; the rates are for what the
        sentence names before the list (the subject of 标准, or what 发放/落实 gives)."""
        text, amounts = ctx.text, ctx.amounts
        i, n = 0, len(records)
        while i < n:
            per = amounts[i].get("per")
            j = i
            while per and j + 1 < n and amounts[j + 1].get("per") == per \
                    and (records[j + 1]["sentence_start"] == records[i]["sentence_start"]
                         or _SEMICOLON.search(text, records[j]["end"], records[j + 1]["start"])
                         and all(self.cues.names_category(r["purpose"] or "") for r in (records[j], records[j + 1])
                                 if r["why"]["purpose"] == "the noun the amount measures")) \
                    and not _LIST_BREAK.search(text, records[j]["end"], records[j + 1]["start"]):
                j += 1      # (over a ；only a list of categories: 80—89周岁每人每月100元；90—99周岁…)
            if j > i:
                group = records[i:j + 1]
                labels = [r for r in group if r["why"]["purpose"] == "the noun the amount measures"
                          or r["purpose"] is None]
                first = group[0]
                ps = amounts[i].get("per_start")
                at = first.get("purpose_start")
                if first["purpose"] is not None and (ps is None or not isinstance(at, int) or at > ps):
                    # 每公里县道补助1.2万元、乡道8000元: items, not categories; but 80至89周岁每人每月
                    # 发放高龄津贴50元，90至99周岁…100元: the rates after it for other categories
                    # of people pay the same thing
                    for r in group[1:]:
                        if r["purpose"] is None and r["why"]["purpose"].startswith("the noun names who") \
                                or r["purpose"] is not None and r["why"]["purpose"] == "the noun the amount measures" \
                                and self.cues.names_category(r["purpose"]):
                            r["purpose"], r["purpose_start"], r["purpose_end"] = \
                                first["purpose"], first["purpose_start"], first["purpose_end"]
                            r["why"]["purpose"] = "what the first rate of its list of categories pays"
                    labels = []
                by_subject = first["purpose"] is not None and first not in labels \
                    and first["why"]["purpose"].startswith(_LIST_SUBJECT_REASONS)
                if len(labels) >= 2 or by_subject and labels and all(
                        r["purpose"] is None or self.cues.names_category(r["purpose"]) for r in labels):
                    lo = max(first["sentence_start"], first["start"] - 120)
                    opener = max(text.rfind(c, lo, first["start"]) for c in "：:，,；;")
                    bare = _LIST_STANDARD_BARE.search(text, max(lo, opener + 1), first["start"])
                    if bare is not None:           # 生活补助标准为小学每生每年1000元、初中…
                        opener = bare.end() - 1
                    subject = self._list_subject(ctx, lo, opener) if opener > lo else None
                    before = records[i - 1] if i > 0 else None
                    if (subject is None or before is not None and before["purpose"] is not None
                            and _LIST_SUBSIDY.sub("", subject.text) in before["purpose"]) \
                            and before is not None and before["purpose"] is not None \
                            and first["start"] - before["end"] <= 150 and _LIST_STANDARD.search(text, lo, opener + 1):
                        # …用于县乡村道养护。补助标准为：县道…: the standard of the amount before
                        subject = Found(before["purpose_start"], before["purpose_end"], before["purpose"],
                                        "the use of the amount its list of rates is the standard of")
                    if subject is None and by_subject:
                        # 日常养护按照县道每公里1万元、乡道每公里5000元…: what the first rate is
                        # paid for, read before the list (the subject of 按), is the whole list's
                        subject = Found(first["purpose_start"], first["purpose_end"], first["purpose"],
                                        "what the rates of its list are paid for (X按照A…、B…)")
                    if subject is None and all(r["purpose"] is None or self.cues.names_category(r["purpose"])
                                               for r in labels):
                        # 高龄津贴218万元，80—89周岁每人每月100元，90周岁以上…; 按照小学每生每年720元、
                        # 初中…的标准拨付公用经费2480万元: the rates by category elaborate the amount of
                        # their sentence that is no rate
                        after = records[j + 1] if j + 1 < n else None
                        for cand, q in ((before, amounts[i - 1] if i > 0 else None),
                                        (after, amounts[j + 1] if j + 1 < n else None)):
                            if cand is not None and not q.get("per") and cand["purpose"] is not None \
                                    and isinstance(cand.get("purpose_start"), int) \
                                    and (cand["sentence_start"] == first["sentence_start"]
                                         or cand is before and cand["kind"] in ALLOCATION_KINDS
                                         and first["start"] - cand["end"] <= 150) \
                                    and not self.cues.names_category(cand["purpose"]):
                                # (or of the sentence before, an allocation paid at these rates:
                                # 发放高龄补贴286.4万元…。根据规定，80—89周岁老人每人每月100元，…)
                                subject = Found(cand["purpose_start"], cand["purpose_end"], cand["purpose"],
                                                "the use of the amount its list of rates by category elaborates")
                                break
                    if subject is not None:
                        for r in labels:
                            r["purpose"], r["purpose_start"], r["purpose_end"] = subject.text, subject.start, subject.end
                            r["why"]["purpose"] = subject.why
            i = j + 1

    def _list_subject(self, ctx: _Doc, lo: int, hi: int) -> Found | None:
        """What a list of rates opened at `hi` is for: the subject of 标准(为) right before it,
        else what the clause before it gives (发放高龄补贴, 落实公用经费)."""
        text = ctx.text
        clause = max(text.rfind(c, lo, hi) for c in "：:，,；;。") + 1
        clause = max(clause, lo)
        mark = _LIST_MARK_LEAD.match(text, clause, hi)      # 三、X分三档：: X, without its number
        clause = mark.end() if mark else clause
        std = _LIST_STANDARD.search(text, clause, hi)
        if std is not None and std.start() - clause >= 2:
            phrase = self.cues.measure(text, clause, std.start(), ctx.skip_to)
            lead = _BY_STANDARD_LEAD.match(phrase.text) if phrase is not None else None
            if lead:                               # 按照省上标准，禁牧补助每亩…: whose standard, not what of
                phrase = None
            lead = _SUBJECT_LEAD.match(text, phrase.start, phrase.end) if phrase is not None else None
            if lead is not None and lead.end() > phrase.start and phrase.end - lead.end() >= 2:
                phrase = Found(lead.end(), phrase.end, text[lead.end():phrase.end], phrase.why)
            if phrase is not None and len(phrase.text) >= 2 and not self.cues.generic(phrase.text):
                return Found(phrase.start, phrase.end, phrase.text, "what the list of rates is the standard of")
        if std is not None or (text[hi:hi + 1] in ("：", ":") and not _LIST_GIVE.search(text, clause, hi)):
            # 按月发放高龄补贴，标准为： — the clause before the 标准 clause (but 发放高龄津贴：…)
            prev = max(text.rfind(c, lo, clause - 1) for c in "，,；;。：:") + 1
            clause, hi = max(prev, lo), clause - 1
        give = None
        for give in _LIST_GIVE.finditer(text, clause, hi):
            pass
        if give is None:
            return None
        p_s, p_e = give.end(), hi
        if p_e - p_s < 2 or not _HAN_CHAR.search(text, p_s, p_e) or _has_amount(ctx, p_s, p_e) \
                or self.cues.generic(text[p_s:p_e]) or GIVING_ONLY.fullmatch(text, p_s, p_e) or p_e - p_s > 24:
            return None                            # (给予资助，…每生每年1000元: 资助 names no use)
        return Found(p_s, p_e, text[p_s:p_e], "what the list of rates gives (发放X，…)")

    def _by_rate(self, ctx: _Doc, q: dict, c_start: int) -> Found | None:
        """The subject of 按(照)… right before a rate (生产者补贴按每亩150元, 对新建冷库按库容每立方米
        100元): what is paid at that rate; not a body, a bare fund or a generic word."""
        text, s = ctx.text, q["start"]
        ps = q.get("per_start")
        hi = ps if ps is not None and c_start <= ps < s else s
        m = _BY_RATE.search(text, c_start, hi)
        if m is None:
            return None
        p_s, p_e = m.start("p"), m.end("p")
        if text[p_e - 1] == "的":
            return None                       # 存栏100头以上的按每头500元: a condition, no noun
        cut = text.rfind("对", p_s, p_e)
        if cut >= p_s and p_e - cut > 2:
            p_s = cut + 1                     # 会同县农业农村局对X: X
        p_s = self.cues._skip_front(text, p_s, p_e, ctx.skip_to)
        p_s = _after_time_word(text, p_s, p_e, years=True)
        phrase = text[p_s:p_e]
        if p_e - p_s < 2 or not _HAN_CHAR.search(phrase) or ctx.skip_to.get(p_s, -1) >= p_e \
                or self.cues.generic(phrase) or self.cues.only_framing(phrase) or self.cues.measure_only(phrase) \
                or self.cues.names_group(phrase) or _has_amount(ctx, p_s, p_e) or self.cues.verb_in(text, p_s, p_e):
            return None
        found = Found(p_s, p_e, phrase, "what is paid at the rate (X按每亩N元)")
        split = self.cues.receiver_first(text, found)         # 受灾群众过渡期生活救助 → 过渡期生活救助
        if split is not None:
            found = Found(split[1].start, split[1].end, split[1].text, found.why)
        if self.cues.is_fund(phrase):
            return self.cues.fund_use(text, found, ctx.skip_to)
        return found

    def _rate_topic(self, ctx: _Doc, q: dict, bounds: list, k: int, c_start: int) -> Found | None:
        """A clause that is only a rate (每个社区每年不低于3万元) after a clause that only names money
        of a kind (报刊订阅、网络通讯等维持社区日常运转的办公经费，…): that money is what the rate is
        for — after the 等 that closes a list of its items."""
        text, s = ctx.text, q["start"]
        ps = q.get("per_start")
        if k == 0 or ps is None or text[c_start:ps].strip() or not bounds:
            return None
        lo, hi = bounds[k - 1]
        phrase = text[lo:hi].strip()
        if not phrase or _has_amount(ctx, lo, hi) or self.cues.verb_in(text, lo, hi) is not None \
                or not self.cues.is_fund(phrase):
            return None
        etc = text.rfind("等", lo, hi)
        lo = etc + 1 if etc >= 0 and hi - etc > 3 else _after_time_word(text, lo, hi, years=True)
        return _found(text, lo, hi, "the money the clause before names, a rate's topic (X经费，每村N元)")

    def _before_rate(self, ctx: _Doc, q: dict, c_start: int) -> Found | None:
        """The noun right before a rate's 每 when only a giving verb stands between the rate and
        the amount (县道每公里每年补助7000元, 冷库每立方米补助200元): what is paid at that rate;
        its list item starts after 、 or 其中, and after 对."""
        text, s = ctx.text, q["start"]
        ps, pe = q.get("per_start"), q.get("per_end")
        if ps is None or pe is None or not c_start < ps < pe <= s:
            return None
        between = _RATE_TO_AMOUNT.fullmatch(text, pe, s)
        if between is None or between["verb"] and not self.cues.gives(text, *between.span("verb")):
            return None
        lo = max([c_start] + [i + len(c) for c in ("、", "其中", "对") for i in [text.rfind(c, c_start, ps)] if i >= 0])
        lo = _after_time_word(text, lo, ps, years=True)
        phrase = text[lo:ps]
        if ps - lo < 2 or ps - lo > 12 or not _HAN_ONLY.fullmatch(phrase) or "按" in phrase or self.cues.generic(phrase) \
                or self.cues.only_framing(phrase) or self.cues.measure_only(phrase) or self.cues.names_group(phrase) \
                or _has_amount(ctx, lo, ps) or self.cues.verb_in(text, lo, ps) or self.cues.gives(text, lo, ps) \
                or self.cues.is_fund(phrase) or _FRAMING_END.search(phrase) or self.cues.ends_in_fiscal_actor(phrase) \
                or _between(ctx.gov, ctx.gov_starts, max(0, lo - 8), ps):
            return None                       # (标准为每个县, 将给予每个村, 贴息资金每县, 市财政: no thing paid for)
        return Found(lo, ps, phrase, "what is paid at the rate (X每亩补助N元)")

    def _use_column(self, ctx: _Doc, records: list[dict]) -> None:
        """A table row's cell under a column of uses (主要用途, 资金用途, 建设内容: cues.tsv role
        use_column) is what the row's amount is for (县（市） 金额 主要用途 / 朝阳县 812 设施农业):
        the header is the nearest line above without figures, with as many cells as the row."""
        text = ctx.text
        for r, q in zip(records, ctx.amounts):
            if q.get("row_start") is None or r["purpose"] is not None and not r["why"]["purpose"].startswith(
                    ("the use of the allocation", "the use the title's", "the item its row names",
                     "the noun the amount measures", "the use its table column names")):
                continue
            line_start = text.rfind("\n", 0, q["start"]) + 1
            line_end = text.find("\n", q["start"])
            line_end = len(text) if line_end < 0 else line_end
            row = _amount_as_cell(_line_cells(text, line_start, line_end), q["start"], q["end"])
            header = self._header_cells(ctx, line_start, len(row))
            if header is None:
                continue
            col = next((i for i, (h, _, _) in enumerate(header) if self.cues.use_column(h)), None)
            if col is None:
                continue
            cell, c_s, c_e = row[col]
            if c_s <= q["start"] or len(_HAN_CHAR.findall(cell)) < 2 or _has_amount(ctx, c_s, c_e) \
                    or _person_name(cell) or self.cues.reference(cell) or self.cues.is_source(cell) \
                    or _only_places(text, Found(c_s, c_e, cell, ""), ctx.place_spans):
                continue                      # (详见附件, 同上, a place, a person, 中央资金: no use)
            use = self._usable_purpose(ctx, Found(c_s, c_e, cell, ""))
            if use is None or self.cues.only_verbs(use.text) or self.cues.generic(use.text):
                continue                      # (已拨付, 按规定使用)
            r["purpose"], r["purpose_start"], r["purpose_end"] = use.text, use.start, use.end
            r["why"]["purpose"] = f"the cell of its row under the column of uses ({header[col][0]})"

    def _account_part(self, ctx: _Doc, q: dict) -> tuple[str, str] | None:
        """The kind of a table row of an account with parts of income and spending (a village's
        financial disclosure: 一、收入 … 二、支出 …): every line of the income part is revenue, the
        total of the spending part expenditure (its items keep the kind of what they pay); not a
        balance (结余, 结存), nor a row whose label names another kind."""
        parts = ctx.memo.get("account parts")
        if parts is None:
            parts = ctx.memo["account parts"] = self.cues.account_parts(ctx.text)
        k = bisect_right(parts, (q["start"], "~")) - 1
        if k < 0:
            return None
        label = ctx.text[q["row_start"]:q["row_end"]] if q.get("row_end") else ""
        if _BALANCE.search(label) or (self.cues.head_kind(label) or parts[k][1]) not in (parts[k][1], "transfer", "spending"):
            return None
        if parts[k][1] == "expenditure" and not _ROW_TOTAL_WORD.search(label):
            return None                            # an item of the spending part: what it pays is its own kind
        if any(w in label for w, kind in self.cues.words["account"].items() if kind != parts[k][1]):
            return None                            # 收入合计 in a summary after the spending part
        heading = ctx.text[parts[k][0]:parts[k][0] + 8].split()[0] if ctx.text[parts[k][0]:parts[k][0] + 8].split() else ""
        return parts[k][1], f"a line of its account's part ({heading})"

    def _remark_row_label(self, ctx: _Doc, q: dict) -> Found | None:
        """An amount written in a later cell of a table row drawn with tabs or bars (a remark:
        困难户救助 | 3.50 | 低保户7户，每户5000元): what the row's label names, when that label is
        the row's first cell and a use."""
        text, s = ctx.text, q["start"]
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", s)
        line_end = len(text) if line_end < 0 else line_end
        if q.get("row_start") is not None:
            return None                            # a cell the table reader read: not a remark
        key = ("remark cells", line_start)            # once per line, however many amounts it has
        if key not in ctx.memo:
            ctx.memo[key] = [c for c in _line_cells(text, line_start, line_end) if c[0].strip()] \
                if "\t" in text[line_start:line_end] or _BAR_CELLS.search(text, line_start, line_end) else None
        cells = ctx.memo[key]
        if cells is None:
            return None
        own = next((c for c in cells if c[1] <= s < c[2]), None)
        if len(cells) < 3 or own is None or own is cells[0] or len(_HAN_CHAR.findall(own[0])) < 2:
            return None                            # the amount alone in its cell is no remark
        first, c_s, c_e = cells[0]
        if not _HAN_CHAR.search(first) or _has_amount(ctx, c_s, c_e) or _person_name(first) \
                or self.cues.header_cell(first) or _ROW_TOTAL_WORD.search(first) or _GROUP_NUMBER.fullmatch(first) \
                or self.cues.aggregate(first):
            return None
        use = self._usable_purpose(ctx, Found(c_s, c_e, first, "the label of the row whose remark states it"))
        if use is None or self.cues.generic(use.text) or _only_places(text, use, ctx.place_spans):
            return None
        return Found(use.start, use.end, use.text, "the label of the row whose remark states it")

    @staticmethod
    def _header_cells(ctx: _Doc, line_start: int, n: int, cells=None) -> list[tuple[str, int, int]] | None:
        """The cells of the nearest line above `line_start` without figures (a table's header),
        when it has `n` (split by `cells`, `_line_cells` by default). The document's lines
        without figures are listed once."""
        text = ctx.text
        free = ctx.memo.get("figureless lines")
        if free is None:
            free = ctx.memo["figureless lines"] = [
                (m.start(), m.end()) for m in _LINE.finditer(text)
                if m.group().strip() and _HAS_DIGIT.search(m.group()) is None]
        k = bisect_left(free, (line_start, -1)) - 1
        if k < 0:
            return None
        found = (cells or _line_cells)(text, *free[k])
        return found if len(found) == n else None

    def _who_column(self, ctx: _Doc, pos: int) -> bool:
        """Is the cell at `pos` under a header cell naming who or where (户主姓名, 村名, 实施主体:
        cues.tsv role who_column), the header being the nearest line above without figures whose
        cells are as many as the row's?"""
        text = ctx.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        row = [c[1] for c in _field_cells(text, line_start, line_end)]
        if pos not in row or len(row) < 3:
            return False
        header = self._header_cells(ctx, line_start, len(row), _field_cells)
        return header is not None and self.cues.who_column(header[row.index(pos)][0])

    def _content_field(self, ctx: _Doc, q: dict, sent_start: int) -> Found | None:
        """A project form's content field before the amount in its sentence (建设内容：铺设滴灌管网
        1800亩及配套首部，2200元/亩): the work it names, without its size, is what the amount pays for.
        The field words are cues.tsv's role `content_field`."""
        text, s = ctx.text, q["start"]
        field = self.cues.content_field(text, sent_start, s)
        if field is None:
            return None
        end = field.end()
        while end < s and text[end] not in "，,。；;\n":
            end += 1
        size = _SIZE_TAIL.search(text, field.end(), end)
        end = size.start() if size is not None and size.start() - field.end() >= 2 else end
        if end >= s or _has_amount(ctx, field.end(), end):
            return None
        return _found(text, field.end(), end, f"the content field of its form ({field.group().rstrip('：:')})")

    def _row_item(self, ctx: _Doc, q: dict, c_start: int, sent_start: int) -> Found | None:
        """The item a row of a flattened list or table names (1.龙头镇 张家营村 村组道路硬化2.1公里
        总投资68.4万元 奖补45万元 → 村组道路硬化), or the 项目名称 of a form the amount belongs to."""
        text, s = ctx.text, q["start"]
        lo = max(sent_start, s - 80)          # a row's fields may be cut into clauses at their spaces
        for stop in _ROW_STOP.finditer(text, lo, s):
            lo = stop.end()
        marker = None
        for marker in _ROW_START.finditer(text, lo, s):
            pass
        if marker is not None:
            lo = marker.end()
        fields = [m for m in _FIELD.finditer(text, lo, s)]
        if len(fields) >= 3:
            # going back, the figures right before the amount are its row's (玉米 150 200 30000); a
            # figure after a cell of words is the row before's (翻建 32000 吴某兰 杉坪村 维修加固 9000)
            words = False
            roles = _byline_roles()
            for at, f in reversed(list(enumerate(fields[:-1] if not _ROW_TOTAL_WORD.search(fields[-1].group()) else ()))):
                if _ROW_TOTAL_WORD.search(f.group()):
                    break                         # 昭通市合计 18650 …: a total row names no item
                if _FIGURE_CELL.fullmatch(f.group()) or _AMOUNT_FIELD.search(f.group()):
                    if words:
                        break
                    continue
                words = True
                if _only_places(text, Found(f.start(), f.end(), f.group(), ""), ctx.place_spans) \
                        or self._who_column(ctx, f.start()):
                    continue                      # (a place, or the cell of a column of names: 户主姓名)
                if any(a["start"] <= f.start() and f.end() <= a["end"] + 1
                       for a in _between(ctx.orgs, ctx.org_starts, f.start() - 30, f.end())):
                    continue                      # 江苏某某酒业有限公司 设备投资… 奖励132万元: who gets it
                end = f.start() + (_QUANTITY_TAIL.search(f.group()).start() if _QUANTITY_TAIL.search(f.group())
                                   else len(f.group()))
                phrase = text[f.start():end]
                if phrase in roles or at > 0 and fields[at - 1].group() in roles or _FIELD_LABEL.search(phrase):
                    break                         # （记者 刘洪波 通讯员 赵立新）: a byline, its names too; 数量：126台: a form's field
                if self.cues.header_cell(phrase):
                    break                         # 发放金额 查果拉牧委会 31 300: the header's cell, no item
                if _person_name(phrase) or _GRADE.fullmatch(phrase) or _GROUP_NUMBER.fullmatch(phrase):
                    continue                      # 黄某某, 合格, 一类, 三组: a household, a grade or a group, not an item
                if len(_HAN_CHAR.findall(phrase)) >= 2 and not self.cues.generic(phrase) \
                        and not self.cues.measure_only(phrase):
                    return Found(f.start(), end, phrase, "the item its row names (a flattened list or table)")
                break
        form = _last_form_name(text, max(0, s - 200), s)
        if form is not None and form["cell"] is not None and (q.get("row_start") is None or self.cues.header_cell(form["p"])):
            form = None                           # a form drawn as a table names its project for its cells only
        if form is not None and not _FORM_NAME_ANY.search(text, form.end(), s) \
                and not any(c in text[form.end():s] for c in "。；;"):
            return Found(form.start("p"), form.end("p"), form.group("p"), "the 项目名称 of the form it belongs to")
        return None

    def _table_rows(self, ctx: _Doc, records: list[dict]) -> None:
        """An allocation table's rows (单位：万元 县市区 金额 邵东市 612 新邵县 438 … 合计 4376):
        each row labelled by a place, or the total row, is a share of the allocation the text
        before the table states. It takes that amount's kind, use and fund where it has no cue
        of its own, and is marked a part of it, so a sum counts the allocation once."""
        text = ctx.text
        head = None
        table_start = None
        for i, r in enumerate(records):
            row = r.get("_row")
            if row is None:
                if r["kind"] != "standard":
                    head, table_start = r, None
                continue
            if table_start is None:
                table_start = row[0]
                head = _allocation_of_total(text, ctx.amounts, records, i, head)
                intro = None
            if head is None or head["kind"] not in ALLOCATION_KINDS:
                # no amount before the table: the fund its intro names (…补助资金安排如下：), for
                # the rows labelled by the places that receive it
                if intro is None:
                    intro = self._intro_fund_use(ctx, table_start) or False
                if intro and r["purpose"] is None and r["why"]["purpose"].startswith(_RECEIVER_ROW) \
                        and _only_places(text, _strip_found(text, Found(row[0], row[1], text[row[0]:row[1]], "")),
                                         ctx.place_spans):
                    r["purpose"], r["purpose_start"], r["purpose_end"] = intro.text, intro.start, intro.end
                    r["why"]["purpose"] = intro.why
                continue                          # only an allocation is shared out by place
            if table_start - head["end"] > 600 or head["start"] < _article_start(ctx, r["start"]):
                continue
            label = Found(row[0], row[1], text[row[0]:row[1]], "")
            total = _ROW_TOTAL.search(text, row[0], row[1]) or _ROW_TOTAL_WORD.search(text, row[0], row[1])
            if not total and not _only_places(text, _strip_found(text, label), ctx.place_spans):
                continue
            _share_of(r, head, "its table shares out", agency=False)

    def _listed_receivers(self, ctx: _Doc, records: list[dict]) -> None:
        """Amounts in the items of a list a line introduces (分红明细如下：一组 38户 4,560元；二组…),
        each labelled by who receives it: what the introduced payment or fund is for."""
        text = ctx.text
        memo: dict[int, Found | None] = {}
        for r in records:
            if r["purpose"] is not None or r.get("_row") is not None \
                    or not r["why"]["purpose"].startswith(_RECEIVER_ROW):
                continue
            lo = max(_article_start(ctx, r["start"]), r["start"] - 300)
            colon = None
            for colon in _LIST_INTRO.finditer(text, lo, r["start"]):
                pass
            if colon is None or _SENTENCE_END.search(text, colon.end(), r["start"]):
                continue                          # (a list runs on over ；and lines, not over 。)
            if colon.end() not in memo:
                memo[colon.end()] = self._intro_fund_use(ctx, colon.end())
            use = memo[colon.end()]
            if use is not None:
                r["purpose"], r["purpose_start"], r["purpose_end"] = use.text, use.start, use.end
                r["why"]["purpose"] = "the use of the payment its list's intro names (X明细如下：)"

    def _intro_fund_use(self, ctx: _Doc, table_start: int) -> Found | None:
        """The use of the fund that the line introducing a table names (省级传统村落保护发展补助资金安排
        如下：, 现将农村公路养护资金分配情况公示如下：): the fund's name after the last joiner or
        verb before it, read as `Cues.fund_use` reads a fund's name."""
        text = ctx.text
        lo = max(_article_start(ctx, table_start), table_start - 160)
        intro = None
        for intro in _INTRO_FUND.finditer(text, lo, table_start):
            pass
        if intro is None or _has_amount(ctx, intro.end(), table_start) or text.startswith("的", intro.end("f")):
            return None                       # (…资金的服务主体公示如下: a list of who receives it)
        a, b = intro.span("f")
        cut = max(text.rfind(c, a, b) for c in _INTRO_CUTS)
        if cut >= 0 and b - cut > 4:
            a = cut + 1
        fund = self.cues.fund_name(text, Found(a, b, text[a:b], ""))
        use = self.cues.fund_use(text, fund, ctx.skip_to) if fund is not None else None
        if fund is None and not text.endswith(("资金", "经费"), a, b):
            # a payment named without 资金 (分红明细如下, 临时救助金发放情况如下): the payment itself
            a = self.cues._skip_front(text, a, b, ctx.skip_to)
            a = _after_time_word(text, a, b, years=True)
            use = Found(a, b, text[a:b], "") if b - a >= 2 else None
        if use is not None and use.start > fund.start:
            # (首批中央财政…资金: the batch word goes first, then the level that pays)
            use = self.cues.fund_use(text, Found(use.start, b, text[use.start:b], ""), ctx.skip_to)
        if use is None or self.cues.generic(use.text) or _HAS_DIGIT.search(use.text) \
                or self.cues.only_verbs(use.text) or use.text[0] in DETERMINER_CHARS \
                or any(c in use.text for c in _INTRO_CUTS):
            return None                       # (各村补助, 现将, 兑付补助: no use)
        return Found(use.start, use.end, use.text, _INTRO_USE)

    def _place_shares(self, ctx: _Doc, records: list[dict]) -> None:
        """A list of places with their shares after an allocation (分市看，潍坊市1.94亿元，临沂市
        1.76亿元…; 从分配情况看，西吉县3620万元、原州区2850万元): each share is the
        allocation's, for its place; it takes the allocation's kind, use and fund where it has
        none of its own, and is a part of it."""
        text = ctx.text
        head = shared = None
        for r in records:
            if r.get("_row") is not None:
                continue
            lo = r["start"]
            while lo > 0 and text[lo - 1] not in "，,、；;：:。\n" and r["start"] - lo < 20:
                lo -= 1
            hi = r["start"]
            got = self.cues.received(text, lo, hi)       # 海东市获得资金10.9亿元: a place's share received
            if got is not None and _RECEIVED_TAIL.fullmatch(text, got.end(), hi):
                hi = got.start()
            label = Found(lo, hi, text[lo:hi], "")
            counted = _COUNTED_TAIL.search(text, lo, hi) if got is not None and hi < r["start"] else None
            is_share = hi - lo >= 2 and _HAN_CHAR.search(label.text) and (
                _only_places(text, label, ctx.place_spans) or got is not None and hi < r["start"]
                and (_COUNTED_UNITS.fullmatch(label.text) or counted is not None and counted.start() - lo >= 2
                     and _only_places(text, Found(lo, counted.start(), "", ""), ctx.place_spans)))
            # (西宁市16个项目获资金2.36亿元: a place and what it counts, then what it received)
            if not is_share and not text[lo:r["start"]].strip(" \u3000") and text[lo - 1:lo] in "，,":
                # 平襄镇1208人，203,100元: a place and its head count, then its share
                start = max(max(text.rfind(c, max(0, lo - 30), lo - 1) for c in "；;。\n：:、"), lo - 31, -1) + 1
                count = _HEAD_COUNT.search(text, start, lo - 1)
                if count is not None and count.start() - start >= 2:
                    label = Found(start, count.start(), text[start:count.start()], "")
                    is_share = _only_places(text, label, ctx.place_spans)
            if not is_share and shared is not None and _REMAINING_UNITS.fullmatch(label.text.strip()) \
                    and r["sentence_start"] == shared["sentence_start"]:
                is_share = True                    # …，B镇265万元，其余乡镇705万元: the rest of the list
            if not is_share:
                if r["kind"] in ALLOCATION_KINDS and r["purpose"] is not None and r["parts_of"] is None:
                    head = r
                continue
            if head is None or r["start"] - head["end"] > 400 or _article_start(ctx, r["start"]) > head["start"]:
                continue
            if (got is not None or label.start < lo) and _NEW_TOPIC.search(text, head["end"], r["start"]):
                continue                           # (…。此外，汉中市获得资金…: not that allocation's)
            at = r.get("purpose_start")
            if isinstance(at, int) and lo <= at < hi:
                r["purpose"] = None                # 18个产粮大县共获得: who receives, not what for
            _share_of(r, head, "it is a place's share of", agency=True)
            shared = r

    def _share_topic(self, records: list[dict], ctx_text: str) -> None:
        """Amounts of one sentence with no purpose of their own take the purpose of the first
        amount of that sentence whose purpose is what the sentence is about (a project named
        before its total investment, the topic of a 方面 sentence)."""
        for i, r in enumerate(records):
            if r["purpose"] is not None:
                continue
            for t in records[max(0, i - 30):i]:          # a sentence's first amounts (linear time)
                if t["sentence_start"] != r["sentence_start"]:
                    continue
                if not _BREAKDOWN.search(ctx_text, t["end"], r["start"]):
                    continue                       # only the breakdown of a total: 其中, 资金来源为, 分别
                if t["purpose"] is not None and t["why"]["purpose"] in _TOPIC_REASONS:
                    for key in ("purpose", "purpose_start", "purpose_end"):
                        r[key] = t[key]
                    r["why"]["purpose"] = "what its sentence is about"
                    break

    def _purpose_from_measure(self, ctx: _Doc, q: dict, kind: str, measure: Found | None, bounds: list, k: int,
                              c_start: int, sent_start: int, previous: dict | None) -> tuple[Found | None, str]:
        """The purpose read from the noun the amount measures (a standard's subject, an audit
        finding's object, what a measure word is of, a fund's work, an output's thing)."""
        text, s = ctx.text, q["start"]
        if kind == "standard" and k > 0 and _STANDARD_OPENS.match(text, c_start, s) \
                and not _has_amount(ctx, *bounds[k - 1]):
            # 发放一次性扩岗补助，标准为每招用1人补助1500元: the award the clause before gives
            award = self.cues.given_object(text, *bounds[k - 1])
            if award is not None:
                return award, award.why
        if kind == "standard" and measure is not None and measure.text.endswith("标准") and len(measure.text) > 3 \
                and not self.cues.only_verbs(measure.text[:-2]):
            found = Found(measure.start, measure.end - 2, measure.text[:-2], "what the standard is of")
            return found, found.why
        if kind == "standard" and (measure is None or self.cues.measure_only(measure.text)):
            subject = _standard_subject(self.cues, text, c_start, s, ctx.skip_to)
            if subject is not None:
                return subject, subject.why
        if kind == "audit_finding":
            cue = self.cues.audit_cue(text, c_start, s)
            if cue is not None and measure is not None and measure.start >= cue.end() and not self.cues.measure_only(measure.text):
                what = self.cues.fund_use(text, measure, ctx.skip_to) if self.cues.is_fund(measure.text) else measure
                if what is not None:
                    return what, "what the finding concerns (违规发放X)"
            if k > 0 and (measure is None or self.cues.measure_only(measure.text)) and not _has_amount(ctx, *bounds[k - 1]):
                # 虚报冒领公益性岗位补贴，涉及金额15.84万元: the object of the finding in the clause before
                lo, hi = bounds[k - 1]
                last = None
                for last in self.cues.audit_cues(text, lo, hi):
                    pass
                obj = self.cues.paid_object(text, last.end(), hi) if last is not None else None
                if obj is not None:
                    if self.cues.is_fund(obj.text):
                        obj = self.cues.fund_use(text, obj, ctx.skip_to)
                    if obj is not None and 2 <= len(obj.text) <= 20 and not self.cues.generic(obj.text):
                        return Found(obj.start, obj.end, obj.text, "what the finding of the clause before concerns"), \
                            "what the finding of the clause before concerns"
            return None, "an audit total states no use"
        if measure is not None:
            if kind == "output":          # 产值, 品牌价值, 成交额: what it is of is no use (the corpus convention)
                return None, "an aggregate (GDP, incomes) states no purpose"
            if self.cues.statistic(measure.text):
                return None, "an economy-wide statistic (固定资产投资) states no purpose"
            if self.cues.measure_only(measure.text):
                return self._purpose_around(ctx, q, bounds, k, c_start, sent_start, previous, measure)
            if self.cues.is_fund(measure.text):
                work = self._previous_phrase(ctx, bounds, k, work_only=True)
                if work is not None:     # 新建5所乡镇幼儿园，投入建设资金3000万元
                    return work, "the work of the clause before (a fund that names no use)"
                awards = []
                for j in range(k - 1, -1, -1):
                    lo, hi = bounds[j]
                    if lo < sent_start:
                        break
                    award = self.cues.given_object(text, lo, hi) if not _has_amount(ctx, lo, hi) else None
                    if award is not None:
                        awards.append(award)
                if len(awards) == 1 and awards[0].start >= bounds[max(0, k - 2)][0] \
                        and not _TOTAL_OPENS.match(text, bounds[k][0], s):
                    # 发放一次性扩岗补助，…，已发放补助资金312万元: that award (two awards before: a total of both)
                    return awards[0], "the award a clause before gives (its bare fund refers to it)"
                return None, "a fund whose name states no use"
            if self.cues.names_group(measure.text):
                return None, "the noun names who receives it, not what for"
            line_start = text.rfind("\n", 0, measure.start) + 1
            if _OTHER_CELL.search(text, measure.end, s) and (text[measure.end:s].strip(" \u3000\t|｜")
                                                              or _ROW_NUMBER_ONLY.fullmatch(text, line_start, measure.start) is None
                                                              or _OTHER_CELL.search(text, measure.start, measure.end)):
                # (村干部报酬  36000: a row of its label and one amount is read as prose)
                return None, "another cell of its table row (a name, a grade), not what it measures"
            if kind not in ("revenue", "expenditure", "debt", "output") and len(measure.text) >= 2 \
                    and not _COUNT_ONLY.fullmatch(measure.text):
                phrase = self.cues.without_measure(text, measure)
                phrase = _tidy_noun(text, phrase) if phrase is not None else None
                if phrase is not None:
                    phrase = _without_place_cells(text, phrase, ctx.place_spans)
                if phrase is not None and _person_name(phrase.text) and _OTHER_CELL.search(text, measure.end, s):
                    return None, "a person's name, not what it pays for"      # 张某 12.5 1250
                if phrase is not None and not self._names_actor(ctx, phrase):
                    return phrase, "the noun the amount measures"
                if phrase is not None and self.cues.ends_in_coverb(phrase.text):
                    return None, "the noun before is a subject whose verb follows (X以N元的价格)"
                if phrase is not None:       # 县本级财政投入N元, 两州分别获得N元: who, not what for
                    found, why = self._purpose_around(ctx, q, bounds, k, c_start, sent_start, previous, measure)
                    why = f"{_WHO_GETS}: {why}"
                    return (Found(found.start, found.end, found.text, why) if found else None), why
        if measure is None and k > 0 and _TOTAL_ONLY.fullmatch(text, c_start, s):
            # 发放首批低保提标资金，共计312.4万元: the fund the clause before names
            lo, hi = bounds[k - 1]
            named = None if _has_amount(ctx, lo, hi) else self.cues.measure(text, lo, hi, ctx.skip_to)
            if (named is None or not self.cues.is_fund(named.text)) and not _has_amount(ctx, lo, hi):
                # 大豆生产者补贴资金已全部兑付到位，共计4.08亿元: the fund the clause before is about
                named = self.cues.title_fund(text, lo, hi)
            if named is not None and self.cues.is_fund(named.text):
                use = self.cues.fund_use(text, self.cues.fund_name(text, named) or named, ctx.skip_to)
                if use is not None:
                    return use, "the use the fund of the clause before names (…资金，共计N万元)"
        return None, "no purpose stated"

    def _purpose_around(self, ctx: _Doc, q: dict, bounds: list, k: int, c_start: int, sent_start: int,
                        previous: dict | None, measure: Found) -> tuple[Found | None, str]:
        """The purpose of an amount whose noun names no use (a bare measure, 总投资; or who gives or
        gets it): the subject the measure is of, the sentence's topic, the amount before in the
        clause before, or what the clause before names."""
        text = ctx.text
        obj = self.cues.object_after(text, q["end"], bounds[k][1])
        if obj is not None and not self.cues.generic(obj.text):
            return obj, obj.why                    # 总投资5亿元的县城供水厂迁建项目: that project
        subject = self.cues.subject(text, c_start, measure.start, ctx.skip_to)
        if subject is not None:
            return subject, subject.why
        topic = _TOPIC.search(text, sent_start, c_start)
        if topic:
            return Found(topic.start("t"), topic.end("t"), topic.group("t"), "the topic of its sentence (X方面)"), \
                "the topic of its sentence (X方面)"
        if previous is not None and k > 0 and bounds[k - 1][0] <= previous["start"] < bounds[k - 1][1]:
            if previous["purpose"] is not None:
                return Found(previous["purpose_start"], previous["purpose_end"], previous["purpose"],
                             "what the amount before is of"), "what the amount before is of"
            return None, "the amount before states no purpose"
        prev = self._previous_phrase(ctx, bounds, k)
        if prev is not None:
            return prev, prev.why
        return None, "a measure of something the text does not name"

    def _section_heading(self, ctx: _Doc, s: int, kind: str) -> Found | None:
        """一、基础母牛扩群补栏。对新购进的养殖户，每头补贴3000元: the heading of the numbered
        section of a notice the amount is in, when it names a measure (not 补助标准, 申报条件)
        and holds no amount of its own."""
        text = ctx.text
        line = text.rfind("\n", 0, s) + 1
        m = _SECTION_HEAD.match(text, line, s)
        if m is None or _has_amount(ctx, line, m.end()):
            return None
        if text[m.end() - 1] == "。" and kind != "standard":
            return None                       # （二）加大资金投入。: a report's slogan; a notice's measure heads its rates
        h = Found(m.start("h"), m.end("h"), m.group("h"), "the heading of its numbered section (一、X。)")
        tiers = _LIST_STANDARD.search(h.text)           # 三、农村低保对象分三类：… → 农村低保对象
        if tiers is not None and tiers.start() >= 2:
            h = Found(h.start, h.start + tiers.start(), h.text[:tiers.start()], h.why)
        if self.cues.section_part(h.text) or self.cues.generic(h.text) or _only_places(text, h, ctx.place_spans) \
                or self.cues.measure_only(h.text) or self.cues.head_kind(h.text) \
                or self.cues.verb_at(text, h.start, h.end) != h.start or self.cues.slogan(h.text):
            return None                       # 六、预算金额：A包…: a measure, not what it pays for
        return h

    def _well_formed(self, ctx: _Doc, phrase: Found) -> Found | None:
        """The purpose without a trailing adverb (改扩建项目共 → 改扩建项目), or None when it is no
        phrase of its own: it holds an amount or a piece of a number (…的436户1), points to an
        attachment (分配表附后), or ends in a coverb (X以, 县里另 → 县里)."""
        text, lo, hi = ctx.text, phrase.start, phrase.end
        mark = _LIST_MARK_LEAD.match(text, lo, hi) or _PARTICLE_LEAD.match(text, lo, hi) \
            or _ROW_NUMBER_LEAD.match(text, lo, hi)        # 三、本季度结余; 了一块…; 2 饮水工程 (a row's number)
        if mark is not None and mark.end() < hi:
            lo = mark.end()
        head = _BRACKET_HEAD.match(text, lo, hi)       # 【一事一议】 长崖子自然村巷道硬化工程: a section's tag
        if head is not None:
            if head.end() >= hi:
                return None
            lo = head.end()
        tail = _ADVERB_TAIL.search(text, lo, hi)
        if tail is not None and tail.start() - lo >= 2:
            hi = tail.start()
        # a row's item with its size or its groups after it (道路硬化1.2公里, 路灯安装120盏,
        # 养殖圈舍建设（1组、3组）) or its groups before it (一组、三组生产道路维修): the work alone
        size = _size_tail().search(text, lo, hi) or _GROUPS_NOTE.search(text, lo, hi)
        if size is not None and len(_HAN_CHAR.findall(text, lo, size.start())) >= 2:
            hi = size.start()
        groups = _GROUPS_LEAD.match(text, lo, hi)
        if groups is not None and len(_HAN_CHAR.findall(text, groups.end(), hi)) >= 2:
            lo = groups.end()
        bar = _LAST_BAR.search(text, lo, hi)
        if bar is not None:
            lo = bar.end()                               # 工资支出│64,800│18人×3个月×: a table's cells, not a phrase
        lead = _LIST_JOINT_LEAD.match(text, lo, hi)
        if lead is not None and hi - lead.end() >= 2:
            lo = lead.end()                              # 、重建, 及管理费用: a list's piece, without its joint
        if _TOPIC_ONLY.fullmatch(text, lo, hi) or _FORMULA.search(text, lo, hi):
            return None                                  # 方面：, 18人×3个月×: no use
        if hi - lo >= 3 and text[hi - 1] in "：:":
            hi -= 1                                      # 补助对象：
        joint = _JOINT_TAIL.search(text, lo, hi)
        if joint is not None and joint.start() - lo >= 2 and not self.cues.ends_in_word(text[lo:hi]):
            hi = joint.start()                           # 道路、桥梁及: a list cut at its joint (not 普及, 参与)
        inside = text[lo:hi]
        if inside.count("（") + inside.count("(") != inside.count("）") + inside.count(")"):
            return None                                  # 锋）今年，…: a piece of a byline, an aside cut
        cut_number = _DIGIT_END.match(text, hi - 1) and _SPACE_DIGIT.match(text, hi) \
            or _DIGIT_END.match(text, lo) and lo >= 2 and _DIGIT_SPACE.match(text, lo - 2)
        if cut_number or _ATTACHMENT.search(text, lo, hi) \
                or _has_amount(ctx, lo, hi) or self.cues.ends_in_coverb(text[lo:hi]) \
                or self.cues.ends_in_fiscal_actor(text[lo:hi]):
            return None
        if lo != phrase.start and (hi - lo < 2 or self.cues.only_framing(text[lo:hi])):
            return None
        if _TIME_SPAN.fullmatch(text, lo, hi):
            return None                                  # 十年来, 三年间: a span of time, no use
        return phrase if (lo, hi) == (phrase.start, phrase.end) else Found(lo, hi, text[lo:hi], phrase.why)

    def _names_actor(self, ctx: _Doc, phrase: Found) -> bool:
        """Does the noun before the amount name who gives, gets or pays it, not what it is for: a
        place, body or organization ending it (其中高新区获得N元), places counted by their unit
        (玉树、果洛两州分别获得N元), a fiscal actor (县本级财政投入N元), or a coverb ending it, so
        that it is a subject (竞标人以每米N元的价格中标)?"""
        text, end = ctx.text, phrase.end
        tail = _ADVERB_TAIL.search(text, phrase.start, end)
        if tail is not None and tail.start() - phrase.start >= 2:
            end = tail.start()                            # 陇南、天水两市分别: 两市
            phrase = Found(phrase.start, end, text[phrase.start:end], phrase.why)
        if self.cues.ends_in_coverb(phrase.text) or self.cues.ends_in_fiscal_actor(phrase.text) \
                or _COUNTED_UNITS.fullmatch(phrase.text):
            return True
        verb = _PAYING_END.search(text, phrase.start, end)
        if verb is not None and verb.start() > phrase.start:
            # 县财政配套N元, 镇政府投入N元: a body and its paying verb, who pays
            # (a body written, not the bare 财政 of 财政贴息, a noun)
            if any(a["end"] == verb.start() for a in _between(ctx.gov, ctx.gov_starts, phrase.start - 8, verb.start())):
                return True
        tail = self.cues.places_tail_at(text, phrase.start, end)
        if tail is not None and tail < end and _only_places(text, Found(phrase.start, tail, "", ""), ctx.place_spans) \
                and tail > phrase.start:
            return True
        if _only_places(text, phrase, ctx.place_spans):
            return True
        return any(a["end"] == end for a in _between(ctx.gov, ctx.gov_starts, phrase.start - 8, end)) \
            or any(a["end"] == end for a in _between(ctx.orgs, ctx.org_starts, phrase.start - 8, end))

    def _next_cell_use(self, ctx: _Doc, s: int, e: int) -> Found | None:
        """A figure alone on its line (a table with one cell per line) and a use after a marker
        opening the next line, its remark cell (58,566⏎用于村内基础设施维护)."""
        text = ctx.text
        lo = text.rfind("\n", 0, s) + 1
        hi = text.find("\n", e)
        if hi < 0 or text[lo:s].strip() or text[e:hi].strip():
            return None
        nxt = text.find("\n", hi + 1)
        nxt = len(text) if nxt < 0 else nxt
        start = hi + 1 + len(text[hi + 1:nxt]) - len(text[hi + 1:nxt].lstrip())
        use = self.cues.purpose_after(text, start, nxt)
        if use is None or not self.cues.strong(use.why) or use.start - start > 4:
            return None
        return use

    def _next_clause_use(self, ctx: _Doc, bounds: list, k: int, e: int) -> Found | None:
        """A use after a marker (用于, 投向) that opens the clause after the amount's, a rate's
        clause (增长5%, 占40%) skipped: …615.20万元，主要用于X."""
        nxt = _next_clause(ctx.text, bounds, k)
        later = self._later_purpose(ctx, bounds, k, e)
        if later is None or not self.cues.strong(later.why) or nxt >= len(bounds) \
                or not bounds[nxt][0] <= later.start < bounds[nxt][1] \
                or later.start - _past_places(ctx, bounds[nxt][0], later.start) > 6:
            return None
        return later

    def _given_after(self, ctx: _Doc, lo: int, hi: int) -> Found | None:
        """对X给予Y in text[lo:hi], after an amount: X, what is paid for (对新认定的龙头企业给予
        一次性奖励: 新认定的龙头企业), or Y when X names the receivers and Y says more than 补助
        (对加工企业给予贷款贴息和收购奖补: 贷款贴息和收购奖补)."""
        text = ctx.text
        m = _FOR_WHOM.match(text, lo, hi)
        if m is None:
            return None
        p_s, p_e = m.start("p"), m.end("p")
        if _has_amount(ctx, lo, hi):
            return None                             # 对X按每亩N元给予: a standard's clause, its own
        given = _GIVEN_WHAT.match(text, m.end(), hi)
        if given is not None and self.cues.names_group(text[p_s:p_e]) and not self.cues.generic(given.group("y")) \
                and not self.cues.only_verbs(given.group("y")):      # (给予扶持: no more than a verb)
            return Found(given.start("y"), given.end("y"), given.group("y"), _GIVEN_WHY)
        p_s, p_e = _without_scope(text, p_s, p_e)
        return Found(p_s, p_e, text[p_s:p_e], "对X给予 after it")

    def _later_purpose(self, ctx: _Doc, bounds: list, k: int, e: int, work: bool = False) -> Found | None:
        """A purpose marker or verb a few clauses after the amount, when the clauses between
        hold no other amount's marker (…每镇300万元，合计4800万元，由乡镇统筹用于X); 对X给予Y
        right after the amount in its own clause (其余1200万元对加工企业给予贷款贴息)."""
        text = ctx.text
        if bounds and e < bounds[k][1]:
            given = self._given_after(ctx, _skip_spaces(text, e, bounds[k][1]), bounds[k][1])
            if given is not None and given.why == _GIVEN_WHY:
                return given
        for j in range(k + 1, min(len(bounds), k + 1 + self.purpose_clauses)):
            lo, hi = bounds[j]
            if _segment_break(text, bounds[j - 1][1], lo):
                return None
            if j > k + 1 and any(_TOTAL_BEFORE.search(text, max(0, a["start"] - 8), a["start"])
                                 for a in _amounts_in(ctx, *bounds[j - 1])):
                return None                       # never past a total (…，共计投入2.3亿元建设X)
            if j > k + 1 and "其中" in text[e:bounds[j - 1][1]]:
                parts = _amounts_in(ctx, bounds[k + 1][0], bounds[j - 1][1])
                # nor past the one part it names (拨付9.47亿元，其中生态补偿类资金1.38亿元，用于X;
                # 总计X，其中：基本支出Y，主要用于Z): the part's use; a split into parts
                # (其中一般债券A、专项债券B，全部用于Z) or the share a level bears (其中中央财政
                # 安排Y，主要用于Z) shares it
                if len(parts) == 1 and not _LEVEL_SHARE.search(
                        text, text.rfind("其中", e, parts[0]["start"]), parts[0]["start"]):
                    return None
            found = self.cues.purpose_after(text, _past_places(ctx, lo, hi), hi)   # (在A、B两镇实施X)
            if found is None:
                given = self._given_after(ctx, lo, hi)   # …1亿元，对新认定的企业给予一次性奖励
                if given is not None:
                    return given
                done = self.cues.work_on(text, lo, hi) if work and j == k + 1 else None
                if done is not None and not _has_amount(ctx, lo, hi):
                    return done                   # …80万元，对村内道路和水渠进行了硬化
            if found is not None:
                if _has_amount(ctx, lo, found.start) or _runs_into(ctx, found, e):
                    return None                   # …，其中2000万元用于X: X is that amount's
                return found
        return None

    def _previous_phrase(self, ctx: _Doc, bounds: list, k: int, work_only: bool = False) -> Found | None:
        """What the clause before names (统筹推进重大项目82个，总投资…: 重大项目); with
        `work_only`, only a clause that describes work (新建…, 实施…)."""
        if k == 0:
            return None
        lo, hi = bounds[k - 1]
        text = ctx.text
        if k >= 2 and _BENEFIT_CLAUSE.fullmatch(text, lo, hi) and not _has_amount(ctx, lo, hi):
            # 实施改造项目42个，涉及居民1.2万户，总投资5.6亿元: who benefits is no work; the clause before it
            return self._previous_phrase(ctx, bounds, k - 1, work_only)
        if _has_amount(ctx, lo, hi):
            return None
        if work_only and not (self.cues.verb_in(text, lo, hi) or self.cues.cut_at_link(text, lo, hi) is not None):
            return None
        if _WHO_PAYS_CLAUSE.search(text, lo, hi):
            return None                           # 所需资金由县财政全额承担，…: who pays, no use
        for m in _MARKER_IN.finditer(text, lo, hi):      # 该资金用于X，工程共需投入…
            found = self.cues.purpose_after(text, m.start(), hi)
            if found is not None:
                return found
        tail = _PREV_TAIL.search(text, lo, hi)
        if tail:
            hi = tail.start()
            if tail.group().endswith("为例"):
                example = _EXAMPLE_LEAD.match(text, lo, hi)   # 以X为例, 比如X: X
                if example:
                    lo = example.end()
        aside = _HEADING_ASIDES.search(text, lo, hi)     # X（以工代赈任务）工程（xm07） → X
        if aside and aside.start() - lo >= 2:
            hi = aside.start()
        phrase = self.cues.measure(text, lo, hi, ctx.skip_to, verbs=True)
        if phrase is not None and (self.cues.generic(_QUANTITY_TAIL.sub("", phrase.text))
                                   or _COUNT_PHRASE.fullmatch(phrase.text)):
            # 实施改造项目42个: the verb cut the noun's own verb (改造项目 → 项目); the object of
            # the clause's first verb, without its count
            first = self.cues.verb_in(text, lo, hi)
            count = _QUANTITY_TAIL.search(text, first.end(), hi) if first is not None else None
            end = count.start() if count is not None else hi
            if first is not None and end - first.end() >= 3 and not self.cues.generic(text[first.end():end]) \
                    and text[first.end()] not in _NOT_A_START:      # 保障性住房: 保障 is no verb there
                phrase = Found(first.end(), end, text[first.end():end], phrase.why)
        if phrase is not None and _COUNT_PHRASE.fullmatch(phrase.text):
            # 通组公路硬化180公里: the work named before its verb, then its size
            work = self.cues.measure(text, lo, phrase.start, ctx.skip_to)
            phrase = work if work is not None and len(work.text) >= 3 and not self.cues.generic(work.text) else None
        if phrase is None or len(phrase.text) < 2 or self.cues.only_framing(phrase.text):
            return None
        start = phrase.start
        if text[start:start + 1] in _NOT_A_START and start - 2 >= lo and _HAN_CHAR.fullmatch(text, start - 2, start - 1) \
                and _HAN_CHAR.fullmatch(text, start - 1, start):
            start -= 2                        # 新建保障性住房项目: 保障性, not a verb and its object
        found = _found(text, start, phrase.end, "what the clause before names")
        if found is None or self.cues.measure_only(found.text) or _WORK_WORD.fullmatch(found.text) \
                or _REPORTING_END.search(found.text) or _CITED_TITLE.search(found.text):
            return None                        # (…治理任务: 任务 alone names no work; 负责人介绍: who speaks)
        return found

    def _respectively(self, ctx: _Doc, records: list[dict]) -> None:
        """A、B，分别支持X和Y: as many amounts before 分别 in the sentence as the uses listed
        after its marker or verb each take theirs, in order."""
        text = ctx.text
        for m in _RESPECTIVELY.finditer(text):
            use = self.cues.purpose_after(text, m.end(), _clause_end(text, m.end()))
            if use is None:
                continue
            sent_start = _sentence_of(m.start(), ctx.sentences, len(text))[0]
            before = [r for r in records if sent_start <= r["start"] < m.start()]
            lead = self.cues.verb_at(text, use.start, use.end)      # 分别支持X和Y: X, not 支持X
            items = [x for x in _LIST_ITEM.finditer(text, lead, use.end)]
            if len(before) < 2 or len(items) != len(before) or any(
                    _has_amount(ctx, a["end"], b["start"]) for a, b in zip(before, before[1:])):
                continue
            for r, item in zip(before, items):
                found = _found(text, item.start(), item.end(), "分别: the use listed in its place")
                if found is None or self.cues.generic(found.text):
                    break
                shared = r["purpose_start"] is not None and use.start <= r["purpose_start"] < use.end
                if r["purpose"] is None or shared or r["why"]["purpose"].startswith(_WEAK_PURPOSE):
                    r["purpose"], r["purpose_start"], r["purpose_end"] = found.text, found.start, found.end
                    r["why"]["purpose"] = found.why

    def _title_use(self, ctx: _Doc, records: list[dict]) -> None:
        """A notice about one fund (its title: 关于下达X资金的通知, X资金发放公示): the amounts of
        its first article that state no use of their own — table rows by place, totals,
        standards — are for what the fund's name says (on the development corpus, no amount
        of a notice is annotated without a purpose)."""
        head = (ctx.articles[0].get("headline") or {}) if ctx.articles else {}
        if head and _MASTHEAD.fullmatch(ctx.text, head["start"], head["end"]):
            # 庆阳市财政局文件⏎庆市财农〔2024〕44号⏎…关于下达…的通知: the masthead of an official
            # document; its title is the first of the lines under it that says 关于
            head = next((h for h in (ctx.articles[0].get("subheads") or [])[:3]
                         if ctx.text.find("关于", h["start"], h["end"]) >= 0), head)
        if not head or not records or not (_LISTING_TITLE.search(ctx.text, head["start"], head["end"])
                                           or _SHARING_TITLE.search(ctx.text, head["start"], head["end"])):
            return
        title_fund = self.cues.title_fund(ctx.text, head["start"], head["end"])
        use = self.cues.title_use(ctx.text, title_fund, ctx.skip_to) if title_fund is not None else None
        if use is None:             # 农村最低生活保障金发放名册, 护林员劳务补助发放公示: what it pays
            paid_what = _PAID_IN_TITLE.search(ctx.text, head["start"], head["end"])
            if paid_what is not None:
                p_s = paid_what.start("p")
                about = ctx.text.rfind("关于", p_s, paid_what.end("p"))
                p_s = about + 2 if about >= 0 else p_s                  # 民政局关于…: after 关于
                p_s = self.cues._skip_front(ctx.text, p_s, paid_what.end("p"), ctx.skip_to)
                p_s = _after_time_word(ctx.text, p_s, paid_what.end("p"), years=True)
                if paid_what.end("p") - p_s >= 3:
                    use = Found(p_s, paid_what.end("p"), ctx.text[p_s:paid_what.end("p")],
                                "what its payment listing's title pays (…发放公示)")
        if use is None:
            project = _PROJECT_IN_TITLE.search(ctx.text, head["start"], head["end"])
            if project is not None:
                p_s = self.cues._skip_front(ctx.text, project.start("p"), project.end("p"), ctx.skip_to)
                p_s = _after_time_word(ctx.text, p_s, project.end("p"), years=True)
                if project.end("p") - p_s >= 4:
                    use = Found(p_s, project.end("p"), ctx.text[p_s:project.end("p")],
                                "the project its listing's title names (X项目及资金安排表)")
        noticed = use is None
        if use is None:
            use = self._notice_use(ctx, records)
        # 某市财政局关于下达X资金的通知: the body that issues an allocation allocates its amounts
        verb = self.cues.transfer_verb(ctx.text, head["start"], head["end"])
        if verb is not None and (not self.cues.fund_in(ctx.text, verb.end(), head["end"])
                                 or _LEVY.search(ctx.text, head["start"], head["end"])):
            verb = None          # 关于下达非税收入征收计划的通知, …部门预算的通知: no money handed down
        issuer = None
        if verb is not None:
            issuers = _between(ctx.gov, ctx.gov_starts, head["start"], verb.start())
            issuer = issuers[0] if issuers and issuers[0].get("canonical") else None
        elif self.cues.fund_in(ctx.text, head["start"], head["end"]):
            # 某县农业农村局关于X补助资金的公示: the body that lists the payments of its fund makes them
            about = ctx.text.find("关于", head["start"], head["end"])
            issuers = _between(ctx.gov, ctx.gov_starts, head["start"], about) if about > head["start"] else []
            issuer = issuers[0] if issuers and issuers[0].get("canonical") and issuers[0]["start"] == head["start"] \
                and issuers[0].get("department") != "审计" else None
        # 低保金发放情况的公示, 补贴资金兑付明细表: a listing of payments made
        paid = verb is None and any(self.cues.action_kind(m.group()) == "spending"
                                    for m in self.cues.actions(ctx.text, head["start"], head["end"]))
        end = ctx.articles[0]["end"]
        for r in records:
            if r["start"] >= end:
                break
            if verb is not None and r["why"]["kind"] in (NO_CUE, "the kind of the list it continues") \
                    and r["kind"] == "other":
                r["kind"], r["why"]["kind"] = "transfer", "the allocation its notice's title issues (关于下达…的通知)"
            elif verb is not None and r["kind"] == "spending" and r.get("_row") is not None \
                    and r["why"]["kind"].startswith(_COLUMN_KIND_WHY) \
                    and _place_level(ctx, r) in ("county", "city", "zone") \
                    and (issuer is None or _level(issuer) in ("province", "city")):
                # 市财政局关于下达…资金的通知, a row per county: what it hands down to them
                r["kind"], r["why"]["kind"] = "transfer", "the allocation its notice's title issues to a county or city"
            elif paid and r["why"]["kind"] in (NO_CUE, "the kind of the list it continues") and r["kind"] == "other":
                r["kind"], r["why"]["kind"] = "spending", "the payments its listing's title states (…发放公示)"
            if issuer is not None and r["agency"] is None and r["kind"] in ("transfer", "spending"):
                r["agency"], r["agency_start"] = issuer["canonical"], issuer["start"]
                r["why"]["agency"] = "the body whose notice issues the allocation (its title)"
            if title_fund is not None and r["fund"] is None and r.get("_row") is not None \
                    and r["kind"] in ALLOCATION_KINDS:      # a table row of the notice: the title's fund
                r["fund"], r["_fund"] = title_fund.text, (title_fund.start, title_fund.end)
                r["why"]["fund"] = title_fund.why
            if use is not None and r.get("_candidates") is not None and r["kind"] in _TITLE_USE_KINDS:
                usable = self._usable_purpose(ctx, use)          # one more option for the chooser
                if usable is not None:
                    r["_candidates"].append(("title_use", usable))
            # (the title's use also replaces a payment word its table's intro names alone, when it
            # says more of it: 村集体经济收益分红 over 分红情况如下's 分红)
            vaguer = r["purpose"] is not None and r["why"]["purpose"] == _INTRO_USE and use is not None \
                and len(use.text) > len(r["purpose"]) and use.text.endswith(r["purpose"])
            if use is not None and (r["purpose"] is None or vaguer) and r["kind"] in _TITLE_USE_KINDS \
                    and not r["why"]["purpose"].startswith(("a change", "what an audit", "a revenue")) \
                    and not (noticed and _is_total_row(ctx.text, r)):     # (a total states no use)
                r["purpose"], r["purpose_start"], r["purpose_end"] = use.text, use.start, use.end
                r["why"]["purpose"] = use.why

    def _notice_use(self, ctx: _Doc, records: list[dict]) -> Found | None:
        """The use a notice about one fund states for all of it before its first amount, in a
        sentence naming no amount (现将资金下达你们，主要用于X。; 所需资金…，专项用于X): X."""
        text, first = ctx.text, records[0]["start"]
        starts = ctx.sentences
        for i, lo in enumerate(starts):
            if lo >= first:
                break
            hi = min(first, starts[i + 1] if i + 1 < len(starts) else len(text))
            if _has_amount(ctx, lo, hi):
                continue
            for at in self.cues.markers(text, lo, hi):
                if _NOT_FOR.search(text, max(lo, at - 4), at):
                    continue                         # 不得用于X: what it may not pay
                found = self.cues.purpose_after(text, at, hi)
                if found is not None and self.cues.strong(found.why) and not self.cues.points_on(found.text) \
                        and not self.cues.generic(found.text):
                    return Found(found.start, found.end, found.text,
                                 "what its notice says the whole fund is for (现将资金下达你们，主要用于X)")
        return None

    def _anaphoric_use(self, ctx: _Doc, records: list[dict]) -> None:
        """这笔资金重点用于X, a sentence of its own after the amounts it refers to: X is the use of
        the funding amounts of the sentence before that state none, or only their fund's name."""
        starts = ctx.sentences
        for i in range(1, len(starts)):
            lo, hi = starts[i], starts[i + 1] if i + 1 < len(starts) else len(ctx.text)
            if not records or lo <= records[0]["start"]:
                continue
            use = self.cues.anaphoric_use(ctx.text, lo, hi)
            if use is None or _has_amount(ctx, lo, use.start):
                continue
            before = [r for r in records if starts[i - 1] <= r["start"] < lo]
            # (为X，…下达N元。资金重点用于Y: X is the motive, Y the use — when Y names a use of its
            # own, not 上述工作, 相关支出 or 项目建设)
            usable = self._usable_purpose(ctx, use)
            named = usable is not None and not self.cues.refers_back(use.text) \
                and not _PLACEHOLDER_USE.fullmatch(use.text)
            overrules = _ANAPHOR_OVERRULES if named else _ANAPHOR_OVERRULES[:1]
            if named:
                use = Found(usable.start, usable.end, usable.text, use.why)   # (without the places it is done in)
            for r in before:
                if r["kind"] in ALLOCATION_KINDS and (r["purpose"] is None or r["why"]["purpose"] in overrules):
                    r["purpose"], r["purpose_start"], r["purpose_end"] = use.text, use.start, use.end
                    r["why"]["purpose"] = use.why

    def _project_anaphora(self, ctx: _Doc, records: list[dict]) -> None:
        """X项目近日开工。该项目总投资1.68亿元，其中中央预算内投资1.2亿元: an amount of a clause or
        sentence opened by a project noun (该项目, 项目, 该工程), with no use of its own, is of the
        project a clause before names as its subject (roles `project`, `pointer`,
        `project_predicate`)."""
        text = ctx.text
        for r in records:
            if r["kind"] not in _PROJECT_KINDS or r["purpose"] is not None and not any(
                    r["why"]["purpose"].startswith(w) for w in _PROJECT_OVERRULES) \
                    and not self.cues.only_project_ref(r["purpose"]):
                continue
            if r["purpose"] is not None and self.cues.only_project_ref(r["purpose"]):
                # 本项目预算金额为170万元: 本项目 says no use; the project it points at does
                r["purpose"] = r["purpose_start"] = r["purpose_end"] = None
                r["why"]["purpose"] = "only a pointer at a project no clause names (本项目)"
            lo = r["sentence_start"]
            openings = [lo] + [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, r["start"])]
            opening = next((at for at in reversed(openings) if self.cues.project_ref(text, at, r["start"])), None)
            if opening is None and r["kind"] == "procurement":
                # X公司以9876.54万元中标: a tender's price is the price of the project its
                # article's headline names (X项目开标)
                head = (_article_of(ctx, r["start"]) or {}).get("headline")
                named = self.cues.named_project(text, head["start"], head["end"]) if head else None
            elif opening is None:
                continue
            else:
                named = _named_or_form(self.cues, text, lo, opening)
            named = self._well_formed(ctx, _without_note(text, named)) if named is not None else None
            if named is None or self._no_use(ctx, named) is not None:
                continue                      # (the places it is done in are part of its name: kept)
            r["purpose"], r["purpose_start"], r["purpose_end"] = named.text, named.start, named.end
            r["why"]["purpose"] = "the project named before (该项目 refers to it)"
            r["_candidates"] = None

    def _pays_itself(self, text: str, r: dict) -> bool:
        """Does a rate's own clause pay it with a verb of its own (按每亩50元给予补贴)?"""
        lo = _clause_start(text, r["sentence_start"], r["start"])
        hi = min(len(text), r["end"] + 6)
        return self.cues.pays_in(text, lo, hi)

    # -- lists and breakdowns ----------------------------------------------------------------

    def _parts(self, ctx: _Doc, records: list[dict]) -> None:
        """其中 breakdowns: amounts after 其中 (before the next 。) are parts of the last amount
        before it, and amounts of one sentence that add up to an amount before are its parts; a
        part with no kind cue or purpose of its own takes its total's."""
        text = ctx.text
        ends = [r["end"] for r in records]
        for i, r in enumerate(records):
            if r["why"]["purpose"] == _CAP_WHY:
                continue                      # a cap on a rate is no share of a total
            floor = max(r["sentence_start"] - 200, 0)
            k = text.rfind("其中", floor, r["start"])
            j = bisect_right(ends, k) - 1 if k >= 0 and "。" not in text[k:r["start"]] else -1
            if j < 0 or k - records[j]["end"] > 40 and not _total_of_next_sentence(ctx, j, k):
                # 资金构成上，争取中央资金A、省级资金B，县级配套C: parts that add up to an amount before
                j, k, summed = _summed_total(ctx, i, self.cues), r["sentence_start"], True
                if j is None:
                    continue
            else:
                summed = False
            while j > 0 and ctx.amounts[j].get("per") and not ctx.amounts[i].get("per") \
                    and "。" not in text[records[j - 1]["end"]:records[j]["start"]] \
                    and not self._pays_itself(text, records[j]):
                # …资金2.86亿元，补贴标准为每亩86.5元…。其中，X镇1 856.3万元: a rate is no total; but
                # a rate paid by a verb of its own (对种粮大户按每亩50元给予补贴) starts its own money
                j -= 1
            if j < i:
                total, how = records[j], "its parts add up to it" if summed else "其中"
                r["parts_of"] = total["start"]
                if summed:
                    pass                      # (the kind: its own verb's, as 其中 would not say it)
                elif (r["why"]["kind"].startswith(WEAK_KIND) or r["why"]["kind"].endswith("of the clause before")
                        or r["why"]["kind"].startswith(_HIGHER_FUND_WHY) and total["kind"] in ("spending", "transfer")) \
                        and total["kind"] not in ("standard",):
                    # (其中中央资金X: the central share of what a county hands down is spent as it is)
                    r["kind"], r["why"]["kind"] = total["kind"], "the kind of its total (其中)"
                elif total["kind"] == "revenue" and r["kind"] == "transfer" \
                        and not _SENT_DOWN.search(text, max(k, max(text.rfind(c, k, r["start"]) for c in "，,；;") + 1),
                                                  r["start"]):
                    # 上级补助收入291.7亿元，其中均衡性转移支付74.6亿元: a line of the revenue it is part of
                    r["kind"], r["why"]["kind"] = "revenue", "a part of a revenue line (其中)"
                weak = r["purpose"] is not None and r["why"]["purpose"].startswith(_WEAK_PURPOSE)
                # (县财政配套N元: a payer's share, its use that of the total)
                own_source = weak and (self.cues.is_source(r["purpose"]) or _LEVEL_SHARE.fullmatch(r["purpose"])
                                       or r["why"]["purpose"].startswith(_WHO_GETS)
                                       or _only_places(text, Found(r["purpose_start"], r["purpose_end"], r["purpose"], ""),
                                                       ctx.place_spans))   # 其中，文昌3640万元: where it goes
                siblings = [x for x in records[j + 1:] if x is not r and x["sentence_start"] == r["sentence_start"]
                            and x["purpose"] is not None and x["why"]["purpose"].startswith(_WEAK_PURPOSE)] if weak else []
                if weak and not own_source and total["purpose"] is None and "revenue" not in (r["kind"], total["kind"]) \
                        and _restates(ctx, r, total, siblings):
                    # 省级补偿6800万元 of a total whose use only the chooser may give: the total's, later
                    r["purpose"] = r["purpose_start"] = r["purpose_end"] = r["_candidates"] = None
                    r["why"]["purpose"] = f"the purpose of its total ({how})"
                own_source = own_source or weak and _restates(ctx, r, total, siblings)
                # 其中：社会捐赠4.7万元, 县级财政承担1716万元, 上争省级资金1144万元: where from, not what for
                if (r["purpose"] is None or own_source) and total["purpose"] is not None \
                        and "revenue" not in (r["kind"], total["kind"]) \
                        and not (summed and total["why"]["purpose"].startswith(_WEAK_PURPOSE)):
                    # (a revenue line states no use; parts that only add up to a total take a use
                    # the text states, not one its fund's name suggests)
                    for key in ("purpose", "purpose_start", "purpose_end"):
                        r[key] = total[key]
                    r["why"]["purpose"] = f"the purpose of its total ({how})"
                clause = max(text.rfind(c, k, r["start"]) for c in "，,；;：:")
                if r["agency"] is None and total["agency"] is not None and r["kind"] == total["kind"] \
                        and r["kind"] in ALLOCATION_KINDS and not self.cues.names_payer(text, max(k, clause), r["start"]) \
                        and not self.cues.is_source(text[max(k, clause) + 1:r["start"]].strip()):
                    # 其中，韶关市获2.35亿元: the total's allocator (not where the part names its own payer)
                    r["agency"], r["agency_start"] = total["agency"], total["agency_start"]
                    r["why"]["agency"] = f"the body of its total ({how})"

    # -- who, where, when --------------------------------------------------------------------

    def _agency(self, ctx: _Doc, s, sent_start, a_start, a_end, article, default=True, named=True):
        """The body behind an amount: one named earlier in its sentence (never an auditor), or
        through 该局; else, when the sentence names no other actor and the kind is a
        government's spending, the article's main agency (its byline bureau, else its finance
        bureau, else the first local government body it names)."""
        received = self.cues.received(ctx.text, max(sent_start, s - 40), s)    # 我县获下达…: the cited body gave it
        in_sentence = [a for a in _between(ctx.gov, ctx.gov_starts, sent_start, s) if a.get("department") != "审计"
                       and (received or not _CITED.search(ctx.text, max(sent_start, a["start"] - 40), a["start"]))
                       and not (_MEANS.search(ctx.text, max(sent_start, a["start"] - 3), a["start"])
                                and _CHANNEL.match(ctx.text, a["end"]))
                       and not (_REVIEWED_BY.search(ctx.text, max(sent_start, a["start"] - 30), a["start"])
                                and _REVIEWS.match(ctx.text, a["end"]))]
        after = [a for a in _between(ctx.gov, ctx.gov_starts, s, min(len(ctx.text), s + 40))
                 if ctx.text[max(s, a["start"] - 1):a["start"]] == "由" and a.get("department") != "审计"]
        if after and named and in_sentence and not _CLAUSE_BREAK.search(ctx.text, s, after[0]["start"]) \
                and _PAYS_AFTER.match(ctx.text, after[0]["end"]) \
                and not _between(ctx.gov, ctx.gov_starts, _clause_start(ctx.text, sent_start, s), s):
            # 所需资金约126万元由县财政全额保障: the payer its own clause names wins over a body
            # of an earlier clause (霍山县卫健委、县财政局联合印发通知，…); not a body that only
            # oversees (由县纪委监委全程监督), nor over a body of the amount's own clause
            return after[0], "named after it in its clause (由X保障)"
        if in_sentence and named:
            j = len(in_sentence) - 1            # 州财政局会同州民政局下达…: the body that leads
            while j > 0 and _JOINT.fullmatch(ctx.text, in_sentence[j - 1]["end"], in_sentence[j]["start"]):
                j -= 1
            return in_sentence[j], "named before it in its sentence" + (" (the leading body)" if j < len(in_sentence) - 1 else "")
        if after and named:                                 # 2400万元已由省财政近期拨付
            return after[0], "named after it (由X下达)"
        link = _between(ctx.links, ctx.link_starts, sent_start, s)
        if link:
            ant = link[-1]["antecedent"]
            hit = [a for a in _between(ctx.gov, ctx.gov_starts, ant[0], ant[0] + 1) if a["end"] == ant[1]]
            if hit:
                return hit[0], f"{link[-1].get('text', '该局')} refers to it"
        if not default:
            return None, "another actor (a bank, an insurer, a project) or a kind that is not government money"
        actor = _PLACE_ACTS.search(ctx.text, sent_start, s)
        if actor and _between(ctx.usable, ctx.usable_starts, actor.start(), actor.start() + 1) \
                and not _between(ctx.gov, ctx.gov_starts, actor.start(), s):
            return None, "a place acts (隆回县统筹…): no body is named"
        scope = _SCOPE_ACTS.search(ctx.text, sent_start, s) if not self.default_agency else None
        if scope and not _between(ctx.gov, ctx.gov_starts, scope.start(), s):
            return None, "a place acts (我区通过多种渠道筹措…, 全区下达…): no body is named"
        key = ("agency", a_start, a_end)
        if key not in ctx.memo:
            main = None
            if article and article.get("byline"):
                b = article["byline"]
                in_byline = _between(ctx.gov, ctx.gov_starts, b["start"], b["end"])
                main = in_byline[0] if in_byline else None
            local = [a for a in _between(ctx.gov, ctx.gov_starts, a_start, a_end)
                     if a.get("level") != "central" and a.get("department") != "审计"]
            finance = [a for a in local if a.get("department") == "财政"]
            ctx.memo[key] = (main or (finance[0] if finance else None), local)
        main, local = ctx.memo[key]
        if not self.default_agency:
            if self.cues.received(ctx.text, max(sent_start, s - 30), s):
                return None, "received from a body the text does not name (争取, 获得)"
            # news told by a body (记者从市财政局获悉, 省财政近日下达…): the body its lead names
            # speaks for the article's amounts; a notice, a list or a report names its own
            key = ("lead", a_start, a_end)
            if key not in ctx.memo:
                head = (article or {}).get("headline") or {}
                listing = bool(_LISTING_TITLE.search(head.get("text") or ctx.text[a_start:a_start + 60])) \
                    or bool(_REPORT_OPENING.search(ctx.text, a_start, min(a_end, a_start + 400)))
                lead_end = min(a_end, max(a_start, head.get("end") or a_start) + self.lead)
                ctx.memo[key] = None if listing or main is None or not (a_start <= main["start"] < lead_end) else main
            lead = ctx.memo[key]
            if lead is not None:
                return lead, "the body the article's lead names (记者从X获悉, X下达…)"
            return None, "no body named for it"
        if main is not None:
            return main, "the article's agency (byline or finance bureau)"
        if not local:
            return None, "no agency in the article"
        if local[0]["start"] < s:
            return local[0], "the first local body of the article"
        return None, "no agency before it"

    def _place(self, ctx: _Doc, s, sent_start, a_start, a_end, purpose, clause_start):
        """The most specific place the amount applies to: one named in its purpose or clause,
        else a county-or-above place of its sentence (unless that only names the province or
        city the article's place lies in), else the article's main place."""
        usable, starts = ctx.usable, ctx.usable_starts
        key = ("place", a_start, a_end)
        if key not in ctx.memo:
            main = _article_place(_between(usable, starts, a_start, a_end))
            byline = (_article_of(ctx, a_start) or {}).get("byline") or {"start": a_end, "end": a_end}
            lead = _between(usable, starts, a_start, a_start + _LEAD_SPAN) \
                + _between(usable, starts, byline["start"], byline["end"])
            if main is not None and not any(p.get("adcode") == main.get("adcode") for p in lead) \
                    and _MANY_UNITS.search(ctx.text, a_start, min(a_end, a_start + _LEAD_SPAN)):
                main = None         # a lead about 19个县 that names one of them late, as an example
            ctx.memo[key] = main
        article_place = ctx.memo[key]
        if purpose:
            inside = _between(usable, starts, purpose.start, purpose.end)
            common = _common_parent(inside, usable)
            if common is not None:
                return common, "the place that holds the places of its purpose"
            if _far_apart(ctx, inside):
                return None, _FAR_APART
            if inside:
                return inside[-1], "named in its purpose"
        in_clause = _between(usable, starts, clause_start, s)
        if in_clause and in_clause[-1].get("adcode") and not ctx.text[in_clause[-1]["end"]:s].strip(" \u3000"):
            return in_clause[-1], "the place its share is written with (西吉县3620万元)"
        common = _common_parent(in_clause, usable)
        if common is not None:
            return common, "the place that holds the places of its clause (向A、B两地)"
        if _far_apart(ctx, in_clause):
            return None, _FAR_APART
        if in_clause:
            return max(in_clause, key=lambda p: (_RANK.get(p["level"], 0), p["start"])), "named in its clause"
        scoped = self._scope_place(ctx, s, sent_start, a_start, a_end, article_place)
        if scoped is not None:
            return scoped, "the level its sentence speaks of (全省, 全州 …) of the article's place"
        in_sentence = [p for p in _between(usable, starts, sent_start, s) if p.get("adcode")]
        if _far_apart(ctx, in_sentence):
            return None, _FAR_APART                # 抽查了河南、云南、甘肃3省…，涉及资金N亿元
        if in_sentence:
            best = max(in_sentence, key=lambda p: (_RANK.get(p["level"], 0), p["start"]))
            if article_place is None or _RANK.get(best["level"], 0) >= _RANK.get(article_place["level"], 0):
                return best, "named in its sentence"
        if article_place is not None and a_end - a_start > self.long_article:
            nearest = [p for p in _between(usable, starts, max(a_start, s - self.window), s)
                       if p.get("level") in ("county", "city", "zone")]
            if nearest:
                return nearest[-1], "the place named last before it (a long page)"
        if article_place is not None:
            return article_place, "the article's main place"
        key = ("holding", a_start, a_end)
        if key not in ctx.memo:
            # 省财政下达…支持延边州、通化市等地: an article about several cities of one province
            # (or counties of one city), none of them its own: the unit that holds them all
            ctx.memo[key] = _common_parent(_top_places(_between(usable, starts, a_start, a_end)), usable)
        if ctx.memo[key] is not None:
            return ctx.memo[key], "the place that holds all the places of its article"
        return None, "no place in the article"

    @staticmethod
    def _past_year(ctx: _Doc, s: int, sent_start: int, lo: int):
        """过去一年/去年 (not a comparison's 比去年, 去年同期) opening the amount's sentence, or its
        paragraph with no line break since, and no other time (今年, 将, 目前, 一季度) between it and
        the amount: the year before the article's."""
        text = ctx.text
        para = text.rfind("\n", 0, s) + 1
        for start in (max(sent_start, lo), max(para, lo)):
            stop = s
            if start == max(para, lo) and start != max(sent_start, lo):
                j = start                          # an opener: only a list marker before it
                while j < s and text[j] in " \t\u3000":
                    j += 1
                stop = min(s, j + 40)
            m = _PAST_YEAR.search(text, start, stop)
            if m is None or m.group() == "新的一年" or _time_between(ctx, m.end(), s):
                continue
            if start == max(para, lo) and start != max(sent_start, lo) \
                    and text[para:m.start()].strip(" \t\u3000") not in ("", "一是", "（一）", "(一)"):
                continue                           # the paragraph's opener only, not a word in its middle
            return m
        return None

    @staticmethod
    def _audited_body(ctx: _Doc, a_start: int, a_end: int, s: int) -> dict | None:
        """The body an audit report says it audited (县审计局对县农业农村委2023年度预算执行情况
        进行了审计; 审计了X): the one government body that is not an auditor named between 对 and
        审计 in a sentence before the amount. Read once per article; None where no such sentence
        names exactly one body."""
        key = ("audited body", a_start)
        if key not in ctx.memo:
            found = None
            for m in _AUDITED.finditer(ctx.text, a_start, a_end):
                bodies = [a for a in _between(ctx.gov, ctx.gov_starts, m.start("x"), m.end("x"))
                          if a["end"] <= m.end("x") and a.get("department") != "审计"]
                if len({a.get("canonical") or a["text"] for a in bodies}) == 1:
                    found = bodies[0]
                    break
            ctx.memo[key] = found
        found = ctx.memo[key]
        return found if found is not None and found["start"] < s else None

    @staticmethod
    def _audit_span(ctx: _Doc, a_start: int, s: int) -> bool:
        """Does the article before `s` state a span of several years (2021年至2023年, 2020年1月至
        2023年6月) in a sentence about what it audits, the period an audit covers? The spans of an
        article are found once."""
        key = ("audit spans", a_start)
        if key not in ctx.memo:
            article = _article_of(ctx, a_start)
            a_end = article["end"] if article else len(ctx.text)
            spans = []
            for m in _MULTI_YEAR.finditer(ctx.text, a_start, a_end):
                lo, hi = _sentence_of(m.start(), ctx.sentences, len(ctx.text))
                if _AUDIT_SCOPE.search(to_simplified(ctx.text[lo:hi])):
                    spans.append(m.start())      # the span the audit covers, not a statistic's
            ctx.memo[key] = spans
        spans = ctx.memo[key]
        return bool(spans) and spans[0] < s

    def _audit_report(self, ctx: _Doc, a_start: int, a_end: int) -> bool:
        """Is the article an audit report? Read once per article."""
        key = ("audit report", a_start, a_end)
        if key not in ctx.memo:
            ctx.memo[key] = self.cues.audit_report(ctx.text, a_start, a_end)
        return ctx.memo[key]

    def _scope_place(self, ctx: _Doc, s: int, sent_start: int, a_start: int, a_end: int,
                     article_place: dict | None) -> dict | None:
        """全省/全州/全县 before the amount with no place between: the unit of that level that
        holds the place the article is about (全省 in a 周口 article → 河南省)."""
        scope = None
        for scope in _SCOPE.finditer(ctx.text, sent_start, s):
            pass
        if scope is None or _between(ctx.usable, ctx.usable_starts, scope.start(), s):
            return None
        before = [p for p in _between(ctx.usable, ctx.usable_starts, a_start, s) if p.get("adcode")]
        base = article_place or (before[-1] if before else None)
        if base is None or not base.get("adcode"):
            return None
        from .gazetteer import default_gazetteer
        gaz = default_gazetteer()
        unit = gaz.units.get(base["adcode"])
        if unit is None:
            return None
        word = scope.group("w")
        levels = {"省": ("province",), "自治区": ("province",), "州": ("city",), "市": ("county", "city"), "盟": ("city",),
                  "地区": ("city",), "县": ("county",), "旗": ("county",), "区": ("county", "province")}[word]
        if word == "市":                      # a county-level city's own 全市 (瑞金市: itself, not 赣州市)
            u = next((u for u in [unit, *gaz.ancestors(unit)] if u.level in ("county", "city") and u.name.endswith("市")),
                     None)
            return None if u is None else {"start": scope.start(), "end": scope.end(), "text": scope.group(),
                                           "adcode": u.code, "full_name": u.name, "level": u.level}
        if word == "区":                      # a district's own 全区, else an autonomous region's
            chain = [unit, *gaz.ancestors(unit)]
            district = next((u for u in chain if u.level == "county" and u.name.endswith("区")), None)
            region = next((u for u in chain if u.level == "province" and u.name.endswith("自治区")), None)
            u = district or region
            return None if u is None else {"start": scope.start(), "end": scope.end(), "text": scope.group(),
                                           "adcode": u.code, "full_name": u.name, "level": u.level}
        for u in [unit, *gaz.ancestors(unit)]:
            if u.level in levels:
                if u.level == "city" and word in ("州", "盟", "地区") and not u.name.endswith(("州", "盟", "地区")):
                    return None
                return {"start": scope.start(), "end": scope.end(), "text": scope.group(), "adcode": u.code,
                        "full_name": u.name, "level": u.level}
        return None

    def _when(self, ctx: _Doc, s, sent_start, sent_end, a_start, a_end, article=None):
        text = ctx.text
        in_sentence = _between(ctx.dates, ctx.date_starts, sent_start, sent_end)
        if not in_sentence:
            # 截至今年10月末,…累计融资金额172.95亿元;涉农余额1729.96亿元: clauses after ； go on
            # the sentence before them
            in_sentence = _between(ctx.dates, ctx.date_starts, self._continued_from(ctx, sent_start), sent_start)
        # 是2021年的2.6倍, 与2020年相比: a year compared with is not the amount's year
        # (有望2028年实现产值…，目前已完成投资28亿元: a year a plan aims at is no amount's year)
        in_sentence = [d for d in in_sentence if not _base_year(text, d)
                       and not _TARGET_YEAR.search(text, max(0, d["start"] - 4), d["start"])]
        # a date after the amount is its date, unless the amount is compared with it (比上年增长)
        # or is a sum since some time (三年来累计…18亿元，2024年…: not 2024's)
        # (比2021年的12.9亿元增加2.7亿元: a compared year is the year of the amount it names only)
        before = [d for d in in_sentence if d["start"] < s and not _names_another_amount(text, d, s)] or (
            [] if _CUMULATIVE_BEFORE.search(text, max(sent_start, s - 20), s) else
            [d for d in in_sentence if not _COMPARED.search(text, max(0, d["start"] - 3), d["start"])])
        period = year = None
        why = "no date"
        ranged = False
        if before:
            d = before[-1]
            period = d["text"]
            year = _year(d)
            why = "a date of its sentence"
            ranged = _YEAR_RANGE.search(d["text"]) is not None
            if ranged:
                year, why = None, "a span of several years (2010年至2012年)"
            elif year is None and not _THIS_YEAR.search(d["text"]):
                yeared = [x for x in before if _year(x) is not None]
                year = _year(yeared[-1]) if yeared else None
        else:
            m = _PERIOD_WORD.search(text, sent_start, s)
            if m:
                period = m.group()
        cumulative = period is not None and _CUMULATIVE.match(period) \
            or bool(_CUMULATIVE_BEFORE.search(text, max(sent_start, s - 20), s))
        # 截至10月…累计, 1-9月份…累计完成: so far this year (a period of months lies in one year)
        this_year = bool(before) and ("今年" in period or (
            _year(before[-1]) is None and (bool(_YEAR_TO_DATE.search(text, max(0, before[-1]["start"] - 5),
                                                                     before[-1]["start"]))
                                           or (_MONTHS.search(period) is not None and not _OTHER_YEAR.search(period)))))
        if year is None and this_year and before and _THIS_YEAR.search(before[-1]["text"]):
            published = _published_year(ctx.text, article)     # 今年: the year the article is dated
            if published is not None:
                return published, period, "this year, of the article's date (今年)"
        if year is None and not ranged and (not cumulative or this_year):
            key = ("years", a_start, a_end)
            if key not in ctx.memo:
                yeared = [d for d in _between(ctx.dates, ctx.date_starts, a_start, a_end)
                          if _year(d) is not None and not _base_year(text, d) and not _compared_year(text, d)
                          and not _TARGET_YEAR.search(text, max(0, d["start"] - 4), d["start"])]
                ctx.memo[key] = (yeared, [d["start"] for d in yeared])
            yeared, ystarts = ctx.memo[key]
            k = bisect_left(ystarts, s) if yeared else 0
            past = self._past_year(ctx, s, sent_start, max(a_start, yeared[k - 1]["end"] if k > 0 else a_start))
            if past is not None:
                ref = _published_year(ctx.text, article) or _work_report_year(ctx, article)
                if ref is not None:
                    return ref - 1, period, "the past year its sentence or paragraph speaks of (过去一年, 去年), the year before the article's"
            if yeared:
                if k > 0 and _YEAR_RANGE.search(yeared[k - 1]["text"]):
                    ranged = True                  # the article's last date spans several years
                elif k > 0 and this_year and "今年" in period and _year(yeared[k - 1]) is not None \
                        and _sums_up_a_year(text, yeared[k - 1]):
                    # 2023年，产值超40亿元…。县财政今年投入…: an undated article's 今年 is not the year
                    # a sentence before sums up (mostly the year before); unknown, not a guess
                    why = _UNDATED_THIS_YEAR
                elif k > 0 and (reviewed := _reviewed_year(ctx, article, yeared[k - 1], s)) is not None:
                    # 2025年X县政府工作报告 … 全年民生支出6.82亿元: the year its review looks back on
                    year, why = reviewed, _REVIEW_WHY
                elif k > 0:
                    year, why = _year(yeared[k - 1]), "the last year stated before it in its article"
            if year is None and before and not _OTHER_YEAR.search(period) and why != _UNDATED_THIS_YEAR:
                years = {_year(d) for d in yeared}
                if len(years) == 1:
                    year, why = years.pop(), "the article's one year"
                elif article is None or not article.get("headline") or not ctx.articles \
                        or article is ctx.articles[0] or not ctx.articles[0].get("byline"):
                    # a page's title dates the whole page; a signed article's headline only itself
                    year = self._title_year(ctx)
                    why = "the year of the document's title" if year else why
        if why in ("the last year stated before it in its article", "no date") and not before \
                and self._audit_report(ctx, a_start, a_end):
            key = ("audited", a_start, a_end)
            if key not in ctx.memo:                  # 2024年度预算执行审计: the year audited
                ctx.memo[key] = _AUDITED_YEAR.search(text, a_start, a_end)
            audited = ctx.memo[key]
            if audited and audited.start() < s:
                return int(audited.group("y")), period, "the year an audit report audits (X年度)"
        headline = (article or {}).get("headline")
        if year is None and not ranged and headline and headline["start"] <= s < headline["end"]:
            # a headline's amount is restated in the body: the year of that sentence
            amount = ctx.text[s:ctx.amounts[bisect_left(ctx.amount_starts, s)]["end"]]
            again = ctx.text.find(amount, headline["end"], a_end) if amount else -1
            if again >= 0:
                a_sent = _sentence_of(again, ctx.sentences, len(ctx.text))[0]
                dated = [d for d in _between(ctx.dates, ctx.date_starts, max(a_sent, again - self.reach), again)
                         if _year(d) is not None and not _COMPARED.search(ctx.text, max(0, d["start"] - 3), d["start"])]
                if dated:
                    return _year(dated[-1]), period, "the year of the sentence that restates it (a headline)"
            body = [d for d in _between(ctx.dates, ctx.date_starts, headline["end"], a_end) if _year(d) is not None]
            if body and again < 0:
                return _year(body[0]), period, "the first year its article's body states (a headline)"
        if year is None and not ranged and (not cumulative or this_year):
            published = _published_year(ctx.text, article)
            if published is not None and (not before or not _OTHER_YEAR.search(period or "")):
                year, why = published, "the year the article is dated"
        return year, period, why

    def _continued_from(self, ctx: _Doc, sent_start: int, hops: int = 3) -> int:
        text = ctx.text
        lo = sent_start
        for _ in range(hops):
            j = lo - 1
            while j >= 0 and text[j] in " \u3000\t":
                j -= 1
            if j < 0 or text[j] not in "；;":
                break
            i = bisect_right(ctx.sentences, j) - 1
            lo = max(ctx.sentences[i] if i >= 0 else 0, sent_start - self.reach)
        return lo

    def _title_year(self, ctx: _Doc) -> int | None:
        """The year stated in the document's first headline (its title), if any."""
        head = (ctx.articles[0].get("headline") or {}) if ctx.articles else {}
        if not head:
            return None
        years = [_year(d) for d in _between(ctx.dates, ctx.date_starts, head["start"], head["end"])]
        years = [y for y in years if y is not None]
        return years[0] if years else None


# -- pure helpers ------------------------------------------------------------------------------

_CAP = compiled(r"最高|不超过|不高于|上限|最多")
_TIME_PER = compiled(r"年|月|季度?|天|日|周")
_CAP_START = compiled(r"最高|最低|最多|不超过|不高于|不低于|不少于")
_FLOOR_START = compiled(r"最低|不低于|不少于")
_GIVEN_RIGHT_BEFORE = compiled(r"(?:了|共|共计|累计|资金)?")
_THRESHOLD_AFTER = compiled(r"(?:[(（]含[)）])?(?:以上|以下)?的|的?标准")
_THRESHOLD_CUE = compiled(r"限额|门槛|起点|起征")
_STANDARD = compiled(r"标准(?:为|是|提高至|提高到|调整为)?$|按照?每|每(?!年|月|季|天|日|周)[\p{Han}]{1,3}$")
_NOUN_AFTER = compiled(r"[\p{Han}“]{2}")
_POSTFIX_BOUND = compiled(r"(?:以上|以下|以内)$")
#: a clause naming whoever meets a condition (对新认定的省级龙头企业，…)
_AWARD_GIVE = ("给予", "发放")       # (not 下达, 拨付: an allocation to whoever is named, no standard)
_TO_WHOEVER = compiled(r"[ \u3000]*对[^，,；;。]*?的[^，,；;。的]{1,14}$")
#: the start of a clause that pays right after a condition (…的，县财政一次性奖励, …的，分别给予)
_AWARD_LEAD = compiled(r"[ \u3000]*(?:[县市区省州镇乡]?(?:级)?(?:财政)?)?(?:再|另|分别|一次性|按规定)*(?P<v>\p{Han}{2})")
_CONDITION = compiled(r"若|如果|假如|倘若|凡(?!是)|当(?![地前时今年天日月期初])")
_PER_UNIT = compiled(r"每(?!年|月|季度?|天|日|周|次)[个位名户人村县乡镇所家亩\p{Han}]{1,4}|[\p{Han}]均$")
_STANDARD_AFTER = compiled(r"的?(?:标准|补助标准|为基数|为上限|为限)")
_THRESHOLD_NOUN = compiled(r"(?:[(（]含[)）])?(?:以上|以下)?的?(?P<p>[“”\p{Han}0-9]{2,16}?)(?=[^\p{Han}“”0-9]|[，,；;。、和及]|$)")
_TO = compiled(r"向|给|对")
_HIGHER_FUND = compiled(r"^(?:[0-9]{4}年度?)?(?:第[一二三四五六七八九十0-9]+批)?(?:中央|省级|省|自治区|上级|市级)(?!本级)|转移支付")
_FROM_HIGHER = compiled(r"(?:争取|获得|获|收到|下达)(?:到)?(?:中央|省级?|上级|自治区)")
_YEAR_RANGE = compiled(r"[0-9]{4}年?\s*(?:至|到|—|－|-|~|～)\s*[0-9]{4}年")
_PUB_DATE = compiled(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?:-|/|\.|年)[01]?[0-9](?:-|/|\.|月)[0-3]?[0-9]日?(?:\s+[0-2]?[0-9]:[0-5][0-9])?")
_BARE_FUND_WORD = compiled(r"(?:有关|相关|上述|该|此|这笔|这批|各类|各项)?(?:专项)?(?:资金|经费)(?:总量|规模)?")
_DISTRIBUTION = compiled(r"资金(?:分别|分配|安排)(?:为|如下)")
_DATE_OF = compiled(r"(?:[0-9]{4}年|今年|去年|当年|上年|明年)(?:底|末)?的?$")
_HAN_CHAR = compiled(r"\p{Han}")
_ROW_TOTAL = compiled(rf"[\s\u3000]*(?:{TOTAL_WORD})[\s\u3000]*$")
# a phrase after an amount that is not the name of its fund: 的…, 里/中 (这6亿元中既有…), the
# standard the amount is (80元的标准安排X), a copula or a list (是, 包括)
_NOT_A_FUND_NAME = compiled(r"^[的里中内]|(?<![高低国新省市县行企])标准|包括|其中|是")
# a clause that only states a rate or share (增长12.8%, 同比下降3个百分点, 占60.5%)
_RATE_CLAUSE = compiled(r"[\s，,；;]*(?:同比|比上年|较上年)?(?:增长|增加|下降|减少|提高|降低|占|增幅|降幅)[^，,；;。]{0,4}?"
                        r"[0-9.]+(?:%|个百分点|倍)[\s]*")
_FOR_WHOM_RATE = compiled(r"对(?P<p>[^，,；;。：:对每]{2,24}?)(?:(?:[，,][^，,；;。：:对]{0,20}?)?(?:按照?|给予|实行)|每)"
                          r"(?=[^，,；;。]{0,12}$)")
_STANDARD_OF = compiled(r"(?P<end>最[低高]标准|(?<![高低国新省市县行企])标准)(?:已|将|统一|分别)?(?:由原来的|由|为|是|提高到|提高至|提高为|"
                        r"调整为|调整到|达到|上调至|上调到)?$")
# 城乡居民医保财政补助标准: what a standard is of ends before the government's subsidy
_SUBSIDY_TAIL = compiled(r"财政(?:补助|补贴|奖补|奖励)$")
# a phrase that says only how far the money has got (资金已全部落实, 已拨付到位)
_STATUS_ONLY = compiled(r"(?:补助|专项)?(?:资金|经费|款项)?(?:(?:已经?|均已|全部|已全部|现已)+|未|尚未|待)"
                        r"(?:落实|到位|下达|拨付|拨付到位|分配|兑付|发放|支付|使用)(?:到位|完毕)?")
# a budget line's reporting verb (一般公共预算支出安排…, 税收收入完成…)
_REPORTING_VERB = compiled(r"(?P<v>安排|完成|执行|实现|达到|为|共计|合计|总计|累计)(?:数)?(?:为|达)?(?:约|近)?$")
# the marker that opens an enumerated audit finding (二是…, （三）…, 4.…)
_FINDING_ITEM = compiled(r"[；;]|(?:^|(?<=[\s。：:；;]))(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]{1,3}[)）]|[0-9]{1,2}[.、．]|[①-⑳])")
# a sentence that speaks of an audit's findings and their remedy
_FINDING_TALK = compiled(r"整改|问题|违规|违纪|审计")
# the clause after a finding that names its nature (…用于办公楼维修，属超范围支出)
_FINDING_TAIL = compiled(r"[，,]\s*(?:属于?|系|构成|涉嫌|造成)[^，,；;。]{1,20}")
# a body named in a citation (根据省财政厅《关于…的通知》, 按照市农业农村局下达的计划) wrote the
# document cited, it is not who allocates the amount
_CITED = compiled(r"(?:根据|按照|依据|依照)[^，,。；;：:\n]*$")
# rows of a flattened list or table: a list number opens a row, fields are separated by spaces
_ROW_START = compiled(r"(?:^|(?<=[\s：:]))(?:[0-9]{1,3}[.、．]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[①-⑳])")
_FIELD = compiled(r"[^\s\u3000]+")
# the cells of a table's row before an amount, as written on one line or one per line
_ROW_CELL = compiled(r"[^\s\u3000|｜]+")
# a cell of a table's header or unit line, where a row's cells end going back (单位：元, 序号, 金额（元）)
_HEADER_CELL = compiled(r"单位|序号|名称|[(（][^()（）]{0,6}元[)）]")
_NUMBER_CELL = compiled(r"[-−]?[0-9０-９][0-9０-９,.，．]*%?")
# a cell naming a project: …项目, …工程 (not the header 项目名称, not a total)
_PROJECT_CELL = compiled(r"\p{Han}[^\s|｜]{2,40}(?:项目|工程)")


_PROJECT_ROW = "the project its table row names"
# a header whose first column, after 序号, names the projects (序号 项目名称 建设地点 …)
_NAME_FIRST = compiled(r"(?:^|\n)[ \t\u3000|｜]*(?:序号[ \t\u3000|｜\n]+)?(?:项目名称|工程名称)(?=[ \t\u3000|｜\n])")
_ROW_NUMBER_CELL = compiled(r"[0-9０-９]{1,2}[.、．]?")  # (a row's number: 3, 3.)


def _row_project(ctx: "_Doc", s: int) -> "Found | None":
    """The project a table row names (…提升项目, …硬化工程), read back from the amount at `s` over
    the row's other number cells to its text cells, up to the previous row's numbers; None when
    the row names no project."""
    text = ctx.text
    cells = list(_ROW_CELL.finditer(text, max(0, s - 240), s))
    k = len(cells)
    while k and _NUMBER_CELL.fullmatch(cells[k - 1].group()):
        k -= 1                                           # the row's own figures
    j = k
    while j and not _NUMBER_CELL.fullmatch(cells[j - 1].group()) and not _HEADER_CELL.search(cells[j - 1].group()):
        j -= 1                                           # its text cells, back to the row before (or the header)
    for c in cells[j:k]:
        if _PROJECT_CELL.fullmatch(c.group()) and not _ROW_TOTAL_WORD.search(c.group()) \
                and not c.group().startswith("项目"):
            return Found(c.start(), c.end(), c.group(), _PROJECT_ROW)
    # a table whose first column (after 序号) is 项目名称: the row's first text cell names its
    # project whatever its last word (高标准农田配套灌溉渠修复, 村组道路硬化)
    # (the row opens with its number: the cell right after it; or, without numbers, the cell
    # that opens its line)
    numbered = j > 0 and _ROW_NUMBER_CELL.fullmatch(cells[j - 1].group()) \
        and (j == 1 or not _NUMBER_CELL.fullmatch(cells[j - 2].group()) or _opens_line(text, cells[j - 1].start()))
    # (a number opening its line numbers the row, whatever figure ends the row above)
    if j < k and (numbered or _opens_line(text, cells[j].start())) \
            and not any(_ROW_TOTAL_WORD.search(c.group()) for c in cells[j:k]) \
            and _NAME_FIRST.search(text, max(0, s - 1500), s):
        first = cells[j]
        if _HAN_CHAR.search(first.group()) and not _ROW_TOTAL_WORD.search(first.group()) and len(first.group()) >= 4 \
                and not first.group().startswith("其中"):
            return Found(first.start(), first.end(), first.group(), _PROJECT_ROW)
    return None


def _opens_line(text: str, at: int) -> bool:
    """Whether only blanks and bars stand between the line's start and `at`."""
    return not text[text.rfind("\n", 0, at) + 1:at].strip(" \t\u3000|｜")


_ROW_STOP = compiled(r"[。；;！？!?\n]")
_AMOUNT_FIELD = compiled(r"[0-9][0-9.,，]*\s*(?:万|亿)?元|[：:]$")
_QUANTITY_TAIL = compiled(r"[0-9][0-9.]*[\p{Han}]{0,2}$")
# the size ending a named work (滴灌管网1800亩及配套首部, 路灯120盏): a number, its unit, what comes with it
_SIZE_TAIL = compiled(r"[0-9０-９][0-9０-９.]*\p{Han}{1,3}(?:及\p{Han}{1,4})?$")
# (项目: as a field's label, not the end of a name)
_FORM_NAME = compiled(r"(?:项目名称|(?<!\p{Han})项目|工程名称)[：:]\s*(?P<p>[^\s，,。；;：:]{2,30})"
                      r"|(?:项目名称|工程名称)[ \u3000]*(?P<cell>[\t|｜])[ \u3000]*(?P<p>[^\s，,。；;：:|｜]{2,30})[ \u3000|｜]*(?=\n|$)")
# a heading X采购项目： names the project whose fields follow it; tried only where 项目：/工程：
# stands (the name is read back from it)
_FORM_HEADING_END = compiled(r"(?:项目|工程)[：:]")
_FORM_HEADING = compiled(r"(?P<cell>(?!))?(?<![^\s（）()、．.：:])(?P<p>[^\s，,。；;：:（）()、]{4,28}(?:项目|工程))[：:]")


def _last_form_name(text: str, lo: int, hi: int) -> regex.Match | None:
    """The last form field naming a project in text[lo:hi] (项目名称：X, or a heading X项目：)."""
    last = None
    for last in _FORM_NAME.finditer(text, lo, hi):
        pass
    for hit in _FORM_HEADING_END.finditer(text, lo if last is None else last.end(), hi):
        m = _FORM_HEADING.search(text, max(lo, hit.start() - 28), hit.end())
        if m is not None and m.end() == hit.end():
            last = m
    return last


_FORM_NAME_ANY = compiled(r"(?:项目名称|工程名称)[ \u3000]*[：:\t|｜]")
# 通过财政部政府债券发行系统: a body named as the means is not the one that acts
#: the kinds of amount a project has (its cost, funding, price), and how far back its name may be
_PROJECT_KINDS = ("spending", "transfer", "investment", "procurement", "debt")
_PROJECT_REACH = 600
_FIELD_REACH = 2000         # (a notice's 项目名称 field, at its top)
# a bracketed note closing a name (X项目（二次）, X工程(第二批))
_TRAILING_NOTE = compiled(r"[（(][^（）()]{1,12}[）)]$")
#: the readings a project named before overrules (the clause before, the measured noun: 项目招标控制价)
# the masthead of an official document (红头: 某市财政局文件, 中共某县委办公室文件)
_MASTHEAD = compiled(r"[ \t\u3000]*\p{Han}{2,30}文件[ \t\u3000]*")
_INTRO_USE = "the use of the fund its table's intro names (X资金安排如下)"
# the end of a line introducing a list (…如下：) and the end of a sentence
_LIST_INTRO = compiled(r"如下[：:]")
_SENTENCE_END = compiled(r"[。！？!?]")
# a negation right before a purpose marker (不得用于, 严禁用于)
_NOT_FOR = compiled(rf"(?:{_NEGATED.pattern})[^，,。；;]{{0,2}}$")
_PROJECT_OVERRULES = ("what the clause before names", "the noun the amount measures", "the subject the measure is of")
_HIGHER_FUND_WHY = "a higher government's fund"
# what the payer after 由X does (由县财政全额保障, 由市财政统筹解决, 由县级财政负担)
_PAYS_AFTER = compiled(rf"[\p{{Han}}]{{0,4}}?(?:{PAYING_VERBS})")
# a paying verb ending a phrase (县财政配套)
_PAYING_END = compiled(rf"(?:{PAYING_VERBS})$")
# a clause that only says who pays (所需资金由县财政全额承担, 资金由市县两级按比例负担; not 由县财政
# 投入资金硬化村道5公里, which names the work too)
_WHO_PAYS_CLAUSE = compiled(rf"由[^，,。；;：:]{{1,14}}?(?:{PAYING_VERBS})(?:解决|保障|承担|负担)?\s*$")
_FIELD_COLON = compiled(r"[ \t　]*[：:][ \t　]*")
_CLAUSE_BREAK = compiled(r"[，；;。！？!?：:\n]|,(?![0-9])")
_MEANS = compiled(r"(?:通过|经由|借助|依托|利用)$")
_CHANNEL = compiled(r"[\p{Han}]{0,10}?(?:系统|平台|渠道|网站|一体化)")
_JOINT = compiled(r"\s*(?:、|和|及|以及|(?:已|还)?(?:会同|联合|协同|牵头|与))\s*")
# a place as the subject of a funding verb (隆回县统筹…, 我县投入…)
_PLACE_ACTS = compiled(r"(?<=^|[，,。；;：:\s]|以来|今年|近年来)(?:[\p{Han}]{1,8}?(?:省|市|县|区|旗|州))"
                       r"(?:今年|近年来|去年|已|累计|共|先后|还|又|将|计划)*"
                       r"(?=统筹|投入|安排|整合|筹集|拨付|下达|争取|落实|发放|兑付)")
_SCOPE_ACTS = compiled(r"(?<=^|[，,。；;：:\s]|以来|今年|近年来)(?:我|全)(?:省|自治区|市|州|县|区|旗)"
                       r"[^，,。；;：:\s]{0,12}?(?:统筹|投入|安排|整合|筹集|筹措|拨付|下达|争取|落实|发放|兑付)")
_SCOPE = compiled(r"(?:(?<![\p{Han}])|(?<=今年|去年|目前|当前|同期|全年))全(?P<w>自治区|地区|省|州|市|盟|县|旗|区)(?![\p{Han}]{0,1}(?:委|政府|人大|政协|范围内的))"
                  r"|(?<=[，,。；;：:\s]|^)全(?P<w>自治区|地区|省|州|市|盟|县|旗|区)")
_THIS_YEAR = compiled(r"今年|本年")
_YEAR_TO_DATE = compiled(r"截[至止]到?(?:今年)?$")
_AUDITED_YEAR = compiled(r"(?P<y>(?:19|20)[0-9]{2})年度")
_COMPARED = compiled(r"(?:比|较|与|同比|相比)$")
_BASE_YEAR_BEFORE = compiled(r"(?:比|较)$")
_HAN_ONLY = compiled(r"\p{Han}+")
# what ends an item, a place or a thing, not a person's name (村, 路, 费, 改造 …)
_ITEM_END = compiled(r"[村镇乡屯组寨区县市路桥渠站场房池井费金款补贴助奖修建改造护]$")
_GRADE = compiled(r"(?:基本)?(?:合格|不合格|优秀|良好|称职|不称职)|[一二三四五六七八九十]+类|[一二三四五]档|[ABCD]类")
_RUN_SEP = compiled(r"[、和及与]")
# 等19个, 等地, 等12县: a list that names only some of the places it stands for
_MORE_THAN_NAMED = compiled(r"等(?:[0-9０-９]+|[一二三四五六七八九十两百]+)(?:个|县|市|区|乡镇|镇|村)|等地")
_AMOUNT_OF_YEAR = compiled(r"的?[0-9０-９]")
_BASE_YEAR_AFTER = compiled(r"(?:的[0-9０-９.]+倍|相比|比较|同期|水平)")
# small-form and vertical punctuation read as the usual marks (same length, same offsets)
_PUNCTUATION_FOLD = str.maketrans("﹐﹑﹔﹕﹖﹗﹒︰︱", "，、；：？！．：｜")
_PUNCTUATION_MAP = CharMap(_PUNCTUATION_FOLD)
# a government work report's title with the year it is delivered in (2025年X县人民政府工作报告)
_WORK_REPORT_TITLE = compiled(r"(?P<y>(?:19|20)[0-9]{2})年[^\n]{0,30}?政府\s*工\s*作\s*报\s*告")
# where such a report turns from its review to its plan for its own year (新的一年, 今年的主要
#目标, 今年政府工作, 2025年工作安排)
_PLAN_PART = compiled(r"新的一年|今年(?:是|的|我们|政府|工作|经济社会|主要|全[县市区州旗盟])"
                      r"|(?:19|20)[0-9]{2}年(?:的)?(?:政府)?(?:工作安排|主要(?:预期)?目标|工作的?总体要求|重点工作|主要任务)")
_REVIEW_WHY = "the year a government work report's review looks back on (the year before its title's)"
# a report to a congress opens by saying so (各位代表, 政府工作报告)
_REPORT_OPENING = compiled(r"各位代表|工作报告|向大会报告|提请大会审议|请予审议")
# the title of a notice, a publicity list or a table, which names its own bodies
_LISTING_TITLE = compiled(r"公示|公告|通知|明细|一览表|情况表|分配表|汇总表|统计表|发放表|清单|公开|名册"
                          r"|分配情况|分配方案|安排情况")
# a table's title that lists how money is shared out (资金安排表, 资金分配（甲镇、乙镇）): its rows are
# for what the title names (a list as the lead's body goes: such a table may be told by a body)
_SHARING_TITLE = compiled(r"安排表|分配(?=\s*[（(]|\s*$)")
# the end of a budget line's name after a verb inside it (上级补助收入, 债务还本支出)
_LINE_NAME_AFTER = compiled(r"(?:性)?(?:收入|支出)")
_HAS_DIGIT = compiled(r"[0-9０-９]")
_GROWTH = compiled(r"(?:(?P<up>增长|增加|提高|增幅为?|增速为?|上升)|(?P<down>下降|减少|降低|降幅为?|减收))了?(?:约|达)?$")
#: reasons that make a purpose the topic of its sentence, shared by its other amounts
_BREAKDOWN = compiled(r"其中|来源为|来源是|来源于|分别|包括|包含")
# a notice that hands down a levy, a plan of revenue or a budget, not money (上缴, 征收, 收入任务)
_LEVY = compiled(r"上缴|上解|征收|收缴|缴纳|缴入|收入|任务|部门预算")
# A、B，分别用于X和Y: the uses listed after 分别, one per amount before it
_RESPECTIVELY = compiled(r"(?<=[，,；;])\s*分别(?=[\p{Han}])")
_LIST_ITEM = compiled(r"[^、和及与，,]+")
_NOUN_REASONS = ("the noun the amount measures", "对X", "为X before it", "what the standard is of")
_ROW_REASONS = ("the item its row names", "the label of its table row")
_TITLE_USE_KINDS = ALLOCATION_KINDS + ("standard", "procurement", "other")
_TOPIC_REASONS = ("what the clause before names", "the subject the measure is of", "the topic of its sentence (X方面)")
_RELIEF = compiled(r"(?:减免|减税|降费|退税|缓缴)$")
_TOPIC = compiled(r"(?:^|[：:，,。；;\s])\s*(?:在|从)?(?P<t>[^，,；;。：:、\s]{2,12}?)方面[，,]")
#: the verbs that change a figure to a new level (提高至, 下调为)
_RAISE = r"(?:提高|增加|上调|提升|调整|增长|降低|下调|减少|提标)"
_CHANGE = compiled(
    r"(?:(?:较|比|同比|相比|比去年|比上年)?(?:上年|去年|上一年度?|前一年|年初|同期)*"
    r"(?:增加|提高|增长|多出?|上调|提升|减少|下降|降低|增收|减收|增支|减支)了?"
    rf"|{_RAISE}(?:至|到|为)"
    r"|(?:调为|调整为|调增|调减|增支|减收|增收|增加|减少|下降|增长)"
    # the base of a comparison, another year's figure of the same line (较2021年的1.52亿元)
    r"|(?:较|比|相比|比起|对比))$")
_EXAMPLE_LEAD = compiled(r"(?:以|如|比如|例如)")
_HEADING_ASIDES = compiled(r"(?:[(（][^()（）]{1,30}[)）]\s*(?:项目|工程)?\s*)+$")
_MARKER_IN = compiled(r"(?<=[\p{Han}])(?=用于|用来|投向)")
_PREV_TAIL = compiled(r"(?:为例|(?:已|将|正在|已经)?(?:顺利)?(?:开工|完工|建成|投产|签约|落地|启动)(?:建设)?)$")
_RAISED_TO = compiled(rf"{_RAISE}(?:至|到|为)")
_COUNT_ONLY = compiled(r"[0-9一二三四五六七八九十百千万两]+[个件家项笔所名人户]")
_SECTOR_FRONT = compiled(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]{1,2}[.、．]|"
                         r"一般公共预算|公共预算|政府性基金预算|预算|地方|本级|全[省市县区]|财政|各项|用于|[“”\"])+")
_QUOTED_SECTOR = compiled(r"^[“\"][^”\"]+[”\"](?:类|方面|领域)?支出$")
_SECTOR_END = compiled(r"[“”\"]?(?:类|方面|领域)?的?(?:预算)?(?:支出|投入)$")
#: 为落实耕地地力补贴政策 → 耕地地力补贴; 为保障一批重大项目顺利推进 → 重大项目
_PURPOSE_LEAD = compiled(r"(?:进一步|全力|积极|切实|加快)?(?:保障|落实|支持|推进|推动|确保|促进|加快|做好|实施|助力|加强|巩固)")
_PURPOSE_TAIL = compiled(r"(?:的)?(?:顺利|加快|有效|稳步)?(?:推进|实施|开展|进行)$|(?<=[\p{Han}”])政策$")
_FOR_VERB = compiled(r"(?:为了?|围绕|聚焦|针对)(?P<p>(?:支持|保障|推进|推动|落实|促进|加快|做好|解决|改善|应对|助力|巩固|完善|加强)"
                     r"[^，,；;。为]{2,30}?)(?=(?:[，,]\s*[\p{Han}]{0,8}?)?(?:安排|投入|拨付|下达|下拨|筹措|筹集|争取|统筹|设立|发放))")
_TOPIC_OPENER = compiled(r"(?:在|从)?(?P<p>[^，,；;。：:、\s0-9]{2,12}?)(?:方面|领域)")
_PURPOSE_BEFORE = compiled(r"(?:为了?|为着|围绕)(?P<p>[^，,；;。]{2,40})$")
# 为X then the verb that allocates the amount right before it (为山地鸡养殖投入720万元, 为加工厂建设
# 安排资金1800万元): X is what it is for; not 作为, 因为, 成为, 认为, 以…为
_FOR_WORK_VERB = compiled(r"(?<![作因成认以称视更最])为(?P<p>[^，,；;。为0-9０-９]{2,20}?)(?:累计|共|再|又|专门|专项)?"
                          r"(?:安排|投入|拨付|下达|下拨|筹措|筹集|统筹|落实|整合)了?"
                          r"(?:[^，,；;。0-9０-９]{0,6}?(?:资金|经费))?(?:约|近|超过?|逾)?\s*$")
# (the use holds no figure: 用于产业发展的衔接资金由2021年的1.2亿元 → 产业发展, the fund and the
# year of a change after it)
_USED_FOR_OF = compiled(r"(?:用于|专项用于)(?P<p>[^，,；;。0-9]{2,30}?)的"
                        r"(?:[^，,；;。0-9的]{0,8}?(?:资金|经费|补助|专项资金))?(?:(?:由|从)?[0-9]{4}年的?)?(?:有|是|为|共|达)?$")
_STANDARD_SUBJECT = compiled(r"(?P<p>[^，,；;。]{2,30}?)(?:的?标准(?:由|为|是)?|按照?)")
# the end of words that frame a rate rather than name what it pays (标准为, 按照, 将给予, 的)
_FRAMING_END = compiled(r"(?:为|是|按|照|予|给|将|的|达|至|到|均|由|以|等)$")
# between a rate's 每 cue and its amount: more of the rate, a verb of giving (每年补助, 给予: cues.tsv role given)
#: a change of a rate between its 每X and its number (养老金每人每月再提高20元): the noun stands before 每X
_RATE_CHANGE_VERB = compiled(rf"[ \u3000]*(?:再|又|均|分别)?{_RAISE}了?(?:到|至)?[ \u3000]*")
_RATE_TO_AMOUNT = compiled(r"(?:每\p{Han}{1,3})*(?P<verb>\p{Han}{2})??(?:资金|标准)?(?:为|是)?[ \u3000]*")
_BY_RATE = compiled(r"(?P<p>[^，,；;。：:按]{2,30})(?<!计划|拟)按照?[^，,；;。按的]{0,8}$")
_CAP_HOLDER = compiled(r"(?:(?:单个?|每个?)\p{Han}{0,4}?)?(?:最高|最多|不超过|不高于|累计)?(?:补贴|补助|奖补|奖励|资助)?")
_RECEIVED_TAIL = compiled(r"(?:上级|各级)?(?:资金|补助资金|补助|补贴|奖补资金|奖补|奖励)?(?:分别为?|共计|合计)?")
_COUNTED_UNITS = compiled(r"[0-9０-９一二两三四五六七八九十百]+个?\p{Han}{0,12}?(?:县|市|区|州|旗|盟|乡镇|镇|乡|村|县（市、区）|县市区)共?")
# a count of units alone (一个镇, 两个村, 3个乡镇): who, never what for
_COUNTED_UNIT_ONLY = compiled(r"[0-9０-９一二两三四五六七八九十百]+个?(?:县|市|区|州|旗|乡镇|镇|乡|村|社区|组)")
# an issued document's title (《…的通知》, 《…的意见》), or a bracket opened and not closed: no use
# (a plan or a scheme, 编制《X规划》, is work and stays)
# a clause that opens by stating a standard (标准为, 补助标准是, 按): what it is of was said before
_STANDARD_OPENS = compiled(r"[\s，,]*(?:其|补助|补贴|奖补|发放|救助)?标准(?:为|是|统一为|提高到|提高至)")
_CITED_TITLE = compiled(r"(?:通知|意见|决定|批复|公告|函)[》〉]|[《〈][^》〉]*$")
_WORK_WORD = compiled(r"(?:工作|任务|行动|项目|目标)")
# the one a rate or cap is per (单个工程, 每户): says per what, never for what
_PER_HOLDER_PHRASE = compiled(r"(?:单个|每个|单|每)\p{Han}{1,4}")
# a purpose made only of a preposition or a discourse word (通过, 按照; 另一方面 → 另一): no use
_GRAMMAR_ONLY = compiled(r"通过|依托|借助|按照|根据|依据|经过|利用|结合|另一|一|这|这些|各|多|两|以上|以下|其余|上述|申请|备注|说明|注")
_CAP_WHOM = compiled(r"对(?P<p>[^，,；;。对]{2,30}?)(?=[，,]|按照?|给予)")
_LIST_BREAK = compiled(r"[。！？!?\n]|用于|其中")
_SEMICOLON = compiled(r"[；;]")
#: the date and the act that open a list's subject (自2024年7月1日起调整全县X标准：): not the subject
_SUBJECT_LEAD = compiled(r"(?:自?[0-9０-９]{4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:起|开始)?)?"
                         r"(?:调整|提高|明确|确定|执行|上调)?(?:全[市县区省州旗]|各地)?")
_LIST_STANDARD = compiled(r"(?:(?:的)?标准(?:为|是|如下)?|分[一二两三四五六七八九十0-9０-９]{1,2}(?:档|类|个档次|个等级))"
                          r"\s*[：:]?\s*$")        # …标准为：, …补贴分三档：: a list of rates opens
_BY_STANDARD_LEAD = compiled(r"按照?|根据|依据|参照|依照|执行")
_LIST_STANDARD_BARE = compiled(r"标准(?:为|是)")
_LIST_GIVE = compiled(r"发放|落实|执行|兑现|兑付|给予|安排")
# the rest of a list of places' shares (其余乡镇, 其他8个县区, 剩余村): the allocation's too
_REMAINING_UNITS = compiled(r"(?:其余|其他|剩余|余下)(?:[0-9０-９一二两三四五六七八九十]+个)?"
                            r"(?:县|市|区|州|旗|县区|县市区|县（市、区）|乡镇|镇|乡|街道|村|社区)(?:[（(][0-9０-９]+个[)）])?(?:合计|共)?")
_COUNTED_TAIL = compiled(r"[0-9０-９一二两三四五六七八九十百]+个\p{Han}{1,4}$")
_HEAD_COUNT = compiled(r"[0-9０-９]+(?:人次|户次|人|户|名)[ \u3000]*$")
_TOTAL_ONLY = compiled(r"\s*(?:共计|合计|总计|累计|共|计|总额为?|金额为?|达|约)*\s*")
_NEW_TOPIC = compiled(r"此外|另外|另据|与此同时|另一方面")
_LIST_ITEM_LINE = compiled(r"\s*(?:[0-9０-９]{1,3}[.、．]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[①-⑳]|[一二三四五六七八九十]{1,3}、)")
_LIST_SUBSIDY = compiled(r"(?:补助|补贴|奖补|资金)$")
# between a noun and the amount: a cell boundary of a table row (tab, bar, a run of spaces) with
# a number cell between (韦金凤|3|2430, 杨光明  羊排村  1200  合格  2500: not what 2500 measures)
_OTHER_CELL = compiled(r"[\t|｜]|[ \u3000]{2,}|[ \u3000][0-9０-９]+[ \u3000]")
# 2024年美丽村庄建设项目及资金安排表: the project the listed money is for (its bare fund names none)
_PROJECT_IN_TITLE = compiled(r"(?P<p>[^\s，,。；;：:（）()、]{2,30}?(?:项目|工程))(?:及|和)(?:资金|经费)")
_PAID_IN_TITLE = compiled(r"(?P<p>[^\s，,。；;：:（）()]{2,24}?(?:金|补助|补贴|津贴|生活费|奖励|奖补|报酬|分红|救助))(?:资金)?"
                            r"(?:发放|兑付|兑现|拟?(?:补助|补贴|奖补|扶持|支持)对象|对象|(?:分配|发放)?(?:情况|明细|名单|花名册))")
_SEMI = compiled(r"[；;]")
_CAP_BREAK = compiled(r"[；;。！？!?\n]|对|用于|其中")
_FOR_WHOM = compiled(r"对(?P<p>[^，,；;。]{2,30}?)给予")
_GIVEN_WHY = "what 对X给予 gives after it"
# what 给予 gives, to the clause's end (给予一次性贷款贴息和收购奖补)
_GIVEN_WHAT = compiled(r"(?:一次性|适当|相应|定额)?(?P<y>[^，,；;。0-9０-９]{2,16}?)(?:支持)?\s*$")
# a count inside a relative clause, not the scope of the head noun (10名以上脱贫劳动力…的企业, 前3名的乡镇)
# a clause that opens with a total (共发放补助资金…): the sum of what was given, not one award
_TOTAL_OPENS = compiled(r"[\s，,]*(?:共计|合计|总计|累计|共)")
_COUNT_IN_CLAUSE = compiled(r"以上|以下|左右|之内|以内")
_RANK_BEFORE = compiled(r"(?:前|第|排名|名列)$")
_PER_TAIL = compiled(r"(?:每个?|单个)\p{Han}{1,2}$")
_PERIOD_WORD = compiled(r"每年|近[一二三四五六七八九十两0-9]+年来?|全年|年内|累计")
_CUMULATIVE = compiled(r"累计|近[一二三四五六七八九十两0-9]+年|[一二三四五六七八九十两0-9]+年(?:间|来)")
_CUMULATIVE_BEFORE = compiled(r"累计|近[一二三四五六七八九十两0-9]+年来|[一二三四五六七八九十两][一二三四五六七八九十两]?年(?:间|来)")
_OTHER_YEAR = compiled(r"[上去前明后]一?年")
_ADVERB_TAIL = compiled(r"(?:(?<![公总])共|共计|另|另行|也|再|又|已|已经|分别)$")
_DIGIT_END = compiled(r"[0-9０-９]")
_NOT_A_START = frozenset("性型式化的")
_TIME_SPAN = compiled(r"(?:近|过去)?[一二三四五六七八九十两0-9]+年(?:来|间|以来|中)?")
_COUNT_PHRASE = compiled(r"[0-9０-９.]+[万千百]?\p{Han}{0,2}")      # 1.5万户: a count, no work
_BENEFIT_CLAUSE = compiled(r"[\s，,]*(?:涉及|惠及|覆盖|带动|受益|辐射|帮扶|服务)\p{Han}{0,8}?[0-9０-９.一二三四五六七八九十百千万]+"
                             r"(?:万|千)?(?:户|人|人次|名|家|个村|个行政村|个乡镇|套|栋|间|处|所)[\s。]*")
_SPACE_DIGIT = compiled(r"[ \u00a0][0-9０-９]")      # …的436户1 582人: a number cut at its space
_DIGIT_SPACE = compiled(r"[0-9０-９][ \u00a0]")      # 1 200座，…: the rest of a number cut so
_ATTACHMENT = compiled(r"附后|附件|见附表|详见")
_SENTENCE_END_IN = compiled(r"[。；;！？!?]")
_BARE_LINE_HEADS = frozenset({"支出", "收入", "收益"})   # a village account's parts: kinds vary by source
_LINE_LABEL = compiled(rf"[ \t\u3000]*{SECTION_NUMBER}?"
                         r"[ \t\u3000]*(?P<l>[^。：:；;，,\n0-9]{2,12})[：:]")
# a table column of standards (月标准, 补助标准（元/人）)
_STANDARD_COLUMN = compiled(r"标准")
# another label on the same line after a figure (总投资：186万元 财政补助：160万元)
_INLINE_LABEL = compiled(r"(?<=[\s\u3000元])(?P<l>[^。：:；;，,\n0-9\s\u3000]{2,12})[：:]")
# a cell holding only a figure, perhaps with its unit (35000, ４．２１, 12.5%, 10只, 3.2公里)
_FIGURE_CELL = compiled(r"[-−]?[0-9０-９][0-9０-９.,，．]*(?:[%％]|\p{Han}{1,2})?")
_ROW_NUMBER_LEAD = compiled(r"[ \t\u3000]*(?:[0-9０-９]{1,3}[ \t\u3000]+|[0-9０-９]{1,2}[.．、](?![0-9０-９]))(?=\p{Han})")
_ROW_NUMBER_ONLY = compiled(r"[ \t\u3000]*(?:[0-9]{1,3}[.、．]?[ \t\u3000]*)?")
_PARTICLE_LEAD = compiled(r"[了的]")
# 经 (经过) opening a list of bodies that ends right before this one (经市发改委、市财政局联合审核)
_REVIEWED_BY = compiled(r"经过?(?:[^，,。；;：:\s经]{2,20}?[、和及与])*\Z")
# what a body named after 经 did (经县委农办审核, 经县政府研究同意): it reviewed, it does not pay
_REVIEWS = compiled(rf"(?:[、和及与][^，,。；;]{{0,16}}?)?(?:{REVIEW_VERBS})")
# a heading's colon with words after it, not a figure (申报条件：项目总投资…, not 收益分配：23,650.00)
_HEADING_COLON = compiled(r"[：:][ \t\u3000]*(?![0-9０-９\s])")
# a topic word alone (在X方面：… cut to its word) and a calculation (18人×3个月×1200元)
_TOPIC_ONLY = compiled(r"(?:方面|领域|部分)[：:]?")
_FORMULA = compiled(r"[0-9０-９][^\n]{0,8}?[×＊*]")
# the last bar of a table's row inside a phrase (its cells before it are no part of a use)
_LAST_BAR = compiled(r".*[|｜│┃║]")
# a list's separator opening a phrase (、重建, 以及X; not 和/及/与, which open words: 和平, 及时)
_LIST_JOINT_LEAD = compiled(r"[、，,；;]+|以及")
# a conjunction ending a phrase: the rest of the list was cut off (项目及)
_JOINT_TAIL = compiled(rf"(?:{alternation(LIST_JOINTS)})$")
# a form's field written with its label (数量：126台, 品牌：清源): no row's item
_FIELD_LABEL = compiled(r"[:：]")
_LIST_MARK_LEAD = compiled(SECTION_NUMBER)
# a section's tag in black lenticular brackets opening a line (【惠农资金发放】, 【一事一议】)
_BRACKET_HEAD = compiled(r"【[^】\n]{1,12}】[ \t\u3000]*")
_SECTION_HEAD = compiled(rf"[ \t\u3000]*{SECTION_NUMBER}"
                           r"[ \t\u3000]*(?P<h>[^。：:；;，,、\n0-9０-９（）()]{2,20})[。：:\n（(]")
# a year a plan aims at (有望2022年通车, 力争到2025年): no year of the amounts after it
_TARGET_YEAR = compiled(r"(?:有望|力争|争取|计划|预计|将于|确保)(?:在|到|于)?$")
_LAST_YEAR_COLUMN = compiled(r"上年|去年|上一年|前一年")
_YEAR_LINE = compiled(r"[ \t\u3000]*(?:\p{Han}{1,6}[ \t\u3000]+)?(?:(?:19|20)[0-9]{2}年(?:度)?[ \t\u3000]*){2,}")
_COLUMN_YEAR = compiled(r"((?:19|20)[0-9]{2})年")
_MONTHS = compiled(r"[0-9０-９一二三四五六七八九十]+月|季度")


def _is_change(text: str, lo: int, s: int) -> bool:
    """Is text[lo:s] only a change word between two amounts (较上年增长, 由…提高至, 调为,
    增加到2024年的)?"""
    window = _DATE_OF.sub("", text[lo:s]).strip(" \u3000,，;；、")
    return bool(window) and bool(_CHANGE.fullmatch(window.lstrip("由从")))


def _sector(text: str, measure: Found) -> Found | None:
    """An expenditure line's sector: 教育支出 → 教育; nothing for a total (一般公共预算支出)."""
    phrase = measure.text
    end = _SECTOR_END.search(phrase)
    if not end:
        return None
    front = _SECTOR_FRONT.match(phrase)
    s = measure.start + (front.end() if front else 0)
    e = measure.start + end.start()
    if e - s < 2:
        return None
    return Found(s, e, text[s:e], "the sector of an expenditure line")


def _purpose_before(text: str, sent_start: int, c_start: int, s: int, bounds: list, k: int,
                    plain_clause=lambda lo, hi: True, receivers=lambda phrase: False) -> Found | None:
    """为X，…Y万元 (a purpose clause opening the sentence, or 为支持X in the amount's own clause;
    为X投入Y万元 with X a work, not its receivers: 为困难群众发放N万元 is theirs);
    X方面，… (a topic opener); 用于X的资金Y万元; 对X给予…Y万元."""
    m = _USED_FOR_OF.search(text, c_start, s)
    if m:
        return Found(m.start("p"), m.end("p"), m.group("p"), "用于X的 before it")
    m = _FOR_VERB.search(text, c_start, s)               # 市财政局为支持春耕生产安排资金3000万元
    if m:
        return Found(m.start("p"), m.end("p"), m.group("p"), "为X before it")
    m = _FOR_WORK_VERB.search(text, c_start, s)          # 为山地鸡养殖投入720万元, 为茶园改造安排资金N万元
    if m and plain_clause(m.start("p"), m.end("p")) and not receivers(m.group("p")):
        return Found(m.start("p"), m.end("p"), m.group("p"), "为X before it")
    for j in range(k, -1, -1):
        lo, hi = bounds[j]
        if lo < sent_start:
            break
        hi = min(hi, s)
        m = _PURPOSE_BEFORE.match(text, lo, hi) if j < k and plain_clause(lo, hi) else None
        if m:
            p_s, p_e = m.start("p"), m.end("p")
            lead = _PURPOSE_LEAD.match(text, p_s, p_e)
            if lead and p_e - lead.end() >= 2:
                p_s = lead.end()
            tail = _PURPOSE_TAIL.search(text, p_s, p_e)
            if tail and tail.start() - p_s >= 2:
                p_e = tail.start()
            return Found(p_s, p_e, text[p_s:p_e], "为X before it")
        m = _FOR_WHOM.match(text, lo, hi)
        if m and plain_clause(m.start("p"), m.end("p")):      # never over an amount (对X按每亩N元给予)
            p_s, p_e = _without_scope(text, m.start("p"), m.end("p"))
            return Found(p_s, p_e, text[p_s:p_e], "对X给予 before it")
        m = _TOPIC_OPENER.fullmatch(text, lo, hi) if j < k else None
        if m:
            return Found(m.start("p"), m.end("p"), m.group("p"), "the topic the sentence opens with (X方面)")
    return None


def _skip_spaces(text: str, at: int, end: int) -> int:
    while at < end and text[at] in " \t\u3000":
        at += 1
    return at


def _without_scope(text: str, p_s: int, p_e: int) -> tuple[int, int]:
    """What 对X给予 names without its scope: 对5个示范村每村给予 → 示范村 (每村 holds the rate),
    对A镇、B镇等地5个示范村 → 示范村 (the places and the count are scope)."""
    per = _PER_TAIL.search(text, p_s, p_e)
    if per and per.start() - p_s >= 2:
        p_e = per.start()
    count = None
    for count in _COUNT_ONLY.finditer(text, p_s, p_e):
        pass
    if count is not None and p_e - count.end() >= 2 and not _COUNT_IN_CLAUSE.match(text, count.end(), p_e) \
            and "的" not in text[count.end():p_e] and not _RANK_BEFORE.search(text, p_s, count.start()):
        p_s = count.end()
    return p_s, p_e


def _standard_subject(cues: Cues, text: str, c_start: int, s: int, skip_to: dict) -> Found | None:
    """What a standard is of: the subject before 按/标准为 (膳食补助按每生每天3元)."""
    m = _STANDARD_SUBJECT.match(text, c_start, s)
    if not m:
        return None
    p_s = cues._skip_front(text, m.start("p"), m.end("p"), skip_to)
    if m.end("p") - p_s < 2:
        return None
    return Found(p_s, m.end("p"), text[p_s:m.end("p")], "what the standard is of")


def _runs_into(ctx: _Doc, found: Found, e: int) -> bool:
    """A phrase after an amount that runs up to the next amount is that amount's (…，为2864名
    退役军人发放慰问金180万元: 为…发放慰问金 is the 180万元's)."""
    k = bisect_right(ctx.amount_starts, found.start - 1)
    return k < len(ctx.amount_starts) and not ctx.text[found.end:ctx.amount_starts[k]].strip()


# words around the noun an amount measures that are not part of what it is for
_NOUN_LEAD = compiled(r"(?:并|且|对(?!口|外|象)|其中|将|按照?|已|还|再|又|共|共计|合计|累计|预计|计划|拟|本次|此次|本批|该批|首批|平均|"
                      r"[户人亩村日月年生]均|均|从|由|"
                      # 经 of a procedure (经测算, 经县政府研究), not of a word (经营收入); 年 alone, not 年度
                      r"经(?=测算|审计|审核|核定|核实|核算|研究|批准|评审|认定|统计|[省市县区镇乡州])|"
                      r"测算|后|年(?![度份末初底终])|的|[，,、\s])+")
_NOUN_TAIL = compiled(r"(?:按照?|累计|预计年?|拟|再?提高|统一提高|已由原来的|由原来的|原来的|平均|[（(][^）)]*$|[，,、\s]|"
                      r"[户人亩村日月年生]均(?:补助|补贴|奖励|奖补)?)+$")
_STANDARD_IN = compiled(r"(?:最低|最高)?(?:补助|补贴)?(?<![高低国新省市县行企])标准(?![化件])")
_STANDARD_CHANGE = compiled(r"(?:每[\p{Han}]{1,2})*(?:统一|再|已|分别|均)?(?P<verb>提高|调整|上调|增加|降低|下调)?(?:到|至|为|由)?")


@lru_cache(maxsize=1)
def _byline_roles() -> frozenset[str]:
    """The words of a byline's roles (记者, 通讯员 …), from the structure component's lexicon."""
    from .lexicon import read_lines
    from .places import ROLES_FILE
    return frozenset(read_lines(ROLES_FILE)) if ROLES_FILE.exists() else frozenset()


def _tidy_noun(text: str, phrase: Found) -> Found | None:
    """The noun an amount measures without the function words around it (并对其中, 市场累计,
    X标准统一提高 → X); None when nothing specific is left."""
    lo, hi = phrase.start, phrase.end
    std = _STANDARD_IN.search(text, lo, hi)
    if std:
        change = _STANDARD_CHANGE.match(text, std.end(), hi)
        rest = change.end() if change else std.end()
        if change and change.group("verb") and len(_HAN_CHAR.findall(text, rest, hi)) >= 2:
            lo = rest                      # 限额标准提高到货物项目采购 → 货物项目采购
        else:
            hi = std.start()               # 农村低保标准统一提高到 → 农村低保
    lead = _NOUN_LEAD.match(text, lo, hi)
    if lead:
        lo = lead.end()
    per = _per_lead().match(text, lo, hi)         # 每公里国道补助 → 国道补助: the rate is the record's `per`
    if per and hi - per.end() >= 2:
        lo = per.end()
    tail = _NOUN_TAIL.search(text, lo, hi)
    if tail:
        hi = tail.start()
    given = _GIVEN_TAIL.search(text, lo, hi)      # 国道补助 → 国道: the item a standard list pays for
    if given and given.start() - lo >= 2 and per:
        hi = given.start()
    if hi - lo < 2 or len(_HAN_CHAR.findall(text, lo, hi)) < 2:
        return None
    return phrase if (lo, hi) == (phrase.start, phrase.end) else Found(lo, hi, text[lo:hi], phrase.why)


_GIVEN_TAIL = compiled(r"(?:补助|补贴|奖励|奖补)$")
# villagers' groups (一组, 3组, 二社, 四队) named in a note after a row's item or in a list before it
_GROUP = r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:组|社|队)"
_GROUPS_NOTE = compiled(rf"[（(](?:{_GROUP}|[\p{{Han}}]{{1,4}}(?:组|社|屯))(?:[、，,和及至-](?:{_GROUP}|[\p{{Han}}]{{1,4}}(?:组|社|屯)))*[）)]$")
_ONLY_GROUPS = compiled(rf"{_GROUP}(?:[、和及至](?:{_GROUP}))*")
# (only 组 opening a phrase: 五社联动, 一社一品 are words; one group before a short rest is a name: 三组路)
_GROUPS_LEAD = compiled(r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})组"
                        r"(?:(?:[、和及至](?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})组)+(?=\p{Han}{2})|(?=\p{Han}{4}))")


@lru_cache(maxsize=1)
def _size_tail():
    """A size closing a row's item (1.2公里, 120盏, ３２座): a number and a measure word or a
    unit that is not money, from the quantity lexicon."""
    from .quantity import default_grammar
    lx = default_grammar().lexicon
    units = [w for w, (label, _) in lx.units.items() if label != "MONEY" and regex.fullmatch(r"\p{Han}+", w)]
    sizes = [w for w in [*lx.measure_words, *units] if not _TIME_WORD.fullmatch(w)]   # 期限不超过3年: a time
    return compiled(rf"\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*(?:{alternation(sizes)})$")


_TIME_WORD = compiled(r"个?(?:年|月|天|日|周|星期|小时|分钟|季度?)|周?岁")


@lru_cache(maxsize=1)
def _per_lead():
    """每 and a rate noun (每公里, 每人每月) opening a noun: the quantity lexicon's rate nouns."""
    from .quantity import default_grammar
    return compiled(rf"(?:每(?:{alternation(default_grammar().lexicon.per_nouns)}))+")


_ROW_TOTAL_WORD = compiled(TOTAL_WORD)


def _strip_found(text: str, f: Found) -> Found:
    """A row label without its spaces and list number (1 邵东市 → 邵东市)."""
    m = regex.match(r"[\s\u3000]*(?:[0-9]{1,3}[.、．]?[\s\u3000]*)?", text[f.start:f.end])
    lo = f.start + (m.end() if m else 0)
    hi = f.end
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return Found(lo, hi, text[lo:hi], f.why)


def _is_total_row(text: str, r: dict) -> bool:
    """Is the record a table's total row (合计, 总计)?"""
    row = r.get("_row")
    return row is not None and _ROW_TOTAL_WORD.search(text, row[0], row[1]) is not None


def _article_start(ctx: _Doc, s: int) -> int:
    article = _article_of(ctx, s)
    return article["start"] if article else 0


def _allocation_of_total(text: str, amounts: list[dict], records: list[dict], first: int,
                         head: dict | None) -> dict | None:
    """The allocation a table shares out, for the table whose first row amount is
    records[first] (`amounts` are the quantities the records were made from, in the same
    order): the amount before the table that its total row (合计) states (3.86亿元 before a
    table whose 合计 is 38600 in 万元), else the last amount before it (`head`)."""
    totals = set()
    for k in range(first, min(len(records), first + 400)):
        if records[k].get("_row") is None:
            break
        if _is_total_row(text, records[k]) and amounts[k].get("value") is not None:
            totals.add((Decimal(str(amounts[k]["value"])), amounts[k].get("unit")))
    if not totals:
        return head
    for k in range(first - 1, max(-1, first - 30), -1):
        q = amounts[k]
        if records[k].get("_row") is None and q.get("value") is not None \
                and (Decimal(str(q["value"])), q.get("unit")) in totals:
            return records[k]
    return head


def _unit_prices(ctx: _Doc, records: list[dict]) -> None:
    """A unit price (单价) is the price of the item its entry names, in a procurement notice's
    list of what was bought: the 名称 field of the entry (名称：学生衣柜 … 单价：1,390元), else the
    words before its count (64排CT 1台，单价598万元)."""
    text = ctx.text
    if "单价" not in text:
        return
    for r in records:
        s = r["start"]
        lead = _UNIT_PRICE_BEFORE.search(text, max(0, s - 6), s)
        if lead is None:
            continue
        line = text.rfind("\n", 0, lead.start()) + 1
        lo = max(line, text.rfind("；", 0, lead.start()) + 1, text.rfind(";", 0, lead.start()) + 1)
        name = None
        for name in _ITEM_NAME.finditer(text, line, lead.start()):
            pass
        if name is not None:
            x_s, x_e = name.span("x")
        else:
            end = lead.start()
            while end > lo and text[end - 1] in "，, \t\u3000":
                end -= 1                                    # (…1台，单价: the item's clause before the comma)
            clause = max(text.rfind(c, lo, end) for c in "：:，,") + 1
            item = _COUNTED_ITEM.match(text, max(lo, clause), end)
            if item is None:
                continue
            x_s, x_e = item.span("x")
        tail = _BATCH_TAIL.search(text, x_s, x_e)
        x_e = tail.start() if tail and tail.start() - x_s >= 2 else x_e
        if x_e - x_s < 2:
            continue
        r["purpose"], r["purpose_start"], r["purpose_end"] = text[x_s:x_e], x_s, x_e
        r["why"]["purpose"] = "the item its unit price is of (名称：X … 单价)"
        r["_candidates"] = None


_UNIT_PRICE_BEFORE = compiled(r"单价[：:]?[ \t\u3000]*(?:[（(]元[）)])?[：:]?[ \t\u3000]*$")
#: the name field of a bought item, 名称 alone or a goods' 名称 (not 供应商名称, 项目名称, 乡镇名称 …)
_ITEM_NAME = compiled(r"(?:(?<!\p{Han})|(?<=货物|产品|标的|设备|物品|商品))名称[：:][ \t\u3000]*"
                      r"(?P<x>[^；;，,\s\u3000：:]{2,30})")
#: an item and its count before a unit price (64排CT 1台，单价…; A包分体式空调520台，单价…)
_COUNTED_ITEM = compiled(r"[ \t\u3000]*(?:[A-Z]包|包[0-9０-９]+[：:]?)?(?P<x>[^，,；;：:\n]{2,30}?)[ \t\u3000]*"
                         r"[0-9０-９]+(?:台|套|组|批|件|张|辆|个|把|部|架|株|只|块|樘|间)$")
_BATCH_TAIL = compiled(r"一批$|一宗$")


def _shares_follow_their_allocation(records: list[dict]) -> None:
    """Shares of an allocation (table rows, places' shares) that took its use, or the use of the
    notice's title, take the use the allocation itself ends with, as a later step (这笔资金用于X
    in the next sentence) or the purpose chooser gave it (…下达资金2316万元（分配情况见附件），专项
    用于农村公路日常养护和危桥改造: the rows of the attached table too)."""
    by_start = {r["start"]: r for r in records}
    for r in records:
        head = by_start.get(r["parts_of"]) if r["parts_of"] is not None else None
        if head is not None and head is not r and head["purpose"] is None and r["purpose"] is not None \
                and r["why"]["purpose"].startswith("the purpose of its total"):
            # the total's use was the rules', which the chooser has since overruled (a transfer
            # fund's name, 公园城市建设转移支付, states no use): its parts have none either
            r["purpose"] = r["purpose_start"] = r["purpose_end"] = None
            r["why"]["purpose"] = "the purpose of its total, which states none"
            continue
        if head is None or head is r or head["purpose"] is None or head["purpose"] == r["purpose"] \
                or not r["why"]["purpose"].startswith(("the use of the allocation", "the use the title's",
                                                        "the purpose of its total")):
            continue
        for key in ("purpose", "purpose_start", "purpose_end"):
            r[key] = head[key]
        r["why"]["purpose"] = "the use of the allocation it shares (as the allocation ends with it)"


# a line introducing a table of shares: a fund's name, then 如下 (…资金安排如下：, …资金分配情况公示如下：)
_INTRO_FUND = compiled(r"(?P<f>[^，,。；;：:\n]{2,40}?(?:资金|经费)|[^，,。；;：:\n]{0,38}?(?:分红|补贴|补助|奖补|救助金|慰问金))"
                       r"[^，,。；;：:\n]{0,10}?如下[：:]?[^\n]{0,20}$", regex.M)
# (a payment named without 资金 introduces its rows too: 分红明细如下：, 临时救助金发放情况如下：)
# where a fund's name starts in such a line: after a joiner or the verb that hands it (入选村落及省级…资金;
# 现将…资金)
_INTRO_CUTS = ("及", "将", "把", "对")
# the reasons a row labelled by who receives it gives for having no use of its own
_RECEIVER_ROW = ("the noun names who receives it", "the noun names who gives or gets it")


def _share_of(r: dict, head: dict, of: str, agency: bool) -> None:
    """A share (a table row, a place's share in a list) takes what its allocation says and it
    does not: the kind where its own cue is weak, the use, the fund, with `agency` the body,
    and it is marked a part of the allocation."""
    if r["why"]["kind"].startswith((NO_CUE, "the kind of the list", "the learned kind model")):
        r["kind"], r["why"]["kind"] = head["kind"], f"the kind of the allocation {of}"
    if r["purpose"] is None and head["purpose"] is not None and r["kind"] in ALLOCATION_KINDS + ("standard",):
        for key in ("purpose", "purpose_start", "purpose_end"):
            r[key] = head[key]
        r["why"]["purpose"] = f"the use of the allocation {of}"      # (not an income column's)
    if r.get("_fund") is None and head.get("_fund") is not None:
        r["_fund"], r["fund"] = head["_fund"], head["fund"]
        r["why"]["fund"] = f"the fund of the allocation {of}"
    if agency and r["agency"] is None and head["agency"] is not None:
        r["agency"], r["agency_start"] = head["agency"], head["agency_start"]
        r["why"]["agency"] = "the body that shares out the allocation"
    if r["parts_of"] is None:
        r["parts_of"] = head["start"]


def _for_whom_rate(ctx: _Doc, s: int, c_start: int, sent_start: int, cues: Cues) -> Found | None:
    """对新建茶园按每亩500元给予补助: what 对 names is what the rate is for; not when it names
    who receives it (对新认定的专精特新企业每家奖励50万元, 对驻村卫生员每人每月补助400元: the
    receivers, the use is said elsewhere)."""
    whom = _FOR_WHOM_RATE.search(ctx.text, max(sent_start, c_start - 30), s)
    if whom and not _has_amount(ctx, whom.start(), s) and not _HAS_DIGIT.search(whom.group("p")):
        if cues.names_group(whom.group("p")) and not cues.built(whom.group("p")):
            return Found(whom.start("p"), whom.end("p"), whom.group("p"), RECEIVERS)
        return Found(whom.start("p"), whom.end("p"), whom.group("p"), "对X按…给予: what 对 names")
    return None


def _amounts_in(ctx: _Doc, lo: int, hi: int) -> list[dict]:
    i = bisect_left(ctx.amount_starts, lo)
    out = []
    while i < len(ctx.amounts) and ctx.amounts[i]["start"] < hi:
        out.append(ctx.amounts[i])
        i += 1
    return out


def _sums_up_a_year(text: str, d: dict) -> bool:
    """Does a stated year open a sentence that sums up what was done in it (2023年，全县…完成/
    实现/达到…), not one that plans it or names it (2025年，县财政计划…, 是收官之年)?"""
    if not (_YEAR_TOPIC.match(text, d["end"]) and _SENTENCE_OPEN.search(text, max(0, d["start"] - 12), d["start"])):
        return False
    end = text.find("。", d["end"])
    end = len(text) if end < 0 else end
    return bool(_RESULT_WORD.search(text, d["end"], end)) and not _PLAN_WORD.search(text, d["end"], end)


def _named_or_form(cues: Cues, text: str, lo: int, opening: int) -> Found | None:
    """The project a clause opened at `opening` (该项目…) refers to: the nearer of the last one a
    clause names as its subject (within _PROJECT_REACH) and the last form field naming one
    (项目名称：X, within _FIELD_REACH); none where projects are counted after it."""
    named = cues.named_project(text, max(0, lo - _PROJECT_REACH), opening)
    form = _last_form_name(text, max(0, lo - _FIELD_REACH), opening)
    if form is not None and (named is None or form.start("p") >= named.start):
        named = Found(form.start("p"), form.end("p"), form.group("p"), "the project named before (该项目 refers to it)")
    if named is None or cues.counted_projects(text, named.end, opening):
        return None                       # X项目近日开工。全县共实施民生项目86个，项目总投资…: those
    return named


def _without_note(text: str, found: Found) -> Found:
    """A project's name without a bracketed note closing it (X项目（二次）: the project, not the round)."""
    note = _TRAILING_NOTE.search(text, found.start, found.end)
    if note is None or note.start() - found.start < 4:
        return found
    return Found(found.start, note.start(), text[found.start:note.start()], found.why)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """The start of the clause `pos` lies in (after the last clause break of text[lo:pos])."""
    last = None
    for last in _CLAUSE_BREAK.finditer(text, lo, pos):
        pass
    return last.end() if last is not None else lo


def _has_amount(ctx: _Doc, lo: int, hi: int) -> bool:
    k = bisect_left(ctx.amount_starts, lo)
    return k < len(ctx.amount_starts) and ctx.amount_starts[k] < hi


_TOTAL_BEFORE = compiled(r"(?:共计|合计|总计|累计|共|合)(?:投入|安排|筹集|整合|统筹|下达|拨付|使用|落实)?(?:资金)?(?:约|近|超过?)?$")
_WHO_GETS = "the noun names who gives or gets it"
#: purposes a sentence of its own naming the money's use (这笔资金重点用于X) replaces
_ANAPHOR_OVERRULES = ("the use its fund's name states", "为X before it")
# a use that only points to work or spending in general (项目建设, 相关支出, 规定用途)
_PLACEHOLDER_USE = compiled(r"(?:相关|有关|规定|其他|其它|项目)?(?:工作|支出|用途|建设|事项)")
_WEAK_PURPOSE = ("the use its fund's name states", "the noun the amount measures", "a fund whose name states no use",
                 "no purpose stated", _WHO_GETS)


def _summed_total(ctx: _Doc, i: int, cues: Cues) -> int | None:
    """The amount before that amount `i` and its neighbours of one sentence add up to exactly
    (…统筹资金4750万元…。从资金来源看，中央资金2900万元、省级资金1250万元，县本级600万元):
    its index, else None. Only exact amounts in one unit, each named by the level or the source
    that pays it (a split by who pays; amounts of other uses that add up by chance are not
    parts); the longest run wins."""
    if "summed" not in ctx.memo:
        ctx.memo["summed"] = _summed_runs(ctx, cues)
    return ctx.memo["summed"].get(i)


def _summed_runs(ctx: _Doc, cues: Cues) -> dict[int, int]:
    amounts, text = ctx.amounts, ctx.text
    totals = [q.get("value") is not None and not q.get("per") and q.get("qualifier") == "exact" for q in amounts]
    plain = []                        # a part: exact, and named by the level or source that pays it
    for j, (q, exact) in enumerate(zip(amounts, totals)):
        lo = max(amounts[j - 1]["end"] if j else 0, q["start"] - 20)
        plain.append(exact and (bool(_LEVEL_WORD.search(text, lo, q["start"])) or cues.names_source(text, lo, q["start"])))
    runs = []
    for a in range(len(amounts)):
        if not plain[a]:
            continue
        total = Decimal(amounts[a]["value"])
        for b in range(a + 1, min(len(amounts), a + 8)):
            if not plain[b] or amounts[b]["unit"] != amounts[a]["unit"] \
                    or _SENTENCE_GAP.search(text, amounts[b - 1]["end"], amounts[b]["start"]):
                break
            total += Decimal(amounts[b]["value"])
            runs.append((b - a + 1, a, b, total))
    out: dict[int, int] = {}
    for _, a, b, total in sorted(runs, key=lambda r: -r[0]):
        if any(x in out for x in range(a, b + 1)):
            continue
        for t in range(a - 1, -1, -1):
            if amounts[a]["start"] - amounts[t]["end"] > 800:
                break
            if totals[t] and amounts[t]["unit"] == amounts[a]["unit"] and Decimal(amounts[t]["value"]) == total:
                out.update((x, t) for x in range(a, b + 1))
                break
    return out


_SENTENCE_GAP = compiled(r"[。！？!?\n]")


def _total_of_next_sentence(ctx: _Doc, j: int, k: int) -> bool:
    """Is amount `j` the total that a sentence opening with 其中 (at `k`) breaks down, however
    long the rest of its own sentence (投入资金8600万元，改造供水管网42公里，…。其中，中央资金5200万元、
    省级资金1800万元): the sentence right before, in the same paragraph, whose last amount it is,
    and the parts, in its unit, sum to it at most."""
    total, between = ctx.amounts[j], ctx.text[ctx.amounts[j]["end"]:k]
    if not between.rstrip(" \u3000").endswith("。") or any(c in between[:-1] for c in "。！？!?\n") \
            or total.get("per") or total.get("value") is None:
        return False
    end = ctx.text.find("。", k)
    end = len(ctx.text) if end < 0 else end
    parts = [q for q in ctx.amounts[j + 1:] if k < q["start"] < end]
    if not parts or any(q.get("per") or q.get("value") is None or q.get("unit") != total.get("unit") for q in parts):
        return False
    return sum(Decimal(q["value"]) for q in parts) <= Decimal(total["value"])


_CAP_WHY = "the rate it caps (…按每亩N元给予补助，单个主体最高M万元)"
_CAP_OVERRIDES = (*_WEAK_PURPOSE, "对X给予 before it", "the topic before the verb")


def _caps(records: list[dict], amounts: list[dict], text: str, cues: Cues) -> None:
    """A ceiling right after a rate in the same clause group (对新建冷库按每立方米100元给予补助，
    单个主体最高50万元) caps that rate's payment: it is for the same thing. A cap that states its
    own use (用于, 对X) keeps it."""
    for i, r in enumerate(records):
        q = amounts[i]
        if q.get("qualifier") not in ("at_most", "less_than"):
            continue
        if i == 0:
            if r["purpose"] is None:
                _cap_of_whom(r, text, cues)
            continue
        prev, p = records[i - 1], amounts[i - 1]
        if q.get("per") is not None and p.get("per") is None:
            _cap_of_allocation(r, prev, text)
            continue
        if p.get("per") is None and prev["kind"] != "standard" or prev["purpose"] is None:
            if r["purpose"] is None:
                _cap_of_whom(r, text, cues)
            _cap_of_allocation(r, prev, text)
            continue
        if r["sentence_start"] != prev["sentence_start"] or _CAP_BREAK.search(text, prev["end"], r["start"]):
            if r["purpose"] is None:
                _cap_of_whom(r, text, cues)
            continue
        clause = max(text.rfind(c, prev["end"], r["start"]) for c in "，,、")
        if clause < 0 or not _CAP_HOLDER.fullmatch(text, clause + 1, r["start"]):
            continue                          # the cap's own clause names what it caps
        if r["purpose"] is not None and r["why"]["purpose"] not in _CAP_OVERRIDES:
            continue
        for key in ("purpose", "purpose_start", "purpose_end"):
            r[key] = prev[key]
        r["why"]["purpose"] = _CAP_WHY


def _rates_of_allocation(records: list[dict], amounts: list[dict], text: str) -> None:
    """A rate per receiver in the clause right after an allocation of its sentence, that says
    no use of its own (兑现科技创新奖励资金5600万元，对新认定的专精特新企业每家奖励50万元): the
    rate at which the allocation is paid out, for the same use."""
    for i in range(1, len(records)):
        r, prev, q, p = records[i], records[i - 1], amounts[i], amounts[i - 1]
        if r["purpose"] is not None or r["why"]["purpose"] != RECEIVERS or p.get("per") is not None \
                or prev["purpose"] is None or prev["kind"] not in ALLOCATION_KINDS \
                or r["sentence_start"] != prev["sentence_start"] \
                or _LIST_BREAK.search(text, prev["end"], r["start"]) or _SEMI.search(text, prev["end"], r["start"]):
            continue
        for key in ("purpose", "purpose_start", "purpose_end"):
            r[key] = prev[key]
        r["why"]["purpose"] = "the allocation it pays out at a rate (…资金N万元，对X每家M万元)"


def _cap_of_allocation(r: dict, prev: dict, text: str) -> None:
    """A cap per recipient right after an allocation in its sentence (落实种粮补贴资金1200万元，
    单户补贴最高1.5万元): a cap on what the allocation pays, for the same use."""
    if r["purpose"] is not None or prev["purpose"] is None or prev["kind"] not in ALLOCATION_KINDS \
            or r["sentence_start"] != prev["sentence_start"] or _LIST_BREAK.search(text, prev["end"], r["start"]) \
            or _SEMI.search(text, prev["end"], r["start"]):
        return
    clause = max(text.rfind(c, prev["end"], r["start"]) for c in "，,")
    if clause < 0 or not _CAP_HOLDER.fullmatch(text, clause + 1, r["start"]):
        return
    for key in ("purpose", "purpose_start", "purpose_end"):
        r[key] = prev[key]
    r["why"]["purpose"] = "the allocation it caps per recipient (…资金N万元，单户最高M万元)"


def _cap_of_whom(r: dict, text: str, cues: Cues) -> None:
    """A cap with no rate before it (对X，按投资的30%给予奖补，单个工程最高300万元): for the X of
    the 对 that opens its clause group."""
    seg = max(text.rfind(c, r["sentence_start"], r["start"]) for c in "；;。") + 1
    seg = max(seg, r["sentence_start"])
    clause = max(text.rfind(c, seg, r["start"]) for c in "，,")
    if clause < 0 or not _CAP_HOLDER.fullmatch(text, clause + 1, r["start"]):
        return
    last = None
    for last in _CAP_WHOM.finditer(text, seg, clause + 1):   # (its lookahead needs the comma)
        pass
    if last is None:
        return
    p_s, p_e = last.span("p")
    if text[p_e - 1] == "的":
        p_e -= 1                           # 对新建种植基地的，…: those who build one
    cut = text.rfind("的", p_s, p_e)
    if cut >= 0 and p_e - cut > 2:
        if cues.names_group(text[cut + 1:p_e]):
            p_e = cut                      # 购置收获机的合作社: what they do, not who they are
        else:
            p_s = cut + 1                  # 6个塬区乡镇的集中供水工程 → 集中供水工程
    if p_e - p_s < 2 or cues.names_group(text[p_s:p_e]):
        return
    r["purpose"], r["purpose_start"], r["purpose_end"] = text[p_s:p_e], p_s, p_e
    r["why"]["purpose"] = "what the 对 of its clause group names (a cap)"


def _share_total_purpose(records: list[dict], text: str) -> None:
    """The parts listed before the total they add up to share the total's use: 统筹A资金1.5亿元、
    B资金4280万元和C资金3700万元，共计投入2.3亿元建设X: each part is for X, whatever its
    fund's name says."""
    for i, t in enumerate(records):
        if not t["why"]["purpose"].startswith("after ") or not _TOTAL_BEFORE.search(text, max(0, t["start"] - 8), t["start"]):
            continue
        for r in reversed(records[:i]):
            between = text[r["end"]:t["start"]]
            if r["sentence_start"] != t["sentence_start"] or any(c in between for c in "。；;！？\n") \
                    or len(between) > 40 or _HAS_DIGIT.search(between):
                # 2023年投入800万元，2024年共投入1200万元: not parts of one total
                break
            if r["why"]["purpose"].startswith(_WEAK_PURPOSE) or r["purpose"] is None:
                for key in ("purpose", "purpose_start", "purpose_end"):
                    r[key] = t[key]
                r["why"]["purpose"] = "the use of the total it is part of (A、B和C，共计X用于Y)"
            if r["parts_of"] is None:
                r["parts_of"] = records[i]["start"]     # counted once, in its total
            t = r


def _sources_of_investment(records: list[dict], amounts: list[dict], text: str, cues: Cues) -> None:
    """The funds a project's total investment is drawn from, named in the clause right after it
    and opened by a word that leads a fund (X项目总投资1.35亿元，使用债券资金8000万元; 申请专项债券资金…;
    争取中央资金…: records/cues.tsv `fund_lead`, `receive`): each is a part of the total and, stating
    no use of its own, is for the project too. A clause with a subject of its own (全县今年共争取…)
    or another verb (节约财政资金…) is none."""
    for i in range(1, len(records)):
        t, r = records[i - 1], records[i]
        if t["kind"] != "investment" or t["purpose"] is None or r["purpose"] is not None \
                or r["fund"] is None or r["parts_of"] is not None or r["sentence_start"] != t["sentence_start"]:
            continue
        between = text[t["end"]:r["start"]]
        if len(between) > 30 or any(c in between for c in "。；;！？\n") or _HAS_DIGIT.search(between) \
                or sum(between.count(c) for c in "，,") != 1:
            continue                          # one clause break: the next clause, no other figure
        if not cues.leads_fund(text, r["start"] - len(between.lstrip("，, ")), r["start"]):
            continue                          # 节约财政资金…, 全县今年共争取…: no source of the total
        total, part = amounts[i - 1].get("value"), amounts[i].get("value")
        if total is None or part is None or amounts[i].get("unit") != amounts[i - 1].get("unit") \
                or Decimal(str(part)) >= Decimal(str(total)):
            continue
        for key in ("purpose", "purpose_start", "purpose_end"):
            r[key] = t[key]
        r["why"]["purpose"] = "the project whose total investment it funds (总投资X，使用Y资金Z)"
        r["parts_of"] = t["start"]


_PROGRESS_RIGHT_AFTER = compiled(r"[\s，,]*(?:其中)?(?:全年|年内|当年|今年|截至目前|目前|已|累计|共|已经)*"
                                     r"(?:完成投资|完成|到位资金|到位|拨付)(?:约|近|超过?|达)?")
_TOTAL_INVESTMENT = compiled(r"(?:计划|项目|概算|预计)?总投资(?:约|近|超过?|达)?$")
_PROGRESS = compiled(r"(?:全年|年内|当年|今年|目前|已|累计|共)*(?:完成投资|完成|到位资金|到位|已拨付|拨付)(?:约|近|超过?|达)?$")


def _progress_of_totals(records: list[dict], text: str) -> None:
    """What a project has completed (总投资624亿元，全年完成投资40亿元) is progress within its
    total, not more money: it is marked a part of the total, so a sum counts the total once."""
    for i, r in enumerate(records):
        if r["parts_of"] is not None or not _PROGRESS.search(text, max(0, r["start"] - 12), r["start"]):
            continue
        for t in reversed(records[max(0, i - 3):i]):
            between = text[t["end"]:r["start"]]
            if len(between) > 30 or any(c in between for c in "。；;\n"):
                break
            if _TOTAL_INVESTMENT.search(text, max(0, t["start"] - 10), t["start"]) \
                    and _PROGRESS_RIGHT_AFTER.fullmatch(between):
                r["parts_of"] = t["start"]
                break


def _clause_end(text: str, pos: int) -> int:
    """Where the clause from `pos` ends (the next ，；。 or line break)."""
    m = _CLAUSE_STOP.search(text, pos)
    return m.start() if m else len(text)


_CLAUSE_STOP = compiled(r"[，,；;。！？!?\n]")


def _segment_break(text: str, prev_end: int, lo: int) -> bool:
    return any(ch in "；;。\n" for ch in text[prev_end:lo])


def _per_noun(per: str | None) -> str | None:
    """The noun a rate is counted per (户·年 → 户), or None for a time-only rate."""
    head = (per or "").split("·")[0]
    return head if head and not _TIME_PER.fullmatch(head) else None


_RESTATED_FIELDS = ("kind", "purpose", "purpose_start", "purpose_end", "fund", "_fund", "beneficiary",
                    "_beneficiary", "agency", "agency_start", "place", "adcode", "place_start", "year",
                    "period", "parts_of", "finding", "growth")


def _restatements(records: list[dict]) -> None:
    """An amount written again in the parentheses after it (壹拾贰万元整（￥120,000.00）) is the
    same money: it takes the fields of the amount it restates, and its noise says so, so that
    a sum counts the money once."""
    by_start = {r["start"]: r for r in records}
    for r in records:
        first = by_start.get(r["_q"].get("restates")) if r.get("_q") else None
        if first is None:
            continue
        for key in _RESTATED_FIELDS:
            if key in first:
                r[key] = first[key]
        r["why"] = dict(first["why"])
        r["noise"] = r["noise"] or "restatement"


def _sources_state_no_use(records: list[dict], cues) -> None:
    """A purpose that only names where the money comes from (社会资本, 群众投劳折资, 州县配套:
    cues.tsv role `source`) when no rule found the use it serves: the amount states no use. (Loans
    and debts keep theirs: 新增融资N亿元 is the financing itself.)"""
    for r in records:
        if r["purpose"] is not None and r["why"]["purpose"] == "the noun the amount measures" \
                and r["kind"] not in ("credit", "debt") \
                and cues.is_source(r["purpose"]) and not cues.is_fund(r["purpose"]):
            r["purpose"] = r["purpose_start"] = r["purpose_end"] = None
            r["why"]["purpose"] = "the noun names where the money comes from (社会资本, 自筹), not its use"


#: kinds of money that is no allocation and pays for nothing: an output or an income (产值, 户均
#: 增收, 我家茶园卖了3万多元). (Not a trade: the seeds annotate what is traded, 排污权交易额; nor a
#: claim or a loan, which the corpus' conventions leave open.)
NO_USE_KINDS = ("output",)


def _no_use_of_kind(records: list[dict]) -> None:
    """The corpus gives no purpose to an output, an aggregate (its README; 7 of 7 on dev, 448 of
    448 in the fresh set): the words before such an amount (产值, 茶园卖了) name what it measures,
    not a use."""
    for r in records:
        if r["purpose"] is not None and r["kind"] in NO_USE_KINDS \
                and not (isinstance(r.get("purpose_start"), int) and r["purpose_start"] > r["start"]):
            # (村里用光伏收益18万元修缮排水渠: a use said after it, the income is spent)
            r["purpose"] = r["purpose_start"] = r["purpose_end"] = None
            r["why"]["purpose"] = f"a kind of money that pays for nothing ({r['kind']})"


def _purposes_without_rate_words(ctx: _Doc, records: list[dict], cues: Cues) -> None:
    """A purpose read from the words before an amount holds no rate's denominator and no other
    amount: 每个社区基础奖励3万元 → 基础奖励, 单户年贴息额 → 贴息额 (per 户), 厕具更换每户补助 → 厕具更换,
    困难党员慰问 4,800.00（每户300元） → 困难党员慰问. A phrase left with fewer than two characters or
    only a generic word is not cut."""
    text = ctx.text
    for r in records:
        a, b = r.get("purpose_start"), r.get("purpose_end")
        if not isinstance(a, int) or r["purpose"] is None:
            continue
        k = bisect_right(ctx.amount_starts, b - 1) - 1      # an amount the purpose ends in or at
        if k >= 0 and ctx.amount_starts[k] > a and ctx.amount_ends[k] >= b and ctx.amount_starts[k] < r["start"]:
            b = ctx.amount_starts[k]
            while b > a and text[b - 1] in " \t\u3000":
                b -= 1
        figure = _TRAILING_FIGURE.search(text, a, b)
        if figure is not None:
            b = figure.start()                              # 困难党员慰问 4,800.00: a figure of another column
        noun = _per_noun(r.get("per") or (r.get("_q") or {}).get("per"))
        if noun is not None:
            lead = _RATE_LEAD.match(text, a, b)
            if lead is not None and text.startswith(noun, lead.end()):
                cut = lead.end() + len(noun)
                cut = _YEAR_LEAD.match(text, cut, b).end()
                if not cues.starts_with_unit(text, cut, b):
                    a = cut                                 # 每个社区|基础奖励 (not 每个项目|村奖补)
            inner = text.find("每" + noun, a + 2, b)
            if inner < 0:
                inner = text.find("每个" + noun, a + 2, b)
            if inner >= 0:
                b = inner                                   # 厕具更换|每户补助
        if (a, b) != (r["purpose_start"], r["purpose_end"]) and b - a >= 2 \
                and not cues.generic(text[a:b]) and _HAN_CHAR.search(text, a, b):
            r["purpose"], r["purpose_start"], r["purpose_end"] = text[a:b], a, b
            r["why"]["purpose"] += ", without the rate's words or another amount"


# a figure written with decimals or thousands separators after a space, ending a phrase
_TRAILING_FIGURE = compiled(r"[ \t\u3000]+[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?$(?<=[.．,，][0-9０-９]+)")
# what opens a phrase named per unit (每个村, 单个主体, 单户)
_RATE_LEAD = compiled(r"每个?|单个|单")
_YEAR_LEAD = compiled(r"(?:每?年度?)?")


def _purposes_without_their_place(ctx: _Doc, records: list[dict]) -> None:
    """A purpose that is a county, city or province written with its suffix and a short sector
    word before 投入, 支出 or 投资 (镇坪县教育投入2.6亿元, 某县民生支出): the sector; the place is
    the record's place. A facility or a project a place's name opens (用于灵川县图书馆), and a
    longer phrase after the place, stay whole."""
    for r in records:
        a, b = r.get("purpose_start"), r.get("purpose_end")
        if not isinstance(a, int) or r["purpose"] is None:
            continue
        k = bisect_left(ctx.usable_starts, a)
        if k == len(ctx.usable) or ctx.usable_starts[k] != a:
            continue
        place = ctx.usable[k]
        if place.get("level") in ("county", "city", "province") and _ADMIN_SUFFIX_END.search(place["text"]) \
                and 2 <= b - place["end"] <= 4 and _FISCAL_HEAD.match(ctx.text, b) \
                and not _between(ctx.usable, ctx.usable_starts, place["end"], b) \
                and _HAN_ONLY.fullmatch(ctx.text, place["end"], b):
            r["purpose"], r["purpose_start"] = ctx.text[place["end"]:b], place["end"]
            r["why"]["purpose"] += ", without the place it opens with"


_ADMIN_SUFFIX_END = compiled(r"[省市县区州旗盟]$")
# what a place's sector is measured by (某县教育投入, 某县民生支出); not a facility or a project
# a place's name opens (用于灵川县图书馆)
_FISCAL_HEAD = compiled(r"(?:支出|投入|投资)")


def _without_place_cells(text: str, phrase: Found, spans: list[tuple[int, int]]) -> Found:
    """A row label of several cells without the cells before its last that are only places
    (高定村 高定屯茶叶加工厂房 → 高定屯茶叶加工厂房: the village column, then the item)."""
    cells = list(_CELL_RUN.finditer(text, phrase.start, phrase.end))
    while len(cells) > 1 and _only_places(text, Found(cells[0].start(), cells[0].end(), cells[0].group(), ""), spans):
        cells = cells[1:]
    if cells and cells[0].start() > phrase.start:
        return Found(cells[0].start(), phrase.end, text[cells[0].start():phrase.end], phrase.why)
    return phrase


_CELL_RUN = compiled(r"[^\s]+")


def _restates(ctx: _Doc, part: dict, total: dict, siblings: list[dict] = ()) -> bool:
    """Does a part of a 其中 breakdown name only its level or place and its total's own thing
    (补偿资金1.18亿元，其中省级补偿6800万元、龙岩市补偿5000万元; 公益林生态效益补偿资金…，其中国家级公益林
    每亩16元): the level or place is where the money comes from or goes, the use is the total's.
    Not where the total joins several uses (建设和养护资金…，其中县级养护) or its parts name different
    pieces of it (文化旅游资金…，其中市级旅游…、县级文化…): each names its own."""
    rest = _restated(ctx, part, total)
    return rest is not None and all(_restated(ctx, x, total) == rest for x in siblings)


def _restated(ctx: _Doc, part: dict, total: dict) -> str | None:
    """What a part of a breakdown names after its level or place, when its total's use or fund
    holds it and joins no several uses; else None."""
    s, e = part.get("purpose_start"), part.get("purpose_end")
    whole = " ".join(x for x in (total.get("purpose"), total.get("fund")) if x)
    if s is None or e is None or not whole or _JOINED_USES.search(whole):
        return None
    at = s
    for ps, pe in ctx.place_spans:
        if ps == at and pe <= e:
            at = pe
    m = _LEVEL_WORD.match(ctx.text, at, e)
    if m:
        at = m.end()
    rest = ctx.text[at:e]
    return rest if at > s and len(rest) >= 2 and rest in whole else None


_JOINED_USES = compiled(r"[和及与、]")
#: what opens a finding's clause before its doer (审计发现：, 1., 二是, （三）)
_FINDING_START = compiled(rf"[ \u3000]*(?:审计(?:还)?发现[，,：:]?)?(?:{SECTION_NUMBER}|[一二三四五六七八九十]+是)?[ \u3000]*")
#: 对X…(进行了)审计, the sentence of an audit report that names what it audits
_AUDITED = compiled(r"对(?P<x>[^。；;！？!?\n]{2,60}?)(?:进行了?|开展了?|实施了?)?(?:专项)?审计(?!局|厅|署|组|办|机关|部门)")
#: a level of government written before what it pays (省级, 县级, 中央, 本级 …)
_LEVELS = r"(?:中央|国家级?|省级?|市级?|县级?|区级|乡级|镇级|村级|本级|上级|自治区级?|地方)"
_LEVEL_WORD = compiled(rf"{_LEVELS}(?:财政)?")


def _only_places(text: str, phrase: Found, spans: list[tuple[int, int]]) -> bool:
    """Is the phrase only place names and punctuation (东山镇(红旗村、前进村))?"""
    k = bisect_right(spans, (phrase.start, 10 ** 9)) - 1
    at = phrase.start                    # what the spans so far cover reaches here
    for j in range(max(0, k - 8), len(spans)):
        s, e = spans[j]
        if s >= phrase.end:
            break
        if s > at and _HAN_CHAR.search(text, at, s):
            return False                 # a Chinese character between two names
        at = max(at, e)
    return at >= phrase.end or not _HAN_CHAR.search(text, at, phrase.end)


def _growth(ctx: _Doc, e: int, c_end: int, bounds: list, k: int) -> str | None:
    """The growth rate stated beside an amount (…亿元，增长6.2%; 下降2.3%: negative), as a
    decimal string of percent."""
    hi = bounds[k + 1][1] if k + 1 < len(bounds) else c_end
    j = bisect_left(ctx.percent_starts, e)
    if j >= len(ctx.percents) or ctx.percents[j]["start"] >= hi:
        return None
    p = ctx.percents[j]
    if _has_amount(ctx, e, p["start"]) or p.get("unit") != "%" or p.get("value") is None:
        return None
    cue = _GROWTH.search(ctx.text, max(e, p["start"] - 12), p["start"])
    if not cue:
        return None
    value = str(p["value"])
    return value if cue.group("down") is None or value.startswith("-") else "-" + value


def _published_year(text: str, article: dict | None) -> int | None:
    """The year of the date an article is published under (a date line or a byline with a
    date: 2020-07-08 19:13, 发布时间：2022-9-6, 2017年08月26日), read near its start."""
    if not article:
        return None
    lo = article["start"]
    m = _PUB_DATE.search(text, max(0, lo - 80), min(article["end"], lo + 260))
    return int(m.group("y")) if m else None


def _work_report_year(ctx: _Doc, article: dict | None) -> int | None:
    """The year a government work report's title states (2025年X县人民政府工作报告): the year it
    is delivered in, early in that year, when it looks back on the year before."""
    head = (article or {}).get("headline")
    if not head:
        return None
    key = ("work report year", head["start"])
    if key not in ctx.memo:
        m = _WORK_REPORT_TITLE.search(ctx.text, head["start"], head["end"])
        ctx.memo[key] = int(m.group("y")) if m else None
    return ctx.memo[key]


def _reviewed_year(ctx: _Doc, article: dict | None, date: dict, s: int) -> int | None:
    """The year before a government work report's own, for an amount of its review: the last year
    stated before the amount is the title's, and the report's plan for its own year (新的一年,
    今年的主要目标, 2025年工作安排) has not begun yet. None otherwise."""
    year = _work_report_year(ctx, article)
    head = (article or {}).get("headline")
    if year is None or _year(date) != year or not head["start"] <= date["start"] < head["end"]:
        return None
    key = ("plan part", head["end"])
    if key not in ctx.memo:
        plan = _PLAN_PART.search(ctx.text, head["end"], article["end"]) if article else None
        ctx.memo[key] = plan.start() if plan else len(ctx.text)
    return year - 1 if s < ctx.memo[key] else None


def _is_report(article: dict | None) -> bool:
    """Is the article a budget or final-account report presented to a congress (its title or
    subtitle says so)? Its figures are the government's, not the presenting bureau's."""
    if not article:
        return False
    title = " ".join((article.get(k) or {}).get("text") or "" for k in ("headline", "subtitle"))
    return bool(_REPORT_TITLE.search(title))


def _budget_owner(ctx: _Doc, article: dict | None) -> dict | None:
    """The government body whose own budget or final accounts an article publishes (its
    headline: 某县教育局2024年部门预算公开说明, 某市农业农村局2023年度部门决算), if any; a
    government's budget report (本级预算) has none."""
    head = (article or {}).get("headline")
    if not head:
        return None
    key = ("budget_owner", head["start"])
    if key not in ctx.memo:
        owner = None
        dept = _DEPARTMENT_BUDGET.search(ctx.text, head["start"], head["end"])
        if dept is not None:
            hits = [a for a in _between(ctx.gov, ctx.gov_starts, head["start"], dept.start()) if a.get("canonical")]
            owner = hits[-1] if hits else None
        ctx.memo[key] = owner
    return ctx.memo[key]


_DEPARTMENT_BUDGET = compiled(r"(?:部门|单位)(?:[0-9]{4}年度?)?(?:预算|决算)")


def _byline_agency(ctx: _Doc, article: dict | None) -> dict | None:
    """The government body an article's byline names (某县财政局 | 张三), if any."""
    if not article or not article.get("byline"):
        return None
    b = article["byline"]
    if _SOURCE_LINE.match(b.get("text") or ""):
        return None                        # 来源：某局 names where a page was taken from, not its author
    if _is_report(article):
        return None                        # a budget report a bureau presents states the government's figures
    hits = [a for a in _between(ctx.gov, ctx.gov_starts, b["start"], b["end"]) if a.get("department") != "审计"]
    return hits[0] if hits else None


_REPORT_TITLE = compiled(r"(?:预算|决算|财政收支|执行情况)[^。]{0,30}报告|报告[^。]{0,6}(?:会议|大会)|在[^。]{0,30}会议上")
_SOURCE_LINE = compiled(r"\s*(?:来源|稿源|出处|信息来源|文章来源|发布|作者|[0-9]{4})")


def _article_of(ctx: _Doc, s: int) -> dict | None:
    k = bisect_right(ctx.art_starts, s) - 1
    if k >= 0 and ctx.articles[k]["start"] <= s < ctx.articles[k]["end"]:
        return ctx.articles[k]
    return None


_LIST_GLUE = compiled(r"[、，,和及与\s]*")
_FAR_APART = "several places of different provinces (卢氏县、舟曲县; 河南、云南、甘肃3省): no one place"


def _far_apart(ctx: "_Doc", places: list[dict]) -> bool:
    """Does the list name two or more places of one level in different provinces, so that no
    place below the country holds them (河南、云南、甘肃3省; 卢氏县、舟曲县)? Places inside an
    organization's name (利川市丰泽商贸有限公司) do not count."""
    coded = [p for p in places if p.get("adcode") and p.get("level") in ("province", "city", "county", "zone")
             and not any(o["start"] <= p["start"] and p["end"] <= o["end"]
                         for o in _between(ctx.orgs, ctx.org_starts, p["start"] - 40, p["end"]))]
    levels = {p["level"] for p in coded}
    if len(levels) != 1 or len({p["adcode"][:2] for p in coded}) < 2:
        return False
    # a list (A、B和C): not a giver and a receiver (宁波帮扶黔西南州)
    return all(_LIST_GLUE.fullmatch(ctx.text, a["end"], b["start"]) for a, b in zip(coded, coded[1:]))


def _common_parent(places: list[dict], usable: list[dict]) -> dict | None:
    """For two or more different places of one level (A县、B县、C县3县; 阿坝州、绵阳市两地; A镇、
    B镇; villages), the county, city or province that holds them all, as a place dict; None
    otherwise."""
    towns = [p for p in places if p.get("level") in ("township", "village") and p.get("adcode")]
    if len({(p.get("township_code") or p["text"], p["level"]) for p in towns}) >= 2 \
            and len({p["adcode"] for p in towns}) == 1 \
            and all(p.get("level") in ("township", "village") or p.get("adcode") == towns[0]["adcode"] for p in places):
        return _holding_place(towns[0]["adcode"], "county", towns)   # 贾宋、和阳和史召三个乡镇: their county
    coded = [p for p in places if p.get("adcode") and p.get("level") in ("county", "city", "zone")]
    codes = {p["adcode"] for p in coded}
    if len(codes) < 2 or len({p["level"] for p in coded}) != 1:
        return None
    if len({c[:4] for c in codes}) == 1 and coded[0]["level"] != "city":
        code = next(iter(codes))[:4] + "00"
    elif len({c[:2] for c in codes}) == 1:
        code = next(iter(codes))[:2] + "0000"
    else:
        return None
    return _holding_place(code, "city" if not code.endswith("0000") else "province", coded)


def _total_row_place(ctx: "_Doc", q: dict) -> tuple[dict | None, str] | None:
    """The place of a table's total row (合计 2852.2 under rows by county): the place that
    holds the rows' places (their county, city or province), with its reason; None when the
    amount is no total row's or no one place holds its rows. The rows are the lines with
    figures right above it."""
    text = ctx.text
    if q.get("row_start") is None or not _ROW_TOTAL_WORD.search(text, q["row_start"], q.get("row_end") or q["row_start"]):
        return None
    end = text.rfind("\n", 0, q["row_start"])
    lo = end
    while lo > 0:
        prev = text.rfind("\n", 0, lo) + 1
        if not _HAS_DIGIT.search(text, prev, lo):
            break                                          # the header or the table's title
        lo = prev - 1
    rows = [p for p in _between(ctx.usable, ctx.usable_starts, max(lo, 0), max(end, 0))
            if p.get("adcode") and p.get("level") in ("city", "county", "zone", "township", "village")]
    if len({(p.get("township_code") or p["adcode"], p["level"]) for p in rows}) < 2:
        return None
    common = _common_parent(rows, ctx.usable)
    return (common, "the place that holds its table's rows (a total row)") if common is not None else None


def _top_places(places: list[dict]) -> list[dict]:
    """The places of the highest of the levels city and county that `places` hold (the cities
    of an article that names cities and their counties)."""
    for level in ("city", "county"):
        top = [p for p in places if p.get("level") == level and p.get("adcode")]
        if top:
            return top
    return []


def _holding_place(code: str, level: str, held: list[dict]) -> dict:
    """The place dict of the unit `code` that holds the places `held`, spanning them."""
    from .gazetteer import default_gazetteer          # loaded once per process, read-only
    unit = default_gazetteer().units.get(code)
    name = unit.name if unit is not None else None
    return {"start": held[0]["start"], "end": held[-1]["end"], "text": name, "full_name": name,
            "adcode": code, "level": level}


# a part of a total named by the level of government that bears it (县级财政承担, 上争省级, 中央)
_LEVEL_SHARE = compiled(rf"(?:争取|上争|申请|下达)?{_LEVELS}"
                        r"(?:财政|政府)?(?:资金|补助|配套)?(?:承担|负担|配套|安排|投入|补助|出资)?")
# a lead that speaks of many places at once, or of the whole country (对27个欠发达县的审计, 12个城市,
# 全国, 各省, 中央财政拨付的资金)
_MANY_UNITS = compiled(r"[0-9０-９一二三四五六七八九十两百]+个(?:\p{Han}{0,10}?)(?:省|市|县|区|乡镇|地区|城市)"
                       r"|全国|各省|各地区|各市县|中央(?:财政|预算)|财政部")
#: how far into an article its own place is named (headline and lead)
_LEAD_SPAN = 200


def _article_place(in_article):
    # (a place the gazetteer could not resolve, 经开区 alone, is no article's main place)
    local = in_article
    in_article = [p for p in in_article if p.get("level") in ("county", "city", "province", "zone") and p.get("adcode")]
    if not in_article:
        # a township's own report or notice (某镇2021年度镇财政决算…): its township, where the
        # article names places of one county only, and townships among them
        local = [p for p in local if p.get("level") in ("township", "village") and p.get("adcode")]
        if local and len({p["adcode"] for p in local}) == 1 and any(p["level"] == "township" for p in local):
            return next(p for p in local if p["level"] == "township")
        return None
    counts: dict[str, int] = {}
    for p in in_article:
        key = p.get("adcode") or p["text"]
        counts[key] = counts.get(key, 0) + _RANK.get(p["level"], 0)
    best = max(counts.values())
    main = next(p for p in in_article if counts[p.get("adcode") or p["text"]] == best)
    tied = {p["adcode"][:2] for p in in_article if p.get("adcode") and counts[p["adcode"]] == best}
    if len(tied) > 1:
        return None                 # 19个县: places of several provinces, none the article's own
    tied_cities = [p for p in in_article if p["level"] == "city" and counts[p["adcode"]] == best]
    if len({p["adcode"] for p in tied_cities}) > 1 and main["level"] == "city":
        # 支持白山市、四平市等地…: a province's cities named as equals — the article is the province's
        return _holding_place(main["adcode"][:2] + "0000", "province", tied_cities)
    tied_counties = {p["adcode"] for p in in_article if p["level"] == "county" and counts[p["adcode"]] == best}
    if main["level"] == "county" and in_article[0].get("adcode") != main["adcode"]:
        # 建阳区…、浦城县…、顺昌县…、光泽县…: three or more of a city's counties named about as
        # often (within a third of the first) — the article is the city's, where it names the city
        # (not where it opens on the county it is about)
        near = {p["adcode"] for p in in_article if p["level"] == "county" and p["adcode"][:4] == main["adcode"][:4]
                and 3 * counts[p["adcode"]] >= 2 * best}
        if len(near) >= 3:
            tied_counties = near
    if len(tied_counties) > 1 and len({c[:4] for c in tied_counties}) == 1:
        # 金坛区…；武进区…；新北区…: a city's districts listed as equals — the article is the city's
        city = next((p for p in in_article if p["level"] == "city" and p["adcode"][:4] == next(iter(tied_counties))[:4]), None)
        if city is not None:
            return city
    zones = [p for p in in_article if p["level"] == "zone" and main.get("adcode") and p.get("parent") == main["adcode"]]
    counties = [p for p in in_article if p["level"] == "county" and main.get("adcode") and p.get("adcode")
                and p["adcode"][:4] == main["adcode"][:4] and p["adcode"] != main["adcode"]]
    # a city's zone is the article's place when the article is about the zone, not when it
    # lists the city's districts and the zone among them (广陵区…；邗江区（不含开发区）…；开发区…)
    return zones[0] if zones and not counties else main


def _noise_kind(ctx: _Doc, pos: int) -> str | None:
    k = bisect_right(ctx.noise_starts, pos) - 1
    for s, e, kind in ctx.noise[max(0, k - 2):k + 1]:
        if s <= pos < e:
            return kind
    return None


def _next_clause(text: str, bounds: list, k: int) -> int:
    """The index of the clause after clause `k`, past clauses that only give a rate (增长12.8%,
    占40%); len(bounds) when there is none."""
    nxt = k + 1
    while nxt < len(bounds) and _RATE_CLAUSE.fullmatch(text, *bounds[nxt]):
        nxt += 1
    return nxt


def _time_between(ctx: _Doc, lo: int, hi: int) -> bool:
    """Whether another time word (_OTHER_TIME) lies in text[lo:hi]. The first one from `lo` is
    looked up once per `lo`, so that many amounts after one opener cost no rescans."""
    key = ("other time", lo)
    if key not in ctx.memo:
        ctx.memo[key] = _OTHER_TIME.search(ctx.text, lo)
    m = ctx.memo[key]
    if m is None or m.start() >= hi:
        return False
    return m.end() <= hi or _OTHER_TIME.search(ctx.text, m.start(), hi) is not None


def _between(items: list[dict], starts: list[int], lo: int, hi: int) -> list[dict]:
    """Items (sorted by start, `starts` their starts) with lo <= start < hi."""
    return items[bisect_left(starts, lo):bisect_left(starts, hi)]


def _past_places(ctx: _Doc, pos: int, hi: int) -> int:
    """Past 在/于 and the places after it (在椒园镇、沙道沟镇实施…): where the clause's verb may
    start; `pos` itself when the clause opens otherwise."""
    text = ctx.text
    if text[pos:pos + 1] not in ("在", "于"):
        return pos
    at, moved = pos + 1, False
    while at < hi:
        end = ctx.skip_to.get(at)
        i = bisect_left(ctx.place_spans, (at, 0))
        if end is None or end > hi or i >= len(ctx.place_spans) or ctx.place_spans[i][0] != at:
            break                                 # (a place, not a body or a date, starts here)
        at, moved = end, True
        if text[at:at + 1] in ("、", "和", "及", "与"):
            at += 1
    if not moved:
        return pos
    if text.startswith("等地", at):
        at += 2
    elif text.startswith("等", at):
        at += 1
    return at


@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset, frozenset]:
    """The surnames of data/places/surnames.txt: single characters, compound ones."""
    from pathlib import Path
    from .cleaning import data_file
    from .lexicon import read_lines
    names = read_lines(data_file(Path(__file__).parent / "data" / "places", "surnames.txt"))
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


#: a village group written by its number (三组, 第2村民小组, 一社, 5队)
_GROUP_NUMBER = compiled(r"第?[0-9０-９一二三四五六七八九十]{1,3}(?:村民小组|小组|组|社|队)")


#: reasons whose purpose is read before a list of rates, for the whole list
_LIST_SUBJECT_REASONS = ("what is paid at the rate", "what the standard is of")


_MASKED_NAME = compiled(r"\p{Han}{1,2}[*＊×Ｘ]{1,3}\p{Han}{0,2}")


def _line_cells(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The cells of a table's line with their offsets, as the quantity grammar's table reader
    splits it (tabs with their empty cells, bars, runs of spaces, else single spaces)."""
    return [(c, s, e) for c, s, e, _ in row_tokens(text[lo:hi], lo)[0]]


def _amount_as_cell(row: list[tuple[str, int, int]], start: int, end: int) -> list[tuple[str, int, int]]:
    """A row's cells with the amount text[start:end] as one cell: a figure written with spaces
    between its thousands (182 400) is split by a table read on single spaces."""
    inside = [i for i, (_, s, e) in enumerate(row) if start <= s and e <= end]
    if len(inside) < 2:
        return row
    merged = ("".join(row[i][0] for i in inside), row[inside[0]][1], row[inside[-1]][2])
    return row[:inside[0]] + [merged] + row[inside[-1] + 1:]


def _field_cells(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """The whitespace-parted fields of text[lo:hi] with their offsets."""
    return [(m.group(), m.start(), m.end()) for m in _FIELD.finditer(text, lo, hi)]


_LINE = compiled(r"[^\n]+")
# a section or sentence about the year before the article's (过去一年，…; 去年全县…), or the new
# year that ends it; not a comparison's base (比去年, 去年同期)
_PAST_YEAR = compiled(r"(?<![比较同与于如像跟])(?:过去的?一年(?!的)|去年(?!同期|同比|的|一样|水平)|上一年(?!度?同期)|新的一年)")
# another time between a past-year opener and the amount (今年, 明年, 将, 计划, 目前, 一季度, 8月底)
_OTHER_TIME = compiled(r"今年|本年|明年|近日|日前|近期|最近|现已|新的?一年|将|计划|拟|下一步|目前|截至|[一二三四]季度|[0-9０-９]{1,2}月|年内|同期|相比|水平")
# what makes a span of years the one an audit covers (对…2021年至2023年…进行了审计, 任期)
_AUDIT_SCOPE = compiled(r"审计|任期|抽查|检查")
# a span of months across years (2020年1月至2023年6月)
_MULTI_YEAR = compiled(r"([0-9]{4})年?[^至到—\-－~～。，,；;\n]{0,6}[至到—\-－~～]+\s*(?!\1)[0-9]{4}年")
# money passed on to lower levels (其中下达县区转移支付, 对下转移支付, 对县市转移支付): no revenue
_SENT_DOWN = compiled(r"下达|下拨|对下|对[\p{Han}]{0,3}(?:县|市|区|乡|镇)|补助下级|转贷")
# a clause that only says who speaks (相关负责人介绍, 记者了解到; not 线路介绍, 道路名称, 政策解说)
_REPORTING_END = compiled(r"(?:负责人|负责同志|局长|主任|书记|记者|工作人员|人士|专家)[^，,。]{0,4}?"
                            r"(?:介绍|表示|指出|透露|称|说|了解到|获悉|强调)$")
# a phrase that opens with the bare fund word or a particle: what happened to the money, or a
# fragment (资金管理使用情况, 资金未兑付给…, 经费已拨付, 的种植户), never its use
_FUND_LEAD = compiled(r"(?:资金|经费|款项)(?:未|尚未|已|仍|被|管理使用|使用情况|调整|闲置|滞留)|的")
# the reasons for a year that the amount's own sentence, table column or header line gives
#: a preposition before the one who gets money (向长兴县下达, 给各村拨付)
_TO_WHOM = frozenset("向给对为至到")


def _receivers(text: str, places: list[dict]) -> list[dict]:
    """The places written after 向/给/至…, the places listed after them (向长兴县、德清县和安吉县)
    and those written right after them (向石佛乡白庙村): who gets money, not who gives it."""
    out: list[dict] = []
    for k, p in enumerate(places):
        before = text[p["start"] - 1:p["start"]]
        if before in _TO_WHOM or (out and out[-1] is places[k - 1] and (
                out[-1]["end"] == p["start"] or before in "、和及与，," and out[-1]["end"] == p["start"] - 1)):
            out.append(p)
    return out


_COLUMN_KIND_WHY = "the measured noun of its table column"


def _place_level(ctx: "_Doc", r: dict) -> str | None:
    """The level of the place a record's place was read from (a township carries its county's
    code: the level tells them apart)."""
    at = r.get("place_start")
    if at is None:
        return None
    places = _between(ctx.usable, ctx.usable_starts, at, at + 1)
    return _level(places[0]) if places and places[0]["start"] == at else None


def _level(place: dict) -> str | None:
    """The level of a place or of a body's place."""
    return place.get("level") or (place.get("place") or {}).get("level")
# what a sentence summing up a year states (完成, 实现, 达到, 超, 增长 …), and what a plan states
_RESULT_WORD = compiled(r"完成|实现|达到|达|超过?|突破|增长|下降|累计|共计|同比")
_PLAN_WORD = compiled(r"计划|将|预计|拟|力争|预算|目标|之年|要|确保")
_UNDATED_THIS_YEAR = "this year (今年) of an undated article: unknown"
#: a year that opens its sentence as the topic of a summary (…。2023年，全县…; 记者 X）2023年，)
_YEAR_TOPIC = compiled(r"(?:度|全年)?[，,]")
_SENTENCE_OPEN = compiled(r"(?:^|[。！？!?\n）)】])[ \t　]*$")


_OWN_YEAR_REASONS = ("a date of its sentence", "this year, of the article's date (今年)", "the year its table column names",
                     "the year its column names on a header line of years")
_BAR_CELLS = compiled(r"[|｜][^|｜\n]+[|｜]")
# the balance of an account (本期结余, 期末结存, 余额): neither income nor spending
_BALANCE = compiled(r"结余|结存|余额")


def _person_name(cell: str) -> bool:
    """A table cell that is a person's name: a surname and one or two characters (韦金凤,
    黄某某, 欧阳明), never a word with a unit or item ending."""
    singles, doubles = _surnames()
    if _MASKED_NAME.fullmatch(cell):
        return True                          # 王*明, 马**: a name masked in a published list
    if not 2 <= len(cell) <= 4 or not _HAN_ONLY.fullmatch(cell) or _ITEM_END.search(cell):
        return False
    return (cell[:2] in doubles and len(cell) <= 4) or (cell[0] in singles and len(cell) <= 3)


def _examples_of_more(text: str, places: list[dict]) -> set[tuple[int, int]]:
    """Places named as examples of more (海原县、原州区、同心县等19个重点县; 甘州、临泽等地): the
    money of their sentence is of all of them, not of the ones named."""
    spans = sorted((p["start"], p["end"]) for p in places)
    starts = {s: e for s, e in spans}
    out: set[tuple[int, int]] = set()
    i = 0
    while i < len(spans):
        run = [spans[i]]
        while True:
            end = run[-1][1]
            sep = _RUN_SEP.match(text, end)
            nxt = sep.end() if sep else end
            if nxt in starts and (sep or nxt == end) and (nxt, starts[nxt]) != run[-1]:
                run.append((nxt, starts[nxt]))
                continue
            break
        if _MORE_THAN_NAMED.match(text, run[-1][1]):
            out.update(run)
        i += len(run)
    return out


def _in_dateline(text: str, p: dict) -> bool:
    """新华社拉萨8月5日电, 央广网西宁3月8日消息, 恩施网讯: where the reporter files from, not where
    any money goes."""
    return bool(DATELINE_BEFORE.search(text, max(0, p["start"] - 3), p["start"])
                and DATELINE_AFTER.match(text, p["end"])) or bool(OUTLET_DATELINE_AFTER.match(text, p["end"]))


def _base_year(text: str, d: dict) -> bool:
    """A year an amount is compared with (是2021年的2.6倍, 比2020年, 与2019年相比), not the year
    of any amount (比上年同期增长: nor a relative one); 较2022年的1.82亿元 names the amount of
    that year."""
    if _BASE_YEAR_AFTER.match(text, d["end"]):
        return True
    return not _AMOUNT_OF_YEAR.match(text, d["end"]) and _compared_year(text, d)


def _compared_year(text: str, d: dict) -> bool:
    """Is the date a year something is compared with (比2021年, 较2022年的1.82亿元)? Such a year
    names at most the amount right after it, never the article's time."""
    return bool(_BASE_YEAR_BEFORE.search(text, max(0, d["start"] - 2), d["start"]))


def _names_another_amount(text: str, d: dict, s: int) -> bool:
    """A compared year naming the amount right after it (较2022年的1.82亿元), when the amount at
    `s` is another one (…增加2200万元: the change is of the year compared to it)."""
    return _compared_year(text, d) and _AMOUNT_OF_YEAR.match(text, d["end"]) is not None \
        and s > d["end"] + (text[d["end"]:d["end"] + 1] == "的")


def _row_year(ctx: _Doc, q: dict) -> int | None:
    """The year of a table cell whose header names its columns' years on a line of their own
    (2020年 2021年 2021年 / 完成数 预算数 完成数 / 49,171 51,385 51,385 100.00%): the k-th amount
    of a row holding as many amounts as the line has years takes the k-th year; None otherwise."""
    text, s = ctx.text, q["start"]
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", s)
    hi = len(text) if hi < 0 else hi
    row = _between(ctx.amounts, ctx.amount_starts, lo, hi)
    key = ("year line", lo)
    if key not in ctx.memo:
        years, at, seen = None, lo, 0
        while at > 0 and seen < 10 and years is None:
            prev = text.rfind("\n", 0, at - 1) + 1
            line = text[prev:at - 1]
            if "。" in line or "；" in line:
                break
            m = _YEAR_LINE.fullmatch(line)
            if m is not None:
                years = [int(y) for y in _COLUMN_YEAR.findall(line)]
            at, seen = prev, seen + 1
        ctx.memo[key] = years
    years = ctx.memo[key]
    if not years or len(row) != len(years):
        return None
    k = next((i for i, a in enumerate(row) if a["start"] == s), None)
    return years[k] if k is not None else None


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


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """The linker with the packaged vocabulary, built once per process (it holds no per-call
    state, so threads share it)."""
    return Linker(purpose_model="default")
