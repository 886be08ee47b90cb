#!/usr/bin/env python3
"""The quotes and dates two khabar binaries find differently on the same articles: for reading
what a change to the news layer does on text without gold (each changed item is printed with
its text; a count per kind at the end).

usage: eval/news_diff.py OLD_KHABAR NEW_KHABAR ARTICLES.jsonl
(ARTICLES.jsonl: one {"id": …, "text": …} per line, e.g. the documents of bench/out/corpus.txt)
"""
import collections
import json
import subprocess
import sys


def run(binary, path):
    out = subprocess.run(
        [binary, "analyze", "--jsonl", "--format", "json", "--id-field", "id", path],
        capture_output=True, text=True, check=True).stdout
    res = {}
    for line in out.splitlines():
        d = json.loads(line)
        quotes = [(q["content"]["start"], q["content"]["end"], (q.get("speaker") or {}).get("name"))
                  for q in d.get("quotes", [])]
        dates = [(x["start"], x["end"], x.get("value")) for x in d.get("dates", [])]
        res[d.get("id")] = (quotes, dates)
    return res


def main():
    old_bin, new_bin, path = sys.argv[1:4]
    old, new = run(old_bin, path), run(new_bin, path)
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    counts = collections.Counter()
    for k in old:
        for i, kind in ((0, "quote"), (1, "date")):
            a, b = set(old[k][i]), set(new.get(k, ([], []))[i])
            for sign, items in (("-", a - b), ("+", b - a)):
                for x in sorted(items):
                    counts[kind + sign] += 1
                    snippet = texts.get(k, "")[x[0]:x[1]][:80].replace("\n", " ")
                    print(k, kind, sign, x, snippet)
    print(dict(counts))


if __name__ == "__main__":
    main()
