#!/usr/bin/env python3
"""Raw news text for `khabar clusters`: one article per line (title, then text).

usage: make_raw.py SHARED_DIR OUT.txt [--permissive]
  default: ANT corpus (Apache-2.0) + SaudiNewsNet (CC BY-NC-SA 4.0);
  --permissive: the ANT corpus only.
"""
import json
import lzma
import sys


def main():
    shared, out = sys.argv[1], sys.argv[2]
    sources = [(f"{shared}/data/raw-news-antcorpus/antcorpus-v1.1.jsonl.xz", ("title", "text"))]
    if "--permissive" not in sys.argv:
        sources.append((f"{shared}/data/raw-news-saudinewsnet/saudinewsnet.jsonl.xz", ("title", "content")))
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for path, keys in sources:
            with lzma.open(path, "rt", encoding="utf-8") as src:
                for line in src:
                    d = json.loads(line)
                    for k in keys:
                        t = " ".join((d.get(k) or "").split())
                        if t:
                            f.write(t + "\n")
                            n += 1
    print(f"{out}: {n} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
