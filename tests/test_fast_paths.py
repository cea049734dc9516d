"""The fast paths give exactly what the plain algorithms they replace would give.

Each speed-up (a character gate in front of the quantity patterns, prefix filtering for
near-duplicate paragraphs, trigram counting at C speed for repeated passages, an Aho-Corasick
automaton for gazetteer names and agency lexicons) is checked against a slow reference
written in the obvious way.
"""
import regex
from hypothesis import given, settings, strategies as st

from conftest import SEEDS, read_seed
from policyie import automaton
from policyie.agencies import AgencyMatcher
from policyie.automaton import WordMatcher
from policyie.cleaning import near_duplicates, repeated_passages
from policyie.places import PlaceMatcher
from policyie.quantity import default_grammar, fold_width
from policyie.regexes import alternation, gated

_TEXTS = [read_seed(p) for p in SEEDS]
# characters the grammar and the gazetteer care about, plus ordinary prose
_ALPHABET = st.sampled_from(list("0123456789.,%-—～至到约近超余多以上下万亿元千百十一二两三五九零点每人月年个名亩"
                                 "第百分之成比例为：:的是在和县市省镇乡村区州江山东西南北河湖安平阳兰溪义乌 \n“”"))
_PATTERNS = ("_amount", "_date", "_percent_word", "_cheng", "_ratio")


def _ungated(pattern: regex.Pattern) -> regex.Pattern:
    body = pattern.pattern
    assert body.startswith("(?=[")
    return regex.compile(body[body.index("])(?:") + 5:-1], pattern.flags)


def _same_matches(text: str) -> None:
    folded = fold_width(text)
    g = default_grammar()
    for name in _PATTERNS:
        gated = getattr(g, name)
        plain = _ungated(gated)
        for pos in range(0, len(folded) + 1, max(1, len(folded) // 7)):
            a, b = gated.search(folded, pos), plain.search(folded, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, pos)


def test_gated_patterns_match_like_plain_ones_on_the_seeds():
    g = default_grammar()
    gated_patterns = [getattr(g, name) for name in _PATTERNS]
    for text in _TEXTS:
        folded = fold_width(text)
        for gated in gated_patterns:
            assert [m.span() for m in gated.finditer(folded)] == [m.span() for m in _ungated(gated).finditer(folded)]


def test_a_pattern_that_can_start_with_any_han_character_is_not_gated():
    pattern = regex.compile(r"[\p{Han}]{2}局")
    assert gated(pattern) is pattern
    assert gated(regex.compile(r"(?:财政|税务)局")).pattern.startswith("(?=[税财])")


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
def test_gated_patterns_match_like_plain_ones(text):
    _same_matches(text)


def _near_duplicates_reference(paras, threshold=0.8, min_length=20):
    kept, seen, dups = [], set(), []
    for i, (_, _, text) in enumerate(paras):
        key = "".join(text.split())
        if len(key) < min_length:
            continue
        if key in seen:
            dups.append(i)
            continue
        grams = {key[j:j + 3] for j in range(len(key) - 2)}
        if any(len(grams & k) / len(grams | k) >= threshold for k in kept):
            dups.append(i)
            continue
        seen.add(key)
        kept.append(grams)
    return dups


@st.composite
def _paragraphs_with_near_copies(draw):
    """Paragraphs, some of them copies of earlier ones with a few characters changed."""
    chars = st.sampled_from("财政局安排资金万元用于建设的市县乡镇项目补助")
    paras = []
    for _ in range(draw(st.integers(2, 10))):
        if paras and draw(st.booleans()):
            text = list(draw(st.sampled_from(paras)))
            for _ in range(draw(st.integers(0, 6))):
                pos = draw(st.integers(0, len(text)))
                if draw(st.booleans()) and pos < len(text):
                    del text[pos]
                else:
                    text.insert(pos, draw(chars))
            paras.append("".join(text))
        else:
            paras.append(draw(st.text(chars, min_size=15, max_size=50)))
    return [(0, 0, t) for t in paras]


@settings(max_examples=300, deadline=None)
@given(_paragraphs_with_near_copies(), st.sampled_from([0.5, 0.7, 0.8, 0.9]))
def test_near_duplicates_equal_the_all_pairs_reference(paras, threshold):
    assert near_duplicates(paras, threshold) == _near_duplicates_reference(paras, threshold)


def test_near_duplicates_on_seed_paragraphs():
    for text in _TEXTS:
        paras = [(0, 0, line) for line in text.splitlines()]
        paras += [(0, 0, line[1:] + "。") for line in text.splitlines()[::3]]    # near copies
        assert near_duplicates(paras) == _near_duplicates_reference(paras)


def _candidates_reference(matcher: PlaceMatcher, text: str):
    out, i = [], 0
    longest = max(map(len, matcher._names))
    while i < len(text):
        for length in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + length] in matcher._names:
                out.append((i, i + length))
                i += length
                break
        else:
            i += 1
    return out


def test_place_candidates_equal_a_plain_longest_match_scan():
    matcher = PlaceMatcher()
    for text in _TEXTS:
        assert [(m.start, m.end) for m in matcher.candidates(text)] == _candidates_reference(matcher, text)


def test_near_copy_differing_in_the_smallest_trigrams_is_found():
    # 一 and 丁 sort before every other character here, so the two paragraphs' first trigrams
    # in the index order differ; the shared ones come later in the prefix.
    body = "市财政局安排专项资金用于农村公路建设和养护工程项目"
    paras = [(0, 0, "一" + body), (0, 0, "丁" + body)]
    assert _near_duplicates_reference(paras) == [1]
    assert near_duplicates(paras) == [1]


_SPACY_TEXT = st.text(st.sampled_from("财政局  万元\n\t\r\u3000\xa0\x1c\u2028"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_SPACY_TEXT)
def test_char_tokens_equal_spacys(text):
    from spacy.util import get_words_and_spaces
    from policyie.segmenter import char_words_and_spaces

    assert char_words_and_spaces(text) == tuple(get_words_and_spaces(list(text), text))


@settings(max_examples=300, deadline=None)
@given(_SPACY_TEXT, st.data())
def test_word_alignment_equals_spacys(text, data):
    from spacy.util import get_words_and_spaces
    from policyie.segmenter import words_and_spaces

    # cut the text into words as a segmenter would: pieces without their whitespace
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)])]
    words = [w for p in pieces for w in p.split() if w]
    assert words_and_spaces(words, text) == tuple(get_words_and_spaces(words, text))


