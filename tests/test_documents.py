"""PDF, HTML and DOCX inputs (policyie.documents): read by content, furniture and navigation
left out, pages on the rows, unreadable documents as error rows. Every document is made
here (tests/documents_fixtures.py); the libraries are the extra policyie[documents], which
the test extra installs, so none of these tests is skipped."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import policyie
from policyie.documents import DocumentError, read_document, sniff
from policyie.io import read_inputs

from documents_fixtures import make_pdf

HEAD = "青田县2023年预算执行情况报告"


def _page(n, lines):
    out = [(200, 30, HEAD)]                            # running head
    y = 80
    for line in lines:
        if isinstance(line, tuple):                    # a table row: cells 160pt apart
            for i, cell in enumerate(line):
                out.append((60 + 160 * i, y, cell))
        else:
            out.append((60, y, line))
        y += 24
    out.append((280, 800, f"- {n} -"))                 # page number
    return out


def budget_pdf() -> bytes:
    return make_pdf([
        _page(1, ["青田县财政局关于2023年预算执行情况的报告",
                  "2023年，县财政局安排资金1500万元，用于农村公路养护。"]),
        _page(2, ["一般公共预算支出情况", "单位：万元", ("项目", "预算数", "执行数"),
                  ("教育支出", "8,600", "8,450"), ("卫生健康支出", "3,200", "3,150")]),
        _page(3, ["县农业农村局下达专项资金260万元，用于高标准农田建设。"]),
    ], title=HEAD)


@pytest.fixture(scope="module")
def nlp():
    return policyie.load(segmenter="char")


def test_sniff_by_content_not_suffix():
    assert sniff(budget_pdf()) == "pdf"
    assert sniff(b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>") == "html"
    assert sniff("安排资金100万元。".encode("gb18030")) == "text"
    assert sniff(_docx_bytes()) == "docx"
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100) == "doc"


def test_pdf_text_pages_and_table_cells():
    got = read_document(budget_pdf())
    assert got.kind == "pdf" and len(got.page_starts) == 3
    lines = got.text.split("\n")
    assert "教育支出\t8,600\t8,450" in lines             # wide gaps between cells become tabs
    assert got.text.index("县农业农村局") > got.page_starts[2] > got.text.index("教育支出")
    assert got.meta == {"title": HEAD, "date": "2024-03-15"}


def test_pdf_budget_report_amounts_pages_and_no_furniture(nlp):
    rows = policyie.extract(budget_pdf(), nlp=nlp)
    assert [r["error"] for r in rows] == [None] * 6
    got = [(r["page"], r["value"]) for r in rows]
    assert got == [(1, "15000000"), (2, "86000000"), (2, "84500000"), (2, "32000000"), (2, "31500000"),
                   (3, "2600000")]
    assert rows[0]["agency"] == "青田县财政局" and rows[0]["purpose"] == "农村公路养护"
    # (a county bureau hands it down to its projects: spending, as the corpus annotates 区财政局下达)
    assert rows[-1]["purpose"] == "高标准农田建设" and rows[-1]["kind"] == "spending"
    assert {r["purpose"] for r in rows[1:5]} == {"教育", "卫生健康"}
    for r in rows:
        assert r["doc_title"] == HEAD and r["doc_date"] == "2024-03-15"
        for furniture in (HEAD, "- 1 -", "- 2 -", "- 3 -"):
            assert furniture not in (r["purpose"] or "")
            assert furniture not in (r["sentence"] or "")


def test_scanned_empty_and_corrupt_pdfs_are_error_rows(nlp):
    scanned = make_pdf([None, None])
    [row] = policyie.extract(scanned, nlp=nlp)
    assert "no text layer (scanned?)" in row["error"]
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(make_pdf([[]]))
    corrupt = budget_pdf()[:300]
    [row] = policyie.extract(corrupt, nlp=nlp)
    assert row["error"].startswith("PDF cannot be read")
    # a scanned page among text pages: the text pages' records and one error row naming the page
    rows = policyie.extract(make_pdf([_page(1, ["县财政局安排资金80万元，用于校舍维修。"]), None]), nlp=nlp)
    assert [(r["page"], r["value"]) for r in rows if not r["error"]] == [(1, "800000")]
    assert [r["error"] for r in rows if r["error"]] == ["no text layer (scanned?) on page 2: not read"]


GOV_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于下达2024年农村饮水工程资金的通知_青田县人民政府</title>
<meta name="ArticleTitle" content="关于下达2024年农村饮水工程资金的通知">
<meta name="PubDate" content="2024-04-02 09:30">
<meta name="ContentSource" content="青田县水利局">
<script>var nav = "首页 新闻中心";</script><style>.x{}</style></head>
<body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/xw">政务公开</a></li>
<li><a href="/hd">互动交流</a></li><li><a href="/fw">办事服务</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk">政府信息公开</a></div>
<div class="main-box">
<h1>关于下达2024年农村饮水工程资金的通知</h1>
<div class="info">发布时间：2024-04-02 来源：青田县水利局 浏览次数：123</div>
<div class="TRS_Editor">
<p>各乡镇人民政府：</p>
<p>根据年度工作安排，青田县水利局下达农村饮水安全工程资金450万元，用于更新改造供水管网，保障群众饮水安全。</p>
<p>请各地加强资金管理，专款专用，确保项目按期完工。</p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/a">县财政局安排资金9999万元用于城市更新</a></li>
<li><a href="/b">全县水利建设投资创新高</a></li></ul></div>
</div>
<div id="comments"><p>网友评论：这项资金安排666万元太少了，希望再多一些支持农村。</p></div>
<div class="footer">主办单位：青田县人民政府办公室 版权所有 备案号：浙ICP备00000000号</div>
</body></html>"""

