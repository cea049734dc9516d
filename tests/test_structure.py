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