def test_pipeline_docs_have_spacys_tokens():
    from policyie.segmenter import blank, segment

    for name in ("char", "pkuseg"):
        tokenizer = blank(name).tokenizer
        for text in _TEXTS[:2]:
            ours, theirs = segment(tokenizer, text[:3000]), tokenizer(text[:3000])
            assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]


def test_records_read_the_sentence_starts_structure_set(nlp):
    from policyie.components.records import _sentence_starts
    from policyie.structure import sentence_starts

    for text in _TEXTS:
        doc = nlp(text)
        assert _sentence_starts(doc, text) == sentence_starts(text, doc._.removed or ())


# -- dictionary matching: the automaton finds what a regex alternation of the words finds ---------

def _alternation_spans(words, text, tail=""):
    pattern = regex.compile(f"(?:{alternation(words)}){tail}")
    return [m.span() for m in pattern.finditer(text)]


def test_agency_lexicons_match_like_their_regex_alternations_on_the_seeds():
    agencies = AgencyMatcher()
    names = list(agencies.lex.central) + list(agencies.lex.departments)
    committee = r"(?<!(?<![党纪])委(?=[托屈婉派任实以]|员(?!会)))"
    extra = "县委托乡镇，纪委员会，党委员，市委员，县委会议，省委。财政局委"
    for text in [*_TEXTS, extra]:
        folded = fold_width(text)
        assert agencies._dept.spans(folded) == _alternation_spans(names, folded, committee)
        assert agencies._org.spans(folded) == _alternation_spans(agencies.lex.org_suffixes, folded)


