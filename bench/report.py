#!/usr/bin/env python3
"""Table of words/second for khabar and the peers measured in the same run, with ratios."""
import json
import sys


def load(path):
    text = open(path, encoding="utf-8").read()
    # peers.py may print 'skipped' lines before its report
    start = text.rfind('{"corpus_bytes"') if '{"corpus_bytes"' in text else text.find("{")
    try:
        return json.loads(text[start:])
    except ValueError:
        return json.loads(text[text.rfind("\n{") + 1:]) if "\n{" in text else {"rows": []}


def main():
    k = load(sys.argv[1])
    peers = []
    for p in sys.argv[2:]:
        peers += load(p).get("rows", [])
    print(f"corpus: {k['corpus_bytes']:,} bytes, {k['corpus_words']:,} words, {k['documents']:,} documents\n")
    print("| tool / task | words/s | MB/s |")
    print("|---|---:|---:|")
    for r in k["rows"] + peers:
        print(f"| {r['task']} | {r['words_per_s']:,.0f} | {r['mb_per_s']:.2f} |")
    kr = {r["task"]: r for r in k["rows"]}
    ours = kr["tokenize_normalize_tokens"]["words_per_s"]
    print("\nkhabar tokenize + normalize (search) per token, against each peer:\n")
    print("| peer | ratio |")
    print("|---|---:|")
    for r in peers:
        print(f"| {r['task']} | {ours / r['words_per_s']:.1f}x |")
    print(f"\nkhabar tokenizer alone: {kr['tokenize']['mb_per_s']:.1f} MB/s")


if __name__ == "__main__":
    main()
