#!/usr/bin/env python3
"""Word frequencies from raw news text, for the segmenter's "is this word attested" features.

Reads the article texts of shared/data/raw-news-antcorpus (Apache-2.0; SaudiNewsNet is left
out on purpose: its CC BY-NC-SA 4.0 does not combine cleanly with PADT's CC BY-NC-SA 3.0),
tokenizes them with `khabar tokenize`
(so that words are cut exactly as at run time) and writes `word<TAB>count` for the Arabic
tokens seen at least --min times, most frequent first.

usage: make_vocab.py SHARED_DIR KHABAR_BINARY OUT.tsv [--min 2]
"""
import collections
import json
import lzma
import subprocess
import sys


def main():
    shared, khabar, out = sys.argv[1:4]
    min_count = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 2
    texts = []
    for path, key in ((f"{shared}/data/raw-news-antcorpus/antcorpus-v1.1.jsonl.xz", "text"),):
        with lzma.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                t = json.loads(line).get(key) or ""
                texts.append(t)
    proc = subprocess.run([khabar, "tokenize"], input="\n".join(texts).encode("utf-8"),
                          capture_output=True, check=True)
    counts = collections.Counter(
        w for w in proc.stdout.decode("utf-8").split() if "\u0621" <= w[0] <= "\u064a")
    with open(out, "w", encoding="utf-8") as f:
        for w, c in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            if c >= min_count:
                f.write(f"{w}\t{c}\n")
    print(f"{out}: {sum(1 for c in counts.values() if c >= min_count)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
