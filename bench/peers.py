#!/usr/bin/env python3
"""Peer tools on the benchmark corpus, single thread, same documents and word count as
`khabar bench`: PyArabic and CAMeL Tools utilities. Prints JSON rows like `khabar bench`.

Each task runs --repeat times over every document; the fastest run counts.
usage: bench/peers.py CORPUS [--repeat N]
"""
import argparse
import json
import time


def best(repeat, fn):
    t_best, out = float("inf"), 0
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        t_best = min(t_best, time.perf_counter() - t)
    return t_best, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    text = open(a.corpus, encoding="utf-8").read()
    docs = [d for d in text.split("\n\n") if d.strip()]
    words = len(text.split())
    nbytes = len(text.encode("utf-8"))
    rows = []

    def add(task, res):
        secs, out = res
        rows.append({"task": task, "seconds": secs, "mb_per_s": nbytes / secs / 1e6,
                     "words_per_s": words / secs, "output": out})

    try:
        from pyarabic import araby
        add("pyarabic_tokenize", best(a.repeat, lambda: sum(len(araby.tokenize(d)) for d in docs)))

        def pyarabic_normalize():
            n = 0
            for d in docs:
                s = araby.strip_tashkeel(d)
                s = araby.strip_tatweel(s)
                s = araby.normalize_ligature(s)
                s = araby.normalize_hamza(s)
                n += len(s)
            return n
        add("pyarabic_normalize", best(a.repeat, pyarabic_normalize))

        def pyarabic_tok_norm():
            n = 0
            for d in docs:
                for t in araby.tokenize(d):
                    s = araby.normalize_hamza(araby.normalize_ligature(araby.strip_tatweel(araby.strip_tashkeel(t))))
                    n += len(s)
            return n
        add("pyarabic_tokenize_normalize_tokens", best(a.repeat, pyarabic_tok_norm))
    except ImportError as e:
        print(json.dumps({"skipped": "pyarabic", "why": str(e)}))

    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.normalize import (normalize_unicode, normalize_alef_ar,
                                                 normalize_alef_maksura_ar)
        from camel_tools.utils.dediac import dediac_ar
        add("camel_simple_word_tokenize", best(a.repeat, lambda: sum(len(simple_word_tokenize(d)) for d in docs)))

        def camel_norm(s):
            return dediac_ar(normalize_alef_maksura_ar(normalize_alef_ar(normalize_unicode(s))))
        add("camel_normalize", best(a.repeat, lambda: sum(len(camel_norm(d)) for d in docs)))
        add("camel_tokenize_normalize_tokens",
            best(a.repeat, lambda: sum(len(camel_norm(t)) for d in docs for t in simple_word_tokenize(d))))
    except ImportError as e:
        print(json.dumps({"skipped": "camel_tools", "why": str(e)}))

    print(json.dumps({"corpus_bytes": nbytes, "corpus_words": words, "documents": len(docs), "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
