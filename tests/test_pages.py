"""Article boundaries, context, repeats, noise and furniture on composed multi-article pages
(tests/data/pages.txt and pages_more.txt: 23 pages, 3 or 4 articles each, in the styles of
newspaper pages, wire copy, portal digests, WeChat posts and PDF bulletins)."""
import pytest

from pages import MORE_PAGES, read_pages, score

PAGES = read_pages() + read_pages(MORE_PAGES)


@pytest.fixture(scope="module")
def scored(nlp):
    return {page.id: score(page, nlp(page.text)) for page in PAGES}


def test_the_pages_are_many_and_multi_article():
    assert len(PAGES) >= 15
    assert all(len(p.articles) >= 3 for p in PAGES)
    assert sum(bool(p.repeats) for p in PAGES) >= 2 and sum(bool(p.furniture) for p in PAGES) >= 4


def test_article_starts_are_found(scored):
    found = sum(s["found"] for s in scored.values())
    total = sum(s["starts"] for s in scored.values())
    extra = sum(s["extra"] for s in scored.values())
    assert found / total >= 0.95, {k: (s["found"], s["starts"]) for k, s in scored.items() if s["found"] < s["starts"]}
    assert extra / total <= 0.05


def test_no_record_takes_place_agency_or_year_from_another_article(scored):
    leaks = {k: s["leaks"] for k, s in scored.items() if s["leaks"]}
    assert not leaks
    # and the records do get context: nearly every one has its own article's place
    assert sum(s["placed"] for s in scored.values()) >= 0.95 * sum(s["records"] for s in scored.values())


def test_every_repeat_is_marked_and_nothing_else(scored):
    assert not {k: s["unmarked_repeats"] for k, s in scored.items() if s["unmarked_repeats"]}
    assert not {k: s["false_repeats"] for k, s in scored.items() if s["false_repeats"]}


def test_spam_navigation_and_boilerplate_lines_are_marked(scored):
    assert not {k: s["junk_missed"] for k, s in scored.items() if s["junk_missed"]}


def test_page_furniture_is_removed_and_broken_sentences_meet(scored):
    assert not {k: s["furniture_missed"] for k, s in scored.items() if s["furniture_missed"]}
    assert not {k: s["joins_missed"] for k, s in scored.items() if s["joins_missed"]}


def test_articles_carry_a_confidence(nlp):
    page = next(p for p in PAGES if p.id == "p13")          # headlines without bylines
    arts = nlp(page.text)._.articles
    assert [a["confidence"] for a in arts][0] == 1.0
    assert all(0 < a["confidence"] < 1 for a in arts[1:])
