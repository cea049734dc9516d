"""National coverage of the gazetteer (NBS 2023): every county-level unit with a unique name,
zones included, and every township with a unique name resolves in a sentence; same-named
townships give candidates and resolve when their county is written before them.

Each check puts one short sentence per unit in one text, with every sentence its own segment
(article), so that sentences do not resolve each other."""
from bisect import bisect_right

from policyie.gazetteer import default_gazetteer
from policyie.places import default_matcher


def run(sentences):
    matcher = default_matcher()
    text = "".join(sentences)
    segments, pos = [], 0
    for s in sentences:
        segments.append((pos, pos + len(s)))
        pos += len(s)
    starts = [a for a, _ in segments]
    out = [[] for _ in sentences]
    for m in matcher.find(text, segments):
        out[bisect_right(starts, m.start) - 1].append(m)
    return out


def test_the_gazetteer_has_the_nbs_2023_units():
    gaz = default_gazetteer()
    nbs_county_level = [u for u in gaz.units.values() if u.level in ("county", "zone")]
    assert len([u for u in nbs_county_level if u.level == "zone"]) == 124
    assert len(gaz.townships) == 41352
    assert all(len(code) == 9 and code.startswith(t.parent[:4]) for code, t in gaz.townships.items())


def test_every_uniquely_named_county_level_unit_resolves_to_its_code():
    gaz = default_gazetteer()
    units = [u for u in gaz.units.values() if u.level in ("county", "zone") and gaz.lookup(u.name) == [u]]
    assert len(units) > 2900
    got = run([f"{u.name}安排资金100万元用于道路建设。" for u in units])
    wrong = [(u.name, u.code, [(m.text, m.place.adcode) for m in ms]) for u, ms in zip(units, got)
             if not ms or ms[0].text != u.name or ms[0].place.adcode != u.code]
    assert wrong == []


def test_every_uniquely_named_township_resolves_to_its_9_digit_code():
    gaz = default_gazetteer()
    generic = default_matcher().lex.generic_townships   # 新材料产业园: a place only after its county
    towns = [t for t in gaz.townships.values() if gaz.lookup(t.name) == [t] and t.name not in generic]
    assert len(towns) > 28000
    got = run([f"{t.name}开展人居环境整治。" for t in towns])
    wrong = [(t.name, t.code, [(m.text, m.place.township_code) for m in ms]) for t, ms in zip(towns, got)
             if not ms or ms[0].text != t.name or ms[0].place.township_code != t.code
             or ms[0].place.adcode != t.parent]
    assert wrong == []


def _shared_townships():
    """Townships whose name other townships share, and no county or higher unit, and that are
    not generic words (a township-level unit named just 街道 or 开发区)."""
    gaz = default_gazetteer()
    not_places = default_matcher().lex.not_places | default_matcher().lex.generic_townships
    out = []
    for t in gaz.townships.values():
        units = gaz.lookup(t.name)
        if len(units) > 1 and all(u.level == "township" for u in units) and t.name not in not_places:
            out.append(t)
    return out


def test_same_named_townships_give_candidates():
    towns = _shared_townships()
    assert len(towns) > 12000
    got = run([f"{t.name}开展人居环境整治。" for t in towns])
    wrong = [(t.name, t.code) for t, ms in zip(towns, got)
             if not ms or ms[0].text != t.name or ms[0].place.township_code is not None
             or t.code not in (ms[0].place.candidates or ())]
    assert wrong == []


def test_same_named_townships_resolve_after_their_county():
    gaz = default_gazetteer()

    def written_county(t):
        county = gaz.units[t.parent]
        if len(gaz.lookup(county.name)) == 1:
            return county.name
        parent = gaz.units.get(county.parent)
        return (parent.name if parent else "") + county.name      # 福州市鼓楼区

    towns = [t for t in _shared_townships() if t.name != gaz.units[t.parent].name]
    got = run([f"{written_county(t)}{t.name}开展人居环境整治。" for t in towns])
    wrong = [(written_county(t), t.name, t.code) for t, ms in zip(towns, got)
             if not any(m.text == t.name and m.place.township_code == t.code for m in ms)]
    assert wrong == []


def test_generic_townships_resolve_after_their_county():
    gaz = default_gazetteer()
    generic = default_matcher().lex.generic_townships
    towns = [t for t in gaz.townships.values() if t.name in generic and len(gaz.lookup(gaz.units[t.parent].name)) == 1]
    assert len(towns) > 40
    got = run([f"{gaz.units[t.parent].name}{t.name}开展人居环境整治。" for t in towns])
    wrong = [(t.name, t.code) for t, ms in zip(towns, got)
             if not any(m.text == t.name and m.place.township_code == t.code for m in ms)]
    assert wrong == []
