#!/usr/bin/env python3
"""khabar and UDPipe 1 side by side, in one run: accuracy on padt-news-dev (raw text in, both
scored by the official conll18_ud_eval.py) and single-thread words/second of tokenize + tag
+ lemma on the same raw news text.

usage: bench/udpipe/compare.py SHARED_DIR UDPIPE_MODEL KHABAR_BINARY SPEED_TEXT
(train the UDPipe model first with bench/udpipe/train.py; SPEED_TEXT is any UTF-8 news text,
documents separated by empty lines, e.g. the first 300 documents of bench/out/corpus.txt)
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import ufal.udpipe as u


def documents_text(gold):
    docs, cur = [], None
    for line in open(gold, encoding="utf-8"):
        if line.startswith("# newdoc"):
            cur = []
            docs.append(cur)
        elif line.startswith("# text = "):
            if cur is None:
                cur = []
                docs.append(cur)
            cur.append(line[len("# text = "):].rstrip("\n"))
    return "\n\n".join(" ".join(d) for d in docs) + "\n"


def udpipe_run(model, text):
    # the model has no parser (see train.py); UDPipe keeps each paragraph as one sentence
    # when it is given text whose sentences are joined by spaces
    pipeline = u.Pipeline(model, "tokenize", u.Pipeline.DEFAULT, u.Pipeline.NONE, "conllu")
    err = u.ProcessingError()
    out = pipeline.process(text, err)
    if err.occurred():
        raise SystemExit(err.message)
    return out


def flat_heads(conllu):
    """Neither system parses here: give words without a HEAD the same flat placeholder
    tree khabar writes (first word root, the rest attached to it), which the scorer needs."""
    out, first = [], True
    for line in conllu.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[6] == "_":
            cols[6], cols[7] = ("0", "root") if cols[0] == "1" else ("1", "dep")
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out) + "\n"


def score(scorer, gold, system_text, tmp, name):
    system_text = flat_heads(system_text)
    path = os.path.join(tmp, name + ".conllu")
    open(path, "w", encoding="utf-8").write(system_text)
    res = subprocess.run([sys.executable, scorer, "-v", gold, path], capture_output=True, text=True, check=True)
    return {m: float(f1) for m, f1 in re.findall(r"^(\w+)\s*\|\s*[\d.]+\s*\|\s*[\d.]+\s*\|\s*([\d.]+)", res.stdout, re.M)}


def main():
    shared, udpipe_model, khabar, speed_text = sys.argv[1:5]
    gold = f"{shared}/data/bench/padt-news-dev.conllu"
    scorer = f"{shared}/tools/conll18_ud_eval.py"
    tmp = tempfile.mkdtemp(prefix="khabar-udpipe-")
    model = u.Model.load(udpipe_model)
    if model is None:
        raise SystemExit(f"cannot load {udpipe_model}")
    raw = documents_text(gold)
    raw_path = os.path.join(tmp, "dev.txt")
    open(raw_path, "w", encoding="utf-8").write(raw)
    ud = score(scorer, gold, udpipe_run(model, raw), tmp, "udpipe")
    kh_out = subprocess.run([khabar, "analyze", "--format", "conllu", "--no-ner", "--no-news", raw_path], capture_output=True, text=True, check=True).stdout
    kh = score(scorer, gold, kh_out, tmp, "khabar")
    metrics = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "AllTags", "Lemmas"]
    print("accuracy on padt-news-dev (F1, official conll18_ud_eval.py, raw text in)\n")
    print("| system | " + " | ".join(metrics) + " |")
    print("|---|" + "---:|" * len(metrics))
    for name, s in (("UDPipe 1 (same train/dev)", ud), ("khabar", kh)):
        print(f"| {name} | " + " | ".join(f"{s.get(m, 0):.2f}" for m in metrics) + " |")

    text = open(speed_text, encoding="utf-8").read()
    words = len(text.split())
    t = time.perf_counter()
    udpipe_run(model, text)
    ud_secs = time.perf_counter() - t
    t = time.perf_counter()
    subprocess.run([khabar, "analyze", "--format", "conllu", "--no-ner", "--no-news", speed_text], stdout=subprocess.DEVNULL, check=True)
    kh_secs = time.perf_counter() - t
    # in-process, as UDPipe is timed here (model loaded before the clock starts): khabar
    # bench's analyze_morphosyntax_conllu row, tokens to CoNLL-U, each run on a fresh thread
    # (cold caches), the fastest of three
    bench = json.loads(subprocess.run([khabar, "bench", "--corpus", speed_text, "--repeat", "3", "--no-ner"],
                                      capture_output=True, text=True, check=True).stdout)
    row = next(r for r in bench["rows"] if r["task"] == "analyze_morphosyntax_conllu")
    kh_in = row["seconds"]
    print(f"\nspeed, one thread, tokenize + tag + lemma to CoNLL-U, {words:,} words of news text\n")
    print("| system | seconds | words/s | khabar / UDPipe |")
    print("|---|---:|---:|---:|")
    print(f"| UDPipe 1 (in process, model loaded) | {ud_secs:.2f} | {words / ud_secs:,.0f} | |")
    print(f"| khabar (in process, model loaded) | {kh_in:.2f} | {words / kh_in:,.0f} | {ud_secs / kh_in:.0f}x |")
    print(f"| khabar (whole command: process start, model load, output) | {kh_secs:.2f} | {words / kh_secs:,.0f} | {ud_secs / kh_secs:.0f}x |")


if __name__ == "__main__":
    main()
