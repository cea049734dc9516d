"""Reading report documents by their content: plain text, HTML pages, Word (.docx) and PDF.

`read_document(data)` looks at the bytes (magic numbers, not the file name) and returns the
text the pipeline reads, the offsets where PDF pages start, and metadata (title, date,
source). The libraries for PDF, HTML and DOCX are the optional extra `policyie[documents]`
(pypdfium2, lxml, python-docx), imported only when such a document is read.

A document that cannot be read raises `DocumentError` with a message that says why (a PDF
without a text layer, a corrupt file, a missing extra); `policyie.io` and `policyie.extract`
turn it into an error row.
"""
from __future__ import annotations

import io
import re
import threading
import zipfile
from bisect import bisect_right
from dataclasses import dataclass, field

EXTRA = "documents"
#: Suffixes of the files a folder contributes (besides text); the content decides how to read them.
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".xhtml"}


class DocumentError(ValueError):
    """A document that cannot be read; the message says why."""


@dataclass
class Extracted:
    """The text of a document, its page starts (PDF) and its metadata."""

    text: str
    kind: str                                   # "text", "html", "docx" or "pdf"
    encoding: str | None = None
    page_starts: tuple[int, ...] | None = None  # offset in `text` where each page starts (PDF)
    meta: dict = field(default_factory=dict)    # title, date, source (when known)
    warnings: tuple[str, ...] = ()              # e.g. pages without a text layer

    def page_of(self, offset: int | None) -> int | None:
        """The 1-based page number of an offset in `text`, or None (no pages, no offset)."""
        if self.page_starts is None or offset is None:
            return None
        return max(1, bisect_right(self.page_starts, offset))


def _need(module: str, what: str):
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise DocumentError(f"reading {what} needs the extra: pip install 'policyie[{EXTRA}]' "
                            f"({module.split('.')[0]} is missing)") from exc


# ---------------------------------------------------------------------------------------------
# What a document is

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)