NEWS_PAGE = """<html><head><meta charset="gb2312"><title>龙泉市投入3亿元改善农村人居环境 - 新闻频道</title>
<meta property="article:published_time" content="2023-11-20T08:00:00+08:00"></head><body>
<div id="topnav"><a>首页</a> | <a>国内</a> | <a>财经</a> | <a>科技</a></div>
<div class="article">
<h1 class="title">龙泉市投入3亿元改善农村人居环境</h1>
<div class="source">2023年11月20日 08:00 来源：丽水日报</div>
<div class="article-content"><p>记者从龙泉市获悉，今年以来，该市累计投入资金3亿元，用于农村生活污水治理和村庄道路硬化。</p>
<p>其中，市财政安排专项资金5000万元，重点支持偏远山区村庄的基础设施建设。</p></div>
</div>
<div class="recommend"><h3>猜你喜欢</h3><p><a>某地投入资金7777万元建设公园绿地项目的报道全文</a></p></div>
</body></html>"""


def test_html_article_without_navigation_with_metadata(nlp):
    got = read_document(GOV_PAGE.encode("utf-8"))
    assert got.kind == "html"
    for noise in ("首页", "政务公开", "分享到", "相关链接", "9999", "网友评论", "666", "版权所有", "var nav"):
        assert noise not in got.text
    assert got.text.split("\n")[0] == "关于下达2024年农村饮水工程资金的通知"
    assert got.meta == {"title": "关于下达2024年农村饮水工程资金的通知", "date": "2024-04-02", "source": "青田县水利局"}
    rows = policyie.extract(GOV_PAGE.encode("utf-8"), nlp=nlp)
    assert [(r["value"], r["agency"], r["doc_source"], r["doc_date"], r["page"]) for r in rows] == \
        [("4500000", "青田县水利局", "青田县水利局", "2024-04-02", None)]


