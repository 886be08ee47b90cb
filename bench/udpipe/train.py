#!/usr/bin/env python3
"""Train the UDPipe 1 peer (ufal.udpipe 1.4) on padt-news-train with padt-news-dev as heldout:
tokenizer (with multiword-token splitting), tagger and lemmatizer; no parser (khabar has none
yet, and the comparison is tokenize + tag + lemma).

usage: bench/udpipe/train.py SHARED_DIR OUT.udpipe
"""
import sys
import time
import ufal.udpipe as u


def load(path):
    fmt = u.InputFormat.newConlluInputFormat()
    fmt.setText(open(path, encoding="utf-8").read())
    sents, s, err = [], u.Sentence(), u.ProcessingError()
    while fmt.nextSentence(s, err):
        sents.append(s)
        s = u.Sentence()
    if err.occurred():
        raise SystemExit(err.message)
    return sents


def main():
    shared, out = sys.argv[1], sys.argv[2]
    train = load(f"{shared}/data/bench/padt-news-train.conllu")
    dev = load(f"{shared}/data/bench/padt-news-dev.conllu")
    tv, dv = u.Sentences(), u.Sentences()
    for s in train:
        tv.push_back(s)
    for s in dev:
        dv.push_back(s)
    err = u.ProcessingError()
    t = time.time()
    model = u.Trainer.train("morphodita_parsito", tv, dv,
                            "epochs=50;batch_size=50;learning_rate=0.005;dropout=0.1;early_stopping=1",
                            "models=1;iterations=20;templates_1=tagger;use_lemma_1=1;use_xpostag_1=1;use_feats_1=1",
                            "none", err)
    if err.occurred():
        raise SystemExit(err.message)
    open(out, "wb").write(model if isinstance(model, bytes) else model.encode("latin-1"))
    print(f"trained in {time.time() - t:.0f}s -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