def sniff(data: bytes) -> str:
    """The kind of a document from its first bytes: "pdf", "docx", "zip" (another archive),
    "doc" (legacy Word), "html" or "text"."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    probe = head
    for bom in (b"\xef\xbb\xbf",):
        if probe.startswith(bom):
            probe = probe[len(bom):]
    if _HTML_START.match(probe):
        return "html"
    return "text"


_MARKUP = re.compile(rb"^\s*<[a-zA-Z!][^>]*>.*</[a-zA-Z]+\s*>", re.S)


def read_document(data: bytes, encoding: str | None = None, suffix: str | None = None) -> Extracted:
    """The text of a document given as bytes, read by its content (see `sniff`). `suffix`
    (".html" …) is a hint for what the content leaves open: a page fragment that starts
    with a tag other than <html> is HTML when the file is named so.

    Raises DocumentError when it cannot be read (the message says why)."""
    kind = sniff(data)
    if kind == "text" and (suffix or "").lower() in (".html", ".htm", ".xhtml") and _MARKUP.match(data[:4096]):
        kind = "html"
    if kind == "pdf":
        return read_pdf(data)
    if kind == "docx":
        return read_docx(data)
    if kind == "zip":
        raise DocumentError("a ZIP archive that is not a Word document (.docx)")
    if kind == "doc":
        raise DocumentError("a legacy Word .doc (or other OLE) file: save it as .docx or PDF")
    from .io import decode
    try:
        text, used = decode(data, encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"not text, PDF, HTML or DOCX: {type(exc).__name__}: {exc}") from exc
    if kind == "html":
        return read_html(text, used)
    return Extracted(text, "text", used)


# ---------------------------------------------------------------------------------------------
# PDF (pypdfium2)

_SPACES = re.compile(r"[ \t\u3000]+$", re.M)


def _cells_apart(pdfium, textpage, text: str) -> str:
    """The page text with a tab, not a space, where pdfium put a space into a wide gap
    between two characters of a line (table cells), so the table reader sees the cells."""
    if " " not in text or len(text) != textpage.count_chars():
        return text                                   # characters outside the BMP: keep as is
    import pypdfium2.raw as raw
    out = list(text)
    for i, ch in enumerate(text):
        if ch != " " or i == 0 or i + 1 >= len(text) or text[i - 1] in "\r\n " or text[i + 1] in "\r\n ":
            continue
        if not raw.FPDFText_IsGenerated(textpage.raw, i):
            continue
        left, bottom, right, top = textpage.get_charbox(i - 1)
        nleft, _, _, ntop = textpage.get_charbox(i + 1)
        size = max(top - bottom, raw.FPDFText_GetFontSize(textpage.raw, i - 1) or 0, 1.0)
        if nleft - right > 1.5 * size:
            out[i] = "\t"
    return "".join(out)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _two_columns(textpage, text: str, min_lines: int = 3) -> str:
    """A page set in two columns, read column by column. PDFium puts the lines of both
    columns that share a baseline on one line, the gap between them a tab (`_cells_apart`):
    when at least `min_lines` lines, and half of the page's lines, are two runs of prose
    (8+ Chinese characters each) split at about the same x, the page is rewritten as its left
    column's lines, then its right column's. Tables (number cells) are never such lines."""
    if "\t" not in text or len(text) != textpage.count_chars():
        return text
    lines, at = [], 0
    for m in _LINE_BREAK.finditer(text + "\n"):
        lines.append((at, text[at:m.start()]))
        at = m.end()
    lines = [(s, t) for s, t in lines if t.strip()]
    gutters = []
    for start, line in lines:
        parts = line.split("\t")
        if len(parts) == 2 and all(len(_CJK.findall(p)) >= 8 for p in parts):
            gutters.append(textpage.get_charbox(start + len(parts[0]) + 1)[0])
    if len(gutters) < min_lines or 2 * len(gutters) < len(lines):
        return text
    gutters.sort()
    gutter = gutters[len(gutters) // 2]
    if gutters[-1] - gutters[0] > 0.1 * gutter:      # the second runs do not start at one x
        return text
    split = [i for i, (_, line) in enumerate(lines) if "\t" in line]
    head, left, right, tail = [], [], [], []
    for i, (start, line) in enumerate(lines):
        at = start
        parts = line.split("\t")
        if len(parts) == 1 and line.strip():          # a line across the gutter (a running head,
            x0 = textpage.get_charbox(start)[0]       # a page number) stays above or below
            x1 = textpage.get_charbox(start + len(line.rstrip()) - 1)[2]
            if x0 < gutter - 6 < gutter < x1 and (i < split[0] or i > split[-1]):
                (head if i < split[0] else tail).append(line)
                continue
        for part in parts:
            x = textpage.get_charbox(at)[0] if part else 0
            (right if x >= gutter - 6 else left).append(part)
            at += len(part) + 1
    return "\n".join(p for p in head + left + right + tail if p.strip())


_PDFIUM_LOCK = threading.Lock()                   # PDFium is not thread-safe


def read_pdf(data: bytes) -> Extracted:
    """The text layer of a PDF page by page (pages joined by a newline; `page_starts` says
    where each begins). Running heads and page numbers stay in the text: the pipeline's
    cleaner marks them as furniture, so purposes and sentences leave them out. A PDF none
    of whose pages has text raises DocumentError("no text layer (scanned?)")."""
    pdfium = _need("pypdfium2", "PDF")
    with _PDFIUM_LOCK:
        return _read_pdf(pdfium, data)


def _read_pdf(pdfium, data: bytes) -> Extracted:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"PDF cannot be read: {exc}") from exc
    try:
        pages: list[str] = []
        for i in range(len(pdf)):
            page = pdf[i]
            try:
                textpage = page.get_textpage()
                try:
                    raw = _two_columns(textpage, _cells_apart(pdfium, textpage, textpage.get_text_range()))
                finally:
                    textpage.close()
            finally:
                page.close()
            raw = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
            raw = raw.replace("\ufffe", "").replace("\x02", "")   # soft hyphens pdfium marks
            pages.append(_SPACES.sub("", raw).strip("\n"))
        meta = {}
        try:
            info = pdf.get_metadata_dict(skip_empty=True)
        except Exception:                            # metadata is optional
            info = {}
        if info.get("Title"):
            meta["title"] = info["Title"].strip()
        date = info.get("CreationDate") or ""
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", date)
        if m:
            meta["date"] = "-".join(m.groups())
    finally:
        pdf.close()
    if not pages:
        raise DocumentError("PDF has no pages")
    empty = [i + 1 for i, t in enumerate(pages) if not t.strip()]
    if len(empty) == len(pages):
        raise DocumentError(f"no text layer (scanned?): none of its {len(pages)} pages has text; OCR it first")
    starts, parts, at = [], [], 0
    for t in pages:
        starts.append(at)
        parts.append(t)
        at += len(t) + 1
    warnings = ()
    if empty:
        warnings = (f"no text layer (scanned?) on page{'s' if len(empty) > 1 else ''} "
                    f"{', '.join(map(str, empty))}: not read",)
    return Extracted("\n".join(parts), "pdf", None, tuple(starts), meta, warnings)


# ---------------------------------------------------------------------------------------------
# DOCX (python-docx)

def read_docx(data: bytes) -> Extracted:
    """Paragraphs and tables of a Word document, in document order. A table row becomes one
    line of tab-separated cells (merged cells once), so the table reader finds it with the
    unit line (单位：万元) above it. Headers and footers are left out."""
    docx = _need("docx", "DOCX")
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:                         # python-docx raises several kinds
        raise DocumentError(f"DOCX cannot be read: {type(exc).__name__}: {exc}") from exc
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text.strip())
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                if any(cells):
                    lines.append("\t".join(cells))
    text = "\n".join(line for line in lines if line)
    props = document.core_properties
    meta = {}
    if props.title:
        meta["title"] = props.title.strip()
    when = props.created or props.modified
    if when is not None:
        meta["date"] = when.date().isoformat()
    if props.author:
        meta["source"] = props.author.strip()
    if not text.strip():
        raise DocumentError("DOCX has no text")
    return Extracted(text, "docx", None, None, meta)


# ---------------------------------------------------------------------------------------------
# HTML (lxml): the article body by the density of Chinese text

_DROP_TAGS = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe",
              "button", "select", "input", "textarea", "svg", "canvas", "object", "embed", "template")
#: class/id words (split at spaces, - and _, lower case) of page parts that are not the article
_NOISE_WORDS = {"ad", "ads", "side", "foot", "top", "bottom", "print", "dayin", "ewm", "share", "tools", "close"}
_NOISE_PREFIXES = ("nav", "menu", "share", "comment", "footer", "breadcrumb", "crumb", "related", "recommend",
                   "sidebar", "copyright", "toolbar", "login", "search", "banner", "advert", "pager",
                   "pagination", "social", "fenxiang", "pinglun", "xgxw", "xglj", "tuijian", "daohang", "topbar",
                   "topnav", "weixin", "wechat", "qrcode", "friendlink", "links", "hot", "rank")
_CLASS_SPLIT = re.compile(r"[\s_\-]+")
_BLOCKS = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "section",
           "article", "blockquote", "pre", "dd", "dt", "ul", "ol", "td", "th", "center"}
_CJK = re.compile(r"[\u3400-\u9fff]")
_DATE = re.compile(r"(?:发布|发文|成文|印发)?(?:时间|日期)[:：]\s*(\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}日?)")
_DATE_ANY = re.compile(r"(20\d{2}|19\d{2})[-/年.](\d{1,2})[-/月.](\d{1,2})日?")
_SOURCE = re.compile(r"(?:来源|来源单位|信息来源|发布机构|发文机关)[:：]\s*([^\s|｜:：]{2,30})")
_META_TITLE = ("ArticleTitle", "og:title", "title", "Title")
_META_DATE = ("PubDate", "pubdate", "publishdate", "article:published_time", "firstpublishedtime", "date")
_META_SOURCE = ("ContentSource", "source", "og:site_name", "SiteName")


def _is_noise(classes: str) -> bool:
    words = [w for w in _CLASS_SPLIT.split(classes.lower()) if w]
    return any(w in _NOISE_WORDS or w.startswith(_NOISE_PREFIXES) for w in words)


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _text_of(el) -> str:
    return " ".join(el.text_content().split())


def _block_lines(el) -> list[str]:
    """The text of an element as lines: one per block (paragraph, list item, heading), a table
    row as tab-separated cells."""
    lines: list[str] = []
    current: list[str] = []

    def flush():
        line = " ".join("".join(current).split())
        if line:
            lines.append(line)
        current.clear()

    from lxml import etree

    walker = etree.iterwalk(el, events=("start", "end"))   # not recursive: any depth
    for event, node in walker:
        if not isinstance(node.tag, str):
            continue
        tag = node.tag
        if event == "start":
            if tag == "tr":
                flush()
                cells = [" ".join(c.text_content().split()) for c in node
                         if isinstance(c.tag, str) and c.tag in ("td", "th")]
                if any(cells):
                    lines.append("\t".join(cells))
                walker.skip_subtree()
                continue
            if tag in _BLOCKS:
                flush()
            if node.text:
                current.append(node.text)
        else:
            if tag in _BLOCKS:
                flush()
            if node.tail and node is not el:
                current.append(node.tail)
    flush()
    return lines


def _meta(root, names) -> str | None:
    for name in names:
        for el in root.iter("meta"):
            if (el.get("name") or el.get("property") or "").lower() == name.lower() and (el.get("content") or "").strip():
                return el.get("content").strip()
    return None


def _iso(date: str) -> str:
    m = _DATE_ANY.search(date)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else date.strip()


def read_html(html: str, encoding: str | None = None) -> Extracted:
    """The article of a web page: the block with the most Chinese text outside links, without
    navigation, share buttons, related links, comments, scripts and footers. Its title (first
    line of the text when the body does not start with it), date and source are metadata."""
    lxml_html = _need("lxml.html", "HTML")
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8"),
                                             parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True))
    except Exception as exc:
        raise DocumentError(f"HTML cannot be parsed: {type(exc).__name__}: {exc}") from exc
    full_text = "\n".join(_block_lines(root))
    title = _meta(root, _META_TITLE)
    h1 = root.find(".//h1")
    if not title and h1 is not None and _text_of(h1):
        title = _text_of(h1)
    if not title:
        t = root.find(".//title")
        if t is not None and _text_of(t):
            title = re.split(r"\s*[_|｜—-]{1,2}\s*", _text_of(t))[0]
    byline = _SOURCE.search(full_text)                # 来源：… (the date is often beside it)
    source = _meta(root, _META_SOURCE) or (byline.group(1) if byline else None)
    date = _meta(root, _META_DATE)
    if not date:
        m = _DATE.search(full_text)
        if m:
            date = m.group(1)
        elif byline:                                   # a bare date only on the byline
            m = _DATE_ANY.search(full_text[max(0, byline.start() - 40):byline.end() + 40])
            date = m.group(0) if m else None

    for el in list(root.iter(*_DROP_TAGS)):
        el.drop_tree()
    total = len(_CJK.findall(root.text_content())) or 1
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None or el.tag in ("html", "body"):
            continue
        if _is_noise(_classes(el)) and len(_CJK.findall(el.text_content())) < 0.5 * total:
            el.drop_tree()                           # (never the part that holds most of the text)

    body = root.find("body")
    body = body if body is not None else root
    # score each text block by its Chinese characters outside links; a block adds its score
    # to its parent and half to its grandparent; the best container is the article
    scores: dict = {}
    for el in body.iter("p", "td", "div", "li", "pre", "section", "article", "span", "font"):
        own = (el.text or "") + "".join(c.tail or "" for c in el)
        n = len(_CJK.findall(own))
        if n < 10:
            continue
        links = sum(len(_CJK.findall(a.text_content())) for a in el.iter("a"))
        if links > n:
            continue
        score = n + own.count("，") * 3 + own.count("。") * 3
        parent = el.getparent()
        for target, share in ((el, 1.0), (parent, 1.0), (parent.getparent() if parent is not None else None, 0.5)):
            if target is not None:
                scores[target] = scores.get(target, 0.0) + score * share
    best = None
    if scores:
        def adjusted(el):
            total = len(_CJK.findall(el.text_content())) or 1
            in_links = sum(len(_CJK.findall(a.text_content())) for a in el.iter("a"))
            return scores[el] * (1 - in_links / total)
        best = max(scores, key=adjusted)
    lines = _block_lines(best if best is not None else body)
    if title and (not lines or title.replace(" ", "") not in "".join(lines[:3]).replace(" ", "")):
        lines.insert(0, title)
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError("HTML page has no text")
    meta = {k: v for k, v in (("title", title), ("date", _iso(date) if date else None), ("source", source)) if v}
    return Extracted(text, "html", encoding, None, meta)