_WORDS = st.lists(st.text(st.sampled_from("甲乙丙丁戊己庚辛壬癸"), min_size=1, max_size=4), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(st.sampled_from("甲乙丙丁戊己庚辛壬癸 \n😀"), max_size=40), st.booleans())
def test_word_matcher_equals_a_regex_alternation(words, text, split):
    old = automaton.SPLIT_FANOUT
    automaton.SPLIT_FANOUT = 0 if split else 10 ** 6          # both ways of running the automaton
    try:
        matcher = WordMatcher(words)
        assert matcher._split is split
        assert matcher.spans(text) == _alternation_spans(words, text)
        # a check in context: no word before 乙 (a shorter word or a later start may match)
        accept = WordMatcher(words, accept=lambda t, s, e: t[e:e + 1] != "乙")
        assert accept.spans(text) == _alternation_spans(words, text, "(?!乙)")
    finally:
        automaton.SPLIT_FANOUT = old


@settings(max_examples=200, deadline=None)
@given(_WORDS, st.text(st.sampled_from("甲乙丙丁戊己庚辛壬癸 \n😀"), max_size=40))
def test_word_matcher_without_pyahocorasick_finds_the_same(words, text):
    module = automaton.ahocorasick
    automaton.ahocorasick = None                               # the pure-Python path
    try:
        plain = WordMatcher(words, accept=lambda t, s, e: t[e:e + 1] != "乙")
        assert plain._automaton is None
    finally:
        automaton.ahocorasick = module
    assert plain.spans(text) == _alternation_spans(words, text, "(?!乙)")


def test_word_matcher_reads_like_regex_matches():
    matcher = WordMatcher(["财政局", "财政", "局"])
    got = [(m.start(), m.end(), m.group(), m.span()) for m in matcher.finditer("市财政局和财政")]
    assert got == [(1, 4, "财政局", (1, 4)), (5, 7, "财政", (5, 7))]
    assert WordMatcher([]).spans("财政") == [] and WordMatcher(["财政"]).spans("") == []


# -- repeated passages: the index-and-count version equals the plain dictionary version -----------

def _repeated_passages_reference(text, paras, skip=(), threshold=0.8, min_length=20, postings=64):
    from policyie.cleaning import _NUMBER, _SENTENCE_LIKE

    def region(key, grams, other):
        _, okey, ograms = other
        hits = sorted(j for g, js in grams.items() if g in ograms for j in js)
        if not hits:
            return None
        runs, start = [], 0
        for n in range(1, len(hits) + 1):
            if n == len(hits) or hits[n] - hits[n - 1] > 6:
                runs.append(hits[start:n])
                start = n
        run = max(runs, key=len)
        a, b = run[0], run[-1] + 3
        if b - a < min_length or len(run) < threshold * (b - a - 2):
            return None
        region_grams = {key[j:j + 3] for j in run}
        own = len(run) / max(1, len(key) - 2)
        theirs = len(region_grams) / max(1, len(ograms))
        if (own < threshold and theirs < threshold) or not _SENTENCE_LIKE.search(key[a:b]):
            return None
        ohits = sorted(j for g in region_grams for j in ograms.get(g, ()))
        if _NUMBER.findall(key[a:b]) != _NUMBER.findall(okey[ohits[0]:ohits[-1] + 3]):
            return None
        return (0, len(key)) if own >= threshold else (a, b)

    skip, index, kept, out = set(skip), {}, [], []
    for i, (ps, pe) in enumerate(paras):
        if i in skip:
            continue
        pos = [j for j in range(ps, pe) if not text[j].isspace()]
        key = "".join(text[j] for j in pos)
        if len(key) < min_length:
            continue
        grams = {}
        for j in range(len(key) - 2):
            grams.setdefault(key[j:j + 3], []).append(j)
        shared = {}
        for g in grams:
            for k in index.get(g, ()):
                shared[k] = shared.get(k, 0) + 1
        for k, n in sorted(shared.items(), key=lambda kv: -kv[1]):
            if n < threshold * min(len(grams), len(kept[k][2])) or n * 3 < min_length:
                break
            found = region(key, grams, kept[k])
            if found is not None:
                out.append((pos[found[0]], pos[found[1] - 1] + 1))
                break
        for g in grams:
            lst = index.setdefault(g, [])
            if len(lst) < postings:
                lst.append(len(kept))
        kept.append((pos, key, grams))
    return out


