#!/usr/bin/env python3
"""`khabar analyze --format conllu` on N random news articles (fixed seed) from
shared/data/raw-news-antcorpus and raw-news-saudinewsnet: the command must succeed on every
article and the official conll18_ud_eval.py must accept the output (scored against itself).

usage: eval/conllu_articles.py --khabar BIN --shared DIR [--n 1000] [--seed 7] [--out DIR]
"""
import argparse
import json
import lzma
import os
import random
import subprocess
import sys
import tempfile
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out")
    a = ap.parse_args()
    texts = []
    for path, key in ((f"{a.shared}/data/raw-news-antcorpus/antcorpus-v1.1.jsonl.xz", "text"),
                      (f"{a.shared}/data/raw-news-saudinewsnet/saudinewsnet.jsonl.xz", "content")):
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                t = json.loads(line).get(key) or ""
                if t.strip():
                    texts.append(t)
    sample = random.Random(a.seed).sample(texts, a.n)
    out = a.out or tempfile.mkdtemp(prefix="khabar-articles-")
    os.makedirs(out, exist_ok=True)
    files = []
    for i, t in enumerate(sample):
        p = os.path.join(out, f"article-{i:04d}.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write(t)
        files.append(p)
    system = os.path.join(out, "all.conllu")
    t0 = time.time()
    with open(system, "w", encoding="utf-8") as f:
        subprocess.run([a.khabar, "analyze", "--format", "conllu", *files], stdout=f, check=True)
    secs = time.time() - t0
    words = sum(len(t.split()) for t in sample)
    res = subprocess.run([sys.executable, f"{a.shared}/tools/conll18_ud_eval.py", system, system],
                         capture_output=True, text=True)
    if res.returncode != 0:
        print(res.stdout, res.stderr)
        sys.exit(1)
    print(f"{a.n} articles, {words} words: analyzed in {secs:.1f}s; the official script accepts "
          f"the CoNLL-U ({os.path.getsize(system)} bytes): {res.stdout.strip().splitlines()[0]}")


if __name__ == "__main__":
    main()
