#!/usr/bin/env python3
"""K-fold cross-validation of the morphosyntax pipeline from raw text, by document.

The training file's documents are dealt into K folds (document i goes to fold i mod K). For
each fold a model is trained on the other folds for a fixed number of epochs (no early
stopping: nothing of the held-out fold is seen), the held-out documents' raw text goes through
`khabar eval`, and the K predictions are pooled and scored once with the official CoNLL 2018
script. 40 k words instead of dev's 1.7 k: differences of a few tenths mean something here.

    python3 eval/morph_cv.py --khabar target/release/khabar --shared ../shared \
        --clusters /tmp/khabar-padt-build/clusters-padt.tsv [--folds 5] [--epochs 5]

The clusters are those of models/padt-news/rebuild.sh (learned from raw news and the
treebank's training text).
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def documents(path):
    """The file's documents, each a list of lines (its sentences with their comments)."""
    docs, cur = [], []
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("# newdoc") and cur:
            docs.append(cur)
            cur = []
        cur.append(line)
    if any(x.strip() for x in cur):
        docs.append(cur)
    return docs


def write(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            text = "\n".join(d).strip("\n")
            f.write(text + "\n\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--clusters", help="word clusters TSV (as rebuild.sh makes them)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=None, help="directory for the folds' files")
    ap.add_argument("--extra", default="", help="more `khabar train` options")
    ap.add_argument("--lexicon", default=None,
                    help="word-class lexicon (default models/padt-news/lexicon-camel-morph.tsv)")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    bench = os.path.join(a.shared, "data", "bench")
    scorer = os.path.join(a.shared, "tools", "conll18_ud_eval.py")
    out = a.out or tempfile.mkdtemp(prefix="khabar-cv-")
    os.makedirs(out, exist_ok=True)
    docs = documents(os.path.join(bench, "padt-news-train.conllu"))
    gold_all, pred_all = [], []
    for k in range(a.folds):
        train = [d for i, d in enumerate(docs) if i % a.folds != k]
        held = [d for i, d in enumerate(docs) if i % a.folds == k]
        tp, hp = os.path.join(out, f"train{k}.conllu"), os.path.join(out, f"held{k}.conllu")
        mp, pp = os.path.join(out, f"model{k}"), os.path.join(out, f"pred{k}.conllu")
        write(tp, train)
        write(hp, held)
        cmd = [a.khabar, "train", "--task", "all", "--train", tp, "--dev", hp,
               "--epochs", str(a.epochs), "--fixed-epochs", "--seed", str(a.seed),
               "--vocab", os.path.join(repo, "models/padt-news/vocab-ant.tsv"),
               "--lexicon", a.lexicon or os.path.join(repo, "models/padt-news/lexicon-camel-morph.tsv"),
               "--licence", "cross-validation", "--out", mp] + a.extra.split()
        if a.clusters:
            cmd += ["--clusters", a.clusters]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        r = subprocess.run([a.khabar, "eval", "--gold", hp, "--model", mp, "--no-ner",
                            "--no-news", "--out", pp], check=True, capture_output=True,
                           text=True)
        line = [x for x in r.stdout.splitlines() if x.startswith("UPOS")]
        print(f"fold {k + 1}/{a.folds}: {line[0] if line else r.stdout}", file=sys.stderr)
        gold_all.append(open(hp, encoding="utf-8").read())
        pred_all.append(open(pp, encoding="utf-8").read())
    gp, sp = os.path.join(out, "gold.conllu"), os.path.join(out, "pred.conllu")
    open(gp, "w", encoding="utf-8").write("".join(gold_all))
    # document ids must stay unique once the folds' predictions are pooled
    pooled = [re.sub(r"^# newdoc id = doc", f"# newdoc id = f{i}doc", p, flags=re.M)
              for i, p in enumerate(pred_all)]
    open(sp, "w", encoding="utf-8").write("".join(pooled))
    r = subprocess.run([sys.executable, scorer, "-v", gp, sp], check=True, capture_output=True,
                       text=True)
    print(f"{a.folds}-fold cross-validation on padt-news-train, {a.epochs} epochs, pooled, "
          f"official conll18_ud_eval.py:")
    print("\n".join(r.stdout.splitlines()[:10]))


if __name__ == "__main__":
    main()
