#!/usr/bin/env python3
"""Sentence and token segmentation scored with the official CoNLL 2018 script.

Input protocol (shared/data/bench/README.md): the raw text of each gold document is its
sentences' `# text` joined by single spaces; documents are separated by an empty line. The
text goes through `khabar analyze --format conllu` and the output is scored against the gold
file with `conll18_ud_eval.py`. At this layer tokens are orthographic (no clitic split), so
Tokens is the figure to read next to Sentences; Words and tags need the morphosyntax layer.

usage: eval/sentences.py --khabar target/release/khabar --shared ../shared [--gold FILE]
                         [--dateline attach|separate] [--min-sentences F] [--min-tokens F]
                         [--out DIR]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def documents(gold_path):
    docs, cur = [], None
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc"):
                cur = []
                docs.append(cur)
            elif line.startswith("# text = "):
                if cur is None:
                    cur = []
                    docs.append(cur)
                cur.append(line[len("# text = "):].rstrip("\n"))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--gold")
    ap.add_argument("--min-sentences", type=float, default=0.0)
    ap.add_argument("--min-tokens", type=float, default=0.0)
    ap.add_argument("--out")
    ap.add_argument("--dateline", choices=["attach", "separate"], default="attach")
    a = ap.parse_args()
    gold = a.gold or os.path.join(a.shared, "data/bench/padt-news-dev.conllu")
    scorer = os.path.join(a.shared, "tools/conll18_ud_eval.py")
    out = a.out or tempfile.mkdtemp(prefix="khabar-eval-")
    os.makedirs(out, exist_ok=True)
    raw = os.path.join(out, "input.txt")
    with open(raw, "w", encoding="utf-8") as f:
        f.write("\n\n".join(" ".join(d) for d in documents(gold)) + "\n")
    system = os.path.join(out, "system.conllu")
    with open(system, "w", encoding="utf-8") as f:
        subprocess.run([a.khabar, "analyze", "--format", "conllu", "--dateline", a.dateline, raw], stdout=f, check=True)
    res = subprocess.run([sys.executable, scorer, "-v", gold, system], capture_output=True, text=True, check=True)
    print(f"gold: {gold}\nsystem: {system}\n")
    print(res.stdout)
    scores = {m: float(f1) for m, f1 in re.findall(r"^(\w+)\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)", res.stdout, re.M)}
    ok = True
    for metric, floor in (("Sentences", a.min_sentences), ("Tokens", a.min_tokens)):
        if scores.get(metric, 0.0) < floor:
            print(f"FAIL: {metric} F1 {scores.get(metric)} < {floor}")
            ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
