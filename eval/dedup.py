#!/usr/bin/env python3
"""Near-duplicate detection on a test collection made from SaudiNewsNet (CC BY-NC-SA 4.0, read
from ../shared, not redistributed): N original articles, and for a third of them one to three
copies with the edits syndication makes. Scores `khabar dedup` by pairs: a pair of documents
is positive when both come from the same original.

Edits: exact copy under another id; dateline/agency prefix and suffix; 5 % of the words
dropped or replaced; truncated to 60-90 % of its words; first sentence moved to the end;
spelling variants (hamza-less alef, alef maksura, Arabic-Indic digits, diacritics, tatweel);
dateline + 5 % word edits.

SaudiNewsNet carries the same agency story from several newspapers, so the originals are
first made distinct with an independent reference: the exact Jaccard similarity of their
5-word shingle sets (plain white-space words, no MinHash); of any two originals at 0.2 or more,
only the first is kept. Pairs of originals that khabar still groups are listed separately.

usage: eval/dedup.py --khabar BIN --shared DIR [--n 3000] [--seed 7] [--min-precision P]
                     [--min-recall R] [--out DIR]
"""
import argparse
import itertools
import json
import lzma
import os
import random
import subprocess
import sys


def edit(rng, text, kind):
    words = text.split()
    if kind == "exact":
        return text
    if kind == "dateline":
        city = rng.choice(["الرياض", "جدة", "دبي", "القاهرة", "لندن"])
        agency = rng.choice(["واس", "رويترز", "أ ف ب", "د ب أ"])
        return f"{city} ({agency}) - {text} ({agency})"
    if kind == "words":
        out = []
        for w in words:
            r = rng.random()
            if r < 0.025:
                continue
            out.append(rng.choice(words) if r < 0.05 else w)
        return " ".join(out)
    if kind == "truncate":
        return " ".join(words[: max(20, int(len(words) * rng.uniform(0.6, 0.9)))])
    if kind == "reorder":
        cut = text.find(".")
        return text if cut < 0 else text[cut + 1:].strip() + " " + text[: cut + 1]
    if kind == "spelling":
        t = text.replace("أ", "ا").replace("إ", "ا").replace("ي ", "ى ")
        t = t.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return t.replace("ال", "الـ", 3).replace("محمد", "مُحَمَّد")
    if kind == "dateline+words":
        return edit(rng, edit(rng, text, "words"), "dateline")
    raise ValueError(kind)


def shingles(t):
    w = t.split()
    return {" ".join(w[i:i + 5]) for i in range(max(1, len(w) - 4))}


def distinct(texts):
    """Texts whose exact 5-shingle Jaccard with every earlier kept text is below 0.2."""
    index = {}
    kept = []
    for t in texts:
        s = shingles(t)
        shared = {}
        for x in s:
            for j in index.get(x, ()):
                shared[j] = shared.get(j, 0) + 1
        if any(c / (len(s) + len(kept[j][1]) - c) >= 0.2 for j, c in shared.items()):
            continue
        for x in s:
            index.setdefault(x, []).append(len(kept))
        kept.append((t, s))
    return [t for t, _ in kept]


KINDS = ["exact", "dateline", "words", "truncate", "reorder", "spelling", "dateline+words"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--min-precision", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--out", default="target/eval-dedup")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    arts = []
    with lzma.open(f"{a.shared}/data/raw-news-saudinewsnet/saudinewsnet.jsonl.xz", "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = " ".join((d.get("content") or "").split())
            if len(t.split()) >= 80:
                arts.append(t)
    rng = random.Random(a.seed)
    base = distinct(rng.sample(arts, int(a.n * 1.2)))[: a.n]
    docs = []  # (id, text, origin)
    for i, t in enumerate(base):
        docs.append((f"o{i}", t, i))
    kinds_used = {}
    for i in rng.sample(range(a.n), a.n // 3):
        for c in range(rng.randint(1, 3)):
            k = rng.choice(KINDS)
            kinds_used[k] = kinds_used.get(k, 0) + 1
            docs.append((f"o{i}-c{c}-{k}", edit(rng, base[i], k), i))
    rng.shuffle(docs)
    path = f"{a.out}/collection.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for id_, t, _ in docs:
            f.write(json.dumps({"id": id_, "text": t}, ensure_ascii=False) + "\n")
        f.write("this line is not JSON\n")  # a bad record must be reported and skipped
    r = subprocess.run([a.khabar, "dedup", "--id-field", "id", path], capture_output=True, text=True)
    if r.returncode != 2 or "line" not in r.stderr:
        sys.exit(f"expected exit code 2 and a report of the bad line, got {r.returncode}: {r.stderr}")
    print(r.stderr.strip())
    origin = {id_: o for id_, _, o in docs}
    gold = set()
    by_origin = {}
    for id_, _, o in docs:
        by_origin.setdefault(o, []).append(id_)
    for ids in by_origin.values():
        gold.update(frozenset(p) for p in itertools.combinations(ids, 2))
    pred = set()
    for line in r.stdout.splitlines():
        g = json.loads(line)
        ids = [m["id"] for m in g["members"]]
        pred.update(frozenset(p) for p in itertools.combinations(ids, 2))
    tp = len(pred & gold)
    natural = [p for p in pred - gold if all("-c" not in x for x in p)]
    fp_other = len(pred - gold) - len(natural)
    precision = tp / len(pred) if pred else 1.0
    precision_wo = tp / (len(pred) - len(natural)) if len(pred) > len(natural) else 1.0
    recall = tp / len(gold) if gold else 1.0
    missed = {}
    for p in gold - pred:
        for x in p:
            if "-c" in x:
                k = x.split("-", 2)[2]
                missed[k] = missed.get(k, 0) + 1
    print(f"documents {len(docs)} ({a.n} originals, {len(docs) - a.n} copies: {kinds_used})")
    print(f"gold pairs {len(gold)}, predicted pairs {len(pred)}, correct {tp}")
    print(f"precision {precision:.4f} (without the {len(natural)} pairs of originals: {precision_wo:.4f}; other false pairs {fp_other})")
    print(f"recall {recall:.4f}; missed pairs by edit: {missed}")
    with open(f"{a.out}/natural-pairs.txt", "w", encoding="utf-8") as f:
        text = {id_: t for id_, t, _ in docs}
        for p in natural[:50]:
            x, y = sorted(p)
            f.write(f"{x}: {text[x][:300]}\n{y}: {text[y][:300]}\n\n")
    bad = []
    if precision < a.min_precision:
        bad.append(f"precision {precision:.4f} < {a.min_precision}")
    if recall < a.min_recall:
        bad.append(f"recall {recall:.4f} < {a.min_recall}")
    if bad:
        sys.exit("dedup gate failed: " + "; ".join(bad))
    print("dedup gates passed")


if __name__ == "__main__":
    main()