def test_html_news_page_in_gb18030(nlp):
    got = read_document(NEWS_PAGE.encode("gb18030"))
    assert got.kind == "html" and got.encoding == "gb18030"
    assert "7777" not in got.text and "国内" not in got.text
    assert got.meta["title"] == "龙泉市投入3亿元改善农村人居环境"
    assert got.meta["date"] == "2023-11-20"
    values = [r["value"] for r in policyie.extract(NEWS_PAGE.encode("gb18030"), nlp=nlp)]
    assert "300000000" in values and "50000000" in values and "77770000" not in values


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "青田县民政局2024年部门预算说明"
    document.core_properties.author = "青田县民政局"
    document.sections[0].header.paragraphs[0].text = "内部资料 注意保存"      # running head: not read
    document.add_heading("青田县民政局2024年部门预算说明", level=1)
    document.add_paragraph("2024年，青田县民政局安排困难群众救助补助资金860万元，用于城乡低保和特困人员供养。")
    document.add_paragraph("单位：万元")
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("项目", "金额"), ("社会福利", "1,200"), ("养老服务", "640")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_tables(nlp):
    got = read_document(_docx_bytes())
    assert got.kind == "docx"
    assert "单位：万元\n项目\t金额\n社会福利\t1,200\n养老服务\t640" in got.text
    assert "内部资料" not in got.text
    assert got.meta["title"] == "青田县民政局2024年部门预算说明" and got.meta["source"] == "青田县民政局"
    rows = policyie.extract(_docx_bytes(), nlp=nlp)
    assert [r["value"] for r in rows] == ["8600000", "12000000", "6400000"]
    assert rows[0]["agency"] == "青田县民政局"


def test_paths_in_the_api(tmp_path, nlp):
    (tmp_path / "a.pdf").write_bytes(budget_pdf())
    (tmp_path / "b.docx").write_bytes(_docx_bytes())
    rows = policyie.extract(tmp_path, nlp=nlp)
    assert {r["doc_id"] for r in rows} == {str(tmp_path / "a.pdf"), str(tmp_path / "b.docx")}
    rows = policyie.extract([tmp_path / "b.docx"], ids=["notice"], nlp=nlp)
    assert {r["doc_id"] for r in rows} == {"notice"}
    [row] = policyie.extract({"gone": tmp_path / "missing.pdf"}, nlp=nlp)
    assert row["error"].startswith("FileNotFoundError")


