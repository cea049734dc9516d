"""The composed multi-article pages of tests/data/pages.txt: parsing them into a text with its
gold (article starts, repeats, junk lines, furniture) and scoring a processed Doc against it.

Run as a script to print each page's articles and records (for reading failures):
``python tests/pages.py [page id ...]``.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "pages.txt"
#: a second set, written after the rules passed on the first, in other outlet styles
MORE_PAGES = Path(__file__).parent / "data" / "pages_more.txt"
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年|-)")


@dataclass
class GoldArticle:
    first: int                 # first character of the article block (a source line may come first)
    headline: int | None       # start of the headline line
    end: int                   # end of its last line
    years: set[int] = field(default_factory=set)


@dataclass
class Page:
    id: str
    description: str
    text: str
    articles: list[GoldArticle]
    repeats: list[tuple[int, int]]
    junk: list[tuple[int, int]]
    furniture: list[tuple[int, int]]
    joins: list[str]

    @property
    def starts(self) -> list[tuple[int, int]]:
        """Each article's accepted start range: from its first line to its headline."""
        return [(a.first, a.headline if a.headline is not None else a.first) for a in self.articles]


def read_pages(path: Path = PAGES) -> list[Page]:
    pages, block = [], None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not line.startswith("# "):
            continue
        if line.startswith("# ") and block is None:
            continue                                   # file comments before the first page
        if line.startswith("=== "):
            if block:
                pages.append(_build(*block))
            head = [x.strip() for x in line[4:].split("|")]
            sep = int(head[2].split("=")[1]) if len(head) > 2 else 2
            block = (head[0], head[1], sep, [])
            continue
        if block is not None and line.strip():
            block[3].append(line)
    if block:
        pages.append(_build(*block))
    return pages


def _build(page_id: str, description: str, sep: int, lines: list[str]) -> Page:
    joiner = "\n" * sep
    text = ""
    articles: list[GoldArticle] = []
    repeats, junk, furniture, joins = [], [], [], []
    current: GoldArticle | None = None
    for line in lines:
        if line.startswith("@join "):
            joins.append(line[6:])
            continue
        if line == "---":
            current = GoldArticle(first=-1, headline=None, end=-1)
            articles.append(current)
            continue
        mark, body = (line[0], line[2:]) if line[:2] in ("# ", "= ", "! ", "~ ") else ("", line)
        if text:
            text += joiner
        start = len(text)
        text += body
        span = (start, len(text))
        if mark == "=":
            repeats.append(span)
        elif mark == "!":
            junk.append(span)
        elif mark == "~":
            furniture.append(span)
        if current is not None and mark not in ("!", "~"):
            if current.first < 0:
                current.first = start
            if mark == "#":
                current.headline = start
            current.end = len(text)
            current.years.update(int(y) for y in _YEAR.findall(body))
    return Page(page_id, description, text + "\n", articles, repeats, junk, furniture, joins)


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e in spans)


def _covered(span, ranges) -> bool:
    """Is every non-space character of `span` inside one of `ranges`?"""
    return all(_inside(i, ranges) for i in range(*span))


def score(page: Page, doc) -> dict:
    """Article starts found and extra, records that take context from another article,
    repeats not marked, noise and furniture not marked, repairs missing."""
    from policyie.cleaning import TextView

    text = doc.text
    predicted = sorted(a["start"] for a in doc._.articles)
    found = [any(lo <= s <= hi for s in predicted) for lo, hi in page.starts]
    gold_ranges = page.starts
    extra = [s for s in predicted if not any(lo <= s <= hi for lo, hi in gold_ranges)]
    # each gold article owns the text up to the next one's first line
    owners = []
    for i, a in enumerate(page.articles):
        nxt = page.articles[i + 1].first if i + 1 < len(page.articles) else len(text)
        owners.append((a.first, nxt))
    leaks, placed = [], 0
    for r in doc._.records:
        k = next((i for i, (s, e) in enumerate(owners) if s <= r["start"] < e), None)
        if k is None:
            continue
        lo, hi = owners[k]
        for key in ("place_start", "agency_start"):
            if r[key] is not None and not lo <= r[key] < hi:
                leaks.append((r["text"], key, text[r[key]:r[key] + 8]))
        if r["year"] is not None and r["year"] not in page.articles[k].years:
            leaks.append((r["text"], "year", r["year"]))
        placed += r["place_start"] is not None and lo <= r["place_start"] < hi
    noise = [(s, e) for s, e, _ in doc._.noise]
    dup = [(s, e) for s, e, k in doc._.noise if k == "duplicate"]
    removed = [tuple(x) for x in doc._.removed]
    unmarked_repeats = [r["text"] for r in doc._.records if _inside(r["start"], page.repeats) and not r["noise"]]
    false_repeats = [r["text"] for r in doc._.records if not _inside(r["start"], page.repeats) and _inside(r["start"], dup)]
    junk_missed = [text[s:e] for s, e in page.junk if not _covered((s, e), noise + removed)]
    furniture = [(s, e) for s, e, k in doc._.noise if k == "furniture"]
    furniture_missed = [text[s:e] for s, e in page.furniture if not _covered((s, e), removed + furniture)]
    view = TextView(text, doc._.removed).text
    joins_missed = [j for j in page.joins if j not in view]
    return {"starts": len(found), "found": sum(found), "extra": len(extra), "leaks": leaks,
            "records": len(doc._.records), "placed": placed, "unmarked_repeats": unmarked_repeats,
            "false_repeats": false_repeats, "junk_missed": junk_missed, "furniture_missed": furniture_missed,
            "joins_missed": joins_missed}


def main(ids: list[str]) -> None:
    import policyie

    nlp = policyie.load()
    total = {"starts": 0, "found": 0, "extra": 0, "leaks": 0}
    for page in read_pages() + read_pages(MORE_PAGES):
        if ids and page.id not in ids:
            continue
        doc = nlp(page.text)
        s = score(page, doc)
        for k in total:
            total[k] += len(s[k]) if isinstance(s[k], list) else s[k]
        bad = {k: v for k, v in s.items() if isinstance(v, list) and v}
        print(f"== {page.id} starts {s['found']}/{s['starts']} extra {s['extra']} records {s['records']} "
              f"placed {s['placed']} {bad if bad else ''}")
        if ids or s["found"] < s["starts"] or s["extra"] or bad:
            for a in doc._.articles:
                head = a["headline"]["text"] if a["headline"] else None
                by = a["byline"]["text"] if a["byline"] else None
                print(f"   ART {a['start']}-{a['end']} {a.get('confidence')} {head} | {by}")
            for r in doc._.records:
                print(f"   REC {r['text']} {r['place']} {r['year']} {r['agency']} {r['noise']}")
    print(total)


if __name__ == "__main__":
    main(sys.argv[1:])
