#!/usr/bin/env python3
"""NER evaluation on the ANERcorp CAMeL Lab test split (distributed and repaired files) with
`khabar eval --task ner` (conlleval entity-level micro F1), plus the entities khabar finds in
../shared/examples/seed-article-baghuz.txt.

usage: eval/ner.py --khabar BIN --shared DIR [--model FILE] [--min-f1 X] [--min-f1-repaired Y]
                   [--out DIR]
"""
import argparse
import os
import re
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--khabar", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--model")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-f1-repaired", type=float, default=0.0)
    ap.add_argument("--out", default="target/eval-ner")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    model = ["--ner-model", a.model] if a.model else []
    d = f"{a.shared}/data/ner-anercorp-camel"
    failures = []
    for name, gate in (("test", a.min_f1), ("test.repaired", a.min_f1_repaired)):
        gold = f"{d}/ANERCorp_CamelLab_{name}.txt"
        r = subprocess.run([a.khabar, "eval", "--task", "ner", "--gold", gold, "--out",
                            f"{a.out}/{name}.pred.bio", *model],
                           capture_output=True, text=True, check=True)
        print(f"== ANERcorp CAMeL {name}")
        print(r.stdout, end="")
        print(r.stderr.strip())
        m = re.search(r"^overall\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", r.stdout, re.M)
        f1 = float(m.group(3))
        if f1 < gate:
            failures.append(f"{name}: F1 {f1} < {gate}")
    seed = f"{a.shared}/examples/seed-article-baghuz.txt"
    if os.path.exists(seed):
        r = subprocess.run([a.khabar, "ner", seed, *model], capture_output=True, text=True, check=True)
        print("== entities of", seed)
        print(r.stdout, end="")
    if failures:
        sys.exit("NER gate failed: " + "; ".join(failures))
    print("NER gates passed")


if __name__ == "__main__":
    main()
