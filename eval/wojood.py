#!/usr/bin/env python3
"""Out-of-domain NER check on the public Wojood sample (Jarrar et al. 2022; SinaLab/ArabicNER,
MIT repository, research/test material): converts its nested BIO layers to khabar's flat
PER / LOC / ORG / MISC, runs `khabar eval --task ner` on the test part and scores persons,
places and organisations (entity-level, exact span and type; MISC is left out of the score
because Wojood's EVENT / PRODUCT / CURR are not ANERcorp's MISC).

usage: eval/wojood.py --khabar BIN --shared DIR [--model FILE] [--min-f1 X] [--out DIR]
       eval/wojood.py --convert SPLIT --shared DIR > FILE.bio    (train, val or test)

Conversion: Wojood gives one tag per nesting layer, the outermost first. Types that khabar does
not have (OCC, DATE, NORP, ORDINAL, CARDINAL, LAW, WEBSITE, TIME, …) are dropped and the
outermost remaining layer is kept: `رئيس اللجنة القومية` (OCC containing ORG) keeps the ORG,
`جامعة بيرزيت` (ORG containing GPE) the ORG. GPE, LOC and FAC become LOC; PERS PER; EVENT,
PRODUCT and CURR MISC. Paragraph marks (`$#$`) are removed. ANERcorp leaves the generic noun
before a place name outside the entity (`مدينة O`, `غزة B-LOC`) where Wojood takes it in
(`مدينة نابلس` LOC, `بلدية نابلس` ORG); the conversion follows ANERcorp, whose test split is
the acceptance measure: a LOC or ORG span opened by one of `TRIGGERS` and holding a place
after it becomes `O` + the place.
"""
import argparse
import os
import subprocess
import sys

TYPES = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
         "EVENT": "MISC", "PRODUCT": "MISC", "CURR": "MISC"}
SCORED = ("PER", "LOC", "ORG")
TRIGGERS = {"مدينة", "قرية", "محافظة", "ولاية", "بلدة", "مخيم", "بلدية", "لمدينة", "بمدينة",
            "ومدينة", "لبلدية", "وبلدية", "لقرية", "بقرية", "وقرية", "مدينه"}


def sentences(path):
    """The lines of a column file, split into fields, one list per blank-line sentence."""
    out, cur = [], []
    for line in open(path, encoding="utf-8"):
        f = line.split()
        if f:
            cur.append(f)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def convert(path):
    """Sentences of (token, tag) with flat khabar tags."""
    out = []
    for sent in sentences(path):
        cur = []
        for f in sent:
            if f[0] == "$#$":
                continue
            tag, layer = "O", len(f)
            for k, t in enumerate(f[1:], 1):
                p, _, ty = t.partition("-")
                if ty in TYPES:
                    tag, layer = f"{p}-{TYPES[ty]}", k
                    break
            cur.append((f[0], tag, f[layer + 1:]))
        if cur:
            out.append(harmonize(cur))
    return out


def harmonize(sent):
    """ANERcorp's convention for `مدينة X` / `بلدية X` (see the module comment): the trigger
    becomes O; the rest of a place stays a place, and an organisation (`بلدية نابلس`) gives way
    to the place layer nested in it."""
    tags = [t for _, t, _ in sent]
    for s, e, ty in chunks(tags):
        if e - s < 2 or sent[s][0] not in TRIGGERS:
            continue
        if ty == "ORG":
            inner = [next((x for x in sent[i][2] if x.split("-", 1)[-1] in ("GPE", "LOC")),
                          "") for i in range(s + 1, e)]
            if not (inner[0].startswith("B-") and all(inner)):
                continue
        elif ty != "LOC":
            continue
        tags[s] = "O"
        tags[s + 1] = "B-LOC"
        for i in range(s + 2, e):
            tags[i] = "I-LOC"
    return [(w, t) for (w, _, _), t in zip(sent, tags)]


def chunks(tags):
    """conlleval chunks (start, end, type); an I- after O or another type starts a chunk."""
    res, start, ty = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        p, _, tt = t.partition("-")
        if start is not None and (p != "I" or tt != ty):
            res.append((start, i, ty))
            start = None
        if p == "B" or (p == "I" and start is None):
            start, ty = i, tt
    return res


def read_bio(path):
    """The last column (the tag) of each line of a BIO file, per sentence."""
    return [[f[-1] for f in sent] for sent in sentences(path)]


def score(gold, pred):
    counts = {t: [0, 0, 0] for t in SCORED}  # correct, gold, predicted
    for g, p in zip(gold, pred):
        gc = {c for c in chunks(g) if c[2] in SCORED}
        pc = {c for c in chunks(p) if c[2] in SCORED}
        for c in gc:
            counts[c[2]][1] += 1
        for c in pc:
            counts[c[2]][2] += 1
        for c in gc & pc:
            counts[c[2]][0] += 1
    return counts


def prf(c, g, p):
    pr = c / p if p else 0.0
    rc = c / g if g else 0.0
    return 100 * pr, 100 * rc, (200 * pr * rc / (pr + rc) if pr + rc else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar")
    ap.add_argument("--shared", required=True)
    ap.add_argument("--model")
    ap.add_argument("--convert", choices=["train", "val", "test"])
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--out", default="target/eval-wojood")
    a = ap.parse_args()
    d = f"{a.shared}/data/ner-wojood-sample"
    if a.convert:
        for s in convert(f"{d}/{a.convert}.txt"):
            sys.stdout.write("".join(f"{w}\t{t}\n" for w, t in s) + "\n")
        return
    if not a.khabar:
        sys.exit("--khabar is required unless --convert is given")
    os.makedirs(a.out, exist_ok=True)
    gold_path = f"{a.out}/test.gold.bio"
    gold = convert(f"{d}/test.txt")
    with open(gold_path, "w", encoding="utf-8") as f:
        for s in gold:
            f.write("".join(f"{w}\t{t}\n" for w, t in s) + "\n")
    pred_path = f"{a.out}/test.pred.bio"
    model = ["--ner-model", a.model] if a.model else []
    subprocess.run([a.khabar, "eval", "--task", "ner", "--gold", gold_path, "--out", pred_path,
                    *model], capture_output=True, text=True, check=True)
    pred = read_bio(pred_path)
    if len(pred) != len(gold):
        sys.exit(f"prediction has {len(pred)} sentences, gold {len(gold)}")
    counts = score([[t for _, t in s] for s in gold], pred)
    print(f"== Wojood sample test ({len(gold)} sentences), PER / LOC / ORG")
    print(f"{'type':<8}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    tot = [0, 0, 0]
    for t in SCORED:
        c = counts[t]
        tot = [x + y for x, y in zip(tot, c)]
        print(f"{t:<8}{c[1]:>6}{c[2]:>6}" + "".join(f"{v:>8.2f}" for v in prf(*c)))
    p, r, f1 = prf(*tot)
    print(f"{'overall':<8}{tot[1]:>6}{tot[2]:>6}{p:>8.2f}{r:>8.2f}{f1:>8.2f}")
    if f1 < a.min_f1:
        sys.exit(f"Wojood NER gate failed: F1 {f1:.2f} < {a.min_f1}")


if __name__ == "__main__":
    main()
