#!/usr/bin/env python3
"""Build the ~10 MB benchmark corpus from shared/data/raw-news-*.

The first 5,000,000 bytes come from ANT Corpus articles (raw-news-antcorpus, Apache-2.0) in
file order, the rest up to 10,000,000 bytes from SaudiNewsNet articles (raw-news-saudinewsnet,
CC BY-NC-SA 4.0) in file order. Each article's text is written as it is, articles separated by
one empty line (inner blank lines are collapsed so that documents split cleanly).
The corpus is a local artefact (bench/out/, not committed).

usage: bench/make_corpus.py SHARED_DIR OUT_FILE [TOTAL_BYTES]
"""
import json
import lzma
import re
import sys


def texts(path, key_candidates=("text", "content")):
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for k in key_candidates:
                if isinstance(r.get(k), str) and r[k].strip():
                    yield re.sub(r"\n\s*\n+", "\n", r[k].strip())
                    break


def main():
    shared, out = sys.argv[1], sys.argv[2]
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000
    parts, size = [], 0
    for src, limit in ((f"{shared}/data/raw-news-antcorpus/antcorpus-v1.1.jsonl.xz", total // 2),
                       (f"{shared}/data/raw-news-saudinewsnet/saudinewsnet.jsonl.xz", total)):
        for t in texts(src):
            if size >= limit:
                break
            parts.append(t)
            size += len(t.encode("utf-8")) + 2
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(parts) + "\n")
    print(f"{out}: {len(parts)} articles, {size} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