def test_cli_mixed_folder(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "notice.txt").write_text("县财政局安排资金120万元，用于校舍维修。", encoding="utf-8")
    (folder / "budget.pdf").write_bytes(budget_pdf())
    (folder / "page.html").write_text(GOV_PAGE, encoding="utf-8")
    (folder / "plan.docx").write_bytes(_docx_bytes())
    (folder / "broken.pdf").write_bytes(budget_pdf()[:200])
    (folder / "scan.pdf").write_bytes(make_pdf([None]))
    (folder / "renamed.txt").write_bytes(_docx_bytes())      # a Word file under a text name
    (folder / "skip.png").write_bytes(b"\x89PNG\r\n")
    out = tmp_path / "out.jsonl"
    done = subprocess.run([sys.executable, "-m", "policyie", "extract", str(folder), "-o", str(out),
                           "--segmenter", "char", "--quiet"], capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = {r["doc_id"]: r["error"] for r in rows if r["error"]}
    assert set(errors) == {"broken", "scan"}
    assert errors["scan"].startswith("no text layer (scanned?)")
    assert errors["broken"].startswith("PDF cannot be read")
    read = {r["doc_id"] for r in rows if not r["error"]}
    assert read == {"notice", "budget", "page", "plan", "renamed"}
    assert sorted(r["page"] for r in rows if r["doc_id"] == "budget") == [1, 2, 2, 2, 2, 3]


def test_libraries_load_only_when_needed_and_a_missing_extra_is_named(monkeypatch, nlp):
    done = subprocess.run([sys.executable, "-c", "import sys, policyie; policyie.extract('安排100万元。');"
                           "print(sorted(m for m in ('pypdfium2', 'docx', 'lxml') if m in sys.modules))"],
                          capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr
    monkeypatch.setitem(sys.modules, "pypdfium2", None)           # as if not installed
    [row] = policyie.extract(budget_pdf(), nlp=nlp)
    assert row["error"] == "reading PDF needs the extra: pip install 'policyie[documents]' (pypdfium2 is missing)"


def test_html_fragment_named_html_and_a_tagless_html_file(tmp_path):
    fragment = "<div class='content'><p>县财政局安排资金300万元，用于河道整治工程建设。</p></div>"
    (tmp_path / "frag.html").write_text(fragment, encoding="utf-8")
    (tmp_path / "frag.txt").write_text(fragment, encoding="utf-8")
    (tmp_path / "plain.html").write_text("县财政局安排资金300万元。", encoding="utf-8")
    items = {i.path.rsplit("/", 1)[-1]: i for i in read_inputs([tmp_path])}
    assert items["frag.html"].kind == "html" and items["frag.html"].text == "县财政局安排资金300万元，用于河道整治工程建设。"
    assert items["frag.txt"].kind == "text" and items["frag.txt"].text == fragment     # the content decides
    assert items["plain.html"].kind == "text"


def test_pdf_two_columns_are_read_column_by_column(nlp):
    left = ["青田县财政局今年安排专项资金", "一百二十万元，用于农村公路的", "日常养护和危桥改造工程建设。"]
    right = ["青田县教育局同期下达补助资金", "八十万元，用于山区学校的校舍", "维修和学生营养餐改善计划。"]
    lines = [(200, 30, HEAD)]
    for i, (a, b) in enumerate(zip(left, right)):      # both columns' lines written row by row
        lines += [(50, 100 + 24 * i, a), (320, 100 + 24 * i, b)]
    lines.append((280, 800, "- 1 -"))
    got = read_document(make_pdf([lines]))
    assert got.text.split("\n") == [HEAD, *left, *right, "- 1 -"]
    rows = policyie.extract(make_pdf([lines]), nlp=nlp)
    assert [(r["value"], r["page"]) for r in rows] == [("1200000", 1), ("800000", 1)]
    assert rows[0]["purpose"].startswith("农村公路") and rows[1]["purpose"].startswith("山区学校")


def test_html_class_words_not_substrings():
    page = """<html><body><div class="main-nav"><a>首页</a><a>机构概况</a><a>政策文件</a></div>
<div class="inside"><div class="headline-area"><p>县交通运输局安排资金520万元，用于农村客运站点改造提升。</p>
<p>项目年内完工，惠及沿线十二个行政村群众出行。</p></div></div>
<div class="hot-news"><p><a>热点新闻：某地投入8888万元建设新城区道路网络工程</a></p></div></body></html>"""
    got = read_document(page.encode("utf-8"))
    assert got.text == "县交通运输局安排资金520万元，用于农村客运站点改造提升。\n项目年内完工，惠及沿线十二个行政村群众出行。"


def test_html_byline_date_and_deep_nesting():
    page = ("<html><body><div class='info'>2024年3月8日 来源：某某日报</div><div>"
            "<p>县民政局发放临时救助资金36万元，惠及困难群众三百余户，2025年1月1日起继续实施。</p></div></body></html>")
    got = read_document(page.encode("utf-8"))
    assert got.meta.get("date") == "2024-03-08" and got.meta.get("source") == "某某日报"
    for depth in (200, 5000):                        # no recursion: deep pages are read or refused, never crash
        deep = "<html><body>" + "<div>" * depth + "安排资金10万元" + "</div>" * depth + "</body></html>"
        item = policyie.io.read_bytes("deep", "deep.html", deep.encode("utf-8"))
        assert (item.text, item.error) in {("安排资金10万元", None), (None, "HTML page has no text")}
        assert depth > 200 or item.text


def test_documents_in_worker_processes_match_one_process(nlp):
    data = {"budget": budget_pdf(), "plan": _docx_bytes(), "scan": make_pdf([None])}
    one = policyie.extract(data, nlp=nlp)
    two = policyie.extract(data, nlp=nlp, n_process=2, batch_size=1)
    assert one == two and {r["doc_id"] for r in one} == set(data)
    assert [r["page"] for r in two if r["doc_id"] == "budget"] == [1, 2, 2, 2, 2, 3]