def _spans_of(paras):
    text, spans, pos = "\n".join(paras), [], 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 1
    return text, spans


@settings(max_examples=200, deadline=None)
@given(_paragraphs_with_near_copies(), st.sampled_from([64, 2, 1]))
def test_repeated_passages_equal_the_plain_reference(paras, postings):
    sentences = [t + ("。" if i % 2 else "，其中，") for i, (_, _, t) in enumerate(paras)]
    text, spans = _spans_of([sentences[i] + sentences[i - 1] if i else sentences[i] for i in range(len(sentences))])
    assert repeated_passages(text, spans, postings=postings) == _repeated_passages_reference(text, spans, postings=postings)


def test_repeated_passages_on_seed_paragraphs():
    for text in _TEXTS:
        lines = [line for line in text.splitlines() if line.strip()]
        lines += [line[len(line) // 3:] for line in lines[::4]] + [" ".join(lines[1:3])]   # fragments, joins
        joined, spans = _spans_of(lines)
        for postings in (64, 3):
            assert repeated_passages(joined, spans, postings=postings) == \
                _repeated_passages_reference(joined, spans, postings=postings)


# -- clauses: one regex step per mark instead of a Python step per character ---------------------

def _clause_bounds_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """clause_bounds written as a loop over every character (the definition it keeps)."""
    from policyie.clauses import _CLOSE, _END, _OPEN, _headline_gap, _strip
    out, depth, s = [], [], start
    for i in range(start, end):
        ch = text[i]
        if ch in _OPEN and not (ch == "“" and depth and depth[-1] == "“"):
            depth.append(ch)
            continue
        if ch in _CLOSE and depth and depth[-1] == _CLOSE[ch]:
            depth.pop()
            continue
        if ch == "\n" and depth:
            depth.clear()
        if ch in " \u3000" and not depth and _headline_gap(text, i, start, end):
            if i > s:
                out.append((s, i))
            s = i + 1
            continue
        if ch not in _END or (depth and ch != "\n"):
            continue
        if ch in ",，" and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1:i + 4].isdigit() \
                and (i + 4 >= len(text) or not text[i + 4].isdigit()):
            continue
        if i > s:
            out.append((s, i))
        s = i + 1
    if end > s:
        out.append((s, end))
    return [_strip(text, a, b) for a, b in out if text[a:b].strip()]


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from(list("拨付资金万元3,456，,；;：:。！？!?\n（）()《》“”「」【】[] \u3000一是、")), max_size=40),
       st.integers(0, 40), st.integers(0, 40))
def test_clause_bounds_acts_on_marks_as_the_plain_loop_does(text, a, b):
    from policyie.clauses import clause_bounds
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert clause_bounds(text, a, b) == _clause_bounds_plain(text, a, b)


def test_clause_bounds_on_the_seeds_as_the_plain_loop():
    from policyie.clauses import clause_bounds
    for text in _TEXTS:
        for a in range(0, len(text), 97):
            b = min(len(text), a + 300)
            assert clause_bounds(text, a, b) == _clause_bounds_plain(text, a, b)


# -- places: patterns tried only where they can match ------------------------------------------

# the characters of names, lists, counts, document numbers, roles and titles
_PLACE_ALPHABET = st.sampled_from(list("李王张长春海东记者主任县长据村社区屯居委会民员、和及与等个两三3１乡镇街道"
                                       "〔〕[]2024号财农 \u3000\n\t屏南平阳石桥龙溪：,。"))


def _place_texts():
    from policyie.hanzi import to_simplified
    return [to_simplified(t) for t in _TEXTS] + [
        "黔南财农〔2024〕15号，遵市财预[2024]8号，关于下达资金的通知〔2023〕1号",
        "记者王长春 通讯员 李海东 摄\n厅长王长春出席，张海东、王长春等同志，据李平阳介绍",
        "石桥村、龙溪村和新塘社区\n李家坪、王家沟、黄土坡3个自然村\n横水、扬眉、过埠4个乡镇\n屏 南 县 95"]


