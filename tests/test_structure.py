"""Cleaning, articles and sentences on the seeds, against the hand-made lists in tests/data/."""
import json
from collections import defaultdict

import pytest

from policyie.cleaning import TextView

from conftest import DATA, ROOT


def _articles_gold():
    arts, noise = defaultdict(list), {}
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if "noise" in d:
            noise[d["doc_id"]] = d["noise"]
        else:
            arts[d["doc_id"]].append(d)
    return arts, noise


ARTICLES, NOISE = _articles_gold()


@pytest.fixture(scope="module")
def seed_docs(nlp):
    return {doc_id: nlp((ROOT / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")) for doc_id in ARTICLES}


def _found(doc, gold_article):
    start = gold_article["headline_start"] if gold_article["headline"] else gold_article["body_start"]
    for a in doc._.articles:
        headline = a["headline"]["text"] if a["headline"] else None
        if a["start"] == start and headline == gold_article["headline"]:
            return a
    return None


def test_articles_with_headlines(seed_docs):
    found = sum(_found(seed_docs[d], g) is not None for d, gl in ARTICLES.items() for g in gl)
    total = sum(map(len, ARTICLES.values()))
    assert total == 47
    assert found == total, f"{found}/{total} articles found"


@pytest.mark.parametrize("doc_id", ["000_9e0fde2c5d363874", "001_010fda5c3a596ed1", "004_83bbc0ccf697ed6e"])
def test_every_titled_article_of_news_pages(seed_docs, doc_id):
    for g in ARTICLES[doc_id]:
        a = _found(seed_docs[doc_id], g)
        assert a is not None, g["headline"]
        byline = a["byline"]["text"] if a["byline"] else None
        assert byline == g["byline"], g["headline"]


def test_article_spans_and_extensions(seed_docs):
    doc = seed_docs["000_9e0fde2c5d363874"]
    spans = doc.spans["articles"]
    assert len(spans) == len(doc._.articles)
    first = spans[0]
    assert first._.headline == "浙江义乌工资保障险让劳动者“安薪”过年"
    assert first._.byline == "(孙国清)"
    assert first.text.startswith("浙江义乌工资保障险")


def test_spam_and_boilerplate_lines_are_outside_articles(seed_docs):
    for doc_id, lines in NOISE.items():
        doc = seed_docs[doc_id]
        text = doc.text
        for line in lines:
            if len(line) < 10:          # inline fragments are cut from the view instead
                continue
            start = text.find(line)
            inside = [a for a in doc._.articles if a["start"] <= start < a["end"]]
            kinds = {k for s, e, k in doc._.noise if s <= start < e}
            assert not inside or kinds, f"{doc_id}: {line[:20]} is inside an article and not marked noise"


def test_inline_spam_is_cut_from_the_view(seed_docs):
    doc = seed_docs["002_3f5814f85c395fbf"]
    view = TextView(doc.text, doc._.removed)
    assert "南宫" not in view.text
    assert "全覆盖、全环节、全领域" in view.text


def test_repeated_paragraphs_are_marked_duplicate(seed_docs):
    doc = seed_docs["003_2a68bc96d23e2bed"]
    dups = [(s, doc.text[s:e]) for s, e, k in doc._.noise if k == "duplicate"]
    assert len(dups) >= 2
    for start, d in dups:                # an earlier copy (maybe reworded) is kept
        assert doc.text.find(d[:12]) < start or doc.text.find(d[-12:]) < start + len(d) - 12


@pytest.mark.parametrize("broken, joined", [
    ("购买劳\n\n动者", "购买劳动者"), ("莫旗财政局2023\n\n年初", "莫旗财政局2023年初"),
    ("就业效\n\n应更好", "就业效应更好"), ("数据共享减负\n\n提效", "数据共享减负提效"),
    ("40万元\n\n以上", "40万元以上"), ("进一\n\n步强化", "进一步强化"),
    ("出租屋内有\n\n人没登记", "出租屋内有人没登记"), ("“大水漫灌”式\n\n推进", "“大水漫灌”式推进"),
    ("每年开展PPP项目\n\n最新政策", "每年开展PPP项目最新政策"),
])
def test_broken_words_in_seeds_are_repaired(seed_docs, broken, joined):
    for doc in seed_docs.values():
        if broken in doc.text:
            assert joined in TextView(doc.text, doc._.removed).text
            return
    raise AssertionError(f"{broken!r} not in any seed")


def test_sentences(nlp):
    doc = nlp("义乌市财政局每年安排600万元。一是加强管理；（二）强化保障！“确保到位。”下一句")
    assert [s.text for s in doc.sents] == ["义乌市财政局每年安排600万元。", "一是加强管理；", "（二）强化保障！",
                                           "“确保到位。”", "下一句"]


# -- articles on pages other than the seeds ------------------------------------------------

TWO_REPORTERS = ("婺源县加大古村落保护投入\n\n本报记者 张伟 通讯员 王芳\n\n"
                 "2019年，婺源县文化广电新闻出版旅游局安排古村落保护资金2700万元，修缮徽派古建筑46栋。\n\n"
                 "修缮完成的古建筑将由村集体统一管护，每栋每年补助管护费3000元。\n\n"
                 "铅山县推进河口古镇改造\n\n记者 李明\n\n"
                 "2022年，铅山县住房和城乡建设局统筹河口古镇改造资金1.3亿元，改造沿街立面2.8公里。\n\n"
                 "古镇排水管网改造另需资金1850万元，分两年安排。\n")


def test_two_articles_with_reporter_bylines_are_split_and_keep_their_context(nlp):
    doc = nlp(TWO_REPORTERS)
    arts = doc._.articles
    assert [(a["headline"]["text"], a["byline"]["text"]) for a in arts] == [
        ("婺源县加大古村落保护投入", "本报记者 张伟 通讯员 王芳"), ("铅山县推进河口古镇改造", "记者 李明")]
    by_text = {r["text"]: r for r in doc._.records}
    assert (by_text["每栋每年补助管护费3000元"]["adcode"] if "每栋每年补助管护费3000元" in by_text else
            by_text["3000元"]["adcode"]) == "361130"
    assert (by_text["1850万元"]["adcode"], by_text["1850万元"]["year"]) == ("361124", 2022)
    assert by_text["2700万元"]["year"] == 2019


@pytest.mark.parametrize("line", [
    "本报记者 张伟 通讯员 王芳", "记者 李明", "（记者 赵磊 通讯员 孙芳）", "□ 特约记者 郑红", "■本报记者 何婧",
    "文/图 吴涛", "文/ 冯玉", "作者：冯玉", "来源：某某晚报", "稿源：某某县融媒体中心", "发布时间：2022-07-15 09:30",
    "2019年3月6日", "2021-11-30 14:02 来源：某某网", "2020年05月20日16:47 来源：某某网-某某频道",
    "某某日报记者 严军 报道", "总台记者 达瓦 报道", "某某新闻记者：秦川", "新华社   2021-06-02 10:31",
    "（某某区财政局供稿）", "（来源：某某市财政局）",
])
def test_byline_source_and_date_lines_of_the_genre(line):
    from policyie.structure import bylines
    assert bylines().is_byline(line)


@pytest.mark.parametrize("line", [
    "区财政局加大民生投入", "张伟说，资金已全部到位。", "记者从市财政局获悉，全年安排资金300万元。",
    "2021年全市一般公共预算收入完成情况", "一、2022年预算执行情况", "（一）收入情况",
])
def test_headlines_and_body_are_not_bylines(line):
    from policyie.structure import bylines
    assert not bylines().is_byline(line)


@pytest.mark.parametrize("line", [
    "本报讯 近日，", "本报赣州讯（记者 X）", "新华社拉萨6月2日电（记者 次仁）", "中新网长春8月9日电 (记者 郭佳)",
    "央视网消息（新闻联播）：", "人民网南宁十月八日电", "某某晚报讯 日前，", "据某某日报报道 近日，", "本台消息 今年，",
])
def test_news_leads_of_the_genre(line):
    from policyie.structure import bylines
    assert bylines().opens_with_lead(line)


def test_numbered_sections_stay_in_their_article_and_numbered_items_on_other_counties_split(nlp):
    report = ("金寨县2021年财政工作情况\n\n一、收入情况\n\n2021年，金寨县一般公共预算收入完成9.2亿元。\n\n"
              "二、支出情况\n\n全县一般公共预算支出完成58.6亿元，其中民生支出46.1亿元。\n")
    assert len(nlp(report)._.articles) == 1
    bulletin = ("县域财政简讯\n\n1.金寨县下达茶产业奖补资金\n\n2021年，金寨县财政局下达茶产业奖补资金1200万元。\n\n"
                "另有300万元用于茶叶品牌宣传。\n\n2.霍山县启动竹产业提升行动\n\n2022年，霍山县林业局安排竹产业资金860万元。\n\n"
                "其中150万元用于竹林道路建设。\n")
    doc = nlp(bulletin)
    assert [a["headline"]["text"] for a in doc._.articles] == ["1.金寨县下达茶产业奖补资金", "2.霍山县启动竹产业提升行动"]
    by_text = {r["text"]: r for r in doc._.records}
    assert by_text["150万元"]["adcode"] == "341525" and by_text["150万元"]["year"] == 2022


@pytest.mark.parametrize("line, kind", [
    ("澳门百家乐 真人视讯 注册就送彩金", "spam"), ("六合彩开奖记录 一肖中特", "spam"),
    ("分享到：微信 微博 QQ空间", "navigation"), ("阅读：3021  点赞：15  在看：6", "navigation"),
    ("【字体：大 中 小】【打印本页】【关闭窗口】", "navigation"), ("长按识别二维码 关注我们", "navigation"),
    ("扫一扫在手机上打开当前页", "navigation"), ("上一篇：某镇召开春耕生产推进会", "navigation"),
    ("当前位置：首页 > 新闻中心 > 部门动态", "navigation"), ("首页 » 政务公开 » 财政资金", "navigation"),
    ("投稿邮箱：news@example.com", "boilerplate"), ("版权所有：某某县人民政府办公室", "boilerplate"),
    ("Copyright © 2020 example.cn All Rights Reserved", "boilerplate"), ("https://www.example.com/a/2021/0608.html", "boilerplate"),
    ("免责声明：本网转载的内容仅供参考。", "boilerplate"), ("声明：本号转载文章仅供交流，如有侵权请联系删除。", "boilerplate"),
    ("责任编辑：马丽", "boilerplate"), ("【责任编辑：马丽】", "boilerplate"), ("编辑：韩雪 审核：钟山 校对：白露", "boilerplate"),
    ("某某网络科技，是一家智慧政务解决方案提供商，服务客户遍布全国。", "advert"),
    ("加微信咨询 限时优惠", "advert"), ("主办单位：某某县人民政府办公室", "footer"),
    ("信息速递", "label"), ("财政工作动态", "label"), ("2023年第4期（总第96期）", "label"),
])
def test_noise_lines_of_the_genre(line, kind):
    from policyie.structure import NoiseRules
    assert NoiseRules().line_kind(line) == kind


@pytest.mark.parametrize("line", [
    "县财政局通过微信公众号公开了补助资金的发放名单。", "扫码即可查询本人的惠民补贴到账情况",
    "2022年全县一般公共预算收支平衡表", "关闭小散乱污企业37家，安排奖补资金860万元。",
    "澳门特别行政区与横琴合作区共同设立产业基金", "第一批资金已拨付到位", "分享经济发展模式的经验",
    "阅读推广活动获得补助资金12万元。", "更多惠民政策请关注县政府门户网站发布的通知。",
])
def test_body_lines_are_not_noise(line):
    from policyie.structure import NoiseRules
    assert NoiseRules().line_kind(line) is None


# -- components: data in initialize/to_disk/from_disk, config, threads ----------------------

def test_saved_pipeline_keeps_extended_noise_and_byline_lists(nlp, tmp_path):
    import policyie
    nlp.to_disk(tmp_path / "pipe")
    cleaner, structure = tmp_path / "pipe" / "policyie_cleaner", tmp_path / "pipe" / "policyie_structure"
    assert (cleaner / "noise.tsv").exists() and (cleaner / "furniture.tsv").exists() and (structure / "bylines.tsv").exists()
    with open(cleaner / "spam_words.txt", "a", encoding="utf-8") as fh:
        fh.write("幸运飞艇\n")
    with open(structure / "byline_roles.txt", "a", encoding="utf-8") as fh:
        fh.write("见习编辑\n")
    custom = policyie.load(tmp_path / "pipe")
    text = "县财政下达补助\n\n见习编辑 罗兰\n\n2021年，县财政局下达补助资金50万元。\n\n幸运飞艇计划群 稳赚不赔\n"
    for pipeline, expected in ((custom, True), (nlp, False)):
        doc = pipeline(text)
        spam = any(k == "spam" and doc.text[s:e].startswith("幸运飞艇") for s, e, k in doc._.noise)
        byline = doc._.articles[0]["byline"]
        assert spam == expected and (byline is not None and byline["text"] == "见习编辑 罗兰") == expected


def test_initialize_reads_a_data_folder_with_only_some_lists(tmp_path):
    import policyie
    (tmp_path / "spam_brands.txt").write_text("好运来\n", encoding="utf-8")
    nlp = policyie.load()
    nlp.get_pipe("policyie_cleaner").initialize(lambda: [], nlp=nlp, data_path=tmp_path)
    doc = nlp("全县安排资金好运来88官网30万元。\n\n分享到：微信 微博\n")
    assert "好运来88官网" not in doc.text[:0] + "".join(
        doc.text[a:b] for a, b in _kept(doc))                # the new brand is cut from the view
    assert any(k == "navigation" for _, _, k in doc._.noise)  # the package's other lists still apply


def _kept(doc):
    pos, out = 0, []
    for s, e in doc._.removed:
        out.append((pos, s))
        pos = e
    out.append((pos, len(doc.text)))
    return out


def test_thresholds_are_in_the_config(nlp):
    cfg = nlp.config["components"]
    assert cfg["policyie_cleaner"]["duplicate_threshold"] == 0.8 and "noise_coverage" in cfg["policyie_cleaner"]
    assert cfg["policyie_structure"]["long_article"] == 4000 and cfg["policyie_structure"]["split_on_place"] is True


def test_one_pipeline_serves_several_threads(nlp):
    from concurrent.futures import ThreadPoolExecutor
    from pages import read_pages
    texts = [p.text for p in read_pages()] * 2

    def run(text):          # the cleaner's and the structure's results (the linker is not checked here)
        doc = nlp(text)
        return doc._.articles, doc._.noise, doc._.removed, doc._.tables

    alone = [run(t) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(run, texts)) == alone


# -- the seeds: each real amount once ------------------------------------------------------

def test_seed_003_counts_each_repeated_amount_once(seed_docs):
    doc = seed_docs["003_2a68bc96d23e2bed"]
    kept = [r["text"] for r in doc._.records if not r["noise"]]
    for amount in ("27.64亿元", "11.47亿元", "12.4亿元", "10亿元以上"):
        assert sum(r["text"] == amount for r in doc._.records) >= 3
        assert kept.count(amount) == 1, amount


def test_a_year_in_the_first_headline_stays_in_its_article(nlp):
    page = ("2021年松阳县茶产业扶持资金下达\n\n本报记者 叶青\n\n2021年，松阳县农业农村局下达茶产业扶持资金980万元。\n\n"
            "遂昌县发放竹笋加工补贴\n\n记者 徐涛\n\n今年以来，遂昌县财政局累计发放竹笋加工补贴资金240万元。\n")
    doc = nlp(page)
    assert len(doc._.articles) == 2
    assert next(r for r in doc._.records if r["text"] == "240万元")["year"] is None


def test_a_table_header_after_a_notice_is_no_new_article():
    """A notice's attachment table (附件, 单位, a header of two column names, rows of a label and a
    number) stays in the notice; a two-part headline opens a new article only over prose."""
    import policyie
    text = ("黔南州财政局关于下达2025年农村公路养护补助资金的通知\n发布时间：2025-03-02　来源：州财政局\n"
            "各县（市）财政局：\n现将农村公路养护补助资金8 260万元下达给你们，专项用于县乡道日常养护。\n"
            "附件：资金分配表\n单位：万元\n县（市） 金额\n合计 8260\n都匀市 1 240\n福泉市 980\n荔波县 1 120\n")
    doc = policyie.load()(text)
    assert len(doc._.articles) == 1
    recs = {r["text"]: r for r in doc._.records}
    assert recs["1 240"]["value"] == "12400000" and recs["1 240"]["purpose"] == "县乡道日常养护"
