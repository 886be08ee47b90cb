#!/usr/bin/env python3
"""Quotes with speakers and dates on the ANT gold set (data/news-gold/ant30.jsonl, 30 articles
annotated by hand; guideline in data/news-gold/README.md).

Quotes: a predicted quote matches a gold one when their content spans (characters) overlap
with intersection/union >= 0.5 (one-to-one, best overlap first); it is speaker-attributed
correctly when its speaker's name, folded, is one of the gold names of that source or shares
its first two words with one (a description cut differently: مسؤول كبير / مسؤول كبير في
الجماعة). Precision = correct predictions / predictions; recall = correct gold / gold.
Dates: a predicted date matches a gold one when they overlap (one-to-one); exact-span
matches are reported too.

usage: eval/news.py --khabar BIN [--gold FILE] [--min-quote-precision P]
                    [--min-quote-recall R] [--min-date-precision P] [--min-date-recall R]
                    [--out DIR] [--verbose]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

MARKS = re.compile("[\u064b-\u0652\u0670\u0640\"«»“”„'،,]")


def fold(s):
    s = MARKS.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())


def speaker_ok(pred, names):
    if not pred:
        return False
    p = fold(pred).split()
    for n in names:
        g = fold(n).split()
        if p == g:
            return True
        if len(p) >= 2 and len(g) >= 2 and p[:2] == g[:2]:
            return True
    return False


def iou(a, b):
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(gold, pred, score, threshold):
    """One-to-one matching, best score first: {pred index: gold index}."""
    pairs = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g, used_p, out = set(), set(), {}
    for s, gi, pi in pairs:
        if s < threshold or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[pi] = gi
    return out


def prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 1.0
    r = tp_g / n_g if n_g else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--gold", default=os.path.join(os.path.dirname(__file__), "..", "data", "news-gold", "ant30.jsonl"))
    ap.add_argument("--min-quote-precision", type=float, default=0.0)
    ap.add_argument("--min-quote-recall", type=float, default=0.0)
    ap.add_argument("--min-date-precision", type=float, default=0.0)
    ap.add_argument("--min-date-recall", type=float, default=0.0)
    ap.add_argument("--out")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    gold = [json.loads(l) for l in open(a.gold, encoding="utf-8")]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, g in enumerate(gold):
            p = os.path.join(tmp, f"{i:02d}.txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(g["text"])
            paths.append(p)
        res = subprocess.run([a.khabar, "analyze", "--format", "json", *paths],
                             capture_output=True, text=True, check=True)
    preds = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    assert len(preds) == len(gold), (len(preds), len(gold))

    tot = {k: 0 for k in ("qp", "qg", "q_ok_p", "q_ok_g", "q_span_p", "q_span_g",
                          "dp", "dg", "d_ok", "d_exact")}
    lines = []
    for g, d in zip(gold, preds):
        assert d["text"] == g["text"]
        pq = [((q["content"]["start"], q["content"]["end"]), (q["speaker"] or {}).get("name"), q)
              for q in d["quotes"]]
        gq = [((q["start"], q["end"]), q["speaker"], q) for q in g["quotes"]]
        m = match(gq, pq, lambda x, y: iou(x[0], y[0]), 0.5)
        ok = {pi: gi for pi, gi in m.items() if speaker_ok(pq[pi][1], gq[gi][1])}
        tot["qp"] += len(pq)
        tot["qg"] += len(gq)
        tot["q_span_p"] += len(m)
        tot["q_span_g"] += len(m)
        tot["q_ok_p"] += len(ok)
        tot["q_ok_g"] += len(ok)
        pd = [(x["start"], x["end"], x["text"]) for x in d["dates"]]
        gd = [(x["start"], x["end"], x["text"]) for x in g["dates"]]
        md = match(gd, pd, lambda x, y: iou(x, y) + (1 if x[:2] == y[:2] else 0), 1e-9)
        exact = sum(1 for pi, gi in md.items() if pd[pi][:2] == gd[gi][:2])
        tot["dp"] += len(pd)
        tot["dg"] += len(gd)
        tot["d_ok"] += len(md)
        tot["d_exact"] += exact
        lines.append(f"{g['docno']}\tquotes gold {len(gq)} pred {len(pq)} correct {len(ok)} "
                     f"(span {len(m)})\tdates gold {len(gd)} pred {len(pd)} match {len(md)} exact {exact}")
        if a.verbose:
            for pi, (span, name, q) in enumerate(pq):
                tag = "OK " if pi in ok else ("SPK" if pi in m else "FP ")
                gold_names = "/".join(gq[m[pi]][1]) if pi in m else ""
                lines.append(f"  {tag} {q['kind'][:3]} {q['attribution']} [{name}] "
                             f"{q['content']['text'][:70]}  {gold_names}")
            for gi, (span, names, q) in enumerate(gq):
                if gi not in m.values():
                    lines.append(f"  FN  {q['kind'][:3]} [{names[0]}] {q['text'][:70]}")
            for pi, x in enumerate(pd):
                if pi not in md:
                    lines.append(f"  date FP {x[2]}")
            for gi, x in enumerate(gd):
                if gi not in md.values():
                    lines.append(f"  date FN {x[2]}")
    qp, qr, qf = prf(tot["q_ok_p"], tot["qp"], tot["q_ok_g"], tot["qg"])
    sp, sr, sf = prf(tot["q_span_p"], tot["qp"], tot["q_span_g"], tot["qg"])
    dp, dr, df = prf(tot["d_ok"], tot["dp"], tot["d_ok"], tot["dg"])
    ep, er, ef = prf(tot["d_exact"], tot["dp"], tot["d_exact"], tot["dg"])
    report = "\n".join(lines) + "\n\n" + "\n".join([
        f"articles {len(gold)}; gold quotes {tot['qg']}, predicted {tot['qp']}; gold dates {tot['dg']}, predicted {tot['dp']}",
        f"quotes with speaker   P {qp:.4f}  R {qr:.4f}  F1 {qf:.4f}",
        f"quote content only    P {sp:.4f}  R {sr:.4f}  F1 {sf:.4f}",
        f"dates (overlap)       P {dp:.4f}  R {dr:.4f}  F1 {df:.4f}",
        f"dates (exact span)    P {ep:.4f}  R {er:.4f}  F1 {ef:.4f}",
    ])
    print(report)
    if a.out:
        os.makedirs(a.out, exist_ok=True)
        with open(os.path.join(a.out, "news-report.txt"), "w", encoding="utf-8") as f:
            f.write(report + "\n")
    bad = []
    for name, v, lim in [("quote precision", qp, a.min_quote_precision), ("quote recall", qr, a.min_quote_recall),
                         ("date precision", dp, a.min_date_precision), ("date recall", dr, a.min_date_recall)]:
        if v < lim:
            bad.append(f"{name} {v:.4f} < {lim}")
    if bad:
        sys.exit("news gate failed: " + "; ".join(bad))


if __name__ == "__main__":
    main()
