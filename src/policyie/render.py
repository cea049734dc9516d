"""HTML for checking results by eye: entities as displaCy spans, records as displaCy arcs."""
from __future__ import annotations

import html

from spacy import displacy
from spacy.tokens import Doc

from .spans import char_spans

COLORS = {"MONEY": "#f6c177", "PERCENT": "#e0c3fc", "QUANTITY": "#fde2e4", "DATE": "#cde7f0",
          "GPE": "#b8e0a8", "ORG": "#9ecbf0", "PURPOSE": "#ffd6a5"}


def render_html(doc: Doc, *, title: str = "policyie") -> str:
    """A standalone HTML page: every entity and purpose highlighted, then one arc diagram per
    money amount linking it to its purpose, agency, place and year."""
    items = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    items += [(r["purpose_start"], r["purpose_end"], "PURPOSE") for r in doc._.records or () if r["purpose_start"] is not None]
    doc.spans["policyie_render"] = char_spans(doc, items)
    spans_html = displacy.render(doc, style="span", page=False,
                                 options={"colors": COLORS, "spans_key": "policyie_render"})
    del doc.spans["policyie_render"]
    arcs = []
    for r in doc._.records or ():
        words = [{"text": r["text"], "tag": f"MONEY · {r['kind']}"}]
        links = []
        for label, value in (("purpose", r["purpose"]), ("agency", r["agency"]),
                             ("place", r["place"]), ("year", r["year"])):
            if value is not None:
                words.append({"text": str(value), "tag": label.upper()})
                links.append({"start": 0, "end": len(words) - 1, "label": label, "dir": "right"})
        if not links:
            continue
        arcs.append(displacy.render({"words": words, "arcs": links}, style="dep", manual=True, page=False,
                                    options={"compact": True, "distance": 150, "offset_x": 60}))
    body = "\n".join([f"<h1>{html.escape(title)}</h1>", "<h2>Entities and purposes</h2>", spans_html,
                      f"<h2>Funding records ({len(arcs)})</h2>", *arcs])
    return ("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title></head>"
            "<body style=\"font-family: 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'PingFang SC', "
            "'Microsoft YaHei', sans-serif; margin: 2em\">"
            f"{body}</body></html>")