def _same_place_scans(matcher: PlaceMatcher, text: str) -> None:
    from policyie import places
    from policyie.regexes import matches_from

    assert places._doc_number_bodies(text) == [h.span() for h in places._DOC_NUMBER.finditer(text)]
    for pattern, anchor in ((matcher._village_run, matcher._run_anchor),
                            (matcher._village_list, matcher._list_anchor),
                            (places._SPACED, places._SPACED_ANCHOR),
                            (places._TOWNSHIP_LIST, places._TOWNSHIP_ANCHOR)):
        assert [h.span() for h in matcher._on_lines(pattern, text, anchor)] == \
            [h.span() for h in pattern.finditer(text)], pattern.pattern[:40]
    suffixes = regex.compile(alternation(matcher._village_anchor.words))       # the lines by a regex search
    assert matcher._village_lines(text) == matcher._village_lines(text, suffixes)
    assert [h.span() for h in matcher._alone_hits(text)] == [h.span() for h in matcher._village_alone.finditer(text)]
    # tried only two to eight characters before a village's suffix
    for pattern, anchor in ((matcher._village_run, matcher._run_anchor), (matcher._village_prose, None),
                            (matcher._sub_head, None)):
        assert [h.span() for h in matcher._near_suffixes(pattern, text, anchor)] == \
            [h.span() for h in pattern.finditer(text)], pattern.pattern[:40]
    roles = (s for s, _ in matcher._roles.occurrences(text))
    assert [h.span() for h in matches_from(matcher._person, text, roles)] == \
        [h.span() for h in matcher._person.finditer(text)]
    titles = (e for _, e in matcher._titles.occurrences(text))
    assert [h.span() for h in matches_from(matcher._titled, text, titles)] == \
        [h.span() for h in matcher._titled.finditer(text)]
    # every two-character stretch stands for a short name: the named people found from them
    # are those of a plain search
    short = {(a, a + 2) for a in range(len(text) - 1)}
    starts = (a - k for a, b in short for k in matcher._surname_lengths if a >= k)
    assert [h.span() for h in matches_from(matcher._named, text, starts)] == \
        [h.span() for h in matcher._named.finditer(text)]


def test_place_scans_on_lines_and_starts_equal_whole_text_searches():
    matcher = PlaceMatcher()
    for text in _place_texts():
        _same_place_scans(matcher, text)


@settings(max_examples=200, deadline=None)
@given(st.text(_PLACE_ALPHABET, max_size=60))
def test_place_scans_equal_whole_text_searches_on_any_text(text):
    _same_place_scans(_PLACE_MATCHER, text)


_PLACE_MATCHER = PlaceMatcher()


def test_word_matcher_occurrences_are_every_occurrence():
    for split in (False, True):
        old = automaton.SPLIT_FANOUT
        automaton.SPLIT_FANOUT = 0 if split else 10 ** 6
        try:
            matcher = WordMatcher(["财政局", "财政", "政局", "局"])
        finally:
            automaton.SPLIT_FANOUT = old
        assert sorted(matcher.occurrences("市财政局和财政")) == [(1, 3), (1, 4), (2, 4), (3, 4), (5, 7)]
    module = automaton.ahocorasick
    automaton.ahocorasick = None
    try:
        plain = WordMatcher(["财政局", "财政", "政局", "局"])
    finally:
        automaton.ahocorasick = module
    assert sorted(plain.occurrences("市财政局和财政")) == [(1, 3), (1, 4), (2, 4), (3, 4), (5, 7)]


def test_char_maps_equal_str_translate():
    from policyie.charmap import CharMap
    from policyie.hanzi import _table, to_simplified

    pairs = {ord("億"): "亿", ord("１"): "1", 0x2A6A5: "x"}
    cmap = CharMap(pairs)
    for text in ["", "億元", "１億" * 300, "\ud800億\U0002a6a5" * 200, "plain ascii " * 40] + _TEXTS:
        assert cmap(text) == text.translate(pairs)
        assert to_simplified(text) == text.translate(_table())


def test_patterns_anchored_at_the_start_are_not_gated():
    from policyie.regexes import _anchored

    for pattern, anchored in (("^a|^b", True), ("^(?:a|b)c", True), ("^a|b", False), ("(?:^a)", False),
                              (r"^[|]x|^y", True), (r"^[]|]x|^y", True), (r"a\|^b", False)):
        assert _anchored(pattern) is anchored, pattern
    head = regex.compile(r"^(?:责任编辑|编辑)\s*[:：]")
    assert gated(head) is head
    assert gated(regex.compile(r"^责任编辑|编辑")).pattern.startswith("(?=[")


def test_kind_features_with_their_context_made_once_are_the_same():
    from policyie.kind_model import context_grams, features

    text = "据了解，2024年全县统筹下达资金。其中，县财政局安排600万元，用于购买劳动者工资保障险。"
    start = text.index("600")
    end, sent_start, sent_end = start + 4, text.index("其中"), len(text)
    for headline in (None, "某县下达2024年专项资金", ""):
        plain = features(text, start, end, sent_start, sent_end, rule_kind="subsidy", rule_why="the verb 安排",
                         headline=headline)
        shared = features(text, start, end, sent_start, sent_end, rule_kind="subsidy", rule_why="the verb 安排",
                          headline=headline, context=context_grams(text, sent_start, headline))
        assert shared == plain and any(f.startswith("B:") for f in plain)


# -- line rules: anchored patterns joined, a word list by automaton ------------------------------

def _line_kind_reference(rules, line: str):
    for kind, p in rules.line:
        if p.search(line):
            return kind
    return rules._covered_kind(line)


_NOISE_LINES = ["首页 > 新闻中心 > 财政要闻", "责任编辑：王明", "来源：某县财政局", "2024年第6期（总第138期）",
                "图为村民在田间劳作", "主办单位：某市财政局", "版权所有 某市人民政府", "专刊", "信息速递",
                "本站转载的文章仅供参考", "ICP备12345678号", "上一篇：关于下达资金的通知", "分享到：",
                "某某局办公室编印", "记者 王明 摄", "（某县财政局供稿）", "- 12 -", "第3页 共10页", "Page 3 of 10",
                "据了解，该县安排资金500万元。", "", "   "]


def _lines_of_the_texts():
    from conftest import DATA
    import json
    lines = list(_NOISE_LINES)
    for text in _TEXTS:
        lines += text.splitlines()
    for path in sorted((DATA / "corpus").glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                lines += json.loads(row)["text"].splitlines()
    return lines


def test_line_rules_joined_give_the_kind_of_the_first_rule_that_matches():
    from policyie.cleaning import default_furniture
    from policyie.structure import NoiseRules, bylines

    rules, by, furniture = NoiseRules(), bylines(), default_furniture()
    assert rules._starts is not None and rules._word_rules and by._joined["byline"] is not None
    for line in _lines_of_the_texts():
        for text in (line, line.strip()):
            assert rules.line_kind(text) == _line_kind_reference(rules, text), text
            for kind in ("byline", "credit", "lead"):
                assert by._any_match(kind, text) == any(p.match(text) for p in by.patterns[kind]), (kind, text)
            assert furniture.is_page_number(text) == any(p.match(text) for p in furniture.page), text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NOISE_LINES + ["财政", "：", " ", "摄", "编", "期", "第", "2024", "年", "》", ">"]),
                max_size=5).map("".join))
def test_line_rules_joined_on_any_line(line):
    rules = _NOISE_RULES
    assert rules.line_kind(line) == _line_kind_reference(rules, line)


def test_patterns_that_cannot_be_joined_are_left_apart():
    from policyie.regexes import first_index, first_of

    assert first_of([regex.compile(r"(a)\1"), regex.compile("b")]) is None
    assert first_of([regex.compile(r"(?P<x>a)"), regex.compile("b")]) is None
    assert first_of([regex.compile("a", regex.I), regex.compile("b")]) is None
    joined = first_of([regex.compile("^ab"), regex.compile("^a(b)"), regex.compile("^x")])
    assert first_index(joined, joined.match("ab")) == 0 and joined.match("zz") is None


def _noise_rules():
    from policyie.structure import NoiseRules
    return NoiseRules()


_NOISE_RULES = _noise_rules()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6))), st.lists(st.tuples(st.integers(0, 40), st.integers(1, 8))))
def test_quantities_blocked_by_words_by_bisection(words, quantities):
    from policyie.quantity import QuantityMatch, _unblocked

    blocked, pos = [], 0
    for gap, size in words:                     # non-overlapping, in order, as finditer gives them
        blocked.append((pos + gap, pos + gap + size))
        pos += gap + size
    found = [QuantityMatch(s, s + n, None) for s, n in quantities]
    plain = [q for q in found if not any(s <= q.start < e or q.start <= s < q.end for s, e in blocked)]
    assert (_unblocked(found, blocked) if blocked else found) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4), st.sampled_from(["MONEY", "GPE", ""]),
                          st.sampled_from(["", "Q1"]), st.sampled_from(["", "id7"])), max_size=6),
       st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3), st.sampled_from(["ORG", "DATE"]),
                          st.sampled_from(["", "Q2"]), st.sampled_from(["", "id9"])), max_size=4))
def test_entities_set_as_arrays_equal_spacys_setter(plan, before):
    from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
    from spacy.tokens import Span
    from policyie.spans import set_ents

    nlp = _BLANK_ZH
    docs = [nlp.make_doc("财政局安排资金六百万元用于建设农村公路和桥梁") for _ in range(2)]

    def spans_of(doc, items):
        out, pos = [], 0
        for gap, size, label, kb, ent_id in items:        # in order, without overlap
            start = pos + gap
            end = min(start + size, len(doc))
            if start > len(doc):
                break
            out.append(Span(doc, start, end, label=label, kb_id=kb, span_id=ent_id))
            pos = end
        return out

    for doc in docs:                                      # an earlier annotation, ids and all
        doc.ents = [s for s in spans_of(doc, before) if s.start < s.end]
    attrs = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    docs[0].ents = spans_of(docs[0], plan)
    set_ents(docs[1], spans_of(docs[1], plan))
    assert docs[0].to_array(attrs).tolist() == docs[1].to_array(attrs).tolist()
    assert [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in docs[0].ents] == \
        [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in docs[1].ents]


def _blank_zh():
    from spacy.lang.zh import Chinese
    return Chinese()


_BLANK_ZH = _blank_zh()


def _plain_grams(prefix: str, s: str, n: int = 2) -> list[str]:
    """The n-grams of the kind model written the obvious way."""
    out = [prefix + c for c in s if not c.isspace()]
    if n >= 2:
        out += [prefix + s[i:i + 2] for i in range(len(s) - 1) if not s[i:i + 2].isspace()]
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("财政局资金用于0a. \t\u3000\n\x1c")), max_size=12), st.sampled_from([1, 2]))
def test_model_grams_equal_the_plain_ones(s, n):
    from policyie.kind_model import _grams
    assert _grams("p:", s, n) == _plain_grams("p:", s, n)


def _plain_only_places(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Every Chinese character of text[start:end] inside a place span (the spans from the one
    before the first that starts after `start`, less eight, as the linker reads them)."""
    from bisect import bisect_right
    k = bisect_right(spans, (start, 10 ** 9)) - 1
    covered = set()
    for s, e in spans[max(0, k - 8):]:
        covered.update(range(max(s, start), min(e, end)))
    return all(i in covered or not regex.match(r"\p{Han}", text[i]) for i in range(start, end))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("东山镇红旗村、前进村()（）和 ,1")), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6)), max_size=14), st.data())
def test_only_places_equals_a_character_by_character_check(text, raw, data):
    from policyie.cues import Found
    from policyie.linking import _only_places
    spans = sorted((s, s + n) for s, n in raw)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _only_places(text, Found(start, end, text[start:end], ""), spans) \
        == _plain_only_places(text, start, end, spans)


def test_purpose_scores_add_each_known_feature_once_in_turn():
    import numpy as np
    from policyie.purpose_model import default_model
    model = default_model()
    if model is None:
        return
    index, margins, offset = model._logit
    known = list(index)[:40]
    options = [{"features": known[:10] + known[:3] + ["no such feature"]}, {"features": []},
               {"features": known[5:40:3]}]
    expected = []
    for option in options:
        z = offset
        for f in index.keys() & option["features"]:        # the order the scores add them in
            z += float(margins[index[f]])
        expected.append(float(1.0 / (1.0 + np.exp(-np.float64(z)))))
    assert model.scores(options) == expected
